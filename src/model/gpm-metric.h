/* gpm-metric.h — a metric: what a figure measures (revenue, share, shipments), its kind
 * ("money", "share", "count", "compute", "ratio") and its default unit.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GPM_TYPE_METRIC (gpm_metric_get_type ())
G_DECLARE_FINAL_TYPE (GpmMetric, gpm_metric, GPM, METRIC, GObject)

GpmMetric  *gpm_metric_new         (const char *key,
                                    const char *name,
                                    const char *name_zh,
                                    const char *kind,
                                    const char *unit);
GpmMetric  *gpm_metric_copy        (GpmMetric  *self);
gint64      gpm_metric_get_id      (GpmMetric  *self);
void        gpm_metric_set_id      (GpmMetric  *self,
                                    gint64      id);
const char *gpm_metric_get_key     (GpmMetric  *self);
void        gpm_metric_set_key     (GpmMetric  *self,
                                    const char *key);
const char *gpm_metric_get_name    (GpmMetric  *self);
void        gpm_metric_set_name    (GpmMetric  *self,
                                    const char *name);
const char *gpm_metric_get_name_zh (GpmMetric  *self);
void        gpm_metric_set_name_zh (GpmMetric  *self,
                                    const char *name_zh);
const char *gpm_metric_get_kind    (GpmMetric  *self);
void        gpm_metric_set_kind    (GpmMetric  *self,
                                    const char *kind);
const char *gpm_metric_get_unit    (GpmMetric  *self);
void        gpm_metric_set_unit    (GpmMetric  *self,
                                    const char *unit);

G_END_DECLS
