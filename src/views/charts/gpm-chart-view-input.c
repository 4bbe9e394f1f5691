/* gpm-chart-view-input.c — how a chart answers the mouse, touch and keyboard.
 *
 *   hover                crosshair on the nearest point, and its tooltip
 *   click                a legend entry hides or shows its series; a point is pinned;
 *                        an event's marker opens it on the timeline
 *   Ctrl + scroll, pinch zoom the time axis around the pointer
 *   drag, sideways scroll pan a zoomed time axis
 *   ← → ↑ ↓              walk the points (hidden series are skipped)
 *   Shift + ← →          pan
 *   + −                  zoom in, out;  0 or Home: show everything
 *   Tab                  after the points, each legend entry; Enter or Space toggles it
 *   Enter, Space         on a point: pin it
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "gpm-chart-renderer.h"
#include "gpm-chart-view-private.h"

#define ZOOM_STEP  1.25
#define PAN_STEP   0.2     /* of the span shown, per Shift + arrow */
#define DRAG_SLOP  4.0

/* ---------------------------------------------------------------- hover */

static gboolean
legend_at (GpmChartView *self,
           double        x,
           double        y,
           guint        *series_index)
{
  return self->layout != NULL
         && gpm_chart_layout_legend_hit_test (self->layout, x, y, series_index)
         && *series_index < gpm_chart_view_get_n_series (self);
}

static gboolean
in_plot (GpmChartView *self,
         double        x,
         double        y)
{
  cairo_rectangle_t plot;

  if (self->layout == NULL)
    return FALSE;
  gpm_chart_layout_get_plot_area (self->layout, &plot);

  return x >= plot.x && x <= plot.x + plot.width && y >= plot.y && y <= plot.y + plot.height;
}

static void
update_cursor (GpmChartView *self,
               double        x,
               double        y)
{
  const char *name = NULL;
  guint series;

  if (legend_at (self, x, y, &series) || self->hover_event >= 0)
    name = "pointer";
  else if (gpm_chart_view_get_zoomed (self) && in_plot (self, x, y))
    name = self->dragging ? "grabbing" : "grab";

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), name);
}

static void
set_hover (GpmChartView *self,
           gboolean      has_hover,
           guint         series,
           guint         point,
           int           event)
{
  if (has_hover == self->has_hover && event == self->hover_event
      && (!has_hover || (series == self->hover_series && point == self->hover_point)))
    return;

  self->has_hover = has_hover;
  self->hover_series = series;
  self->hover_point = point;
  self->hover_event = event;
  gpm_chart_view_update_overlay (self);
}

static gboolean
hit_hover (GpmChartView *self,
           double        x,
           double        y,
           guint        *series,
           guint        *point,
           int          *hover_event)
{
  guint event;
  gboolean hit = !self->dragging && gpm_chart_view_point_at (self, x, y, series, point);

  *hover_event = -1;
  if (!hit && !self->dragging && self->layout != NULL
      && gpm_chart_layout_event_hit_test (self->layout, x, y, &event))
    *hover_event = (int) event;

  return hit;
}

/* After the chart was drawn anew (zoomed, a series hidden) under a pointer that has not
 * moved: what is under it now. Called while drawing, so it queues nothing. */
void
gpm_chart_view_refresh_hover (GpmChartView *self)
{
  guint series = 0, point = 0;

  if (isnan (self->pointer_x))
    return;
  self->has_hover = hit_hover (self, self->pointer_x, self->pointer_y, &series, &point,
                               &self->hover_event);
  self->hover_series = series;
  self->hover_point = point;
}

static void
update_hover (GpmChartView *self,
              double        x,
              double        y)
{
  guint series = 0, point = 0;
  int hover_event;
  gboolean hit = hit_hover (self, x, y, &series, &point, &hover_event);

  set_hover (self, hit, series, point, hover_event);
  update_cursor (self, x, y);
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           GpmChartView             *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  update_hover (self, x, y);
}

static void
on_leave (GtkEventControllerMotion *motion,
          GpmChartView             *self)
{
  self->pointer_x = NAN;
  set_hover (self, FALSE, 0, 0, -1);
}

/* ---------------------------------------------------------------- clicks */

static void
toggle_series (GpmChartView *self,
               guint         series)
{
  gpm_chart_view_set_series_hidden (self, series,
                                    !gpm_chart_view_get_series_hidden (self, series));
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   GpmChartView    *self)
{
  guint series, point;
  gint64 event_id;

  if (self->dragging || n_press != 1)
    return;

  /* The arrow keys go on from what was clicked. */
  if (gtk_widget_get_focus_on_click (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));

  if (legend_at (self, x, y, &series))
    {
      toggle_series (self, series);
      return;
    }

  if (gpm_chart_view_point_at (self, x, y, &series, &point))
    {
      self->has_focus_point = TRUE;
      self->focus_series = series;
      self->focus_point = point;
      self->focus_legend = -1;
      gpm_chart_view_update_description (self);
      gpm_chart_view_update_overlay (self);
      g_signal_emit (self, gpm_chart_view_signals[SIGNAL_POINT_ACTIVATED], 0, series, point);
      return;
    }

  if (gpm_chart_view_event_at (self, x, y, &event_id))
    g_signal_emit (self, gpm_chart_view_signals[SIGNAL_EVENT_ACTIVATED], 0, event_id);
}

/* ---------------------------------------------------------------- zoom and pan */

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               GpmChartView   *self)
{
  guint series;

  self->dragging = FALSE;
  if (!gpm_chart_view_get_zoomed (self) || legend_at (self, x, y, &series)
      || !gpm_chart_view_get_x_range (self, &self->drag_x0, &self->drag_x1))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                GpmChartView   *self)
{
  double plot_x, plot_width, days;

  /* Within the slop it may still be a click. */
  if (!self->dragging && hypot (dx, dy) < DRAG_SLOP)
    return;
  if (!gpm_chart_view_get_plot (self, &plot_x, &plot_width))
    return;

  if (!self->dragging)
    {
      self->dragging = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      set_hover (self, FALSE, 0, 0, -1);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }

  days = -dx / plot_width * (self->drag_x1 - self->drag_x0);
  gpm_chart_view_set_span (self, self->drag_x0 + days, self->drag_x1 + days);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             GpmChartView   *self)
{
  double x, y;

  /* Claiming the drag cancelled the click gesture, so no click follows a pan. */
  self->dragging = FALSE;
  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  update_cursor (self, x + dx, y + dy);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           GpmChartView             *self)
{
  GdkModifierType state;
  gboolean smooth = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE;
  double plot_x, plot_width;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  if ((state & GDK_CONTROL_MASK) != 0 && self->has_time_axis)
    {
      /* Wheel up zooms in; a touchpad's pixels count a twentieth of a click each. */
      gpm_chart_view_zoom_around (self, pow (ZOOM_STEP, -dy * (smooth ? 0.05 : 1.0)),
                                  self->pointer_x);
      return GDK_EVENT_STOP;
    }

  /* Sideways scrolling pans a zoomed chart; up and down scroll the page. */
  if (fabs (dx) > fabs (dy) && gpm_chart_view_get_zoomed (self)
      && gpm_chart_view_get_plot (self, &plot_x, &plot_width))
    {
      gpm_chart_view_pan (self, dx * (smooth ? 1.0 : 40.0) / plot_width);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
on_zoom_begin (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               GpmChartView     *self)
{
  double x, y, plot_x, plot_width;

  if (!gpm_chart_view_get_x_range (self, &self->drag_x0, &self->drag_x1)
      || !gpm_chart_view_get_plot (self, &plot_x, &plot_width))
    {
      gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  if (!gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = plot_x + plot_width / 2.0;
  self->pinch_anchor_x = CLAMP ((x - plot_x) / plot_width, 0.0, 1.0);
  self->pinch_anchor = self->drag_x0 + self->pinch_anchor_x * (self->drag_x1 - self->drag_x0);
}

static void
on_zoom_scale_changed (GtkGestureZoom *gesture,
                       double          scale,
                       GpmChartView   *self)
{
  double span = (self->drag_x1 - self->drag_x0) / MAX (scale, 0.01);
  double start = self->pinch_anchor - self->pinch_anchor_x * span;

  gpm_chart_view_set_span (self, start, start + span);
}

/* ---------------------------------------------------------------- keyboard */

static gboolean
walkable (GpmChartView *self,
          guint         series)
{
  return !gpm_chart_view_point_is_hidden (self, series)
         && gpm_chart_series_get_n_points (gpm_chart_data_get_series (self->data, series)) > 0;
}

/* Pans a zoomed axis so that the focused point is in view. */
static void
reveal_point (GpmChartView *self)
{
  GpmChartPoint point;
  double x0, x1, middle;

  if (!gpm_chart_view_get_zoomed (self) || !gpm_chart_view_get_x_range (self, &x0, &x1)
      || !gpm_chart_series_get_point (gpm_chart_data_get_series (self->data, self->focus_series),
                                      self->focus_point, &point)
      || point.category != NULL)
    return;

  middle = (point.x_start + point.x_end) / 2.0;
  if (middle < x0 || middle > x1)
    gpm_chart_view_set_span (self, middle - (x1 - x0) / 2.0, middle + (x1 - x0) / 2.0);
}

/* Moves the keyboard focus to the next or previous point, across visible series. */
static void
move_focus (GpmChartView *self,
            int           step)
{
  guint n_series = gpm_chart_view_get_n_series (self);
  guint series = self->focus_series;
  int point = (int) self->focus_point + step;
  guint tries;

  if (n_series == 0)
    return;
  if (!self->has_focus_point || series >= n_series || !walkable (self, series))
    {
      series = step > 0 ? n_series - 1 : 0;
      point = -1;
    }

  for (tries = 0; tries <= n_series; tries++)
    {
      guint n;

      if (walkable (self, series))
        {
          n = gpm_chart_series_get_n_points (gpm_chart_data_get_series (self->data, series));
          if (point >= 0 && point < (int) n)
            break;
        }
      /* Off the end of this series: on to the next visible one, wrapping around. */
      series = (series + n_series + (step > 0 ? 1 : -1)) % n_series;
      n = gpm_chart_series_get_n_points (gpm_chart_data_get_series (self->data, series));
      point = step > 0 ? 0 : (int) n - 1;
    }
  if (tries > n_series)
    return;

  self->has_focus_point = TRUE;
  self->focus_series = series;
  self->focus_point = (guint) point;
  self->focus_legend = -1;
  reveal_point (self);
  gpm_chart_view_update_description (self);
  gpm_chart_view_update_overlay (self);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  g_signal_emit (self, gpm_chart_view_signals[SIGNAL_POINT_ACTIVATED], 0, series,
                 (guint) point);
}

static void
move_legend_focus (GpmChartView *self,
                   int           step)
{
  int n = (int) gpm_chart_view_get_n_series (self);

  if (n == 0)
    return;
  self->focus_legend = CLAMP (self->focus_legend + step, 0, n - 1);
  gpm_chart_view_update_description (self);
  gpm_chart_view_update_overlay (self);
}

static gboolean
activate_focus (GpmChartView *self)
{
  if (self->focus_legend >= 0)
    {
      toggle_series (self, self->focus_legend);
      return TRUE;
    }
  if (!self->has_focus_point)
    return FALSE;
  g_signal_emit (self, gpm_chart_view_signals[SIGNAL_POINT_ACTIVATED], 0, self->focus_series,
                 self->focus_point);

  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GpmChartView          *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  int direction = 0;

  if (self->data == NULL || (state & (GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      direction = 1;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      direction = -1;
      break;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      gpm_chart_view_zoom (self, ZOOM_STEP);
      return GDK_EVENT_STOP;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      gpm_chart_view_zoom (self, 1.0 / ZOOM_STEP);
      return GDK_EVENT_STOP;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
    case GDK_KEY_Home:
      gpm_chart_view_reset_zoom (self);
      return GDK_EVENT_STOP;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      return activate_focus (self);
    default:
      return GDK_EVENT_PROPAGATE;
    }

  /* Shift + left or right pans; plain arrows walk points or legend entries. */
  if (shift && (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right
                || keyval == GDK_KEY_KP_Left || keyval == GDK_KEY_KP_Right))
    gpm_chart_view_pan (self, direction * PAN_STEP);
  else if (self->focus_legend >= 0)
    move_legend_focus (self, direction);
  else
    move_focus (self, direction);

  return GDK_EVENT_STOP;
}

/* Tab visits the chart's points first, then each legend entry, then leaves; Shift + Tab
 * comes back the same way. */
static gboolean
gpm_chart_view_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  GpmChartView *self = GPM_CHART_VIEW (widget);
  int n = (int) gpm_chart_view_get_n_series (self);

  if (!gtk_widget_is_focus (widget))
    {
      gtk_widget_grab_focus (widget);
      self->focus_legend = direction == GTK_DIR_TAB_BACKWARD && n > 0 ? n - 1 : -1;
      gpm_chart_view_update_description (self);
      gpm_chart_view_update_overlay (self);
      return TRUE;
    }

  if (direction == GTK_DIR_TAB_FORWARD && self->focus_legend + 1 < n)
    self->focus_legend++;
  else if (direction == GTK_DIR_TAB_BACKWARD && self->focus_legend >= 0)
    self->focus_legend--;
  else
    return FALSE;

  gpm_chart_view_update_description (self);
  gpm_chart_view_update_overlay (self);

  return TRUE;
}

static void
on_focus_changed (GpmChartView *self)
{
  gpm_chart_view_update_overlay (self);
}

/* ---------------------------------------------------------------- tooltips */

static char *
legend_tooltip (GpmChartView *self,
                guint         series)
{
  const char *label = gpm_chart_series_get_label (gpm_chart_data_get_series (self->data,
                                                                             series));

  if (gpm_chart_view_get_series_hidden (self, series))
    /* Translators: the tooltip of a hidden series' legend entry; %s is the series */
    return g_strdup_printf (_("Show “%s”"), label);

  /* Translators: the tooltip of a legend entry, which hides its series; %s is the series */
  return g_strdup_printf (_("Hide “%s”"), label);
}

static char *
event_tooltip (GpmChartView *self,
               int           index)
{
  GPtrArray *events = gpm_chart_style_get_events (self->style);
  const GpmChartEvent *event;

  if (events == NULL || index < 0 || (guint) index >= events->len)
    return NULL;
  event = g_ptr_array_index (events, index);

  return g_strdup_printf ("%s\n%s", event->title ? event->title : "",
                          event->date ? event->date : "");
}

static gboolean
on_query_tooltip (GtkWidget    *widget,
                  int           x,
                  int           y,
                  gboolean      keyboard,
                  GtkTooltip   *tooltip,
                  GpmChartView *self)
{
  g_autofree char *text = NULL;
  guint series, point, event;
  GtkWidget *label;

  if (self->data == NULL)
    return FALSE;

  if (keyboard)
    {
      if (self->focus_legend >= 0)
        text = legend_tooltip (self, self->focus_legend);
      else if (gpm_chart_view_get_focus_point (self, &series, &point))
        text = gpm_chart_view_describe_point (self, series, point);
    }
  else if (gpm_chart_view_point_at (self, x, y, &series, &point))
    text = gpm_chart_view_describe_point (self, series, point);
  else if (legend_at (self, x, y, &series))
    text = legend_tooltip (self, series);
  else if (self->layout != NULL && gpm_chart_layout_event_hit_test (self->layout, x, y, &event))
    text = event_tooltip (self, (int) event);

  if (text == NULL)
    return FALSE;

  /* The source sentence can be long: wrap it rather than span the screen. */
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_tooltip_set_custom (tooltip, label);

  return TRUE;
}

/* ---------------------------------------------------------------- set-up */

void
gpm_chart_view_class_init_input (GtkWidgetClass *widget_class)
{
  widget_class->focus = gpm_chart_view_focus;
}

void
gpm_chart_view_init_input (GpmChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *gesture;

  self->pointer_x = NAN;

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, controller);

  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_focus_changed), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (widget, controller);

  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
}
