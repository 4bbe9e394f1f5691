/* gpm-source.h — a source record: the article or report that figures and events quote.
 *
 * Every observation and event points to one, so that a number on screen can be traced
 * to the sentence it came from. publisher-zh, published and url may be NULL.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GPM_TYPE_SOURCE (gpm_source_get_type ())
G_DECLARE_FINAL_TYPE (GpmSource, gpm_source, GPM, SOURCE, GObject)

GpmSource  *gpm_source_new              (const char *key,
                                         const char *publisher,
                                         const char *title,
                                         const char *language);
GpmSource  *gpm_source_copy             (GpmSource  *self);
gint64      gpm_source_get_id           (GpmSource  *self);
void        gpm_source_set_id           (GpmSource  *self,
                                         gint64      id);
const char *gpm_source_get_key          (GpmSource  *self);
void        gpm_source_set_key          (GpmSource  *self,
                                         const char *key);
const char *gpm_source_get_publisher    (GpmSource  *self);
void        gpm_source_set_publisher    (GpmSource  *self,
                                         const char *publisher);
const char *gpm_source_get_publisher_zh (GpmSource  *self);
void        gpm_source_set_publisher_zh (GpmSource  *self,
                                         const char *publisher_zh);
const char *gpm_source_get_title        (GpmSource  *self);
void        gpm_source_set_title        (GpmSource  *self,
                                         const char *title);
const char *gpm_source_get_published    (GpmSource  *self);
void        gpm_source_set_published    (GpmSource  *self,
                                         const char *published);
const char *gpm_source_get_language     (GpmSource  *self);
void        gpm_source_set_language     (GpmSource  *self,
                                         const char *language);
const char *gpm_source_get_url          (GpmSource  *self);
void        gpm_source_set_url          (GpmSource  *self,
                                         const char *url);

G_END_DECLS
