/* gpm-vendor-compare.h — two to four vendors side by side: for each metric they share,
 * one table whose rows are the vendors and whose columns are the periods.
 */
#pragma once

#include <gtk/gtk.h>

#include "gpm-profile-data.h"
#include "gpm-store.h"

G_BEGIN_DECLS

#define GPM_TYPE_VENDOR_COMPARE (gpm_vendor_compare_get_type ())
G_DECLARE_FINAL_TYPE (GpmVendorCompare, gpm_vendor_compare, GPM, VENDOR_COMPARE, GtkWidget)

#define GPM_VENDOR_COMPARE_MAX 4

GtkWidget      *gpm_vendor_compare_new         (void);
void            gpm_vendor_compare_set_store   (GpmVendorCompare *self,
                                                GpmStore         *store);
void            gpm_vendor_compare_set_vendors (GpmVendorCompare *self,
                                                GPtrArray        *vendors);
gboolean        gpm_vendor_compare_get_loading (GpmVendorCompare *self);
GpmProfileData *gpm_vendor_compare_get_data    (GpmVendorCompare *self);

G_END_DECLS
