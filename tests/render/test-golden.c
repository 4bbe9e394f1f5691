/* test-golden.c — every chart type drawn at 640×400 logical, at 1× and 2×, compared with
 * the PNGs in tests/golden/ pixel by pixel, with a tolerance for antialiasing and font
 * rasteriser noise: a pixel counts as different when a channel differs by more than 24,
 * and at most 0.5 % of the pixels may differ.
 *
 * On failure the actual picture and a diff (differing pixels in red over a faded copy)
 * are written to the build directory and their paths printed. GPM_UPDATE_GOLDEN=1
 * rewrites the goldens instead, for a change that is meant to alter the pictures: look
 * at every rewritten PNG before committing it.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sample-charts.h"

#define CHANNEL_TOLERANCE 24
#define PIXEL_FRACTION    0.005

typedef struct
{
  const char    *chart;
  GpmLanguage    language;
  GpmChartTheme  theme;
  double         scale;
} Golden;

static const char *charts[] = {
  "line", "area", "bar", "hbar", "grouped-bar", "stacked-bar", "stacked-100", "scatter",
  "donut", "combo", "combo-two-axes", "scatter-xy", "area-stacked", "area-100",
};

static char *
golden_name (const Golden *golden)
{
  return g_strdup_printf ("%s-%s-%s-%gx.png", golden->chart,
                          gpm_language_to_string (golden->language),
                          golden->theme == GPM_CHART_THEME_DARK ? "dark" : "light",
                          golden->scale);
}

/* Counts differing pixels and paints them red on a faded copy of @actual. */
static guint
compare (cairo_surface_t *actual,
         cairo_surface_t *expected,
         cairo_surface_t *diff)
{
  int width = cairo_image_surface_get_width (actual);
  int height = cairo_image_surface_get_height (actual);
  guint differing = 0;

  for (int y = 0; y < height; y++)
    {
      const guint32 *a = (const guint32 *) (cairo_image_surface_get_data (actual)
                                            + y * cairo_image_surface_get_stride (actual));
      const guint32 *e = (const guint32 *) (cairo_image_surface_get_data (expected)
                                            + y * cairo_image_surface_get_stride (expected));
      guint32 *d = (guint32 *) (cairo_image_surface_get_data (diff)
                                + y * cairo_image_surface_get_stride (diff));

      for (int x = 0; x < width; x++)
        {
          gboolean different = FALSE;

          for (int shift = 0; shift < 32; shift += 8)
            different |= abs ((int) ((a[x] >> shift) & 0xff) - (int) ((e[x] >> shift) & 0xff))
                         > CHANNEL_TOLERANCE;
          if (different)
            {
              d[x] = 0xffff0000;
              differing++;
            }
          else
            {
              guint32 grey = (((a[x] >> 8) & 0xff) + 3 * 255) / 4;

              d[x] = 0xff000000 | grey << 16 | grey << 8 | grey;
            }
        }
    }
  cairo_surface_mark_dirty (diff);

  return differing;
}

static void
report_failure (const char      *name,
                cairo_surface_t *actual,
                cairo_surface_t *diff,
                const char      *why)
{
  g_autofree char *dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "golden-failures",
                                           NULL);
  g_autofree char *actual_path = NULL;
  g_autofree char *diff_path = NULL;
  g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".png"));

  g_mkdir_with_parents (dir, 0755);
  actual_path = g_strdup_printf ("%s/%s-actual.png", dir, stem);
  cairo_surface_write_to_png (actual, actual_path);
  if (diff != NULL)
    {
      diff_path = g_strdup_printf ("%s/%s-diff.png", dir, stem);
      cairo_surface_write_to_png (diff, diff_path);
    }

  g_test_message ("%s: %s", name, why);
  g_test_message ("  actual: %s", actual_path);
  if (diff_path != NULL)
    g_test_message ("  diff:   %s", diff_path);
  g_printerr ("%s: %s\n  actual: %s\n%s%s%s", name, why, actual_path,
              diff_path != NULL ? "  diff:   " : "", diff_path != NULL ? diff_path : "",
              diff_path != NULL ? "\n" : "");
  g_test_fail ();
}

static void
test_golden (gconstpointer user_data)
{
  const Golden *golden = user_data;
  g_autofree char *name = golden_name (golden);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "golden", name, NULL);
  g_autoptr(GpmChartData) data = sample_chart (golden->chart, golden->language);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (golden->theme, golden->language);
  cairo_surface_t *actual, *expected, *diff;
  guint differing, total;

  actual = sample_render (data, style, 640, 400, golden->scale, NULL);

  if (g_strcmp0 (g_getenv ("GPM_UPDATE_GOLDEN"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("rewrote %s", path);
      cairo_surface_destroy (actual);
      return;
    }

  expected = cairo_image_surface_create_from_png (path);
  if (cairo_surface_status (expected) != CAIRO_STATUS_SUCCESS)
    {
      report_failure (name, actual, NULL, "no golden image (run with GPM_UPDATE_GOLDEN=1)");
      cairo_surface_destroy (expected);
      cairo_surface_destroy (actual);
      return;
    }

  if (cairo_image_surface_get_width (expected) != cairo_image_surface_get_width (actual)
      || cairo_image_surface_get_height (expected) != cairo_image_surface_get_height (actual))
    {
      report_failure (name, actual, NULL, "size differs from the golden image");
      cairo_surface_destroy (expected);
      cairo_surface_destroy (actual);
      return;
    }

  diff = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, cairo_image_surface_get_width (actual),
                                     cairo_image_surface_get_height (actual));
  cairo_surface_flush (diff);
  differing = compare (actual, expected, diff);
  total = cairo_image_surface_get_width (actual) * cairo_image_surface_get_height (actual);
  g_test_message ("%s: %u of %u pixels differ", name, differing, total);
  if (differing > total * PIXEL_FRACTION)
    {
      g_autofree char *why = g_strdup_printf ("%u of %u pixels differ (at most %.0f allowed)",
                                              differing, total, total * PIXEL_FRACTION);

      report_failure (name, actual, diff, why);
    }

  cairo_surface_destroy (diff);
  cairo_surface_destroy (expected);
  cairo_surface_destroy (actual);
}

static void
add (GPtrArray     *goldens,
     const char    *chart,
     GpmLanguage    language,
     GpmChartTheme  theme,
     double         scale)
{
  Golden *golden = g_new (Golden, 1);
  g_autofree char *name = NULL;
  g_autofree char *test_path = NULL;

  *golden = (Golden) { chart, language, theme, scale };
  name = golden_name (golden);
  test_path = g_strdup_printf ("/golden/%s", name);
  g_test_add_data_func (test_path, golden, test_golden);
  g_ptr_array_add (goldens, golden);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) goldens = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      add (goldens, charts[i], GPM_LANGUAGE_EN, GPM_CHART_THEME_LIGHT, 1);
      add (goldens, charts[i], GPM_LANGUAGE_EN, GPM_CHART_THEME_LIGHT, 2);
    }
  /* Chinese text and the dark theme, where tofu boxes and contrast slips would show. */
  add (goldens, "combo", GPM_LANGUAGE_ZH_CN, GPM_CHART_THEME_DARK, 1);
  add (goldens, "donut", GPM_LANGUAGE_ZH_CN, GPM_CHART_THEME_LIGHT, 1);
  add (goldens, "hbar", GPM_LANGUAGE_ZH_TW, GPM_CHART_THEME_LIGHT, 1);
  add (goldens, "scatter-xy", GPM_LANGUAGE_ZH_CN, GPM_CHART_THEME_DARK, 1);
  add (goldens, "area-stacked", GPM_LANGUAGE_ZH_CN, GPM_CHART_THEME_DARK, 1);

  return g_test_run ();
}
