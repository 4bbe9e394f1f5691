/* gpm-timeline-filter-popover.h — the Timeline page's filter: categories, vendors and a
 * range of dates, as check buttons and two period entries in a popover.
 */
#pragma once

#include <gtk/gtk.h>

#include "gpm-timeline-renderer.h"

G_BEGIN_DECLS

#define GPM_TYPE_TIMELINE_FILTER_POPOVER (gpm_timeline_filter_popover_get_type ())
G_DECLARE_FINAL_TYPE (GpmTimelineFilterPopover, gpm_timeline_filter_popover,
                      GPM, TIMELINE_FILTER_POPOVER, GtkPopover)

GtkWidget *gpm_timeline_filter_popover_new          (void);
void       gpm_timeline_filter_popover_set_vendors  (GpmTimelineFilterPopover *self,
                                                     GListModel               *vendors);
void       gpm_timeline_filter_popover_get_filter   (GpmTimelineFilterPopover *self,
                                                     GpmTimelineFilter        *filter);
guint      gpm_timeline_filter_popover_get_n_active (GpmTimelineFilterPopover *self);
void       gpm_timeline_filter_popover_reset        (GpmTimelineFilterPopover *self);
void       gpm_timeline_filter_popover_set_category (GpmTimelineFilterPopover *self,
                                                     GpmTimelineCategory       category,
                                                     gboolean                  shown);
void       gpm_timeline_filter_popover_set_range    (GpmTimelineFilterPopover *self,
                                                     const char               *from,
                                                     const char               *to);

G_END_DECLS
