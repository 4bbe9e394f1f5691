/* gpm-vendor.h — a vendor: a company in the market, with its English and Chinese names.
 *
 * Plain GObject with one property per column; a founded year of 0 means unknown. Search
 * (gpm_vendor_matches) finds any of its names in either Chinese script.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GPM_TYPE_VENDOR (gpm_vendor_get_type ())
G_DECLARE_FINAL_TYPE (GpmVendor, gpm_vendor, GPM, VENDOR, GObject)

GpmVendor  *gpm_vendor_new                (const char *key,
                                           const char *name);
GpmVendor  *gpm_vendor_copy               (GpmVendor  *self);
gint64      gpm_vendor_get_id             (GpmVendor  *self);
void        gpm_vendor_set_id             (GpmVendor  *self,
                                           gint64      id);
const char *gpm_vendor_get_key            (GpmVendor  *self);
void        gpm_vendor_set_key            (GpmVendor  *self,
                                           const char *key);
const char *gpm_vendor_get_name           (GpmVendor  *self);
void        gpm_vendor_set_name           (GpmVendor  *self,
                                           const char *name);
const char *gpm_vendor_get_name_zh        (GpmVendor  *self);
void        gpm_vendor_set_name_zh        (GpmVendor  *self,
                                           const char *name_zh);
const char *gpm_vendor_get_name_zh_hant   (GpmVendor  *self);
void        gpm_vendor_set_name_zh_hant   (GpmVendor  *self,
                                           const char *name_zh_hant);
const char *gpm_vendor_get_aliases        (GpmVendor  *self);
void        gpm_vendor_set_aliases        (GpmVendor  *self,
                                           const char *aliases);
const char *gpm_vendor_get_role           (GpmVendor  *self);
void        gpm_vendor_set_role           (GpmVendor  *self,
                                           const char *role);
const char *gpm_vendor_get_country        (GpmVendor  *self);
void        gpm_vendor_set_country        (GpmVendor  *self,
                                           const char *country);
const char *gpm_vendor_get_headquarters   (GpmVendor  *self);
void        gpm_vendor_set_headquarters   (GpmVendor  *self,
                                           const char *headquarters);
int         gpm_vendor_get_founded        (GpmVendor  *self);
void        gpm_vendor_set_founded        (GpmVendor  *self,
                                           int         founded);
const char *gpm_vendor_get_segments       (GpmVendor  *self);
void        gpm_vendor_set_segments       (GpmVendor  *self,
                                           const char *segments);
const char *gpm_vendor_get_listing_status (GpmVendor  *self);
void        gpm_vendor_set_listing_status (GpmVendor  *self,
                                           const char *listing_status);
const char *gpm_vendor_get_listing_board  (GpmVendor  *self);
void        gpm_vendor_set_listing_board  (GpmVendor  *self,
                                           const char *listing_board);
const char *gpm_vendor_get_note           (GpmVendor  *self);
void        gpm_vendor_set_note           (GpmVendor  *self,
                                           const char *note);

GStrv       gpm_vendor_dup_aliases        (GpmVendor  *self);
GStrv       gpm_vendor_dup_segments       (GpmVendor  *self);
gboolean    gpm_vendor_matches            (GpmVendor  *self,
                                           const char *needle);

G_END_DECLS
