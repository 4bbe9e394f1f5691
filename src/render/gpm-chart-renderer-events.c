/* gpm-chart-renderer-events.c — timeline events as markers across a time axis.
 *
 * Each event is a thin dotted line down the plot with its category's symbol at the top,
 * the same symbols the timeline uses (triangle for export controls, square for capital,
 * diamond for mergers…), so a reader who knows one picture reads the other. An event
 * dated only to a year or a quarter covers that span, and a bracket at the top shows the
 * span rather than pretending to a day. Markers are drawn in the muted text colour: the
 * series own the colours, and the shape carries the category. Symbols that would touch
 * step down into a second and third row.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"

#define GLYPH_SIZE 9.0   /* logical pixels at scale 1 */

/* The category's symbol, centred on (cx, cy), about @size across. */
void
gpm_render_event_glyph (cairo_t    *cr,
                        const char *category,
                        double      cx,
                        double      cy,
                        double      size)
{
  double r = size / 2.0;

  cairo_new_sub_path (cr);
  if (g_strcmp0 (category, "export-control") == 0)
    {
      cairo_move_to (cr, cx, cy - r * 1.1);
      cairo_line_to (cr, cx + r * 1.1, cy + r * 0.85);
      cairo_line_to (cr, cx - r * 1.1, cy + r * 0.85);
      cairo_close_path (cr);
    }
  else if (g_strcmp0 (category, "capital") == 0)
    {
      cairo_rectangle (cr, cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7);
    }
  else if (g_strcmp0 (category, "m-and-a") == 0)
    {
      cairo_move_to (cr, cx, cy - r * 1.15);
      cairo_line_to (cr, cx + r * 1.15, cy);
      cairo_line_to (cr, cx, cy + r * 1.15);
      cairo_line_to (cr, cx - r * 1.15, cy);
      cairo_close_path (cr);
    }
  else if (g_strcmp0 (category, "market") == 0)
    {
      cairo_move_to (cr, cx, cy + r * 1.1);
      cairo_line_to (cr, cx + r * 1.1, cy - r * 0.85);
      cairo_line_to (cr, cx - r * 1.1, cy - r * 0.85);
      cairo_close_path (cr);
    }
  else if (g_strcmp0 (category, "statement") == 0)
    {
      double a = r * 0.38;   /* half the arm width */

      cairo_move_to (cr, cx - a, cy - r);
      cairo_line_to (cr, cx + a, cy - r);
      cairo_line_to (cr, cx + a, cy - a);
      cairo_line_to (cr, cx + r, cy - a);
      cairo_line_to (cr, cx + r, cy + a);
      cairo_line_to (cr, cx + a, cy + a);
      cairo_line_to (cr, cx + a, cy + r);
      cairo_line_to (cr, cx - a, cy + r);
      cairo_line_to (cr, cx - a, cy + a);
      cairo_line_to (cr, cx - r, cy + a);
      cairo_line_to (cr, cx - r, cy - a);
      cairo_line_to (cr, cx - a, cy - a);
      cairo_close_path (cr);
    }
  else
    {
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
    }
}

typedef struct
{
  guint  index;
  double x0;      /* the span on screen, cut to the plot */
  double x1;
  double line_x;
  guint  row;
} Placed;

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const Placed *pa = a, *pb = b;

  return pa->line_x < pb->line_x ? -1 : pa->line_x > pb->line_x;
}

/* Rows for the symbols, left to right: each goes in the first row where it does not
 * touch its neighbour; past the last row allowed they share the last. */
static void
assign_rows (GpmRender *r,
             GArray    *placed,
             double     size)
{
  double gap = 3.0 * r->s;
  guint max_rows = (guint) CLAMP (floor (r->plot.height * 0.25 / (size + gap)), 1, 4);
  double right[4] = { -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };

  g_array_sort (placed, compare_placed);
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      guint row;

      for (row = 0; row < max_rows - 1; row++)
        if (p->line_x - size / 2.0 >= right[row] + gap)
          break;
      p->row = row;
      right[row] = p->line_x + size / 2.0;
    }
}

static void
draw_bracket (GpmRender     *r,
              const Placed  *p,
              double         y,
              const GpmRgba *color)
{
  double tick = 3.0 * r->s;

  cairo_move_to (r->cr, p->x0, y + tick);
  cairo_line_to (r->cr, p->x0, y);
  cairo_line_to (r->cr, p->x1, y);
  cairo_line_to (r->cr, p->x1, y + tick);
  cairo_set_line_width (r->cr, 1.0 * r->s);
  gpm_render_set_color (r, color, 0.7);
  cairo_stroke (r->cr);
}

static void
draw_event (GpmRender           *r,
            const GpmChartEvent *event,
            const Placed        *p,
            double               size,
            gboolean             bracket)
{
  const GpmRgba *color = &r->colors.muted_text;
  double row_height = size + 3.0 * r->s;
  double cy = r->plot.y + size / 2.0 + 2.0 * r->s + p->row * row_height;
  double line_width = MAX (1.0 * r->s, 1.0 / r->device_scale);
  double x = gpm_render_snap (r, p->line_x, line_width);
  double dashes[] = { 1.0 * r->s, 3.0 * r->s };

  /* The line starts below the symbol and runs to the bottom of the plot. */
  cairo_move_to (r->cr, x, cy + size / 2.0 + 2.0 * r->s);
  cairo_line_to (r->cr, x, r->plot.y + r->plot.height);
  cairo_set_dash (r->cr, dashes, 2, 0);
  cairo_set_line_width (r->cr, line_width);
  gpm_render_set_color (r, color, 0.8);
  cairo_stroke (r->cr);
  cairo_set_dash (r->cr, NULL, 0, 0);

  if (bracket && p->x1 - p->x0 >= size + 4.0 * r->s)
    draw_bracket (r, p, cy, color);

  /* A rim of background keeps the symbol readable over lines and bars. */
  gpm_render_event_glyph (r->cr, event->category, p->line_x, cy, size);
  if (r->colors.background.alpha > 0)
    {
      gpm_render_set_color (r, &r->colors.background, 1.0);
      cairo_set_line_width (r->cr, 2.0 * r->s);
      cairo_stroke_preserve (r->cr);
    }
  gpm_render_set_color (r, color, 1.0);
  cairo_fill (r->cr);

  gpm_chart_layout_add_event (r->layout, p->index, x, p->line_x, cy, size, p->x0, p->x1);
}

void
gpm_render_events_draw (GpmRender *r)
{
  GPtrArray *events = gpm_chart_style_get_events (r->style);
  g_autoptr(GArray) placed = NULL;
  double size = GLYPH_SIZE * r->s;

  if (events == NULL || events->len == 0 || r->x_kind != GPM_X_TIME || r->empty)
    return;

  placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  for (guint i = 0; i < events->len; i++)
    {
      const GpmChartEvent *event = g_ptr_array_index (events, i);
      Placed p = { i, 0, 0, 0, 0 };

      /* Only what overlaps the span shown. */
      if (event->end < r->x0 || event->start > r->x1)
        continue;
      p.x0 = MAX (gpm_render_days_to_x (r, event->start), r->plot.x);
      p.x1 = MIN (gpm_render_days_to_x (r, event->end), r->plot.x + r->plot.width);
      /* In the middle of its span; when zoom cut the middle off, in the middle of
       * what is left. */
      p.line_x = gpm_render_days_to_x (r, (event->start + event->end) / 2.0);
      if (p.line_x < r->plot.x || p.line_x > r->plot.x + r->plot.width)
        p.line_x = (p.x0 + p.x1) / 2.0;
      g_array_append_val (placed, p);
    }
  if (placed->len == 0)
    return;

  assign_rows (r, placed, size);

  cairo_save (r->cr);
  cairo_rectangle (r->cr, r->plot.x - size, r->plot.y, r->plot.width + 2 * size,
                   r->plot.height);
  cairo_clip (r->cr);
  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *p = &g_array_index (placed, Placed, i);
      gboolean bracket = TRUE;

      /* Events of the same span share the bracket of the first one. */
      for (guint j = 0; j < i && bracket; j++)
        {
          const Placed *q = &g_array_index (placed, Placed, j);

          bracket = !(fabs (q->x0 - p->x0) < 0.5 && fabs (q->x1 - p->x1) < 0.5
                      && q->row < p->row);
        }
      draw_event (r, g_ptr_array_index (events, p->index), p, size, bracket);
    }
  cairo_restore (r->cr);
}
