/* gpm-window-import.c — every way into the Import dialog: the primary menu's "Import…"
 * and Ctrl+I (win.import, which asks for a file), and a file dropped on the window.
 *
 * The dialog does the rest; this file only finds the file, opens the dialog over the
 * window and turns its "imported" signal into a toast. The pages reload by themselves
 * from the store's "changed" signals.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-import-dialog.h"
#include "gpm-window-import.h"

static gboolean
can_import (GpmWindow *self)
{
  GpmStore *store = gpm_window_get_store (self);

  return store != NULL && !gpm_store_is_read_only (store);
}

#define LAST_IMPORT "gpm-last-import"

/* Undo of the import the newest toast names: one transaction that removes what it
 * added and puts back what it changed, refused if any of it was edited since. */
static void
undo_import (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GpmWindow *self = user_data;
  GpmStoreChange *change = g_object_get_data (G_OBJECT (self), LAST_IMPORT);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (change == NULL)
    return;

  if (gpm_store_undo (gpm_window_get_store (self), change, &error))
    toast = adw_toast_new (_("Import undone"));
  else
    toast = adw_toast_new (error->message);
  adw_toast_set_timeout (toast, error != NULL ? 0 : 5);
  g_object_set_data (G_OBJECT (self), LAST_IMPORT, NULL);
  g_simple_action_set_enabled (action, FALSE);
  gpm_window_add_toast (self, toast);
}

static void
on_imported (GpmWindow       *self,
             guint64          n_new,
             guint64          n_changed,
             GpmImportDialog *dialog)
{
  g_autofree char *title = NULL;
  GpmStoreChange *change = gpm_import_dialog_get_change (dialog);
  GAction *undo = g_action_map_lookup_action (G_ACTION_MAP (self), "undo-import");
  AdwToast *toast;

  if (n_new + n_changed == 0)
    title = g_strdup (_("Nothing changed: the database already had every figure"));
  else if (n_changed == 0)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %lu new figure",
                                          "Imported %lu new figures", (gulong) n_new),
                             (gulong) n_new);
  else if (n_new == 0)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Updated %lu figure",
                                          "Updated %lu figures", (gulong) n_changed),
                             (gulong) n_changed);
  else
    /* Translators: a toast after an import; the plural follows the sum of both. */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Imported %lu new and %lu changed figure",
                                          "Imported %lu new and %lu changed figures",
                                          (gulong) (n_new + n_changed)),
                             (gulong) n_new, (gulong) n_changed);

  toast = adw_toast_new (title);
  g_object_set_data_full (G_OBJECT (self), LAST_IMPORT,
                          change != NULL ? gpm_store_change_ref (change) : NULL,
                          (GDestroyNotify) gpm_store_change_unref);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (undo), change != NULL);
  if (change != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo-import");
    }
  gpm_window_add_toast (self, toast);
}

/* Returns: (transfer none): the dialog, presented over the window. */
GtkWindow *
gpm_window_import_file (GpmWindow *self,
                        GFile     *file)
{
  GpmImportDialog *dialog;

  g_return_val_if_fail (GPM_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!can_import (self))
    return NULL;

  dialog = gpm_import_dialog_new (GTK_WINDOW (self), gpm_window_get_store (self), file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                GpmWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        gpm_window_import_file (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmWindow *self = GPM_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) tables = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (!can_import (self))
    return;

  chooser = gtk_file_chooser_native_new (_("Import Figures"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (tables, _("Tables (CSV, TSV, JSON)"));
  gtk_file_filter_add_pattern (tables, "*.csv");
  gtk_file_filter_add_pattern (tables, "*.tsv");
  gtk_file_filter_add_pattern (tables, "*.txt");
  gtk_file_filter_add_pattern (tables, "*.json");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), tables);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
gpm_window_import_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
}

/* Importing writes: it needs a database opened for writing. */
void
gpm_window_import_update_actions (GpmWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", can_import (self));
}

/* ------------------------------------------------------------ drag and drop */

static GdkDragAction
on_drop_enter (GtkDropTarget *target,
               double         x,
               double         y,
               GpmWindow     *self)
{
  if (!can_import (self))
    return 0;
  gtk_widget_add_css_class (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)),
                            "gpm-drop-hint");

  return GDK_ACTION_COPY;
}

static void
on_drop_leave (GtkDropTarget *target,
               GpmWindow     *self)
{
  gtk_widget_remove_css_class (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)),
                               "gpm-drop-hint");
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GpmWindow     *self)
{
  GFile *file = NULL;

  on_drop_leave (target, self);
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

      /* One file at a time: the dialog is about one file's columns. */
      file = files != NULL ? files->data : NULL;
      g_slist_free (files);
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);

  return file != NULL && gpm_window_import_file (self, file) != NULL;
}

/* The drop target over the whole window, and win.undo-import for the toast's Undo. */
void
gpm_window_import_init (GpmWindow *self)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (self));
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  g_autoptr(GSimpleAction) undo = g_simple_action_new ("undo-import", NULL);

  g_signal_connect_object (undo, "activate", G_CALLBACK (undo_import), self, 0);
  g_simple_action_set_enabled (undo, FALSE);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (undo));

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (target, "enter", G_CALLBACK (on_drop_enter), self, 0);
  g_signal_connect_object (target, "leave", G_CALLBACK (on_drop_leave), self, 0);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (content, GTK_EVENT_CONTROLLER (target));
}
