/* gpm-vendor-profile-private.h — the sections of a vendor profile, built from loaded
 * data. Each returns a new widget, or NULL when the vendor has nothing for it.
 */
#pragma once

#include <adwaita.h>

#include "gpm-profile-data.h"
#include "gpm-render-types.h"
#include "gpm-vendor.h"

G_BEGIN_DECLS

GtkWidget *gpm_profile_section_overview   (GpmVendor      *vendor,
                                           GpmLanguage     language);
GtkWidget *gpm_profile_section_listing    (GpmVendor      *vendor,
                                           GpmProfileData *data,
                                           GpmLanguage     language);
GtkWidget *gpm_profile_section_products   (GpmProfileData *data,
                                           GpmLanguage     language);
GtkWidget *gpm_profile_section_relations  (GpmVendor      *vendor,
                                           GpmProfileData *data,
                                           GpmLanguage     language);
GtkWidget *gpm_profile_section_financials (GpmProfileData *data,
                                           GpmLanguage     language);
GtkWidget *gpm_profile_section_chart      (GpmStore       *store,
                                           GpmVendor      *vendor,
                                           GpmProfileData *data,
                                           GpmLanguage     language);
GtkWidget *gpm_profile_section_long_metrics (GpmVendor    *vendor,
                                             GpmProfileData *data,
                                             GpmLanguage  language);
GtkWidget *gpm_profile_section_events     (GpmProfileData *data,
                                           GpmLanguage     language);
GtkWidget *gpm_profile_section_sources    (GpmProfileData *data,
                                           GpmLanguage     language);

GtkWidget *gpm_quote_button_new           (const char     *quote,
                                           const char     *citation);
char      *gpm_profile_citation           (GpmProfileData *data,
                                           gint64          source_id,
                                           GpmLanguage     language);
GpmMetric *gpm_profile_data_get_metric    (GpmProfileData *data,
                                           gint64          metric_id);

G_END_DECLS
