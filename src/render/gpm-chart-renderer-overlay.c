/* gpm-chart-renderer-overlay.c — what a view draws over a finished chart.
 *
 * The hovered (or keyboard-focused) point, the focused legend entry and the hovered
 * event are drawn from the layout of the last full render alone, without laying the
 * chart out again, so a view can keep the chart as a cached picture and redraw only
 * this overlay as the pointer moves: a crosshair through the point to read it against
 * both axes, and the point itself enlarged on a halo (a bar or a donut slice gets an
 * outline instead). Each overlay also says which few small areas it touches, so the view
 * repaints thin strips instead of a layer the size of the chart.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"

static void
overlay_init (GpmRender            *r,
              cairo_t              *cr,
              const GpmChartLayout *layout,
              const GpmChartStyle  *style)
{
  double dx = 1.0, dy = 0.0;

  memset (r, 0, sizeof *r);
  r->cr = cr;
  r->style = style;
  r->s = gpm_chart_layout_get_scale (layout);
  gpm_chart_style_get_colors (style, &r->colors);
  gpm_chart_layout_get_plot_area (layout, &r->plot);
  cairo_user_to_device_distance (cr, &dx, &dy);
  r->device_scale = MAX (hypot (dx, dy), 0.25);
}

static double
hairline (GpmRender *r)
{
  return MAX (1.0 * r->s, 1.0 / r->device_scale);
}

/* A dashed line across the plot, through x (vertical) or y (horizontal). */
static void
cross_line (GpmRender *r,
            gboolean   vertical,
            double     at)
{
  double width = hairline (r);
  double dashes[] = { 4.0 * r->s, 3.0 * r->s };

  at = gpm_render_snap (r, at, width);
  if (vertical)
    {
      cairo_move_to (r->cr, at, r->plot.y);
      cairo_line_to (r->cr, at, r->plot.y + r->plot.height);
    }
  else
    {
      cairo_move_to (r->cr, r->plot.x, at);
      cairo_line_to (r->cr, r->plot.x + r->plot.width, at);
    }
  cairo_set_dash (r->cr, dashes, 2, 0);
  cairo_set_line_width (r->cr, width);
  gpm_render_set_color (r, &r->colors.text, 0.55);
  cairo_stroke (r->cr);
  cairo_set_dash (r->cr, NULL, 0, 0);
}

static gboolean
hover_slice (GpmRender            *r,
             const GpmChartLayout *layout,
             guint                 series_index,
             guint                 point_index)
{
  double cx, cy, inner, outer, a0, a1;

  if (!gpm_chart_layout_find_slice (layout, series_index, point_index, &cx, &cy, &inner,
                                    &outer, &a0, &a1))
    return FALSE;

  cairo_new_path (r->cr);
  cairo_arc (r->cr, cx, cy, outer + 1.0 * r->s, a0, a1);
  cairo_arc_negative (r->cr, cx, cy, MAX (inner - 1.0 * r->s, 0.0), a1, a0);
  cairo_close_path (r->cr);
  cairo_set_line_join (r->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (r->cr, 2.5 * r->s);
  gpm_render_set_color (r, &r->colors.text, 1.0);
  cairo_stroke (r->cr);

  return TRUE;
}

static void
hover_bar (GpmRender               *r,
           const cairo_rectangle_t *bar,
           gboolean                 horizontal,
           double                   x,
           double                   y)
{
  double inset = 1.0 * r->s;

  cross_line (r, horizontal, horizontal ? x : y);
  cairo_rectangle (r->cr, bar->x + inset, bar->y + inset, MAX (bar->width - 2 * inset, 0),
                   MAX (bar->height - 2 * inset, 0));
  cairo_set_line_width (r->cr, 2.0 * r->s);
  gpm_render_set_color (r, &r->colors.text, 1.0);
  cairo_stroke (r->cr);
}

/* Draws the crosshair and highlighted mark of one point of the last render; FALSE when
 * that render did not draw the point (hidden, or outside a zoomed axis). */
gboolean
gpm_chart_render_hover (cairo_t              *cr,
                        const GpmChartLayout *layout,
                        const GpmChartData   *data,
                        const GpmChartStyle  *style,
                        guint                 series_index,
                        guint                 point_index)
{
  GpmRender r;
  GpmRgba color;
  cairo_rectangle_t bar;
  double x, y;
  gboolean ok = TRUE;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (layout != NULL && data != NULL && style != NULL, FALSE);

  if (series_index >= gpm_chart_data_get_n_series (data))
    return FALSE;

  overlay_init (&r, cr, layout, style);
  cairo_save (cr);
  if (hover_slice (&r, layout, series_index, point_index))
    goto out;
  if (!gpm_chart_layout_find_mark (layout, series_index, point_index, &x, &y, &bar))
    {
      ok = FALSE;
      goto out;
    }

  /* The marker may overhang the plot a little, as the chart's own markers do. */
  cairo_rectangle (cr, r.plot.x - 12.0 * r.s, r.plot.y - 12.0 * r.s,
                   r.plot.width + 24.0 * r.s, r.plot.height + 24.0 * r.s);
  cairo_clip (cr);

  if (bar.width > 0)
    {
      hover_bar (&r, &bar, gpm_chart_data_get_chart_type (data) == GPM_CHART_TYPE_HBAR, x, y);
      goto out;
    }

  gpm_chart_style_get_series_color (style,
                                    gpm_chart_series_get_key (gpm_chart_data_get_series (
                                                                data, series_index)),
                                    &color);
  cross_line (&r, TRUE, x);
  cross_line (&r, FALSE, y);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, 10.0 * r.s, 0, 2 * G_PI);
  gpm_render_set_color (&r, &color, 0.22);
  cairo_fill (cr);
  gpm_render_draw_marker (&r, gpm_palette_get_marker (series_index), x, y, 5.5 * r.s, &color,
                          FALSE);

out:
  cairo_restore (cr);
  return ok;
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A focus ring around the legend entry of a series, for keyboard users toggling it. */
gboolean
gpm_chart_render_legend_focus (cairo_t              *cr,
                               const GpmChartLayout *layout,
                               const GpmChartStyle  *style,
                               guint                 series_index)
{
  GpmRender r;
  cairo_rectangle_t box;
  double pad;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (layout != NULL && style != NULL, FALSE);

  if (!gpm_chart_layout_get_legend_box (layout, series_index, &box))
    return FALSE;

  overlay_init (&r, cr, layout, style);
  pad = 3.0 * r.s;
  cairo_save (cr);
  rounded_rect (cr, box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad,
                4.0 * r.s);
  cairo_set_line_width (cr, 2.0 * r.s);
  gpm_render_set_color (&r, &r.colors.focus, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);

  return TRUE;
}

/* The hovered event: its line solid and its symbol larger, in the text colour. */
gboolean
gpm_chart_render_event_hover (cairo_t              *cr,
                              const GpmChartLayout *layout,
                              const GpmChartStyle  *style,
                              guint                 event_index)
{
  GPtrArray *events = gpm_chart_style_get_events (style);
  const GpmChartEvent *event;
  GpmRender r;
  double line_x, glyph_x, glyph_y, size;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (layout != NULL && style != NULL, FALSE);

  if (events == NULL || event_index >= events->len
      || !gpm_chart_layout_find_event (layout, event_index, &line_x, &glyph_x, &glyph_y,
                                       &size))
    return FALSE;

  event = g_ptr_array_index (events, event_index);
  overlay_init (&r, cr, layout, style);
  cairo_save (cr);
  cairo_move_to (cr, line_x, glyph_y + size * 0.7 + 2.0 * r.s);
  cairo_line_to (cr, line_x, r.plot.y + r.plot.height);
  cairo_set_line_width (cr, 1.5 * r.s);
  gpm_render_set_color (&r, &r.colors.text, 0.9);
  cairo_stroke (cr);

  gpm_render_event_glyph (cr, event->category, glyph_x, glyph_y, size * 1.4);
  if (r.colors.background.alpha > 0)
    {
      gpm_render_set_color (&r, &r.colors.background, 1.0);
      cairo_set_line_width (cr, 2.0 * r.s);
      cairo_stroke_preserve (cr);
    }
  gpm_render_set_color (&r, &r.colors.text, 1.0);
  cairo_fill (cr);
  cairo_restore (cr);

  return TRUE;
}

/* ---------------------------------------------------------------- areas */

static void
inflate (cairo_rectangle_t *rect,
         double             by)
{
  rect->x -= by;
  rect->y -= by;
  rect->width += 2 * by;
  rect->height += 2 * by;
}

/* Out to whole pixels, so that neighbouring areas meet on a pixel edge, not inside a
 * pixel that both would paint half of. */
static void
snap_out (cairo_rectangle_t *rect)
{
  double x1 = ceil (rect->x + rect->width), y1 = ceil (rect->y + rect->height);

  rect->x = floor (rect->x);
  rect->y = floor (rect->y);
  rect->width = x1 - rect->x;
  rect->height = y1 - rect->y;
}

/* Adds the parts of @strip outside @box (a strip runs the length of the plot, across
 * the box or beside it); the areas must not overlap, or translucent strokes painted
 * in two of them would show darker where they meet. */
static guint
add_strip_outside (cairo_rectangle_t       *areas,
                   guint                    n,
                   const cairo_rectangle_t *strip,
                   const cairo_rectangle_t *box,
                   gboolean                 vertical)
{
  cairo_rectangle_t before = *strip, after = *strip;

  if (vertical)
    {
      before.height = MAX (box->y - strip->y, 0);
      after.y = MAX (box->y + box->height, strip->y);
      after.height = MAX (strip->y + strip->height - after.y, 0);
    }
  else
    {
      before.width = MAX (box->x - strip->x, 0);
      after.x = MAX (box->x + box->width, strip->x);
      after.width = MAX (strip->x + strip->width - after.x, 0);
    }
  if (before.width > 0 && before.height > 0)
    areas[n++] = before;
  if (after.width > 0 && after.height > 0)
    areas[n++] = after;

  return n;
}

/* The areas, apart from each other, that gpm_chart_render_hover () paints for a point
 * (at most GPM_CHART_OVERLAY_AREAS): the box of the mark and the rest of the crosshair's
 * strips. 0 when the point was not drawn. */
guint
gpm_chart_hover_areas (const GpmChartLayout *layout,
                       const GpmChartData   *data,
                       guint                 series_index,
                       guint                 point_index,
                       cairo_rectangle_t    *areas)
{
  double s, x, y, cx, cy, inner, outer, a0, a1;
  cairo_rectangle_t plot, bar, vertical, horizontal;
  guint n = 1;

  g_return_val_if_fail (layout != NULL && data != NULL && areas != NULL, 0);

  s = gpm_chart_layout_get_scale (layout);
  gpm_chart_layout_get_plot_area (layout, &plot);
  if (gpm_chart_layout_find_slice (layout, series_index, point_index, &cx, &cy, &inner, &outer,
                                   &a0, &a1))
    {
      areas[0] = (cairo_rectangle_t) { cx - outer, cy - outer, 2 * outer, 2 * outer };
      inflate (&areas[0], 4.0 * s);
      snap_out (&areas[0]);
      return 1;
    }
  if (!gpm_chart_layout_find_mark (layout, series_index, point_index, &x, &y, &bar))
    return 0;

  /* Strips three pixels either side of the lines, which are a pixel or two wide. */
  vertical = (cairo_rectangle_t) { x - 3.0 * s, plot.y, 6.0 * s, plot.height };
  horizontal = (cairo_rectangle_t) { plot.x, y - 3.0 * s, plot.width, 6.0 * s };
  snap_out (&vertical);
  snap_out (&horizontal);
  if (bar.width > 0)
    {
      gboolean across = gpm_chart_data_get_chart_type (data) == GPM_CHART_TYPE_HBAR;

      areas[0] = bar;
      inflate (&areas[0], 3.0 * s);
      snap_out (&areas[0]);
      return add_strip_outside (areas, n, across ? &vertical : &horizontal, &areas[0], across);
    }

  areas[0] = (cairo_rectangle_t) { x - 14.0 * s, y - 14.0 * s, 28.0 * s, 28.0 * s };
  snap_out (&areas[0]);
  n = add_strip_outside (areas, n, &vertical, &areas[0], TRUE);

  return add_strip_outside (areas, n, &horizontal, &areas[0], FALSE);
}

guint
gpm_chart_event_hover_areas (const GpmChartLayout *layout,
                             guint                 event_index,
                             cairo_rectangle_t    *areas)
{
  double s, line_x, glyph_x, glyph_y, size;
  cairo_rectangle_t plot;

  g_return_val_if_fail (layout != NULL && areas != NULL, 0);

  if (!gpm_chart_layout_find_event (layout, event_index, &line_x, &glyph_x, &glyph_y, &size))
    return 0;
  s = gpm_chart_layout_get_scale (layout);
  gpm_chart_layout_get_plot_area (layout, &plot);
  areas[0] = (cairo_rectangle_t) { glyph_x - size, glyph_y - size, 2 * size, 2 * size };
  snap_out (&areas[0]);
  areas[1] = (cairo_rectangle_t) { line_x - 3.0 * s, areas[0].y + areas[0].height, 6.0 * s,
                                   plot.y + plot.height + 2.0 * s
                                   - (areas[0].y + areas[0].height) };
  snap_out (&areas[1]);

  return areas[1].height > 0 ? 2 : 1;
}

gboolean
gpm_chart_legend_focus_area (const GpmChartLayout *layout,
                             guint                 series_index,
                             cairo_rectangle_t    *area)
{
  g_return_val_if_fail (layout != NULL && area != NULL, FALSE);

  if (!gpm_chart_layout_get_legend_box (layout, series_index, area))
    return FALSE;
  inflate (area, 6.0 * gpm_chart_layout_get_scale (layout));
  snap_out (area);

  return TRUE;
}
