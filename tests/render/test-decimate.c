/* test-decimate.c — the per-column summary keeps every column's extremes, and a
 * 100,000-point random walk drawn from it matches the drawing of every point except for
 * antialiasing: same pixels within a tolerance, and the same top and bottom in every
 * pixel column (no peak lost). */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-decimate.h"

#define MIN3(a, b, c) MIN (MIN ((a), (b)), (c))
#define MAX3(a, b, c) MAX (MAX ((a), (b)), (c))
#include "sample-charts.h"

static void
test_columns (void)
{
  enum { N = 20000, COLUMNS = 300 };
  g_autofree double *x = g_new (double, N);
  g_autofree double *y = g_new (double, N);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GpmDecimation) decimation = NULL;
  double x0 = 100.0, x1 = 900.0;

  for (guint i = 0; i < N; i++)
    {
      x[i] = i * 1000.0 / N;   /* 0 … 1000: some points fall left and right of the range */
      y[i] = g_rand_double_range (rand, -1, 1);
    }
  y[N / 2] = NAN;

  decimation = gpm_decimate (x, NULL, y, N, x0, x1, COLUMNS);
  g_assert_nonnull (decimation);
  g_assert_cmpuint (gpm_decimation_get_n_columns (decimation), ==, COLUMNS);
  g_assert_true (gpm_decimation_matches (decimation, N, x0, x1, COLUMNS));
  g_assert_false (gpm_decimation_matches (decimation, N, x0, x1, COLUMNS + 1));
  g_assert_cmpfloat (x[gpm_decimation_get_before (decimation)], <, x0);
  g_assert_cmpfloat (x[gpm_decimation_get_before (decimation) + 1], >=, x0);
  g_assert_cmpfloat (x[gpm_decimation_get_after (decimation)], >, x1);

  /* Brute force: every column's min, max, first and last. */
  for (guint c = 0; c < COLUMNS; c++)
    {
      const GpmDecimatedColumn *column = gpm_decimation_get_column (decimation, c);
      double lo = INFINITY, hi = -INFINITY;
      guint count = 0, first = G_MAXUINT, last = 0;
      guint32 indices[4];
      guint n;

      for (guint i = 0; i < N; i++)
        {
          double cx = floor ((x[i] - x0) * (COLUMNS / (x1 - x0)));

          if (x[i] < x0 || x[i] > x1 || isnan (y[i]) || (guint) MIN (cx, COLUMNS - 1.0) != c)
            continue;
          lo = MIN (lo, y[i]);
          hi = MAX (hi, y[i]);
          first = MIN (first, i);
          last = i;
          count++;
        }

      g_assert_cmpuint (column->count, ==, count);
      g_assert_cmpfloat (y[column->min], ==, lo);
      g_assert_cmpfloat (y[column->max], ==, hi);
      g_assert_cmpuint (column->first, ==, first);
      g_assert_cmpuint (column->last, ==, last);

      /* Drawing order is the points' own order. */
      n = gpm_decimated_column_get_indices (column, indices);
      g_assert_cmpuint (n, >=, 1);
      for (guint k = 1; k < n; k++)
        g_assert_cmpuint (indices[k - 1], <, indices[k]);
    }
}

static void
test_refuses_unsorted (void)
{
  double x[] = { 0, 2, 1, 3 };
  double y[] = { 0, 1, 2, 3 };

  g_assert_null (gpm_decimate (x, NULL, y, G_N_ELEMENTS (x), 0, 3, 10));
}

/* Topmost and bottommost pixel in each pixel column that the series' green touches at
 * all (grid, text and background are grey or white: green minus red is about zero). */
static void
column_extents (cairo_surface_t *surface,
                int             *top,
                int             *bottom)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);

  for (int x = 0; x < width; x++)
    {
      top[x] = -1;
      bottom[x] = -1;
      for (int y = 0; y < height; y++)
        {
          guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
          int red = (pixel >> 16) & 0xff, green = (pixel >> 8) & 0xff;

          if (green - red > 24)
            {
              if (top[x] < 0)
                top[x] = y;
              bottom[x] = y;
            }
        }
    }
}

static void
test_matches_naive (void)
{
  g_autoptr(GpmChartData) data = sample_random_walk (100000, 3);
  g_autoptr(GpmChartStyle) fast = gpm_chart_style_new (GPM_CHART_THEME_LIGHT, GPM_LANGUAGE_EN);
  g_autoptr(GpmChartStyle) naive = gpm_chart_style_copy (fast);
  g_autoptr(GpmChartLayout) layout = NULL;
  cairo_surface_t *a, *b;
  cairo_rectangle_t plot;
  int width = 800, height = 400, differing = 0, plot_pixels, stride;
  g_autofree int *top_a = g_new (int, width);
  g_autofree int *bottom_a = g_new (int, width);
  g_autofree int *top_b = g_new (int, width);
  g_autofree int *bottom_b = g_new (int, width);

  gpm_chart_style_set_decimate (naive, FALSE);
  a = sample_render (data, fast, width, height, 1, &layout);
  b = sample_render (data, naive, width, height, 1, NULL);
  gpm_chart_layout_get_plot_area (layout, &plot);
  plot_pixels = (int) (plot.width * plot.height);
  stride = cairo_image_surface_get_stride (a);

  /* The decimated drawing keeps four points a column, not the 125 of the naive one. */
  {
    guint marks = 0;
    double x;

    for (guint p = 0; p < 100000; p++)
      marks += gpm_chart_layout_get_point_position (layout, 0, p, &x, NULL) ? 1 : 0;
    g_assert_cmpuint (marks, <=, 4 * (guint) ceil (plot.width));
    g_assert_cmpuint (marks, >=, (guint) plot.width);
  }

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *pa = cairo_image_surface_get_data (a) + y * stride;
        const guchar *pb = cairo_image_surface_get_data (b) + y * stride;

        for (int k = 0; k < 4; k++)
          if (abs (pa[x * 4 + k] - pb[x * 4 + k]) > 64)
            {
              differing++;
              break;
            }
      }
  g_test_message ("%d of %d plot pixels differ by more than 64", differing, plot_pixels);
  g_assert_cmpint (differing, <=, plot_pixels / 200);

  column_extents (a, top_a, bottom_a);
  column_extents (b, top_b, bottom_b);
  /* Every column's extremes appear in the other picture too, give or take the pixel of
   * antialiasing that a near-vertical stroke spills into its neighbour column. */
  for (int x = (int) plot.x + 1; x < (int) (plot.x + plot.width) - 1; x++)
    {
      g_assert_cmpint (top_a[x] >= 0, ==, top_b[x] >= 0);
      g_assert_cmpint (top_a[x], >=, MIN3 (top_b[x - 1], top_b[x], top_b[x + 1]) - 1);
      g_assert_cmpint (top_b[x], >=, MIN3 (top_a[x - 1], top_a[x], top_a[x + 1]) - 1);
      g_assert_cmpint (bottom_a[x], <=, MAX3 (bottom_b[x - 1], bottom_b[x], bottom_b[x + 1]) + 1);
      g_assert_cmpint (bottom_b[x], <=, MAX3 (bottom_a[x - 1], bottom_a[x], bottom_a[x + 1]) + 1);
    }

  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* A summary prepared elsewhere (the view's worker thread) is used when it fits. */
static void
test_attached (void)
{
  g_autoptr(GpmChartData) data = sample_random_walk (50000, 5);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT, GPM_LANGUAGE_EN);
  g_autoptr(GpmChartLayout) layout = NULL;
  g_autoptr(GpmDecimation) decimation = NULL;
  GpmChartSeries *series = gpm_chart_data_get_series (data, 0);
  cairo_surface_t *first, *second;
  cairo_rectangle_t plot;
  double x0, x1;

  first = sample_render (data, style, 640, 400, 1, &layout);
  gpm_chart_layout_get_plot_area (layout, &plot);
  gpm_chart_layout_get_x_range (layout, &x0, &x1);
  decimation = gpm_decimate (gpm_chart_series_get_x_starts (series),
                             gpm_chart_series_get_x_ends (series),
                             gpm_chart_series_get_values (series),
                             gpm_chart_series_get_n_points (series), x0, x1,
                             (guint) ceil (plot.width));
  gpm_chart_series_set_decimation (series, decimation);
  second = sample_render (data, style, 640, 400, 1, NULL);

  g_assert_cmpint (memcmp (cairo_image_surface_get_data (first),
                           cairo_image_surface_get_data (second),
                           cairo_image_surface_get_stride (first) * 400), ==, 0);
  cairo_surface_destroy (first);
  cairo_surface_destroy (second);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/decimate/columns", test_columns);
  g_test_add_func ("/decimate/refuses-unsorted", test_refuses_unsorted);
  g_test_add_func ("/decimate/matches-naive", test_matches_naive);
  g_test_add_func ("/decimate/attached", test_attached);

  return g_test_run ();
}
