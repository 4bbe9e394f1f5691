/* gpm-window-import.h — the window's Import… action and file drops (gpm-window-import.c). */
#pragma once

#include "gpm-window.h"

G_BEGIN_DECLS

void        gpm_window_import_install_actions (GtkWidgetClass *widget_class);
void        gpm_window_import_update_actions  (GpmWindow      *self);
void        gpm_window_import_init            (GpmWindow      *self);
GtkWindow  *gpm_window_import_file            (GpmWindow      *self,
                                               GFile          *file);

G_END_DECLS
