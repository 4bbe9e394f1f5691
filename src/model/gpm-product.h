/* gpm-product.h — a product line of a vendor (e.g. MetaX's Xisi N series), with the
 * source sentence that names it.
 *
 * Read-only: the store creates products from its rows; nothing edits them yet.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GPM_TYPE_PRODUCT (gpm_product_get_type ())
G_DECLARE_FINAL_TYPE (GpmProduct, gpm_product, GPM, PRODUCT, GObject)

GpmProduct *gpm_product_new             (gint64      id,
                                         gint64      vendor_id,
                                         const char *name,
                                         const char *name_zh,
                                         const char *description,
                                         gint64      source_id,
                                         const char *quote);
gint64      gpm_product_get_id          (GpmProduct *self);
gint64      gpm_product_get_vendor_id   (GpmProduct *self);
const char *gpm_product_get_name        (GpmProduct *self);
const char *gpm_product_get_name_zh     (GpmProduct *self);
const char *gpm_product_get_description (GpmProduct *self);
gint64      gpm_product_get_source_id   (GpmProduct *self);
const char *gpm_product_get_quote       (GpmProduct *self);

G_END_DECLS
