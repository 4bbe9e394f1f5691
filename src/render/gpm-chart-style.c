/* gpm-chart-style.c — themes, fonts and the language tag helpers.
 *
 * Furniture colours follow Adwaita (so a chart in the window sits on the view's own
 * background) and keep text at 4.5:1 or better against it; high contrast uses black on
 * white with a grid dark enough to see on a washed-out projector.
 */

#include "config.h"

#include <math.h>
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

  GArray        *hidden;        /* guint series indices, sorted; NULL when none */
  gboolean       has_x_range;
  double         x_start;
  double         x_end;
  GPtrArray     *events;        /* GpmChartEvent, shared between copies; or NULL */
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
  copy->hidden = self->hidden != NULL ? g_array_copy (self->hidden) : NULL;
  copy->events = self->events != NULL ? g_ptr_array_ref (self->events) : NULL;

  return copy;
}

void
gpm_chart_style_free (GpmChartStyle *self)
{
  if (self == NULL)
    return;

  g_free (self->font_family);
  g_clear_pointer (&self->hidden, g_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
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
      rgba_set (&out->focus, 0x78AEED);
      break;

    case GPM_CHART_THEME_HIGH_CONTRAST:
      rgba_set (&out->text, 0x000000);
      rgba_set (&out->muted_text, 0x1A1A1A);
      rgba_set (&out->grid, 0x8A8A8A);
      rgba_set (&out->axis, 0x000000);
      rgba_set (&out->focus, 0x1C71D8);
      break;

    case GPM_CHART_THEME_LIGHT:
    default:
      rgba_set (&out->text, 0x1F2328);
      rgba_set (&out->muted_text, 0x57606A);
      rgba_set (&out->grid, 0xE3E6EA);
      rgba_set (&out->axis, 0x6E7781);
      rgba_set (&out->focus, 0x3584E4);
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

/* ---------------------------------------------------------------- the reader's view */

static gboolean
find_hidden (const GpmChartStyle *self,
             guint                series_index,
             guint               *position)
{
  guint i;

  for (i = 0; self->hidden != NULL && i < self->hidden->len; i++)
    {
      guint hidden = g_array_index (self->hidden, guint, i);

      if (hidden >= series_index)
        {
          *position = i;
          return hidden == series_index;
        }
    }
  *position = i;

  return FALSE;
}

/* A hidden series keeps its legend entry but draws no marks and leaves the axes. */
gboolean
gpm_chart_style_get_series_hidden (const GpmChartStyle *self,
                                   guint                series_index)
{
  guint position;

  g_return_val_if_fail (self != NULL, FALSE);

  return find_hidden (self, series_index, &position);
}

void
gpm_chart_style_set_series_hidden (GpmChartStyle *self,
                                   guint          series_index,
                                   gboolean       hidden)
{
  guint position;

  g_return_if_fail (self != NULL);

  if (find_hidden (self, series_index, &position) == !!hidden)
    return;
  if (hidden)
    {
      if (self->hidden == NULL)
        self->hidden = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_insert_val (self->hidden, position, series_index);
    }
  else
    {
      g_array_remove_index (self->hidden, position);
    }
}

guint
gpm_chart_style_get_n_hidden (const GpmChartStyle *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->hidden != NULL ? self->hidden->len : 0;
}

void
gpm_chart_style_show_all_series (GpmChartStyle *self)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->hidden, g_array_unref);
}

/* The span of a time axis to show, in days since 1970; FALSE when the axis covers
 * the data. Marks outside it are clipped away; other axes ignore it. */
gboolean
gpm_chart_style_get_x_range (const GpmChartStyle *self,
                             double              *start,
                             double              *end)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_x_range)
    return FALSE;
  if (start != NULL)
    *start = self->x_start;
  if (end != NULL)
    *end = self->x_end;

  return TRUE;
}

void
gpm_chart_style_set_x_range (GpmChartStyle *self,
                             double         start,
                             double         end)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (isfinite (start) && isfinite (end) && end > start);

  self->has_x_range = TRUE;
  self->x_start = start;
  self->x_end = end;
}

void
gpm_chart_style_unset_x_range (GpmChartStyle *self)
{
  g_return_if_fail (self != NULL);

  self->has_x_range = FALSE;
}

/* Timeline events drawn as markers on a time axis: a GPtrArray of GpmChartEvent, or
 * NULL. The array is kept (with a reference) and must not change afterwards. */
GPtrArray *
gpm_chart_style_get_events (const GpmChartStyle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->events;
}

void
gpm_chart_style_set_events (GpmChartStyle *self,
                            GPtrArray     *events)
{
  g_return_if_fail (self != NULL);

  if (events != NULL)
    g_ptr_array_ref (events);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  self->events = events;
}
