/* test-stack.c — the arithmetic of stacked areas: bands, gaps counted as zero, negative
 * values stacked downward, and 100 % stacks including a period whose total is zero;
 * and the shares a 100 % chart says it draws (tooltip, data table): of the shown series
 * only, every figure of a bar slot, the first figure a series gives a period of an area;
 * a loss in a 100 % bar reaches below zero inside the plot.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-layout.h"
#include "gpm-chart-renderer.h"
#include "gpm-chart-shares.h"
#include "gpm-stack.h"

static void
test_absolute (void)
{
  /* Two series over three periods; the second has no value in the first period. */
  const double values[] = { 1, 2, 3,
                            NAN, 4, 5 };
  double lower[6], upper[6];

  g_assert_cmpuint (gpm_stack_compute (values, 2, 3, FALSE, lower, upper), ==, 1);
  g_assert_cmpfloat (lower[0], ==, 0);
  g_assert_cmpfloat (upper[0], ==, 1);
  g_assert_cmpfloat (lower[3], ==, 1);   /* the gap is a band of no height on top */
  g_assert_cmpfloat (upper[3], ==, 1);
  g_assert_cmpfloat (lower[4], ==, 2);
  g_assert_cmpfloat (upper[4], ==, 6);
  g_assert_cmpfloat (upper[5], ==, 8);
}

static void
test_negative_goes_down (void)
{
  const double values[] = { 3, -2, 1 };
  double lower[3], upper[3];

  gpm_stack_compute (values, 3, 1, FALSE, lower, upper);
  g_assert_cmpfloat (upper[0], ==, 3);
  g_assert_cmpfloat (upper[1], ==, 0);
  g_assert_cmpfloat (lower[1], ==, -2);
  g_assert_cmpfloat (lower[2], ==, 3);   /* the next positive continues above */
  g_assert_cmpfloat (upper[2], ==, 4);
}

static void
test_percent (void)
{
  /* Period 0: 1 and 3; period 1: both zero; period 2: only the second has a value. */
  const double values[] = { 1, 0, NAN,
                            3, 0, 7 };
  double lower[6], upper[6];

  g_assert_cmpuint (gpm_stack_compute (values, 2, 3, TRUE, lower, upper), ==, 1);
  g_assert_cmpfloat (upper[0], ==, 25);
  g_assert_cmpfloat (lower[3], ==, 25);
  g_assert_cmpfloat (upper[3], ==, 100);
  /* A zero total is no division by zero: every band is empty. */
  for (guint i = 1; i < 6; i += 3)
    {
      g_assert_true (isfinite (lower[i]) && isfinite (upper[i]));
      g_assert_cmpfloat (lower[i], ==, 0);
      g_assert_cmpfloat (upper[i], ==, 0);
    }
  g_assert_cmpfloat (upper[2], ==, 0);
  g_assert_cmpfloat (upper[5], ==, 100);
}

static void
test_empty (void)
{
  g_assert_cmpuint (gpm_stack_compute (NULL, 0, 0, TRUE, NULL, NULL), ==, 0);
}

/* Two vendors' revenue in two periods: 3 + 1, then 2 + 2 and a second figure of 6 for
 * the first vendor's second period (another source). */
static GpmChartData *
share_chart (GpmChartType type)
{
  GpmChartData *data = gpm_chart_data_new (type);
  g_autoptr(GpmChartSeries) a = gpm_chart_series_new ("a", "A", "CNY", GPM_VALUE_KIND_MONEY);
  g_autoptr(GpmChartSeries) b = gpm_chart_series_new ("b", "B", "CNY", GPM_VALUE_KIND_MONEY);

  gpm_chart_series_add_point (a, 0, 365, "1970", 3);
  gpm_chart_series_add_point (a, 365, 730, "1971", 2);
  gpm_chart_series_add_point (a, 365, 730, "1971", 6);
  gpm_chart_series_add_point (b, 0, 365, "1970", 1);
  gpm_chart_series_add_point (b, 365, 730, "1971", 2);
  gpm_chart_data_add_series (data, a);
  gpm_chart_data_add_series (data, b);

  return data;
}

static void
test_shares (void)
{
  g_autoptr(GpmChartData) bars = share_chart (GPM_CHART_TYPE_STACKED_100);
  g_autoptr(GpmChartData) areas = share_chart (GPM_CHART_TYPE_AREA_100);
  g_autoptr(GpmChartData) plain = share_chart (GPM_CHART_TYPE_STACKED_BAR);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                        GPM_LANGUAGE_EN);
  g_autofree double *bar_a = gpm_chart_compute_shares (bars, style, 0);
  g_autofree double *area_a = gpm_chart_compute_shares (areas, style, 0);
  g_autofree double *area_b = gpm_chart_compute_shares (areas, style, 1);
  g_autofree double *hidden_b = NULL;
  g_autofree double *alone_a = NULL;
  g_autofree char *tooltip = NULL;

  g_assert_null (gpm_chart_compute_shares (plain, style, 0));

  /* A bar slot stacks every figure: 2 + 6 + 2 in the second period. */
  g_assert_cmpfloat_with_epsilon (bar_a[0], 75.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (bar_a[1], 20.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (bar_a[2], 60.0, 1e-9);

  /* An area draws the first figure a series gives a period; the second is not drawn. */
  g_assert_cmpfloat_with_epsilon (area_a[0], 75.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (area_a[1], 50.0, 1e-9);
  g_assert_true (isnan (area_a[2]));
  g_assert_cmpfloat_with_epsilon (area_b[1], 50.0, 1e-9);

  /* Hiding B leaves A as the whole of each stack, and B drawn nowhere. */
  gpm_chart_style_set_series_hidden (style, 1, TRUE);
  alone_a = gpm_chart_compute_shares (areas, style, 0);
  hidden_b = gpm_chart_compute_shares (areas, style, 1);
  g_assert_cmpfloat_with_epsilon (alone_a[0], 100.0, 1e-9);
  g_assert_true (isnan (hidden_b[0]));

  /* The tooltip says the share the picture shows. */
  gpm_chart_style_set_series_hidden (style, 1, FALSE);
  tooltip = gpm_chart_describe_point (bars, style, 0, 0);
  g_assert_nonnull (strstr (tooltip, "Share of the total: 75%"));
}

/* A loss in a 100 % bar stacks below zero, and the axis reaches down to it: the bar's
 * mark is inside the plot, below the gains' marks. */
static void
test_share_axis_negative (void)
{
  g_autoptr(GpmChartData) data = gpm_chart_data_new (GPM_CHART_TYPE_STACKED_100);
  g_autoptr(GpmChartSeries) revenue = gpm_chart_series_new ("r", "Revenue", "CNY",
                                                            GPM_VALUE_KIND_MONEY);
  g_autoptr(GpmChartSeries) profit = gpm_chart_series_new ("p", "Net profit", "CNY",
                                                           GPM_VALUE_KIND_MONEY);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                        GPM_LANGUAGE_EN);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 400);
  cairo_t *cr = cairo_create (surface);
  GpmChartLayout *layout = NULL;
  cairo_rectangle_t plot;
  double x, y_gain, y_loss;

  gpm_chart_series_add_point (revenue, 0, 365, "1970", 743);
  gpm_chart_series_add_point (profit, 0, 365, "1970", -1409);
  gpm_chart_data_add_series (data, revenue);
  gpm_chart_data_add_series (data, profit);

  g_assert_true (gpm_chart_render (cr, 640, 400, data, style, &layout));
  gpm_chart_layout_get_plot_area (layout, &plot);
  g_assert_true (gpm_chart_layout_get_point_position (layout, 0, 0, &x, &y_gain));
  g_assert_true (gpm_chart_layout_get_point_position (layout, 1, 0, &x, &y_loss));
  g_assert_cmpfloat (y_loss, >, y_gain);
  g_assert_cmpfloat (y_loss, <=, plot.y + plot.height + 0.5);

  gpm_chart_layout_free (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stack/absolute", test_absolute);
  g_test_add_func ("/stack/negative", test_negative_goes_down);
  g_test_add_func ("/stack/percent", test_percent);
  g_test_add_func ("/stack/empty", test_empty);
  g_test_add_func ("/stack/shares", test_shares);
  g_test_add_func ("/stack/share-axis-negative", test_share_axis_negative);

  return g_test_run ();
}
