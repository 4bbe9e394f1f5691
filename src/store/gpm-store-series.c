/* gpm-store-series.c — a series of figures into arrays, a million rows in well under a
 * second.
 *
 * Two ways to the rows. Through the (subject, metric, period) index they come in
 * period-text order, but SQLite looks each one up in the table again: 190 ns a figure
 * for a series of a million, measured. A pass over the table reads a row in 60–80 ns
 * whether the chart wants it or not, so once a series is a large part of the table
 * the pass is cheaper — and, unlike the index walk, it splits: the first half of the
 * ids is read on this thread and connection, the second half on a second, read-only
 * connection (gpm_store_get_helper ()) and thread, together on two cores.
 *
 * Both connections must read the same state of the file. WAL gives each its own
 * snapshot from its first read; no other connection may commit between the two. The
 * store's connection asks PRAGMA data_version before its transaction and after it: an
 * unchanged number means nobody committed in between, and the helper's whole read lies
 * in between. Otherwise the series is read again by one connection.
 *
 * Which way is chosen from a sample: 256 ids spread evenly over the table are looked
 * up (well under a millisecond) and the share of them in the series decides.
 * A period range narrows either by year (the text starts with it) and is then applied
 * exactly, as the rows are read (gpm-store-series-rows.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gpm-period.h"
#include "gpm-store-series-private.h"

typedef GpmSeriesReader Reader;

/* Tables with fewer figures than this are always read through the index. */
#define SCAN_MIN_ROWS 65536
/* Ids looked up to estimate a series' share of the table. */
#define SAMPLES 256

/* How a statement reaches the figures. */
typedef enum
{
  ACCESS_INDEX,   /* through the (subject, metric, period) index, in period order */
  ACCESS_TABLE,   /* a pass over the ids from ?6 up to ?7, in id order */
  ACCESS_SAMPLE,  /* count the series' figures among SAMPLES ids from ?6, ?7 apart */
} Access;

/* The ids of the table, and how the series is read. */
typedef struct
{
  Access access;
  gint64 first_id;
  gint64 last_id;
  gint64 expected;   /* figures a table scan should find, from the sample */
} Plan;

/* The range in Julian days (0 for an open end) and in years, for the index scan. */
static gboolean
parse_bounds (const GpmObservationFilter  *filter,
              Reader                      *reader,
              int                         *from_year,
              int                         *to_year,
              GError                     **error)
{
  g_autoptr(GError) local_error = NULL;
  GpmPeriod period;

  *from_year = *to_year = 0;
  if (filter->from != NULL && *filter->from != '\0')
    {
      if (!gpm_period_parse (filter->from, &period, &local_error))
        goto invalid;
      reader->from_day = gpm_period_get_start_julian (&period);
      *from_year = period.year;
    }
  if (filter->to != NULL && *filter->to != '\0')
    {
      if (!gpm_period_parse (filter->to, &period, &local_error))
        goto invalid;
      reader->to_day = gpm_period_get_end_julian (&period);
      *to_year = period.year;
    }

  return TRUE;

invalid:
  g_set_error_literal (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID, local_error->message);
  return FALSE;
}

static char *
build_sql (const char                 *columns,
           const GpmObservationFilter *filter,
           gboolean                    ranged_from,
           gboolean                    ranged_to,
           Access                      access)
{
  GString *sql = g_string_new (NULL);

  switch (access)
    {
    case ACCESS_SAMPLE:
      /* CROSS JOIN keeps the ids outside: each is one lookup by id. */
      g_string_append (sql, "SELECT count(*) FROM (WITH RECURSIVE s(i) AS (VALUES (0) UNION"
                            " ALL SELECT i + 1 FROM s WHERE i < " G_STRINGIFY (SAMPLES) " - 1)"
                            " SELECT 1 FROM s CROSS JOIN observations"
                            " ON observations.id = ?6 + s.i * ?7 WHERE 1");
      break;
    case ACCESS_TABLE:
      g_string_append_printf (sql, "SELECT %s FROM observations NOT INDEXED"
                                   " WHERE id >= ?6 AND id < ?7", columns);
      break;
    case ACCESS_INDEX:
    default:
      g_string_append_printf (sql, "SELECT %s FROM observations WHERE 1", columns);
      break;
    }

  /* Only the conditions in use, so SQLite picks the (subject, metric, period) index;
   * numbered parameters, so leaving one out does not renumber the others. */
  if (filter->vendor_id != 0)
    g_string_append (sql, " AND vendor_id = ?1");
  if (filter->scope_id != 0)
    g_string_append (sql, " AND scope_id = ?2");
  if (filter->metric_id != 0)
    g_string_append (sql, " AND metric_id = ?3");
  if (ranged_from)
    g_string_append (sql, " AND period >= ?4");
  if (ranged_to)
    g_string_append (sql, " AND period < ?5");
  if (access == ACCESS_INDEX)
    g_string_append (sql, " ORDER BY period, id");
  else if (access == ACCESS_SAMPLE)
    g_string_append (sql, ")");

  return g_string_free (sql, FALSE);
}

static gboolean
check_columns (const GpmSeriesColumns *columns)
{
  g_return_val_if_fail (columns->x_start_days != NULL && columns->x_start_days->len == 0,
                        FALSE);
  g_return_val_if_fail (columns->x_end_days != NULL && columns->x_end_days->len == 0, FALSE);
  g_return_val_if_fail (columns->values != NULL && columns->values->len == 0, FALSE);
  g_return_val_if_fail ((columns->unit_indices == NULL) == (columns->units == NULL), FALSE);
  g_return_val_if_fail ((columns->source_indices == NULL) == (columns->source_ids == NULL),
                        FALSE);

  return TRUE;
}

/* What is read: the filter and its year bounds as period text. */
typedef struct
{
  const GpmObservationFilter *filter;
  const char                 *from_text;
  const char                 *to_text;
} Query;

/* A statement over the figures @query selects, its parameters bound. */
static GpmStmt *
prepare_filtered (GpmStore     *self,
                  const char   *columns,
                  const Query  *query,
                  Access        access,
                  GError      **error)
{
  const GpmObservationFilter *filter = query->filter;
  g_autofree char *sql = build_sql (columns, filter, query->from_text != NULL,
                                    query->to_text != NULL, access);
  GpmStmt *stmt = gpm_store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;
  if (filter->vendor_id != 0)
    sqlite3_bind_int64 (stmt, 1, filter->vendor_id);
  if (filter->scope_id != 0)
    sqlite3_bind_int64 (stmt, 2, filter->scope_id);
  if (filter->metric_id != 0)
    sqlite3_bind_int64 (stmt, 3, filter->metric_id);
  if (query->from_text != NULL)
    sqlite3_bind_text (stmt, 4, query->from_text, -1, SQLITE_TRANSIENT);
  if (query->to_text != NULL)
    sqlite3_bind_text (stmt, 5, query->to_text, -1, SQLITE_TRANSIENT);

  return stmt;
}

/* Steps @stmt to its end, handing each row to @row; watches @cancellable. */
static gboolean
step_all (GpmStore      *self,
          GpmStmt       *stmt,
          gboolean     (*row) (Reader *, GpmStmt *, GError **),
          Reader        *reader,
          GCancellable  *cancellable,
          GError       **error)
{
  gboolean has_row = TRUE;
  gboolean ok = TRUE;

  gpm_store_watch_cancellable (self, cancellable);
  for (guint n = 0; ok && has_row; n++)
    {
      /* The progress handler covers SQLite's work; this covers ours. */
      if (n % 4096 == 4095 && g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else if ((ok = gpm_store_step (self, stmt, &has_row, error)) && has_row)
        ok = row (reader, stmt, error);
    }
  gpm_store_unwatch_cancellable (self);

  return ok;
}

/* Reads the series' figures with ids from @first_id up to @end_id by a table scan, or all
 * of them through the index. */
static gboolean
read_rows (GpmStore      *self,
           const Query   *query,
           Access         access,
           gint64         first_id,
           gint64         end_id,
           Reader        *reader,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GpmStmt) stmt = prepare_filtered (self, GPM_SERIES_SELECT, query, access, error);

  if (stmt == NULL)
    return FALSE;
  if (access == ACCESS_TABLE)
    {
      sqlite3_bind_int64 (stmt, 6, first_id);
      sqlite3_bind_int64 (stmt, 7, end_id);
    }

  return step_all (self, stmt, gpm_series_read_row, reader, cancellable, error);
}

static gboolean
read_quote (Reader   *reader,
            GpmStmt  *stmt,
            GError  **error)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  gpointer index;

  if (g_hash_table_lookup_extended (reader->quote_index, &id, NULL, &index))
    {
      GPtrArray *quotes = reader->out->quotes;
      guint i = GPOINTER_TO_UINT (index);

      g_free (quotes->pdata[i]);
      quotes->pdata[i] = g_strdup (gpm_stmt_text (stmt, 1));
    }

  return TRUE;
}

/* The second pass of a small series: its quotes, matched to the rows by id. */
static gboolean
read_quotes (GpmStore      *self,
             Reader        *reader,
             const Query   *query,
             GCancellable  *cancellable,
             GError       **error)
{
  GArray *ids = reader->detail_ids;
  g_autoptr(GHashTable) quote_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GpmStmt) stmt = NULL;

  g_ptr_array_set_size (reader->out->quotes, ids->len);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_insert (quote_index, &g_array_index (ids, gint64, i), GUINT_TO_POINTER (i));
  reader->quote_index = quote_index;

  stmt = prepare_filtered (self, "id, quote", query, ACCESS_INDEX, error);

  return stmt != NULL && step_all (self, stmt, read_quote, reader, cancellable, error);
}


/* ---------------------------------------------------------------- the plan */

static GpmSeriesAccess access_for_test = GPM_SERIES_ACCESS_AUTO;
static GFunc split_hook_for_test;
static gpointer split_hook_data;

/* Calls @hook (@data, NULL) on the reading thread as each split read starts, while both
 * halves read: a test commits through another connection there, as another process
 * could, and sees the read done again. NULL removes it. */
void
gpm_store_series_set_split_hook_for_test (GFunc    hook,
                                          gpointer data)
{
  split_hook_for_test = hook;
  split_hook_data = data;
}

/* Makes every read take one way (GPM_SERIES_ACCESS_AUTO: choose again), so a test can
 * compare the ways on the same figures. */
void
gpm_store_series_set_access_for_test (GpmSeriesAccess access)
{
  access_for_test = access;
}

/* The table's ids, and whether the series is read through the index or by a scan. */
static gboolean
make_plan (GpmStore     *self,
           const Query  *query,
           gboolean      split,
           Plan         *plan,
           GError      **error)
{
  g_autoptr(GpmStmt) stmt = NULL;
  gint64 in_series, step;
  gboolean has_row;

  plan->access = ACCESS_INDEX;
  plan->expected = 0;
  if (!gpm_edit_query (self, "SELECT coalesce(min(id), 0) FROM observations", 0, 0, NULL,
                       &plan->first_id, error)
      || !gpm_edit_query (self, "SELECT coalesce(max(id), 0) FROM observations", 0, 0, NULL,
                          &plan->last_id, error))
    return FALSE;
  if (access_for_test != GPM_SERIES_ACCESS_AUTO)
    {
      plan->access = access_for_test == GPM_SERIES_ACCESS_INDEX ? ACCESS_INDEX : ACCESS_TABLE;
      return TRUE;
    }
  /* The span of ids bounds the number of rows. */
  if (plan->last_id - plan->first_id + 1 < SCAN_MIN_ROWS)
    return TRUE;

  step = (plan->last_id - plan->first_id + 1) / SAMPLES;
  stmt = prepare_filtered (self, "1", query, ACCESS_SAMPLE, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 6, plan->first_id);
  sqlite3_bind_int64 (stmt, 7, step);
  if (!gpm_store_step (self, stmt, &has_row, error))
    return FALSE;
  in_series = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  plan->expected = in_series * step;

  /* A scan on two cores costs half of one; the index costs the same either way. */
  if (in_series >= (split ? SAMPLES / 4 : SAMPLES / 2))
    plan->access = ACCESS_TABLE;

  return TRUE;
}

/* ---------------------------------------------------------------- the split scan */

/* The second half of a table scan, read on its own thread and connection. */
typedef struct
{
  GpmStore         *helper;
  const Query      *query;
  gint64            first_id;
  gint64            end_id;
  GpmSeriesColumns  columns;
  Reader            reader;
  GCancellable     *cancellable;
  GError           *error;
  gboolean          ok;
} Part;

static gpointer
read_part (gpointer data)
{
  Part *part = data;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&part->helper->lock);

  part->ok = gpm_store_exec (part->helper, "BEGIN", &part->error)
             && read_rows (part->helper, part->query, ACCESS_TABLE, part->first_id,
                           part->end_id, &part->reader, part->cancellable, &part->error);
  gpm_store_exec (part->helper, "COMMIT", NULL);
  gpm_series_reader_finish (&part->reader);

  return NULL;
}

static gboolean
read_split (GpmStore      *self,
            GpmStore      *helper,
            const Query   *query,
            const Plan    *plan,
            Reader        *reader,
            GCancellable  *cancellable,
            GError       **error)
{
  gint64 middle = plan->first_id + (plan->last_id - plan->first_id + 1) / 2;
  Part part = { helper, query, middle, plan->last_id + 1, };
  GThread *thread;
  gboolean ok;

  gpm_series_columns_init_like (&part.columns, reader->out);
  gpm_series_reader_init (&part.reader, &part.columns);
  part.reader.from_day = reader->from_day;
  part.reader.to_day = reader->to_day;
  part.cancellable = cancellable;
  /* The first half's arrays take the second's without growing again. */
  reader->expected = (guint) MIN (plan->expected, G_MAXUINT32 / 4);
  part.reader.expected = reader->expected / 2;

  thread = g_thread_new ("gpm-series-part", read_part, &part);
  if (split_hook_for_test != NULL)
    split_hook_for_test (split_hook_data, NULL);
  ok = read_rows (self, query, ACCESS_TABLE, plan->first_id, middle, reader, cancellable,
                  error);
  g_thread_join (thread);
  gpm_series_reader_finish (reader);

  if (ok && !part.ok)
    {
      g_propagate_error (error, g_steal_pointer (&part.error));
      ok = FALSE;
    }
  ok = ok && gpm_series_reader_merge (reader, &part.reader, error);

  g_clear_error (&part.error);
  gpm_series_reader_clear (&part.reader);
  gpm_series_columns_clear (&part.columns);

  return ok;
}

/* The number PRAGMA data_version gives: it changes when another connection commits. */
static gboolean
data_version (GpmStore  *self,
              gint64    *version,
              GError   **error)
{
  return gpm_edit_query (self, "PRAGMA data_version", 0, 0, NULL, version, error);
}

/* ---------------------------------------------------------------- reading */

/* One read of the series in one transaction. With @may_split a table scan may be split
 * across the helper connection; *@torn then says whether another connection committed
 * meanwhile, in which case the two halves may come from different states. */
static gboolean
read_once (GpmStore      *self,
           const Query   *query,
           Reader        *reader,
           gboolean       may_split,
           gboolean      *torn,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  GpmStore *helper = may_split ? gpm_store_get_helper (self) : NULL;
  gint64 before = 0, after = 0;
  gboolean ok;
  Plan plan;

  *torn = FALSE;
  if (helper != NULL && !data_version (self, &before, error))
    return FALSE;
  /* One snapshot for both passes, should another process write in between. */
  if (!gpm_store_exec (self, "BEGIN", error))
    return FALSE;

  ok = make_plan (self, query, helper != NULL, &plan, error);
  if (ok && plan.access == ACCESS_TABLE && helper != NULL)
    ok = read_split (self, helper, query, &plan, reader, cancellable, error);
  else
    {
      helper = NULL;
      if (plan.access == ACCESS_TABLE)
        reader->expected = (guint) MIN (plan.expected, G_MAXUINT32 / 4);
      ok = ok && read_rows (self, query, plan.access, plan.first_id, plan.last_id + 1, reader,
                            cancellable, error);
      gpm_series_reader_finish (reader);
    }

  if (ok && !reader->sorted)
    gpm_series_reader_sort (reader);
  if (ok && reader->details && reader->out->quotes != NULL)
    ok = read_quotes (self, reader, query, cancellable, error);
  if (ok && !reader->details && reader->out->quotes != NULL)
    g_ptr_array_set_size (reader->out->quotes, 0);

  gpm_store_exec (self, "COMMIT", NULL);

  if (ok && helper != NULL)
    {
      ok = data_version (self, &after, error);
      *torn = after != before;
    }

  return ok;
}

/**
 * gpm_store_read_series:
 * @filter: the subject, metric and period range; NULL for every figure
 * @columns: the arrays to fill (see GpmSeriesColumns)
 *
 * Reads the figures @filter selects into @columns, in period order. On error the
 * arrays hold whatever had been read; empty them before reusing them.
 */
gboolean
gpm_store_read_series (GpmStore                    *self,
                       const GpmObservationFilter  *filter,
                       GpmSeriesColumns            *columns,
                       GCancellable                *cancellable,
                       GError                     **error)
{
  static const GpmObservationFilter any = { 0, };
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  gboolean may_split = access_for_test == GPM_SERIES_ACCESS_AUTO
                       ? g_get_num_processors () > 1
                       : access_for_test == GPM_SERIES_ACCESS_SPLIT;
  gboolean torn = TRUE;
  gboolean ok = TRUE;
  int from_year, to_year;

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (columns != NULL && check_columns (columns), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (filter == NULL)
    filter = &any;

  /* A torn split read is thrown away and done again by one connection. */
  for (guint attempt = 0; ok && torn; attempt++, may_split = FALSE)
    {
      Reader reader;
      Query query = { filter, NULL, NULL };

      gpm_series_columns_empty (columns);
      gpm_series_reader_init (&reader, columns);
      ok = parse_bounds (filter, &reader, &from_year, &to_year, error)
           && !g_cancellable_set_error_if_cancelled (cancellable, error);
      if (ok && attempt == 0)
        {
          /* Every period's text starts with its four-digit year, so years bound it. */
          from_text = from_year > 0 ? g_strdup_printf ("%04d", from_year) : NULL;
          to_text = to_year > 0 ? g_strdup_printf ("%04d", to_year + 1) : NULL;
        }
      query.from_text = from_text;
      query.to_text = to_text;
      ok = ok && read_once (self, &query, &reader, may_split, &torn, cancellable, error);
      gpm_series_reader_clear (&reader);
    }

  return ok;
}

/* ---------------------------------------------------------------- test hook */

/* Writes @n figures of one series in one transaction, for tests and benchmarks that
 * need more figures than the edit API writes in reasonable time (one transaction and
 * one undo record a figure). Nothing is validated beyond the schema's constraints. */
gboolean
gpm_store_insert_series_for_test (GpmStore            *self,
                                  gint64               vendor_id,
                                  gint64               scope_id,
                                  gint64               metric_id,
                                  const char * const  *periods,
                                  const double        *values,
                                  gsize                n,
                                  const char          *unit,
                                  gint64               source_id,
                                  const char          *quote,
                                  GError             **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  g_autoptr(GpmStmt) stmt = NULL;
  gboolean ok;

  if (!gpm_store_check_writable (self, error) || !gpm_store_begin (self, error))
    return FALSE;

  stmt = gpm_store_prepare (self,
                            "INSERT INTO observations (vendor_id, scope_id, metric_id, period,"
                            " value, unit, source_id, quote) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                            " ?7, ?8)",
                            error);
  ok = stmt != NULL;
  for (gsize i = 0; ok && i < n; i++)
    {
      sqlite3_reset (stmt);
      gpm_edit_bind_id_or_null (stmt, 1, vendor_id);
      gpm_edit_bind_id_or_null (stmt, 2, scope_id);
      sqlite3_bind_int64 (stmt, 3, metric_id);
      sqlite3_bind_text (stmt, 4, periods[i], -1, SQLITE_STATIC);
      sqlite3_bind_double (stmt, 5, values[i]);
      sqlite3_bind_text (stmt, 6, unit, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 7, source_id);
      sqlite3_bind_text (stmt, 8, quote, -1, SQLITE_STATIC);
      ok = gpm_store_run (self, stmt, error);
    }

  if (!ok || !gpm_store_commit (self, error))
    {
      gpm_store_rollback (self);
      return FALSE;
    }

  /* The statement goes back (reset) while the lock still guards it. */
  g_clear_pointer (&stmt, gpm_stmt_release);
  g_clear_pointer (&locker, g_mutex_locker_free);
  gpm_store_emit_changed (self, "observations");

  return TRUE;
}

/* @n daily figures from 1 January of @year, valued 0, 1, 2 …, of one metric of a vendor,
 * in units, from the first source (the bundled article); the periods written are added
 * to @periods (free func g_free) when it is given. */
gboolean
gpm_store_insert_days_for_test (GpmStore   *self,
                                gint64      vendor_id,
                                gint64      metric_id,
                                int         year,
                                guint       n,
                                GPtrArray  *periods,
                                GError    **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new (double, MAX (n, 1));
  g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_JANUARY, year);
  gboolean ok;

  for (guint i = 0; i < n; i++, g_date_add_days (day, 1))
    {
      g_ptr_array_add (texts, g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day),
                                               g_date_get_month (day), g_date_get_day (day)));
      values[i] = i;
    }
  ok = gpm_store_insert_series_for_test (self, vendor_id, 0, metric_id,
                                         (const char * const *) texts->pdata, values, n,
                                         "units", 1, "A sentence.", error);
  if (ok && periods != NULL)
    for (guint i = 0; i < n; i++)
      g_ptr_array_add (periods, g_strdup (g_ptr_array_index (texts, i)));

  return ok;
}
