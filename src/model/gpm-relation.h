/* gpm-relation.h — who a vendor deals with, as a source says: a customer, a supplier, a
 * foundry, a shareholder, an acquisition target or a competitor.
 *
 * "kind" says what the other company is to the vendor (vendor-id): New H3C is a
 * "customer" of MetaX. The name properties are filled from the store's joins for
 * display. Read-only: the store creates relations from its rows.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The text fields of a relation, in the order gpm_relation_new () takes them. */
typedef enum
{
  GPM_RELATION_KIND,
  GPM_RELATION_PERIOD,
  GPM_RELATION_DETAIL,
  GPM_RELATION_QUOTE,
  GPM_RELATION_VENDOR_NAME,
  GPM_RELATION_VENDOR_NAME_ZH,
  GPM_RELATION_VENDOR_NAME_ZH_HANT,
  GPM_RELATION_OTHER_NAME,
  GPM_RELATION_OTHER_NAME_ZH,
  GPM_RELATION_OTHER_NAME_ZH_HANT,
  GPM_RELATION_N_TEXTS
} GpmRelationText;

#define GPM_TYPE_RELATION (gpm_relation_get_type ())
G_DECLARE_FINAL_TYPE (GpmRelation, gpm_relation, GPM, RELATION, GObject)

GpmRelation *gpm_relation_new           (gint64              id,
                                         gint64              vendor_id,
                                         gint64              other_id,
                                         gint64              source_id,
                                         const char * const *texts);
gint64       gpm_relation_get_id        (GpmRelation        *self);
gint64       gpm_relation_get_vendor_id (GpmRelation        *self);
gint64       gpm_relation_get_other_id  (GpmRelation        *self);
gint64       gpm_relation_get_source_id (GpmRelation        *self);
const char  *gpm_relation_get_text      (GpmRelation        *self,
                                         GpmRelationText     field);
const char  *gpm_relation_get_kind      (GpmRelation        *self);
const char  *gpm_relation_get_period    (GpmRelation        *self);
const char  *gpm_relation_get_detail    (GpmRelation        *self);
const char  *gpm_relation_get_quote     (GpmRelation        *self);

G_END_DECLS
