/* gpm-application.h — the application object; it owns the settings and the store. */
#pragma once

#include <adwaita.h>

#include "gpm-store.h"

G_BEGIN_DECLS

#define GPM_TYPE_APPLICATION (gpm_application_get_type ())
G_DECLARE_FINAL_TYPE (GpmApplication, gpm_application, GPM, APPLICATION, AdwApplication)

GpmApplication *gpm_application_new          (void);
GSettings      *gpm_application_get_settings (GpmApplication *self);
GpmStore       *gpm_application_get_store    (GpmApplication *self);

G_END_DECLS
