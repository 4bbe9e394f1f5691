/* gpm-vendor-format.h — the words and numbers of the Vendors page: display names in the
 * reader's script, labels for the database's codes, and figures with their marks
 * (forecast, estimate, doubtful) and their provenance for tooltips and screen readers.
 */
#pragma once

#include <glib.h>

#include "gpm-metric.h"
#include "gpm-observation.h"
#include "gpm-render-types.h"
#include "gpm-source.h"
#include "gpm-vendor.h"

G_BEGIN_DECLS

GpmLanguage  gpm_vendors_language           (void);

const char  *gpm_vendor_primary_name        (GpmVendor      *vendor,
                                             GpmLanguage     language);
const char  *gpm_vendor_secondary_name      (GpmVendor      *vendor,
                                             GpmLanguage     language);
const char  *gpm_pick_chinese_name          (const char     *simplified,
                                             const char     *traditional,
                                             GpmLanguage     language);
gboolean     gpm_vendor_is_domestic         (GpmVendor      *vendor);
gboolean     gpm_vendor_has_segment         (GpmVendor      *vendor,
                                             const char     *segment);

const char  *gpm_listing_status_label       (const char     *status);
const char  *gpm_role_label                 (const char     *role);
const char  *gpm_segment_label              (const char     *segment);
char        *gpm_segments_text              (GpmVendor      *vendor);
const char  *gpm_event_category_label       (const char     *category);
const char  *gpm_relation_kind_label        (const char     *kind,
                                             gboolean        seen_from_other);
const char  *gpm_figure_status_label        (const char     *status);
const char  *gpm_metric_label               (GpmMetric      *metric,
                                             GpmLanguage     language);

char        *gpm_source_citation            (GpmSource      *source,
                                             GpmLanguage     language);

/* One or more figures of one metric and period (a range is two). */
char        *gpm_figure_value_text          (GpmObservation *figure,
                                             GpmLanguage     language);
char        *gpm_figures_markup             (GPtrArray      *figures,
                                             GpmLanguage     language);
gboolean     gpm_figures_any_doubtful       (GPtrArray      *figures);
char        *gpm_figures_tooltip_markup     (GPtrArray      *figures,
                                             const char     *metric_label,
                                             GHashTable     *sources,
                                             GpmLanguage     language);
char        *gpm_figures_accessible_label   (GPtrArray      *figures,
                                             const char     *metric_label,
                                             GHashTable     *sources,
                                             GpmLanguage     language);

G_END_DECLS
