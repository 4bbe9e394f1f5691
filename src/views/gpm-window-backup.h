/* gpm-window-backup.h — the window's backup and restore actions (gpm-window-backup.c). */
#pragma once

#include "gpm-window.h"

G_BEGIN_DECLS

void       gpm_window_backup_install_actions (GtkWidgetClass *widget_class);
void       gpm_window_backup_update_actions  (GpmWindow      *self);
GtkWidget *gpm_window_backup_confirm_restore (GpmWindow      *self,
                                              const char     *path);

G_END_DECLS
