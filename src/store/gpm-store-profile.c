/* gpm-store-profile.c — queries for the vendor profile and the vendor list.
 *
 * Same patterns as gpm-store-query.c: the connection's mutex is held for the whole
 * query, statements are cached by their text, values are always bound, and cancelling
 * stops SQLite itself through the progress handler. The summaries are computed here, on
 * the calling (worker) thread, so the list can sort 1,000 vendors by revenue without
 * ever reading an observation on the main thread.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-period.h"
#include "gpm-store-private.h"
#include "gpm-store-profile.h"

typedef gpointer (*ReadFunc) (GpmStmt *stmt);

G_DEFINE_BOXED_TYPE (GpmVendorSummary, gpm_vendor_summary,
                     gpm_vendor_summary_copy, gpm_vendor_summary_free)

GpmVendorSummary *
gpm_vendor_summary_copy (const GpmVendorSummary *summary)
{
  GpmVendorSummary *copy;

  g_return_val_if_fail (summary != NULL, NULL);

  copy = g_memdup2 (summary, sizeof *summary);
  copy->revenue = g_memdup2 (summary->revenue, sizeof (double) * summary->n_revenue);
  copy->revenue_flags = g_memdup2 (summary->revenue_flags, summary->n_revenue);
  copy->revenue_periods = g_strdupv (summary->revenue_periods);
  copy->revenue_unit = g_strdup (summary->revenue_unit);
  copy->latest_revenue_period = g_strdup (summary->latest_revenue_period);
  copy->latest_revenue_unit = g_strdup (summary->latest_revenue_unit);
  copy->valuation_period = g_strdup (summary->valuation_period);
  copy->valuation_unit = g_strdup (summary->valuation_unit);

  return copy;
}

void
gpm_vendor_summary_free (GpmVendorSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->revenue);
  g_free (summary->revenue_flags);
  g_strfreev (summary->revenue_periods);
  g_free (summary->revenue_unit);
  g_free (summary->latest_revenue_period);
  g_free (summary->latest_revenue_unit);
  g_free (summary->valuation_period);
  g_free (summary->valuation_unit);
  g_free (summary);
}

/* Row readers */

static const char *
text_or_empty (GpmStmt *stmt,
               int      column)
{
  const char *text = gpm_stmt_text (stmt, column);

  return text != NULL ? text : "";
}

static gpointer
read_product (GpmStmt *stmt)
{
  return gpm_product_new (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                          text_or_empty (stmt, 2), text_or_empty (stmt, 3),
                          text_or_empty (stmt, 4), sqlite3_column_int64 (stmt, 5),
                          text_or_empty (stmt, 6));
}

static gpointer
read_relation (GpmStmt *stmt)
{
  const char *texts[GPM_RELATION_N_TEXTS];

  for (guint i = 0; i < GPM_RELATION_N_TEXTS; i++)
    texts[i] = text_or_empty (stmt, 4 + i);

  return gpm_relation_new (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                           sqlite3_column_int64 (stmt, 2), sqlite3_column_int64 (stmt, 3),
                           texts);
}

static gpointer
read_event (GpmStmt *stmt)
{
  GpmEvent *event = gpm_event_new (text_or_empty (stmt, 1), text_or_empty (stmt, 3));

  gpm_event_set_id (event, sqlite3_column_int64 (stmt, 0));
  gpm_event_set_category (event, gpm_stmt_text (stmt, 2));
  gpm_event_set_title_zh (event, gpm_stmt_text (stmt, 4));
  gpm_event_set_source_id (event, sqlite3_column_int64 (stmt, 5));
  gpm_event_set_quote (event, gpm_stmt_text (stmt, 6));
  gpm_event_set_note (event, gpm_stmt_text (stmt, 7));

  return event;
}

/* Runs @sql with @vendor_id bound to ?1 and reads every row. Expects the lock held. */
static GPtrArray *
collect_for_vendor (GpmStore      *self,
                    const char    *sql,
                    gint64         vendor_id,
                    ReadFunc       read,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GpmStmt) stmt = NULL;
  gboolean has_row = TRUE;
  gboolean ok = TRUE;

  stmt = gpm_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, vendor_id);

  gpm_store_watch_cancellable (self, cancellable);
  while (ok && has_row)
    if ((ok = gpm_store_step (self, stmt, &has_row, error)) && has_row)
      g_ptr_array_add (items, read (stmt));
  gpm_store_unwatch_cancellable (self);

  return ok ? g_steal_pointer (&items) : NULL;
}

static gboolean
check_call (GpmStore      *self,
            GCancellable  *cancellable,
            GError       **error)
{
  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/**
 * gpm_store_count_vendor_figures:
 *
 * Returns: (transfer full) (element-type GpmFigureCount): for each metric the vendor has
 *   figures of, in the order of the metrics' keys, how many; NULL on error. The profile
 *   asks before it lists, so that a metric of a million imported figures is shown by its
 *   latest few instead of a million objects.
 */
GArray *
gpm_store_count_vendor_figures (GpmStore      *self,
                                gint64         vendor_id,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (GpmFigureCount));
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  gboolean has_row = TRUE;
  gboolean ok = TRUE;

  if (!check_call (self, cancellable, error))
    return NULL;

  locker = g_mutex_locker_new (&self->lock);
  stmt = gpm_store_prepare (self,
                            "SELECT o.metric_id, count(*) FROM observations o"
                            " JOIN metrics m ON m.id = o.metric_id WHERE o.vendor_id = ?1"
                            " GROUP BY o.metric_id ORDER BY m.key", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, vendor_id);

  gpm_store_watch_cancellable (self, cancellable);
  while (ok && has_row)
    if ((ok = gpm_store_step (self, stmt, &has_row, error)) && has_row)
      {
        GpmFigureCount count = { sqlite3_column_int64 (stmt, 0),
                                 sqlite3_column_int64 (stmt, 1) };

        g_array_append_val (counts, count);
      }
  gpm_store_unwatch_cancellable (self);

  return ok ? g_steal_pointer (&counts) : NULL;
}

/**
 * gpm_store_list_products:
 *
 * Returns: (transfer full): the vendor's #GpmProduct items in the order they were
 *   entered, or %NULL on error
 */
GPtrArray *
gpm_store_list_products (GpmStore      *self,
                         gint64         vendor_id,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GMutexLocker) locker = NULL;

  if (!check_call (self, cancellable, error))
    return NULL;

  locker = g_mutex_locker_new (&self->lock);
  return collect_for_vendor (self,
                             "SELECT id, vendor_id, name, name_zh, description,"
                             " coalesce (source_id, 0), quote"
                             " FROM products WHERE vendor_id = ?1 ORDER BY id",
                             vendor_id, read_product, cancellable, error);
}

/**
 * gpm_store_list_relations:
 *
 * Returns: (transfer full): the #GpmRelation items in which the vendor takes part, on
 *   either side, in the order they were entered, or %NULL on error
 */
GPtrArray *
gpm_store_list_relations (GpmStore      *self,
                          gint64         vendor_id,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GMutexLocker) locker = NULL;

  if (!check_call (self, cancellable, error))
    return NULL;

  locker = g_mutex_locker_new (&self->lock);
  return collect_for_vendor (self,
                             "SELECT r.id, r.vendor_id, r.other_id, r.source_id,"
                             " r.kind, r.period, r.detail, r.quote,"
                             " v.name, v.name_zh, v.name_zh_hant,"
                             " o.name, o.name_zh, o.name_zh_hant"
                             " FROM relations r"
                             " JOIN vendors v ON v.id = r.vendor_id"
                             " JOIN vendors o ON o.id = r.other_id"
                             " WHERE r.vendor_id = ?1 OR r.other_id = ?1"
                             " ORDER BY r.id",
                             vendor_id, read_relation, cancellable, error);
}

/* Fills the vendor ids and names of @events, which all concern @vendor_id. */
static gboolean
fill_event_vendors (GpmStore      *self,
                    GPtrArray     *events,
                    gint64         vendor_id,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                       g_free, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (NULL, NULL, NULL,
                                                     (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) names = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GpmStmt) stmt = NULL;
  gboolean has_row = TRUE;
  gboolean ok = TRUE;

  for (guint i = 0; i < events->len; i++)
    {
      GpmEvent *event = g_ptr_array_index (events, i);
      gint64 id = gpm_event_get_id (event);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), event);
    }

  stmt = gpm_store_prepare (self,
                            "SELECT ev.event_id, v.id, v.name FROM event_vendors ev"
                            " JOIN vendors v ON v.id = ev.vendor_id"
                            " WHERE ev.event_id IN"
                            " (SELECT event_id FROM event_vendors WHERE vendor_id = ?1)"
                            " ORDER BY ev.event_id, v.name COLLATE NOCASE",
                            error);
  if (stmt == NULL)
    ok = FALSE;
  else
    sqlite3_bind_int64 (stmt, 1, vendor_id);

  gpm_store_watch_cancellable (self, cancellable);
  while (ok && has_row)
    {
      gint64 event_id, other_id;
      GpmEvent *event;
      GArray *event_ids;
      char *event_names;

      if (!(ok = gpm_store_step (self, stmt, &has_row, error)) || !has_row)
        break;

      event_id = sqlite3_column_int64 (stmt, 0);
      other_id = sqlite3_column_int64 (stmt, 1);
      event = g_hash_table_lookup (by_id, &event_id);
      if (event == NULL)
        continue;

      event_ids = g_hash_table_lookup (ids, event);
      if (event_ids == NULL)
        {
          event_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (ids, event, event_ids);
        }
      g_array_append_val (event_ids, other_id);

      event_names = g_hash_table_lookup (names, event);
      g_hash_table_insert (names, event,
                           event_names == NULL ? g_strdup (text_or_empty (stmt, 2))
                                               : g_strconcat (event_names, ";",
                                                              text_or_empty (stmt, 2), NULL));
    }
  gpm_store_unwatch_cancellable (self);

  if (!ok)
    return FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      GpmEvent *event = g_ptr_array_index (events, i);
      GArray *event_ids = g_hash_table_lookup (ids, event);

      if (event_ids == NULL)
        continue;
      gpm_event_set_vendor_ids (event, (const gint64 *) (gpointer) event_ids->data,
                                event_ids->len);
      gpm_event_set_labels (event, g_hash_table_lookup (names, event));
    }

  return TRUE;
}

/**
 * gpm_store_list_vendor_events:
 *
 * Returns: (transfer full): the #GpmEvent items that concern the vendor, by date, with
 *   all their vendors filled in, or %NULL on error
 */
GPtrArray *
gpm_store_list_vendor_events (GpmStore      *self,
                              gint64         vendor_id,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) events = NULL;

  if (!check_call (self, cancellable, error))
    return NULL;

  locker = g_mutex_locker_new (&self->lock);
  events = collect_for_vendor (self,
                               "SELECT e.id, e.date, e.category, e.title, e.title_zh,"
                               " e.source_id, e.quote, e.note"
                               " FROM events e JOIN event_vendors ev ON ev.event_id = e.id"
                               " WHERE ev.vendor_id = ?1"
                               " ORDER BY gpm_period_key (e.date), e.id",
                               vendor_id, read_event, cancellable, error);
  if (events == NULL || !fill_event_vendors (self, events, vendor_id, cancellable, error))
    return NULL;

  return g_steal_pointer (&events);
}

/* Summaries */

typedef struct
{
  char    *period;
  double   value;
  char    *unit;
  guint8   flags;
  gboolean yearly;
} Figure;

static void
figure_clear (Figure *figure)
{
  g_free (figure->period);
  g_free (figure->unit);
}

/* Collects one vendor's figures while the rows stream by. */
typedef struct
{
  gint64  vendor_id;
  GArray *revenue;     /* Figure, by period */
  Figure  valuation;   /* the latest, or period == NULL */
  Figure  market_cap;
} SummaryBuilder;

static void
builder_reset (SummaryBuilder *builder,
               gint64          vendor_id)
{
  builder->vendor_id = vendor_id;
  g_array_set_size (builder->revenue, 0);
  figure_clear (&builder->valuation);
  figure_clear (&builder->market_cap);
  memset (&builder->valuation, 0, sizeof builder->valuation);
  memset (&builder->market_cap, 0, sizeof builder->market_cap);
}

static void
figure_take (Figure  *to,
             Figure  *from)
{
  figure_clear (to);
  *to = *from;
  memset (from, 0, sizeof *from);
}

static void
summary_set_revenue (GpmVendorSummary *summary,
                     GArray           *revenue)
{
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GByteArray) flags = g_byte_array_new ();
  const Figure *latest = NULL;
  const char *unit = NULL;

  /* The latest year's unit decides; years in another currency would not be comparable. */
  for (guint i = 0; i < revenue->len; i++)
    {
      const Figure *figure = &g_array_index (revenue, Figure, i);

      if (figure->yearly)
        unit = figure->unit;
      if (figure->yearly && !(figure->flags & GPM_FIGURE_FORECAST))
        latest = figure;
    }
  if (latest == NULL && revenue->len > 0)
    latest = &g_array_index (revenue, Figure, revenue->len - 1);

  for (guint i = 0; unit != NULL && i < revenue->len; i++)
    {
      const Figure *figure = &g_array_index (revenue, Figure, i);

      if (!figure->yearly || g_strcmp0 (figure->unit, unit) != 0)
        continue;
      /* Two figures for one year: the later entry wins, as it does in the profile. */
      if (periods->len > 0
          && g_str_equal (g_ptr_array_index (periods, periods->len - 1), figure->period))
        {
          g_array_index (values, double, values->len - 1) = figure->value;
          flags->data[flags->len - 1] = figure->flags;
          continue;
        }
      g_ptr_array_add (periods, g_strdup (figure->period));
      g_array_append_val (values, figure->value);
      g_byte_array_append (flags, &figure->flags, 1);
    }
  g_ptr_array_add (periods, NULL);

  summary->n_revenue = values->len;
  summary->revenue = (double *) (gpointer) g_array_free (g_steal_pointer (&values), FALSE);
  summary->revenue_flags = g_byte_array_free (g_steal_pointer (&flags), FALSE);
  summary->revenue_periods = (char **) g_ptr_array_free (g_steal_pointer (&periods), FALSE);
  summary->revenue_unit = g_strdup (unit);

  if (latest != NULL)
    {
      summary->latest_revenue = latest->value;
      summary->latest_revenue_period = g_strdup (latest->period);
      summary->latest_revenue_unit = g_strdup (latest->unit);
    }
}

static GpmVendorSummary *
builder_finish (SummaryBuilder *builder)
{
  GpmVendorSummary *summary = g_new0 (GpmVendorSummary, 1);
  const Figure *valuation = builder->valuation.period != NULL ? &builder->valuation
                                                               : &builder->market_cap;

  summary->vendor_id = builder->vendor_id;
  summary->latest_revenue = NAN;
  summary->valuation = NAN;
  summary_set_revenue (summary, builder->revenue);

  if (valuation->period != NULL)
    {
      summary->valuation = valuation->value;
      summary->valuation_period = g_strdup (valuation->period);
      summary->valuation_unit = g_strdup (valuation->unit);
    }

  return summary;
}

static void
builder_add (SummaryBuilder *builder,
             GpmStmt        *stmt)
{
  const char *metric = text_or_empty (stmt, 1);
  const char *status = text_or_empty (stmt, 5);
  Figure figure = { 0, };
  GpmPeriod period;

  figure.period = g_strdup (text_or_empty (stmt, 2));
  figure.value = sqlite3_column_double (stmt, 3);
  figure.unit = g_strdup (text_or_empty (stmt, 4));
  figure.flags = (g_str_equal (status, "reported") ? 0 : GPM_FIGURE_FORECAST)
                 | (sqlite3_column_int (stmt, 6) != 0 ? GPM_FIGURE_DOUBTFUL : 0);
  figure.yearly = gpm_period_parse (figure.period, &period, NULL)
                  && period.precision == GPM_PRECISION_YEAR;

  /* Rows come by period, so the last one kept is the latest. */
  if (g_str_equal (metric, "revenue"))
    g_array_append_val (builder->revenue, figure);
  else if (g_str_equal (metric, "valuation"))
    figure_take (&builder->valuation, &figure);
  else
    figure_take (&builder->market_cap, &figure);
}

/**
 * gpm_store_list_vendor_summaries:
 *
 * Returns: (transfer full): one #GpmVendorSummary for each vendor that has revenue, a
 *   valuation or a market capitalisation, by vendor id, or %NULL on error
 */
GPtrArray *
gpm_store_list_vendor_summaries (GpmStore      *self,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autoptr(GArray) revenue = g_array_new (FALSE, TRUE, sizeof (Figure));
  SummaryBuilder builder = { 0, revenue, };
  gboolean has_row = TRUE;
  gboolean ok = TRUE;

  if (!check_call (self, cancellable, error))
    return NULL;

  g_array_set_clear_func (revenue, (GDestroyNotify) figure_clear);
  summaries = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_vendor_summary_free);

  locker = g_mutex_locker_new (&self->lock);
  stmt = gpm_store_prepare (self,
                            /* Vendor by vendor, each metric through the (vendor,
                             * metric, period) index: there is no index by metric
                             * alone (migration 0003), and CROSS JOIN keeps SQLite
                             * from scanning the figures. */
                            "SELECT o.vendor_id, m.key, o.period, o.value, o.unit, o.status,"
                            " o.doubtful FROM vendors v CROSS JOIN metrics m"
                            " CROSS JOIN observations o"
                            " WHERE m.key IN ('revenue', 'valuation', 'market-cap')"
                            " AND o.vendor_id = v.id AND o.metric_id = m.id"
                            " ORDER BY o.vendor_id, gpm_period_key (o.period), o.id",
                            error);
  if (stmt == NULL)
    return NULL;

  gpm_store_watch_cancellable (self, cancellable);
  while (ok && has_row)
    {
      gint64 vendor_id;

      if (!(ok = gpm_store_step (self, stmt, &has_row, error)))
        break;

      vendor_id = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
      if (builder.vendor_id != 0 && vendor_id != builder.vendor_id)
        g_ptr_array_add (summaries, builder_finish (&builder));
      if (vendor_id != builder.vendor_id)
        builder_reset (&builder, vendor_id);
      if (has_row)
        builder_add (&builder, stmt);
    }
  gpm_store_unwatch_cancellable (self);
  builder_reset (&builder, 0);

  return ok ? g_steal_pointer (&summaries) : NULL;
}

/* Async: the same queries on a worker thread. */

typedef enum
{
  QUERY_PRODUCTS,
  QUERY_RELATIONS,
  QUERY_EVENTS,
  QUERY_SUMMARIES,
} Query;

typedef struct
{
  Query  query;
  gint64 vendor_id;
} QueryData;

static void
query_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  QueryData *data = task_data;
  GError *error = NULL;
  GPtrArray *items;

  switch (data->query)
    {
    case QUERY_PRODUCTS:
      items = gpm_store_list_products (source_object, data->vendor_id, cancellable, &error);
      break;
    case QUERY_RELATIONS:
      items = gpm_store_list_relations (source_object, data->vendor_id, cancellable, &error);
      break;
    case QUERY_EVENTS:
      items = gpm_store_list_vendor_events (source_object, data->vendor_id, cancellable,
                                            &error);
      break;
    case QUERY_SUMMARIES:
    default:
      items = gpm_store_list_vendor_summaries (source_object, cancellable, &error);
      break;
    }

  if (items != NULL)
    g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

static void
run_query (GpmStore            *self,
           Query                query,
           gint64               vendor_id,
           gpointer             source_tag,
           GCancellable        *cancellable,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  QueryData *data;

  g_return_if_fail (GPM_IS_STORE (self));

  data = g_new0 (QueryData, 1);
  data->query = query;
  data->vendor_id = vendor_id;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, query_thread);
}

static GPtrArray *
finish_query (GpmStore      *self,
              GAsyncResult  *result,
              gpointer       source_tag,
              GError       **error)
{
  g_return_val_if_fail (GPM_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
gpm_store_list_products_async (GpmStore            *self,
                               gint64               vendor_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  run_query (self, QUERY_PRODUCTS, vendor_id, gpm_store_list_products_async,
             cancellable, callback, user_data);
}

GPtrArray *
gpm_store_list_products_finish (GpmStore      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_query (self, result, gpm_store_list_products_async, error);
}

void
gpm_store_list_relations_async (GpmStore            *self,
                                gint64               vendor_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  run_query (self, QUERY_RELATIONS, vendor_id, gpm_store_list_relations_async,
             cancellable, callback, user_data);
}

GPtrArray *
gpm_store_list_relations_finish (GpmStore      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return finish_query (self, result, gpm_store_list_relations_async, error);
}

void
gpm_store_list_vendor_events_async (GpmStore            *self,
                                    gint64               vendor_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  run_query (self, QUERY_EVENTS, vendor_id, gpm_store_list_vendor_events_async,
             cancellable, callback, user_data);
}

GPtrArray *
gpm_store_list_vendor_events_finish (GpmStore      *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return finish_query (self, result, gpm_store_list_vendor_events_async, error);
}

void
gpm_store_list_vendor_summaries_async (GpmStore            *self,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  run_query (self, QUERY_SUMMARIES, 0, gpm_store_list_vendor_summaries_async,
             cancellable, callback, user_data);
}

GPtrArray *
gpm_store_list_vendor_summaries_finish (GpmStore      *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return finish_query (self, result, gpm_store_list_vendor_summaries_async, error);
}
