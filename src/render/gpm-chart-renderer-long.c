/* gpm-chart-renderer-long.c — series of thousands to millions of points.
 *
 * A long series is drawn from its per-pixel-column summary (gpm-decimate): prepared in
 * advance when the view attached one for this range and width, made here otherwise.
 * With at least two points in every column the polyline fills each column from its
 * lowest to its highest point, so the line is drawn as that envelope: one polygon with
 * two vertices per column, filled. That covers the pixels a stroke of every point covers
 * (the test compares the two) and costs a fill of the plot's width instead of stroking
 * thousands of tiny joins. Without a summary (unsorted x, or decimation off) every point
 * is stroked.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"

typedef struct
{
  const double *x_start;
  const double *x_end;
  const double *values;
} Arrays;

static double
point_x (GpmRender    *r,
         const Arrays *a,
         guint32       i)
{
  return gpm_render_days_to_x (r, a->x_end != NULL ? (a->x_start[i] + a->x_end[i]) / 2.0
                                                   : a->x_start[i]);
}

static GpmDecimation *
get_decimation (GpmRender           *r,
                const GpmSeriesInfo *info)
{
  guint n = gpm_chart_series_get_n_points (info->series);
  guint columns = (guint) MAX (ceil (r->plot.width * r->device_scale), 1.0);
  GpmDecimation *attached = gpm_chart_series_get_decimation (info->series);

  if (attached != NULL && gpm_decimation_matches (attached, n, r->x0, r->x1, columns))
    return gpm_decimation_ref (attached);

  return gpm_decimate (gpm_chart_series_get_x_starts (info->series),
                       gpm_chart_series_get_x_ends (info->series),
                       gpm_chart_series_get_values (info->series), n, r->x0, r->x1, columns);
}

/* Whether the series is drawn from a per-column summary in this layout. */
gboolean
gpm_render_long_series_summarized (GpmRender           *r,
                                   const GpmSeriesInfo *info)
{
  return gpm_chart_series_get_n_points (info->series) > GPM_LONG_SERIES
         && (info->mark == GPM_CHART_MARK_LINE || info->mark == GPM_CHART_MARK_AREA)
         && gpm_chart_style_get_decimate (r->style) && r->x_kind == GPM_X_TIME;
}

/* The summary drawing uses in this layout: the attached one when it fits, else a new
 * one; NULL when the series cannot be summarised (x out of order). */
GpmDecimation *
gpm_render_long_series_summary (GpmRender           *r,
                                const GpmSeriesInfo *info)
{
  return get_decimation (r, info);
}

/**
 * gpm_chart_summarize_series:
 *
 * The per-column summary the renderer would make for @series drawn over [@x0, @x1) in
 * @n_columns device columns, or NULL for a series short enough to draw point by point
 * (or not sorted). A pure function of the series' arrays: a view calls it from a worker
 * when the reader zooms, attaches the result on the main thread, and the next frame
 * draws in O(width).
 */
GpmDecimation *
gpm_chart_summarize_series (const GpmChartSeries *series,
                            double                x0,
                            double                x1,
                            guint                 n_columns)
{
  guint n;

  g_return_val_if_fail (series != NULL, NULL);

  n = gpm_chart_series_get_n_points (series);
  if (n <= GPM_LONG_SERIES || gpm_chart_series_is_categorical (series) || !(x1 > x0)
      || n_columns == 0)
    return NULL;

  return gpm_decimate (gpm_chart_series_get_x_starts (series),
                       gpm_chart_series_get_x_ends (series),
                       gpm_chart_series_get_values (series), n, x0, x1, n_columns);
}

gboolean
gpm_chart_data_has_long_series (const GpmChartData *data)
{
  g_return_val_if_fail (data != NULL, FALSE);

  for (guint i = 0; i < gpm_chart_data_get_n_series (data); i++)
    if (gpm_chart_series_get_n_points (gpm_chart_data_get_series (data, i)) > GPM_LONG_SERIES)
      return TRUE;

  return FALSE;
}

/* ---------------------------------------------------------------- every point */

static void
stroke_every_point (GpmRender           *r,
                    const GpmSeriesInfo *info,
                    const Arrays        *a,
                    gboolean             areas)
{
  guint n = gpm_chart_series_get_n_points (info->series);
  double first_x = NAN, last_x = 0.0, base = gpm_render_baseline_y (r, info->axis);

  for (guint32 i = 0; i < n; i++)
    {
      double y;

      if (isnan (a->values[i]))
        continue;
      last_x = point_x (r, a, i);
      y = gpm_render_value_to_y (r, info->axis, a->values[i]);
      if (isnan (first_x))
        {
          first_x = last_x;
          cairo_move_to (r->cr, last_x, y);
        }
      else
        {
          cairo_line_to (r->cr, last_x, y);
        }
    }
  if (isnan (first_x))
    return;

  if (areas)
    {
      cairo_line_to (r->cr, last_x, base);
      cairo_line_to (r->cr, first_x, base);
      cairo_close_path (r->cr);
      gpm_render_set_color (r, &info->color, 0.25);
      cairo_fill (r->cr);
      return;
    }

  gpm_render_set_line_style (r, info, FALSE, FALSE);
  cairo_set_line_width (r->cr, 1.5 * r->s);
  cairo_stroke (r->cr);
}

/* ---------------------------------------------------------------- envelope */

typedef struct
{
  double top;      /* smallest y (highest value) the line reaches in the column */
  double bottom;
} Span;

static void
span_add (Span   *span,
          double  y)
{
  span->top = MIN (span->top, y);
  span->bottom = MAX (span->bottom, y);
}

/* Adds the part of the segment (xa, ya)–(xb, yb) that crosses each column it passes. */
static void
add_segment (Span   *spans,
             guint   n_columns,
             double  left,
             double  column_width,
             double  xa,
             double  ya,
             double  xb,
             double  yb)
{
  int first = (int) floor ((MIN (xa, xb) - left) / column_width);
  int last = (int) floor ((MAX (xa, xb) - left) / column_width);

  first = CLAMP (first, 0, (int) n_columns - 1);
  last = CLAMP (last, 0, (int) n_columns - 1);
  for (int c = first; c <= last; c++)
    {
      double c0 = MAX (left + c * column_width, MIN (xa, xb));
      double c1 = MIN (left + (c + 1) * column_width, MAX (xa, xb));

      if (xb == xa)
        {
          span_add (&spans[c], ya);
          span_add (&spans[c], yb);
          continue;
        }
      span_add (&spans[c], ya + (yb - ya) * (c0 - xa) / (xb - xa));
      span_add (&spans[c], ya + (yb - ya) * (c1 - xa) / (xb - xa));
    }
}

/* What the polyline through the summary's points covers in each column: the column's
 * own points, and the segments that cross it on the way between columns. */
static Span *
envelope (GpmRender           *r,
          const GpmSeriesInfo *info,
          const Arrays        *a,
          GpmDecimation       *decimation,
          gboolean             record)
{
  guint n = gpm_decimation_get_n_columns (decimation);
  double column_width = r->plot.width / n;
  Span *spans = g_new (Span, n);
  guint32 previous = gpm_decimation_get_before (decimation);

  for (guint c = 0; c < n; c++)
    spans[c] = (Span) { INFINITY, -INFINITY };

  for (guint c = 0; c <= n; c++)
    {
      guint32 indices[4];
      guint k = 0;

      if (c < n)
        k = gpm_decimated_column_get_indices (gpm_decimation_get_column (decimation, c),
                                              indices);
      else if (gpm_decimation_get_after (decimation) != GPM_DECIMATE_NONE)
        indices[k++] = gpm_decimation_get_after (decimation);

      for (guint j = 0; j < k; j++)
        {
          double x = point_x (r, a, indices[j]);
          double y = gpm_render_value_to_y (r, info->axis, a->values[indices[j]]);

          if (previous != GPM_DECIMATE_NONE)
            add_segment (spans, n, r->plot.x, column_width, point_x (r, a, previous),
                         gpm_render_value_to_y (r, info->axis, a->values[previous]), x, y);
          else if (c < n)
            span_add (&spans[c], y);
          if (record && c < n)
            gpm_chart_layout_add_mark (r->layout, info->data_index, indices[j], x, y, NULL);
          previous = indices[j];
        }
    }

  return spans;
}

/* Walks runs of covered columns: along the tops left to right, back along the bottoms
 * (or the baseline, for an area). */
static void
envelope_path (GpmRender  *r,
               const Span *spans,
               guint       n,
               double      grow,
               gboolean    to_baseline,
               double      base)
{
  double column_width = r->plot.width / n;
  guint c = 0;

  while (c < n)
    {
      guint start, end;

      for (; c < n && !isfinite (spans[c].top); c++)
        ;
      if (c == n)
        break;
      start = c;
      for (; c < n && isfinite (spans[c].top); c++)
        ;
      end = c;

      cairo_move_to (r->cr, r->plot.x + start * column_width, spans[start].top - grow);
      for (guint i = start; i < end; i++)
        {
          cairo_line_to (r->cr, r->plot.x + i * column_width, spans[i].top - grow);
          cairo_line_to (r->cr, r->plot.x + (i + 1) * column_width, spans[i].top - grow);
        }
      if (to_baseline)
        {
          cairo_line_to (r->cr, r->plot.x + end * column_width, base);
          cairo_line_to (r->cr, r->plot.x + start * column_width, base);
        }
      else
        {
          for (guint i = end; i > start; i--)
            {
              cairo_line_to (r->cr, r->plot.x + i * column_width, spans[i - 1].bottom + grow);
              cairo_line_to (r->cr, r->plot.x + (i - 1) * column_width,
                             spans[i - 1].bottom + grow);
            }
        }
      cairo_close_path (r->cr);
    }
}

void
gpm_render_long_series_draw (GpmRender           *r,
                             const GpmSeriesInfo *info,
                             gboolean             areas)
{
  g_autoptr(GpmDecimation) decimation = NULL;
  g_autofree Span *spans = NULL;
  Arrays a = {
    gpm_chart_series_get_x_starts (info->series),
    gpm_chart_series_get_x_ends (info->series),
    gpm_chart_series_get_values (info->series),
  };

  if (gpm_chart_style_get_decimate (r->style) && r->x_kind == GPM_X_TIME)
    decimation = get_decimation (r, info);
  if (decimation == NULL)
    {
      stroke_every_point (r, info, &a, areas);
      return;
    }

  spans = envelope (r, info, &a, decimation, !areas);
  envelope_path (r, spans, gpm_decimation_get_n_columns (decimation),
                 areas ? 0.0 : 0.75 * r->s, areas, gpm_render_baseline_y (r, info->axis));
  cairo_set_fill_rule (r->cr, CAIRO_FILL_RULE_WINDING);
  gpm_render_set_color (r, &info->color, areas ? 0.25 : 1.0);
  cairo_fill (r->cr);
}
