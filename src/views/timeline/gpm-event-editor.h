/* gpm-event-editor.h — the dialog that adds or edits an event, checking each field as it
 * is typed and saving in one store call that can be undone.
 */
#pragma once

#include <adwaita.h>

#include "gpm-event.h"
#include "gpm-store.h"

G_BEGIN_DECLS

#define GPM_TYPE_EVENT_EDITOR (gpm_event_editor_get_type ())
G_DECLARE_FINAL_TYPE (GpmEventEditor, gpm_event_editor, GPM, EVENT_EDITOR, AdwWindow)

GpmEventEditor *gpm_event_editor_new            (GpmStore       *store,
                                                 GpmEvent       *event,
                                                 GListModel     *vendors,
                                                 GListModel     *sources);
GpmEvent       *gpm_event_editor_get_event      (GpmEventEditor *self);
void            gpm_event_editor_set_date       (GpmEventEditor *self,
                                                 const char     *date);
void            gpm_event_editor_set_vendor_ids (GpmEventEditor *self,
                                                 const gint64   *ids,
                                                 guint           n_ids);
gboolean        gpm_event_editor_get_valid      (GpmEventEditor *self);

G_END_DECLS
