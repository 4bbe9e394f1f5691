/* gpm-window-backup.c — the primary menu's "Back Up Database…" and "Restore From
 * Backup…".
 *
 * Both pick a file with GtkFileChooserNative and run the store's _async call, so the
 * window stays responsive while a large database is copied. A restore replaces every
 * row, so it asks first and says that (and where) the current data is saved before; the
 * pages reload by themselves from the store's "changed" signals. The outcome is a toast;
 * a refusal (not a GPU Market database, a newer version) is a dialog the user must read.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-window-backup.h"

/* The backup's suggested name carries the day: backups pile up, and a name says which. */
static char *
suggested_backup_name (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("gpu-market-%s.db", day);
}

static void
show_error (GpmWindow    *self,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toast_file (GpmWindow  *self,
            const char *format,
            const char *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  /* A toast title is markup. */
  g_autofree char *title = g_markup_printf_escaped (format, name);

  gpm_window_add_toast (self, adw_toast_new (title));
}

static GtkFileChooserNative *
new_chooser (GpmWindow            *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept,
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (databases, _("Databases and Backups"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_pattern (databases, "*.bak");
  gtk_file_filter_add_pattern (databases, "*.sqlite");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), databases);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  return chooser;
}

/* Returns: (transfer full) (nullable): the local path the user accepted. */
static char *
chosen_path (GtkNativeDialog *chooser,
             int              response)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  return file != NULL ? g_file_get_path (file) : NULL;
}

/* ------------------------------------------------------------ backup */

typedef struct
{
  GpmWindow *window;
  char      *path;
} Job;

static void
job_free (Job *job)
{
  g_object_unref (job->window);
  g_free (job->path);
  g_free (job);
}

static Job *
job_new (GpmWindow  *window,
         const char *path)
{
  Job *job = g_new0 (Job, 1);

  job->window = g_object_ref (window);
  job->path = g_strdup (path);
  return job;
}

static void
on_backup_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Job *job = user_data;
  g_autoptr(GError) error = NULL;

  if (gpm_store_backup_finish (GPM_STORE (source), result, &error))
    /* Translators: %s is the path of the backup file. */
    toast_file (job->window, _("Database backed up to “%s”"), job->path);
  else
    show_error (job->window, _("Could Not Back Up"), error);
  job_free (job);
}

static void
on_backup_chosen (GtkNativeDialog *chooser,
                  int              response,
                  GpmWindow       *self)
{
  g_autofree char *path = chosen_path (chooser, response);
  GpmStore *store = gpm_window_get_store (self);

  if (path != NULL && store != NULL)
    gpm_store_backup_async (store, path, NULL, on_backup_done, job_new (self, path));
  g_object_unref (chooser);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmWindow *self = GPM_WINDOW (widget);
  g_autofree char *name = suggested_backup_name ();
  GtkFileChooserNative *chooser;

  if (gpm_window_get_store (self) == NULL)
    return;

  chooser = new_chooser (self, _("Back Up Database"), GTK_FILE_CHOOSER_ACTION_SAVE,
                         _("_Back Up"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_data (chooser, "response", G_CALLBACK (on_backup_chosen),
                         g_object_ref (self),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------ restore */

static void
on_restore_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Job *job = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *safety = NULL;

  if (gpm_store_restore_finish (GPM_STORE (source), result, &safety, &error))
    {
      g_autofree char *before = g_filename_display_basename (safety);
      /* Translators: the file the data from before the restore is in. A toast title is
       * markup. */
      g_autofree char *title = g_markup_printf_escaped (_("Backup restored. The data from "
                                                          "before is in “%s”, next to the "
                                                          "database."), before);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_timeout (toast, 10);
      gpm_window_add_toast (job->window, toast);
    }
  else
    show_error (job->window, _("Could Not Restore"), error);
  job_free (job);
}

static void
on_restore_confirmed (AdwMessageDialog *dialog,
                      const char       *response,
                      Job              *job)
{
  GpmStore *store = gpm_window_get_store (job->window);

  if (g_str_equal (response, "restore") && store != NULL)
    gpm_store_restore_async (store, job->path, NULL, on_restore_done,
                             job_new (job->window, job->path));
}

/* Public for the tests, which cannot drive a native file chooser. */
GtkWidget *
gpm_window_backup_confirm_restore (GpmWindow  *self,
                                   const char *path)
{
  GpmStore *store = gpm_window_get_store (self);
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *folder = g_path_get_dirname (gpm_store_get_path (store));
  g_autofree char *folder_name = g_filename_display_name (folder);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Replace All Data With the Backup?"),
                                   NULL);
  /* Translators: the backup file, then the folder of the database. */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Every vendor, figure, event and chart in the database "
                                    "is replaced by those in “%s”.\n\nThe current data is "
                                    "backed up first, to a file ending in "
                                    "“.before-restore-DATE.bak” in “%s”."),
                                  name, folder_name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* The job goes with the dialog, however it ends. */
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_restore_confirmed),
                         job_new (self, path), (GClosureNotify) (void (*) (void)) job_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
on_restore_chosen (GtkNativeDialog *chooser,
                   int              response,
                   GpmWindow       *self)
{
  g_autofree char *path = chosen_path (chooser, response);

  if (path != NULL && gpm_window_get_store (self) != NULL)
    gpm_window_backup_confirm_restore (self, path);
  g_object_unref (chooser);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  GpmWindow *self = GPM_WINDOW (widget);
  GtkFileChooserNative *chooser;

  if (gpm_window_get_store (self) == NULL)
    return;

  chooser = new_chooser (self, _("Restore From Backup"), GTK_FILE_CHOOSER_ACTION_OPEN,
                         _("_Restore"));
  g_signal_connect_data (chooser, "response", G_CALLBACK (on_restore_chosen),
                         g_object_ref (self),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------ public */

void
gpm_window_backup_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action);
}

/* A backup needs a database; a restore also needs to be allowed to write it. */
void
gpm_window_backup_update_actions (GpmWindow *self)
{
  GpmStore *store = gpm_window_get_store (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore",
                                 store != NULL && !gpm_store_is_read_only (store));
}
