/* gpm-application.c — the AdwApplication: options, app actions, the colour scheme,
 * and opening the store off the main thread before handing it to the windows.
 *
 * Start-up order: activate starts opening the store on a worker thread, then builds the
 * window, which draws its first frame in its loading state; the store reaches the window
 * only after that frame, so handling the data never delays it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-application.h"
#include "gpm-resources.h"
#include "gpm-window.h"

struct _GpmApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GpmStore       *store;
  char           *database_path;
  GCancellable   *open_cancellable;
  gboolean        drawn;
};

G_DEFINE_FINAL_TYPE (GpmApplication, gpm_application, ADW_TYPE_APPLICATION)

static void gpm_application_open_store (GpmApplication *self);

static void
apply_color_scheme (GpmApplication *self)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT,
    ADW_COLOR_SCHEME_FORCE_LIGHT,
    ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint scheme = (guint) g_settings_get_enum (self->settings, "color-scheme");

  if (scheme >= G_N_ELEMENTS (schemes))
    scheme = 0;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[scheme]);
}

static void
on_color_scheme_changed (GSettings      *settings,
                         const char     *key,
                         GpmApplication *self)
{
  apply_color_scheme (self);
}

static void
show_about (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  GpmApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The GPU Market developers", NULL };

  adw_show_about_window (parent,
                         "application-name", _("GPU Market"),
                         "application-icon", APP_ID,
                         "developer-name", _("The GPU Market developers"),
                         "developers", developers,
                         "version", PACKAGE_VERSION,
                         "comments", _("Follow the China AI-accelerator market: vendors, "
                                       "export controls, listings and deals, with a source "
                                       "for every figure."),
                         "website", "https://example.com/gpu-market",
                         "issue-url", "https://example.com/gpu-market/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: credit for the bundled dataset */
                         "release-notes", _("<p>The bundled figures come from an IT Times "
                                            "(IT時報) article of July 2025.</p>"),
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_app (GSimpleAction *action,
          GVariant      *param,
          gpointer       user_data)
{
  GpmApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing each window lets it save its state before the application ends. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_entries[] = {
  { .name = "about", .activate = show_about },
  { .name = "quit", .activate = quit_app },
};

static void
hand_store_to_windows (GpmApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (GPM_IS_WINDOW (l->data))
      gpm_window_set_store (l->data, self->store);
}

static void
on_choose_file_response (GtkNativeDialog *chooser,
                         int              response,
                         GpmApplication  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      g_free (self->database_path);
      self->database_path = g_file_get_path (file);
      gpm_application_open_store (self);
    }
  else
    {
      g_application_quit (G_APPLICATION (self));
    }

  g_object_unref (chooser);
  g_application_release (G_APPLICATION (self));
}

static void
choose_other_database (GpmApplication *self,
                       GtkWindow      *parent)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open a Database"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("GPU Market databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_application_hold (G_APPLICATION (self));
  g_signal_connect (chooser, "response", G_CALLBACK (on_choose_file_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_open_error_response (AdwMessageDialog *dialog,
                        const char       *response,
                        GpmApplication   *self)
{
  if (g_strcmp0 (response, "choose") == 0)
    choose_other_database (self, gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  else
    g_application_quit (G_APPLICATION (self));
}

static void
report_open_error (GpmApplication *self,
                   const GError   *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, _("Could Not Open the Database"), error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "quit", _("_Quit"),
                                    "choose", _("_Choose Another File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "choose",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "choose");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_error_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_store_opened (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GpmApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->open_cancellable);

  if (store == NULL)
    {
      report_open_error (self, error);
      return;
    }

  g_set_object (&self->store, store);
  if (self->drawn)
    hand_store_to_windows (self);
}

static void
on_first_frame (GdkFrameClock  *clock,
                GpmApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  self->drawn = TRUE;
  if (self->store != NULL)
    hand_store_to_windows (self);
}

static void
open_store_thread (GTask        *task,
                   gpointer      source,
                   gpointer      path,
                   GCancellable *cancellable)
{
  GError *error = NULL;
  GpmStore *store = gpm_store_open (path, &error);

  if (store != NULL)
    g_task_return_pointer (task, store, g_object_unref);
  else
    g_task_return_error (task, error);
}

/* Opening checks the whole file (and may create it from the bundled dataset), so it
 * runs on a worker thread; the windows show their loading state meanwhile. */
static void
gpm_application_open_store (GpmApplication *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;

  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();

  path = self->database_path ? g_strdup (self->database_path) : gpm_store_default_path ();
  task = g_task_new (NULL, self->open_cancellable, on_store_opened, g_object_ref (self));
  g_task_set_source_tag (task, gpm_application_open_store);
  g_task_set_task_data (task, g_steal_pointer (&path), g_free);
  g_task_run_in_thread (task, open_store_thread);
}

static int
gpm_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  GpmApplication *self = GPM_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      self->database_path = g_file_get_path (file);
      /* Another database is another session: do not hand it to a running instance. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
gpm_application_startup (GApplication *app)
{
  GpmApplication *self = GPM_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  g_autoptr(GAction) scheme_action = NULL;

  G_APPLICATION_CLASS (gpm_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  scheme_action = g_settings_create_action (self->settings, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (self), scheme_action);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  /* GtkApplication sets this one only for a gtk/help-overlay.ui resource, which the
   * window builds on demand instead (gpm-window.c). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         shortcuts_accels);

  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (on_color_scheme_changed), self, 0);
  apply_color_scheme (self);
}

static void
gpm_application_activate (GApplication *app)
{
  GpmApplication *self = GPM_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* Opening (a check of the file, or creating it from the bundled dataset on the first
   * launch) overlaps building the window. */
  if (self->store == NULL && self->open_cancellable == NULL)
    gpm_application_open_store (self);

  if (window == NULL)
    {
      window = GTK_WINDOW (gpm_window_new (self));
      if (self->store != NULL && self->drawn)
        gpm_window_set_store (GPM_WINDOW (window), self->store);
    }
  gtk_window_present (window);

  if (!self->drawn)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

      if (clock != NULL)
        g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_frame), self, 0);
      else
        self->drawn = TRUE;   /* no frames to wait for: the store goes in on arrival */
    }
}

static void
gpm_application_dispose (GObject *object)
{
  GpmApplication *self = GPM_APPLICATION (object);

  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gpm_application_parent_class)->dispose (object);
}

static void
gpm_application_finalize (GObject *object)
{
  GpmApplication *self = GPM_APPLICATION (object);

  g_free (self->database_path);

  G_OBJECT_CLASS (gpm_application_parent_class)->finalize (object);
}

static void
gpm_application_class_init (GpmApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = gpm_application_dispose;
  object_class->finalize = gpm_application_finalize;
  app_class->handle_local_options = gpm_application_handle_local_options;
  app_class->startup = gpm_application_startup;
  app_class->activate = gpm_application_activate;
}

static void
gpm_application_init (GpmApplication *self)
{
  static const GOptionEntry options[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database at PATH instead of your own"), N_("PATH") },
    { NULL }
  };

  /* Registering twice before any lookup would make GLib's list of pending resources a
   * loop (tests register them first); a lookup registers pending ones. */
  if (!g_resources_get_info (RESOURCE_PATH "/gpm-window.ui", G_RESOURCE_LOOKUP_FLAGS_NONE,
                             NULL, NULL, NULL))
    gpm_register_resource ();
  self->settings = g_settings_new (APP_ID);
  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

GpmApplication *
gpm_application_new (void)
{
  return g_object_new (GPM_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

GSettings *
gpm_application_get_settings (GpmApplication *self)
{
  g_return_val_if_fail (GPM_IS_APPLICATION (self), NULL);

  return self->settings;
}

GpmStore *
gpm_application_get_store (GpmApplication *self)
{
  g_return_val_if_fail (GPM_IS_APPLICATION (self), NULL);

  return self->store;
}
