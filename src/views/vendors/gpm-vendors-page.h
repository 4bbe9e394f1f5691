/* gpm-vendors-page.h — the Vendors page: a searchable, filterable list of vendors beside
 * the selected vendor's profile (or a comparison of several), with editing and undo.
 */
#pragma once

#include <adwaita.h>

#include "gpm-store.h"
#include "gpm-vendor.h"

G_BEGIN_DECLS

#define GPM_TYPE_VENDORS_PAGE (gpm_vendors_page_get_type ())
G_DECLARE_FINAL_TYPE (GpmVendorsPage, gpm_vendors_page, GPM, VENDORS_PAGE, GtkWidget)

GtkWidget  *gpm_vendors_page_new                 (void);
void        gpm_vendors_page_set_store           (GpmVendorsPage *self,
                                                  GpmStore       *store);
GpmStore   *gpm_vendors_page_get_store           (GpmVendorsPage *self);
GListModel *gpm_vendors_page_get_model           (GpmVendorsPage *self);
gboolean    gpm_vendors_page_select_vendor       (GpmVendorsPage *self,
                                                  gint64          vendor_id);
GpmVendor  *gpm_vendors_page_get_selected_vendor (GpmVendorsPage *self);
gboolean    gpm_vendors_page_get_loading         (GpmVendorsPage *self);

G_END_DECLS
