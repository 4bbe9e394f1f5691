/* gpm-palette.c — vendor colours, theme variants and the second visual channel.
 *
 * The table below is the single place that decides a vendor's colour. The ten vendors get
 * ten different hues; pairs often plotted together (NVIDIA / Huawei / Cambricon, Moore
 * Threads / MetaX, domestic / other) got hues far apart. Market scopes reuse vendor hues
 * they are rarely plotted with. Tol's olive is left out: in the light theme Okabe–Ito's
 * yellow darkens to nearly the same colour.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-palette.h"

typedef struct
{
  const char *key;
  guint32     rgb;
} KnownColor;

/* Okabe–Ito (first seven), then Paul Tol's muted wine, indigo, teal and olive. */
enum
{
  ORANGE = 0xE69F00,
  SKY = 0x56B4E9,
  BLUISH_GREEN = 0x009E73,
  YELLOW = 0xF0E442,
  BLUE = 0x0072B2,
  VERMILLION = 0xD55E00,
  REDDISH_PURPLE = 0xCC79A7,
  WINE = 0x882255,
  INDIGO = 0x332288,
  TEAL = 0x44AA99,
  SLATE = 0x5F6F80,
  GREY = 0x8C8C8C,
};

static const KnownColor known_colors[] = {
  { "nvidia", BLUISH_GREEN },
  { "amd", YELLOW },
  { "huawei", VERMILLION },
  { "cambricon", BLUE },
  { "moore-threads", ORANGE },
  { "metax", SKY },
  { "enflame", TEAL },
  { "biren", INDIGO },
  { "hygon", REDDISH_PURPLE },
  { "vastai", WINE },
  { "china", WINE },
  { "china-domestic", VERMILLION },
  { "china-domestic-ex-huawei", REDDISH_PURPLE },
  { "global", SLATE },
  { "other", GREY },
};

/* Unknown keys draw from the hues that stay distinct after the theme shift. */
static const guint32 fallback_colors[] = {
  ORANGE, SKY, BLUISH_GREEN, BLUE, VERMILLION, REDDISH_PURPLE, WINE, INDIGO, TEAL,
};

static const GpmMarkerShape markers[] = {
  GPM_MARKER_CIRCLE, GPM_MARKER_SQUARE, GPM_MARKER_TRIANGLE, GPM_MARKER_DIAMOND,
  GPM_MARKER_TRIANGLE_DOWN, GPM_MARKER_PLUS,
};

static const GpmFillPattern fill_patterns[] = {
  GPM_FILL_SOLID, GPM_FILL_DOTS, GPM_FILL_HORIZONTAL, GPM_FILL_VERTICAL, GPM_FILL_CROSS,
};

/* In multiples of the line width; index 0 is solid. */
static const double dash_long[] = { 6.0, 2.5 };
static const double dash_dot[] = { 1.0, 2.0 };
static const double dash_long_dot[] = { 6.0, 2.0, 1.0, 2.0 };
static const double dash_short[] = { 3.0, 2.0 };

static void
rgba_from_hex (guint32  rgb,
               GpmRgba *out)
{
  out->red = ((rgb >> 16) & 0xff) / 255.0;
  out->green = ((rgb >> 8) & 0xff) / 255.0;
  out->blue = (rgb & 0xff) / 255.0;
  out->alpha = 1.0;
}

void
gpm_palette_get_background (GpmChartTheme  theme,
                            GpmRgba       *out)
{
  g_return_if_fail (out != NULL);

  /* Adwaita's view backgrounds, so an embedded chart sits flush in the window. */
  rgba_from_hex (theme == GPM_CHART_THEME_DARK ? 0x1E1E1E : 0xFFFFFF, out);
}

static double
linear_channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
relative_luminance (const GpmRgba *c)
{
  return 0.2126 * linear_channel (c->red)
         + 0.7152 * linear_channel (c->green)
         + 0.0722 * linear_channel (c->blue);
}

/* WCAG 2.1 contrast ratio, 1..21; alpha is ignored. */
double
gpm_rgba_contrast_ratio (const GpmRgba *a,
                         const GpmRgba *b)
{
  double la, lb;

  g_return_val_if_fail (a != NULL && b != NULL, 1.0);

  la = relative_luminance (a);
  lb = relative_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

void
gpm_rgba_mix (const GpmRgba *a,
              const GpmRgba *b,
              double         t,
              GpmRgba       *out)
{
  g_return_if_fail (a != NULL && b != NULL && out != NULL);

  out->red = a->red + (b->red - a->red) * t;
  out->green = a->green + (b->green - a->green) * t;
  out->blue = a->blue + (b->blue - a->blue) * t;
  out->alpha = a->alpha + (b->alpha - a->alpha) * t;
}

/* Moves toward black on light backgrounds and toward white on dark ones, in small steps,
 * so the hue a reader has learnt for a vendor survives the theme change. */
static void
adjust_for_theme (const GpmRgba *base,
                  GpmChartTheme  theme,
                  GpmRgba       *out)
{
  GpmRgba background, toward;
  double target = theme == GPM_CHART_THEME_HIGH_CONTRAST
                  ? GPM_PALETTE_MIN_CONTRAST_HIGH : GPM_PALETTE_MIN_CONTRAST;

  gpm_palette_get_background (theme, &background);
  rgba_from_hex (theme == GPM_CHART_THEME_DARK ? 0xFFFFFF : 0x000000, &toward);

  for (int step = 0; step <= 50; step++)
    {
      gpm_rgba_mix (base, &toward, step / 50.0, out);
      out->alpha = 1.0;
      if (gpm_rgba_contrast_ratio (out, &background) >= target)
        return;
    }
}

/* FNV-1a: tiny, stable across platforms and runs (unlike g_str_hash, which is not
 * promised to stay the same between GLib versions). */
static guint32
stable_hash (const char *text)
{
  guint32 hash = 2166136261u;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      hash ^= *p;
      hash *= 16777619u;
    }

  return hash;
}

static guint32
base_color_for_key (const char *key)
{
  if (key == NULL || *key == '\0')
    return GREY;

  for (guint i = 0; i < G_N_ELEMENTS (known_colors); i++)
    if (strcmp (known_colors[i].key, key) == 0)
      return known_colors[i].rgb;

  return fallback_colors[stable_hash (key) % G_N_ELEMENTS (fallback_colors)];
}

void
gpm_palette_get_color (const char    *key,
                       GpmChartTheme  theme,
                       GpmRgba       *out)
{
  GpmRgba base;

  g_return_if_fail (out != NULL);

  rgba_from_hex (base_color_for_key (key), &base);
  adjust_for_theme (&base, theme, out);
}

const char * const *
gpm_palette_get_known_keys (void)
{
  static const char *keys[G_N_ELEMENTS (known_colors) + 1];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (known_colors); i++)
        keys[i] = known_colors[i].key;
      g_once_init_leave (&initialized, 1);
    }

  return keys;
}

gboolean
gpm_palette_is_known_key (const char *key)
{
  if (key == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (known_colors); i++)
    if (strcmp (known_colors[i].key, key) == 0)
      return TRUE;

  return FALSE;
}

GpmMarkerShape
gpm_palette_get_marker (guint series_index)
{
  return markers[series_index % G_N_ELEMENTS (markers)];
}

GpmFillPattern
gpm_palette_get_fill_pattern (guint series_index)
{
  return fill_patterns[series_index % G_N_ELEMENTS (fill_patterns)];
}

const double *
gpm_palette_get_dashes (guint  series_index,
                        guint *n_dashes)
{
  g_return_val_if_fail (n_dashes != NULL, NULL);

  switch (series_index % 5)
    {
    case 1:
      *n_dashes = G_N_ELEMENTS (dash_long);
      return dash_long;
    case 2:
      *n_dashes = G_N_ELEMENTS (dash_dot);
      return dash_dot;
    case 3:
      *n_dashes = G_N_ELEMENTS (dash_long_dot);
      return dash_long_dot;
    case 4:
      *n_dashes = G_N_ELEMENTS (dash_short);
      return dash_short;
    case 0:
    default:
      *n_dashes = 0;
      return NULL;
    }
}
