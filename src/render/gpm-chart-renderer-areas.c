/* gpm-chart-renderer-areas.c — area charts with several series, stacked.
 *
 * Overlapping translucent areas hide each other and read as a total nobody computed, so
 * the series of an area chart on the same value axis are stacked, like stacked bars:
 * absolute, or as shares of each period's total (area-100). Slots are the periods any
 * series has (a quarter and a year are different slots, keyed as stacked bars are).
 *
 * A series without a value in some period is counted as zero there, and the footer says
 * which: an analyst reading a stack expects the total to be the sum of what is shown,
 * and skipping the period for every series would drop the others' real figures too.
 * A segment that reaches a forecast is filled lighter and hatched, with a dashed top
 * edge, and the legend explains it. Periods of another precision (a single quarter among
 * years) get markers, not a band joining them to the years. Long measured series
 * (thousands of points) are not stacked: they are drawn from their per-column
 * summaries, one over the other.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"
#include "gpm-stack.h"

typedef struct
{
  double      x;          /* days, the middle of the slot's span */
  GpmTimeUnit unit;       /* its precision: a year, a quarter… */
  const char *key;        /* owned by the stack's key table */
  const char *period;     /* a point's period text, for the footer note */
} Slot;

struct _GpmAreaStack
{
  guint    n_series;
  guint    n_slots;
  guint   *series;        /* index into GpmRender.series of each stacked series */
  Slot    *slots;
  double  *values;        /* n_series × n_slots; NAN where a series has no figure */
  double  *lower;
  double  *upper;
  gint    *points;        /* the point of each cell, −1 where none */
  guint8  *forecast;      /* whether that point is a forecast or estimate */
  guint8  *doubtful;
  guint    filled;        /* cells counted as zero */
  GPtrArray *keys;
};

void
gpm_area_stack_free (GpmAreaStack *stack)
{
  if (stack == NULL)
    return;
  g_free (stack->series);
  g_free (stack->slots);
  g_free (stack->values);
  g_free (stack->lower);
  g_free (stack->upper);
  g_free (stack->points);
  g_free (stack->forecast);
  g_free (stack->doubtful);
  g_ptr_array_unref (stack->keys);
  g_free (stack);
}

static gboolean
stackable (const GpmSeriesInfo *info)
{
  return info->axis == 0 && info->mark == GPM_CHART_MARK_AREA
         && gpm_chart_series_get_n_points (info->series) <= GPM_LONG_SERIES;
}

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *sa = a, *sb = b;

  return sa->x < sb->x ? -1 : sa->x > sb->x ? 1 : g_strcmp0 (sa->key, sb->key);
}

static guint
find_slot (GpmAreaStack *stack,
           const char   *key)
{
  for (guint i = 0; i < stack->n_slots; i++)
    if (g_str_equal (stack->slots[i].key, key))
      return i;

  return G_MAXUINT;
}

/* The slots every stacked series' points fall in, in time order. */
static void
collect_slots (GpmRender    *r,
               GpmAreaStack *stack)
{
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint s = 0; s < stack->n_series; s++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, stack->series[s]);

      for (guint p = 0; p < gpm_chart_series_get_n_points (info->series); p++)
        {
          GpmChartPoint point;
          char *key;
          Slot slot;

          gpm_chart_series_get_point (info->series, p, &point);
          if (!gpm_render_point_visible (r, &point))
            continue;
          key = gpm_render_stack_key (&point);
          if (g_hash_table_contains (seen, key))
            {
              g_free (key);
              continue;
            }
          g_ptr_array_add (stack->keys, key);
          g_hash_table_add (seen, key);
          slot.x = (point.x_start + point.x_end) / 2.0;
          slot.unit = point.x_end > point.x_start
                      ? gpm_time_unit_for_span (point.x_start, point.x_end) : GPM_TIME_UNIT_DAY;
          slot.key = key;
          slot.period = point.period;
          g_array_append_val (slots, slot);
        }
    }

  g_array_sort (slots, compare_slots);
  stack->n_slots = slots->len;
  stack->slots = (Slot *) g_array_free (g_steal_pointer (&slots), FALSE);
}

/* Lays the stack out when the chart has one; called once the visible series are known. */
void
gpm_render_areas_prepare (GpmRender *r)
{
  GpmAreaStack *stack;
  guint n = 0, cells;

  if (r->type != GPM_CHART_TYPE_AREA && r->type != GPM_CHART_TYPE_AREA_100)
    return;
  for (guint i = 0; i < r->series->len; i++)
    n += stackable (&g_array_index (r->series, GpmSeriesInfo, i));
  /* One area alone is drawn as it always was, unless it is asked for as shares. */
  if (n == 0 || (n == 1 && r->type == GPM_CHART_TYPE_AREA))
    return;

  stack = g_new0 (GpmAreaStack, 1);
  stack->keys = g_ptr_array_new_with_free_func (g_free);
  stack->series = g_new (guint, n);
  for (guint i = 0; i < r->series->len; i++)
    if (stackable (&g_array_index (r->series, GpmSeriesInfo, i)))
      stack->series[stack->n_series++] = i;
  collect_slots (r, stack);

  cells = stack->n_series * stack->n_slots;
  stack->values = g_new (double, cells);
  stack->lower = g_new (double, cells);
  stack->upper = g_new (double, cells);
  stack->points = g_new (gint, cells);
  stack->forecast = g_new0 (guint8, cells);
  stack->doubtful = g_new0 (guint8, cells);
  for (guint c = 0; c < cells; c++)
    {
      stack->values[c] = NAN;
      stack->points[c] = -1;
    }

  for (guint s = 0; s < stack->n_series; s++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, stack->series[s]);

      for (guint p = 0; p < gpm_chart_series_get_n_points (info->series); p++)
        {
          GpmChartPoint point;
          g_autofree char *key = NULL;
          guint slot, c;

          gpm_chart_series_get_point (info->series, p, &point);
          if (!gpm_render_point_visible (r, &point))
            continue;
          key = gpm_render_stack_key (&point);
          slot = find_slot (stack, key);
          c = s * stack->n_slots + slot;
          /* Two figures for one period (two sources): the first, as the source gave it. */
          if (slot == G_MAXUINT || stack->points[c] >= 0)
            continue;
          stack->values[c] = point.value;
          stack->points[c] = (gint) p;
          stack->forecast[c] = point.status != GPM_POINT_REPORTED;
          stack->doubtful[c] = point.doubtful;
          if (point.status == GPM_POINT_FORECAST)
            r->forecast_bars = TRUE;
        }
    }

  stack->filled = gpm_stack_compute (stack->values, stack->n_series, stack->n_slots,
                                     r->type == GPM_CHART_TYPE_AREA_100, stack->lower,
                                     stack->upper);
  r->stack = stack;
}

gboolean
gpm_render_areas_stacked (GpmRender           *r,
                          const GpmSeriesInfo *info)
{
  if (r->stack == NULL)
    return FALSE;
  for (guint s = 0; s < r->stack->n_series; s++)
    if (g_array_index (r->series, GpmSeriesInfo, r->stack->series[s]).data_index
        == info->data_index)
      return TRUE;

  return FALSE;
}

/* The extent of the stacked sums, for the value axis. */
void
gpm_render_areas_extent (GpmRender *r,
                         double    *lo,
                         double    *hi)
{
  guint cells = r->stack->n_series * r->stack->n_slots;

  for (guint c = 0; c < cells; c++)
    {
      *lo = MIN (*lo, r->stack->lower[c]);
      *hi = MAX (*hi, r->stack->upper[c]);
    }
}

/* "Missing periods count as zero in the stack: MetaX (2022)", naming up to three. */
char *
gpm_render_areas_note (GpmRender *r)
{
  static const char *intro[] = {
    "Missing periods count as zero in the stack: ", "堆叠时缺少的期间按零计：",
    "堆疊時缺少的期間按零計：",
  };
  const char *separator = r->language == GPM_LANGUAGE_EN ? ", " : "、";
  GpmAreaStack *stack = r->stack;
  g_autoptr(GString) note = NULL;
  guint listed = 0;

  if (stack == NULL || stack->filled == 0)
    return NULL;

  note = g_string_new (intro[CLAMP ((int) r->language, 0, 2)]);
  for (guint s = 0; s < stack->n_series; s++)
    for (guint slot = 0; slot < stack->n_slots; slot++)
      {
        GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, stack->series[s]);

        if (stack->points[s * stack->n_slots + slot] >= 0)
          continue;
        if (listed == 3)
          {
            g_string_append (note, "…");
            return g_string_free (g_steal_pointer (&note), FALSE);
          }
        if (listed++ > 0)
          g_string_append (note, separator);
        g_string_append_printf (note, r->language == GPM_LANGUAGE_EN ? "%s (%s)" : "%s（%s）",
                                gpm_chart_series_get_label (info->series),
                                stack->slots[slot].period ? stack->slots[slot].period : "?");
      }

  return g_string_free (g_steal_pointer (&note), FALSE);
}

/* ---------------------------------------------------------------- drawing */

static double
cell_y (GpmRender          *r,
        const GpmAreaStack *stack,
        const double       *edge,
        guint               s,
        guint               slot)
{
  return gpm_render_value_to_y (r, 0, edge[s * stack->n_slots + slot]);
}

/* The band of series @s over slots [from, to], as one closed path. */
static void
band_path (GpmRender          *r,
           const GpmAreaStack *stack,
           guint               s,
           guint               from,
           guint               to)
{
  cairo_new_path (r->cr);
  for (guint k = from; k <= to; k++)
    cairo_line_to (r->cr, gpm_render_days_to_x (r, stack->slots[k].x),
                   cell_y (r, stack, stack->upper, s, k));
  for (guint k = to + 1; k-- > from;)
    cairo_line_to (r->cr, gpm_render_days_to_x (r, stack->slots[k].x),
                   cell_y (r, stack, stack->lower, s, k));
  cairo_close_path (r->cr);
}

/* A year next to a single quarter is not a trend (as in line charts): no band joins them,
 * and the quarter stands as its markers. */
static gboolean
segment_drawn (const GpmAreaStack *stack,
               guint               k)
{
  return stack->slots[k].unit == stack->slots[k + 1].unit;
}

static gboolean
segment_forecast (const GpmAreaStack *stack,
                  guint               s,
                  guint               k)
{
  guint c = s * stack->n_slots + k;

  return stack->forecast[c] || stack->forecast[c + 1];
}

static void
fill_run (GpmRender           *r,
          const GpmAreaStack  *stack,
          const GpmSeriesInfo *info,
          guint                s,
          guint                from,
          guint                to,
          gboolean             forecast)
{
  double x1, y1, x2, y2;
  cairo_rectangle_t box;

  band_path (r, stack, s, from, to);
  if (!forecast)
    {
      gpm_render_set_color (r, &info->color, 0.55);
      cairo_fill (r->cr);
      return;
    }

  /* Lighter and hatched, as a forecast bar is, without the bar's outline. */
  cairo_save (r->cr);
  cairo_fill_extents (r->cr, &x1, &y1, &x2, &y2);
  cairo_clip (r->cr);
  box = (cairo_rectangle_t) { x1 - 2.0, y1 - 2.0, x2 - x1 + 4.0, y2 - y1 + 4.0 };
  gpm_render_fill_forecast (r, &box, &info->color);
  cairo_restore (r->cr);
}

static void
draw_band (GpmRender           *r,
           const GpmAreaStack  *stack,
           const GpmSeriesInfo *info,
           guint                s)
{
  guint n_segments = stack->n_slots > 0 ? stack->n_slots - 1 : 0;
  guint first = 0;   /* the first segment of the run; segment k joins slots k and k + 1 */

  while (first < n_segments)
    {
      guint end = first;

      if (!segment_drawn (stack, first))
        {
          first++;
          continue;
        }
      while (end + 1 < n_segments && segment_drawn (stack, end + 1)
             && segment_forecast (stack, s, end + 1) == segment_forecast (stack, s, first))
        end++;
      fill_run (r, stack, info, s, first, end + 1, segment_forecast (stack, s, first));
      first = end + 1;
    }
}

static void
draw_top (GpmRender           *r,
          const GpmAreaStack  *stack,
          const GpmSeriesInfo *info,
          guint                s,
          gboolean             markers)
{
  double radius = 3.5 * r->s;

  for (guint k = 1; k < stack->n_slots; k++)
    {
      if (!segment_drawn (stack, k - 1))
        continue;
      cairo_move_to (r->cr, gpm_render_days_to_x (r, stack->slots[k - 1].x),
                     cell_y (r, stack, stack->upper, s, k - 1));
      cairo_line_to (r->cr, gpm_render_days_to_x (r, stack->slots[k].x),
                     cell_y (r, stack, stack->upper, s, k));
      gpm_render_set_line_style (r, info, segment_forecast (stack, s, k - 1), FALSE);
      cairo_set_line_width (r->cr, 1.5 * r->s);
      cairo_stroke (r->cr);
    }
  cairo_set_dash (r->cr, NULL, 0, 0);

  for (guint k = 0; k < stack->n_slots; k++)
    {
      guint c = s * stack->n_slots + k;
      double x = gpm_render_days_to_x (r, stack->slots[k].x);
      double y = cell_y (r, stack, stack->upper, s, k);

      if (stack->points[c] < 0)
        continue;
      if (x < r->plot.x - 0.5 || x > r->plot.x + r->plot.width + 0.5)
        continue;
      if (markers || ((k == 0 || !segment_drawn (stack, k - 1))
                      && (k + 1 == stack->n_slots || !segment_drawn (stack, k))))
        gpm_render_draw_marker (r, gpm_palette_get_marker (info->channel), x, y, radius,
                                &info->color, stack->forecast[c]);
      if (stack->doubtful[c])
        gpm_render_draw_badge (r, x + radius + 5.0 * r->s, y - radius - 5.0 * r->s,
                               &info->color);
      gpm_chart_layout_add_mark (r->layout, info->data_index, (guint) stack->points[c], x, y,
                                 NULL);
    }
}

void
gpm_render_areas_draw (GpmRender *r)
{
  GpmAreaStack *stack = r->stack;
  double margin = 8.0 * r->s;
  double side = r->zoomed ? 0.0 : margin;
  gboolean markers;

  if (stack == NULL)
    return;

  markers = stack->n_slots <= r->plot.width / (10.0 * r->s);
  cairo_save (r->cr);
  cairo_rectangle (r->cr, r->plot.x - side, r->plot.y - margin, r->plot.width + 2 * side,
                   r->plot.height + 2 * margin);
  cairo_clip (r->cr);
  for (guint s = 0; s < stack->n_series; s++)
    draw_band (r, stack, &g_array_index (r->series, GpmSeriesInfo, stack->series[s]), s);
  for (guint s = 0; s < stack->n_series; s++)
    draw_top (r, stack, &g_array_index (r->series, GpmSeriesInfo, stack->series[s]), s,
              markers);
  cairo_restore (r->cr);
}
