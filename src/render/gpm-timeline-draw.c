/* gpm-timeline-draw.c — paints one frame of a prepared timeline.
 *
 * Everything that depends on the zoom was computed by gpm-timeline-layout.c; a frame only
 * translates it. Each lane's visible marks are found by binary search and drawn in order,
 * labels are drawn from layouts kept between frames (shaping text is the costly part of
 * a frame), and each drawn label's box is recorded so tests can check that none overlap.
 *
 * Colour shows the lane (the category, or the vendor in the vendors' palette colour);
 * the symbol always shows the category, so the picture survives printing in grey and
 * readers who do not tell the colours apart.
 */

#include "config.h"

#include <math.h>

#include "gpm-timeline-private.h"

typedef struct
{
  GpmTimeline *self;
  cairo_t     *cr;
  double       width;
  double       height;
  double       plot_left;
  double       lanes_top;
  double       lanes_bottom;
  double       world_left;    /* world x at plot_left */
  double       world_right;
} Frame;

/* Event layouts not drawn for this many frames are dropped at the next zoom. */
#define TL_LAYOUT_MAX_AGE 240

static void
set_color (cairo_t       *cr,
           const GpmRgba *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static double
screen_x (const Frame *f,
          double       world_x)
{
  return f->plot_left + (world_x - f->world_left);
}

static double
days_x (const Frame *f,
        double       days)
{
  return screen_x (f, days * f->self->px_per_day);
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

/* A rectangle with its corners cut: at these sizes it reads as rounded, and cairo fills
 * eight straight edges far faster than four arcs. */
static void
soft_rect (cairo_t *cr,
           double   x,
           double   y,
           double   width,
           double   height,
           double   cut)
{
  cut = MIN (cut, MIN (width, height) / 2.0);
  cairo_move_to (cr, x + cut, y);
  cairo_line_to (cr, x + width - cut, y);
  cairo_line_to (cr, x + width, y + cut);
  cairo_line_to (cr, x + width, y + height - cut);
  cairo_line_to (cr, x + width - cut, y + height);
  cairo_line_to (cr, x + cut, y + height);
  cairo_line_to (cr, x, y + height - cut);
  cairo_line_to (cr, x, y + cut);
  cairo_close_path (cr);
}

/* The category's symbol, centred on (cx, cy), about @size across. */
static void
shape_path (cairo_t *cr,
            guint    category,
            double   cx,
            double   cy,
            double   size)
{
  double r = size / 2.0;

  switch (category)
    {
    case GPM_TIMELINE_CATEGORY_EXPORT_CONTROL:
      cairo_move_to (cr, cx, cy - r * 1.1);
      cairo_line_to (cr, cx + r * 1.1, cy + r * 0.85);
      cairo_line_to (cr, cx - r * 1.1, cy + r * 0.85);
      cairo_close_path (cr);
      break;
    case GPM_TIMELINE_CATEGORY_CAPITAL:
      cairo_rectangle (cr, cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7);
      break;
    case GPM_TIMELINE_CATEGORY_M_AND_A:
      cairo_move_to (cr, cx, cy - r * 1.15);
      cairo_line_to (cr, cx + r * 1.15, cy);
      cairo_line_to (cr, cx, cy + r * 1.15);
      cairo_line_to (cr, cx - r * 1.15, cy);
      cairo_close_path (cr);
      break;
    case GPM_TIMELINE_CATEGORY_MARKET:
      cairo_move_to (cr, cx, cy + r * 1.1);
      cairo_line_to (cr, cx + r * 1.1, cy - r * 0.85);
      cairo_line_to (cr, cx - r * 1.1, cy - r * 0.85);
      cairo_close_path (cr);
      break;
    case GPM_TIMELINE_CATEGORY_STATEMENT:
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
      break;
    case GPM_TIMELINE_CATEGORY_PRODUCT:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      break;
    }
}

static void
draw_shape (const Frame   *f,
            guint          category,
            double         cx,
            double         cy,
            double         size,
            const GpmRgba *fill)
{
  cairo_t *cr = f->cr;

  shape_path (cr, category, cx, cy, size);
  set_color (cr, fill, 1.0);
  cairo_fill (cr);
}

static void
record_label (const Frame *f,
              double       x,
              double       y,
              double       width,
              double       height)
{
  GpmTimelineBox box = { x, y, width, height };

  g_array_append_val (f->self->label_boxes, box);
}

static void
record_marker (const Frame *f,
               gint64       id,
               double       x,
               double       y,
               double       width,
               double       height)
{
  TlMarkerBox marker = { id, { x, y, width, height } };

  g_array_append_val (f->self->marker_boxes, marker);
}

static PangoLayout *
event_layout (GpmTimeline *self,
              TlEvent     *event)
{
  if (event->layout == NULL)
    {
      event->layout = pango_layout_new (self->pango);
      pango_layout_set_font_description (event->layout, self->font_label);
      pango_layout_set_text (event->layout, event->label, -1);
    }
  event->layout_stamp = self->stamp;

  return event->layout;
}

/* The layout a mark's label is drawn with: the event's own, or a shortened copy. */
static PangoLayout *
mark_label_layout (GpmTimeline *self,
                   TlMark      *mark)
{
  TlEvent *event = &g_array_index (self->events, TlEvent, mark->event);

  if (!mark->shortened)
    return event_layout (self, event);

  if (mark->layout == NULL)
    {
      mark->layout = pango_layout_new (self->pango);
      pango_layout_set_font_description (mark->layout, self->font_label);
      pango_layout_set_text (mark->layout, event->label, -1);
      pango_layout_set_ellipsize (mark->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (mark->layout, (int) (mark->label_width * PANGO_SCALE));
    }

  return mark->layout;
}

/* Draws @layout with its left edge at x, centred on cy, and records its box. A label
 * outside its marker gets a backing of the lane's colour, so grid lines and the today
 * line pass behind the text instead of through it. */
static void
draw_label (const Frame   *f,
            PangoLayout   *layout,
            double         x,
            double         cy,
            double         max_width,
            const GpmRgba *color,
            const GpmRgba *backing)
{
  PangoRectangle logical;
  double width, top;

  pango_layout_get_extents (layout, NULL, &logical);
  width = MIN ((double) logical.width / PANGO_SCALE, max_width);
  top = cy - (double) logical.height / PANGO_SCALE / 2.0;

  if (backing != NULL)
    {
      /* Whole pixels: cairo fills an aligned rectangle without rasterizing a path. */
      cairo_rectangle (f->cr, floor (x - 1.0), floor (top + 2.0), ceil (width + 2.0),
                       ceil ((double) logical.height / PANGO_SCALE - 4.0));
      set_color (f->cr, backing, 1.0);
      cairo_fill (f->cr);
    }
  set_color (f->cr, color, 1.0);
  cairo_move_to (f->cr, x, top);
  pango_cairo_show_layout (f->cr, layout);
  record_label (f, x, top, width, (double) logical.height / PANGO_SCALE);
}

static void
count_drawn (GpmTimeline *self,
             guint        index)
{
  TlEvent *event = &g_array_index (self->events, TlEvent, index);

  if (event->drawn_frame != self->frame)
    {
      event->drawn_frame = self->frame;
      self->n_drawn_events++;
    }
}

static gboolean
mark_is_selected (GpmTimeline  *self,
                  const TlMark *mark)
{
  if (self->selected_id == 0)
    return FALSE;

  if (mark->members == NULL)
    return g_array_index (self->events, TlEvent, mark->event).id == self->selected_id;

  for (guint i = 0; i < mark->members->len; i++)
    if (g_array_index (self->events, TlEvent,
                       g_array_index (mark->members, guint, i)).id == self->selected_id)
      return TRUE;

  return FALSE;
}

static void
draw_selection (const Frame *f,
                double       x0,
                double       x1,
                double       cy,
                double       height)
{
  GpmTimeline *self = f->self;
  cairo_t *cr = f->cr;

  rounded_rect (cr, x0 - 3.5, cy - height / 2.0 - 3.5, x1 - x0 + 7.0, height + 7.0, 5.0);
  set_color (cr, &self->colors.accent, 1.0);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
  if (self->focused)
    {
      /* The keyboard focus ring: a wider, soft halo as GTK draws around focused widgets. */
      rounded_rect (cr, x0 - 6.0, cy - height / 2.0 - 6.0, x1 - x0 + 12.0, height + 12.0,
                    7.0);
      set_color (cr, &self->colors.accent, 0.45);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
}

static void
draw_point (const Frame  *f,
            TlLane       *lane,
            TlMark       *mark,
            double        cy)
{
  GpmTimeline *self = f->self;
  TlEvent *event = &g_array_index (self->events, TlEvent, mark->event);
  double x0 = screen_x (f, mark->x0), x1 = screen_x (f, mark->x1);

  draw_shape (f, event->category, (x0 + x1) / 2.0, cy, TL_MARKER_SIZE, &lane->color);
  record_marker (f, event->id, x0, cy - TL_MARKER_SIZE / 2.0, x1 - x0, TL_MARKER_SIZE);
  if (mark->label_width > 0.0)
    draw_label (f, mark_label_layout (self, mark), x1 + TL_LABEL_PAD, cy, mark->label_width,
                &self->colors.text, &lane->background);
  if (mark_is_selected (self, mark))
    draw_selection (f, x0, x1, cy, TL_MARKER_SIZE);
}

static void
draw_span (const Frame  *f,
           TlLane       *lane,
           TlMark       *mark,
           double        cy)
{
  GpmTimeline *self = f->self;
  TlEvent *event = &g_array_index (self->events, TlEvent, mark->event);
  double x0 = screen_x (f, mark->x0), x1 = screen_x (f, mark->x1);
  double top = cy - TL_BAR_HEIGHT / 2.0;
  cairo_t *cr = f->cr;

  /* An outline and a tint as two opaque fills (see draw_cluster). */
  soft_rect (cr, x0, top, x1 - x0, TL_BAR_HEIGHT, 3.0);
  set_color (cr, &lane->color, 1.0);
  cairo_fill (cr);
  if (x1 - x0 > 2.0)
    {
      soft_rect (cr, x0 + 1.0, top + 1.0, x1 - x0 - 2.0, TL_BAR_HEIGHT - 2.0, 2.5);
      cairo_set_source_rgb (cr, lane->tint.red, lane->tint.green, lane->tint.blue);
      cairo_fill (cr);
    }
  record_marker (f, event->id, x0, top, x1 - x0, TL_BAR_HEIGHT);

  if (x1 - x0 >= 20.0)
    {
      /* Keep the symbol in view while the start of a long bar is scrolled away. */
      double icon_x = CLAMP (f->plot_left + 4.0, x0 + 4.0, x1 - 16.0);

      draw_shape (f, event->category, icon_x + 5.0, cy, 8.0, &lane->color);
    }

  if (mark->label_inside)
    {
      double x = x0 + TL_INSIDE_PAD + 14.0;

      /* Same for the label, as long as it still fits before the bar ends. */
      if (x < f->plot_left + TL_INSIDE_PAD + 14.0)
        x = MIN (f->plot_left + TL_INSIDE_PAD + 14.0, x1 - TL_INSIDE_PAD - mark->label_width);
      draw_label (f, mark_label_layout (self, mark), x, cy, mark->label_width,
                  &self->colors.text, NULL);
    }
  else if (mark->label_width > 0.0)
    {
      draw_label (f, mark_label_layout (self, mark), x1 + TL_LABEL_PAD, cy, mark->label_width,
                  &self->colors.text, &lane->background);
    }

  if (mark_is_selected (self, mark))
    draw_selection (f, x0, x1, cy, TL_BAR_HEIGHT);
}

static void
draw_cluster (const Frame  *f,
              TlLane       *lane,
              TlMark       *mark,
              double        cy)
{
  GpmTimeline *self = f->self;
  double x0 = screen_x (f, mark->x0), x1 = screen_x (f, mark->x1);
  double height = 18.0;
  g_autofree char *count = g_strdup_printf ("%u", mark->members->len);
  cairo_t *cr = f->cr;

  /* Two opaque fills instead of a translucent fill and a stroke: stroking round corners
   * is by far the costliest thing cairo does in a frame. */
  soft_rect (cr, x0, cy - height / 2.0, x1 - x0, height, 5.0);
  set_color (cr, &lane->color, 1.0);
  cairo_fill (cr);
  soft_rect (cr, x0 + 1.0, cy - height / 2.0 + 1.0, x1 - x0 - 2.0, height - 2.0, 4.5);
  cairo_set_source_rgb (cr, lane->tint.red, lane->tint.green, lane->tint.blue);
  cairo_fill (cr);

  if (mark->layout == NULL)
    {
      mark->layout = pango_layout_new (self->pango);
      pango_layout_set_font_description (mark->layout, self->font_badge);
      pango_layout_set_text (mark->layout, count, -1);
    }
  draw_label (f, mark->layout, x0 + 8.0, cy, x1 - x0 - 8.0, &self->colors.text, NULL);
  record_marker (f, 0, x0, cy - height / 2.0, x1 - x0, height);

  self->n_drawn_clusters++;
  for (guint i = 0; i < mark->members->len; i++)
    count_drawn (self, g_array_index (mark->members, guint, i));
  if (mark_is_selected (self, mark))
    draw_selection (f, x0, x1, cy, height);
}

static void
draw_lane_marks (const Frame *f,
                 TlLane      *lane,
                 double       top)
{
  GpmTimeline *self = f->self;

  for (guint i = tl_lane_first_visible (lane, f->world_left); i < lane->marks->len; i++)
    {
      TlMark *mark = &g_array_index (lane->marks, TlMark, i);
      double cy = top + TL_LANE_PADDING + (mark->row + 0.5) * TL_ROW_HEIGHT;

      if (mark->x0 > f->world_right)
        break;
      if (mark->end < f->world_left)
        continue;

      switch (mark->kind)
        {
        case TL_MARK_CLUSTER:
          draw_cluster (f, lane, mark, cy);
          continue;
        case TL_MARK_SPAN:
          draw_span (f, lane, mark, cy);
          break;
        case TL_MARK_POINT:
        default:
          draw_point (f, lane, mark, cy);
          break;
        }
      count_drawn (self, mark->event);
    }
}

/* ---------------------------------------------------------------- furniture */

static void
draw_lanes_background (const Frame *f)
{
  GpmTimeline *self = f->self;
  cairo_t *cr = f->cr;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      TlLane *lane = self->lanes->pdata[l];
      double top = f->lanes_top + lane->y - self->scroll_y;

      if (top > f->lanes_bottom || top + lane->height < f->lanes_top)
        continue;
      if (l % 2 == 1)
        {
          cairo_rectangle (cr, 0, top, f->width, lane->height);
          set_color (cr, &self->colors.stripe, 1.0);
          cairo_fill (cr);
        }
      cairo_rectangle (cr, 0, floor (top + lane->height) - 1.0, f->width, 1.0);
      set_color (cr, &self->colors.grid, 1.0);
      cairo_fill (cr);
    }
}

/* Tick lines through the lanes, and the boundaries of the larger unit a bit stronger. */
static void
draw_grid (const Frame *f)
{
  GpmTimeline *self = f->self;
  GpmTimeUnit unit = self->tick_unit, major = tl_major_unit (unit);
  double view_end = self->view_start + self->view_span;
  double bottom = f->lanes_bottom;
  cairo_t *cr = f->cr;

  for (gint64 i = tl_unit_index (unit, self->view_start); ; i++)
    {
      double start = tl_unit_start (unit, i);
      double x;

      if (start > view_end)
        break;
      if (!tl_unit_is_labelled (unit, self->tick_step, i))
        continue;
      x = floor (days_x (f, start)) + 0.5;
      cairo_move_to (cr, x, f->lanes_top);
      cairo_line_to (cr, x, bottom);
    }
  set_color (cr, &self->colors.grid, 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  if (unit == GPM_TIME_UNIT_YEAR)
    return;
  for (gint64 i = tl_unit_index (major, self->view_start); ; i++)
    {
      double start = tl_unit_start (major, i);
      double x;

      if (start > view_end)
        break;
      x = floor (days_x (f, start)) + 0.5;
      cairo_move_to (cr, x, 0.0);
      cairo_line_to (cr, x, bottom);
    }
  set_color (cr, &self->colors.grid_major, 1.0);
  cairo_stroke (cr);
}

static void
draw_period (const Frame *f,
             double       top,
             double       bottom,
             double       alpha)
{
  GpmTimeline *self = f->self;
  double x0, x1;

  if (isnan (self->period_from) || isnan (self->period_to))
    return;

  x0 = days_x (f, self->period_from);
  x1 = days_x (f, self->period_to);
  cairo_rectangle (f->cr, x0, top, MAX (x1 - x0, 1.0), bottom - top);
  set_color (f->cr, &self->colors.accent, alpha);
  cairo_fill (f->cr);
  cairo_move_to (f->cr, floor (x0) + 0.5, top);
  cairo_line_to (f->cr, floor (x0) + 0.5, bottom);
  cairo_move_to (f->cr, floor (x1) + 0.5, top);
  cairo_line_to (f->cr, floor (x1) + 0.5, bottom);
  set_color (f->cr, &self->colors.accent, 0.8);
  cairo_set_line_width (f->cr, 1.0);
  cairo_stroke (f->cr);
}

static void
draw_today_line (const Frame *f)
{
  GpmTimeline *self = f->self;
  double x;

  if (isnan (self->today))
    return;

  x = days_x (f, self->today + 0.5);
  if (x < f->plot_left || x > f->width)
    return;
  cairo_move_to (f->cr, round (x), TL_AXIS_HEIGHT / 2.0);
  cairo_line_to (f->cr, round (x), f->lanes_bottom);
  set_color (f->cr, &self->colors.today, 1.0);
  cairo_set_line_width (f->cr, 2.0);
  cairo_stroke (f->cr);
}

/* Where the "Today" tag goes on the axis; FALSE when today is not in view. */
static gboolean
today_tag (const Frame    *f,
           PangoLayout   **layout,
           GpmTimelineBox *box)
{
  GpmTimeline *self = f->self;
  PangoRectangle logical;
  double x;

  if (isnan (self->today) || self->today_label == NULL)
    return FALSE;

  x = days_x (f, self->today + 0.5);
  if (x < f->plot_left || x > f->width)
    return FALSE;

  *layout = gpm_timeline_text_layout (self, self->font_axis_bold, self->today_label);
  pango_layout_get_pixel_extents (*layout, NULL, &logical);
  box->width = logical.width + 10.0;
  box->height = logical.height + 2.0;
  box->x = CLAMP (x - box->width / 2.0, f->plot_left + 1.0, f->width - box->width - 1.0);
  box->y = 3.0;

  return TRUE;
}

static void
draw_today_tag (const Frame          *f,
                PangoLayout          *layout,
                const GpmTimelineBox *box)
{
  rounded_rect (f->cr, box->x, box->y, box->width, box->height, box->height / 2.0);
  set_color (f->cr, &f->self->colors.today, 1.0);
  cairo_fill (f->cr);
  cairo_set_source_rgb (f->cr, 1.0, 1.0, 1.0);
  cairo_move_to (f->cr, box->x + 5.0, box->y + 1.0);
  pango_cairo_show_layout (f->cr, layout);
}

static gboolean
hides (const GpmTimelineBox *tag,
       gboolean              has_tag,
       double                x,
       double                y,
       double                width,
       double                height)
{
  return has_tag && x < tag->x + tag->width + 2.0 && tag->x - 2.0 < x + width
         && y < tag->y + tag->height && tag->y < y + height;
}

static void
draw_axis (const Frame *f)
{
  GpmTimeline *self = f->self;
  GpmTimeUnit unit = self->tick_unit, major = tl_major_unit (unit);
  double view_end = self->view_start + self->view_span;
  gboolean has_major = unit != GPM_TIME_UNIT_YEAR;
  double minor_y = has_major ? 23.0 : 14.0;
  PangoLayout *tag_layout = NULL;
  GpmTimelineBox tag = { 0 };
  gboolean has_tag = today_tag (f, &tag_layout, &tag);
  cairo_t *cr = f->cr;

  cairo_rectangle (cr, 0, 0, f->width, TL_AXIS_HEIGHT);
  set_color (cr, &self->colors.header, 1.0);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_rectangle (cr, f->plot_left, 0, f->width - f->plot_left, TL_AXIS_HEIGHT);
  cairo_clip (cr);
  draw_period (f, 0.0, TL_AXIS_HEIGHT, 0.22);

  /* Ticks are labelled just right of their line, as in vis-timeline. */
  for (gint64 i = tl_unit_index (unit, self->view_start); ; i++)
    {
      double start = tl_unit_start (unit, i);
      g_autofree char *label = NULL;
      PangoLayout *layout;
      PangoRectangle logical;
      double x;

      if (start > view_end)
        break;
      if (!tl_unit_is_labelled (unit, self->tick_step, i))
        continue;
      x = floor (days_x (f, start)) + 0.5;
      cairo_move_to (cr, x, has_major ? 22.0 : 6.0);
      cairo_line_to (cr, x, TL_AXIS_HEIGHT);
      set_color (cr, &self->colors.grid_major, 1.0);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);

      /* A tick scrolled past the left edge would show a clipped stub of its label. */
      if (x < f->plot_left)
        continue;
      label = tl_tick_label (unit, i, self->language);
      layout = gpm_timeline_text_layout (self, self->font_axis, label);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      if (hides (&tag, has_tag, x + 4.0, minor_y, logical.width, logical.height))
        continue;
      set_color (cr, &self->colors.muted, 1.0);
      cairo_move_to (cr, x + 4.0, minor_y);
      pango_cairo_show_layout (cr, layout);
    }

  /* The upper row names the month or year the ticks belong to; the label of a unit whose
   * start is scrolled away stays at the left edge until the next one pushes it out. */
  for (gint64 i = tl_unit_index (major, self->view_start); has_major; i++)
    {
      double start = tl_unit_start (major, i), end = tl_unit_start (major, i + 1);
      g_autofree char *label = NULL;
      PangoLayout *layout;
      PangoRectangle logical;
      double x0, x1, x;

      if (start > view_end)
        break;
      label = tl_major_label (major, i, self->language);
      layout = gpm_timeline_text_layout (self, self->font_axis_bold, label);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      x0 = days_x (f, start);
      x1 = days_x (f, end);
      x = MIN (MAX (x0 + 4.0, f->plot_left + 4.0), x1 - logical.width - 4.0);
      if (x < x0 + 4.0 - 0.01 && x0 + 4.0 > f->plot_left + 4.0)
        continue;
      if (x + logical.width + 4.0 > x1 + 0.01
          || hides (&tag, has_tag, x, 4.0, logical.width, logical.height))
        continue;
      set_color (cr, &self->colors.text, 1.0);
      cairo_move_to (cr, x, 4.0);
      pango_cairo_show_layout (cr, layout);
    }

  if (has_tag)
    draw_today_tag (f, tag_layout, &tag);
  cairo_restore (cr);

  cairo_rectangle (cr, 0, TL_AXIS_HEIGHT - 1.0, f->width, 1.0);
  set_color (cr, &self->colors.grid_major, 1.0);
  cairo_fill (cr);
}

static void
draw_headers (const Frame *f)
{
  GpmTimeline *self = f->self;
  cairo_t *cr = f->cr;

  cairo_save (cr);
  cairo_rectangle (cr, 0, f->lanes_top, f->plot_left, f->lanes_bottom - f->lanes_top);
  cairo_clip (cr);
  set_color (cr, &self->colors.header, 1.0);
  cairo_paint (cr);

  for (guint l = 0; l < self->lanes->len; l++)
    {
      TlLane *lane = self->lanes->pdata[l];
      double top = f->lanes_top + lane->y - self->scroll_y;
      double cy = top + TL_LANE_PADDING + TL_ROW_HEIGHT / 2.0;
      PangoRectangle logical;

      if (top > f->lanes_bottom || top + lane->height < f->lanes_top)
        continue;

      if (lane->is_vendor || self->lanes_mode == GPM_TIMELINE_LANES_VENDOR)
        {
          cairo_arc (cr, 14.0, cy, 5.0, 0, 2 * G_PI);
          set_color (cr, &lane->color, 1.0);
          cairo_fill (cr);
        }
      else
        {
          draw_shape (f, lane->category, 14.0, cy, 10.0, &lane->color);
        }

      if (lane->title_layout == NULL)
        {
          lane->title_layout = pango_layout_new (self->pango);
          pango_layout_set_font_description (lane->title_layout, self->font_lane);
          pango_layout_set_text (lane->title_layout, lane->title, -1);
          pango_layout_set_ellipsize (lane->title_layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_width (lane->title_layout,
                                  (int) ((f->plot_left - 32.0) * PANGO_SCALE));
        }
      pango_layout_get_pixel_extents (lane->title_layout, NULL, &logical);
      set_color (cr, &self->colors.text, 1.0);
      cairo_move_to (cr, 26.0, cy - logical.height / 2.0);
      pango_cairo_show_layout (cr, lane->title_layout);
      cairo_rectangle (cr, 0, floor (top + lane->height) - 1.0, f->plot_left, 1.0);
      set_color (cr, &self->colors.grid, 1.0);
      cairo_fill (cr);
    }
  cairo_restore (cr);

  cairo_rectangle (cr, f->plot_left - 1.0, 0, 1.0, f->lanes_bottom);
  set_color (cr, &self->colors.grid_major, 1.0);
  cairo_fill (cr);
}

static void
draw_legend (const Frame *f)
{
  GpmTimeline *self = f->self;
  double x = 12.0, y = f->lanes_bottom + 2.0;
  cairo_t *cr = f->cr;

  if (self->legend_height <= 0.0)
    return;

  cairo_rectangle (cr, 0, f->lanes_bottom, f->width, f->height - f->lanes_bottom);
  set_color (cr, &self->colors.header, 1.0);
  cairo_fill (cr);
  cairo_rectangle (cr, 0, f->lanes_bottom, f->width, 1.0);
  set_color (cr, &self->colors.grid_major, 1.0);
  cairo_fill (cr);

  for (guint c = 0; c < GPM_TIMELINE_N_CATEGORIES; c++)
    {
      const char *name = self->category_names[c] ? self->category_names[c]
                                                 : gpm_timeline_category_to_key (c);
      PangoLayout *layout = gpm_timeline_text_layout (self, self->font_axis, name);
      PangoRectangle logical;
      double item;

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      item = 18.0 + logical.width + 16.0;
      if (x + item > f->width - 8.0 && x > 12.0)
        {
          x = 12.0;
          y += TL_LEGEND_ROW;
        }
      draw_shape (f, c, x + 6.0, y + TL_LEGEND_ROW / 2.0, 10.0, &self->colors.muted);
      set_color (cr, &self->colors.text, 1.0);
      cairo_move_to (cr, x + 18.0, y + (TL_LEGEND_ROW - logical.height) / 2.0);
      pango_cairo_show_layout (cr, layout);
      x += item;
    }
}

/* Drops the label layouts of events that have not been on screen for a while. */
static void
age_event_layouts (GpmTimeline *self)
{
  for (guint i = 0; i < self->events->len; i++)
    {
      TlEvent *event = &g_array_index (self->events, TlEvent, i);

      if (event->layout != NULL && self->stamp - event->layout_stamp > TL_LAYOUT_MAX_AGE)
        g_clear_object (&event->layout);
    }
}

void
tl_draw (GpmTimeline *self,
         cairo_t     *cr,
         double       width,
         double       height)
{
  Frame f = { self, cr, width, height };

  self->frame++;
  self->stamp++;
  if (self->stamp % TL_LAYOUT_MAX_AGE == 0)
    age_event_layouts (self);
  self->n_drawn_events = 0;
  self->n_drawn_clusters = 0;
  g_array_set_size (self->label_boxes, 0);
  g_array_set_size (self->marker_boxes, 0);

  f.plot_left = self->header_width;
  f.lanes_top = TL_AXIS_HEIGHT;
  f.lanes_bottom = height - self->legend_height;
  f.world_left = self->view_start * self->px_per_day;
  f.world_right = f.world_left + (width - f.plot_left);

  cairo_save (cr);
  set_color (cr, &self->colors.background, 1.0);
  cairo_paint (cr);

  cairo_save (cr);
  cairo_rectangle (cr, 0, f.lanes_top, width, f.lanes_bottom - f.lanes_top);
  cairo_clip (cr);
  draw_lanes_background (&f);
  draw_grid (&f);
  draw_period (&f, f.lanes_top, f.lanes_bottom, 0.10);
  draw_today_line (&f);

  cairo_rectangle (cr, f.plot_left, f.lanes_top, width - f.plot_left,
                   f.lanes_bottom - f.lanes_top);
  cairo_clip (cr);
  for (guint l = 0; l < self->lanes->len; l++)
    {
      TlLane *lane = self->lanes->pdata[l];
      double top = f.lanes_top + lane->y - self->scroll_y;

      if (top > f.lanes_bottom || top + lane->height < f.lanes_top)
        continue;
      draw_lane_marks (&f, lane, top);
    }
  cairo_restore (cr);

  draw_headers (&f);
  draw_axis (&f);
  draw_legend (&f);
  cairo_restore (cr);
}
