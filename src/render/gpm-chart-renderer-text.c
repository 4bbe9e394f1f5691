/* gpm-chart-renderer-text.c — words, fonts and text drawing for the chart renderer.
 *
 * The few words the renderer writes itself ("Forecast", "Source:") are kept here per
 * language rather than in the gettext catalogue, because a chart is drawn in the
 * language the caller asks for, which need not be the process locale (an export in
 * Chinese from an English session). Text is laid out with hinting off and unrounded
 * metrics, so positions do not move between 1× and 2×.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"
#include "gpm-chart-shares.h"

static const char *texts[GPM_N_TEXTS][3] = {
  [GPM_TEXT_SHARE] = { "Share of the total: ", "占合计：", "佔合計：" },
  [GPM_TEXT_SOURCE] = { "Source: ", "来源：", "來源：" },
  [GPM_TEXT_SOURCES] = { "Sources: ", "来源：", "來源：" },
  [GPM_TEXT_FORECAST] = { "Forecast", "预测", "預測" },
  [GPM_TEXT_ESTIMATE] = { "Estimate", "估计", "估計" },
  [GPM_TEXT_DOUBTFUL] = { "Doubtful in source", "来源数据存疑", "來源數據存疑" },
  [GPM_TEXT_DOUBTFUL_LONG] = { "The source's own figure looks wrong; shown as published.",
                               "来源数据疑有误，按原文列出。", "來源數據疑有誤，按原文列出。" },
  [GPM_TEXT_CONVERTED] = { "Currencies converted for display.", "已换算货币以便比较。",
                           "已換算貨幣以便比較。" },
  [GPM_TEXT_NO_DATA] = { "No data for this selection", "所选范围内没有数据",
                         "所選範圍內沒有資料" },
  [GPM_TEXT_TOO_SMALL] = { "Enlarge to see the chart", "请放大以查看图表", "請放大以檢視圖表" },
  [GPM_TEXT_TOTAL] = { "Total", "合计", "合計" },
  [GPM_TEXT_REPORTED] = { "Reported", "已公布", "已公布" },
  [GPM_TEXT_ABOUT] = { "about ", "约", "約" },
  [GPM_TEXT_MORE_THAN] = { "more than ", "超过", "超過" },
  [GPM_TEXT_LESS_THAN] = { "less than ", "不到", "不到" },
  [GPM_TEXT_LOG_SCALE] = { ", log scale", "，对数刻度", "，對數刻度" },
  [GPM_TEXT_ALL_HIDDEN] = { "Every series is hidden: click one in the legend to show it",
                            "所有系列均已隐藏：点击图例中的系列即可显示",
                            "所有系列均已隱藏：點選圖例中的系列即可顯示" },
};

const char *
gpm_render_text (GpmRender *r,
                 GpmTextId  id)
{
  return texts[id][CLAMP ((int) r->language, 0, 2)];
}

/* ---------------------------------------------------------------- text helpers */

PangoLayout *
gpm_render_make_text (GpmRender            *r,
                      PangoFontDescription *font,
                      const char           *text,
                      double                wrap_width)
{
  PangoLayout *layout = pango_layout_new (r->pango);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (wrap_width > 0)
    {
      pango_layout_set_width (layout, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }

  return layout;
}

/* Logical size in user units, unrounded: rounding to whole pixels would make the layout
 * differ between 1× and 2×. */
void
gpm_render_text_size (PangoLayout *layout,
                      double      *width,
                      double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

void
gpm_render_set_color (GpmRender     *r,
                      const GpmRgba *color,
                      double         alpha)
{
  cairo_set_source_rgba (r->cr, color->red, color->green, color->blue, color->alpha * alpha);
}

void
gpm_render_show_text (GpmRender     *r,
                      PangoLayout   *layout,
                      double         x,
                      double         y,
                      const GpmRgba *color)
{
  if (r->cr == NULL || layout == NULL)
    return;

  gpm_render_set_color (r, color, 1.0);
  cairo_move_to (r->cr, x, y);
  pango_cairo_show_layout (r->cr, layout);
}

/* Draws and records the text's box: the logical extents, which for centred or
 * right-aligned text start inside the layout's width. */
void
gpm_render_draw_text (GpmRender       *r,
                      PangoLayout     *layout,
                      double           x,
                      double           y,
                      const GpmRgba   *color,
                      GpmChartBoxKind  kind,
                      int              series)
{
  PangoRectangle logical;
  cairo_rectangle_t rect;

  pango_layout_get_extents (layout, NULL, &logical);
  rect.x = x + (double) logical.x / PANGO_SCALE;
  rect.y = y + (double) logical.y / PANGO_SCALE;
  rect.width = (double) logical.width / PANGO_SCALE;
  rect.height = (double) logical.height / PANGO_SCALE;
  gpm_render_show_text (r, layout, x, y, color);
  gpm_chart_layout_add_box (r->layout, kind, &rect, series, pango_layout_get_text (layout));
}

/* The short sign for a value label: ≈ about, > more than, < less than. */
const char *
gpm_render_qualifier_sign (GpmQualifier qualifier)
{
  switch (qualifier)
    {
    case GPM_QUALIFIER_ABOUT:
      return "≈";
    case GPM_QUALIFIER_MORE_THAN:
      return ">";
    case GPM_QUALIFIER_LESS_THAN:
      return "<";
    case GPM_QUALIFIER_EXACT:
    default:
      return "";
    }
}

/* Text drawn on a coloured mark: whichever of the text and background colours stands
 * out more against it. */
const GpmRgba *
gpm_render_text_on (GpmRender     *r,
                    const GpmRgba *fill)
{
  if (r->colors.background.alpha > 0
      && gpm_rgba_contrast_ratio (fill, &r->colors.background)
         > gpm_rgba_contrast_ratio (fill, &r->colors.text))
    return &r->colors.background;

  return &r->colors.text;
}

/* ---------------------------------------------------------------- fonts */

static PangoFontDescription *
make_font (const char *family,
           double      size,
           PangoWeight weight)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);

  return font;
}

static const char *
pango_language_tag (GpmLanguage language)
{
  switch (language)
    {
    case GPM_LANGUAGE_ZH_CN:
      return "zh-cn";
    case GPM_LANGUAGE_ZH_TW:
      return "zh-tw";
    case GPM_LANGUAGE_EN:
    default:
      return "en";
    }
}

void
gpm_render_setup_text (GpmRender *r)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  const char *family = gpm_chart_style_get_font_family (r->style);
  g_autoptr(PangoLayout) probe = NULL;

  /* No hinting: glyph positions must not depend on the device scale. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  r->pango = pango_cairo_create_context (r->cr);
  pango_cairo_context_set_font_options (r->pango, options);
  pango_context_set_round_glyph_positions (r->pango, FALSE);
  pango_context_set_language (r->pango,
                              pango_language_from_string (pango_language_tag (r->language)));
  cairo_font_options_destroy (options);

  /* Small pictures (thumbnails, a narrow sidebar) get smaller type, not a clipped chart. */
  if (r->compact)
    {
      r->font_title = make_font (family, 14.0 * r->s, PANGO_WEIGHT_BOLD);
      r->font_subtitle = make_font (family, 11.5 * r->s, PANGO_WEIGHT_NORMAL);
      r->font_text = make_font (family, 10.5 * r->s, PANGO_WEIGHT_NORMAL);
      r->font_tick = make_font (family, 10.0 * r->s, PANGO_WEIGHT_NORMAL);
      r->font_small = make_font (family, 9.5 * r->s, PANGO_WEIGHT_NORMAL);
    }
  else
    {
      r->font_title = make_font (family, 17.0 * r->s, PANGO_WEIGHT_BOLD);
      r->font_subtitle = make_font (family, 13.0 * r->s, PANGO_WEIGHT_NORMAL);
      r->font_text = make_font (family, 12.0 * r->s, PANGO_WEIGHT_NORMAL);
      r->font_tick = make_font (family, 11.0 * r->s, PANGO_WEIGHT_NORMAL);
      r->font_small = make_font (family, 10.5 * r->s, PANGO_WEIGHT_NORMAL);
    }

  probe = gpm_render_make_text (r, r->font_tick, "0", -1);
  gpm_render_text_size (probe, NULL, &r->tick_height);
}

/* ---------------------------------------------------------------- tooltips */

/* The period of a point that carries no text of it (a long series keeps no string a
 * point), written as the database writes periods. */
static char *
period_of_span (const GpmChartPoint *point)
{
  int year, month, day;

  gpm_days_to_date (point->x_start, &year, &month, &day);
  switch (gpm_time_unit_for_span (point->x_start, point->x_end))
    {
    case GPM_TIME_UNIT_YEAR:
      return g_strdup_printf ("%04d", year);
    case GPM_TIME_UNIT_QUARTER:
      return g_strdup_printf ("%04d-Q%d", year, (month - 1) / 3 + 1);
    case GPM_TIME_UNIT_HALF:
      return g_strdup_printf ("%04d-H%d", year, (month - 1) / 6 + 1);
    case GPM_TIME_UNIT_MONTH:
      return g_strdup_printf ("%04d-%02d", year, month);
    case GPM_TIME_UNIT_DAY:
    default:
      return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    }
}

/**
 * gpm_chart_point_period:
 *
 * Returns: (transfer full) (nullable): what a point stands for, as the data table and
 *   tooltips write it: its category, its period text, or for a point of a long series
 *   (which keeps no text a point) its period written from its span
 */
char *
gpm_chart_point_period (const GpmChartPoint *point)
{
  g_return_val_if_fail (point != NULL, NULL);

  if (point->category != NULL)
    return g_strdup (point->category);
  if (point->period != NULL)
    return g_strdup (point->period);
  if (point->x_end > point->x_start)
    return period_of_span (point);

  return NULL;
}

static const char *
status_text (GpmRender           *r,
             const GpmChartPoint *point)
{
  switch (point->status)
    {
    case GPM_POINT_FORECAST:
      return gpm_render_text (r, GPM_TEXT_FORECAST);
    case GPM_POINT_ESTIMATE:
      return gpm_render_text (r, GPM_TEXT_ESTIMATE);
    case GPM_POINT_REPORTED:
    default:
      return gpm_render_text (r, GPM_TEXT_REPORTED);
    }
}

static const char *
qualifier_text (GpmRender    *r,
                GpmQualifier  qualifier)
{
  switch (qualifier)
    {
    case GPM_QUALIFIER_ABOUT:
      return gpm_render_text (r, GPM_TEXT_ABOUT);
    case GPM_QUALIFIER_MORE_THAN:
      return gpm_render_text (r, GPM_TEXT_MORE_THAN);
    case GPM_QUALIFIER_LESS_THAN:
      return gpm_render_text (r, GPM_TEXT_LESS_THAN);
    case GPM_QUALIFIER_EXACT:
    default:
      return "";
    }
}

/* Plain text for a hover tooltip or a screen reader: subject, period, value with its
 * qualifier, status, and where the figure comes from, one per line. */
char *
gpm_chart_describe_point (const GpmChartData  *data,
                          const GpmChartStyle *style,
                          guint                series_index,
                          guint                point_index)
{
  GpmChartSeries *series;
  GpmChartPoint point;
  GpmRender r = { 0 };
  g_autofree char *value = NULL;
  g_autofree double *shares = NULL;
  GString *text;

  g_return_val_if_fail (data != NULL && style != NULL, NULL);
  g_return_val_if_fail (series_index < gpm_chart_data_get_n_series (data), NULL);

  series = gpm_chart_data_get_series (data, series_index);
  if (!gpm_chart_series_get_point (series, point_index, &point))
    return NULL;

  r.language = gpm_chart_style_get_language (style);
  value = gpm_number_format (r.language, point.value, gpm_chart_series_get_unit (series),
                             GPM_NUMBER_LONG);
  text = g_string_new (gpm_chart_series_get_label (series));
  if (point.category != NULL || point.period != NULL)
    g_string_append_printf (text, "\n%s", point.category != NULL ? point.category
                                                                   : point.period);
  else if (point.x_end > point.x_start)
    {
      g_autofree char *period = period_of_span (&point);

      g_string_append_printf (text, "\n%s", period);
    }
  if (isfinite (point.x_value) && gpm_chart_series_get_x_unit (series) != NULL)
    {
      /* An XY point is two figures: each with its metric's name, the other one first. */
      g_autofree char *x_value = gpm_number_format (r.language, point.x_value,
                                                    gpm_chart_series_get_x_unit (series),
                                                    GPM_NUMBER_LONG);
      const char *x_title = gpm_chart_data_get_x_axis_title (data);
      const char *y_title = gpm_chart_data_get_axis_title (data, GPM_CHART_AXIS_PRIMARY);
      const char *colon = r.language == GPM_LANGUAGE_EN ? ": " : "：";

      g_string_append_printf (text, "\n%s%s%s", x_title ? x_title : "", x_title ? colon : "",
                              x_value);
      g_string_append_printf (text, "\n%s%s%s%s (%s)", y_title ? y_title : "",
                              y_title ? colon : "", qualifier_text (&r, point.qualifier), value,
                              status_text (&r, &point));
    }
  else
    g_string_append_printf (text, "\n%s%s (%s)", qualifier_text (&r, point.qualifier), value,
                            status_text (&r, &point));
  /* A 100 % chart draws the share, not the figure: say both. */
  shares = gpm_chart_compute_shares (data, style, series_index);
  if (shares != NULL && isfinite (shares[point_index]))
    {
      g_autofree char *share = gpm_number_format (r.language, shares[point_index], "%",
                                                  GPM_NUMBER_LONG);

      g_string_append_printf (text, "\n%s%s", gpm_render_text (&r, GPM_TEXT_SHARE), share);
    }
  if (point.doubtful)
    g_string_append_printf (text, "\n? %s", gpm_render_text (&r, GPM_TEXT_DOUBTFUL_LONG));
  if (point.source_title != NULL)
    g_string_append_printf (text, "\n%s%s%s%s", gpm_render_text (&r, GPM_TEXT_SOURCE),
                            point.source_title, point.source_date != NULL ? ", " : "",
                            point.source_date != NULL ? point.source_date : "");
  if (point.quote != NULL)
    g_string_append_printf (text, "\n“%s”", point.quote);
  /* The other figure's source, unless it is the same sentence. */
  if (point.x_source_title != NULL && (g_strcmp0 (point.x_source_title, point.source_title) != 0
                                       || g_strcmp0 (point.x_source_date,
                                                     point.source_date) != 0))
    g_string_append_printf (text, "\n%s%s%s%s", gpm_render_text (&r, GPM_TEXT_SOURCE),
                            point.x_source_title, point.x_source_date != NULL ? ", " : "",
                            point.x_source_date != NULL ? point.x_source_date : "");
  if (point.x_quote != NULL && g_strcmp0 (point.x_quote, point.quote) != 0)
    g_string_append_printf (text, "\n“%s”", point.x_quote);

  return g_string_free (text, FALSE);
}
