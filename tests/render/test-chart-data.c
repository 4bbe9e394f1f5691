/* test-chart-data.c — points keep their span, status, qualifier, doubt and provenance;
 * bulk series store no per-point extras; series and charts are reference counted. */

#include "config.h"

#include <math.h>

#include "gpm-chart-data.h"
#include "gpm-time-axis.h"

static void
test_points (void)
{
  g_autoptr(GpmChartSeries) series = gpm_chart_series_new ("metax", "MetaX", "CNY",
                                                           GPM_VALUE_KIND_MONEY);
  GpmChartPoint point;
  double start, end;
  guint i;

  gpm_time_span_quarter (2025, 1, &start, &end);
  i = gpm_chart_series_add_point (series, start, end, "2025-Q1", 3.20e8);
  gpm_chart_series_set_point_status (series, i, GPM_POINT_FORECAST);
  gpm_chart_series_set_point_qualifier (series, i, GPM_QUALIFIER_MORE_THAN);
  gpm_chart_series_set_point_doubtful (series, i, TRUE);
  gpm_chart_series_set_point_provenance (series, i, "IT Times (IT時報)", "2025-07", "沐曦營收");
  gpm_chart_series_add_category_point (series, "MetaX", 39e8);

  g_assert_cmpuint (gpm_chart_series_get_n_points (series), ==, 2);
  g_assert_true (gpm_chart_series_get_point (series, 0, &point));
  g_assert_cmpfloat (point.x_start, ==, start);
  g_assert_cmpfloat (point.x_end, ==, end);
  g_assert_cmpstr (point.period, ==, "2025-Q1");
  g_assert_null (point.category);
  g_assert_cmpfloat (point.value, ==, 3.20e8);
  g_assert_cmpint (point.status, ==, GPM_POINT_FORECAST);
  g_assert_cmpint (point.qualifier, ==, GPM_QUALIFIER_MORE_THAN);
  g_assert_true (point.doubtful);
  g_assert_cmpstr (point.source_title, ==, "IT Times (IT時報)");
  g_assert_cmpstr (point.source_date, ==, "2025-07");
  g_assert_cmpstr (point.quote, ==, "沐曦營收");

  g_assert_true (gpm_chart_series_get_point (series, 1, &point));
  g_assert_cmpstr (point.category, ==, "MetaX");
  g_assert_null (point.period);
  g_assert_null (point.source_title);
  g_assert_false (point.doubtful);
  g_assert_cmpint (point.status, ==, GPM_POINT_REPORTED);
  g_assert_true (gpm_chart_series_is_categorical (series));
  g_assert_false (gpm_chart_series_get_point (series, 2, &point));

  gpm_chart_series_set_point_doubtful (series, 0, FALSE);
  gpm_chart_series_get_point (series, 0, &point);
  g_assert_true (!point.doubtful && point.qualifier == GPM_QUALIFIER_MORE_THAN);
  g_assert_cmpuint (gpm_chart_series_get_n_provenances (series), ==, 1);
}

static void
test_bulk (void)
{
  g_autoptr(GpmChartSeries) series = gpm_chart_series_new ("nvidia", NULL, "units",
                                                           GPM_VALUE_KIND_COUNT);
  double x[1000], y[1000];
  GpmChartPoint point;

  for (guint i = 0; i < G_N_ELEMENTS (x); i++)
    {
      x[i] = i / 24.0;
      y[i] = sin (i);
    }
  gpm_chart_series_add_values (series, x, y, G_N_ELEMENTS (x));
  g_assert_cmpstr (gpm_chart_series_get_label (series), ==, "nvidia");
  g_assert_null (gpm_chart_series_get_x_ends (series));
  g_assert_cmpfloat (gpm_chart_series_get_values (series)[999], ==, sin (999));

  /* A span after instants gives the instants ends equal to their starts. */
  gpm_chart_series_add_point (series, 100, 101, "1970-04-11", 1.0);
  g_assert_nonnull (gpm_chart_series_get_x_ends (series));
  g_assert_cmpfloat (gpm_chart_series_get_x_ends (series)[10], ==, 10 / 24.0);
  gpm_chart_series_get_point (series, 1000, &point);
  g_assert_cmpfloat (point.x_end, ==, 101);
  gpm_chart_series_get_point (series, 5, &point);
  g_assert_null (point.period);
}

static void
test_chart (void)
{
  g_autoptr(GpmChartData) data = gpm_chart_data_new (GPM_CHART_TYPE_COMBO);
  GpmChartSeries *series = gpm_chart_series_new ("metax", "MetaX", "CNY", GPM_VALUE_KIND_MONEY);
  const char *note = NULL;

  gpm_chart_series_set_mark (series, GPM_CHART_MARK_BAR);
  gpm_chart_series_set_axis (series, GPM_CHART_AXIS_SECONDARY);
  gpm_chart_data_add_series (data, series);
  gpm_chart_series_unref (series);

  gpm_chart_data_set_title (data, "Title");
  gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_SECONDARY, "Revenue");
  gpm_chart_data_add_footer_line (data, "Note one");
  gpm_chart_data_add_footer_line (data, "Note two");
  gpm_chart_data_set_currency_converted (data, TRUE, "At 7.17");

  g_assert_cmpuint (gpm_chart_data_get_n_series (data), ==, 1);
  series = gpm_chart_data_get_series (data, 0);
  g_assert_cmpint (gpm_chart_series_get_mark (series), ==, GPM_CHART_MARK_BAR);
  g_assert_cmpint (gpm_chart_series_get_axis (series), ==, GPM_CHART_AXIS_SECONDARY);
  g_assert_cmpstr (gpm_chart_data_get_axis_title (data, GPM_CHART_AXIS_SECONDARY), ==,
                   "Revenue");
  g_assert_cmpuint (g_strv_length ((GStrv) gpm_chart_data_get_footer_lines (data)), ==, 2);
  g_assert_true (gpm_chart_data_get_currency_converted (data, &note));
  g_assert_cmpstr (note, ==, "At 7.17");
  g_assert_cmpint (gpm_chart_data_get_chart_type (data), ==, GPM_CHART_TYPE_COMBO);

  /* The chart holds its own reference. */
  gpm_chart_series_ref (series);
  g_clear_pointer (&data, gpm_chart_data_unref);
  g_assert_cmpstr (gpm_chart_series_get_key (series), ==, "metax");
  gpm_chart_series_unref (series);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-data/points", test_points);
  g_test_add_func ("/chart-data/bulk", test_bulk);
  g_test_add_func ("/chart-data/chart", test_chart);

  return g_test_run ();
}
