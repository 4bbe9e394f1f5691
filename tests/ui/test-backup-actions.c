/* test-backup-actions.c — the primary menu's backup and restore, and the Charts page's
 * Export Data…, under a real display (Xvfb in `make check`).
 *
 * The menu items exist and are enabled only with a database (restore only with one
 * that may be written); the restore confirmation names where the current data goes,
 * restores when accepted and reloads the pages; Export Data… writes the plotted rows
 * through the file chooser's choices. Every window is finalized once closed.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gpm-charts-page-private.h"
#include "gpm-resources.h"
#include "gpm-window.h"
#include "gpm-window-backup.h"

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_remove (path);
}

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
wait_for (gboolean *flag)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!*flag)
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
}

static void
present_and_wait (GtkWindow *window)
{
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  spin ();
}

static void
close_and_assert_finalized (GtkWindow *window)
{
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_close (window);
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);
}

/* Whether a button bound to ACTION would be sensitive, as a menu item for it would be. */
static gboolean
action_is_enabled (GtkWindow  *window,
                   const char *action)
{
  GtkWidget *box = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  GtkWidget *button = gtk_button_new ();
  gboolean sensitive;

  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (button), action);
  gtk_box_append (GTK_BOX (box), button);
  spin ();
  sensitive = gtk_widget_get_sensitive (button);
  gtk_box_remove (GTK_BOX (box), button);

  return sensitive;
}

/* Whether the primary menu's model has an item for @action. */
static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          && g_str_equal (name, action))
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }

  return FALSE;
}

static GMenuModel *
primary_menu (GtkWidget *window)
{
  GtkWidget *child;

  /* The menu button is in the header bar; find it by walking the widget tree. */
  for (child = gtk_widget_get_first_child (window); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *menu;

      if (GTK_IS_MENU_BUTTON (child))
        return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (child));
      if ((menu = primary_menu (child)) != NULL)
        return menu;
    }

  return NULL;
}

static void
test_actions_need_a_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gpm-backup-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "market.db", NULL);
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GpmStore) reader = NULL;
  GtkWindow *window = GTK_WINDOW (g_object_new (GPM_TYPE_WINDOW, NULL));
  GMenuModel *menu;

  present_and_wait (window);
  menu = primary_menu (GTK_WIDGET (window));
  g_assert_nonnull (menu);
  g_assert_true (menu_has_action (menu, "win.backup"));
  g_assert_true (menu_has_action (menu, "win.restore"));
  g_assert_false (action_is_enabled (window, "win.backup"));
  g_assert_false (action_is_enabled (window, "win.restore"));

  store = gpm_store_open (path, &error);
  g_assert_no_error (error);
  gpm_window_set_store (GPM_WINDOW (window), store);
  g_assert_true (action_is_enabled (window, "win.backup"));
  g_assert_true (action_is_enabled (window, "win.restore"));

  /* A database opened read-only can be backed up, not overwritten. */
  reader = gpm_store_open_full (path, GPM_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  gpm_window_set_store (GPM_WINDOW (window), reader);
  g_assert_true (action_is_enabled (window, "win.backup"));
  g_assert_false (action_is_enabled (window, "win.restore"));

  gpm_window_set_store (GPM_WINDOW (window), NULL);
  g_assert_false (action_is_enabled (window, "win.backup"));
  close_and_assert_finalized (window);
  g_clear_object (&reader);
  g_clear_object (&store);
  remove_tree (dir);
}

/* Answers the dialog as its button would, which also closes it. */
static void
respond (GtkWidget  *dialog,
         const char *response)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  if (weak != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_null (weak);
}

static void
on_changed (GpmStore   *store,
            const char *table,
            gboolean   *done)
{
  if (g_str_equal (table, "observations"))
    *done = TRUE;
}

static void
test_restore_confirmation (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gpm-backup-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "market.db", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autoptr(GpmStore) store = gpm_store_open (path, &error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtkWindow *window = GTK_WINDOW (g_object_new (GPM_TYPE_WINDOW, NULL));
  GtkWidget *dialog;
  gboolean restored = FALSE;
  gulong handler;

  g_assert_no_error (error);
  gpm_window_set_store (GPM_WINDOW (window), store);
  present_and_wait (window);
  g_assert_true (gpm_store_backup (store, copy, NULL, &error));
  rows = gpm_store_list_observations (store, NULL, NULL, &error);
  g_assert_true (gpm_store_delete_observation (store,
                                               gpm_observation_get_id (rows->pdata[0]),
                                               NULL, &error));
  g_assert_no_error (error);

  /* Cancel changes nothing. */
  dialog = gpm_window_backup_confirm_restore (GPM_WINDOW (window), copy);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            ".before-restore-"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), dir));
  respond (dialog, "cancel");
  after = gpm_store_list_observations (store, NULL, NULL, &error);
  g_assert_cmpuint (after->len, ==, rows->len - 1);
  g_clear_pointer (&after, g_ptr_array_unref);

  /* Restore brings the row back, and the store says so. */
  handler = g_signal_connect (store, "changed", G_CALLBACK (on_changed), &restored);
  dialog = gpm_window_backup_confirm_restore (GPM_WINDOW (window), copy);
  respond (dialog, "restore");
  wait_for (&restored);
  g_signal_handler_disconnect (store, handler);
  after = gpm_store_list_observations (store, NULL, NULL, &error);
  g_assert_cmpuint (after->len, ==, rows->len);
  spin ();

  close_and_assert_finalized (window);
  g_clear_object (&store);
  remove_tree (dir);
}

static gboolean
query_settled (GpmChartsPage *page)
{
  return page->query_cancellable == NULL && gpm_chart_view_get_data (page->chart_view) != NULL;
}

static void
test_export_chart_data (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gpm-backup-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "market.db", NULL);
  g_autofree char *out = g_build_filename (dir, "plotted.data", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GpmStore) store = gpm_store_open (path, &error);
  g_autofree char *contents = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GpmChartsPage *page = g_object_new (GPM_TYPE_CHARTS_PAGE, "store", store, NULL);
  GtkFileChooserNative *chooser;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gpointer weak = page;

  g_assert_no_error (error);
  gtk_window_set_default_size (window, 1000, 700);
  gtk_window_set_child (window, GTK_WIDGET (page));
  present_and_wait (window);
  while (!query_settled (page))
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }

  chooser = gpm_charts_page_export_data (page);
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "bom"), ==,
                   "false");
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format"), ==,
                   "csv");
  /* Cancel, as the user would: the chooser goes away and writes nothing. */
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (chooser));
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_CANCEL);
  spin ();
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* What the chooser's Export does with its choices (a native chooser cannot be driven). */
  gpm_charts_page_write_data (page, file, GPM_TABLE_FORMAT_CSV, GPM_TABLE_EXPORT_BOM);
  while (!g_file_test (out, G_FILE_TEST_EXISTS))
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
  spin ();
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "series,period,value,unit,"));

  g_object_add_weak_pointer (G_OBJECT (page), &weak);
  gtk_window_destroy (window);
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);
  g_clear_object (&store);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gpm_register_resource ();

  g_test_add_func ("/backup-ui/actions-need-a-store", test_actions_need_a_store);
  g_test_add_func ("/backup-ui/restore-confirmation", test_restore_confirmation);
  g_test_add_func ("/backup-ui/export-chart-data", test_export_chart_data);

  return g_test_run ();
}
