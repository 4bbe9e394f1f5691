/* gpm-timeline-list.h — the Timeline page's list mode: the same events as a plain,
 * sortable table (date, category, vendors, both titles), for reading and screen readers.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GPM_TYPE_TIMELINE_LIST (gpm_timeline_list_get_type ())
G_DECLARE_FINAL_TYPE (GpmTimelineList, gpm_timeline_list, GPM, TIMELINE_LIST, GtkWidget)

GtkWidget *gpm_timeline_list_new          (void);
void       gpm_timeline_list_set_models   (GpmTimelineList *self,
                                           GListModel      *events,
                                           GListModel      *vendors);
guint      gpm_timeline_list_get_n_rows   (GpmTimelineList *self);
gint64     gpm_timeline_list_get_selected (GpmTimelineList *self);
void       gpm_timeline_list_select       (GpmTimelineList *self,
                                           gint64           event_id);
gint64     gpm_timeline_list_get_row_id   (GpmTimelineList *self,
                                           guint            position);

G_END_DECLS
