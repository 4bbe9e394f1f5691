/* test-charts-page.c — the Charts page under a real display.
 *
 * Opens the page on a database made from the bundled dataset and drives it as a user
 * would: the bundled chart is drawn with its data table, builder changes redraw, the
 * point under the pointer describes itself with its source sentence, and duplicating
 * and deleting saved charts reach the database. Then the chart's interaction: a legend
 * click hides and shows a series, Ctrl + scroll (a real wheel event through xdotool,
 * when it is there) zooms the time axis and Reset restores it, the arrow keys walk the
 * points and the accessible description follows, and timeline events appear as
 * markers that open the timeline. A 100 % chart's table gains a Share column with the
 * share each figure is drawn at, which follows the series the legend hides.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "gpm-chart-view-private.h"
#include "gpm-charts-page-private.h"
#include "gpm-data-row.h"
#include "gpm-resources.h"
#include "gpm-store-test.h"

typedef struct
{
  char          *dir;
  GpmStore      *store;
  GtkWindow     *window;
  GpmChartsPage *page;
} Fixture;

static void
wait_until (gboolean (*done) (Fixture *f),
            Fixture  *f)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (f))
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
}

static gboolean
query_settled (Fixture *f)
{
  return f->page->query_cancellable == NULL &&
         gpm_chart_view_get_data (f->page->chart_view) != NULL;
}

static gboolean
frame_drawn (Fixture *f)
{
  double x, y;

  return gpm_chart_view_get_point_position (f->page->chart_view, 0, 0, &x, &y);
}

static void
refresh_and_wait (Fixture *f)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wait_until (query_settled, f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("gpm-charts-page-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (path, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 800);
  f->page = g_object_new (GPM_TYPE_CHARTS_PAGE, "store", f->store, NULL);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  /* The saved charts, metrics and subjects load off the main thread; then the
   * default chart is queried and drawn. */
  wait_until (query_settled, f);
  while (f->page->metric_checks->len == 0 || f->page->subject_checks->len == 0)
    g_main_context_iteration (NULL, TRUE);
  refresh_and_wait (f);
  wait_until (frame_drawn, f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (gpm_store_get_path (f->store));
  const char *suffixes[] = { "", "-wal", "-shm" };
  gpointer weak = f->page;

  g_object_add_weak_pointer (G_OBJECT (f->page), &weak);
  gtk_window_destroy (f->window);
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);

  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_bundled_chart_is_drawn (Fixture       *f,
                             gconstpointer  data)
{
  GpmChartData *chart = gpm_chart_view_get_data (f->page->chart_view);

  g_assert_nonnull (f->page->current);
  g_assert_cmpstr (gpm_saved_chart_get_name (f->page->current), ==,
                   "Moore Threads vs MetaX: revenue and net profit");
  g_assert_cmpuint (gpm_chart_data_get_n_series (chart), ==, 4);
  /* The table holds exactly the plotted numbers: 7 revenue and 7 profit figures. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->page->rows)), ==, 14);
}

static void
test_builder_change_redraws (Fixture       *f,
                             gconstpointer  data)
{
  GpmChartData *before = gpm_chart_view_get_data (f->page->chart_view);

  adw_combo_row_set_selected (f->page->type_row, GPM_CHART_TYPE_LINE);
  refresh_and_wait (f);
  g_assert_true (gpm_chart_view_get_data (f->page->chart_view) != before);
  g_assert_cmpint (gpm_chart_data_get_chart_type (gpm_chart_view_get_data (f->page->chart_view)),
                   ==, GPM_CHART_TYPE_LINE);

  /* Unticking MetaX leaves Moore Threads' two series. */
  for (guint i = 0; i < f->page->subject_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (f->page->subject_checks, i);

      if (g_str_equal (g_object_get_data (G_OBJECT (check), "key"), "metax"))
        gtk_check_button_set_active (check, FALSE);
    }
  refresh_and_wait (f);
  g_assert_cmpuint (gpm_chart_data_get_n_series (gpm_chart_view_get_data (f->page->chart_view)),
                    ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->page->rows)), ==, 6);

  /* A period that is not one is refused beside the field, and nothing is redrawn. */
  gtk_editable_set_text (GTK_EDITABLE (f->page->from_row), "2025-13");
  refresh_and_wait (f);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->period_error)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->page->from_row), "error"));
}

static void
test_hover_describes_the_point (Fixture       *f,
                                gconstpointer  data)
{
  GpmChartData *chart = gpm_chart_view_get_data (f->page->chart_view);
  g_autofree char *text = NULL;
  guint series = G_MAXUINT, point = G_MAXUINT, s, p;
  double x, y;

  /* Find MetaX's 2022 revenue, printed as 42.64億元 and flagged doubtful. */
  for (s = 0; s < gpm_chart_data_get_n_series (chart) && series == G_MAXUINT; s++)
    if (g_str_equal (gpm_chart_series_get_label (gpm_chart_data_get_series (chart, s)),
                     "MetaX · Revenue"))
      series = s;
  g_assert_cmpuint (series, !=, G_MAXUINT);

  g_assert_true (gpm_chart_view_get_point_position (f->page->chart_view, series, 0, &x, &y));
  g_assert_true (gpm_chart_view_point_at (f->page->chart_view, x, y, &s, &p));
  g_assert_cmpuint (s, ==, series);
  point = p;
  text = gpm_chart_view_describe_point (f->page->chart_view, s, point);
  g_assert_nonnull (strstr (text, "MetaX"));
  g_assert_nonnull (strstr (text, "2022"));
  g_assert_nonnull (strstr (text, "42.64億元"));
}

static gboolean
saved_count_is (Fixture *f,
                guint    n)
{
  return g_list_model_get_n_items (G_LIST_MODEL (f->page->saved)) == n &&
         !gpm_item_list_get_loading (f->page->saved);
}

static gboolean
has_nine (Fixture *f)
{
  return saved_count_is (f, 9);
}

static gboolean
has_eight (Fixture *f)
{
  return saved_count_is (f, 8);
}

static void
test_duplicate_and_delete_persist (Fixture       *f,
                                   gconstpointer  data)
{
  g_assert_cmpint (gpm_store_count (f->store, "saved_charts"), ==, 8);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "charts.duplicate", NULL));
  g_assert_cmpint (gpm_store_count (f->store, "saved_charts"), ==, 9);
  wait_until (has_nine, f);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (gpm_saved_chart_get_name (f->page->current), ==,
                   "Moore Threads vs MetaX: revenue and net profit (copy)");
  g_assert_false (gpm_saved_chart_get_builtin (f->page->current));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "charts.delete", NULL));
  g_assert_cmpint (gpm_store_count (f->store, "saved_charts"), ==, 8);
  wait_until (has_eight, f);
}

/* ---------------------------------------------------------------- interaction */

static gpointer
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* the widget keeps it alive */
    }
  g_assert_not_reached ();
}

static void
click_at (GpmChartView *view,
          double        x,
          double        y)
{
  g_signal_emit_by_name (find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_CLICK),
                         "released", 1, x, y);
}

static gboolean
press_key (GpmChartView    *view,
           guint            keyval,
           GdkModifierType  state)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_KEY),
                         "key-pressed", keyval, 0, state, &handled);
  return handled;
}

static void
test_legend_click_toggles_series (Fixture       *f,
                                  gconstpointer  data)
{
  GpmChartView *view = f->page->chart_view;
  double x, y;

  g_assert_cmpuint (gpm_chart_view_get_n_visible_series (view), ==, 4);
  g_assert_true (gpm_chart_view_get_point_position (view, 1, 0, NULL, NULL));
  g_assert_true (gpm_chart_view_get_legend_position (view, 1, &x, &y));

  click_at (view, x, y);
  g_assert_cmpuint (gpm_chart_view_get_n_visible_series (view), ==, 3);
  g_assert_true (gpm_chart_view_get_series_hidden (view, 1));
  wait_until (frame_drawn, f);
  /* No marks left to hover, the legend entry still there to click again. */
  g_assert_false (gpm_chart_view_get_point_position (view, 1, 0, NULL, NULL));
  g_assert_true (gpm_chart_view_get_legend_position (view, 1, &x, &y));
  /* The table keeps every plotted number. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->page->rows)), ==, 14);

  click_at (view, x, y);
  g_assert_cmpuint (gpm_chart_view_get_n_visible_series (view), ==, 4);
  wait_until (frame_drawn, f);
  g_assert_true (gpm_chart_view_get_point_position (view, 1, 0, NULL, NULL));

  /* From the keyboard: Tab past the points to the first legend entry, then Enter. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  g_assert_true (press_key (view, GDK_KEY_Return, 0));
  g_assert_true (gpm_chart_view_get_series_hidden (view, 0));
  g_assert_cmpuint (gpm_chart_view_get_n_visible_series (view), ==, 3);
}

/* Asserts the Share cell of the first table row of series @label in @period. */
static void
assert_share (Fixture    *f,
              const char *label,
              const char *period,
              const char *expected)
{
  GListModel *rows = G_LIST_MODEL (f->page->rows);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GpmDataRow) row = g_list_model_get_item (rows, i);

      if (g_str_equal (gpm_data_row_get_column (row, GPM_DATA_ROW_SERIES), label)
          && g_str_equal (gpm_data_row_get_column (row, GPM_DATA_ROW_PERIOD), period))
        {
          g_assert_cmpstr (gpm_data_row_get_column (row, GPM_DATA_ROW_SHARE), ==, expected);
          return;
        }
    }

  g_assert_not_reached ();
}

static void
test_share_column (Fixture       *f,
                   gconstpointer  data)
{
  GpmChartView *view = f->page->chart_view;

  /* Bars and lines: figures only, no Share column. */
  g_assert_false (gtk_column_view_column_get_visible (f->page->share_column));

  /* Revenue only, as 100 % bars: in 2024 MetaX ¥743M and Moore Threads ¥438M. */
  for (guint i = 0; i < f->page->metric_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (f->page->metric_checks, i);

      gtk_check_button_set_active (check, g_str_equal (g_object_get_data (G_OBJECT (check),
                                                                           "key"),
                                                       "revenue"));
    }
  adw_combo_row_set_selected (f->page->type_row, GPM_CHART_TYPE_STACKED_100);
  refresh_and_wait (f);
  g_assert_true (gtk_column_view_column_get_visible (f->page->share_column));
  assert_share (f, "MetaX", "2024", "62.91%");
  assert_share (f, "Moore Threads", "2024", "37.09%");

  /* Hiding Moore Threads in the legend makes MetaX the whole of each bar. */
  gpm_chart_view_set_series_hidden (view, 1, TRUE);
  assert_share (f, "MetaX", "2024", "100%");
  assert_share (f, "Moore Threads", "2024", "");
  gpm_chart_view_set_series_hidden (view, 1, FALSE);
  assert_share (f, "Moore Threads", "2024", "37.09%");

  adw_combo_row_set_selected (f->page->type_row, GPM_CHART_TYPE_STACKED_BAR);
  refresh_and_wait (f);
  g_assert_false (gtk_column_view_column_get_visible (f->page->share_column));
}

/* A long series in the table: a row a figure, made as the table asks, each with the
 * period its span stands for and its source, though the series keeps neither a figure;
 * the count is written in full. */
static void
test_long_series_table (Fixture       *f,
                        gconstpointer  data)
{
  const char *metrics[] = { "shipments", NULL };
  const char *subjects[] = { "metax", NULL };
  g_autoptr(GpmChartSpec) spec = gpm_chart_spec_new (GPM_CHART_TYPE_LINE);
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GpmDataRow) last = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *rows = G_LIST_MODEL (f->page->rows);
  gint64 metax = gpm_store_query_int_for_test (f->store,
                                               "SELECT id FROM vendors WHERE key = 'metax'");
  gint64 shipments = gpm_store_query_int_for_test (f->store, "SELECT id FROM metrics WHERE"
                                                   " key = 'shipments'");

  g_assert_true (gpm_store_insert_days_for_test (f->store, metax, shipments, 1960, 20000,
                                                 periods, &error));
  g_assert_no_error (error);

  gpm_chart_spec_set_metrics (spec, metrics);
  gpm_chart_spec_set_subjects (spec, subjects);
  gpm_charts_page_show_spec (f->page, spec);
  refresh_and_wait (f);

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 20000);
  last = g_list_model_get_item (rows, 19999);
  g_assert_cmpstr (gpm_data_row_get_column (last, GPM_DATA_ROW_PERIOD), ==,
                   g_ptr_array_index (periods, 19999));
  g_assert_cmpstr (gpm_data_row_get_column (last, GPM_DATA_ROW_VALUE), ==, "19,999 units");
  g_assert_cmpstr (gpm_data_row_get_column (last, GPM_DATA_ROW_SOURCE), ==,
                   "IT Times (IT時報), 2025-07");
  g_assert_null (g_list_model_get_item (rows, 20000));
  g_assert_cmpstr (gtk_label_get_text (f->page->status_label), ==, "20,000 figures plotted");
}

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

/* What the clipboard holds now, as text. */
static char *
clipboard_text (Fixture *f)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->page));
  char *text = NULL;

  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  return text;
}

/* Copy puts the plotted values on the clipboard, a header and a line a point; a table of
 * more than 100,000 rows is left to Export Data… and the clipboard keeps what it had. */
static void
test_copy_values (Fixture       *f,
                  gconstpointer  data)
{
  const char *metrics[] = { "shipments", NULL };
  const char *subjects[] = { "metax", NULL };
  g_autoptr(GpmChartSpec) spec = gpm_chart_spec_new (GPM_CHART_TYPE_LINE);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->page));
  g_autoptr(GError) error = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *kept = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 metax = gpm_store_query_int_for_test (f->store,
                                               "SELECT id FROM vendors WHERE key = 'metax'");
  gint64 shipments = gpm_store_query_int_for_test (f->store, "SELECT id FROM metrics WHERE"
                                                   " key = 'shipments'");

  /* The bundled chart: 14 figures. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "charts.copy", NULL));
  copied = clipboard_text (f);
  lines = g_strsplit (copied, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 14 + 1);   /* the last line ends */
  g_assert_true (g_str_has_prefix (lines[0], "Series\tPeriod\tValue\tStatus"));

  g_assert_true (gpm_store_insert_days_for_test (f->store, metax, shipments, 1900, 100001,
                                                 NULL, &error));
  g_assert_no_error (error);
  gpm_chart_spec_set_metrics (spec, metrics);
  gpm_chart_spec_set_subjects (spec, subjects);
  gpm_charts_page_show_spec (f->page, spec);
  refresh_and_wait (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->page->rows)), ==, 100001);

  gdk_clipboard_set_text (clipboard, "kept");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "charts.copy", NULL));
  kept = clipboard_text (f);
  g_assert_cmpstr (kept, ==, "kept");
}

static char *
run_xdotool (const char *arguments)
{
  g_autofree char *command = g_strdup_printf ("xdotool %s", arguments);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_command_line_sync (command, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* Two clicks of the wheel in: the span shown is 1 / 1.25² of the whole. */
static gboolean
zoomed_in (Fixture *f)
{
  GpmChartData *data = gpm_chart_view_get_data (f->page->chart_view);
  double start, end, full_start, full_end;

  return gpm_chart_view_get_x_range (f->page->chart_view, &start, &end)
         && gpm_chart_data_get_time_extent (data, &full_start, &full_end)
         && end - start < (full_end - full_start) * 0.7;
}

static double drag_start_day;

static gboolean
panned_later (Fixture *f)
{
  double start;

  return gpm_chart_view_get_x_range (f->page->chart_view, &start, NULL)
         && start > drag_start_day + 1.0;
}

static gboolean
metax_2023_drawn (Fixture *f)
{
  return gpm_chart_view_get_point_position (f->page->chart_view, 2, 1, NULL, NULL);
}

/* Runs xdotool with the pointer first moved to (x, y) of the chart, then @then: input
 * as the X server delivers it. FALSE when there is no xdotool or no X11. */
static gboolean
xdotool_at (Fixture    *f,
            double      x,
            double      y,
            const char *then)
{
#ifdef GDK_WINDOWING_X11
  GtkNative *native = GTK_NATIVE (f->window);
  GdkSurface *surface = gtk_native_get_surface (native);
  graphene_point_t in_window;
  double dx, dy;
  g_autofree char *move = NULL;

  if (!GDK_IS_X11_SURFACE (surface) || g_find_program_in_path ("xdotool") == NULL)
    return FALSE;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (f->page->chart_view),
                                           GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (x, y), &in_window));
  gtk_native_get_surface_transform (native, &dx, &dy);
  move = g_strdup_printf ("mousemove --sync --window %lu %d %d %s",
                          (gulong) gdk_x11_surface_get_xid (surface),
                          (int) round (in_window.x + dx), (int) round (in_window.y + dy), then);
  g_free (run_xdotool (move));
  return TRUE;
#else
  return FALSE;
#endif
}

static void
test_zoom_and_reset (Fixture       *f,
                     gconstpointer  data)
{
  GpmChartView *view = f->page->chart_view;
  double full_start, full_end, start, end, x, y;

  g_assert_true (gpm_chart_view_get_x_range (view, &full_start, &full_end));
  g_assert_false (gpm_chart_view_get_zoomed (view));

  /* Around MetaX's 2023 net profit, which should stay under the pointer. */
  g_assert_true (gpm_chart_view_get_point_position (view, 2, 1, &x, &y));
  if (xdotool_at (f, x, y, "keydown ctrl click 4 click 4 keyup ctrl"))
    {
      wait_until (zoomed_in, f);
      g_assert_true (gpm_chart_view_get_x_range (view, &start, &end));
      g_test_message ("Ctrl+scroll: %.0f–%.0f of %.0f–%.0f", start, end, full_start, full_end);
      g_assert_cmpfloat (end - start, <, (full_end - full_start) * 0.7);
      g_assert_cmpfloat (start, >, full_start);
      wait_until (metax_2023_drawn, f);
      {
        double x2, y2;

        g_assert_true (gpm_chart_view_get_point_position (view, 2, 1, &x2, &y2));
        g_assert_cmpfloat (fabs (x2 - x), <, 3.0);
      }
      drag_start_day = start;

      /* Dragging to the left brings later periods into view. */
      g_free (run_xdotool ("mousedown 1 mousemove_relative --sync -- -20 0 "
                           "mousemove_relative --sync -- -80 0 mouseup 1"));
      wait_until (panned_later, f);
      g_assert_true (gpm_chart_view_get_zoomed (view));

      /* Reset, as the toolbar button does it. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "charts.reset-zoom",
                                                 NULL));
      g_assert_false (gpm_chart_view_get_zoomed (view));
      g_assert_true (gpm_chart_view_get_x_range (view, &start, &end));
      g_assert_cmpfloat (start, ==, full_start);
      g_assert_cmpfloat (end, ==, full_end);
    }
  else
    {
      g_test_message ("No xdotool on an X11 display: Ctrl+scroll not driven");
    }

  /* The keyboard: + zooms, Shift + → pans later, 0 shows everything again. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (press_key (view, GDK_KEY_plus, 0));
  g_assert_true (press_key (view, GDK_KEY_plus, 0));
  g_assert_true (gpm_chart_view_get_zoomed (view));
  g_assert_true (gpm_chart_view_get_x_range (view, &start, &end));
  g_assert_true (press_key (view, GDK_KEY_Right, GDK_SHIFT_MASK));
  g_assert_true (gpm_chart_view_get_x_range (view, &x, &y));
  g_assert_cmpfloat (x, >, start);
  g_assert_false (gpm_chart_view_get_focus_point (view, NULL, NULL));
  g_assert_true (press_key (view, GDK_KEY_0, 0));
  g_assert_false (gpm_chart_view_get_zoomed (view));
  g_assert_true (gpm_chart_view_get_x_range (view, &start, &end));
  g_assert_cmpfloat (start, ==, full_start);
  g_assert_cmpfloat (end, ==, full_end);
}

static void
assert_description (GpmChartView *view,
                    const char   *series,
                    const char   *period)
{
  guint s, p;
  g_autofree char *expected = NULL;
  g_autofree char *error = NULL;

  g_assert_true (gpm_chart_view_get_focus_point (view, &s, &p));
  expected = gpm_chart_view_describe_point (view, s, p);
  g_assert_nonnull (strstr (expected, series));
  g_assert_nonnull (strstr (expected, period));
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  g_assert_null (error);
}

static void
test_keyboard_walks_points (Fixture       *f,
                            gconstpointer  data)
{
  GpmChartView *view = f->page->chart_view;
  GpmChartData *chart = gpm_chart_view_get_data (view);
  const char *first = gpm_chart_series_get_label (gpm_chart_data_get_series (chart, 0));
  const char *third = gpm_chart_series_get_label (gpm_chart_data_get_series (chart, 2));
  guint s, p;

  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  assert_description (view, first, "2022");
  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  g_assert_true (gpm_chart_view_get_focus_point (view, &s, &p));
  g_assert_cmpuint (s, ==, 0);
  g_assert_cmpuint (p, ==, 1);
  assert_description (view, first, "2023");

  /* A hidden series is skipped: from the last point of the first series to the third. */
  gpm_chart_view_set_series_hidden (view, 1, TRUE);
  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  g_assert_true (gpm_chart_view_get_focus_point (view, &s, &p));
  g_assert_cmpuint (s, ==, 2);
  g_assert_cmpuint (p, ==, 0);
  assert_description (view, third, "2022");
  g_assert_true (press_key (view, GDK_KEY_Left, 0));
  g_assert_true (gpm_chart_view_get_focus_point (view, &s, &p));
  g_assert_cmpuint (s, ==, 0);
  g_assert_cmpuint (p, ==, 3);
}

/* ---------------------------------------------------------------- events */

static gboolean
events_drawn (Fixture *f)
{
  g_autoptr(GpmChartStyle) style = gpm_chart_view_dup_style (f->page->chart_view);
  GPtrArray *events = gpm_chart_style_get_events (style);

  for (guint i = 0; events != NULL && i < events->len; i++)
    if (gpm_chart_view_get_event_position (f->page->chart_view,
                                           ((GpmChartEvent *) g_ptr_array_index (events, i))->id,
                                           NULL, NULL))
      return TRUE;

  return FALSE;
}

static void
on_event_activated (GpmChartView *view,
                    gint64        id,
                    gint64       *out)
{
  *out = id;
}

static void
test_event_markers (Fixture       *f,
                    gconstpointer  data)
{
  GpmChartView *view = f->page->chart_view;
  g_autoptr(GpmChartStyle) style = NULL;
  GPtrArray *events;
  gint64 activated = 0, id = 0;
  double x, y;
  guint i;

  gtk_toggle_button_set_active (f->page->events_button, TRUE);
  wait_until (events_drawn, f);

  style = gpm_chart_view_dup_style (view);
  events = gpm_chart_style_get_events (style);
  for (i = 0; i < events->len; i++)
    {
      id = ((GpmChartEvent *) g_ptr_array_index (events, i))->id;
      if (gpm_chart_view_get_event_position (view, id, &x, &y))
        break;
    }
  g_assert_cmpuint (i, <, events->len);

  g_signal_connect (view, "event-activated", G_CALLBACK (on_event_activated), &activated);
  g_assert_true (gpm_chart_view_event_at (view, x, y, NULL));
  click_at (view, x, y);
  g_assert_cmpint (activated, ==, id);
  g_signal_handlers_disconnect_by_func (view, on_event_activated, &activated);

  gtk_toggle_button_set_active (f->page->events_button, FALSE);
  g_clear_pointer (&style, gpm_chart_style_free);
  style = gpm_chart_view_dup_style (view);
  g_assert_null (gpm_chart_style_get_events (style));
}

/* ---------------------------------------------------------------- frame time */

typedef struct
{
  gint64  start;
  gint64  end;
} FrameTime;

static void
on_before_paint (GdkFrameClock *clock,
                 FrameTime     *time)
{
  time->start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                FrameTime     *time)
{
  time->end = g_get_monotonic_time ();
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

/* The paint phase of a frame after @move: snapshot and rendering, main thread. */
static double
frame_ms (Fixture *f,
          void   (*change) (GpmChartView *view,
                            guint         i),
          guint    i)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  FrameTime time = { 0, 0 };
  gulong before = g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &time);
  gulong after = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &time);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  change (f->page->chart_view, i);
  while (time.end == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, before);
  g_signal_handler_disconnect (clock, after);

  return (time.end - time.start) / 1000.0;
}

static void
hover_next (GpmChartView *view,
            guint         i)
{
  double x, y;

  g_assert_true (gpm_chart_view_get_point_position (view, 2 + i % 2, i / 2 % 3, &x, &y));
  g_signal_emit_by_name (find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_MOTION),
                         "motion", x, y);
  g_assert_true (gpm_chart_view_get_hover (view, NULL, NULL));
}

static void
redraw_all (GpmChartView *view,
            guint         i)
{
  gpm_chart_view_set_series_hidden (view, 0, i % 2 == 0);
}

static double
median_frame (Fixture *f,
              void   (*change) (GpmChartView *view,
                                guint         i),
              double  *record_ms)
{
  double times[15], sum = 0;

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      double full, overlay;

      times[i] = frame_ms (f, change, i);
      gpm_chart_view_get_frame_times (f->page->chart_view, &full, &overlay);
      sum += change == redraw_all ? full : overlay;
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);
  *record_ms = sum / G_N_ELEMENTS (times);

  return times[G_N_ELEMENTS (times) / 2];
}

static gboolean
window_is_large (Fixture *f)
{
  return gtk_widget_get_width (GTK_WIDGET (f->window)) > 1200;
}

/* Not a timed test: it reports what a hover frame costs next to a full redraw. */
static void
test_hover_frame_time (Fixture       *f,
                       gconstpointer  data)
{
  double hover, full, hover_snapshot, full_snapshot;

  /* A desk-sized window, where a full redraw costs the most. */
  gtk_window_set_default_size (f->window, 1920, 1080);
  wait_until (window_is_large, f);
  wait_until (frame_drawn, f);
  hover = median_frame (f, hover_next, &hover_snapshot);
  full = median_frame (f, redraw_all, &full_snapshot);
  g_test_message ("Chart %d×%d in a %d×%d window. Frame paint phase, median of 15: hover "
                  "%.2f ms (chart view snapshot %.3f ms), full redraw %.2f ms (chart "
                  "recorded in %.2f ms)",
                  gtk_widget_get_width (GTK_WIDGET (f->page->chart_view)),
                  gtk_widget_get_height (GTK_WIDGET (f->page->chart_view)),
                  gtk_widget_get_width (GTK_WIDGET (f->window)),
                  gtk_widget_get_height (GTK_WIDGET (f->window)), hover, hover_snapshot,
                  full, full_snapshot);
  g_assert_cmpfloat (hover_snapshot, <, full_snapshot);
}

/* What the Vendors page's "Open as a Chart" asks: an unsaved chart of one metric for
 * the compared vendors. */
static void
test_show_spec_from_another_page (Fixture       *f,
                                  gconstpointer  data)
{
  const char *metrics[] = { "revenue", NULL };
  const char *subjects[] = { "moore-threads", "metax", NULL };
  g_autoptr(GpmChartSpec) spec = gpm_chart_spec_new (GPM_CHART_TYPE_GROUPED_BAR);

  gpm_chart_spec_set_metrics (spec, metrics);
  gpm_chart_spec_set_subjects (spec, subjects);
  gpm_chart_spec_set_show_forecasts (spec, TRUE);
  gpm_charts_page_show_spec (f->page, spec);
  refresh_and_wait (f);

  g_assert_null (f->page->current);
  g_assert_null (gtk_list_box_get_selected_row (f->page->saved_list));
  g_assert_cmpint (adw_combo_row_get_selected (f->page->type_row), ==,
                   GPM_CHART_TYPE_GROUPED_BAR);
  g_assert_cmpuint (gpm_chart_data_get_n_series (gpm_chart_view_get_data (f->page->chart_view)),
                    ==, 2);
  /* Moore Threads' three years and MetaX's four periods. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->page->rows)), ==, 7);
}

/* Switching to Scatter offers the metric across; choosing Revenue plots net profit
 * against it, and hovering a point describes both figures with both sentences. */
static void
test_xy_scatter_hover (Fixture       *f,
                       gconstpointer  data)
{
  GpmChartData *chart;
  guint revenue = G_MAXUINT, series, point, mt_series;
  g_autofree char *text = NULL;
  double x, y;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->x_metric_row)));
  adw_combo_row_set_selected (f->page->type_row, GPM_CHART_TYPE_SCATTER);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->x_metric_row)));

  /* Net profit up; Revenue across. */
  for (guint i = 0; i < f->page->metric_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (f->page->metric_checks, i);

      gtk_check_button_set_active (check, g_str_equal (g_object_get_data (G_OBJECT (check), "key"),
                                                       "net-profit"));
    }
  for (guint i = 1; i < f->page->x_metric_keys->len; i++)
    if (g_str_equal (g_ptr_array_index (f->page->x_metric_keys, i), "revenue"))
      revenue = i;
  g_assert_cmpuint (revenue, !=, G_MAXUINT);
  adw_combo_row_set_selected (f->page->x_metric_row, revenue);
  refresh_and_wait (f);
  wait_until (frame_drawn, f);

  chart = gpm_chart_view_get_data (f->page->chart_view);
  g_assert_true (gpm_chart_data_is_xy (chart));
  g_assert_cmpuint (gpm_chart_data_get_n_series (chart), ==, 2);
  /* One row per company and period, each with both figures. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->page->rows)), ==, 7);

  /* Hover Moore Threads' 2024 point, as the pointer would. */
  for (series = 0; series < 2; series++)
    if (g_str_equal (gpm_chart_series_get_label (gpm_chart_data_get_series (chart, series)),
                     "Moore Threads"))
      break;
  g_assert_cmpuint (series, <, 2);
  g_assert_true (gpm_chart_view_get_point_position (f->page->chart_view, series, 2, &x, &y));
  g_signal_emit_by_name (find_controller (GTK_WIDGET (f->page->chart_view),
                                          GTK_TYPE_EVENT_CONTROLLER_MOTION), "motion", x, y);
  mt_series = series;
  g_assert_true (gpm_chart_view_get_hover (f->page->chart_view, &series, &point));
  g_assert_cmpuint (series, ==, mt_series);
  g_assert_cmpuint (point, ==, 2);
  text = gpm_chart_view_describe_point (f->page->chart_view, series, point);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Moore Threads"));
  g_assert_nonnull (strstr (text, "2024"));
  g_assert_nonnull (strstr (text, "Revenue: "));
  g_assert_nonnull (strstr (text, "Net profit: "));
  g_assert_nonnull (strstr (text, "4.38億元"));    /* the revenue sentence */

  /* Saved and shown again, the chart keeps its metric across. */
  {
    g_autoptr(GpmChartSpec) spec = gpm_charts_page_build_spec (f->page, NULL);

    g_assert_cmpstr (gpm_chart_spec_get_x_metric (spec), ==, "revenue");
    adw_combo_row_set_selected (f->page->x_metric_row, 0);
    gpm_charts_page_show_spec (f->page, spec);
    g_assert_cmpuint (adw_combo_row_get_selected (f->page->x_metric_row), ==, revenue);
  }
}

static gboolean
summaries_arrived (Fixture *f)
{
  return !f->page->chart_view->summary_pending;
}

static gboolean
recorded (Fixture *f)
{
  return f->page->chart_view->recorded && f->page->chart_view->chart_node != NULL;
}

/* Zooming a million points: the step itself summarises nothing on the main thread (the
 * last picture is stretched meanwhile); a worker's summaries arrive, superseded steps
 * are cancelled, and the chart is recorded again from the summary of the latest span. */
static void
test_zoom_long_series_off_main_thread (Fixture       *f,
                                       gconstpointer  data)
{
  GpmChartView *view = f->page->chart_view;
  g_autoptr(GpmChartData) walk = gpm_chart_data_new (GPM_CHART_TYPE_LINE);
  g_autoptr(GpmChartSeries) series = gpm_chart_series_new ("nvidia", "Random walk", "units",
                                                           GPM_VALUE_KIND_COUNT);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint n = 1000000;
  g_autofree double *x = g_new (double, n);
  g_autofree double *y = g_new (double, n);
  GCancellable *first = NULL;
  double value = 1000, x0, x1, full_ms, overlay_ms, step_ms[3];
  GpmDecimation *summary;

  for (guint i = 0; i < n; i++)
    {
      x[i] = 10957 + i / 24.0;
      y[i] = value += g_rand_double_range (rand, -1, 1);
    }
  gpm_chart_series_add_values (series, x, y, n);
  gpm_chart_data_add_series (walk, series);
  gpm_chart_view_set_data (view, walk);
  wait_until (recorded, f);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wait_until (recorded, f);

  for (guint step = 0; step < G_N_ELEMENTS (step_ms); step++)
    {
      gint64 begin = g_get_monotonic_time ();

      gpm_chart_view_zoom (view, 1.25);
      step_ms[step] = (g_get_monotonic_time () - begin) / 1000.0;
      g_assert_true (view->summary_pending);
      if (step == 0)
        first = g_object_ref (view->summary_cancellable);
    }
  /* The first two steps were superseded: their requests are cancelled. */
  g_assert_true (g_cancellable_is_cancelled (first));
  g_object_unref (first);

  wait_until (summaries_arrived, f);
  wait_until (recorded, f);
  g_assert_true (gpm_chart_view_get_x_range (view, &x0, &x1));
  summary = gpm_chart_series_get_decimation (series);
  g_assert_nonnull (summary);
  g_assert_true (gpm_decimation_matches (summary, n, x0, x1,
                                         gpm_decimation_get_n_columns (summary)));
  gpm_chart_view_get_frame_times (view, &full_ms, &overlay_ms);
  g_test_message ("1,000,000 points: main thread per zoom step %.3f / %.3f / %.3f ms; "
                  "the frame once the summary arrived %.2f ms", step_ms[0], step_ms[1],
                  step_ms[2], full_ms);
}

int
main (int   argc,
      char *argv[])
{
  /* The in-process accessibility context, to read the description a reader hears. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gpm_register_resource ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/charts-page/bundled-chart", test_bundled_chart_is_drawn);
  ADD ("/charts-page/builder-redraws", test_builder_change_redraws);
  ADD ("/charts-page/hover", test_hover_describes_the_point);
  ADD ("/charts-page/duplicate-delete", test_duplicate_and_delete_persist);
  ADD ("/charts-page/show-spec", test_show_spec_from_another_page);
  ADD ("/charts-page/legend-toggles-series", test_legend_click_toggles_series);
  ADD ("/charts-page/zoom-and-reset", test_zoom_and_reset);
  ADD ("/charts-page/keyboard-walks-points", test_keyboard_walks_points);
  ADD ("/charts-page/event-markers", test_event_markers);
  ADD ("/charts-page/hover-frame-time", test_hover_frame_time);
  ADD ("/charts-page/xy-scatter-hover", test_xy_scatter_hover);
  ADD ("/charts-page/zoom-long-series", test_zoom_long_series_off_main_thread);
  ADD ("/charts-page/share-column", test_share_column);
  ADD ("/charts-page/long-series-table", test_long_series_table);
  ADD ("/charts-page/copy-values", test_copy_values);
#undef ADD

  return g_test_run ();
}
