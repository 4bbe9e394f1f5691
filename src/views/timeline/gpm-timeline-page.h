/* gpm-timeline-page.h — the Timeline page: the zoomable timeline of export controls,
 * listings, deals and launches, its list mode, filter, detail pane and editing.
 */
#pragma once

#include <adwaita.h>

#include "gpm-store.h"

G_BEGIN_DECLS

#define GPM_TYPE_TIMELINE_PAGE (gpm_timeline_page_get_type ())
G_DECLARE_FINAL_TYPE (GpmTimelinePage, gpm_timeline_page, GPM, TIMELINE_PAGE, GtkWidget)

GtkWidget  *gpm_timeline_page_new           (void);
void        gpm_timeline_page_set_store     (GpmTimelinePage *self,
                                             GpmStore        *store);
GpmStore   *gpm_timeline_page_get_store     (GpmTimelinePage *self);
void        gpm_timeline_page_select_event  (GpmTimelinePage *self,
                                             gint64           event_id);
void             gpm_timeline_page_add_event_for_vendor (GpmTimelinePage *self,
                                                         gint64           vendor_id);
gint64      gpm_timeline_page_get_selected  (GpmTimelinePage *self);
gboolean    gpm_timeline_page_get_period    (GpmTimelinePage *self,
                                             char           **from,
                                             char           **to);
GListModel *gpm_timeline_page_get_shown     (GpmTimelinePage *self);
gboolean    gpm_timeline_page_get_loading   (GpmTimelinePage *self);

G_END_DECLS
