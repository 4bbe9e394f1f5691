/* test-window.c — the main window under a real display (Xvfb in `make check`).
 *
 * Drives the real widgets: the window is presented and drawn, pages switch through
 * their actions and through the shortcuts the window installs, the state survives a
 * new window, the colour-scheme setting reaches AdwStyleManager, and every window
 * is finalized once closed.
 */

#include "config.h"

#include <adwaita.h>

#include "gpm-application.h"
#include "gpm-resources.h"
#include "gpm-window.h"

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Presents the window and waits until it has drawn a frame. */
static void
present_and_wait (GtkWindow *window)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong handler;

  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

/* Closes the window as the user would and asserts that nothing keeps it alive. */
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

static GtkWindow *
new_window (void)
{
  return GTK_WINDOW (g_object_new (GPM_TYPE_WINDOW, NULL));
}

static void
test_window_opens_and_finalizes (void)
{
  GtkWindow *window = new_window ();

  present_and_wait (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (window), ==, "GPU Market");
  close_and_assert_finalized (window);
}

static void
test_pages_switch_through_actions (void)
{
  GtkWindow *window = new_window ();
  GpmWindow *gpm = GPM_WINDOW (window);
  const char *pages[] = { "timeline", "charts", "vendors" };

  present_and_wait (window);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 pages[i]));
      g_assert_cmpstr (gpm_window_get_page (gpm), ==, pages[i]);
    }
  close_and_assert_finalized (window);
}

/* Finds the shortcut the window answers to for KEYVAL + MODIFIERS, and runs it. */
static gboolean
activate_shortcut (GtkWidget       *widget,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

static void
test_pages_switch_through_shortcuts (void)
{
  GtkWindow *window = new_window ();
  GpmWindow *gpm = GPM_WINDOW (window);

  present_and_wait (window);
  g_assert_true (activate_shortcut (GTK_WIDGET (window), GDK_KEY_3, GDK_CONTROL_MASK));
  g_assert_cmpstr (gpm_window_get_page (gpm), ==, "charts");
  g_assert_true (activate_shortcut (GTK_WIDGET (window), GDK_KEY_2, GDK_CONTROL_MASK));
  g_assert_cmpstr (gpm_window_get_page (gpm), ==, "timeline");
  g_assert_true (activate_shortcut (GTK_WIDGET (window), GDK_KEY_1, GDK_CONTROL_MASK));
  g_assert_cmpstr (gpm_window_get_page (gpm), ==, "vendors");
  close_and_assert_finalized (window);
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
  while (g_main_context_iteration (NULL, FALSE))
    ;
  sensitive = gtk_widget_get_sensitive (button);
  gtk_box_remove (GTK_BOX (box), button);

  return sensitive;
}

static void
test_unavailable_actions_are_disabled (void)
{
  GtkWindow *window = new_window ();

  present_and_wait (window);
  /* Without a database there is nothing to import into, to export from the Vendors page
   * or to present: none of them may look as if it did something. */
  g_assert_false (action_is_enabled (window, "win.import"));
  g_assert_false (action_is_enabled (window, "win.export"));
  g_assert_false (action_is_enabled (window, "win.present"));
  /* …while the ones that work are enabled, so the check itself can fail. */
  g_assert_true (action_is_enabled (window, "win.show-page::charts"));
  close_and_assert_finalized (window);
}

static void
test_state_survives_a_new_window (void)
{
  GtkWindow *window = new_window ();
  int width, height;

  present_and_wait (window);
  gpm_window_show_page (GPM_WINDOW (window), "timeline");
  gtk_window_set_default_size (window, 1000, 700);
  present_and_wait (window);
  close_and_assert_finalized (window);

  window = new_window ();
  present_and_wait (window);
  g_assert_cmpstr (gpm_window_get_page (GPM_WINDOW (window)), ==, "timeline");
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
  gpm_window_show_page (GPM_WINDOW (window), "vendors");
  close_and_assert_finalized (window);
}

static void
test_color_scheme_setting_applies (void)
{
  g_autoptr(GpmApplication) app = gpm_application_new ();
  g_autoptr(GError) error = NULL;
  AdwStyleManager *style = adw_style_manager_get_default ();
  GSettings *settings;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  settings = gpm_application_get_settings (app);

  g_settings_set_string (settings, "color-scheme", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_string (settings, "color-scheme", "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_set_string (settings, "color-scheme", "default");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gpm_register_resource ();

  g_test_add_func ("/window/opens-and-finalizes", test_window_opens_and_finalizes);
  g_test_add_func ("/window/pages/actions", test_pages_switch_through_actions);
  g_test_add_func ("/window/pages/shortcuts", test_pages_switch_through_shortcuts);
  g_test_add_func ("/window/unavailable-actions-disabled", test_unavailable_actions_are_disabled);
  g_test_add_func ("/window/state-survives", test_state_survives_a_new_window);
  g_test_add_func ("/application/color-scheme", test_color_scheme_setting_applies);

  return g_test_run ();
}
