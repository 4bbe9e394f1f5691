/* gpm-vendor-profile.h — a vendor's profile: names, facts, listing and capital, product
 * lines, relations, figures by period with their sources, events and sources.
 */
#pragma once

#include <gtk/gtk.h>

#include "gpm-profile-data.h"
#include "gpm-store.h"
#include "gpm-vendor.h"

G_BEGIN_DECLS

#define GPM_TYPE_VENDOR_PROFILE (gpm_vendor_profile_get_type ())
G_DECLARE_FINAL_TYPE (GpmVendorProfile, gpm_vendor_profile, GPM, VENDOR_PROFILE, GtkWidget)

GtkWidget      *gpm_vendor_profile_new         (void);
void            gpm_vendor_profile_set_store   (GpmVendorProfile *self,
                                                GpmStore         *store);
void            gpm_vendor_profile_set_vendor  (GpmVendorProfile *self,
                                                GpmVendor        *vendor);
GpmVendor      *gpm_vendor_profile_get_vendor  (GpmVendorProfile *self);
gboolean        gpm_vendor_profile_get_loading (GpmVendorProfile *self);
GpmProfileData *gpm_vendor_profile_get_data    (GpmVendorProfile *self);

G_END_DECLS
