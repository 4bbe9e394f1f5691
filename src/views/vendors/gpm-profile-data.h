/* gpm-profile-data.h — everything a profile or a comparison shows, loaded in one go on a
 * worker thread: the vendors' figures, and for a profile its products, relations and
 * events, plus the metric and source tables to name and cite them.
 */
#pragma once

#include <gio/gio.h>

#include "gpm-observation.h"
#include "gpm-store.h"

G_BEGIN_DECLS

/* A profile shows at most this many figures of one metric, the latest: a metric of a
 * million imported daily figures would otherwise be a million objects and a table of
 * 100,000 period columns. The Charts view plots every figure. */
#define GPM_PROFILE_FIGURES_PER_METRIC 40

/* A metric of a vendor with more figures than the profile shows. */
typedef struct
{
  gint64 vendor_id;
  gint64 metric_id;
  gint64 total;
} GpmProfileLongMetric;

typedef struct
{
  GArray     *vendor_ids;    /* gint64, as asked */
  GArray     *long_metrics;  /* GpmProfileLongMetric: shown by their latest figures */
  GPtrArray  *observations;  /* GpmObservation of those vendors */
  GPtrArray  *products;      /* GpmProduct of the first vendor; empty unless in full */
  GPtrArray  *relations;     /* GpmRelation of the first vendor; empty unless in full */
  GPtrArray  *events;        /* GpmEvent of the first vendor; empty unless in full */
  GHashTable *metrics;       /* gint64 id → GpmMetric */
  GHashTable *sources;       /* gint64 id → GpmSource */
} GpmProfileData;

void            gpm_profile_data_load_async  (GpmStore            *store,
                                              const gint64        *vendor_ids,
                                              guint                n_vendor_ids,
                                              gboolean             full,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
GpmProfileData *gpm_profile_data_load_finish (GAsyncResult        *result,
                                              GError             **error);
void            gpm_profile_data_free        (GpmProfileData      *data);
GpmObservation *gpm_profile_data_find_figure (GpmProfileData      *data,
                                              gint64               observation_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmProfileData, gpm_profile_data_free)

G_END_DECLS
