/* render-samples.c — writes every sample chart to PNG, for looking at them.
 *
 *   render-samples [OUTPUT-DIR]
 *
 * Each chart type in light and dark, in English and Simplified Chinese, at 640×400 and
 * 2×, plus Traditional Chinese, high contrast, transparent, presentation, a 360×240 and a
 * 3840×2160 picture, and a 1,000,000-point random walk (with its timing).
 */

#include "config.h"

#include <math.h>

#include <cairo.h>

#include "gpm-chart-renderer.h"
#include "sample-charts.h"

static void
write_png (const char          *dir,
           const char          *file,
           GpmChartData        *data,
           const GpmChartStyle *style,
           double               width,
           double               height,
           double               device_scale)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  cairo_surface_t *surface;
  g_autoptr(GError) error = NULL;

  if (!gpm_chart_layout_check (width, height, data, style, &error))
    g_printerr ("%s: %s\n", file, error->message);

  surface = sample_render (data, style, width, height, device_scale, NULL);
  if (cairo_surface_write_to_png (surface, path) != CAIRO_STATUS_SUCCESS)
    g_printerr ("Could not write %s\n", path);
  cairo_surface_destroy (surface);
}

/* Milliseconds for one gpm_chart_render() onto a 1920×1080 image, median of @runs. */
static double
time_render (GpmChartData        *data,
             const GpmChartStyle *style,
             guint                runs)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  g_autofree double *times = g_new (double, runs);
  double median;

  for (guint i = 0; i < runs; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      gpm_chart_render (cr, 1920, 1080, data, style, NULL);
      cairo_surface_flush (surface);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);

  for (guint i = 1; i < runs; i++)
    for (guint j = i; j > 0 && times[j - 1] > times[j]; j--)
      {
        double t = times[j];

        times[j] = times[j - 1];
        times[j - 1] = t;
      }
  median = times[runs / 2];

  return median;
}

/* A million points: the picture, and how long drawing takes with the per-column summary
 * made on the fly and with one prepared in advance (as the view does off the main thread). */
static void
render_random_walk (const char *dir)
{
  g_autoptr(GpmChartData) data = sample_random_walk (1000000, 7);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT, GPM_LANGUAGE_EN);
  g_autoptr(GpmChartLayout) layout = NULL;
  g_autoptr(GpmDecimation) decimation = NULL;
  GpmChartSeries *series = gpm_chart_data_get_series (data, 0);
  cairo_rectangle_t plot;
  double x0, x1, on_the_fly, prepared;
  gint64 start;

  write_png (dir, "random-walk-1M-1920x1080.png", data, style, 1920, 1080, 1);
  on_the_fly = time_render (data, style, 15);

  cairo_surface_destroy (sample_render (data, style, 1920, 1080, 1, &layout));
  gpm_chart_layout_get_plot_area (layout, &plot);
  gpm_chart_layout_get_x_range (layout, &x0, &x1);
  start = g_get_monotonic_time ();
  decimation = gpm_decimate (gpm_chart_series_get_x_starts (series),
                             gpm_chart_series_get_x_ends (series),
                             gpm_chart_series_get_values (series),
                             gpm_chart_series_get_n_points (series), x0, x1,
                             (guint) ceil (plot.width));
  g_print ("1,000,000 points: preparing the summary takes %.1f ms\n",
           (g_get_monotonic_time () - start) / 1000.0);
  gpm_chart_series_set_decimation (series, decimation);
  prepared = time_render (data, style, 15);

  g_print ("1,000,000 points at 1920x1080, median of 15 renders: %.1f ms summarising on the "
           "fly, %.1f ms with a prepared summary\n", on_the_fly, prepared);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = argc > 1 ? argv[1] : ".";
  const char * const *names = sample_chart_names ();
  static const struct { const char *tag; GpmLanguage language; } languages[] = {
    { "en", GPM_LANGUAGE_EN }, { "zh_CN", GPM_LANGUAGE_ZH_CN },
  };

  g_mkdir_with_parents (dir, 0755);

  for (guint i = 0; names[i] != NULL; i++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      for (int theme = GPM_CHART_THEME_LIGHT; theme <= GPM_CHART_THEME_DARK; theme++)
        {
          g_autoptr(GpmChartData) data = sample_chart (names[i], languages[l].language);
          g_autoptr(GpmChartStyle) style = gpm_chart_style_new (theme, languages[l].language);
          g_autofree char *file = g_strdup_printf ("%s-%s-%s.png", names[i], languages[l].tag,
                                                   theme == GPM_CHART_THEME_DARK ? "dark"
                                                                                 : "light");

          write_png (dir, file, data, style, 640, 400, 1);
        }

  {
    g_autoptr(GpmChartData) combo = sample_chart ("combo", GPM_LANGUAGE_EN);
    g_autoptr(GpmChartData) combo_tw = sample_chart ("combo", GPM_LANGUAGE_ZH_TW);
    g_autoptr(GpmChartData) donut = sample_chart ("donut", GPM_LANGUAGE_ZH_CN);
    g_autoptr(GpmChartStyle) light = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                          GPM_LANGUAGE_EN);
    g_autoptr(GpmChartStyle) tw = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                       GPM_LANGUAGE_ZH_TW);
    g_autoptr(GpmChartStyle) zh = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                       GPM_LANGUAGE_ZH_CN);
    g_autoptr(GpmChartStyle) contrast = gpm_chart_style_new (GPM_CHART_THEME_HIGH_CONTRAST,
                                                             GPM_LANGUAGE_EN);
    g_autoptr(GpmChartStyle) presentation =
      gpm_chart_style_new_presentation (GPM_CHART_THEME_DARK, GPM_LANGUAGE_EN);
    g_autoptr(GpmChartStyle) transparent = gpm_chart_style_copy (light);

    gpm_chart_style_set_transparent (transparent, TRUE);
    write_png (dir, "combo-en-light-2x.png", combo, light, 640, 400, 2);
    write_png (dir, "combo-zh_TW-light.png", combo_tw, tw, 640, 400, 1);
    write_png (dir, "combo-en-contrast.png", combo, contrast, 640, 400, 1);
    write_png (dir, "combo-en-transparent.png", combo, transparent, 640, 400, 1);
    write_png (dir, "combo-en-360x240.png", combo, light, 360, 240, 1);
    write_png (dir, "combo-en-3840x2160.png", combo, light, 3840, 2160, 1);
    write_png (dir, "combo-en-presentation-1920x1080.png", combo, presentation, 1920, 1080, 1);
    write_png (dir, "donut-zh_CN-360x240.png", donut, zh, 360, 240, 1);

    /* Log scale: revenue from ¥46M to ¥4.3B, one decade per grid line. */
    {
      g_autoptr(GpmChartData) grouped = sample_chart ("grouped-bar", GPM_LANGUAGE_EN);

      gpm_chart_data_set_chart_type (grouped, GPM_CHART_TYPE_LINE);
      gpm_chart_data_set_log_scale (grouped, TRUE);
      write_png (dir, "line-log-en-light.png", grouped, light, 640, 400, 1);
    }
  }

  /* The smallest size the layout tests use, for every chart. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GpmChartData) data = sample_chart (names[i], GPM_LANGUAGE_EN);
      g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                            GPM_LANGUAGE_EN);
      g_autofree char *file = g_strdup_printf ("%s-en-320x240.png", names[i]);

      write_png (dir, file, data, style, 320, 240, 1);
    }

  /* The newer charts at the narrowest and the widest sizes, in both themes and scripts. */
  {
    static const char *newer[] = { "scatter-xy", "area-stacked", "area-100" };
    static const struct { double width, height; } sizes[] = { { 360, 300 }, { 3840, 2160 } };

    for (guint i = 0; i < G_N_ELEMENTS (newer); i++)
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
          {
            GpmChartTheme theme = l == 0 ? GPM_CHART_THEME_LIGHT : GPM_CHART_THEME_DARK;
            g_autoptr(GpmChartData) data = sample_chart (newer[i], languages[l].language);
            g_autoptr(GpmChartStyle) style = gpm_chart_style_new (theme, languages[l].language);
            g_autofree char *file = g_strdup_printf ("%s-%s-%gx%g.png", newer[i],
                                                     languages[l].tag, sizes[z].width,
                                                     sizes[z].height);

            write_png (dir, file, data, style, sizes[z].width, sizes[z].height, 1);
          }
  }

  if (g_getenv ("GPM_SKIP_RANDOM_WALK") == NULL)
    render_random_walk (dir);

  return 0;
}
