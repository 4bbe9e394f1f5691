/* gpm-chart-layout.c — the record of one rendering: boxes, marks and slices.
 *
 * Hit-testing prefers what is under the pointer (a bar, a donut slice) and otherwise the
 * nearest mark within the hit radius, so hovering a thin line or a small marker works
 * without pixel-perfect aim. A linear scan is enough: a chart keeps at most a few points
 * per pixel column (long series are decimated before they get here).
 */

#include "config.h"

#include <math.h>

#include "gpm-chart-renderer-private.h"

typedef struct
{
  guint             series;
  guint             point;
  double            x;
  double            y;
  cairo_rectangle_t bar;      /* width 0 when the mark is not a bar */
} Mark;

typedef struct
{
  guint  series;
  guint  point;
  double cx;
  double cy;
  double inner;
  double outer;
  double angle0;
  double angle1;
} Slice;

typedef struct
{
  guint  index;      /* in the style's events */
  double line_x;
  double glyph_x;    /* centre of the category glyph */
  double glyph_y;
  double glyph_size;
  double span_x0;
  double span_x1;
} EventMark;

struct _GpmChartLayout
{
  double             width;
  double             height;
  double             scale;
  cairo_rectangle_t  plot;
  double             x_start;
  double             x_end;
  double             full_x_start;
  double             full_x_end;
  double             hit_radius;
  GArray            *boxes;    /* GpmChartBox */
  GArray            *marks;    /* Mark */
  GArray            *slices;   /* Slice */
  GArray            *events;   /* EventMark */
  GStringChunk      *strings;
};

GpmChartLayout *
gpm_chart_layout_new (double width,
                      double height)
{
  GpmChartLayout *self = g_new0 (GpmChartLayout, 1);

  self->width = width;
  self->height = height;
  self->hit_radius = 8.0;
  self->scale = 1.0;
  self->events = g_array_new (FALSE, FALSE, sizeof (EventMark));
  self->boxes = g_array_new (FALSE, FALSE, sizeof (GpmChartBox));
  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  self->slices = g_array_new (FALSE, FALSE, sizeof (Slice));
  self->strings = g_string_chunk_new (512);

  return self;
}

void
gpm_chart_layout_free (GpmChartLayout *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->boxes);
  g_array_unref (self->marks);
  g_array_unref (self->slices);
  g_array_unref (self->events);
  g_string_chunk_free (self->strings);
  g_free (self);
}

void
gpm_chart_layout_get_size (const GpmChartLayout *self,
                           double               *width,
                           double               *height)
{
  g_return_if_fail (self != NULL);

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

void
gpm_chart_layout_set_plot_area (GpmChartLayout          *self,
                                const cairo_rectangle_t *plot)
{
  self->plot = *plot;
}

void
gpm_chart_layout_get_plot_area (const GpmChartLayout *self,
                                cairo_rectangle_t    *out)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  *out = self->plot;
}

void
gpm_chart_layout_set_x_range (GpmChartLayout *self,
                              double          start,
                              double          end)
{
  self->x_start = start;
  self->x_end = end;
}

/* The time span across the plot, in days since 1970; 0, 0 for charts without one. */
void
gpm_chart_layout_get_x_range (const GpmChartLayout *self,
                              double               *start,
                              double               *end)
{
  g_return_if_fail (self != NULL);

  if (start != NULL)
    *start = self->x_start;
  if (end != NULL)
    *end = self->x_end;
}

void
gpm_chart_layout_set_full_x_range (GpmChartLayout *self,
                                   double          start,
                                   double          end)
{
  self->full_x_start = start;
  self->full_x_end = end;
}

/* The span the data covers; wider than the x range when the chart is zoomed in. */
void
gpm_chart_layout_get_full_x_range (const GpmChartLayout *self,
                                   double               *start,
                                   double               *end)
{
  g_return_if_fail (self != NULL);

  if (start != NULL)
    *start = self->full_x_start;
  if (end != NULL)
    *end = self->full_x_end;
}

void
gpm_chart_layout_set_scale (GpmChartLayout *self,
                            double          scale)
{
  self->scale = scale;
}

double
gpm_chart_layout_get_scale (const GpmChartLayout *self)
{
  return self->scale;
}

void
gpm_chart_layout_set_hit_radius (GpmChartLayout *self,
                                 double          radius)
{
  self->hit_radius = radius;
}

void
gpm_chart_layout_add_box (GpmChartLayout          *self,
                          GpmChartBoxKind          kind,
                          const cairo_rectangle_t *rect,
                          int                      series_index,
                          const char              *text)
{
  GpmChartBox box = { kind, *rect, series_index, NULL };

  if (text != NULL)
    box.text = g_string_chunk_insert (self->strings, text);
  g_array_append_val (self->boxes, box);
}

guint
gpm_chart_layout_get_n_boxes (const GpmChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->boxes->len;
}

const GpmChartBox *
gpm_chart_layout_get_box (const GpmChartLayout *self,
                          guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->boxes->len, NULL);

  return &g_array_index (self->boxes, GpmChartBox, index);
}

void
gpm_chart_layout_add_mark (GpmChartLayout          *self,
                           guint                    series_index,
                           guint                    point_index,
                           double                   x,
                           double                   y,
                           const cairo_rectangle_t *bar)
{
  Mark mark = { series_index, point_index, x, y, { 0, 0, 0, 0 } };

  if (bar != NULL)
    mark.bar = *bar;
  g_array_append_val (self->marks, mark);
}

void
gpm_chart_layout_add_slice (GpmChartLayout *self,
                            guint           series_index,
                            guint           point_index,
                            double          cx,
                            double          cy,
                            double          inner,
                            double          outer,
                            double          angle0,
                            double          angle1)
{
  Slice slice = { series_index, point_index, cx, cy, inner, outer, angle0, angle1 };

  g_array_append_val (self->slices, slice);
}

gboolean
gpm_chart_layout_find_mark (const GpmChartLayout *self,
                            guint                 series_index,
                            guint                 point_index,
                            double               *x,
                            double               *y,
                            cairo_rectangle_t    *bar)
{
  for (guint i = 0; i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);

      if (mark->series == series_index && mark->point == point_index)
        {
          if (x != NULL)
            *x = mark->x;
          if (y != NULL)
            *y = mark->y;
          if (bar != NULL)
            *bar = mark->bar;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
gpm_chart_layout_find_slice (const GpmChartLayout *self,
                             guint                 series_index,
                             guint                 point_index,
                             double               *cx,
                             double               *cy,
                             double               *inner,
                             double               *outer,
                             double               *angle0,
                             double               *angle1)
{
  for (guint i = 0; i < self->slices->len; i++)
    {
      const Slice *slice = &g_array_index (self->slices, Slice, i);

      if (slice->series == series_index && slice->point == point_index)
        {
          *cx = slice->cx;
          *cy = slice->cy;
          *inner = slice->inner;
          *outer = slice->outer;
          *angle0 = slice->angle0;
          *angle1 = slice->angle1;
          return TRUE;
        }
    }

  return FALSE;
}

/* Where the renderer drew a point (the centre of a marker, the top of a bar). */
gboolean
gpm_chart_layout_get_point_position (const GpmChartLayout *self,
                                     guint                 series_index,
                                     guint                 point_index,
                                     double               *x,
                                     double               *y)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return gpm_chart_layout_find_mark (self, series_index, point_index, x, y, NULL);
}

static gboolean
rect_contains (const cairo_rectangle_t *rect,
               double                   x,
               double                   y)
{
  return rect->width > 0 && x >= rect->x && x <= rect->x + rect->width
         && y >= rect->y && y <= rect->y + rect->height;
}

static gboolean
hit_slice (const GpmChartLayout *self,
           double                x,
           double                y,
           guint                *series_index,
           guint                *point_index)
{
  for (guint i = 0; i < self->slices->len; i++)
    {
      const Slice *slice = &g_array_index (self->slices, Slice, i);
      double distance = hypot (x - slice->cx, y - slice->cy);
      double angle = atan2 (y - slice->cy, x - slice->cx);

      /* Slices start at 12 o'clock (−π/2) and run clockwise past 3π/2. */
      if (angle < slice->angle0)
        angle += 2 * G_PI;
      if (distance >= slice->inner && distance <= slice->outer
          && angle >= slice->angle0 && angle < slice->angle1)
        {
          *series_index = slice->series;
          *point_index = slice->point;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
gpm_chart_layout_hit_test (const GpmChartLayout *self,
                           double                x,
                           double                y,
                           guint                *series_index,
                           guint                *point_index)
{
  double best = G_MAXDOUBLE;
  const Mark *nearest = NULL;
  guint dummy_series, dummy_point;

  g_return_val_if_fail (self != NULL, FALSE);

  if (series_index == NULL)
    series_index = &dummy_series;
  if (point_index == NULL)
    point_index = &dummy_point;

  if (hit_slice (self, x, y, series_index, point_index))
    return TRUE;

  for (guint i = 0; i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);
      double distance;

      if (rect_contains (&mark->bar, x, y))
        {
          nearest = mark;
          break;
        }

      distance = hypot (x - mark->x, y - mark->y);
      if (distance <= self->hit_radius && distance < best)
        {
          best = distance;
          nearest = mark;
        }
    }

  if (nearest == NULL)
    return FALSE;

  *series_index = nearest->series;
  *point_index = nearest->point;

  return TRUE;
}

/* Which series a legend entry at (x, y) stands for: the view toggles it on click. */
gboolean
gpm_chart_layout_legend_hit_test (const GpmChartLayout *self,
                                  double                x,
                                  double                y,
                                  guint                *series_index)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->boxes->len; i++)
    {
      const GpmChartBox *box = &g_array_index (self->boxes, GpmChartBox, i);

      if (box->kind == GPM_CHART_BOX_LEGEND_ITEM && box->series_index >= 0
          && rect_contains (&box->rect, x, y))
        {
          if (series_index != NULL)
            *series_index = (guint) box->series_index;
          return TRUE;
        }
    }

  return FALSE;
}

/* The box of the legend entry that stands for a series, hidden or not. */
gboolean
gpm_chart_layout_get_legend_box (const GpmChartLayout *self,
                                 guint                 series_index,
                                 cairo_rectangle_t    *out)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->boxes->len; i++)
    {
      const GpmChartBox *box = &g_array_index (self->boxes, GpmChartBox, i);

      if (box->kind == GPM_CHART_BOX_LEGEND_ITEM && box->series_index == (int) series_index)
        {
          if (out != NULL)
            *out = box->rect;
          return TRUE;
        }
    }

  return FALSE;
}

/* ---------------------------------------------------------------- event markers */

void
gpm_chart_layout_add_event (GpmChartLayout *self,
                            guint           event_index,
                            double          line_x,
                            double          glyph_x,
                            double          glyph_y,
                            double          glyph_size,
                            double          span_x0,
                            double          span_x1)
{
  EventMark mark = { event_index, line_x, glyph_x, glyph_y, glyph_size, span_x0, span_x1 };

  g_array_append_val (self->events, mark);
}

gboolean
gpm_chart_layout_find_event (const GpmChartLayout *self,
                             guint                 event_index,
                             double               *line_x,
                             double               *glyph_x,
                             double               *glyph_y,
                             double               *glyph_size)
{
  for (guint i = 0; i < self->events->len; i++)
    {
      const EventMark *mark = &g_array_index (self->events, EventMark, i);

      if (mark->index != event_index)
        continue;
      if (line_x != NULL)
        *line_x = mark->line_x;
      if (glyph_x != NULL)
        *glyph_x = mark->glyph_x;
      if (glyph_y != NULL)
        *glyph_y = mark->glyph_y;
      if (glyph_size != NULL)
        *glyph_size = mark->glyph_size;
      return TRUE;
    }

  return FALSE;
}

/* How many of the style's events were drawn (the others lie outside the span shown). */
guint
gpm_chart_layout_get_n_events (const GpmChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->events->len;
}

/* The centre of an event's glyph at the top of the plot. */
gboolean
gpm_chart_layout_get_event_position (const GpmChartLayout *self,
                                     guint                 event_index,
                                     double               *x,
                                     double               *y)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return gpm_chart_layout_find_event (self, event_index, NULL, x, y, NULL);
}

/* The event whose glyph is at (x, y), or failing that whose line passes within a few
 * pixels: the glyph is the target, the line helps when the pointer follows it down. */
gboolean
gpm_chart_layout_event_hit_test (const GpmChartLayout *self,
                                 double                x,
                                 double                y,
                                 guint                *event_index)
{
  const EventMark *line_hit = NULL;
  double best = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->events->len; i++)
    {
      const EventMark *mark = &g_array_index (self->events, EventMark, i);
      double half = mark->glyph_size / 2.0 + 3.0 * self->scale;
      double distance = fabs (x - mark->line_x);

      if (fabs (x - mark->glyph_x) <= half && fabs (y - mark->glyph_y) <= half)
        {
          if (event_index != NULL)
            *event_index = mark->index;
          return TRUE;
        }
      if (distance <= 3.0 * self->scale && distance < best && y >= self->plot.y
          && y <= self->plot.y + self->plot.height)
        {
          best = distance;
          line_hit = mark;
        }
    }

  if (line_hit == NULL)
    return FALSE;
  if (event_index != NULL)
    *event_index = line_hit->index;

  return TRUE;
}
