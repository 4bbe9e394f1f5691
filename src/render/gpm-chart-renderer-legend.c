/* gpm-chart-renderer-legend.c — title, subtitle, legend and the sources footer.
 *
 * The legend flows left to right and wraps into more rows; an entry too long for a row
 * wraps its own text. On a narrow picture it goes below the plot, next to the footer,
 * so the title stays next to the data. The footer names every source of the plotted
 * values ("Source: IT Times (IT時報), 2025-07"), then the data's own notes and, when
 * money was converted between currencies, how.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"

/* ---------------------------------------------------------------- title, subtitle */

void
gpm_render_header_layout (GpmRender *r,
                          double    *top)
{
  const char *title = gpm_chart_data_get_title (r->data);
  const char *subtitle = gpm_chart_data_get_subtitle (r->data);
  double wrap = MAX (r->width - 2 * r->pad, 10.0);
  double h;

  if (title != NULL && *title != '\0')
    {
      r->title = gpm_render_make_text (r, r->font_title, title, wrap);
      gpm_render_text_size (r->title, NULL, &h);
      r->title_rect = (cairo_rectangle_t) { r->pad, *top, wrap, h };
      *top += h + 1.0 * r->s;
    }
  if (subtitle != NULL && *subtitle != '\0')
    {
      r->subtitle = gpm_render_make_text (r, r->font_subtitle, subtitle, wrap);
      gpm_render_text_size (r->subtitle, NULL, &h);
      r->subtitle_rect = (cairo_rectangle_t) { r->pad, *top, wrap, h };
      *top += h;
    }
  if (r->title != NULL || r->subtitle != NULL)
    *top += 8.0 * r->gap;
}

void
gpm_render_header_draw (GpmRender *r)
{
  if (r->title != NULL)
    gpm_render_draw_text (r, r->title, r->title_rect.x, r->title_rect.y, &r->colors.text,
                          GPM_CHART_BOX_TITLE, -1);
  if (r->subtitle != NULL)
    gpm_render_draw_text (r, r->subtitle, r->subtitle_rect.x, r->subtitle_rect.y,
                          &r->colors.muted_text, GPM_CHART_BOX_SUBTITLE, -1);
}

/* ---------------------------------------------------------------- footer */

static void
append_sources (GpmRender *r,
                GString   *footer)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < r->series->len; i++)
    {
      GpmChartSeries *series = g_array_index (r->series, GpmSeriesInfo, i).series;

      for (guint p = 0; p < gpm_chart_series_get_n_provenances (series); p++)
        {
          const char *title, *date;
          char *text;

          gpm_chart_series_get_provenance (series, p, &title, &date, NULL);
          if (title == NULL)
            continue;
          text = date != NULL ? g_strdup_printf ("%s, %s", title, date) : g_strdup (title);
          if (g_ptr_array_find_with_equal_func (seen, text, g_str_equal, NULL))
            {
              g_free (text);
              continue;
            }
          g_ptr_array_add (seen, text);
        }
    }

  if (seen->len == 0)
    return;

  g_string_append (line, gpm_render_text (r, seen->len > 1 ? GPM_TEXT_SOURCES
                                                            : GPM_TEXT_SOURCE));
  for (guint i = 0; i < seen->len; i++)
    g_string_append_printf (line, "%s%s", i > 0 ? "; " : "",
                            (const char *) g_ptr_array_index (seen, i));
  g_string_append (footer, line->str);
}

static void
append_line (GString    *footer,
             const char *line)
{
  if (line == NULL || *line == '\0' || strstr (footer->str, line) != NULL)
    return;
  if (footer->len > 0)
    g_string_append_c (footer, '\n');
  g_string_append (footer, line);
}

void
gpm_render_footer_layout (GpmRender *r,
                          double    *bottom)
{
  g_autoptr(GString) footer = g_string_new (NULL);
  const char * const *lines = gpm_chart_data_get_footer_lines (r->data);
  const char *note = NULL;
  g_autofree char *gaps = NULL;
  double h;

  append_sources (r, footer);
  for (guint i = 0; lines[i] != NULL; i++)
    append_line (footer, lines[i]);
  if (gpm_chart_data_get_currency_converted (r->data, &note))
    append_line (footer, note != NULL ? note : gpm_render_text (r, GPM_TEXT_CONVERTED));
  gaps = gpm_render_areas_note (r);
  append_line (footer, gaps);

  if (footer->len == 0)
    return;

  r->footer = gpm_render_make_text (r, r->font_small, footer->str,
                                    MAX (r->width - 2 * r->pad, 10.0));
  gpm_render_text_size (r->footer, NULL, &h);
  r->footer_rect = (cairo_rectangle_t) { r->pad, *bottom - h, r->width - 2 * r->pad, h };
  *bottom -= h + 8.0 * r->gap;
}

void
gpm_render_footer_draw (GpmRender *r)
{
  if (r->footer != NULL)
    gpm_render_draw_text (r, r->footer, r->footer_rect.x, r->footer_rect.y,
                          &r->colors.muted_text, GPM_CHART_BOX_FOOTER, -1);
}

/* ---------------------------------------------------------------- legend */

static double
swatch_width (GpmRender     *r,
              GpmLegendItem *item)
{
  if (item->kind == GPM_LEGEND_FORECAST && r->forecast_bars && r->forecast_lines)
    return 38.0 * r->s;
  if (item->kind == GPM_LEGEND_DOUBTFUL)
    return 14.0 * r->s;

  return 22.0 * r->s;
}

static void
add_item (GpmRender     *r,
          GpmLegendKind  kind,
          int            series,
          const char    *text,
          double         available)
{
  GpmLegendItem item = { kind, series, NULL, 0, 0, 0, 0 };
  double swatch = swatch_width (r, &item);
  double gap = 6.0 * r->s;
  double text_width, text_height;

  item.text = gpm_render_make_text (r, r->font_text, text, -1);
  gpm_render_text_size (item.text, &text_width, &text_height);
  if (swatch + gap + text_width > available)
    {
      pango_layout_set_width (item.text, (int) (MAX (available - swatch - gap, 10.0)
                                                * PANGO_SCALE));
      pango_layout_set_wrap (item.text, PANGO_WRAP_WORD_CHAR);
      gpm_render_text_size (item.text, &text_width, &text_height);
    }
  item.width = swatch + gap + text_width;
  item.height = text_height;
  g_array_append_val (r->legend, item);
}

/* Places the entries in rows starting at (x0, y0); returns the legend's height. */
static double
flow_items (GpmRender *r,
            double     x0,
            double     y0,
            double     available)
{
  double x = x0, y = y0, row_height = 0.0;
  double spacing = 16.0 * r->s;

  for (guint i = 0; i < r->legend->len; i++)
    {
      GpmLegendItem *item = &g_array_index (r->legend, GpmLegendItem, i);

      if (x > x0 && x + item->width > x0 + available)
        {
          x = x0;
          y += row_height + 4.0 * r->gap;
          row_height = 0.0;
        }
      item->x = x;
      item->y = y;
      x += item->width + spacing;
      row_height = MAX (row_height, item->height);
    }

  return y + row_height - y0;
}

void
gpm_render_legend_layout (GpmRender *r,
                          double    *top,
                          double    *bottom)
{
  double available = MAX (r->width - 2 * r->pad, 10.0);
  double height;
  gboolean below = r->width < 560.0 * r->s;

  if (r->legend_series->len == 0)
    return;

  for (guint i = 0; i < r->legend_series->len; i++)
    add_item (r, GPM_LEGEND_SERIES, (int) i,
              gpm_chart_series_get_label (g_array_index (r->legend_series, GpmSeriesInfo,
                                                         i).series),
              available);
  if (r->has_forecast)
    add_item (r, GPM_LEGEND_FORECAST, -1, gpm_render_text (r, GPM_TEXT_FORECAST), available);
  if (r->has_estimate)
    add_item (r, GPM_LEGEND_ESTIMATE, -1, gpm_render_text (r, GPM_TEXT_ESTIMATE), available);
  if (r->has_doubtful)
    add_item (r, GPM_LEGEND_DOUBTFUL, -1, gpm_render_text (r, GPM_TEXT_DOUBTFUL), available);

  /* Measure at the top, then move the rows if the legend belongs below the plot. */
  height = flow_items (r, r->pad, *top, available);
  if (below)
    {
      double y = *bottom - height;

      flow_items (r, r->pad, y, available);
      r->legend_rect = (cairo_rectangle_t) { r->pad, y, available, height };
      *bottom = y - 10.0 * r->gap;
    }
  else
    {
      r->legend_rect = (cairo_rectangle_t) { r->pad, *top, available, height };
      *top += height + 10.0 * r->gap;
    }
}

static void
draw_series_swatch (GpmRender           *r,
                    const GpmSeriesInfo *info,
                    double               x,
                    double               cy,
                    double               width)
{
  double size = 11.0 * r->s;
  cairo_rectangle_t square = { x + (width - size) / 2.0, cy - size / 2.0, size, size };

  switch (info->mark)
    {
    case GPM_CHART_MARK_BAR:
    case GPM_CHART_MARK_AREA:
      gpm_render_set_color (r, &info->color, info->mark == GPM_CHART_MARK_AREA ? 0.35 : 1.0);
      cairo_rectangle (r->cr, square.x, square.y, square.width, square.height);
      cairo_fill (r->cr);
      if (info->mark == GPM_CHART_MARK_BAR && r->type != GPM_CHART_TYPE_DONUT)
        gpm_render_fill_pattern (r, &square, gpm_palette_get_fill_pattern (info->channel),
                                 &info->color);
      else
        {
          cairo_move_to (r->cr, square.x, square.y);
          cairo_line_to (r->cr, square.x + size, square.y);
          cairo_set_line_width (r->cr, 2.0 * r->s);
          gpm_render_set_color (r, &info->color, 1.0);
          cairo_stroke (r->cr);
        }
      break;

    case GPM_CHART_MARK_LINE:
      cairo_move_to (r->cr, x, cy);
      cairo_line_to (r->cr, x + width, cy);
      cairo_set_line_width (r->cr, 2.0 * r->s);
      gpm_render_set_color (r, &info->color, 1.0);
      cairo_stroke (r->cr);
      G_GNUC_FALLTHROUGH;
    case GPM_CHART_MARK_SCATTER:
    default:
      gpm_render_draw_marker (r, gpm_palette_get_marker (info->channel), x + width / 2.0, cy,
                              (info->mark == GPM_CHART_MARK_SCATTER ? 4.5 : 3.5) * r->s,
                              &info->color, FALSE);
      break;
    }
}

static void
draw_forecast_swatch (GpmRender *r,
                      double     x,
                      double     cy)
{
  double size = 11.0 * r->s;
  const GpmRgba *color = &r->colors.muted_text;

  if (r->forecast_bars)
    {
      cairo_rectangle_t square = { x + 5.5 * r->s, cy - size / 2.0, size, size };

      gpm_render_fill_forecast (r, &square, color);
      x += 22.0 * r->s;
    }
  if (r->forecast_lines || !r->forecast_bars)
    {
      double dash = 3.0 * r->s;

      cairo_move_to (r->cr, x, cy);
      cairo_line_to (r->cr, x + 16.0 * r->s, cy);
      cairo_set_dash (r->cr, &dash, 1, 0);
      cairo_set_line_width (r->cr, 2.0 * r->s);
      gpm_render_set_color (r, color, 1.0);
      cairo_stroke (r->cr);
      cairo_set_dash (r->cr, NULL, 0, 0);
      gpm_render_draw_marker (r, GPM_MARKER_CIRCLE, x + 8.0 * r->s, cy, 3.5 * r->s, color, TRUE);
    }
}

static void
draw_item (GpmRender     *r,
           GpmLegendItem *item)
{
  double swatch = swatch_width (r, item);
  double line_height, cy;
  int series_index = -1;
  const GpmRgba *text_color = &r->colors.text;

  /* Centre the swatch on the first line of text, not on a wrapped block. */
  line_height = pango_layout_get_baseline (item->text) / (double) PANGO_SCALE;
  cy = item->y + line_height * 0.62;

  switch (item->kind)
    {
    case GPM_LEGEND_SERIES:
      {
        GpmSeriesInfo *info = &g_array_index (r->legend_series, GpmSeriesInfo, item->series);

        /* A hidden series: a faint swatch and struck-through muted text, still there to
         * be clicked back on. */
        if (info->hidden)
          {
            g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

            cairo_push_group (r->cr);
            draw_series_swatch (r, info, item->x, cy, swatch);
            cairo_pop_group_to_source (r->cr);
            cairo_paint_with_alpha (r->cr, 0.3);
            pango_attr_list_insert (attributes, pango_attr_strikethrough_new (TRUE));
            pango_layout_set_attributes (item->text, attributes);
            text_color = &r->colors.muted_text;
          }
        else
          {
            draw_series_swatch (r, info, item->x, cy, swatch);
          }
        series_index = (int) info->data_index;
      }
      break;
    case GPM_LEGEND_FORECAST:
      draw_forecast_swatch (r, item->x, cy);
      break;
    case GPM_LEGEND_ESTIMATE:
      if (r->estimate_bars)
        {
          double size = 11.0 * r->s;

          cairo_rectangle (r->cr, item->x + (swatch - size) / 2.0, cy - size / 2.0, size, size);
          gpm_render_set_color (r, &r->colors.muted_text, 0.45);
          cairo_fill_preserve (r->cr);
          cairo_set_line_width (r->cr, 1.0 * r->s);
          gpm_render_set_color (r, &r->colors.muted_text, 1.0);
          cairo_stroke (r->cr);
        }
      else
        {
          gpm_render_draw_marker (r, GPM_MARKER_CIRCLE, item->x + swatch / 2.0, cy,
                                  3.5 * r->s, &r->colors.muted_text, TRUE);
        }
      break;
    case GPM_LEGEND_DOUBTFUL:
    default:
      gpm_render_draw_badge (r, item->x + swatch / 2.0, cy, &r->colors.muted_text);
      break;
    }

  gpm_render_show_text (r, item->text, item->x + swatch + 6.0 * r->s, item->y, text_color);
  gpm_render_add_box (r, GPM_CHART_BOX_LEGEND_ITEM, item->x, item->y, item->width, item->height,
                      series_index, pango_layout_get_text (item->text));
}

void
gpm_render_legend_draw (GpmRender *r)
{
  double right = r->legend_rect.x;

  if (r->legend->len == 0)
    return;

  for (guint i = 0; i < r->legend->len; i++)
    {
      GpmLegendItem *item = &g_array_index (r->legend, GpmLegendItem, i);

      draw_item (r, item);
      right = MAX (right, item->x + item->width);
    }

  /* The legend's box is what it covers, not the whole row it may sit in. */
  gpm_render_add_box (r, GPM_CHART_BOX_LEGEND, r->legend_rect.x, r->legend_rect.y,
                      right - r->legend_rect.x, r->legend_rect.height, -1, NULL);
}

void
gpm_render_legend_clear (GpmRender *r)
{
  if (r->legend == NULL)
    return;

  for (guint i = 0; i < r->legend->len; i++)
    g_clear_object (&g_array_index (r->legend, GpmLegendItem, i).text);
  g_array_set_size (r->legend, 0);
}
