/* test-timeline-page.c — the Timeline page under a real display (Xvfb in `make check`).
 *
 * Drives the real widgets on a store made from the bundled dataset: the page draws every
 * event, a category filter changes what is drawn, clicking an event (through the widget's
 * hit-test and activate path) shows its quote, the keyboard visits events in date order
 * and keeps the selected one in view, list mode shows the same events, an event added
 * through the editor is stored and Undo removes it, a dragged period reaches the Charts
 * page, and every window is finalized once closed.
 */

#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>

#include "gpm-event-detail.h"
#include "gpm-event-editor.h"
#include "gpm-event-range.h"
#include "gpm-resources.h"
#include "gpm-store.h"
#include "gpm-timeline-filter-popover.h"
#include "gpm-timeline-list.h"
#include "gpm-timeline-page.h"
#include "gpm-timeline-view.h"
#include "gpm-window.h"

typedef struct
{
  char            *dir;
  GpmStore        *store;
  GtkWindow       *window;
  GpmTimelinePage *page;
  GpmTimelineView *view;
} Fixture;

/* ---------------------------------------------------------------- helpers */

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_for_frame (GtkWidget *widget)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong handler;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
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

static void
wait_loaded (GpmTimelinePage *page)
{
  while (gpm_timeline_page_get_loading (page))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *found = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (found);

  return found;
}

/* Finds the shortcut the widget answers to for KEYVAL + MODIFIERS, and runs it. */
static gboolean
press_key (GtkWidget       *widget,
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

static guint
count_events (GpmStore *store)
{
  return (guint) gpm_store_count (store, "events");
}

static guint
count_category (GpmStore   *store,
                const char *category)
{
  g_autoptr(GPtrArray) events = gpm_store_list_events (store, NULL, NULL, NULL, NULL);
  guint n = 0;

  for (guint i = 0; i < events->len; i++)
    n += g_strcmp0 (gpm_event_get_category (events->pdata[i]), category) == 0;

  return n;
}

/* ---------------------------------------------------------------- fixture */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("gpm-timeline-page-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (path, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1300, 800);
  f->page = GPM_TIMELINE_PAGE (gpm_timeline_page_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  f->view = child (f->page, GPM_TYPE_TIMELINE_PAGE, "view");
  gtk_window_present (f->window);
  gpm_timeline_page_set_store (f->page, f->store);
  wait_loaded (f->page);
  wait_for_frame (GTK_WIDGET (f->view));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (gpm_store_get_path (f->store));
  const char *suffixes[] = { "", "-wal", "-shm" };
  gpointer weak_page = f->page;

  g_object_add_weak_pointer (G_OBJECT (f->page), &weak_page);
  close_and_assert_finalized (f->window);
  g_assert_null (weak_page);

  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* ---------------------------------------------------------------- tests */

static void
test_shows_bundled_events (Fixture       *f,
                           gconstpointer  data)
{
  GpmTimeline *timeline = gpm_timeline_view_get_timeline (f->view);
  GtkStack *stack = child (f->page, GPM_TYPE_TIMELINE_PAGE, "content_stack");
  guint n = count_events (f->store);

  g_assert_cmpuint (n, >, 10);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "timeline");
  g_assert_cmpuint (g_list_model_get_n_items (gpm_timeline_page_get_shown (f->page)), ==, n);
  /* Fit all: every event is drawn, on its own or in a cluster. */
  g_assert_cmpuint (gpm_timeline_get_n_drawn_events (timeline), ==, n);
  g_assert_cmpuint (gpm_timeline_get_n_lanes (timeline), ==, 6);
}

static void
test_category_filter (Fixture       *f,
                      gconstpointer  data)
{
  GtkMenuButton *button = child (f->page, GPM_TYPE_TIMELINE_PAGE, "filter_button");
  GpmTimelineFilterPopover *popover = GPM_TIMELINE_FILTER_POPOVER (
    gtk_menu_button_get_popover (button));
  GpmTimeline *timeline = gpm_timeline_view_get_timeline (f->view);
  guint n = count_events (f->store);
  guint export = count_category (f->store, "export-control");

  g_assert_cmpuint (export, >, 0);
  gpm_timeline_filter_popover_set_category (popover, GPM_TIMELINE_CATEGORY_EXPORT_CONTROL,
                                            FALSE);
  wait_for_frame (GTK_WIDGET (f->view));
  g_assert_cmpuint (gpm_timeline_get_n_drawn_events (timeline), ==, n - export);
  g_assert_cmpuint (gpm_timeline_get_n_lanes (timeline), ==, 5);
  for (guint l = 0; l < gpm_timeline_get_n_lanes (timeline); l++)
    g_assert_cmpstr (gpm_timeline_get_lane_title (timeline, l), !=, "Export controls");
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "Filter (1)");

  /* Everything filtered away: the empty state, with a way back. */
  for (guint c = 0; c < GPM_TIMELINE_N_CATEGORIES; c++)
    gpm_timeline_filter_popover_set_category (popover, c, FALSE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f->page, GPM_TYPE_TIMELINE_PAGE,
                                                            "content_stack")), ==, "empty");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "timeline.clear-filter",
                                             NULL));
  wait_for_frame (GTK_WIDGET (f->view));
  g_assert_cmpuint (gpm_timeline_get_n_drawn_events (timeline), ==, n);
}

static void
test_click_shows_detail (Fixture       *f,
                         gconstpointer  data)
{
  GpmTimeline *timeline = gpm_timeline_view_get_timeline (f->view);
  GpmEventDetail *detail = child (f->page, GPM_TYPE_TIMELINE_PAGE, "detail");
  GtkRevealer *pane = child (f->page, GPM_TYPE_TIMELINE_PAGE, "detail_revealer");
  g_autoptr(GPtrArray) events = gpm_store_list_events (f->store, "2025-07", "2025-07", NULL,
                                                       NULL);
  GpmEvent *event = NULL;
  g_autofree char *quote = NULL;
  double x, y;

  /* A day event, so the click lands on its own marker. */
  for (guint i = 0; i < events->len && event == NULL; i++)
    if (strlen (gpm_event_get_date (events->pdata[i])) == 10)
      event = events->pdata[i];
  g_assert_nonnull (event);
  gpm_timeline_fit_view (timeline, gtk_widget_get_width (GTK_WIDGET (f->view)),
                         gtk_widget_get_height (GTK_WIDGET (f->view)),
                         gpm_days_from_date (2025, 6, 1), gpm_days_from_date (2025, 9, 1));
  wait_for_frame (GTK_WIDGET (f->view));

  g_assert_true (gpm_timeline_view_get_event_point (f->view, gpm_event_get_id (event), &x, &y));
  g_assert_true (gpm_timeline_view_activate_at (f->view, x, y));
  g_assert_cmpint (gpm_timeline_page_get_selected (f->page), ==, gpm_event_get_id (event));
  g_assert_true (gtk_revealer_get_reveal_child (pane));
  quote = g_strdup_printf ("“%s”", gpm_event_get_quote (event));
  g_assert_cmpstr (gpm_event_detail_get_quote (detail), ==, quote);
  g_assert_cmpstr (gpm_event_detail_get_date (detail), ==, gpm_event_get_date (event));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->view)));

  /* Escape clears it, and the pane closes. */
  g_assert_true (press_key (GTK_WIDGET (f->view), GDK_KEY_Escape, 0));
  g_assert_cmpint (gpm_timeline_page_get_selected (f->page), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (pane));
}

static void
test_detail_dates_and_vendors (Fixture       *f,
                               gconstpointer  data)
{
  GpmEventDetail *detail = child (f->page, GPM_TYPE_TIMELINE_PAGE, "detail");
  g_autoptr(GPtrArray) events = gpm_store_list_events (f->store, NULL, NULL, NULL, NULL);
  gboolean saw_quarter = FALSE, saw_year = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      GpmEvent *event = events->pdata[i];
      const char *date = gpm_event_get_date (event);
      guint n_vendors;

      gpm_timeline_page_select_event (f->page, gpm_event_get_id (event));
      gpm_event_get_vendor_ids (event, &n_vendors);
      g_assert_cmpuint (gpm_event_detail_get_n_vendor_buttons (detail), ==, n_vendors);
      if (strstr (date, "-Q") != NULL)
        {
          g_autofree char *expected = g_strdup_printf ("%.4s Q%c (quarter)", date, date[6]);

          g_assert_cmpstr (gpm_event_detail_get_date (detail), ==, expected);
          saw_quarter = TRUE;
        }
      else if (strlen (date) == 4)
        {
          g_autofree char *expected = g_strdup_printf ("%s (year)", date);

          g_assert_cmpstr (gpm_event_detail_get_date (detail), ==, expected);
          saw_year = TRUE;
        }
    }
  g_assert_true (saw_quarter);
  g_assert_true (saw_year);
}

static void
test_keyboard_visits_in_date_order (Fixture       *f,
                                    gconstpointer  data)
{
  GpmTimeline *timeline = gpm_timeline_view_get_timeline (f->view);
  GtkWidget *view = GTK_WIDGET (f->view);
  guint n = count_events (f->store), visited = 1;
  double previous, start;
  gint64 id;

  /* Close in, so moving on means panning. */
  gtk_widget_grab_focus (view);
  g_assert_true (press_key (view, GDK_KEY_Home, 0));
  id = gpm_timeline_page_get_selected (f->page);
  g_assert_cmpint (id, ==, gpm_timeline_step (timeline, 0, 1));
  for (int i = 0; i < 8; i++)
    g_assert_true (press_key (view, GDK_KEY_plus, 0));
  wait_for_frame (view);
  gpm_timeline_get_event_span (timeline, id, &previous, NULL);

  /* → and Tab alternately: the next event in date order each time, always in view. */
  for (guint i = 1; i < n; i++)
    {
      if (i % 2 == 0)
        g_assert_true (press_key (view, GDK_KEY_Right, 0));
      else
        g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
      g_assert_cmpint (gpm_timeline_page_get_selected (f->page), ==,
                       gpm_timeline_step (timeline, id, 1));
      id = gpm_timeline_page_get_selected (f->page);
      gpm_timeline_get_event_span (timeline, id, &start, NULL);
      g_assert_cmpfloat (start, >=, previous);
      previous = start;
      wait_for_frame (view);
      g_assert_true (gpm_timeline_view_is_event_in_view (f->view, id));
      visited++;
    }
  g_assert_cmpuint (visited, ==, n);

  /* Past the last event, Tab leaves the timeline. */
  g_assert_false (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));

  /* Zooming keeps the selected event in view. */
  g_assert_true (press_key (view, GDK_KEY_minus, 0));
  g_assert_true (gpm_timeline_view_is_event_in_view (f->view, id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page),
                                             "timeline.zoom-to-selection", NULL));
  g_assert_true (gpm_timeline_view_is_event_in_view (f->view, id));
}

static void
test_list_mode (Fixture       *f,
                gconstpointer  data)
{
  GtkStack *stack = child (f->page, GPM_TYPE_TIMELINE_PAGE, "content_stack");
  GpmTimelineList *list = child (f->page, GPM_TYPE_TIMELINE_PAGE, "list");
  GtkMenuButton *button = child (f->page, GPM_TYPE_TIMELINE_PAGE, "filter_button");
  GpmTimeline *timeline = gpm_timeline_view_get_timeline (f->view);
  guint drawn = gpm_timeline_get_n_drawn_events (timeline);
  double previous = -G_MAXDOUBLE;
  GtkWidget *column_view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "timeline.list-mode", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_cmpuint (gpm_timeline_list_get_n_rows (list), ==, drawn);

  /* Sorted by date; the same filter applies. */
  for (guint i = 0; i < gpm_timeline_list_get_n_rows (list); i++)
    {
      double start;

      gpm_timeline_get_event_span (timeline, gpm_timeline_list_get_row_id (list, i), &start,
                                   NULL);
      g_assert_cmpfloat (start, >=, previous);
      previous = start;
    }
  gpm_timeline_filter_popover_set_category (
    GPM_TIMELINE_FILTER_POPOVER (gtk_menu_button_get_popover (button)),
    GPM_TIMELINE_CATEGORY_MARKET, FALSE);
  g_assert_cmpuint (gpm_timeline_list_get_n_rows (list), ==,
                    count_events (f->store) - count_category (f->store, "market"));

  /* Selecting a row selects the event. */
  column_view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (
                                                 gtk_widget_get_first_child (GTK_WIDGET (list))));
  gtk_selection_model_select_item (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)), 2,
                                   TRUE);
  g_assert_cmpint (gpm_timeline_page_get_selected (f->page), ==,
                   gpm_timeline_list_get_row_id (list, 2));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "timeline.list-mode", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "timeline");
}

static GpmEventEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GPM_IS_EVENT_EDITOR (window))
        return GPM_EVENT_EDITOR (window);
    }

  return NULL;
}

static void
wait_for_count (GpmTimelinePage *page,
                guint            n)
{
  while (g_list_model_get_n_items (gpm_timeline_page_get_shown (page)) != n)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_add_and_undo (Fixture       *f,
                   gconstpointer  data)
{
  guint n = count_events (f->store);
  GpmEventEditor *editor;
  GtkLabel *date_error;
  gpointer weak;
  gint64 added;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "timeline.add-event", NULL));
  editor = find_editor ();
  g_assert_nonnull (editor);
  weak = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), &weak);
  wait_for_frame (GTK_WIDGET (editor));
  g_assert_false (gpm_event_editor_get_valid (editor));

  /* A bad date is told beside the field; Save stays off. */
  date_error = child (editor, GPM_TYPE_EVENT_EDITOR, "date_error");
  gtk_editable_set_text (child (editor, GPM_TYPE_EVENT_EDITOR, "date_entry"), "2025-13");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (date_error)));
  g_assert_false (gpm_event_editor_get_valid (editor));

  gtk_editable_set_text (child (editor, GPM_TYPE_EVENT_EDITOR, "date_entry"), "2026-11-20");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (date_error)));
  gtk_editable_set_text (child (editor, GPM_TYPE_EVENT_EDITOR, "title_entry"),
                         "A test tender for domestic accelerators");
  gtk_editable_set_text (child (editor, GPM_TYPE_EVENT_EDITOR, "title_zh_entry"),
                         "国产加速卡测试招标");
  g_assert_false (gpm_event_editor_get_valid (editor));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (child (editor, GPM_TYPE_EVENT_EDITOR,
                                                             "quote_view")),
                            "A sentence from the source.", -1);
  g_assert_true (gpm_event_editor_get_valid (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  while (weak != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (count_events (f->store), ==, n + 1);
  wait_for_count (f->page, n + 1);
  added = gpm_timeline_page_get_selected (f->page);
  g_assert_cmpint (added, !=, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "timeline.undo", NULL));
  g_assert_cmpuint (count_events (f->store), ==, n);
  wait_for_count (f->page, n);
  g_assert_cmpint (gpm_timeline_page_get_selected (f->page), ==, 0);

  /* Deleting is undone the same way. */
  gpm_timeline_page_select_event (f->page, gpm_timeline_step (gpm_timeline_view_get_timeline (
                                                                f->view), 0, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "timeline.delete-event",
                                             NULL));
  g_assert_cmpuint (count_events (f->store), ==, n - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "timeline.undo", NULL));
  g_assert_cmpuint (count_events (f->store), ==, n);
  wait_for_count (f->page, n);
}

static void
test_period (Fixture       *f,
             gconstpointer  data)
{
  GtkRevealer *revealer = child (f->page, GPM_TYPE_TIMELINE_PAGE, "period_revealer");
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(GpmItemList) range = NULL;
  guint in_range = 0;

  gpm_timeline_view_set_period (f->view, gpm_days_from_date (2024, 3, 10),
                                gpm_days_from_date (2025, 5, 20));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (gpm_timeline_page_get_period (f->page, &from, &to));
  g_assert_true (gpm_period_is_valid_text (from));
  g_assert_true (gpm_period_is_valid_text (to));

  /* The model gives the same events for the range as the timeline counts. */
  range = gpm_event_range_new_list (f->store, from, to);
  while (gpm_item_list_get_loading (range))
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (range)); i++)
    {
      g_autoptr(GpmEvent) event = g_list_model_get_item (G_LIST_MODEL (range), i);

      g_assert_true (gpm_event_range_contains (event, from, to));
      in_range++;
    }
  g_assert_cmpuint (in_range, >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "timeline.clear-period",
                                             NULL));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
}

/* In the real window: the page gets the store, a period goes to the Charts page, and
 * another page can ask for an event. */
static void
test_in_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gpm-timeline-window-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "market.db", NULL);
  g_autoptr(GpmStore) store = gpm_store_open (path, &error);
  GtkWindow *window = GTK_WINDOW (g_object_new (GPM_TYPE_WINDOW, NULL));
  AdwViewStack *stack;
  GpmTimelinePage *page;
  gint64 id;
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_assert_no_error (error);
  gtk_window_present (window);
  gpm_window_set_store (GPM_WINDOW (window), store);
  gpm_window_show_page (GPM_WINDOW (window), "timeline");
  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), GPM_TYPE_WINDOW,
                                                         "stack"));
  page = GPM_TIMELINE_PAGE (adw_view_stack_get_child_by_name (stack, "timeline"));
  g_assert_true (GPM_IS_TIMELINE_PAGE (page));
  wait_loaded (page);
  wait_for_frame (GTK_WIDGET (page));

  id = gpm_timeline_step (gpm_timeline_view_get_timeline (
                            child (page, GPM_TYPE_TIMELINE_PAGE, "view")), 0, 5);
  gpm_timeline_page_select_event (page, id);
  g_assert_cmpint (gpm_timeline_page_get_selected (page), ==, id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "win.chart-period", "s",
                                             "2024/2025"));
  g_assert_cmpstr (gpm_window_get_page (GPM_WINDOW (window)), ==, "charts");

  gpm_window_show_page (GPM_WINDOW (window), "vendors");
  close_and_assert_finalized (window);
  g_clear_object (&store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gpm_register_resource ();

#define ADD(path, func) \
  g_test_add ("/timeline-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("shows-bundled-events", test_shows_bundled_events);
  ADD ("category-filter", test_category_filter);
  ADD ("click-shows-detail", test_click_shows_detail);
  ADD ("detail-dates-and-vendors", test_detail_dates_and_vendors);
  ADD ("keyboard-date-order", test_keyboard_visits_in_date_order);
  ADD ("list-mode", test_list_mode);
  ADD ("add-and-undo", test_add_and_undo);
  ADD ("period", test_period);
  g_test_add_func ("/timeline-page/in-window", test_in_window);

  return g_test_run ();
}
