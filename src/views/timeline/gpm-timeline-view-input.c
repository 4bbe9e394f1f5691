/* gpm-timeline-view-input.c — how the timeline answers the mouse, touch and keyboard.
 *
 *   drag                 pan (time and, when the lanes overflow, the lanes)
 *   drag on the axis,    select a period (snapped to the axis' unit)
 *   Shift + drag
 *   scroll               pan; Ctrl + scroll or a pinch zooms around the pointer
 *   click                select an event; a cluster zooms in on its events
 *   Tab, ← →, Home, End  previous / next event in date order (Tab leaves at either end)
 *   ↑ ↓                  nearest event in the lane above / below
 *   Shift + arrows       pan
 *   + − 0                zoom in, out, fit all
 *   Enter                show the event's details; Escape clears the selection and period
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "gpm-timeline-text.h"
#include "gpm-timeline-view-private.h"

#define WHEEL_STEP  48.0   /* pixels panned by one click of a wheel */
#define ZOOM_STEP   1.25
#define DRAG_SLOP    3.0

/* ---------------------------------------------------------------- pointer */

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           GpmTimelineView          *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   GpmTimelineView *self)
{
  if (n_press == 1)
    {
      gpm_timeline_view_activate_at (self, x, y);
    }
  else if (n_press == 2 && self->selected_id != 0)
    {
      g_signal_emit (self, gpm_timeline_view_signals[SIGNAL_ACTIVATE_EVENT], 0,
                     self->selected_id);
    }
}

static void
on_drag_begin (GtkGestureDrag  *gesture,
               double           x,
               double           y,
               GpmTimelineView *self)
{
  GdkModifierType state;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  gboolean on_axis;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  on_axis = y < gpm_timeline_get_axis_height (self->timeline)
            && x >= gpm_timeline_get_plot_left (self->timeline, width);

  self->drag_x = x;
  self->drag_y = y;
  if (on_axis || (state & GDK_SHIFT_MASK) != 0)
    {
      self->drag_mode = DRAG_PERIOD;
      self->drag_anchor = gpm_timeline_x_to_days (self->timeline, width, x);
    }
  else
    {
      self->drag_mode = DRAG_PAN;
      gpm_timeline_get_view (self->timeline, &self->drag_view_start, NULL);
      self->drag_scroll_y = gpm_timeline_get_scroll_y (self->timeline);
    }
}

static void
on_drag_update (GtkGestureDrag  *gesture,
                double           dx,
                double           dy,
                GpmTimelineView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double span;

  if (fabs (dx) < DRAG_SLOP && fabs (dy) < DRAG_SLOP)
    return;
  /* Past the slop it is a drag, not a click. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);

  switch (self->drag_mode)
    {
    case DRAG_PAN:
      gpm_timeline_get_view (self->timeline, NULL, &span);
      gpm_timeline_view_set_view_range (self,
                                        self->drag_view_start
                                        - dx / gpm_timeline_view_px_per_day (self), span);
      gpm_timeline_set_scroll_y (self->timeline, self->drag_scroll_y - dy);
      break;

    case DRAG_PERIOD:
      gpm_timeline_view_set_period (self, self->drag_anchor,
                                    gpm_timeline_x_to_days (self->timeline, width,
                                                            self->drag_x + dx));
      break;

    case DRAG_NONE:
    default:
      break;
    }
}

static void
on_drag_end (GtkGestureDrag  *gesture,
             double           dx,
             double           dy,
             GpmTimelineView *self)
{
  self->drag_mode = DRAG_NONE;
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           GpmTimelineView          *self)
{
  GdkModifierType state;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double step = WHEEL_STEP;
  gboolean overflows;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE)
    step = 1.0;

  if ((state & GDK_CONTROL_MASK) != 0)
    {
      gpm_timeline_view_zoom_at (self, pow (ZOOM_STEP, -dy * (step == 1.0 ? 0.05 : 1.0)),
                                 self->pointer_x);
      return GDK_EVENT_STOP;
    }

  /* Vertical scrolling moves the lanes only when they do not all fit. */
  overflows = gpm_timeline_get_content_height (self->timeline, width, height)
              > gpm_timeline_get_lanes_height (self->timeline, width, height);
  if ((state & GDK_SHIFT_MASK) != 0 || !overflows)
    {
      gpm_timeline_view_pan (self, (dx + dy) * step);
    }
  else
    {
      gpm_timeline_view_pan (self, dx * step);
      gpm_timeline_view_scroll_lanes (self, dy * step);
    }

  return GDK_EVENT_STOP;
}

static void
on_zoom_begin (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               GpmTimelineView  *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double x, y;

  gpm_timeline_get_view (self->timeline, NULL, &self->pinch_span);
  if (!gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = width / 2.0;
  self->pinch_anchor_x = x;
  self->pinch_anchor_days = gpm_timeline_x_to_days (self->timeline, width, x);
}

static void
on_zoom_scale_changed (GtkGestureZoom  *gesture,
                       double           scale,
                       GpmTimelineView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double left = gpm_timeline_get_plot_left (self->timeline, width);
  double span = self->pinch_span / MAX (scale, 0.01);
  double plot = MAX (width - left, 1.0);

  gpm_timeline_view_set_view_range (self,
                                    self->pinch_anchor_days
                                    - (self->pinch_anchor_x - left) * span / plot, span);
}

static gboolean
on_query_tooltip (GtkWidget       *widget,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip,
                  GpmTimelineView *self)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree char *text = NULL;
  GpmTimelineHit hit;
  GpmEvent *event;

  if (keyboard || !gpm_timeline_hit_test (self->timeline, width, height, x, y, &hit))
    return FALSE;

  switch (hit.kind)
    {
    case GPM_TIMELINE_HIT_EVENT:
      event = gpm_timeline_view_lookup (self, hit.event_id);
      if (event == NULL)
        return FALSE;
      {
        g_autofree char *date = gpm_timeline_format_date (gpm_event_get_date (event));
        g_autofree char *title = g_markup_escape_text (
          gpm_timeline_event_title (event, self->language), -1);

        text = g_strdup_printf ("<b>%s</b>\n%s · %s", title, date,
                                gpm_timeline_event_category_name (event));
      }
      break;

    case GPM_TIMELINE_HIT_CLUSTER:
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u event close together: click to zoom in",
                                           "%u events close together: click to zoom in",
                                           hit.n_events), hit.n_events);
      break;

    case GPM_TIMELINE_HIT_AXIS:
      text = g_strdup (_("Drag along the dates to select a period"));
      break;

    case GPM_TIMELINE_HIT_LANE:
    case GPM_TIMELINE_HIT_LANE_HEADER:
    case GPM_TIMELINE_HIT_NONE:
    default:
      return FALSE;
    }

  gtk_tooltip_set_markup (tooltip, text);

  return TRUE;
}

/* ---------------------------------------------------------------- keyboard */

static void
select_step (GpmTimelineView *self,
             gint64           next)
{
  if (next != 0)
    gpm_timeline_view_select (self, next, TRUE);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static gboolean
step_action (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (widget);
  int delta = g_variant_get_int32 (args);

  if (self->selected_id == 0)
    select_step (self, gpm_timeline_step (self->timeline, 0, delta > 0 ? 1 : -1));
  else
    select_step (self, gpm_timeline_step (self->timeline, self->selected_id, delta));

  return TRUE;
}

static gboolean
edge_action (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (widget);

  select_step (self, gpm_timeline_step (self->timeline, 0, g_variant_get_int32 (args)));

  return TRUE;
}

static gboolean
lane_action (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (widget);
  int delta = g_variant_get_int32 (args);

  if (self->selected_id == 0)
    select_step (self, gpm_timeline_step (self->timeline, 0, 1));
  else
    select_step (self, gpm_timeline_step_lane (self->timeline, self->selected_id, delta));

  return TRUE;
}

static gboolean
pan_action (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int dx, dy;

  g_variant_get (args, "(ii)", &dx, &dy);
  gpm_timeline_view_pan (self, dx * (width - gpm_timeline_get_plot_left (self->timeline,
                                                                         width)) / 8.0);
  gpm_timeline_view_scroll_lanes (self, dy * WHEEL_STEP);

  return TRUE;
}

static gboolean
zoom_action (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  int direction = g_variant_get_int32 (args);

  if (direction == 0)
    gpm_timeline_view_fit_all (GPM_TIMELINE_VIEW (widget));
  else
    gpm_timeline_view_zoom (GPM_TIMELINE_VIEW (widget), direction > 0 ? ZOOM_STEP
                                                                      : 1.0 / ZOOM_STEP);

  return TRUE;
}

static gboolean
activate_action (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (widget);

  if (self->selected_id == 0)
    return FALSE;
  g_signal_emit (self, gpm_timeline_view_signals[SIGNAL_ACTIVATE_EVENT], 0, self->selected_id);

  return TRUE;
}

static gboolean
escape_action (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (widget);

  if (self->selected_id == 0 && isnan (self->period_from))
    return FALSE;
  gpm_timeline_view_select (self, 0, FALSE);
  gpm_timeline_view_clear_period (self);

  return TRUE;
}

/* Tab walks the events in date order, then leaves the widget at either end; coming in,
 * it lands on the selected event, or the first (last, going backwards). */
static gboolean
gpm_timeline_view_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (widget);
  gboolean forward = direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN
                     || direction == GTK_DIR_RIGHT;
  gint64 next;

  if (!gtk_widget_is_focus (widget))
    {
      gtk_widget_grab_focus (widget);
      if (self->selected_id == 0)
        {
          next = gpm_timeline_step (self->timeline, 0, forward ? 1 : -1);
          if (next != 0)
            gpm_timeline_view_select (self, next, TRUE);
        }
      return TRUE;
    }

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return FALSE;

  next = gpm_timeline_step (self->timeline, self->selected_id, forward ? 1 : -1);
  if (next == 0)
    return FALSE;
  gpm_timeline_view_select (self, next, TRUE);

  return TRUE;
}

static void
on_focus_changed (GpmTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
add_key (GtkWidgetClass  *widget_class,
         guint            keyval,
         GdkModifierType  modifiers,
         GtkShortcutFunc  func,
         const char      *format,
         int              value)
{
  gtk_widget_class_add_binding (widget_class, keyval, modifiers, func, format, value);
}

void
gpm_timeline_view_class_init_input (GtkWidgetClass *widget_class)
{
  const struct { guint key; int dx, dy; } pans[] = {
    { GDK_KEY_Left, -1, 0 }, { GDK_KEY_Right, 1, 0 }, { GDK_KEY_Up, 0, -1 },
    { GDK_KEY_Down, 0, 1 },
  };

  widget_class->focus = gpm_timeline_view_focus;

  add_key (widget_class, GDK_KEY_Left, 0, step_action, "i", -1);
  add_key (widget_class, GDK_KEY_KP_Left, 0, step_action, "i", -1);
  add_key (widget_class, GDK_KEY_Right, 0, step_action, "i", 1);
  add_key (widget_class, GDK_KEY_KP_Right, 0, step_action, "i", 1);
  add_key (widget_class, GDK_KEY_Up, 0, lane_action, "i", -1);
  add_key (widget_class, GDK_KEY_KP_Up, 0, lane_action, "i", -1);
  add_key (widget_class, GDK_KEY_Down, 0, lane_action, "i", 1);
  add_key (widget_class, GDK_KEY_KP_Down, 0, lane_action, "i", 1);
  add_key (widget_class, GDK_KEY_Home, 0, edge_action, "i", 1);
  add_key (widget_class, GDK_KEY_End, 0, edge_action, "i", -1);

  for (guint i = 0; i < G_N_ELEMENTS (pans); i++)
    gtk_widget_class_add_binding (widget_class, pans[i].key, GDK_SHIFT_MASK, pan_action,
                                  "(ii)", pans[i].dx, pans[i].dy);

  add_key (widget_class, GDK_KEY_plus, 0, zoom_action, "i", 1);
  add_key (widget_class, GDK_KEY_plus, GDK_SHIFT_MASK, zoom_action, "i", 1);
  add_key (widget_class, GDK_KEY_equal, 0, zoom_action, "i", 1);
  add_key (widget_class, GDK_KEY_KP_Add, 0, zoom_action, "i", 1);
  add_key (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, zoom_action, "i", 1);
  add_key (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, zoom_action, "i", 1);
  add_key (widget_class, GDK_KEY_minus, 0, zoom_action, "i", -1);
  add_key (widget_class, GDK_KEY_KP_Subtract, 0, zoom_action, "i", -1);
  add_key (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, zoom_action, "i", -1);
  add_key (widget_class, GDK_KEY_0, 0, zoom_action, "i", 0);
  add_key (widget_class, GDK_KEY_KP_0, 0, zoom_action, "i", 0);
  add_key (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, zoom_action, "i", 0);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_action, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_action, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, activate_action, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_action, NULL);
}

void
gpm_timeline_view_init_input (GpmTimelineView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *gesture;

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (widget, controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
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

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_focus_changed), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (widget, controller);

  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
}
