/* gpm-profile-data.c — one worker-thread round trip for a profile or a comparison.
 *
 * The queries run one after the other on the GTask's thread, each honouring the
 * cancellable, so selecting another vendor stops the old load where it is.
 */

#include "config.h"

#include "gpm-profile-data.h"
#include "gpm-store-profile.h"

typedef struct
{
  GpmStore *store;
  GArray   *vendor_ids;
  gboolean  full;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->store);
  g_clear_pointer (&data->vendor_ids, g_array_unref);
  g_free (data);
}

void
gpm_profile_data_free (GpmProfileData *data)
{
  if (data == NULL)
    return;

  g_clear_pointer (&data->vendor_ids, g_array_unref);
  g_clear_pointer (&data->long_metrics, g_array_unref);
  g_clear_pointer (&data->observations, g_ptr_array_unref);
  g_clear_pointer (&data->products, g_ptr_array_unref);
  g_clear_pointer (&data->relations, g_ptr_array_unref);
  g_clear_pointer (&data->events, g_ptr_array_unref);
  g_clear_pointer (&data->metrics, g_hash_table_unref);
  g_clear_pointer (&data->sources, g_hash_table_unref);
  g_free (data);
}

typedef gint64 (*IdFunc) (gpointer item);

static GHashTable *
index_by_id (GPtrArray *items,
             IdFunc     get_id)
{
  GHashTable *table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             g_object_unref);

  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      gint64 id = get_id (item);

      g_hash_table_insert (table, g_memdup2 (&id, sizeof id), g_object_ref (item));
    }

  return table;
}

static GPtrArray *
empty_array (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

/* A vendor's figures, metric by metric: all of a metric with few, the latest of one with
 * many (counted first, through the index). */
static gboolean
load_figures (GpmStore        *store,
              gint64           vendor_id,
              GpmProfileData  *data,
              GCancellable    *cancellable,
              GError         **error)
{
  g_autoptr(GArray) counts = gpm_store_count_vendor_figures (store, vendor_id, cancellable,
                                                             error);

  if (counts == NULL)
    return FALSE;

  for (guint i = 0; i < counts->len; i++)
    {
      const GpmFigureCount *count = &g_array_index (counts, GpmFigureCount, i);
      GpmObservationFilter filter = { vendor_id, 0, count->metric_id, NULL, NULL, 0 };
      g_autoptr(GPtrArray) figures = NULL;

      if (count->count > GPM_PROFILE_FIGURES_PER_METRIC)
        {
          GpmProfileLongMetric long_metric = { vendor_id, count->metric_id, count->count };

          g_array_append_val (data->long_metrics, long_metric);
          filter.latest = GPM_PROFILE_FIGURES_PER_METRIC;
        }
      figures = gpm_store_list_observations (store, &filter, cancellable, error);
      if (figures == NULL)
        return FALSE;
      g_ptr_array_extend_and_steal (data->observations, g_steal_pointer (&figures));
    }

  return TRUE;
}

static GpmProfileData *
load (LoadData      *request,
      GCancellable  *cancellable,
      GError       **error)
{
  g_autoptr(GpmProfileData) data = g_new0 (GpmProfileData, 1);
  g_autoptr(GPtrArray) metrics = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  gint64 first = request->vendor_ids->len > 0
                 ? g_array_index (request->vendor_ids, gint64, 0) : 0;

  data->vendor_ids = g_array_ref (request->vendor_ids);
  data->long_metrics = g_array_new (FALSE, FALSE, sizeof (GpmProfileLongMetric));
  data->observations = empty_array ();
  for (guint i = 0; i < request->vendor_ids->len; i++)
    if (!load_figures (request->store, g_array_index (request->vendor_ids, gint64, i), data,
                       cancellable, error))
      return NULL;

  if (request->full && first != 0)
    {
      if ((data->products = gpm_store_list_products (request->store, first, cancellable,
                                                     error)) == NULL
          || (data->relations = gpm_store_list_relations (request->store, first, cancellable,
                                                          error)) == NULL
          || (data->events = gpm_store_list_vendor_events (request->store, first,
                                                           cancellable, error)) == NULL)
        return NULL;
    }
  else
    {
      data->products = empty_array ();
      data->relations = empty_array ();
      data->events = empty_array ();
    }

  if ((metrics = gpm_store_list_metrics (request->store, cancellable, error)) == NULL
      || (sources = gpm_store_list_sources (request->store, cancellable, error)) == NULL)
    return NULL;
  data->metrics = index_by_id (metrics, (IdFunc) gpm_metric_get_id);
  data->sources = index_by_id (sources, (IdFunc) gpm_source_get_id);

  return g_steal_pointer (&data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GpmProfileData *data = load (task_data, cancellable, &error);

  if (data != NULL)
    g_task_return_pointer (task, data, (GDestroyNotify) gpm_profile_data_free);
  else
    g_task_return_error (task, error);
}

/**
 * gpm_profile_data_load_async:
 * @full: also load the first vendor's products, relations and events
 */
void
gpm_profile_data_load_async (GpmStore            *store,
                             const gint64        *vendor_ids,
                             guint                n_vendor_ids,
                             gboolean             full,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *request;

  g_return_if_fail (GPM_IS_STORE (store));
  g_return_if_fail (n_vendor_ids == 0 || vendor_ids != NULL);

  request = g_new0 (LoadData, 1);
  request->store = g_object_ref (store);
  request->vendor_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_vendor_ids);
  g_array_append_vals (request->vendor_ids, vendor_ids, n_vendor_ids);
  request->full = full;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, gpm_profile_data_load_async);
  g_task_set_task_data (task, request, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

GpmProfileData *
gpm_profile_data_load_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * gpm_profile_data_find_figure:
 *
 * Returns: (transfer none) (nullable): the loaded figure with id @observation_id
 */
GpmObservation *
gpm_profile_data_find_figure (GpmProfileData *data,
                              gint64          observation_id)
{
  for (guint i = 0; data != NULL && i < data->observations->len; i++)
    {
      GpmObservation *figure = g_ptr_array_index (data->observations, i);

      if (gpm_observation_get_id (figure) == observation_id)
        return figure;
    }

  return NULL;
}
