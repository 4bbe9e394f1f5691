/* gpm-chart-style.c — themes, fonts and the language tag helpers.
 *
 * Furniture colours follow Adwaita (so a chart in the window sits on the view's own
 * background) and keep text at 4.5:1 or better against it; high contrast uses black on
 * white with a grid dark enough to see on a washed-out projector.
 */

#include "config.h"

#include <string.h>

#include "gpm-chart-style.h"

struct _GpmChartStyle
{
  GpmChartTheme  theme;
  GpmLanguage    language;
  double         scale;
  gboolean       transparent;
  gboolean       decimate;
  char          *font_family;   /* NULL: the language's default */
};

GpmLanguage
gpm_language_from_string (const char *tag)
{
  g_autofree char *lower = NULL;

  if (tag == NULL)
    return GPM_LANGUAGE_EN;

  lower = g_ascii_strdown (tag, -1);
  if (!g_str_has_prefix (lower, "zh"))
    return GPM_LANGUAGE_EN;

  /* Traditional script: Taiwan, Hong Kong, Macau, or an explicit Hant tag. */
  if (strstr (lower, "hant") != NULL || strstr (lower, "tw") != NULL
      || strstr (lower, "hk") != NULL || strstr (lower, "mo") != NULL)
    return GPM_LANGUAGE_ZH_TW;

  return GPM_LANGUAGE_ZH_CN;
}

const char *
gpm_language_to_string (GpmLanguage language)
{
  switch (language)
    {
    case GPM_LANGUAGE_ZH_CN:
      return "zh_CN";
    case GPM_LANGUAGE_ZH_TW:
      return "zh_TW";
    case GPM_LANGUAGE_EN:
    default:
      return "en";
    }
}

GpmChartStyle *
gpm_chart_style_new (GpmChartTheme theme,
                     GpmLanguage   language)
{
  GpmChartStyle *self = g_new0 (GpmChartStyle, 1);

  self->theme = theme;
  self->language = language;
  self->scale = GPM_CHART_SCALE_DESK;
  self->decimate = TRUE;

  return self;
}

GpmChartStyle *
gpm_chart_style_new_presentation (GpmChartTheme theme,
                                  GpmLanguage   language)
{
  GpmChartStyle *self = gpm_chart_style_new (theme, language);

  self->scale = GPM_CHART_SCALE_PRESENTATION;

  return self;
}

GpmChartStyle *
gpm_chart_style_copy (const GpmChartStyle *self)
{
  GpmChartStyle *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->font_family = g_strdup (self->font_family);

  return copy;
}

void
gpm_chart_style_free (GpmChartStyle *self)
{
  if (self == NULL)
    return;

  g_free (self->font_family);
  g_free (self);
}

GpmChartTheme
gpm_chart_style_get_theme (const GpmChartStyle *self)
{
  g_return_val_if_fail (self != NULL, GPM_CHART_THEME_LIGHT);
  return self->theme;
}

void
gpm_chart_style_set_theme (GpmChartStyle *self,
                           GpmChartTheme  theme)
{
  g_return_if_fail (self != NULL);
  self->theme = theme;
}

GpmLanguage
gpm_chart_style_get_language (const GpmChartStyle *self)
{
  g_return_val_if_fail (self != NULL, GPM_LANGUAGE_EN);
  return self->language;
}

void
gpm_chart_style_set_language (GpmChartStyle *self,
                              GpmLanguage    language)
{
  g_return_if_fail (self != NULL);
  self->language = language;
}

double
gpm_chart_style_get_scale (const GpmChartStyle *self)
{
  g_return_val_if_fail (self != NULL, 1.0);
  return self->scale;
}

void
gpm_chart_style_set_scale (GpmChartStyle *self,
                           double         scale)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (scale >= 0.5 && scale <= 8.0);
  self->scale = scale;
}

/* For exports pasted onto coloured slides: no background is painted. */
gboolean
gpm_chart_style_get_transparent (const GpmChartStyle *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->transparent;
}

void
gpm_chart_style_set_transparent (GpmChartStyle *self,
                                 gboolean       transparent)
{
  g_return_if_fail (self != NULL);
  self->transparent = !!transparent;
}

/* On by default; off draws every point of a long series (for checking the decimator). */
gboolean
gpm_chart_style_get_decimate (const GpmChartStyle *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->decimate;
}

void
gpm_chart_style_set_decimate (GpmChartStyle *self,
                              gboolean       decimate)
{
  g_return_if_fail (self != NULL);
  self->decimate = !!decimate;
}

const char *
gpm_chart_style_get_font_family (const GpmChartStyle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->font_family != NULL)
    return self->font_family;

  /* TC and SC differ in the shapes of shared Han characters, not in coverage. */
  return self->language == GPM_LANGUAGE_ZH_TW ? "Noto Sans CJK TC" : "Noto Sans CJK SC";
}

void
gpm_chart_style_set_font_family (GpmChartStyle *self,
                                 const char    *family)
{
  g_return_if_fail (self != NULL);
  g_free (self->font_family);
  self->font_family = g_strdup (family);
}

static void
rgba_set (GpmRgba *out,
          guint32  rgb)
{
  out->red = ((rgb >> 16) & 0xff) / 255.0;
  out->green = ((rgb >> 8) & 0xff) / 255.0;
  out->blue = (rgb & 0xff) / 255.0;
  out->alpha = 1.0;
}

void
gpm_chart_style_get_colors (const GpmChartStyle *self,
                            GpmChartColors      *out)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  gpm_palette_get_background (self->theme, &out->background);
  switch (self->theme)
    {
    case GPM_CHART_THEME_DARK:
      rgba_set (&out->text, 0xF2F2F2);
      rgba_set (&out->muted_text, 0xB8BCC2);
      rgba_set (&out->grid, 0x3A3A3A);
      rgba_set (&out->axis, 0x9A9A9A);
      break;

    case GPM_CHART_THEME_HIGH_CONTRAST:
      rgba_set (&out->text, 0x000000);
      rgba_set (&out->muted_text, 0x1A1A1A);
      rgba_set (&out->grid, 0x8A8A8A);
      rgba_set (&out->axis, 0x000000);
      break;

    case GPM_CHART_THEME_LIGHT:
    default:
      rgba_set (&out->text, 0x1F2328);
      rgba_set (&out->muted_text, 0x57606A);
      rgba_set (&out->grid, 0xE3E6EA);
      rgba_set (&out->axis, 0x6E7781);
      break;
    }

  if (self->transparent)
    out->background.alpha = 0.0;
}

void
gpm_chart_style_get_series_color (const GpmChartStyle *self,
                                  const char          *key,
                                  GpmRgba             *out)
{
  g_return_if_fail (self != NULL);

  gpm_palette_get_color (key, self->theme, out);
}
