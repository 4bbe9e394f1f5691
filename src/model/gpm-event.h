/* gpm-event.h — an event on the timeline: a dated happening with its category, source,
 * quote and the set of vendors it concerns.
 *
 * vendor-ids is a GArray of gint64, kept sorted and without duplicates; vendor-names
 * (read-only, "A;B") is filled by the store's queries for display.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GPM_TYPE_EVENT (gpm_event_get_type ())
G_DECLARE_FINAL_TYPE (GpmEvent, gpm_event, GPM, EVENT, GObject)

GpmEvent   *gpm_event_new              (const char *date,
                                        const char *title);
GpmEvent   *gpm_event_copy             (GpmEvent   *self);
gint64      gpm_event_get_id           (GpmEvent   *self);
void        gpm_event_set_id           (GpmEvent   *self,
                                        gint64      id);
const char *gpm_event_get_date         (GpmEvent   *self);
void        gpm_event_set_date         (GpmEvent   *self,
                                        const char *date);
const char *gpm_event_get_category     (GpmEvent   *self);
void        gpm_event_set_category     (GpmEvent   *self,
                                        const char *category);
const char *gpm_event_get_title        (GpmEvent   *self);
void        gpm_event_set_title        (GpmEvent   *self,
                                        const char *title);
const char *gpm_event_get_title_zh     (GpmEvent   *self);
void        gpm_event_set_title_zh     (GpmEvent   *self,
                                        const char *title_zh);
gint64      gpm_event_get_source_id    (GpmEvent   *self);
void        gpm_event_set_source_id    (GpmEvent   *self,
                                        gint64      source_id);
const char *gpm_event_get_quote        (GpmEvent   *self);
void        gpm_event_set_quote        (GpmEvent   *self,
                                        const char *quote);
const char *gpm_event_get_note         (GpmEvent   *self);
void        gpm_event_set_note         (GpmEvent   *self,
                                        const char *note);
const char *gpm_event_get_vendor_names (GpmEvent   *self);

const gint64 *gpm_event_get_vendor_ids    (GpmEvent     *self,
                                           guint        *n_ids);
void          gpm_event_set_vendor_ids    (GpmEvent     *self,
                                           const gint64 *ids,
                                           guint         n_ids);
gboolean      gpm_event_has_vendor        (GpmEvent     *self,
                                           gint64        vendor_id);
void          gpm_event_set_labels        (GpmEvent     *self,
                                           const char   *vendor_names);

G_END_DECLS
