/* gpm-scope.h — a market scope ("China", "Global"): the subject of a figure that is
 * about a market rather than one company.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GPM_TYPE_SCOPE (gpm_scope_get_type ())
G_DECLARE_FINAL_TYPE (GpmScope, gpm_scope, GPM, SCOPE, GObject)

GpmScope   *gpm_scope_new         (const char *key,
                                   const char *name,
                                   const char *name_zh);
GpmScope   *gpm_scope_copy        (GpmScope   *self);
gint64      gpm_scope_get_id      (GpmScope   *self);
void        gpm_scope_set_id      (GpmScope   *self,
                                   gint64      id);
const char *gpm_scope_get_key     (GpmScope   *self);
void        gpm_scope_set_key     (GpmScope   *self,
                                   const char *key);
const char *gpm_scope_get_name    (GpmScope   *self);
void        gpm_scope_set_name    (GpmScope   *self,
                                   const char *name);
const char *gpm_scope_get_name_zh (GpmScope   *self);
void        gpm_scope_set_name_zh (GpmScope   *self,
                                   const char *name_zh);

G_END_DECLS
