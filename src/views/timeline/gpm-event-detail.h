/* gpm-event-detail.h — the pane beside the timeline that tells all about one event:
 * its date with precision, category, vendors, both titles and the quoted source sentence.
 */
#pragma once

#include <gtk/gtk.h>

#include "gpm-event.h"

G_BEGIN_DECLS

#define GPM_TYPE_EVENT_DETAIL (gpm_event_detail_get_type ())
G_DECLARE_FINAL_TYPE (GpmEventDetail, gpm_event_detail, GPM, EVENT_DETAIL, GtkWidget)

GtkWidget  *gpm_event_detail_new          (void);
void        gpm_event_detail_set_event    (GpmEventDetail *self,
                                           GpmEvent       *event,
                                           GListModel     *vendors,
                                           GListModel     *sources);
GpmEvent   *gpm_event_detail_get_event    (GpmEventDetail *self);
const char *gpm_event_detail_get_quote    (GpmEventDetail *self);
const char *gpm_event_detail_get_date     (GpmEventDetail *self);
guint       gpm_event_detail_get_n_vendor_buttons (GpmEventDetail *self);

G_END_DECLS
