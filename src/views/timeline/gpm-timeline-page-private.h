/* gpm-timeline-page-private.h — the insides of GpmTimelinePage, shared between
 * gpm-timeline-page.c (data, filter, what is shown) and gpm-timeline-page-actions.c
 * (zoom, edit, delete and undo).
 */
#pragma once

#include "gpm-event-detail.h"
#include "gpm-item-list.h"
#include "gpm-timeline-filter-popover.h"
#include "gpm-timeline-list.h"
#include "gpm-timeline-page.h"
#include "gpm-timeline-view.h"

G_BEGIN_DECLS

struct _GpmTimelinePage
{
  GtkWidget                 parent_instance;

  GpmStore                 *store;
  GpmItemList              *events;
  GpmItemList              *vendors;
  GpmItemList              *sources;
  GtkFilterListModel       *shown;          /* the events the filter lets through */
  GtkCustomFilter          *filter;
  GpmTimelineFilter         current;        /* vendor ids belong to the popover */
  GpmTimelineFilterPopover *filter_popover;
  GpmStoreChange           *last_change;    /* what Undo undoes */
  gint64                    pending_id;     /* select when the events arrive */
  GpmTimelineLanes          lanes;
  gboolean                  list_mode;
  gboolean                  syncing;

  AdwToastOverlay          *toast_overlay;
  GtkMenuButton            *filter_button;
  GtkLabel                 *count_label;
  GtkRevealer              *period_revealer;
  GtkLabel                 *period_label;
  GtkButton                *chart_button;
  GtkRevealer              *detail_revealer;
  GtkStack                 *content_stack;
  GpmTimelineView          *view;
  GpmTimelineList          *list;
  GpmEventDetail           *detail;
  AdwStatusPage            *error_status;
  GtkSpinner               *spinner;
};

/* gpm-timeline-page.c */
void      gpm_timeline_page_update         (GpmTimelinePage *self);
GpmEvent *gpm_timeline_page_lookup         (GpmTimelinePage *self,
                                            gint64           event_id);
void      gpm_timeline_page_reset_filter   (GpmTimelinePage *self);

/* gpm-timeline-page-actions.c */
void      gpm_timeline_page_install_actions (GtkWidgetClass  *widget_class);
void      gpm_timeline_page_update_actions  (GpmTimelinePage *self);
void      gpm_timeline_page_show_change     (GpmTimelinePage *self,
                                             GpmStoreChange  *change,
                                             const char      *message);

G_END_DECLS
