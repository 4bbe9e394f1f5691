/* gpm-timeline-view-private.h — the insides of GpmTimelineView, shared between
 * gpm-timeline-view.c (data, view, drawing, accessibility) and gpm-timeline-view-input.c
 * (gestures, keys, focus and tooltips).
 */
#pragma once

#include "gpm-timeline-view.h"

G_BEGIN_DECLS

typedef enum
{
  DRAG_NONE,
  DRAG_PAN,
  DRAG_PERIOD,
} DragMode;

struct _GpmTimelineView
{
  GtkWidget     parent_instance;

  GpmTimeline  *timeline;
  GListModel   *events;
  GListModel   *vendors;
  GHashTable   *by_id;          /* gint64 → GpmEvent */
  GpmLanguage   language;
  gboolean      fit_pending;    /* fit all once there is data and a size */

  gint64        selected_id;
  double        period_from;    /* days; NAN when there is no period */
  double        period_to;
  GpmTimeUnit   period_unit;

  DragMode      drag_mode;
  double        drag_x;
  double        drag_y;
  double        drag_view_start;
  double        drag_scroll_y;
  double        drag_anchor;
  double        pinch_span;
  double        pinch_anchor_days;
  double        pinch_anchor_x;
  double        pointer_x;
  double        pointer_y;
};

enum
{
  SIGNAL_PERIOD_CHANGED,
  SIGNAL_ACTIVATE_EVENT,
  N_SIGNALS
};

extern guint gpm_timeline_view_signals[N_SIGNALS];

/* gpm-timeline-view.c */
void      gpm_timeline_view_set_view_range (GpmTimelineView *self,
                                            double           start,
                                            double           span);
void      gpm_timeline_view_zoom_at        (GpmTimelineView *self,
                                            double           factor,
                                            double           x);
void      gpm_timeline_view_scroll_lanes   (GpmTimelineView *self,
                                            double           dy);
double    gpm_timeline_view_px_per_day     (GpmTimelineView *self);
GpmEvent *gpm_timeline_view_lookup         (GpmTimelineView *self,
                                            gint64           event_id);

/* gpm-timeline-view-input.c */
void      gpm_timeline_view_init_input     (GpmTimelineView      *self);
void      gpm_timeline_view_class_init_input (GtkWidgetClass     *widget_class);

G_END_DECLS
