/* gpm-vendor-row.h — a vendor in the sidebar list: names, listing badge, segments or
 * role, and a revenue sparkline with the latest revenue where the database has it.
 */
#pragma once

#include <gtk/gtk.h>

#include "gpm-render-types.h"
#include "gpm-store-profile.h"
#include "gpm-vendor.h"

G_BEGIN_DECLS

#define GPM_TYPE_VENDOR_ROW (gpm_vendor_row_get_type ())
G_DECLARE_FINAL_TYPE (GpmVendorRow, gpm_vendor_row, GPM, VENDOR_ROW, GtkWidget)

GtkWidget      *gpm_vendor_row_new          (void);
void            gpm_vendor_row_set_vendor   (GpmVendorRow           *self,
                                             GpmVendor              *vendor,
                                             const GpmVendorSummary *summary,
                                             GpmLanguage             language);
GpmVendor      *gpm_vendor_row_get_vendor   (GpmVendorRow           *self);
void            gpm_vendor_row_set_compare  (GpmVendorRow           *self,
                                             gboolean                compare_mode,
                                             gboolean                checked);
GtkCheckButton *gpm_vendor_row_get_check    (GpmVendorRow           *self);

G_END_DECLS
