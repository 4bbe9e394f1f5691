/* gpm-event-range.h — the events of a period, as a list model: what the timeline shows
 * between two dates, for the Charts view to draw as markers on a time series.
 */
#pragma once

#include "gpm-item-list.h"

G_BEGIN_DECLS

GpmItemList *gpm_event_range_new_list  (GpmStore   *store,
                                        const char *from,
                                        const char *to);
gboolean     gpm_event_range_contains  (GpmEvent   *event,
                                        const char *from,
                                        const char *to);

G_END_DECLS
