/* test-chart-pairs.c — an XY scatter's pairing: same span only, forecast if either is,
 * doubt carried, both sources kept, a repeated period used once. */

#include "config.h"

#include <math.h>

#include "gpm-chart-pairs.h"
#include "gpm-time-axis.h"

static guint
add (GpmChartSeries *series,
     int             year,
     int             quarter,
     double          value,
     const char     *quote)
{
  double start, end;
  g_autofree char *period = quarter > 0 ? g_strdup_printf ("%d-Q%d", year, quarter)
                                        : g_strdup_printf ("%d", year);
  guint index;

  if (quarter > 0)
    gpm_time_span_quarter (year, quarter, &start, &end);
  else
    gpm_time_span_year (year, &start, &end);
  index = gpm_chart_series_add_point (series, start, end, period, value);
  gpm_chart_series_set_point_provenance (series, index, "Source", "2025-07", quote);

  return index;
}

static void
test_pairs (void)
{
  g_autoptr(GpmChartSeries) revenue = gpm_chart_series_new ("mt", "MT", "CNY",
                                                            GPM_VALUE_KIND_MONEY);
  g_autoptr(GpmChartSeries) profit = gpm_chart_series_new ("mt", "MT", "USD",
                                                           GPM_VALUE_KIND_MONEY);
  g_autoptr(GpmChartSeries) pairs = NULL;
  GpmChartPoint point;

  add (revenue, 2023, 0, 10, "revenue 2023");
  gpm_chart_series_set_point_status (revenue, add (revenue, 2024, 0, 20, "revenue 2024"),
                                     GPM_POINT_FORECAST);
  add (revenue, 2025, 1, 5, "revenue Q1");
  gpm_chart_series_set_point_doubtful (revenue, add (revenue, 2022, 0, 7, "revenue 2022"),
                                       TRUE);
  add (profit, 2022, 0, -1, "profit 2022");
  add (profit, 2023, 0, -2, "profit 2023");
  add (profit, 2023, 0, -99, "profit 2023, a second source");
  add (profit, 2024, 0, -3, "profit 2024");
  add (profit, 2025, 0, -4, "profit 2025");   /* a year: no pair with 2025-Q1 */

  pairs = gpm_chart_pairs_new (revenue, profit, "mt", "Moore Threads");
  g_assert_cmpstr (gpm_chart_series_get_x_unit (pairs), ==, "CNY");
  g_assert_cmpstr (gpm_chart_series_get_unit (pairs), ==, "USD");
  g_assert_cmpuint (gpm_chart_series_get_n_points (pairs), ==, 3);

  g_assert_true (gpm_chart_series_get_point (pairs, 0, &point));
  g_assert_cmpstr (point.period, ==, "2022");
  g_assert_cmpfloat (point.x_value, ==, 7);
  g_assert_cmpfloat (point.value, ==, -1);
  g_assert_true (point.doubtful);
  g_assert_cmpstr (point.quote, ==, "profit 2022");
  g_assert_cmpstr (point.x_quote, ==, "revenue 2022");

  g_assert_true (gpm_chart_series_get_point (pairs, 1, &point));
  g_assert_cmpfloat (point.value, ==, -2);   /* the first of two figures */
  g_assert_cmpint (point.status, ==, GPM_POINT_REPORTED);
  g_assert_false (point.doubtful);

  g_assert_true (gpm_chart_series_get_point (pairs, 2, &point));
  g_assert_cmpstr (point.period, ==, "2024");
  g_assert_cmpint (point.status, ==, GPM_POINT_FORECAST);   /* either one is */
}

static void
test_time_series_has_no_x (void)
{
  g_autoptr(GpmChartSeries) series = gpm_chart_series_new ("a", "A", "%", GPM_VALUE_KIND_SHARE);
  GpmChartPoint point;

  add (series, 2024, 0, 50, NULL);
  g_assert_null (gpm_chart_series_get_x_unit (series));
  g_assert_true (gpm_chart_series_get_point (series, 0, &point));
  g_assert_true (isnan (point.x_value));
  g_assert_null (point.x_quote);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-pairs/pairs", test_pairs);
  g_test_add_func ("/chart-pairs/time-series", test_time_series_has_no_x);

  return g_test_run ();
}
