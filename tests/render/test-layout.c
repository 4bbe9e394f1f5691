/* test-layout.c — at 320×240 up to 3840×2160, in English and Chinese, every chart lays
 * out: title, legend, tick labels, axis titles, data labels and footer lie inside the
 * picture and none overlaps another. A size too small is refused with the minimum. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sample-charts.h"

static const double sizes[][2] = {
  { 320, 240 }, { 640, 360 }, { 1920, 1080 }, { 3840, 2160 },
};

static gboolean
intersect (const cairo_rectangle_t *a,
           const cairo_rectangle_t *b)
{
  const double e = 0.01;

  return a->x + e < b->x + b->width && b->x + e < a->x + a->width
         && a->y + e < b->y + b->height && b->y + e < a->y + a->height;
}

static gboolean
inside (const cairo_rectangle_t *inner,
        const cairo_rectangle_t *outer)
{
  const double e = 0.01;

  return inner->x >= outer->x - e && inner->y >= outer->y - e
         && inner->x + inner->width <= outer->x + outer->width + e
         && inner->y + inner->height <= outer->y + outer->height + e;
}

static const char *
kind_name (GpmChartBoxKind kind)
{
  static const char *names[] = {
    "title", "subtitle", "legend", "legend item", "axis title", "x tick label",
    "y tick label", "data label", "footer", "plot",
  };

  return names[kind];
}

/* Items sit in the legend; the plot holds marks and data labels. */
static gboolean
exempt (GpmChartBoxKind a,
        GpmChartBoxKind b)
{
  if (a == GPM_CHART_BOX_PLOT || b == GPM_CHART_BOX_PLOT)
    return TRUE;

  return (a == GPM_CHART_BOX_LEGEND && b == GPM_CHART_BOX_LEGEND_ITEM)
         || (b == GPM_CHART_BOX_LEGEND && a == GPM_CHART_BOX_LEGEND_ITEM);
}

static void
assert_layout (const GpmChartLayout *layout,
               const char           *what,
               double                width,
               double                height)
{
  cairo_rectangle_t picture = { 0, 0, width, height };
  const GpmChartBox *legend = NULL;
  guint n = gpm_chart_layout_get_n_boxes (layout);
  guint counts[GPM_CHART_BOX_PLOT + 1] = { 0 };

  for (guint i = 0; i < n; i++)
    {
      const GpmChartBox *box = gpm_chart_layout_get_box (layout, i);

      counts[box->kind]++;
      if (box->kind == GPM_CHART_BOX_LEGEND)
        legend = box;
      if (!inside (&box->rect, &picture))
        g_error ("%s: %s “%s” (%.1f, %.1f, %.1f × %.1f) leaves the picture", what,
                 kind_name (box->kind), box->text != NULL ? box->text : "", box->rect.x,
                 box->rect.y, box->rect.width, box->rect.height);
      g_assert_cmpfloat (box->rect.width, >, 0);
      g_assert_cmpfloat (box->rect.height, >, 0);
    }

  g_assert_cmpuint (counts[GPM_CHART_BOX_TITLE], ==, 1);
  g_assert_cmpuint (counts[GPM_CHART_BOX_FOOTER], ==, 1);
  g_assert_cmpuint (counts[GPM_CHART_BOX_LEGEND], ==, 1);
  g_assert_cmpuint (counts[GPM_CHART_BOX_LEGEND_ITEM], >=, 1);
  g_assert_nonnull (legend);

  for (guint i = 0; i < n; i++)
    {
      const GpmChartBox *a = gpm_chart_layout_get_box (layout, i);

      if (a->kind == GPM_CHART_BOX_PLOT)
        continue;
      if (a->kind == GPM_CHART_BOX_LEGEND_ITEM && !inside (&a->rect, &legend->rect))
        g_error ("%s: legend item “%s” outside the legend", what, a->text);

      for (guint j = i + 1; j < n; j++)
        {
          const GpmChartBox *b = gpm_chart_layout_get_box (layout, j);

          if (exempt (a->kind, b->kind))
            continue;
          if (intersect (&a->rect, &b->rect))
            g_error ("%s: %s “%s” overlaps %s “%s”", what, kind_name (a->kind),
                     a->text != NULL ? a->text : "", kind_name (b->kind),
                     b->text != NULL ? b->text : "");
        }
    }
}

static void
check_chart (const char  *name,
             GpmLanguage  language,
             gboolean     presentation)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GpmChartData) data = sample_chart (name, language);
      g_autoptr(GpmChartStyle) style =
        presentation ? gpm_chart_style_new_presentation (GPM_CHART_THEME_LIGHT, language)
                     : gpm_chart_style_new (GPM_CHART_THEME_LIGHT, language);
      g_autoptr(GpmChartLayout) layout = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("%s (%s%s) at %g×%g", name,
                                               gpm_language_to_string (language),
                                               presentation ? ", presentation" : "",
                                               sizes[s][0], sizes[s][1]);
      cairo_surface_t *surface;

      if (presentation && sizes[s][0] < 1000)
        continue;

      g_test_message ("%s", what);
      if (!gpm_chart_layout_check (sizes[s][0], sizes[s][1], data, style, &error))
        g_error ("%s: %s", what, error->message);
      surface = sample_render (data, style, sizes[s][0], sizes[s][1], 1, &layout);
      assert_layout (layout, what, sizes[s][0], sizes[s][1]);
      cairo_surface_destroy (surface);
    }
}

static void
test_chart (gconstpointer user_data)
{
  const char *name = user_data;

  check_chart (name, GPM_LANGUAGE_EN, FALSE);
  check_chart (name, GPM_LANGUAGE_ZH_CN, FALSE);
  check_chart (name, GPM_LANGUAGE_ZH_TW, FALSE);
  check_chart (name, GPM_LANGUAGE_EN, TRUE);
}

static void
test_too_small (void)
{
  g_autoptr(GpmChartData) data = sample_chart ("combo", GPM_LANGUAGE_EN);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT, GPM_LANGUAGE_EN);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmChartLayout) layout = NULL;
  cairo_surface_t *surface;
  int need_width = 0, need_height = 0;
  const char *at_least;

  g_assert_false (gpm_chart_layout_check (160, 100, data, style, &error));
  g_assert_error (error, GPM_CHART_RENDER_ERROR, GPM_CHART_RENDER_ERROR_TOO_SMALL);
  g_test_message ("%s", error->message);
  at_least = strstr (error->message, "at least ");
  g_assert_nonnull (at_least);
  g_assert_cmpint (sscanf (at_least, "at least %d × %d", &need_width, &need_height), ==, 2);

  /* The size it names is enough, and just under it is not. */
  g_assert_true (gpm_chart_layout_check (need_width, need_height, data, style, NULL));
  g_assert_false (gpm_chart_layout_check (need_width, need_height - 2, data, style, NULL));
  g_assert_cmpint (need_width, >=, 160);

  /* Drawing anyway shows a message instead of a jumble. */
  surface = sample_render (data, style, 160, 100, 1, &layout);
  g_assert_cmpuint (gpm_chart_layout_get_n_boxes (layout), ==, 1);
  cairo_surface_destroy (surface);

  g_clear_error (&error);
  gpm_chart_style_set_language (style, GPM_LANGUAGE_ZH_CN);
  g_assert_false (gpm_chart_layout_check (100, 80, data, style, &error));
  g_assert_nonnull (strstr (error->message, "至少需要"));
}

/* No series at all: the title and a message instead of an empty frame. */
static void
test_empty (void)
{
  g_autoptr(GpmChartData) data = gpm_chart_data_new (GPM_CHART_TYPE_LINE);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_DARK,
                                                        GPM_LANGUAGE_ZH_TW);
  g_autoptr(GpmChartLayout) layout = NULL;
  GpmChartSeries *series = gpm_chart_series_new ("metax", "沐曦", "CNY", GPM_VALUE_KIND_MONEY);
  gboolean message = FALSE;

  gpm_chart_data_set_title (data, "沒有資料");
  gpm_chart_data_add_series (data, series);
  gpm_chart_series_unref (series);
  g_assert_true (gpm_chart_layout_check (320, 240, data, style, NULL));
  cairo_surface_destroy (sample_render (data, style, 320, 240, 1, &layout));
  for (guint i = 0; i < gpm_chart_layout_get_n_boxes (layout); i++)
    {
      const GpmChartBox *box = gpm_chart_layout_get_box (layout, i);

      message |= box->kind == GPM_CHART_BOX_DATA_LABEL
                 && g_strcmp0 (box->text, "所選範圍內沒有資料") == 0;
      g_assert_cmpint (box->kind, !=, GPM_CHART_BOX_PLOT);
    }
  g_assert_true (message);
  g_assert_false (gpm_chart_layout_hit_test (layout, 160, 120, NULL, NULL));
}

/* Log scale with a loss in the data cannot be: the axis stays linear, and still fits. */
static void
test_log (void)
{
  g_autoptr(GpmChartData) positive = sample_chart ("grouped-bar", GPM_LANGUAGE_EN);
  g_autoptr(GpmChartData) losses = sample_chart ("combo", GPM_LANGUAGE_EN);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT, GPM_LANGUAGE_EN);
  g_autoptr(GpmChartLayout) log_layout = NULL;
  g_autoptr(GpmChartLayout) linear_layout = NULL;
  gboolean decade = FALSE, zero = FALSE;

  gpm_chart_data_set_chart_type (positive, GPM_CHART_TYPE_LINE);
  gpm_chart_data_set_log_scale (positive, TRUE);
  gpm_chart_data_set_log_scale (losses, TRUE);
  cairo_surface_destroy (sample_render (positive, style, 640, 400, 1, &log_layout));
  cairo_surface_destroy (sample_render (losses, style, 640, 400, 1, &linear_layout));
  assert_layout (log_layout, "log scale", 640, 400);
  assert_layout (linear_layout, "log scale with losses", 640, 400);

  for (guint i = 0; i < gpm_chart_layout_get_n_boxes (log_layout); i++)
    decade |= g_strcmp0 (gpm_chart_layout_get_box (log_layout, i)->text, "¥100M") == 0;
  for (guint i = 0; i < gpm_chart_layout_get_n_boxes (linear_layout); i++)
    zero |= g_strcmp0 (gpm_chart_layout_get_box (linear_layout, i)->text, "0") == 0;
  g_assert_true (decade);
  g_assert_true (zero);
}

int
main (int   argc,
      char *argv[])
{
  const char * const *names = sample_chart_names ();

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/layout/%s", names[i]);

      g_test_add_data_func (path, names[i], test_chart);
    }
  g_test_add_func ("/layout/too-small", test_too_small);
  g_test_add_func ("/layout/empty", test_empty);
  g_test_add_func ("/layout/log", test_log);

  return g_test_run ();
}
