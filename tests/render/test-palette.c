/* test-palette.c — vendor colours are stable, distinct and readable on every theme, and
 * the second channel differs between neighbouring series. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-style.h"
#include "gpm-palette.h"

static const char *vendors[] = {
  "nvidia", "amd", "huawei", "cambricon", "moore-threads", "metax", "enflame", "biren",
  "hygon", "vastai",
};

static double
distance (const GpmRgba *a,
          const GpmRgba *b)
{
  return sqrt ((a->red - b->red) * (a->red - b->red) + (a->green - b->green) * (a->green - b->green)
               + (a->blue - b->blue) * (a->blue - b->blue));
}

static void
test_contrast (void)
{
  const char *unknown[] = { "iluvatar", "kunlunxin", "some-new-vendor", "" };

  for (int theme = GPM_CHART_THEME_LIGHT; theme <= GPM_CHART_THEME_HIGH_CONTRAST; theme++)
    {
      double needed = theme == GPM_CHART_THEME_HIGH_CONTRAST ? 4.5 : 3.0;
      GpmRgba background;

      gpm_palette_get_background (theme, &background);
      for (const char * const *key = gpm_palette_get_known_keys (); *key != NULL; key++)
        {
          GpmRgba color;

          gpm_palette_get_color (*key, theme, &color);
          g_assert_cmpfloat (gpm_rgba_contrast_ratio (&color, &background), >=, needed);
        }
      for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
        {
          GpmRgba color;

          gpm_palette_get_color (unknown[i], theme, &color);
          g_assert_cmpfloat (gpm_rgba_contrast_ratio (&color, &background), >=, needed);
        }
    }
}

static void
test_vendors_distinct (void)
{
  for (int theme = GPM_CHART_THEME_LIGHT; theme <= GPM_CHART_THEME_HIGH_CONTRAST; theme++)
    for (guint i = 0; i < G_N_ELEMENTS (vendors); i++)
      for (guint j = i + 1; j < G_N_ELEMENTS (vendors); j++)
        {
          GpmRgba a, b;

          g_assert_true (gpm_palette_is_known_key (vendors[i]));
          gpm_palette_get_color (vendors[i], theme, &a);
          gpm_palette_get_color (vendors[j], theme, &b);
          g_test_message ("%s / %s: %.3f", vendors[i], vendors[j], distance (&a, &b));
          g_assert_cmpfloat (distance (&a, &b), >, 0.12);
        }
}

static void
test_stable (void)
{
  GpmRgba a, b, style_color;
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_DARK, GPM_LANGUAGE_EN);

  /* Okabe–Ito vermillion for Huawei, unchanged on white (it already has 3.9:1). */
  gpm_palette_get_color ("huawei", GPM_CHART_THEME_LIGHT, &a);
  g_assert_cmpfloat_with_epsilon (a.red, 0xD5 / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (a.green, 0x5E / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (a.blue, 0x00 / 255.0, 1e-9);

  /* Unknown keys hash to the same colour every time. */
  gpm_palette_get_color ("kunlunxin", GPM_CHART_THEME_LIGHT, &a);
  gpm_palette_get_color ("kunlunxin", GPM_CHART_THEME_LIGHT, &b);
  g_assert_true (memcmp (&a, &b, sizeof a) == 0);
  g_assert_false (gpm_palette_is_known_key ("kunlunxin"));

  gpm_palette_get_color ("metax", GPM_CHART_THEME_DARK, &a);
  gpm_chart_style_get_series_color (style, "metax", &style_color);
  g_assert_true (memcmp (&a, &style_color, sizeof a) == 0);
}

static void
test_second_channel (void)
{
  guint n0, n1;

  for (guint i = 0; i + 1 < 5; i++)
    {
      g_assert_cmpint (gpm_palette_get_marker (i), !=, gpm_palette_get_marker (i + 1));
      g_assert_cmpint (gpm_palette_get_fill_pattern (i), !=, gpm_palette_get_fill_pattern (i + 1));
    }
  g_assert_null (gpm_palette_get_dashes (0, &n0));
  g_assert_cmpuint (n0, ==, 0);
  g_assert_nonnull (gpm_palette_get_dashes (1, &n1));
  g_assert_cmpuint (n1, >, 0);
  g_assert_cmpint (gpm_palette_get_fill_pattern (0), ==, GPM_FILL_SOLID);
}

static void
test_style (void)
{
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                        GPM_LANGUAGE_ZH_TW);
  g_autoptr(GpmChartStyle) presentation = NULL;
  GpmChartColors colors;

  g_assert_cmpstr (gpm_chart_style_get_font_family (style), ==, "Noto Sans CJK TC");
  gpm_chart_style_set_language (style, GPM_LANGUAGE_ZH_CN);
  g_assert_cmpstr (gpm_chart_style_get_font_family (style), ==, "Noto Sans CJK SC");
  gpm_chart_style_set_language (style, GPM_LANGUAGE_EN);
  g_assert_cmpstr (gpm_chart_style_get_font_family (style), ==, "Noto Sans CJK SC");

  for (int theme = GPM_CHART_THEME_LIGHT; theme <= GPM_CHART_THEME_HIGH_CONTRAST; theme++)
    {
      gpm_chart_style_set_theme (style, theme);
      gpm_chart_style_get_colors (style, &colors);
      g_assert_cmpfloat (gpm_rgba_contrast_ratio (&colors.text, &colors.background), >=, 7.0);
      g_assert_cmpfloat (gpm_rgba_contrast_ratio (&colors.muted_text, &colors.background), >=,
                         4.5);
    }
  gpm_chart_style_set_transparent (style, TRUE);
  gpm_chart_style_get_colors (style, &colors);
  g_assert_cmpfloat (colors.background.alpha, ==, 0.0);

  presentation = gpm_chart_style_new_presentation (GPM_CHART_THEME_DARK, GPM_LANGUAGE_EN);
  g_assert_cmpfloat (gpm_chart_style_get_scale (presentation), >, 1.5);

  g_assert_cmpint (gpm_language_from_string ("zh_TW.UTF-8"), ==, GPM_LANGUAGE_ZH_TW);
  g_assert_cmpint (gpm_language_from_string ("zh-Hant"), ==, GPM_LANGUAGE_ZH_TW);
  g_assert_cmpint (gpm_language_from_string ("zh_HK"), ==, GPM_LANGUAGE_ZH_TW);
  g_assert_cmpint (gpm_language_from_string ("zh_CN.UTF-8"), ==, GPM_LANGUAGE_ZH_CN);
  g_assert_cmpint (gpm_language_from_string ("zh-Hans"), ==, GPM_LANGUAGE_ZH_CN);
  g_assert_cmpint (gpm_language_from_string ("de_DE"), ==, GPM_LANGUAGE_EN);
  g_assert_cmpint (gpm_language_from_string (NULL), ==, GPM_LANGUAGE_EN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/palette/contrast", test_contrast);
  g_test_add_func ("/palette/vendors-distinct", test_vendors_distinct);
  g_test_add_func ("/palette/stable", test_stable);
  g_test_add_func ("/palette/second-channel", test_second_channel);
  g_test_add_func ("/palette/style", test_style);

  return g_test_run ();
}
