/* gpm-chart-renderer-donut.c — shares of a whole as a ring.
 *
 * Each series is one slice (its latest value), starting at twelve o'clock and running
 * clockwise in series order. The share goes on the slice when the slice is wide enough,
 * outside it otherwise; a label that would collide with one already placed is left out,
 * since the legend still names the slice and the tooltip gives its value. The total goes
 * in the middle, with "more than" when the parts were given as lower bounds.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"

typedef struct
{
  GpmSeriesInfo *info;
  guint          index;
  GpmChartPoint  point;
} Slice;

typedef struct
{
  double cx;
  double cy;
  double inner;
  double outer;
} Ring;

/* ">" when every inexact part is a lower bound, "<" for upper bounds, else "≈". */
static const char *
total_qualifier (GArray *slices)
{
  gboolean more = FALSE, less = FALSE, about = FALSE;

  for (guint i = 0; i < slices->len; i++)
    {
      GpmQualifier qualifier = g_array_index (slices, Slice, i).point.qualifier;

      more |= qualifier == GPM_QUALIFIER_MORE_THAN;
      less |= qualifier == GPM_QUALIFIER_LESS_THAN;
      about |= qualifier == GPM_QUALIFIER_ABOUT;
    }

  if (more && !less && !about)
    return ">";
  if (less && !more && !about)
    return "<";
  return more || less || about ? "≈" : "";
}

static GArray *
collect_slices (GpmRender *r,
                double    *total,
                gboolean  *approximate)
{
  GArray *slices = g_array_new (FALSE, FALSE, sizeof (Slice));

  *total = 0.0;
  *approximate = FALSE;
  for (guint i = 0; i < r->series->len; i++)
    {
      Slice slice = { &g_array_index (r->series, GpmSeriesInfo, i), 0, { 0 } };
      guint n = gpm_chart_series_get_n_points (slice.info->series);
      gboolean found = FALSE;

      for (guint p = n; p > 0 && !found; p--)
        {
          gpm_chart_series_get_point (slice.info->series, p - 1, &slice.point);
          slice.index = p - 1;
          found = gpm_render_point_visible (r, &slice.point);
        }
      if (!found || slice.point.value <= 0)
        continue;

      *total += slice.point.value;
      *approximate |= slice.point.qualifier != GPM_QUALIFIER_EXACT;
      g_array_append_val (slices, slice);
    }

  return slices;
}

static void
sector_path (GpmRender  *r,
             const Ring *ring,
             double      a0,
             double      a1)
{
  cairo_new_path (r->cr);
  cairo_arc (r->cr, ring->cx, ring->cy, ring->outer, a0, a1);
  cairo_arc_negative (r->cr, ring->cx, ring->cy, ring->inner, a1, a0);
  cairo_close_path (r->cr);
}

static gboolean
overlaps_any (GArray                  *placed,
              const cairo_rectangle_t *rect)
{
  for (guint i = 0; i < placed->len; i++)
    {
      const cairo_rectangle_t *other = &g_array_index (placed, cairo_rectangle_t, i);

      if (rect->x < other->x + other->width && other->x < rect->x + rect->width
          && rect->y < other->y + other->height && other->y < rect->y + rect->height)
        return TRUE;
    }

  return FALSE;
}

static char *
share_text (double   share,
            gboolean approximate)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, share < 10.0 ? "%.1f" : "%.0f", share);

  return g_strdup_printf ("%s%s%%", approximate ? "≈" : "", number);
}

static void
draw_share_label (GpmRender   *r,
                  const Slice *slice,
                  double       share,
                  gboolean     approximate,
                  const Ring  *ring,
                  double       middle,
                  GArray      *placed)
{
  g_autofree char *text = share_text (share, approximate);
  g_autoptr(PangoLayout) layout = gpm_render_make_text (r, r->font_tick, text, -1);
  double w, h, x, y, radius, thickness = ring->outer - ring->inner;
  gboolean inside;
  cairo_rectangle_t rect;
  const GpmRgba *color;

  gpm_render_text_size (layout, &w, &h);
  /* Inside when the arc at mid-ring is wider than the label. */
  inside = thickness > h && share / 100.0 * G_PI * (ring->inner + ring->outer) > w * 1.3;
  radius = inside ? (ring->inner + ring->outer) / 2.0
                  : ring->outer + 6.0 * r->s + MAX (w, h) / 2.0;
  x = ring->cx + cos (middle) * radius - w / 2.0;
  y = ring->cy + sin (middle) * radius - h / 2.0;
  rect = (cairo_rectangle_t) { x, y, w, h };

  if (x < r->pad || x + w > r->width - r->pad || y < r->plot.y
      || y + h > r->plot.y + r->plot.height || overlaps_any (placed, &rect))
    return;

  color = inside ? gpm_render_text_on (r, &slice->info->color) : &r->colors.text;
  gpm_render_draw_text (r, layout, x, y, color, GPM_CHART_BOX_DATA_LABEL,
                        (int) slice->info->data_index);
  g_array_append_val (placed, rect);
}

static void
draw_total (GpmRender  *r,
            double      total,
            const char *qualifier,
            const Ring *ring,
            GArray     *placed)
{
  GpmSeriesInfo *first = &g_array_index (r->series, GpmSeriesInfo, 0);
  g_autofree char *value = gpm_number_format (r->language, total,
                                              gpm_chart_series_get_unit (first->series),
                                              GPM_NUMBER_SHORT);
  g_autofree char *text = g_strdup_printf ("%s\n%s%s", gpm_render_text (r, GPM_TEXT_TOTAL),
                                           qualifier, value);
  g_autoptr(PangoLayout) layout = gpm_render_make_text (r, r->font_text, text, -1);
  double w, h;
  cairo_rectangle_t rect;

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  gpm_render_text_size (layout, &w, &h);
  if (w > ring->inner * 1.7 || h > ring->inner * 1.7)
    return;

  rect = (cairo_rectangle_t) { ring->cx - w / 2.0, ring->cy - h / 2.0, w, h };
  gpm_render_draw_text (r, layout, rect.x, rect.y, &r->colors.text, GPM_CHART_BOX_DATA_LABEL,
                        -1);
  g_array_append_val (placed, rect);
}

void
gpm_render_donut_draw (GpmRender *r)
{
  g_autoptr(GArray) slices = NULL;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  double total, angle = -G_PI / 2.0;
  double room = r->tick_height * 2.4;
  gboolean approximate;
  Ring ring;

  slices = collect_slices (r, &total, &approximate);
  if (slices->len == 0 || total <= 0)
    return;

  /* Room around the ring for labels of thin slices. */
  ring.cx = r->plot.x + r->plot.width / 2.0;
  ring.cy = r->plot.y + r->plot.height / 2.0;
  ring.outer = MIN (r->plot.width / 2.0 - room * 1.6, r->plot.height / 2.0 - room);
  ring.outer = MAX (ring.outer, MIN (r->plot.width, r->plot.height) / 4.0);
  ring.inner = ring.outer * 0.58;

  for (guint i = 0; i < slices->len; i++)
    {
      Slice *slice = &g_array_index (slices, Slice, i);
      double a1 = angle + slice->point.value / total * 2 * G_PI;
      double middle = (angle + a1) / 2.0, mid_radius = (ring.inner + ring.outer) / 2.0;

      sector_path (r, &ring, angle, a1);
      if (slice->point.status == GPM_POINT_FORECAST)
        {
          cairo_rectangle_t bounds = { ring.cx - ring.outer, ring.cy - ring.outer,
                                       2 * ring.outer, 2 * ring.outer };

          cairo_save (r->cr);
          cairo_clip (r->cr);
          gpm_render_fill_forecast (r, &bounds, &slice->info->color);
          cairo_restore (r->cr);
        }
      else
        {
          gpm_render_set_color (r, &slice->info->color, 1.0);
          cairo_fill (r->cr);
        }

      /* Background seams between slices; a ring of one slice (the others hidden) has
       * none. */
      if (slices->len > 1)
        {
          sector_path (r, &ring, angle, a1);
          cairo_set_line_width (r->cr, 1.5 * r->s);
          gpm_render_set_color (r, &r->colors.background,
                                r->colors.background.alpha > 0 ? 1.0 : 0.0);
          cairo_stroke (r->cr);
        }

      gpm_chart_layout_add_slice (r->layout, slice->info->data_index, slice->index, ring.cx,
                                  ring.cy, ring.inner, ring.outer, angle, a1);
      gpm_chart_layout_add_mark (r->layout, slice->info->data_index, slice->index,
                                 ring.cx + cos (middle) * mid_radius,
                                 ring.cy + sin (middle) * mid_radius, NULL);
      angle = a1;
    }

  draw_total (r, total, total_qualifier (slices), &ring, placed);

  angle = -G_PI / 2.0;
  for (guint i = 0; i < slices->len; i++)
    {
      Slice *slice = &g_array_index (slices, Slice, i);
      double sweep = slice->point.value / total * 2 * G_PI;
      double middle = angle + sweep / 2.0;

      draw_share_label (r, slice, slice->point.value / total * 100.0, approximate, &ring,
                        middle, placed);
      if (slice->point.doubtful)
        gpm_render_draw_badge (r, ring.cx + cos (middle) * ring.outer,
                               ring.cy + sin (middle) * ring.outer, &slice->info->color);
      angle += sweep;
    }
}
