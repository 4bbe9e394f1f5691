/* gpm-timeline-view.h — the timeline drawing widget: draws through the timeline renderer
 * and turns pointer, touch and keys into zoom, pan, selection and a dragged period.
 */
#pragma once

#include <gtk/gtk.h>

#include "gpm-timeline-renderer.h"

G_BEGIN_DECLS

#define GPM_TYPE_TIMELINE_VIEW (gpm_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (GpmTimelineView, gpm_timeline_view, GPM, TIMELINE_VIEW, GtkWidget)

GtkWidget        *gpm_timeline_view_new               (void);
void              gpm_timeline_view_set_items         (GpmTimelineView         *self,
                                                       GListModel              *events,
                                                       GListModel              *vendors);
void              gpm_timeline_view_set_filter        (GpmTimelineView         *self,
                                                       const GpmTimelineFilter *filter);
void              gpm_timeline_view_set_lanes         (GpmTimelineView         *self,
                                                       GpmTimelineLanes         lanes);
GpmTimelineLanes  gpm_timeline_view_get_lanes         (GpmTimelineView         *self);
void              gpm_timeline_view_set_today         (GpmTimelineView         *self,
                                                       double                   today);
guint             gpm_timeline_view_get_n_shown       (GpmTimelineView         *self);

gint64            gpm_timeline_view_get_selected      (GpmTimelineView         *self);
void              gpm_timeline_view_select            (GpmTimelineView         *self,
                                                       gint64                   event_id,
                                                       gboolean                 scroll_to);
gboolean          gpm_timeline_view_activate_at       (GpmTimelineView         *self,
                                                       double                   x,
                                                       double                   y);
gboolean          gpm_timeline_view_get_event_point   (GpmTimelineView         *self,
                                                       gint64                   event_id,
                                                       double                  *x,
                                                       double                  *y);
gboolean          gpm_timeline_view_is_event_in_view  (GpmTimelineView         *self,
                                                       gint64                   event_id);

gboolean          gpm_timeline_view_get_period        (GpmTimelineView         *self,
                                                       double                  *from,
                                                       double                  *to);
char             *gpm_timeline_view_dup_period_text   (GpmTimelineView         *self);
void              gpm_timeline_view_set_period        (GpmTimelineView         *self,
                                                       double                   from,
                                                       double                   to);
void              gpm_timeline_view_clear_period      (GpmTimelineView         *self);

void              gpm_timeline_view_zoom              (GpmTimelineView         *self,
                                                       double                   factor);
void              gpm_timeline_view_pan               (GpmTimelineView         *self,
                                                       double                   pixels);
void              gpm_timeline_view_fit_all           (GpmTimelineView         *self);
gboolean          gpm_timeline_view_zoom_to_selection (GpmTimelineView         *self);
gboolean          gpm_timeline_view_can_zoom_to_selection (GpmTimelineView     *self);

GpmTimeline      *gpm_timeline_view_get_timeline      (GpmTimelineView         *self);

G_END_DECLS
