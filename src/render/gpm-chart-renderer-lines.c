/* gpm-chart-renderer-lines.c — lines, areas, scatter markers, and long series.
 *
 * A point of a time series sits in the middle of its span. Lines connect points of the
 * same precision only: a year followed by a single quarter is not a trend, so the line
 * breaks there and the markers carry the values — except for shares, which are levels. A segment that reaches a forecast (or
 * an estimate) is dashed and the point's marker is hollow.
 *
 * Series of more than GPM_LONG_SERIES points are drawn by -long.c.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"


typedef struct
{
  double         x;
  double         y;
  guint          index;
  GpmPointStatus status;
  GpmTimeUnit    unit;
  gboolean       doubtful;
} Vertex;

void
gpm_render_draw_marker (GpmRender      *r,
                        GpmMarkerShape  shape,
                        double          x,
                        double          y,
                        double          radius,
                        const GpmRgba  *color,
                        gboolean        hollow)
{
  cairo_t *cr = r->cr;
  double a = radius * 1.15;

  cairo_new_path (cr);
  switch (shape)
    {
    case GPM_MARKER_SQUARE:
      cairo_rectangle (cr, x - radius * 0.9, y - radius * 0.9, radius * 1.8, radius * 1.8);
      break;
    case GPM_MARKER_TRIANGLE:
    case GPM_MARKER_TRIANGLE_DOWN:
      {
        double d = shape == GPM_MARKER_TRIANGLE ? 1.0 : -1.0;

        cairo_move_to (cr, x, y - a * d);
        cairo_line_to (cr, x + a, y + a * 0.75 * d);
        cairo_line_to (cr, x - a, y + a * 0.75 * d);
        cairo_close_path (cr);
      }
      break;
    case GPM_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - a);
      cairo_line_to (cr, x + a, y);
      cairo_line_to (cr, x, y + a);
      cairo_line_to (cr, x - a, y);
      cairo_close_path (cr);
      break;
    case GPM_MARKER_PLUS:
      cairo_rectangle (cr, x - a, y - a * 0.35, 2 * a, a * 0.7);
      cairo_rectangle (cr, x - a * 0.35, y - a, a * 0.7, 2 * a);
      break;
    case GPM_MARKER_CIRCLE:
    default:
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      break;
    }

  /* Filled markers get a background rim so they stay apart where lines cross. */
  if (hollow)
    gpm_render_set_color (r, &r->colors.background,
                          r->colors.background.alpha > 0 ? 1.0 : 0.0);
  else
    gpm_render_set_color (r, color, 1.0);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, (hollow ? 1.6 : 1.0) * r->s);
  if (hollow)
    gpm_render_set_color (r, color, 1.0);
  else
    gpm_render_set_color (r, &r->colors.background,
                          r->colors.background.alpha > 0 ? 0.9 : 0.0);
  cairo_stroke (cr);
}

static double
point_x (GpmRender           *r,
         const GpmChartPoint *point)
{
  double from, to;

  if (r->xy)
    return gpm_render_xy_to_x (r, point->x_value);
  if (r->x_kind == GPM_X_CATEGORY)
    {
      gpm_render_point_slot (r, point, &from, &to);
      return (from + to) / 2.0;
    }

  return gpm_render_days_to_x (r, (point->x_start + point->x_end) / 2.0);
}

static GArray *
collect_vertices (GpmRender           *r,
                  const GpmSeriesInfo *info)
{
  guint n = gpm_chart_series_get_n_points (info->series);
  GArray *vertices = g_array_sized_new (FALSE, FALSE, sizeof (Vertex), n);

  for (guint p = 0; p < n; p++)
    {
      GpmChartPoint point;
      Vertex v;

      gpm_chart_series_get_point (info->series, p, &point);
      if (!gpm_render_point_visible (r, &point) || (r->xy && !isfinite (point.x_value)))
        continue;
      v.x = point_x (r, &point);
      v.y = gpm_render_value_to_y (r, info->axis, point.value);
      v.index = p;
      v.status = point.status;
      v.doubtful = point.doubtful;
      v.unit = point.x_end > point.x_start ? gpm_time_unit_for_span (point.x_start, point.x_end)
                                           : GPM_TIME_UNIT_DAY;
      g_array_append_val (vertices, v);
    }

  return vertices;
}

double
gpm_render_baseline_y (GpmRender *r,
                       guint      axis)
{
  const GpmValueAxis *a = &r->axes[axis];
  double base = a->log || a->ticks.min > 0 ? a->ticks.min
                : a->ticks.max < 0 ? a->ticks.max : 0.0;

  return gpm_render_value_to_y (r, axis, base);
}

void
gpm_render_set_line_style (GpmRender           *r,
                           const GpmSeriesInfo *info,
                           gboolean             dashed,
                           gboolean             channel_dash)
{
  double width = 2.0 * r->s;

  cairo_set_line_width (r->cr, width);
  cairo_set_line_join (r->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (r->cr, dashed ? CAIRO_LINE_CAP_BUTT : CAIRO_LINE_CAP_ROUND);
  gpm_render_set_color (r, &info->color, 1.0);

  if (dashed)
    {
      double dashes[] = { 4.0 * r->s, 3.0 * r->s };

      cairo_set_dash (r->cr, dashes, 2, 0);
    }
  else if (channel_dash)
    {
      guint n;
      const double *pattern = gpm_palette_get_dashes (info->channel, &n);
      double scaled[8];

      for (guint i = 0; i < n && i < G_N_ELEMENTS (scaled); i++)
        scaled[i] = pattern[i] * width;
      cairo_set_dash (r->cr, scaled, (int) MIN (n, G_N_ELEMENTS (scaled)), 0);
    }
  else
    {
      cairo_set_dash (r->cr, NULL, 0, 0);
    }
}

/* Strokes runs of segments that share a style, so joins stay round inside a run. */
static void
stroke_segments (GpmRender           *r,
                 const GpmSeriesInfo *info,
                 GArray              *vertices,
                 gboolean             channel_dash)
{
  gboolean open = FALSE, run_dashed = FALSE;

  for (guint i = 1; i < vertices->len; i++)
    {
      Vertex *a = &g_array_index (vertices, Vertex, i - 1);
      Vertex *b = &g_array_index (vertices, Vertex, i);
      /* A share is a level, not a flow: 95 % over 2022 and 50 % in May 2025 are two
       * readings of one quantity and make a trend whatever their precision. */
      gboolean connected = r->x_kind == GPM_X_CATEGORY || a->unit == b->unit ||
                           gpm_chart_series_get_kind (info->series) == GPM_VALUE_KIND_SHARE;
      gboolean dashed = a->status != GPM_POINT_REPORTED || b->status != GPM_POINT_REPORTED;

      if (open && (!connected || dashed != run_dashed))
        {
          gpm_render_set_line_style (r, info, run_dashed, channel_dash);
          cairo_stroke (r->cr);
          open = FALSE;
        }
      if (!connected)
        continue;
      if (!open)
        {
          cairo_move_to (r->cr, a->x, a->y);
          run_dashed = dashed;
          open = TRUE;
        }
      cairo_line_to (r->cr, b->x, b->y);
    }

  if (open)
    {
      gpm_render_set_line_style (r, info, run_dashed, channel_dash);
      cairo_stroke (r->cr);
    }
  cairo_set_dash (r->cr, NULL, 0, 0);
}

static void
fill_area (GpmRender           *r,
           const GpmSeriesInfo *info,
           GArray              *vertices)
{
  double base = gpm_render_baseline_y (r, info->axis);

  if (vertices->len < 2)
    return;

  cairo_move_to (r->cr, g_array_index (vertices, Vertex, 0).x, base);
  for (guint i = 0; i < vertices->len; i++)
    cairo_line_to (r->cr, g_array_index (vertices, Vertex, i).x,
                   g_array_index (vertices, Vertex, i).y);
  cairo_line_to (r->cr, g_array_index (vertices, Vertex, vertices->len - 1).x, base);
  cairo_close_path (r->cr);
  gpm_render_set_color (r, &info->color, 0.25);
  cairo_fill (r->cr);
}

static void
draw_markers (GpmRender           *r,
              const GpmSeriesInfo *info,
              GArray              *vertices,
              gboolean             visible)
{
  double radius = (info->mark == GPM_CHART_MARK_SCATTER ? 4.5 : 3.5) * r->s;

  for (guint i = 0; i < vertices->len; i++)
    {
      Vertex *v = &g_array_index (vertices, Vertex, i);

      /* Outside a zoomed axis: clipped away, and no target for the pointer. */
      if (v->x < r->plot.x - 0.5 || v->x > r->plot.x + r->plot.width + 0.5)
        continue;
      if (visible)
        gpm_render_draw_marker (r, gpm_palette_get_marker (info->channel), v->x, v->y, radius,
                                &info->color, v->status != GPM_POINT_REPORTED);
      if (v->doubtful)
        gpm_render_draw_badge (r, v->x + radius + 5.0 * r->s, v->y - radius - 5.0 * r->s,
                               &info->color);
      gpm_chart_layout_add_mark (r->layout, info->data_index, v->index, v->x, v->y, NULL);
    }
}

/* ---------------------------------------------------------------- entry point */

static void
draw_series (GpmRender           *r,
             const GpmSeriesInfo *info,
             gboolean             areas)
{
  g_autoptr(GArray) vertices = NULL;
  gboolean markers;

  if (gpm_chart_series_get_n_points (info->series) > GPM_LONG_SERIES
      && info->mark != GPM_CHART_MARK_SCATTER)
    {
      gpm_render_long_series_draw (r, info, areas);
      return;
    }

  vertices = collect_vertices (r, info);
  if (areas)
    {
      fill_area (r, info, vertices);
      return;
    }

  markers = info->mark == GPM_CHART_MARK_SCATTER
            || vertices->len <= r->plot.width / (10.0 * r->s);
  if (info->mark != GPM_CHART_MARK_SCATTER)
    stroke_segments (r, info, vertices, !markers && info->channel > 0);
  draw_markers (r, info, vertices, markers);
}

void
gpm_render_lines_draw (GpmRender *r,
                       gboolean   areas)
{
  double margin = 8.0 * r->s;
  /* Markers may overhang the plot, except at the ends of a zoomed axis, where the
   * lines run on beyond the span shown. */
  double side = r->zoomed ? 0.0 : margin;

  cairo_save (r->cr);
  cairo_rectangle (r->cr, r->plot.x - side, r->plot.y - margin,
                   r->plot.width + 2 * side, r->plot.height + 2 * margin);
  cairo_clip (r->cr);

  for (guint i = 0; i < r->series->len; i++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, i);

      if (info->mark == GPM_CHART_MARK_BAR)
        continue;
      if (areas && info->mark != GPM_CHART_MARK_AREA)
        continue;
      if (gpm_render_areas_stacked (r, info))
        continue;   /* drawn with its stack, by -areas.c */
      draw_series (r, info, areas);
    }

  cairo_restore (r->cr);
}
