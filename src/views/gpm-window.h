/* gpm-window.h — the main window: header bar, view switcher and the three pages. */
#pragma once

#include <adwaita.h>

#include "gpm-application.h"
#include "gpm-store.h"

G_BEGIN_DECLS

#define GPM_TYPE_WINDOW (gpm_window_get_type ())
G_DECLARE_FINAL_TYPE (GpmWindow, gpm_window, GPM, WINDOW, AdwApplicationWindow)

GpmWindow  *gpm_window_new            (GpmApplication *application);
void        gpm_window_set_store      (GpmWindow      *self,
                                       GpmStore       *store);
GpmStore   *gpm_window_get_store      (GpmWindow      *self);
void        gpm_window_add_toast      (GpmWindow      *self,
                                       AdwToast       *toast);
const char *gpm_window_get_page       (GpmWindow      *self);
void        gpm_window_show_page      (GpmWindow      *self,
                                       const char     *name);

G_END_DECLS
