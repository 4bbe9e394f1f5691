/* test-hit-test.c — a pixel maps to the data point drawn there (markers within a few
 * pixels, anywhere on a bar or a donut slice), legend entries map to their series, and
 * the positions are the same, in logical pixels, at 1× and 2×. */

#include "config.h"

#include <string.h>

#include "sample-charts.h"

static GpmChartLayout *
layout_for (const char  *name,
            GpmLanguage  language,
            double       device_scale)
{
  g_autoptr(GpmChartData) data = sample_chart (name, language);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT, language);
  GpmChartLayout *layout = NULL;

  cairo_surface_destroy (sample_render (data, style, 640, 400, device_scale, &layout));

  return layout;
}

static void
test_points (void)
{
  g_autoptr(GpmChartData) data = sample_chart ("combo", GPM_LANGUAGE_EN);
  g_autoptr(GpmChartLayout) layout = layout_for ("combo", GPM_LANGUAGE_EN, 1);
  guint checked = 0;

  for (guint s = 0; s < gpm_chart_data_get_n_series (data); s++)
    {
      GpmChartSeries *series = gpm_chart_data_get_series (data, s);

      for (guint p = 0; p < gpm_chart_series_get_n_points (series); p++)
        {
          double x, y;
          guint hit_series = G_MAXUINT, hit_point = G_MAXUINT;

          g_assert_true (gpm_chart_layout_get_point_position (layout, s, p, &x, &y));
          /* Two net-profit points of 2024 are 2 px apart: aim half a pixel off. */
          g_assert_true (gpm_chart_layout_hit_test (layout, x, y + 0.5, &hit_series,
                                                    &hit_point));
          g_assert_cmpuint (hit_series, ==, s);
          g_assert_cmpuint (hit_point, ==, p);
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 14);
}

/* An isolated marker answers a few pixels away, and not beyond the hit radius. */
static void
test_near (void)
{
  g_autoptr(GpmChartLayout) layout = layout_for ("line", GPM_LANGUAGE_EN, 1);
  guint series = G_MAXUINT, point = G_MAXUINT;
  double x, y;

  g_assert_true (gpm_chart_layout_get_point_position (layout, 0, 0, &x, &y));
  g_assert_true (gpm_chart_layout_hit_test (layout, x + 4, y - 3, &series, &point));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpuint (point, ==, 0);
  g_assert_false (gpm_chart_layout_hit_test (layout, x + 12, y - 12, NULL, NULL));

  /* The margin and the title are no data point. */
  g_assert_false (gpm_chart_layout_hit_test (layout, 3, 3, NULL, NULL));
  g_assert_false (gpm_chart_layout_hit_test (layout, 320, 20, NULL, NULL));

}

static void
test_bar_body (void)
{
  g_autoptr(GpmChartLayout) layout = layout_for ("bar", GPM_LANGUAGE_EN, 1);
  cairo_rectangle_t plot;
  double x, y;
  guint series, point;

  /* 2024's bar, halfway down from its top to the baseline. */
  gpm_chart_layout_get_plot_area (layout, &plot);
  g_assert_true (gpm_chart_layout_get_point_position (layout, 0, 2, &x, &y));
  g_assert_true (gpm_chart_layout_hit_test (layout, x, (y + plot.y + plot.height) / 2,
                                            &series, &point));
  g_assert_cmpuint (point, ==, 2);
  /* Beside the bar, far from any mark. */
  g_assert_false (gpm_chart_layout_hit_test (layout, x - 100, plot.y + plot.height - 2,
                                             NULL, NULL));
}

static void
test_donut (void)
{
  g_autoptr(GpmChartLayout) layout = layout_for ("donut", GPM_LANGUAGE_EN, 1);
  cairo_rectangle_t plot;
  double x, y;
  guint series = G_MAXUINT, point;

  for (guint s = 0; s < 2; s++)
    {
      g_assert_true (gpm_chart_layout_get_point_position (layout, s, 0, &x, &y));
      g_assert_true (gpm_chart_layout_hit_test (layout, x, y, &series, &point));
      g_assert_cmpuint (series, ==, s);
    }

  /* The hole in the middle is not a slice. */
  gpm_chart_layout_get_plot_area (layout, &plot);
  g_assert_false (gpm_chart_layout_hit_test (layout, plot.x + plot.width / 2,
                                             plot.y + plot.height / 2, NULL, NULL));
}

static void
test_legend (void)
{
  g_autoptr(GpmChartLayout) layout = layout_for ("combo", GPM_LANGUAGE_ZH_CN, 1);
  guint found = 0;

  for (guint i = 0; i < gpm_chart_layout_get_n_boxes (layout); i++)
    {
      const GpmChartBox *box = gpm_chart_layout_get_box (layout, i);
      guint series = G_MAXUINT;

      if (box->kind != GPM_CHART_BOX_LEGEND_ITEM || box->series_index < 0)
        continue;
      g_assert_true (gpm_chart_layout_legend_hit_test (layout, box->rect.x + 3,
                                                       box->rect.y + box->rect.height / 2,
                                                       &series));
      g_assert_cmpuint (series, ==, (guint) box->series_index);
      found++;
    }
  g_assert_cmpuint (found, ==, 4);
}

static void
test_same_at_2x (void)
{
  g_autoptr(GpmChartLayout) one = layout_for ("combo", GPM_LANGUAGE_EN, 1);
  g_autoptr(GpmChartLayout) two = layout_for ("combo", GPM_LANGUAGE_EN, 2);
  cairo_rectangle_t plot_one, plot_two;

  gpm_chart_layout_get_plot_area (one, &plot_one);
  gpm_chart_layout_get_plot_area (two, &plot_two);
  g_assert_cmpmem (&plot_one, sizeof plot_one, &plot_two, sizeof plot_two);
  g_assert_cmpuint (gpm_chart_layout_get_n_boxes (one), ==, gpm_chart_layout_get_n_boxes (two));
  for (guint i = 0; i < gpm_chart_layout_get_n_boxes (one); i++)
    g_assert_cmpmem (&gpm_chart_layout_get_box (one, i)->rect, sizeof (cairo_rectangle_t),
                     &gpm_chart_layout_get_box (two, i)->rect, sizeof (cairo_rectangle_t));
}

static void
test_describe (void)
{
  g_autoptr(GpmChartData) data = sample_chart ("combo", GPM_LANGUAGE_ZH_CN);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                        GPM_LANGUAGE_ZH_CN);
  g_autofree char *text = gpm_chart_describe_point (data, style, 1, 0);

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "沐曦营收"));
  g_assert_nonnull (strstr (text, "2022"));
  g_assert_nonnull (strstr (text, "42.64亿元"));
  g_assert_nonnull (strstr (text, "来源数据疑有误"));
  g_assert_nonnull (strstr (text, "IT Times (IT時報), 2025-07"));
  g_assert_nonnull (strstr (text, "42.64億元"));
  g_assert_null (gpm_chart_describe_point (data, style, 1, 99));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hit-test/points", test_points);
  g_test_add_func ("/hit-test/near", test_near);
  g_test_add_func ("/hit-test/bar-body", test_bar_body);
  g_test_add_func ("/hit-test/donut", test_donut);
  g_test_add_func ("/hit-test/legend", test_legend);
  g_test_add_func ("/hit-test/same-at-2x", test_same_at_2x);
  g_test_add_func ("/hit-test/describe", test_describe);

  return g_test_run ();
}
