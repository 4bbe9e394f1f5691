/* gpm-timeline-text.h — the words the Timeline page shows for events: category names,
 * dates with their precision, vendor lists and the accessible description of an event.
 */
#pragma once

#include <gio/gio.h>

#include "gpm-event.h"
#include "gpm-timeline-renderer.h"

G_BEGIN_DECLS

GpmLanguage  gpm_timeline_ui_language        (void);
const char  *gpm_timeline_category_name      (GpmTimelineCategory  category);
const char  *gpm_timeline_event_category_name (GpmEvent           *event);
void         gpm_timeline_fill_strings       (GpmTimelineStrings  *strings);
char        *gpm_timeline_format_date        (const char          *date);
char        *gpm_timeline_format_vendors     (GpmEvent            *event,
                                              GListModel          *vendors,
                                              GpmLanguage          language);
char        *gpm_timeline_describe_event     (GpmEvent            *event,
                                              GListModel          *vendors,
                                              GpmLanguage          language);
char        *gpm_timeline_days_to_period     (double               days,
                                              GpmTimeUnit          unit);

G_END_DECLS
