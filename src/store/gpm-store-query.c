/* gpm-store-query.c — reading the database into item objects, in this thread or another.
 *
 * Every query binds its values; the only SQL put together at run time is the WHERE clause
 * of the observation filter, and only out of the fixed fragments below. Long queries
 * watch their GCancellable through SQLite's progress handler, so cancelling stops
 * SQLite itself, not just the loop that builds objects.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gpm-period.h"
#include "gpm-store-private.h"

typedef gpointer (*RowFunc) (GpmStmt *stmt);

/* Row readers: the column order is the one of the matching SELECT below. */

static const char *
text_or_empty (GpmStmt *stmt,
               int      column)
{
  const char *text = gpm_stmt_text (stmt, column);

  return text != NULL ? text : "";
}

static gpointer
read_source (GpmStmt *stmt)
{
  GpmSource *source = gpm_source_new (text_or_empty (stmt, 1), text_or_empty (stmt, 2),
                                      text_or_empty (stmt, 4), text_or_empty (stmt, 6));

  gpm_source_set_id (source, sqlite3_column_int64 (stmt, 0));
  gpm_source_set_publisher_zh (source, gpm_stmt_text (stmt, 3));
  gpm_source_set_published (source, gpm_stmt_text (stmt, 5));
  gpm_source_set_url (source, gpm_stmt_text (stmt, 7));

  return source;
}

static gpointer
read_scope (GpmStmt *stmt)
{
  GpmScope *scope = gpm_scope_new (text_or_empty (stmt, 1), text_or_empty (stmt, 2),
                                   text_or_empty (stmt, 3));

  gpm_scope_set_id (scope, sqlite3_column_int64 (stmt, 0));

  return scope;
}

static gpointer
read_vendor (GpmStmt *stmt)
{
  GpmVendor *vendor = gpm_vendor_new (text_or_empty (stmt, 1), text_or_empty (stmt, 2));

  gpm_vendor_set_id (vendor, sqlite3_column_int64 (stmt, 0));
  gpm_vendor_set_name_zh (vendor, gpm_stmt_text (stmt, 3));
  gpm_vendor_set_name_zh_hant (vendor, gpm_stmt_text (stmt, 4));
  gpm_vendor_set_aliases (vendor, gpm_stmt_text (stmt, 5));
  gpm_vendor_set_role (vendor, gpm_stmt_text (stmt, 6));
  gpm_vendor_set_country (vendor, gpm_stmt_text (stmt, 7));
  gpm_vendor_set_headquarters (vendor, gpm_stmt_text (stmt, 8));
  gpm_vendor_set_founded (vendor, sqlite3_column_int (stmt, 9));
  gpm_vendor_set_segments (vendor, gpm_stmt_text (stmt, 10));
  gpm_vendor_set_listing_status (vendor, gpm_stmt_text (stmt, 11));
  gpm_vendor_set_listing_board (vendor, gpm_stmt_text (stmt, 12));
  gpm_vendor_set_note (vendor, gpm_stmt_text (stmt, 13));

  return vendor;
}

static gpointer
read_metric (GpmStmt *stmt)
{
  GpmMetric *metric = gpm_metric_new (text_or_empty (stmt, 1), text_or_empty (stmt, 2),
                                      text_or_empty (stmt, 3), text_or_empty (stmt, 4),
                                      text_or_empty (stmt, 5));

  gpm_metric_set_id (metric, sqlite3_column_int64 (stmt, 0));

  return metric;
}

static gpointer
read_saved_chart (GpmStmt *stmt)
{
  GpmSavedChart *chart = gpm_saved_chart_new (text_or_empty (stmt, 1),
                                              text_or_empty (stmt, 2));

  gpm_saved_chart_set_id (chart, sqlite3_column_int64 (stmt, 0));
  gpm_saved_chart_set_builtin (chart, sqlite3_column_int (stmt, 3) != 0);
  gpm_saved_chart_set_created (chart, gpm_stmt_text (stmt, 4));
  gpm_saved_chart_set_modified (chart, gpm_stmt_text (stmt, 5));

  return chart;
}

static gpointer
read_observation (GpmStmt *stmt)
{
  GpmObservation *observation = gpm_observation_new ();

  gpm_observation_set_id (observation, sqlite3_column_int64 (stmt, 0));
  gpm_observation_set_vendor_id (observation, sqlite3_column_int64 (stmt, 1));
  gpm_observation_set_scope_id (observation, sqlite3_column_int64 (stmt, 2));
  gpm_observation_set_metric_id (observation, sqlite3_column_int64 (stmt, 3));
  gpm_observation_set_period (observation, gpm_stmt_text (stmt, 4));
  gpm_observation_set_value (observation, sqlite3_column_double (stmt, 5));
  gpm_observation_set_unit (observation, gpm_stmt_text (stmt, 6));
  gpm_observation_set_qualifier (observation, gpm_stmt_text (stmt, 7));
  gpm_observation_set_status (observation, gpm_stmt_text (stmt, 8));
  gpm_observation_set_doubtful (observation, sqlite3_column_int (stmt, 9) != 0);
  gpm_observation_set_source_id (observation, sqlite3_column_int64 (stmt, 10));
  gpm_observation_set_quote (observation, gpm_stmt_text (stmt, 11));
  gpm_observation_set_note (observation, gpm_stmt_text (stmt, 12));
  gpm_observation_set_labels (observation, gpm_stmt_text (stmt, 13), gpm_stmt_text (stmt, 14),
                              gpm_stmt_text (stmt, 15), gpm_stmt_text (stmt, 16));

  return observation;
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

/* Steps @stmt to the end, reading every row with @read and handing it to @visit (which
 * may stop with an error), or keeping it when @visit is NULL. Expects the lock to be
 * held. Returns the items kept, or an empty array after visiting; NULL on error. */
static GPtrArray *
collect_each (GpmStore          *self,
              GpmStmt           *stmt,
              RowFunc            read,
              GpmStoreVisitFunc  visit,
              gpointer           user_data,
              GCancellable      *cancellable,
              GError           **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean has_row = TRUE;
  gboolean ok = TRUE;

  gpm_store_watch_cancellable (self, cancellable);
  for (guint n = 0; ok && has_row; n++)
    {
      /* The progress handler covers SQLite's work; this covers the objects we build. */
      if (n % 1024 == 1023 && g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else if ((ok = gpm_store_step (self, stmt, &has_row, error)) && has_row)
        {
          g_autoptr(GObject) item = read (stmt);

          if (visit != NULL)
            ok = visit (item, user_data, error);
          else
            g_ptr_array_add (items, g_steal_pointer (&item));
        }
    }
  gpm_store_unwatch_cancellable (self);

  return ok ? g_steal_pointer (&items) : NULL;
}

static GPtrArray *
collect (GpmStore      *self,
         GpmStmt       *stmt,
         RowFunc        read,
         GCancellable  *cancellable,
         GError       **error)
{
  return collect_each (self, stmt, read, NULL, NULL, cancellable, error);
}

static GPtrArray *
list_simple (GpmStore      *self,
             const char    *sql,
             RowFunc        read,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GpmStmt) stmt = NULL;

  g_return_val_if_fail (GPM_IS_STORE (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  locker = g_mutex_locker_new (&self->lock);
  stmt = gpm_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  return collect (self, stmt, read, cancellable, error);
}

GPtrArray *
gpm_store_list_sources (GpmStore      *self,
                        GCancellable  *cancellable,
                        GError       **error)
{
  return list_simple (self,
                      "SELECT id, key, publisher, publisher_zh, title, published, language, url"
                      " FROM sources ORDER BY id",
                      read_source, cancellable, error);
}

GPtrArray *
gpm_store_list_scopes (GpmStore      *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  return list_simple (self,
                      "SELECT id, key, name, name_zh FROM scopes ORDER BY name COLLATE NOCASE",
                      read_scope, cancellable, error);
}

GPtrArray *
gpm_store_list_vendors (GpmStore      *self,
                        GCancellable  *cancellable,
                        GError       **error)
{
  return list_simple (self,
                      "SELECT id, key, name, name_zh, name_zh_hant, aliases, role, country,"
                      " headquarters, founded, segments, listing_status, listing_board, note"
                      " FROM vendors ORDER BY name COLLATE NOCASE",
                      read_vendor, cancellable, error);
}

GPtrArray *
gpm_store_list_metrics (GpmStore      *self,
                        GCancellable  *cancellable,
                        GError       **error)
{
  return list_simple (self,
                      "SELECT id, key, name, name_zh, kind, unit FROM metrics ORDER BY id",
                      read_metric, cancellable, error);
}

GPtrArray *
gpm_store_list_saved_charts (GpmStore      *self,
                             GCancellable  *cancellable,
                             GError       **error)
{
  return list_simple (self,
                      "SELECT id, name, spec, builtin, created, modified"
                      " FROM saved_charts ORDER BY name COLLATE NOCASE",
                      read_saved_chart, cancellable, error);
}

/* Turns the optional period bounds into Julian days; 0 means open. */
static gboolean
parse_range (const char  *from,
             const char  *to,
             gint64      *from_day,
             gint64      *to_day,
             GError     **error)
{
  GpmPeriod period;
  g_autoptr(GError) local_error = NULL;

  *from_day = *to_day = 0;

  if (from != NULL && *from != '\0')
    {
      if (!gpm_period_parse (from, &period, &local_error))
        goto invalid;
      *from_day = gpm_period_get_start_julian (&period);
    }

  if (to != NULL && *to != '\0')
    {
      if (!gpm_period_parse (to, &period, &local_error))
        goto invalid;
      *to_day = gpm_period_get_end_julian (&period);
    }

  return TRUE;

invalid:
  g_set_error_literal (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID, local_error->message);
  return FALSE;
}

/* The subject and metric conditions of @filter, on columns named with @prefix. Only
 * the conditions in use go in, so SQLite can pick the matching index; parameters are
 * numbered, so leaving one out does not renumber the others. */
static void
append_subject (GString                    *sql,
                const GpmObservationFilter *filter,
                const char                 *prefix)
{
  if (filter->vendor_id != 0)
    g_string_append_printf (sql, " AND %svendor_id = ?1", prefix);
  if (filter->scope_id != 0)
    g_string_append_printf (sql, " AND %sscope_id = ?2", prefix);
  if (filter->metric_id != 0)
    g_string_append_printf (sql, " AND %smetric_id = ?3", prefix);
}

static GPtrArray *
query_observations (GpmStore                    *self,
                    const GpmObservationFilter  *filter,
                    GpmStoreVisitFunc            visit,
                    gpointer                     user_data,
                    GCancellable                *cancellable,
                    GError                     **error)
{
  static const GpmObservationFilter any = { 0, };
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;
  gint64 from_day, to_day;

  g_return_val_if_fail (GPM_IS_STORE (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (filter == NULL)
    filter = &any;
  if (!parse_range (filter->from, filter->to, &from_day, &to_day, error)
      || g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  sql = g_string_new ("SELECT o.id, o.vendor_id, o.scope_id, o.metric_id, o.period, o.value,"
                      " o.unit, o.qualifier, o.status, o.doubtful, o.source_id, o.quote,"
                      " o.note, coalesce (v.name, s.name),"
                      " coalesce (nullif (v.name_zh, ''), s.name_zh), m.key, src.title"
                      " FROM observations o"
                      " LEFT JOIN vendors v ON v.id = o.vendor_id"
                      " LEFT JOIN scopes s ON s.id = o.scope_id"
                      " JOIN metrics m ON m.id = o.metric_id"
                      " JOIN sources src ON src.id = o.source_id"
                      " WHERE 1");
  append_subject (sql, filter, "o.");
  if (from_day != 0)
    g_string_append (sql, " AND gpm_period_end (o.period) >= ?4");
  if (to_day != 0)
    g_string_append (sql, " AND gpm_period_start (o.period) <= ?5");
  if (filter->latest > 0)
    {
      /* Walks the (subject, metric, period) index from its end; the range applies to
       * what it finds. */
      g_string_append (sql, " AND o.id IN (SELECT id FROM observations WHERE 1");
      append_subject (sql, filter, "");
      g_string_append (sql, " ORDER BY period DESC, id DESC LIMIT ?6)");
    }
  g_string_append (sql, " ORDER BY coalesce (v.name, s.name) COLLATE NOCASE, m.key,"
                       " gpm_period_key (o.period), o.id");

  locker = g_mutex_locker_new (&self->lock);
  stmt = gpm_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;

  if (filter->vendor_id != 0)
    sqlite3_bind_int64 (stmt, 1, filter->vendor_id);
  if (filter->scope_id != 0)
    sqlite3_bind_int64 (stmt, 2, filter->scope_id);
  if (filter->metric_id != 0)
    sqlite3_bind_int64 (stmt, 3, filter->metric_id);
  if (from_day != 0)
    sqlite3_bind_int64 (stmt, 4, from_day);
  if (to_day != 0)
    sqlite3_bind_int64 (stmt, 5, to_day);
  if (filter->latest > 0)
    sqlite3_bind_int64 (stmt, 6, filter->latest);

  return collect_each (self, stmt, read_observation, visit, user_data, cancellable, error);
}

GPtrArray *
gpm_store_list_observations (GpmStore                    *self,
                             const GpmObservationFilter  *filter,
                             GCancellable                *cancellable,
                             GError                     **error)
{
  return query_observations (self, filter, NULL, NULL, cancellable, error);
}

/**
 * gpm_store_foreach_observation:
 * @visit: called with each figure in turn, in the order of gpm_store_list_observations ()
 *
 * Like gpm_store_list_observations (), without holding every figure at once: for
 * exports of tables that may be large. @visit runs with the store locked, so it must not
 * call the store. Returns FALSE with the error @visit set when it stops.
 */
gboolean
gpm_store_foreach_observation (GpmStore                    *self,
                               const GpmObservationFilter  *filter,
                               GpmStoreVisitFunc            visit,
                               gpointer                     user_data,
                               GCancellable                *cancellable,
                               GError                     **error)
{
  g_autoptr(GPtrArray) none = NULL;

  g_return_val_if_fail (visit != NULL, FALSE);

  none = query_observations (self, filter, visit, user_data, cancellable, error);
  return none != NULL;
}

static void
bind_range (GpmStmt *stmt,
            gint64   from_day,
            gint64   to_day)
{
  /* An open end binds a bound no period can pass. */
  sqlite3_bind_int64 (stmt, 1, from_day != 0 ? from_day : G_MININT64);
  sqlite3_bind_int64 (stmt, 2, to_day != 0 ? to_day : G_MAXINT64);
}

/* Fills the vendor ids and names of @events (ordered by date) from event_vendors. */
static gboolean
fill_event_vendors (GpmStore      *self,
                    GPtrArray     *events,
                    gint64         from_day,
                    gint64         to_day,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                       g_free, NULL);
  g_autoptr(GpmStmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) names = g_string_new (NULL);
  GpmEvent *current = NULL;
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
                            " JOIN events e ON e.id = ev.event_id"
                            " JOIN vendors v ON v.id = ev.vendor_id"
                            " WHERE gpm_period_end (e.date) >= ?1"
                            " AND gpm_period_start (e.date) <= ?2"
                            " ORDER BY ev.event_id, v.name COLLATE NOCASE",
                            error);
  if (stmt == NULL)
    return FALSE;
  bind_range (stmt, from_day, to_day);

  gpm_store_watch_cancellable (self, cancellable);
  while (ok && has_row)
    {
      gint64 event_id = 0;
      GpmEvent *event = NULL;

      ok = gpm_store_step (self, stmt, &has_row, error);
      if (ok && has_row)
        {
          event_id = sqlite3_column_int64 (stmt, 0);
          event = g_hash_table_lookup (by_id, &event_id);
        }

      /* Rows come grouped by event: hand over the group when the next one starts. */
      if (current != NULL && event != current)
        {
          gpm_event_set_vendor_ids (current, (const gint64 *) (gpointer) ids->data, ids->len);
          gpm_event_set_labels (current, names->str);
          g_array_set_size (ids, 0);
          g_string_truncate (names, 0);
        }
      current = event;

      if (event != NULL)
        {
          gint64 vendor_id = sqlite3_column_int64 (stmt, 1);

          g_array_append_val (ids, vendor_id);
          g_string_append_printf (names, "%s%s", names->len > 0 ? ";" : "",
                                  text_or_empty (stmt, 2));
        }
    }
  gpm_store_unwatch_cancellable (self);

  return ok;
}

GPtrArray *
gpm_store_list_events (GpmStore      *self,
                       const char    *from,
                       const char    *to,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autoptr(GPtrArray) events = NULL;
  gint64 from_day, to_day;

  g_return_val_if_fail (GPM_IS_STORE (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!parse_range (from, to, &from_day, &to_day, error)
      || g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  locker = g_mutex_locker_new (&self->lock);
  stmt = gpm_store_prepare (self,
                            "SELECT id, date, category, title, title_zh, source_id, quote, note"
                            " FROM events"
                            " WHERE gpm_period_end (date) >= ?1"
                            " AND gpm_period_start (date) <= ?2"
                            " ORDER BY gpm_period_key (date), id",
                            error);
  if (stmt == NULL)
    return NULL;
  bind_range (stmt, from_day, to_day);

  events = collect (self, stmt, read_event, cancellable, error);
  if (events == NULL
      || !fill_event_vendors (self, events, from_day, to_day, cancellable, error))
    return NULL;

  return g_steal_pointer (&events);
}

/* Async: the same queries on a worker thread. The objects are created there and handed
 * over with the result; nothing else touches them until the callback runs. */

typedef struct
{
  GpmStoreList  which;
  gint64        vendor_id;
  gint64        scope_id;
  gint64        metric_id;
  char         *from;
  char         *to;
} ListData;

static void
list_data_free (ListData *data)
{
  g_free (data->from);
  g_free (data->to);
  g_free (data);
}

static void
return_list (GTask     *task,
             GPtrArray *items,
             GError    *error)
{
  if (items != NULL)
    g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GpmStore *self = source_object;
  ListData *data = task_data;
  GError *error = NULL;
  GPtrArray *items = NULL;

  switch (data->which)
    {
    case GPM_STORE_LIST_VENDORS:
      items = gpm_store_list_vendors (self, cancellable, &error);
      break;

    case GPM_STORE_LIST_METRICS:
      items = gpm_store_list_metrics (self, cancellable, &error);
      break;

    case GPM_STORE_LIST_SCOPES:
      items = gpm_store_list_scopes (self, cancellable, &error);
      break;

    case GPM_STORE_LIST_SOURCES:
      items = gpm_store_list_sources (self, cancellable, &error);
      break;

    case GPM_STORE_LIST_SAVED_CHARTS:
    default:
      items = gpm_store_list_saved_charts (self, cancellable, &error);
      break;
    }

  return_list (task, items, error);
}

static void
observations_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  ListData *data = task_data;
  GpmObservationFilter filter = {
    data->vendor_id, data->scope_id, data->metric_id, data->from, data->to,
  };
  GError *error = NULL;
  GPtrArray *items;

  items = gpm_store_list_observations (source_object, &filter, cancellable, &error);
  return_list (task, items, error);
}

static void
events_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ListData *data = task_data;
  GError *error = NULL;
  GPtrArray *items;

  items = gpm_store_list_events (source_object, data->from, data->to, cancellable, &error);
  return_list (task, items, error);
}

static void
run_list_task (GpmStore            *self,
               ListData            *data,
               gpointer             source_tag,
               GTaskThreadFunc      thread_func,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) list_data_free);
  g_task_run_in_thread (task, thread_func);
}

static GPtrArray *
finish_list (GpmStore      *self,
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
gpm_store_list_async (GpmStore            *self,
                      GpmStoreList         which,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  ListData *data;

  g_return_if_fail (GPM_IS_STORE (self));

  data = g_new0 (ListData, 1);
  data->which = which;
  run_list_task (self, data, gpm_store_list_async, list_thread,
                 cancellable, callback, user_data);
}

GPtrArray *
gpm_store_list_finish (GpmStore      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  return finish_list (self, result, gpm_store_list_async, error);
}

void
gpm_store_list_observations_async (GpmStore                   *self,
                                   const GpmObservationFilter *filter,
                                   GCancellable               *cancellable,
                                   GAsyncReadyCallback         callback,
                                   gpointer                    user_data)
{
  ListData *data;

  g_return_if_fail (GPM_IS_STORE (self));

  /* A copy: the caller's filter and its strings may be gone before the thread runs. */
  data = g_new0 (ListData, 1);
  if (filter != NULL)
    {
      data->vendor_id = filter->vendor_id;
      data->scope_id = filter->scope_id;
      data->metric_id = filter->metric_id;
      data->from = g_strdup (filter->from);
      data->to = g_strdup (filter->to);
    }
  run_list_task (self, data, gpm_store_list_observations_async, observations_thread,
                 cancellable, callback, user_data);
}

GPtrArray *
gpm_store_list_observations_finish (GpmStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return finish_list (self, result, gpm_store_list_observations_async, error);
}

void
gpm_store_list_events_async (GpmStore            *self,
                             const char          *from,
                             const char          *to,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  ListData *data;

  g_return_if_fail (GPM_IS_STORE (self));

  data = g_new0 (ListData, 1);
  data->from = g_strdup (from);
  data->to = g_strdup (to);
  run_list_task (self, data, gpm_store_list_events_async, events_thread,
                 cancellable, callback, user_data);
}

GPtrArray *
gpm_store_list_events_finish (GpmStore      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return finish_list (self, result, gpm_store_list_events_async, error);
}
