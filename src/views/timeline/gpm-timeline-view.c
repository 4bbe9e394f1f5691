/* gpm-timeline-view.c — the widget that shows the timeline renderer's picture.
 *
 * It owns a GpmTimeline filled from the page's lists, keeps the visible period (start
 * and span), the selected event and a dragged period, and draws through the renderer in
 * snapshot () with gtk_snapshot_append_cairo (). Zoom changes the span and so relays the
 * lanes out; panning changes only the start, so a frame while panning only paints.
 * Input lives in gpm-timeline-view-input.c.
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gpm-timeline-text.h"
#include "gpm-timeline-view-private.h"

/* From a week to three centuries across the width. */
#define MIN_SPAN 7.0
#define MAX_SPAN (365.25 * 300.0)

G_DEFINE_FINAL_TYPE (GpmTimelineView, gpm_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_ID,
  PROP_HAS_PERIOD,
  PROP_N_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint gpm_timeline_view_signals[N_SIGNALS];

/* ---------------------------------------------------------------- helpers */

double
gpm_timeline_view_px_per_day (GpmTimelineView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double span;

  gpm_timeline_get_view (self->timeline, NULL, &span);

  return MAX (width - gpm_timeline_get_plot_left (self->timeline, width), 1.0) / span;
}

GpmEvent *
gpm_timeline_view_lookup (GpmTimelineView *self,
                          gint64           event_id)
{
  return g_hash_table_lookup (self->by_id, &event_id);
}

static void
update_description (GpmTimelineView *self)
{
  GpmEvent *event = gpm_timeline_view_lookup (self, self->selected_id);
  guint n = gpm_timeline_get_n_matching (self->timeline);
  g_autofree char *text = NULL;

  if (event != NULL)
    {
      g_autofree char *about = gpm_timeline_describe_event (event, self->vendors,
                                                            self->language);

      /* Translators: the accessible description of the focused event on the timeline */
      text = g_strdup_printf (_("%s Use the arrow keys to move to other events."), about);
    }
  else
    {
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u event. Use the arrow keys to move between "
                                           "events, plus and minus to zoom.",
                                           "%u events. Use the arrow keys to move between "
                                           "events, plus and minus to zoom.", n), n);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static void
update_theme (GpmTimelineView *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GpmChartTheme theme = GPM_CHART_THEME_LIGHT;

  if (adw_style_manager_get_high_contrast (style))
    theme = GPM_CHART_THEME_HIGH_CONTRAST;
  else if (adw_style_manager_get_dark (style))
    theme = GPM_CHART_THEME_DARK;

  gpm_timeline_set_theme (self->timeline, theme);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------- the view */

void
gpm_timeline_view_set_view_range (GpmTimelineView *self,
                                  double           start,
                                  double           span)
{
  double min_start = gpm_days_from_date (GPM_PERIOD_MIN_YEAR, 1, 1);
  double max_end = gpm_days_from_date (GPM_PERIOD_MAX_YEAR, 12, 31);

  span = CLAMP (span, MIN_SPAN, MAX_SPAN);
  start = CLAMP (start, min_start - span / 2.0, max_end - span / 2.0);
  gpm_timeline_set_view (self->timeline, start, span);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Zooms by @factor (> 1 in) keeping the day under x where it is. */
void
gpm_timeline_view_zoom_at (GpmTimelineView *self,
                           double           factor,
                           double           x)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double left = gpm_timeline_get_plot_left (self->timeline, width);
  double plot = MAX (width - left, 1.0);
  double day = gpm_timeline_x_to_days (self->timeline, width, x);
  double span;

  gpm_timeline_get_view (self->timeline, NULL, &span);
  span = CLAMP (span / factor, MIN_SPAN, MAX_SPAN);
  gpm_timeline_view_set_view_range (self, day - (x - left) * span / plot, span);
}

void
gpm_timeline_view_scroll_lanes (GpmTimelineView *self,
                                double           dy)
{
  gpm_timeline_set_scroll_y (self->timeline, gpm_timeline_get_scroll_y (self->timeline) + dy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Where the keyboard zooms: the selected event when in view, else the middle. */
static double
zoom_anchor (GpmTimelineView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double x, y;

  if (gpm_timeline_view_get_event_point (self, self->selected_id, &x, &y)
      && x >= gpm_timeline_get_plot_left (self->timeline, width) && x <= width)
    return x;

  return (gpm_timeline_get_plot_left (self->timeline, width) + width) / 2.0;
}

void
gpm_timeline_view_zoom (GpmTimelineView *self,
                        double           factor)
{
  g_return_if_fail (GPM_IS_TIMELINE_VIEW (self));
  g_return_if_fail (factor > 0.0);

  gpm_timeline_view_zoom_at (self, factor, zoom_anchor (self));
}

void
gpm_timeline_view_pan (GpmTimelineView *self,
                       double           pixels)
{
  double start, span;

  g_return_if_fail (GPM_IS_TIMELINE_VIEW (self));

  gpm_timeline_get_view (self->timeline, &start, &span);
  gpm_timeline_view_set_view_range (self, start + pixels / gpm_timeline_view_px_per_day (self),
                                    span);
}

void
gpm_timeline_view_fit_all (GpmTimelineView *self)
{
  int width, height;

  g_return_if_fail (GPM_IS_TIMELINE_VIEW (self));

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (width <= 0 || height <= 0)
    {
      self->fit_pending = TRUE;
      return;
    }
  self->fit_pending = FALSE;
  if (gpm_timeline_fit_all (self->timeline, width, height))
    gpm_timeline_set_scroll_y (self->timeline, 0.0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
gpm_timeline_view_can_zoom_to_selection (GpmTimelineView *self)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_VIEW (self), FALSE);

  return !isnan (self->period_from) || self->selected_id != 0;
}

/* Shows the dragged period, or else the selected event with some calendar around it. */
gboolean
gpm_timeline_view_zoom_to_selection (GpmTimelineView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double start, end;

  g_return_val_if_fail (GPM_IS_TIMELINE_VIEW (self), FALSE);

  if (!isnan (self->period_from))
    {
      start = self->period_from;
      end = self->period_to;
    }
  else if (gpm_timeline_get_event_span (self->timeline, self->selected_id, &start, &end))
    {
      double middle = (start + end) / 2.0;
      double half = MAX ((end - start) * 1.5, 45.0);

      start = middle - half;
      end = middle + half;
    }
  else
    {
      return FALSE;
    }

  if (width > 0 && height > 0)
    gpm_timeline_fit_view (self->timeline, width, height, start, end);
  gpm_timeline_view_select (self, self->selected_id, TRUE);

  return TRUE;
}

/* ---------------------------------------------------------------- data */

static void
rebuild (GpmTimelineView *self)
{
  g_hash_table_remove_all (self->by_id);
  if (self->events == NULL)
    {
      gpm_timeline_clear (self->timeline);
      return;
    }

  gpm_timeline_set_items (self->timeline, self->events, self->vendors, self->language);
  for (guint i = 0; i < g_list_model_get_n_items (self->events); i++)
    {
      GpmEvent *event = g_list_model_get_item (self->events, i);
      gint64 *id = g_new (gint64, 1);

      *id = gpm_event_get_id (event);
      g_hash_table_insert (self->by_id, id, event);
    }
}

/* The lists reload as a whole (one items-changed per edit), so rebuild as a whole. */
static void
on_items_changed (GpmTimelineView *self)
{
  gboolean was_empty = gpm_timeline_get_n_events (self->timeline) == 0;

  rebuild (self);
  if (was_empty)
    gpm_timeline_view_fit_all (self);
  if (self->selected_id != 0 && gpm_timeline_view_lookup (self, self->selected_id) == NULL)
    gpm_timeline_view_select (self, 0, FALSE);
  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_model (GpmTimelineView  *self,
           GListModel      **slot,
           GListModel       *model)
{
  if (*slot == model)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, self);
  g_set_object (slot, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed), self,
                             G_CONNECT_SWAPPED);
}

void
gpm_timeline_view_set_items (GpmTimelineView *self,
                             GListModel      *events,
                             GListModel      *vendors)
{
  g_return_if_fail (GPM_IS_TIMELINE_VIEW (self));
  g_return_if_fail (events == NULL || G_IS_LIST_MODEL (events));
  g_return_if_fail (vendors == NULL || G_IS_LIST_MODEL (vendors));

  set_model (self, &self->events, events);
  set_model (self, &self->vendors, vendors);
  gpm_timeline_clear (self->timeline);
  on_items_changed (self);
}

void
gpm_timeline_view_set_filter (GpmTimelineView         *self,
                              const GpmTimelineFilter *filter)
{
  g_return_if_fail (GPM_IS_TIMELINE_VIEW (self));

  gpm_timeline_set_filter (self->timeline, filter);
  if (self->selected_id != 0 && !gpm_timeline_event_matches (self->timeline, self->selected_id))
    gpm_timeline_view_select (self, 0, FALSE);
  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
gpm_timeline_view_set_lanes (GpmTimelineView  *self,
                             GpmTimelineLanes  lanes)
{
  g_return_if_fail (GPM_IS_TIMELINE_VIEW (self));

  gpm_timeline_set_lanes (self->timeline, lanes);
  if (self->selected_id != 0)
    gpm_timeline_view_select (self, self->selected_id, TRUE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GpmTimelineLanes
gpm_timeline_view_get_lanes (GpmTimelineView *self)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_VIEW (self), GPM_TIMELINE_LANES_CATEGORY);

  return gpm_timeline_get_lanes (self->timeline);
}

void
gpm_timeline_view_set_today (GpmTimelineView *self,
                             double           today)
{
  g_return_if_fail (GPM_IS_TIMELINE_VIEW (self));

  gpm_timeline_set_today (self->timeline, today);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
gpm_timeline_view_get_n_shown (GpmTimelineView *self)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_VIEW (self), 0);

  return gpm_timeline_get_n_matching (self->timeline);
}

GpmTimeline *
gpm_timeline_view_get_timeline (GpmTimelineView *self)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_VIEW (self), NULL);

  return self->timeline;
}

/* ---------------------------------------------------------------- selection */

gint64
gpm_timeline_view_get_selected (GpmTimelineView *self)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_VIEW (self), 0);

  return self->selected_id;
}

/* The middle of the event's marker (or its cluster) in widget coordinates. */
gboolean
gpm_timeline_view_get_event_point (GpmTimelineView *self,
                                   gint64           event_id,
                                   double          *x,
                                   double          *y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_val_if_fail (GPM_IS_TIMELINE_VIEW (self), FALSE);

  if (event_id == 0 || width <= 0 || height <= 0)
    return FALSE;

  return gpm_timeline_get_event_point (self->timeline, width, height, event_id, x, y);
}

gboolean
gpm_timeline_view_is_event_in_view (GpmTimelineView *self,
                                    gint64           event_id)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double view_start, span, start, end, lane_y, lane_height, scroll, area;
  guint lane;

  g_return_val_if_fail (GPM_IS_TIMELINE_VIEW (self), FALSE);

  if (!gpm_timeline_get_event_span (self->timeline, event_id, &start, &end)
      || width <= 0 || height <= 0)
    return FALSE;

  gpm_timeline_get_view (self->timeline, &view_start, &span);
  if (end <= view_start || start >= view_start + span)
    return FALSE;

  area = gpm_timeline_get_lanes_height (self->timeline, width, height);
  scroll = gpm_timeline_get_scroll_y (self->timeline);
  if (!gpm_timeline_get_event_lane (self->timeline, event_id, &lane, NULL)
      || !gpm_timeline_get_lane_extent (self->timeline, lane, &lane_y, &lane_height))
    return FALSE;

  return lane_y + lane_height > scroll && lane_y < scroll + area;
}

/* Pans (and scrolls the lanes) so the event is in view, keeping the zoom. */
static void
scroll_to_event (GpmTimelineView *self,
                 gint64           event_id)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double view_start, span, start, end, lane_y, lane_height, scroll, area;
  guint lane;

  if (width <= 0 || height <= 0
      || !gpm_timeline_get_event_span (self->timeline, event_id, &start, &end))
    return;

  gpm_timeline_get_view (self->timeline, &view_start, &span);
  /* Enough room to the right for the start of its label. */
  if (start < view_start || MIN (end, start + span * 0.2) > view_start + span * 0.8)
    gpm_timeline_view_set_view_range (self, start - span * 0.3, span);

  area = gpm_timeline_get_lanes_height (self->timeline, width, height);
  scroll = gpm_timeline_get_scroll_y (self->timeline);
  if (gpm_timeline_get_event_lane (self->timeline, event_id, &lane, NULL)
      && gpm_timeline_get_lane_extent (self->timeline, lane, &lane_y, &lane_height))
    {
      if (lane_y < scroll)
        gpm_timeline_set_scroll_y (self->timeline, lane_y);
      else if (lane_y + MIN (lane_height, area) > scroll + area)
        gpm_timeline_set_scroll_y (self->timeline, lane_y + MIN (lane_height, area) - area);
    }
}

void
gpm_timeline_view_select (GpmTimelineView *self,
                          gint64           event_id,
                          gboolean         scroll_to)
{
  g_return_if_fail (GPM_IS_TIMELINE_VIEW (self));

  if (event_id != 0 && !gpm_timeline_event_matches (self->timeline, event_id))
    event_id = 0;
  if (scroll_to && event_id != 0)
    scroll_to_event (self, event_id);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (self->selected_id == event_id)
    return;
  self->selected_id = event_id;
  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

/* What a click at (x, y) does: select an event, open up a cluster, or clear. */
gboolean
gpm_timeline_view_activate_at (GpmTimelineView *self,
                               double           x,
                               double           y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  GpmTimelineHit hit;

  g_return_val_if_fail (GPM_IS_TIMELINE_VIEW (self), FALSE);

  if (!gpm_timeline_hit_test (self->timeline, width, height, x, y, &hit))
    return FALSE;

  switch (hit.kind)
    {
    case GPM_TIMELINE_HIT_EVENT:
      gtk_widget_grab_focus (GTK_WIDGET (self));
      gpm_timeline_view_select (self, hit.event_id, FALSE);
      return TRUE;

    case GPM_TIMELINE_HIT_CLUSTER:
      {
        double middle = (hit.start + hit.end) / 2.0;
        double half = MAX ((hit.end - hit.start) * 0.6, MIN_SPAN / 2.0);

        gpm_timeline_fit_view (self->timeline, width, height, middle - half, middle + half);
        gtk_widget_queue_draw (GTK_WIDGET (self));
        return TRUE;
      }

    case GPM_TIMELINE_HIT_LANE:
      gpm_timeline_view_select (self, 0, FALSE);
      return TRUE;

    case GPM_TIMELINE_HIT_AXIS:
    case GPM_TIMELINE_HIT_LANE_HEADER:
    case GPM_TIMELINE_HIT_NONE:
    default:
      return FALSE;
    }
}

/* ---------------------------------------------------------------- period */

gboolean
gpm_timeline_view_get_period (GpmTimelineView *self,
                              double          *from,
                              double          *to)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_VIEW (self), FALSE);

  if (isnan (self->period_from))
    return FALSE;
  if (from != NULL)
    *from = self->period_from;
  if (to != NULL)
    *to = self->period_to;

  return TRUE;
}

/* "FROM/TO" in period texts of the unit it was snapped to: "2024-03/2024-08". */
char *
gpm_timeline_view_dup_period_text (GpmTimelineView *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (GPM_IS_TIMELINE_VIEW (self), NULL);

  if (isnan (self->period_from))
    return NULL;

  from = gpm_timeline_days_to_period (self->period_from, self->period_unit);
  to = gpm_timeline_days_to_period (self->period_to - 0.5, self->period_unit);

  return g_strdup_printf ("%s/%s", from, to);
}

/* Sets the period snapped to whole units of the axis at the current zoom. */
void
gpm_timeline_view_set_period (GpmTimelineView *self,
                              double           from,
                              double           to)
{
  gboolean had = !isnan (self->period_from);

  g_return_if_fail (GPM_IS_TIMELINE_VIEW (self));

  gpm_timeline_snap_period (self->timeline, from, to, &self->period_from, &self->period_to);
  self->period_unit = gpm_timeline_get_tick_unit (self->timeline);
  gpm_timeline_set_period (self->timeline, self->period_from, self->period_to);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (!had)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PERIOD]);
  g_signal_emit (self, gpm_timeline_view_signals[SIGNAL_PERIOD_CHANGED], 0);
}

void
gpm_timeline_view_clear_period (GpmTimelineView *self)
{
  g_return_if_fail (GPM_IS_TIMELINE_VIEW (self));

  if (isnan (self->period_from))
    return;
  self->period_from = self->period_to = NAN;
  gpm_timeline_set_period (self->timeline, NAN, NAN);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PERIOD]);
  g_signal_emit (self, gpm_timeline_view_signals[SIGNAL_PERIOD_CHANGED], 0);
}

/* ---------------------------------------------------------------- GtkWidget */

static void
gpm_timeline_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  gpm_timeline_set_selected (self->timeline, self->selected_id,
                             gtk_widget_has_visible_focus (widget));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gpm_timeline_render (self->timeline, cr, width, height);
  cairo_destroy (cr);
}

static void
gpm_timeline_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  /* Room for the lane names, the axis and a few lanes; everything else scrolls. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 480;
}

static void
gpm_timeline_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (widget);

  if (self->fit_pending && gpm_timeline_get_n_events (self->timeline) > 0)
    gpm_timeline_view_fit_all (self);
}

static void
gpm_timeline_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, self->selected_id);
      break;
    case PROP_HAS_PERIOD:
      g_value_set_boolean (value, !isnan (self->period_from));
      break;
    case PROP_N_SHOWN:
      g_value_set_uint (value, gpm_timeline_view_get_n_shown (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_timeline_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ID:
      gpm_timeline_view_select (self, g_value_get_int64 (value), TRUE);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_timeline_view_dispose (GObject *object)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (object);

  set_model (self, &self->events, NULL);
  set_model (self, &self->vendors, NULL);
  g_hash_table_remove_all (self->by_id);

  G_OBJECT_CLASS (gpm_timeline_view_parent_class)->dispose (object);
}

static void
gpm_timeline_view_finalize (GObject *object)
{
  GpmTimelineView *self = GPM_TIMELINE_VIEW (object);

  g_clear_pointer (&self->timeline, gpm_timeline_free);
  g_clear_pointer (&self->by_id, g_hash_table_unref);

  G_OBJECT_CLASS (gpm_timeline_view_parent_class)->finalize (object);
}

static void
gpm_timeline_view_class_init (GpmTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_timeline_view_dispose;
  object_class->finalize = gpm_timeline_view_finalize;
  object_class->get_property = gpm_timeline_view_get_property;
  object_class->set_property = gpm_timeline_view_set_property;
  widget_class->snapshot = gpm_timeline_view_snapshot;
  widget_class->measure = gpm_timeline_view_measure;
  widget_class->size_allocate = gpm_timeline_view_size_allocate;

  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_PERIOD] =
    g_param_spec_boolean ("has-period", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The dragged period changed (or was cleared). */
  gpm_timeline_view_signals[SIGNAL_PERIOD_CHANGED] =
    g_signal_new ("period-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Enter or a double click on an event: show all about it. */
  gpm_timeline_view_signals[SIGNAL_ACTIVATE_EVENT] =
    g_signal_new ("activate-event", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "timelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gpm_timeline_view_class_init_input (widget_class);
}

static void
gpm_timeline_view_init (GpmTimelineView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GpmTimelineStrings strings;
  AdwStyleManager *style = adw_style_manager_get_default ();

  self->timeline = gpm_timeline_new ();
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->language = gpm_timeline_ui_language ();
  self->period_from = self->period_to = NAN;
  self->fit_pending = TRUE;

  gpm_timeline_fill_strings (&strings);
  gpm_timeline_set_strings (self->timeline, &strings);
  gpm_timeline_set_language (self->timeline, self->language);
  gpm_timeline_set_today (self->timeline,
                          gpm_days_from_date (g_date_time_get_year (now),
                                              g_date_time_get_month (now),
                                              g_date_time_get_day_of_month (now)));

  g_signal_connect_object (style, "notify::dark", G_CALLBACK (update_theme), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (update_theme), self,
                           G_CONNECT_SWAPPED);
  update_theme (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline of events"),
                                  -1);
  gpm_timeline_view_init_input (self);
  update_description (self);
}

GtkWidget *
gpm_timeline_view_new (void)
{
  return g_object_new (GPM_TYPE_TIMELINE_VIEW, NULL);
}
