/* gpm-chart-renderer-bars.c — vertical, grouped, stacked and horizontal bars.
 *
 * A bar covers its period: on a time axis a quarter's bar is a quarter wide, so a
 * quarter's revenue next to full years reads as the shorter span it is. Bars start at
 * zero and losses hang below it. Forecasts are pale and hatched with a solid outline,
 * estimates pale without hatching, and the second channel (dots, stripes) marks each
 * series for readers who cannot rely on colour.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"

#define BAR_FILL_FRACTION 0.8

/* ---------------------------------------------------------------- fills */

static void
clip_rect (GpmRender               *r,
           const cairo_rectangle_t *rect)
{
  cairo_rectangle (r->cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (r->cr);
}

/* Diagonal hatching over a pale fill: reserved for forecasts everywhere. */
void
gpm_render_fill_forecast (GpmRender               *r,
                          const cairo_rectangle_t *rect,
                          const GpmRgba           *color)
{
  double spacing = 5.0 * r->s;
  double line = MAX (1.0 * r->s, 1.0 / r->device_scale);

  cairo_save (r->cr);
  gpm_render_set_color (r, color, 0.22);
  cairo_rectangle (r->cr, rect->x, rect->y, rect->width, rect->height);
  cairo_fill (r->cr);

  clip_rect (r, rect);
  for (double d = -rect->height; d < rect->width; d += spacing)
    {
      cairo_move_to (r->cr, rect->x + d, rect->y + rect->height);
      cairo_line_to (r->cr, rect->x + d + rect->height, rect->y);
    }
  cairo_set_line_width (r->cr, line);
  gpm_render_set_color (r, color, 0.9);
  cairo_stroke (r->cr);
  cairo_restore (r->cr);

  cairo_rectangle (r->cr, rect->x + line / 2, rect->y + line / 2, MAX (rect->width - line, 0),
                   MAX (rect->height - line, 0));
  cairo_set_line_width (r->cr, line);
  gpm_render_set_color (r, color, 1.0);
  cairo_stroke (r->cr);
}

/* The second channel: a light texture in the background colour over the bar's fill. */
void
gpm_render_fill_pattern (GpmRender               *r,
                         const cairo_rectangle_t *rect,
                         GpmFillPattern           pattern,
                         const GpmRgba           *color)
{
  double spacing = 4.0 * r->s;
  double line = 1.0 * r->s;

  if (pattern == GPM_FILL_SOLID)
    return;

  cairo_save (r->cr);
  clip_rect (r, rect);
  if (r->colors.background.alpha > 0)
    gpm_render_set_color (r, &r->colors.background, 0.55);
  else
    cairo_set_source_rgba (r->cr, 1, 1, 1, 0.55);

  if (pattern == GPM_FILL_DOTS)
    {
      for (double y = rect->y + spacing / 2; y < rect->y + rect->height; y += spacing)
        for (double x = rect->x + spacing / 2; x < rect->x + rect->width; x += spacing)
          {
            cairo_new_sub_path (r->cr);
            cairo_arc (r->cr, x, y, 0.8 * r->s, 0, 2 * G_PI);
          }
      cairo_fill (r->cr);
    }

  if (pattern == GPM_FILL_HORIZONTAL || pattern == GPM_FILL_CROSS)
    for (double y = rect->y + spacing / 2; y < rect->y + rect->height; y += spacing)
      {
        cairo_move_to (r->cr, rect->x, y);
        cairo_line_to (r->cr, rect->x + rect->width, y);
      }
  if (pattern == GPM_FILL_VERTICAL || pattern == GPM_FILL_CROSS)
    for (double x = rect->x + spacing / 2; x < rect->x + rect->width; x += spacing)
      {
        cairo_move_to (r->cr, x, rect->y);
        cairo_line_to (r->cr, x, rect->y + rect->height);
      }
  cairo_set_line_width (r->cr, line);
  cairo_stroke (r->cr);
  cairo_restore (r->cr);
}

static void
fill_bar (GpmRender               *r,
          const GpmSeriesInfo     *info,
          const GpmChartPoint     *point,
          const cairo_rectangle_t *rect)
{
  switch (point->status)
    {
    case GPM_POINT_FORECAST:
      gpm_render_fill_forecast (r, rect, &info->color);
      break;

    case GPM_POINT_ESTIMATE:
      gpm_render_set_color (r, &info->color, 0.45);
      cairo_rectangle (r->cr, rect->x, rect->y, rect->width, rect->height);
      cairo_fill (r->cr);
      gpm_render_fill_pattern (r, rect, gpm_palette_get_fill_pattern (info->channel),
                               &info->color);
      cairo_rectangle (r->cr, rect->x, rect->y, rect->width, rect->height);
      cairo_set_line_width (r->cr, 1.0 * r->s);
      gpm_render_set_color (r, &info->color, 1.0);
      cairo_stroke (r->cr);
      break;

    case GPM_POINT_REPORTED:
    default:
      gpm_render_set_color (r, &info->color, 1.0);
      cairo_rectangle (r->cr, rect->x, rect->y, rect->width, rect->height);
      cairo_fill (r->cr);
      gpm_render_fill_pattern (r, rect, gpm_palette_get_fill_pattern (info->channel),
                               &info->color);
      break;
    }
}

/* A "?" in a ring: the figure is shown as the source printed it, but looks wrong. */
void
gpm_render_draw_badge (GpmRender     *r,
                       double         x,
                       double         y,
                       const GpmRgba *color)
{
  g_autoptr(PangoLayout) mark = gpm_render_make_text (r, r->font_small, "?", -1);
  double radius = 6.5 * r->s, w, h;

  cairo_new_sub_path (r->cr);
  cairo_arc (r->cr, x, y, radius, 0, 2 * G_PI);
  gpm_render_set_color (r, &r->colors.background, r->colors.background.alpha > 0 ? 1.0 : 0.0);
  cairo_fill_preserve (r->cr);
  cairo_set_line_width (r->cr, 1.3 * r->s);
  gpm_render_set_color (r, color, 1.0);
  cairo_stroke (r->cr);

  pango_font_description_set_weight (r->font_small, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (mark, r->font_small);
  pango_font_description_set_weight (r->font_small, PANGO_WEIGHT_NORMAL);
  gpm_render_text_size (mark, &w, &h);
  gpm_render_show_text (r, mark, x - w / 2.0, y - h / 2.0, &r->colors.text);
}

/* ---------------------------------------------------------------- stacks */

typedef struct
{
  double positive;
  double negative;
  double total;      /* of absolute values, for 100 % stacks */
} Stack;

/* Points stack together when they share a category or the same span. */
char *
gpm_render_stack_key (const GpmChartPoint *point)
{
  if (point->category != NULL)
    return g_strdup (point->category);

  return g_strdup_printf ("%.6f/%.6f", point->x_start, point->x_end);
}

static GHashTable *
stack_totals (GpmRender *r)
{
  GHashTable *stacks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < r->series->len; i++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, i);

      for (guint p = 0; p < gpm_chart_series_get_n_points (info->series); p++)
        {
          GpmChartPoint point;
          char *key;
          Stack *stack;

          gpm_chart_series_get_point (info->series, p, &point);
          if (!gpm_render_point_visible (r, &point))
            continue;
          key = gpm_render_stack_key (&point);
          if ((stack = g_hash_table_lookup (stacks, key)) == NULL)
            g_hash_table_insert (stacks, key, (stack = g_new0 (Stack, 1)));
          else
            g_free (key);
          stack->total += fabs (point.value);
        }
    }

  return stacks;
}

/* ---------------------------------------------------------------- vertical bars */

static double
bar_base (GpmRender *r,
          guint      axis)
{
  const GpmValueAxis *a = &r->axes[axis];

  if (a->log || a->ticks.min > 0)
    return a->ticks.min;
  if (a->ticks.max < 0)
    return a->ticks.max;
  return 0.0;
}

static void
place_badge (GpmRender               *r,
             const cairo_rectangle_t *bar,
             gboolean                 negative,
             const GpmRgba           *color)
{
  double radius = 6.5 * r->s, gap = 3.0 * r->s;
  double cx = bar->x + bar->width / 2.0;
  double y;

  if (!negative)
    {
      y = bar->y - gap - radius;
      if (y - radius < r->plot.y)
        y = bar->y + gap + radius;
    }
  else
    {
      y = bar->y + bar->height + gap + radius;
      if (y + radius > r->plot.y + r->plot.height)
        y = bar->y + bar->height - gap - radius;
    }
  gpm_render_draw_badge (r, cx, y, color);
}

/* The part of a bar inside the plot is what the pointer can hit: on a zoomed axis a
 * bar may be cut at either end, or lie wholly outside. */
static void
record_bar (GpmRender               *r,
            const GpmSeriesInfo     *info,
            guint                    index,
            const cairo_rectangle_t *rect,
            double                   top)
{
  double x0 = MAX (rect->x, r->plot.x);
  double x1 = MIN (rect->x + rect->width, r->plot.x + r->plot.width);
  cairo_rectangle_t visible = *rect;

  if (x1 <= x0)
    return;
  visible.x = x0;
  visible.width = x1 - x0;
  gpm_chart_layout_add_mark (r->layout, info->data_index, index, (x0 + x1) / 2.0, top,
                             &visible);
}

static void
draw_vertical_bar (GpmRender           *r,
                   const GpmSeriesInfo *info,
                   guint                index,
                   const GpmChartPoint *point,
                   GHashTable          *stacks)
{
  gboolean stacked = stacks != NULL;
  double from, to, width, left, value = point->value, base, top, y0, y1;
  cairo_rectangle_t rect;

  gpm_render_point_slot (r, point, &from, &to);
  width = (to - from) * BAR_FILL_FRACTION;
  left = from + (to - from - width) / 2.0;
  if (!stacked && r->n_bar_slots > 1)
    {
      width /= r->n_bar_slots;
      left += info->bar_slot * width;
      if (width > 4.0 * r->s)
        {
          left += 0.5 * r->s;
          width -= 1.0 * r->s;
        }
    }

  base = bar_base (r, info->axis);
  if (stacked)
    {
      g_autofree char *key = gpm_render_stack_key (point);
      Stack *stack = g_hash_table_lookup (stacks, key);

      if (r->type == GPM_CHART_TYPE_STACKED_100)
        value = stack->total > 0 ? point->value / stack->total * 100.0 : 0.0;
      base = value >= 0 ? stack->positive : stack->negative;
      if (value >= 0)
        stack->positive += value;
      else
        stack->negative += value;
    }
  top = base + value;

  y0 = gpm_render_value_to_y (r, info->axis, base);
  y1 = gpm_render_value_to_y (r, info->axis, top);
  rect = (cairo_rectangle_t) { left, MIN (y0, y1), width, fabs (y1 - y0) };
  fill_bar (r, info, point, &rect);

  /* A hairline of background between stacked segments keeps them apart. */
  if (stacked && rect.height > 2.0 * r->s)
    {
      cairo_move_to (r->cr, rect.x, y1);
      cairo_line_to (r->cr, rect.x + rect.width, y1);
      cairo_set_line_width (r->cr, 1.0 * r->s);
      gpm_render_set_color (r, &r->colors.background,
                            r->colors.background.alpha > 0 ? 1.0 : 0.0);
      cairo_stroke (r->cr);
    }

  record_bar (r, info, index, &rect, y1);
  if (point->doubtful)
    {
      /* Over the part of the bar in view, when a zoom cuts it. */
      cairo_rectangle_t shown = rect;
      double right = MIN (rect.x + rect.width, r->plot.x + r->plot.width);

      shown.x = MAX (rect.x, r->plot.x);
      shown.width = MAX (right - shown.x, 0.0);
      place_badge (r, &shown, value < 0, &info->color);
    }
}

void
gpm_render_bars_draw (GpmRender *r)
{
  gboolean stacked = r->type == GPM_CHART_TYPE_STACKED_BAR
                     || r->type == GPM_CHART_TYPE_STACKED_100;
  g_autoptr(GHashTable) stacks = stacked ? stack_totals (r) : NULL;

  cairo_save (r->cr);
  clip_rect (r, &r->plot);
  for (guint i = 0; i < r->series->len; i++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, i);

      if (info->mark != GPM_CHART_MARK_BAR)
        continue;
      for (guint p = 0; p < gpm_chart_series_get_n_points (info->series); p++)
        {
          GpmChartPoint point;

          gpm_chart_series_get_point (info->series, p, &point);
          if (gpm_render_point_visible (r, &point))
            draw_vertical_bar (r, info, p, &point, stacks);
        }
    }
  cairo_restore (r->cr);
}

/* ---------------------------------------------------------------- horizontal bars */

/* The value at the end of the bar, outside it when there is room, else inside. */
static void
draw_value_label (GpmRender               *r,
                  const GpmSeriesInfo     *info,
                  const GpmChartPoint     *point,
                  const cairo_rectangle_t *bar,
                  gboolean                 negative)
{
  g_autofree char *value = gpm_number_format (r->language, point->value,
                                              gpm_chart_series_get_unit (info->series),
                                              GPM_NUMBER_LONG);
  g_autofree char *text = g_strconcat (gpm_render_qualifier_sign (point->qualifier), value,
                                       NULL);
  g_autoptr(PangoLayout) layout = gpm_render_make_text (r, r->font_tick, text, -1);
  double w, h, x, y, gap = 4.0 * r->s;
  const GpmRgba *color = &r->colors.text;

  gpm_render_text_size (layout, &w, &h);
  if (h > bar->height + 2.0 * r->s && bar->height < r->tick_height * 0.6)
    return;

  y = bar->y + (bar->height - h) / 2.0;
  x = negative ? bar->x - gap - w : bar->x + bar->width + gap;
  if (x < r->plot.x || x + w > r->width - r->pad)
    {
      /* Inside the bar's end, in the background colour for contrast. */
      if (w + 2 * gap > bar->width)
        return;
      x = negative ? bar->x + gap : bar->x + bar->width - gap - w;
      color = gpm_render_text_on (r, &info->color);
    }
  gpm_render_draw_text (r, layout, x, y, color, GPM_CHART_BOX_DATA_LABEL,
                        (int) info->data_index);

  if (point->doubtful)
    gpm_render_draw_badge (r, negative ? x - gap - 6.5 * r->s : x + w + gap + 6.5 * r->s,
                           y + h / 2.0, &info->color);
}

void
gpm_render_hbars_draw (GpmRender *r)
{
  for (guint i = 0; i < r->series->len; i++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, i);

      for (guint p = 0; p < gpm_chart_series_get_n_points (info->series); p++)
        {
          GpmChartPoint point;
          double from, to, height, top, x0, x1;
          cairo_rectangle_t rect;

          gpm_chart_series_get_point (info->series, p, &point);
          if (!gpm_render_point_visible (r, &point))
            continue;

          gpm_render_point_slot (r, &point, &from, &to);
          height = (to - from) * 0.7 / MAX (r->n_bar_slots, 1);
          top = from + (to - from) * 0.15 + info->bar_slot * height;
          x0 = gpm_render_value_to_x (r, bar_base (r, 0));
          x1 = gpm_render_value_to_x (r, point.value);
          rect = (cairo_rectangle_t) { MIN (x0, x1), top, fabs (x1 - x0), height - 1.0 * r->s };
          fill_bar (r, info, &point, &rect);
          gpm_chart_layout_add_mark (r->layout, info->data_index, p, x1, top + height / 2.0,
                                     &rect);
          draw_value_label (r, info, &point, &rect, point.value < 0);
        }
    }
}
