/* test-charts-page.c — the Charts page under a real display.
 *
 * Opens the page on a database made from the bundled dataset and drives it as a user
 * would: the bundled chart is drawn with its data table, builder changes redraw, the
 * point under the pointer describes itself with its source sentence, and duplicating
 * and deleting saved charts reach the database.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gpm-charts-page-private.h"
#include "gpm-resources.h"

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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gpm_register_resource ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/charts-page/bundled-chart", test_bundled_chart_is_drawn);
  ADD ("/charts-page/builder-redraws", test_builder_change_redraws);
  ADD ("/charts-page/hover", test_hover_describes_the_point);
  ADD ("/charts-page/duplicate-delete", test_duplicate_and_delete_persist);
#undef ADD

  return g_test_run ();
}
