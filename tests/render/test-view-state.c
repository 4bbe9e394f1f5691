/* test-view-state.c — what the reader changes in a chart, drawn by the renderer.
 *
 * A hidden series draws no marks and leaves the value axis, while its legend entry
 * stays and answers a click; a zoomed time axis labels only the span shown and clips
 * the marks to the plot; the hover overlay, the legend focus ring and the event markers
 * stay inside the plot (or around their legend entry); and a copy of the style keeps it
 * all, so an export draws what the view shows.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gpm-time-axis.h"
#include "sample-charts.h"

#define WIDTH  640
#define HEIGHT 400

/* Two yearly series, 2015–2024: a small one and, on the same axis, a big one. */
static GpmChartData *
two_series (GpmChartType type)
{
  GpmChartData *data = gpm_chart_data_new (type);
  g_autoptr(GpmChartSeries) small = gpm_chart_series_new ("nvidia", "Small", "CNY",
                                                          GPM_VALUE_KIND_MONEY);
  /* Units of one yuan: the labels read "¥20" and "¥10K". */
  g_autoptr(GpmChartSeries) big = gpm_chart_series_new ("huawei", "Big", "CNY",
                                                        GPM_VALUE_KIND_MONEY);

  for (int year = 2015; year <= 2024; year++)
    {
      g_autofree char *period = g_strdup_printf ("%d", year);
      double start, end;

      gpm_time_span_year (year, &start, &end);
      gpm_chart_series_add_point (small, start, end, period, 10.0 + year - 2015);
      gpm_chart_series_add_point (big, start, end, period, 1000.0 * (year - 2014));
    }
  gpm_chart_data_set_title (data, "Two series");
  gpm_chart_data_add_series (data, small);
  gpm_chart_data_add_series (data, big);

  return data;
}

static GpmChartStyle *
light_style (void)
{
  return gpm_chart_style_new (GPM_CHART_THEME_LIGHT, GPM_LANGUAGE_EN);
}

/* Pixels within @tolerance of @color inside @rect. */
static guint
count_color (cairo_surface_t         *surface,
             const cairo_rectangle_t *rect,
             const GpmRgba           *color,
             int                      tolerance)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *pixels = cairo_image_surface_get_data (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int r = (int) round (color->red * 255), g = (int) round (color->green * 255);
  int b = (int) round (color->blue * 255);
  guint count = 0;

  for (int y = MAX ((int) rect->y, 0); y < MIN ((int) (rect->y + rect->height), height); y++)
    for (int x = MAX ((int) rect->x, 0); x < MIN ((int) (rect->x + rect->width), width); x++)
      {
        guint32 p = *(const guint32 *) (pixels + y * stride + x * 4);

        if (abs ((int) ((p >> 16) & 0xff) - r) <= tolerance
            && abs ((int) ((p >> 8) & 0xff) - g) <= tolerance
            && abs ((int) (p & 0xff) - b) <= tolerance)
          count++;
      }

  return count;
}

/* The number on the highest value-axis label: "¥1,000" reads 1000. */
static double
top_tick_value (GpmChartLayout *layout)
{
  double top_y = G_MAXDOUBLE, value = 0;

  for (guint i = 0; i < gpm_chart_layout_get_n_boxes (layout); i++)
    {
      const GpmChartBox *box = gpm_chart_layout_get_box (layout, i);
      g_autoptr(GString) digits = g_string_new (NULL);

      if (box->kind != GPM_CHART_BOX_Y_TICK_LABEL || box->rect.y >= top_y)
        continue;
      for (const char *c = box->text; *c != '\0'; c++)
        if (g_ascii_isdigit (*c) || *c == '.')
          g_string_append_c (digits, *c);
      top_y = box->rect.y;
      value = g_ascii_strtod (digits->str, NULL);
      if (strchr (box->text, 'K') != NULL)
        value *= 1e3;
      else if (strchr (box->text, 'M') != NULL)
        value *= 1e6;
    }

  return value;
}

static void
test_hidden_series (void)
{
  g_autoptr(GpmChartData) data = two_series (GPM_CHART_TYPE_LINE);
  g_autoptr(GpmChartStyle) style = light_style ();
  g_autoptr(GpmChartLayout) shown = NULL;
  g_autoptr(GpmChartLayout) hidden = NULL;
  cairo_surface_t *before, *after;
  cairo_rectangle_t plot, box;
  GpmRgba big_color, small_color;
  guint series = G_MAXUINT;

  before = sample_render (data, style, WIDTH, HEIGHT, 1, &shown);
  gpm_chart_style_set_series_hidden (style, 1, TRUE);
  g_assert_true (gpm_chart_style_get_series_hidden (style, 1));
  g_assert_cmpuint (gpm_chart_style_get_n_hidden (style), ==, 1);
  after = sample_render (data, style, WIDTH, HEIGHT, 1, &hidden);

  /* No marks to hover, no pixels of its colour in the plot. */
  for (guint p = 0; p < 10; p++)
    {
      g_assert_true (gpm_chart_layout_get_point_position (hidden, 0, p, NULL, NULL));
      g_assert_false (gpm_chart_layout_get_point_position (hidden, 1, p, NULL, NULL));
    }
  gpm_chart_layout_get_plot_area (hidden, &plot);
  gpm_chart_style_get_series_color (style, "huawei", &big_color);
  gpm_chart_style_get_series_color (style, "nvidia", &small_color);
  g_assert_cmpuint (count_color (before, &plot, &big_color, 8), >, 50);
  g_assert_cmpuint (count_color (after, &plot, &big_color, 8), ==, 0);
  g_assert_cmpuint (count_color (after, &plot, &small_color, 8), >, 50);

  /* It leaves the axis: the small series' 10…19 now fills the plot. */
  g_assert_cmpfloat (top_tick_value (shown), >=, 10000.0);
  g_assert_cmpfloat (top_tick_value (hidden), <=, 20.0);

  /* Its legend entry stays, and a click on it finds it. */
  g_assert_true (gpm_chart_layout_get_legend_box (hidden, 1, &box));
  g_assert_true (gpm_chart_layout_legend_hit_test (hidden, box.x + box.width / 2,
                                                   box.y + box.height / 2, &series));
  g_assert_cmpuint (series, ==, 1);

  /* The overlay has nothing to show for a hidden point. */
  {
    cairo_t *cr = cairo_create (after);

    g_assert_false (gpm_chart_render_hover (cr, hidden, data, style, 1, 3));
    g_assert_true (gpm_chart_render_hover (cr, hidden, data, style, 0, 3));
    cairo_destroy (cr);
  }

  cairo_surface_destroy (before);
  cairo_surface_destroy (after);
}

static void
test_all_hidden (void)
{
  g_autoptr(GpmChartData) data = two_series (GPM_CHART_TYPE_BAR);
  g_autoptr(GpmChartStyle) style = light_style ();
  g_autoptr(GpmChartLayout) layout = NULL;
  guint legend_items = 0;
  gboolean message = FALSE;

  gpm_chart_style_set_series_hidden (style, 0, TRUE);
  gpm_chart_style_set_series_hidden (style, 1, TRUE);
  cairo_surface_destroy (sample_render (data, style, WIDTH, HEIGHT, 1, &layout));

  for (guint i = 0; i < gpm_chart_layout_get_n_boxes (layout); i++)
    {
      const GpmChartBox *box = gpm_chart_layout_get_box (layout, i);

      legend_items += box->kind == GPM_CHART_BOX_LEGEND_ITEM && box->series_index >= 0;
      message |= box->text != NULL && strstr (box->text, "hidden") != NULL;
    }
  g_assert_cmpuint (legend_items, ==, 2);
  g_assert_true (message);

  gpm_chart_style_show_all_series (style);
  g_assert_cmpuint (gpm_chart_style_get_n_hidden (style), ==, 0);
}

static void
test_x_range (void)
{
  g_autoptr(GpmChartData) data = two_series (GPM_CHART_TYPE_LINE);
  g_autoptr(GpmChartStyle) style = light_style ();
  g_autoptr(GpmChartLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_rectangle_t plot, left, right;
  double from = gpm_days_from_date (2018, 1, 1), to = gpm_days_from_date (2020, 1, 1);
  double start, end, full_start, full_end;
  GpmRgba color;
  guint labels = 0;

  gpm_chart_style_set_x_range (style, from, to);
  surface = sample_render (data, style, WIDTH, HEIGHT, 1, &layout);

  gpm_chart_layout_get_x_range (layout, &start, &end);
  gpm_chart_layout_get_full_x_range (layout, &full_start, &full_end);
  g_assert_cmpfloat (start, ==, from);
  g_assert_cmpfloat (end, ==, to);
  g_assert_cmpfloat (full_start, ==, gpm_days_from_date (2015, 1, 1));
  g_assert_cmpfloat (full_end, ==, gpm_days_from_date (2025, 1, 1));

  /* Ticks for the span shown: the two years in it, inside the plot's width. */
  gpm_chart_layout_get_plot_area (layout, &plot);
  for (guint i = 0; i < gpm_chart_layout_get_n_boxes (layout); i++)
    {
      const GpmChartBox *box = gpm_chart_layout_get_box (layout, i);

      if (box->kind != GPM_CHART_BOX_X_TICK_LABEL)
        continue;
      g_assert_true (g_str_equal (box->text, "2018") || g_str_equal (box->text, "2019"));
      g_assert_cmpfloat (box->rect.x, >=, plot.x - 4);
      g_assert_cmpfloat (box->rect.x + box->rect.width, <=, plot.x + plot.width + 4);
      labels++;
    }
  g_assert_cmpuint (labels, ==, 2);

  /* Marks outside the span are gone; those inside are inside the plot. */
  for (guint s = 0; s < 2; s++)
    for (guint p = 0; p < 10; p++)
      {
        double x, y;
        gboolean visible = p == 3 || p == 4;   /* 2018, 2019 */

        g_assert_cmpint (gpm_chart_layout_get_point_position (layout, s, p, &x, &y), ==,
                         visible);
        if (visible)
          g_assert_cmpfloat (fabs (x - (plot.x + plot.width * (p == 3 ? 0.25 : 0.75))), <, 2);
      }

  /* The lines run on towards 2017 and 2020 but are cut at the plot's sides. */
  gpm_chart_style_get_series_color (style, "nvidia", &color);
  left = (cairo_rectangle_t) { 0, plot.y, plot.x - 1, plot.height };
  right = (cairo_rectangle_t) { plot.x + plot.width + 1, plot.y,
                                WIDTH - plot.x - plot.width - 1, plot.height };
  g_assert_cmpuint (count_color (surface, &plot, &color, 8), >, 50);
  g_assert_cmpuint (count_color (surface, &left, &color, 8), ==, 0);
  g_assert_cmpuint (count_color (surface, &right, &color, 8), ==, 0);

  cairo_surface_destroy (surface);
}

/* Bars cut by the zoom are hit only where they show. */
static void
test_x_range_bars (void)
{
  g_autoptr(GpmChartData) data = two_series (GPM_CHART_TYPE_BAR);
  g_autoptr(GpmChartStyle) style = light_style ();
  g_autoptr(GpmChartLayout) layout = NULL;
  cairo_rectangle_t plot;
  guint series, point;

  /* From the middle of 2018 to the middle of 2019. */
  gpm_chart_style_set_x_range (style, gpm_days_from_date (2018, 7, 1),
                               gpm_days_from_date (2019, 7, 1));
  cairo_surface_destroy (sample_render (data, style, WIDTH, HEIGHT, 1, &layout));
  gpm_chart_layout_get_plot_area (layout, &plot);

  g_assert_true (gpm_chart_layout_hit_test (layout, plot.x + 3, plot.y + plot.height - 2,
                                            &series, &point));
  g_assert_cmpuint (point, ==, 3);
  g_assert_false (gpm_chart_layout_hit_test (layout, plot.x - 12, plot.y + plot.height - 2,
                                             NULL, NULL));
  g_assert_false (gpm_chart_layout_get_point_position (layout, 0, 2, NULL, NULL));
}

/* Differing pixels between two surfaces, and their bounding box. */
static guint
diff_box (cairo_surface_t   *a,
          cairo_surface_t   *b,
          cairo_rectangle_t *box)
{
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *pa = cairo_image_surface_get_data (a);
  const guint8 *pb = cairo_image_surface_get_data (b);
  int x0 = G_MAXINT, y0 = G_MAXINT, x1 = -1, y1 = -1;
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (a); y++)
    for (int x = 0; x < cairo_image_surface_get_width (a); x++)
      if (*(const guint32 *) (pa + y * stride + x * 4) != *(const guint32 *) (pb + y * stride
                                                                                + x * 4))
        {
          x0 = MIN (x0, x);
          y0 = MIN (y0, y);
          x1 = MAX (x1, x);
          y1 = MAX (y1, y);
          n++;
        }
  *box = (cairo_rectangle_t) { x0, y0, x1 - x0 + 1, y1 - y0 + 1 };

  return n;
}

static cairo_surface_t *
copy_surface (cairo_surface_t *surface)
{
  cairo_surface_t *copy = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                      cairo_image_surface_get_width (surface),
                                                      cairo_image_surface_get_height (surface));
  cairo_t *cr = cairo_create (copy);

  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (copy);

  return copy;
}

static void
check_hover_inside (const char *name,
                    guint       series,
                    guint       point)
{
  g_autoptr(GpmChartData) data = sample_chart (name, GPM_LANGUAGE_EN);
  g_autoptr(GpmChartStyle) style = light_style ();
  g_autoptr(GpmChartLayout) layout = NULL;
  cairo_surface_t *chart = sample_render (data, style, WIDTH, HEIGHT, 1, &layout);
  cairo_surface_t *hover = copy_surface (chart);
  cairo_rectangle_t plot, box;
  cairo_t *cr = cairo_create (hover);
  double margin = 12.0;

  g_assert_true (gpm_chart_render_hover (cr, layout, data, style, series, point));
  cairo_destroy (cr);
  cairo_surface_flush (hover);

  /* Drawn only within the areas it names, it is the same picture: a view may repaint
   * just those. */
  {
    cairo_rectangle_t areas[GPM_CHART_OVERLAY_AREAS];
    cairo_surface_t *clipped = copy_surface (chart);
    guint n = gpm_chart_hover_areas (layout, data, series, point, areas);

    g_assert_cmpuint (n, >, 0);
    for (guint i = 0; i < n; i++)
      {
        cr = cairo_create (clipped);
        cairo_rectangle (cr, areas[i].x, areas[i].y, areas[i].width, areas[i].height);
        cairo_clip (cr);
        gpm_chart_render_hover (cr, layout, data, style, series, point);
        cairo_destroy (cr);
      }
    cairo_surface_flush (clipped);
    g_assert_cmpuint (diff_box (hover, clipped, &box), ==, 0);
    cairo_surface_destroy (clipped);
  }

  gpm_chart_layout_get_plot_area (layout, &plot);
  g_assert_cmpuint (diff_box (chart, hover, &box), >, 20);
  g_test_message ("%s: overlay %g,%g %g×%g in plot %g,%g %g×%g", name, box.x, box.y,
                  box.width, box.height, plot.x, plot.y, plot.width, plot.height);
  g_assert_cmpfloat (box.x, >=, plot.x - margin);
  g_assert_cmpfloat (box.y, >=, plot.y - margin);
  g_assert_cmpfloat (box.x + box.width, <=, plot.x + plot.width + margin);
  g_assert_cmpfloat (box.y + box.height, <=, plot.y + plot.height + margin);

  cairo_surface_destroy (chart);
  cairo_surface_destroy (hover);
}

static void
test_hover_overlay (void)
{
  check_hover_inside ("line", 0, 0);
  check_hover_inside ("combo", 1, 2);
  check_hover_inside ("bar", 0, 1);
  check_hover_inside ("donut", 0, 0);
  check_hover_inside ("scatter", 0, 0);
}

static void
test_legend_focus (void)
{
  g_autoptr(GpmChartData) data = sample_chart ("combo", GPM_LANGUAGE_ZH_CN);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_DARK,
                                                        GPM_LANGUAGE_ZH_CN);
  g_autoptr(GpmChartLayout) layout = NULL;
  cairo_surface_t *chart = sample_render (data, style, WIDTH, HEIGHT, 1, &layout);
  cairo_surface_t *focus = copy_surface (chart);
  cairo_rectangle_t legend, box;
  cairo_t *cr = cairo_create (focus);

  g_assert_true (gpm_chart_render_legend_focus (cr, layout, style, 2));
  g_assert_false (gpm_chart_render_legend_focus (cr, layout, style, 9));
  cairo_destroy (cr);
  cairo_surface_flush (focus);

  g_assert_true (gpm_chart_layout_get_legend_box (layout, 2, &legend));
  g_assert_cmpuint (diff_box (chart, focus, &box), >, 20);
  g_assert_cmpfloat (box.x, >=, legend.x - 5);
  g_assert_cmpfloat (box.y, >=, legend.y - 5);
  g_assert_cmpfloat (box.x + box.width, <=, legend.x + legend.width + 5);
  g_assert_cmpfloat (box.y + box.height, <=, legend.y + legend.height + 5);

  cairo_surface_destroy (chart);
  cairo_surface_destroy (focus);
}

static GPtrArray *
sample_events (void)
{
  GPtrArray *events = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_chart_event_free);
  double start, end;

  gpm_time_span_year (2023, &start, &end);
  g_ptr_array_add (events, gpm_chart_event_new (11, start, end, "export-control",
                                                "Export rule", "2023"));
  g_ptr_array_add (events, gpm_chart_event_new (12, start, end, "market", "Tender", "2023"));
  gpm_time_span_day (2019, 6, 30, &start, &end);
  g_ptr_array_add (events, gpm_chart_event_new (13, start, end, "capital", "Listing",
                                                "2019-06-30"));
  gpm_time_span_year (2010, &start, &end);
  g_ptr_array_add (events, gpm_chart_event_new (14, start, end, "product", "Too early",
                                                "2010"));

  return events;
}

static void
test_events (void)
{
  g_autoptr(GpmChartData) data = two_series (GPM_CHART_TYPE_LINE);
  g_autoptr(GpmChartStyle) style = light_style ();
  g_autoptr(GPtrArray) events = sample_events ();
  g_autoptr(GpmChartLayout) layout = NULL;
  g_autoptr(GpmChartStyle) copy = NULL;
  cairo_rectangle_t plot;
  double x0, y0, x1, y1, x, y;
  guint index = G_MAXUINT;

  gpm_chart_style_set_events (style, events);
  cairo_surface_destroy (sample_render (data, style, WIDTH, HEIGHT, 1, &layout));
  gpm_chart_layout_get_plot_area (layout, &plot);

  /* The one from 2010 is outside the data's span. */
  g_assert_cmpuint (gpm_chart_layout_get_n_events (layout), ==, 3);
  g_assert_false (gpm_chart_layout_get_event_position (layout, 3, NULL, NULL));

  /* Same span: one above the other, at the top of the plot, in 2023's middle. */
  g_assert_true (gpm_chart_layout_get_event_position (layout, 0, &x0, &y0));
  g_assert_true (gpm_chart_layout_get_event_position (layout, 1, &x1, &y1));
  g_assert_cmpfloat (fabs (x0 - x1), <, 0.01);
  g_assert_cmpfloat (fabs (y0 - y1), >, 8);
  g_assert_cmpfloat (MIN (y0, y1), >=, plot.y);
  g_assert_cmpfloat (MAX (y0, y1), <, plot.y + plot.height / 4);
  g_assert_cmpfloat (fabs (x0 - (plot.x + plot.width * 0.85)), <, 2);

  /* The symbol and, lower down, the line answer the pointer. */
  g_assert_true (gpm_chart_layout_get_event_position (layout, 2, &x, &y));
  g_assert_true (gpm_chart_layout_event_hit_test (layout, x + 2, y - 2, &index));
  g_assert_cmpuint (index, ==, 2);
  g_assert_true (gpm_chart_layout_event_hit_test (layout, x + 1, plot.y + plot.height - 5,
                                                  &index));
  g_assert_cmpuint (index, ==, 2);
  g_assert_false (gpm_chart_layout_event_hit_test (layout, x + 30, plot.y + plot.height - 5,
                                                   NULL));

  /* A copy of the style, as an export takes it, keeps the events, zoom and hidden set. */
  gpm_chart_style_set_series_hidden (style, 1, TRUE);
  gpm_chart_style_set_x_range (style, 17000, 18000);
  copy = gpm_chart_style_copy (style);
  g_assert_true (gpm_chart_style_get_events (copy) == events);
  g_assert_true (gpm_chart_style_get_series_hidden (copy, 1));
  g_assert_true (gpm_chart_style_get_x_range (copy, &x0, &x1));
  g_assert_cmpfloat (x0, ==, 17000);
  gpm_chart_style_unset_x_range (style);
  g_assert_false (gpm_chart_style_get_x_range (style, NULL, NULL));
  g_assert_true (gpm_chart_style_get_x_range (copy, NULL, NULL));
}

/* The hovered event is drawn over the plot and nowhere else. */
static void
test_event_hover (void)
{
  g_autoptr(GpmChartData) data = two_series (GPM_CHART_TYPE_LINE);
  g_autoptr(GpmChartStyle) style = light_style ();
  g_autoptr(GPtrArray) events = sample_events ();
  g_autoptr(GpmChartLayout) layout = NULL;
  cairo_surface_t *chart, *hover;
  cairo_rectangle_t plot, box;
  cairo_t *cr;

  gpm_chart_style_set_events (style, events);
  chart = sample_render (data, style, WIDTH, HEIGHT, 1, &layout);
  hover = copy_surface (chart);
  cr = cairo_create (hover);
  g_assert_true (gpm_chart_render_event_hover (cr, layout, style, 2));
  g_assert_false (gpm_chart_render_event_hover (cr, layout, style, 3));
  cairo_destroy (cr);
  cairo_surface_flush (hover);

  gpm_chart_layout_get_plot_area (layout, &plot);
  g_assert_cmpuint (diff_box (chart, hover, &box), >, 20);
  g_assert_cmpfloat (box.y, >=, plot.y - 2);
  g_assert_cmpfloat (box.y + box.height, <=, plot.y + plot.height + 1);

  /* The same within its areas alone. */
  {
    cairo_rectangle_t areas[GPM_CHART_OVERLAY_AREAS];
    cairo_surface_t *clipped = copy_surface (chart);
    guint n = gpm_chart_event_hover_areas (layout, 2, areas);

    g_assert_cmpuint (n, ==, 2);
    for (guint i = 0; i < n; i++)
      {
        cr = cairo_create (clipped);
        cairo_rectangle (cr, areas[i].x, areas[i].y, areas[i].width, areas[i].height);
        cairo_clip (cr);
        gpm_chart_render_event_hover (cr, layout, style, 2);
        cairo_destroy (cr);
      }
    cairo_surface_flush (clipped);
    g_assert_cmpuint (diff_box (hover, clipped, &box), ==, 0);
    cairo_surface_destroy (clipped);
  }

  cairo_surface_destroy (chart);
  cairo_surface_destroy (hover);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/view-state/hidden-series", test_hidden_series);
  g_test_add_func ("/view-state/all-hidden", test_all_hidden);
  g_test_add_func ("/view-state/x-range", test_x_range);
  g_test_add_func ("/view-state/x-range-bars", test_x_range_bars);
  g_test_add_func ("/view-state/hover-overlay", test_hover_overlay);
  g_test_add_func ("/view-state/legend-focus", test_legend_focus);
  g_test_add_func ("/view-state/events", test_events);
  g_test_add_func ("/view-state/event-hover", test_event_hover);

  return g_test_run ();
}
