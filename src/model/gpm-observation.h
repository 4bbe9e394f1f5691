/* gpm-observation.h — an observation: one figure (a value for a subject, metric and period)
 * with the source and the sentence it was quoted from.
 *
 * The subject is a vendor or a market scope (the other id is 0). The label properties
 * (subject-name, metric-key, ...) are read-only: the store fills them from its joins for
 * display, and they are never written back.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GPM_TYPE_OBSERVATION (gpm_observation_get_type ())
G_DECLARE_FINAL_TYPE (GpmObservation, gpm_observation, GPM, OBSERVATION, GObject)

GpmObservation *gpm_observation_new                 (void);
GpmObservation *gpm_observation_copy                (GpmObservation *self);
gint64          gpm_observation_get_id              (GpmObservation *self);
void            gpm_observation_set_id              (GpmObservation *self,
                                                     gint64          id);
gint64          gpm_observation_get_vendor_id       (GpmObservation *self);
void            gpm_observation_set_vendor_id       (GpmObservation *self,
                                                     gint64          vendor_id);
gint64          gpm_observation_get_scope_id        (GpmObservation *self);
void            gpm_observation_set_scope_id        (GpmObservation *self,
                                                     gint64          scope_id);
gint64          gpm_observation_get_metric_id       (GpmObservation *self);
void            gpm_observation_set_metric_id       (GpmObservation *self,
                                                     gint64          metric_id);
const char     *gpm_observation_get_period          (GpmObservation *self);
void            gpm_observation_set_period          (GpmObservation *self,
                                                     const char     *period);
double          gpm_observation_get_value           (GpmObservation *self);
void            gpm_observation_set_value           (GpmObservation *self,
                                                     double          value);
const char     *gpm_observation_get_unit            (GpmObservation *self);
void            gpm_observation_set_unit            (GpmObservation *self,
                                                     const char     *unit);
const char     *gpm_observation_get_qualifier       (GpmObservation *self);
void            gpm_observation_set_qualifier       (GpmObservation *self,
                                                     const char     *qualifier);
const char     *gpm_observation_get_status          (GpmObservation *self);
void            gpm_observation_set_status          (GpmObservation *self,
                                                     const char     *status);
gboolean        gpm_observation_get_doubtful        (GpmObservation *self);
void            gpm_observation_set_doubtful        (GpmObservation *self,
                                                     gboolean        doubtful);
gint64          gpm_observation_get_source_id       (GpmObservation *self);
void            gpm_observation_set_source_id       (GpmObservation *self,
                                                     gint64          source_id);
const char     *gpm_observation_get_quote           (GpmObservation *self);
void            gpm_observation_set_quote           (GpmObservation *self,
                                                     const char     *quote);
const char     *gpm_observation_get_note            (GpmObservation *self);
void            gpm_observation_set_note            (GpmObservation *self,
                                                     const char     *note);
const char     *gpm_observation_get_subject_name    (GpmObservation *self);
const char     *gpm_observation_get_subject_name_zh (GpmObservation *self);
const char     *gpm_observation_get_metric_key      (GpmObservation *self);
const char     *gpm_observation_get_source_title    (GpmObservation *self);

void            gpm_observation_set_labels          (GpmObservation *self,
                                                     const char     *subject_name,
                                                     const char     *subject_name_zh,
                                                     const char     *metric_key,
                                                     const char     *source_title);

G_END_DECLS
