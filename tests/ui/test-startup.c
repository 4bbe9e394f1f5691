/* test-startup.c — the order of a start, through the real application.
 *
 * The window must draw its first frame before the database is open or any data is
 * handled, and that frame must show the loading state (not a blank page); the data
 * follows in a later frame. Runs in isolated XDG folders, so the application creates
 * its database from the bundled dataset, as on a first launch. What the start no longer
 * builds (the keyboard shortcuts window) must still come when asked for.
 */

#include "config.h"

#include <adwaita.h>

#include "gpm-application.h"
#include "gpm-resources.h"
#include "gpm-vendors-page.h"
#include "gpm-window.h"

typedef struct
{
  GpmWindow  *window;
  guint       paints;
  char       *first_list_state;
  guint       paints_before_store;
} Start;

static GtkStack *
vendors_list_stack (GpmWindow *window)
{
  GtkWidget *page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                               GPM_TYPE_WINDOW,
                                                               "vendors_page"));

  return GTK_STACK (gtk_widget_get_template_child (page, GPM_TYPE_VENDORS_PAGE, "list_stack"));
}

static void
on_paint (GdkFrameClock *clock,
          Start         *start)
{
  if (start->paints++ == 0)
    start->first_list_state = g_strdup (gtk_stack_get_visible_child_name (
                                          vendors_list_stack (start->window)));
}

static void
on_store (GpmWindow *window,
          GParamSpec *pspec,
          Start      *start)
{
  if (gpm_window_get_store (window) != NULL && start->paints_before_store == G_MAXUINT)
    start->paints_before_store = start->paints;
}

static gboolean
on_timeout (gpointer data)
{
  g_error ("the start did not finish within a minute");
  return G_SOURCE_REMOVE;
}

static void
test_first_frame_before_data (void)
{
  g_autoptr(GpmApplication) app = gpm_application_new ();
  g_autoptr(GError) error = NULL;
  Start start = { .paints_before_store = G_MAXUINT };
  GpmVendorsPage *vendors;
  GdkFrameClock *clock;
  gpointer weak;
  guint timeout;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  start.window = GPM_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (GPM_IS_WINDOW (start.window));
  /* The database opens on a worker thread: activate never waits for it. */
  g_assert_null (gpm_window_get_store (start.window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (start.window));
  g_signal_connect (clock, "paint", G_CALLBACK (on_paint), &start);
  g_signal_connect (start.window, "notify::store", G_CALLBACK (on_store), &start);

  vendors = GPM_VENDORS_PAGE (gtk_widget_get_template_child (GTK_WIDGET (start.window),
                                                              GPM_TYPE_WINDOW,
                                                              "vendors_page"));
  timeout = g_timeout_add_seconds (60, on_timeout, NULL);
  while (gpm_window_get_store (start.window) == NULL || gpm_vendors_page_get_loading (vendors))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_assert_cmpstr (start.first_list_state, ==, "loading");
  g_assert_cmpuint (start.paints_before_store, >=, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (vendors_list_stack (start.window)), ==,
                   "list");

  weak = start.window;
  g_object_add_weak_pointer (G_OBJECT (start.window), &weak);
  g_signal_handlers_disconnect_by_data (clock, &start);
  g_signal_handlers_disconnect_by_data (start.window, &start);
  gtk_window_close (GTK_WINDOW (start.window));
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);
  g_free (start.first_list_state);
}

static gboolean
shortcuts_shown (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window))
          && gtk_window_get_transient_for (window) == parent)
        return TRUE;
    }
  return FALSE;
}

static void
test_shortcuts_window_on_demand (void)
{
  GtkWindow *window = GTK_WINDOW (g_object_new (GPM_TYPE_WINDOW, NULL));
  gpointer weak = window;
  GLogLevelFlags fatal;

  gtk_window_present (window);
  /* GTK 4.8's shortcuts window warns about the sizes of its own labels (the app did so
   * before this change too): warnings are not fatal while it shows, criticals are. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_false (shortcuts_shown (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                             NULL));
  g_assert_true (shortcuts_shown (window));
  /* Closing hides it; asking again shows the same window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                             NULL));
  g_assert_true (shortcuts_shown (window));
  g_log_set_always_fatal (fatal);

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_close (window);
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  gpm_register_resource ();

  g_test_add_func ("/startup/first-frame-before-data", test_first_frame_before_data);
  g_test_add_func ("/startup/shortcuts-window-on-demand", test_shortcuts_window_on_demand);

  return g_test_run ();
}
