/* gpm-store-series.c — a series of figures into arrays, a million rows in well under a
 * second.
 *
 * Where the time goes, measured on a million daily figures: stepping SQLite and
 * fetching the columns is most of it; the rest was the period. Parsing periods in SQL
 * (gpm_period_start/end per row) parses each text twice through GDate and costs more
 * than the step itself, so the text is read once and turned into days here, with
 * "YYYY-MM-DD" done by arithmetic and the other forms by gpm-period (the test checks
 * both agree over every day the app allows). Sorting by gpm_period_key () in SQL would
 * sort a million rows in a temporary b-tree; the (subject, metric, period) indexes
 * already give the rows in period-text order, which is the chronological order for any
 * series of one precision, so the rows are read in that order and sorted here only when
 * a series mixes precisions ("2025-Q1" sorts after "2025-07" as text). A period range
 * narrows the index scan by year (the text starts with it) and is then applied exactly.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gpm-period.h"
#include "gpm-store-private.h"
#include "gpm-store-series.h"

/* Julian day (GDate numbering) of 1970-01-01, where chart x values start. */
#define JULIAN_1970 719163

/* Columns of the SELECT below. */
enum
{
  COL_PERIOD,
  COL_VALUE,
  COL_UNIT,
  COL_QUALIFIER,
  COL_STATUS,
  COL_DOUBTFUL,
  COL_SOURCE,
  COL_ID,
};

typedef struct
{
  GpmSeriesColumns *out;
  gint64            from_day;      /* Julian days; 0 for an open end */
  gint64            to_day;
  gboolean          details;       /* still keeping periods (and ids, for the quotes) */
  GArray           *detail_ids;    /* gint64, the figures' ids while details are kept */
  gboolean          sorted;        /* every key so far at or after the one before */
  gint64            last_key;
  const char       *last_unit;     /* in out->units */
  gsize             last_unit_len;
  guint8            last_unit_index;
  gint64            last_source;
  guint32           last_source_index;
  GHashTable       *source_index;  /* source id → index + 1 */
  GHashTable       *quote_index;   /* figure id → row, for the quotes */
  guint             n;             /* rows kept; the arrays are grown ahead of it */
  guint             capacity;
} Reader;

/* The per-row arrays of @out, for growing them together. */
static GArray **
row_arrays (GpmSeriesColumns *out,
            GArray          **arrays)
{
  arrays[0] = out->x_start_days;
  arrays[1] = out->x_end_days;
  arrays[2] = out->values;
  arrays[3] = out->flags;
  arrays[4] = out->observation_ids;
  arrays[5] = out->unit_indices;
  arrays[6] = out->source_indices;

  return arrays;
}

#define N_ROW_ARRAYS 7

/* Rows are written in place rather than appended one value at a time: a million rows
 * of seven appends each was a tenth of the read. */
static void
reserve_row (Reader *reader)
{
  GArray *arrays[N_ROW_ARRAYS];

  if (reader->n < reader->capacity)
    return;

  reader->capacity = MAX (4096, reader->capacity * 2);
  row_arrays (reader->out, arrays);
  for (guint i = 0; i < N_ROW_ARRAYS; i++)
    if (arrays[i] != NULL)
      g_array_set_size (arrays[i], reader->capacity);
}

static void
finish_rows (Reader *reader)
{
  GArray *arrays[N_ROW_ARRAYS];

  row_arrays (reader->out, arrays);
  for (guint i = 0; i < N_ROW_ARRAYS; i++)
    if (arrays[i] != NULL)
      g_array_set_size (arrays[i], reader->n);
}

static inline gboolean
is_leap (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static const int days_in_month[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

/* GDate's Julian day of a valid date, by arithmetic: day 1 is 0001-01-01. */
static inline gint64
julian_of (int year,
           int month,
           int day)
{
  static const int days_before[13] = { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
  gint64 y = year - 1;
  gint64 julian = y * 365 + y / 4 - y / 100 + y / 400 + days_before[month] + day;

  if (month > 2 && is_leap (year))
    julian++;

  return julian;
}

static inline int
two_digits (const char *p)
{
  return (p[0] - '0') * 10 + (p[1] - '0');
}

/* "YYYY-MM-DD" in the years the app allows, without GDate; FALSE for any other text. */
static gboolean
parse_day (const char *text,
           int         length,
           gint64     *julian)
{
  int year, month, day;

  if (length != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = two_digits (text) * 100 + two_digits (text + 2);
  month = two_digits (text + 5);
  day = two_digits (text + 8);
  if (year < GPM_PERIOD_MIN_YEAR || year > GPM_PERIOD_MAX_YEAR || month < 1 || month > 12
      || day < 1 || day > days_in_month[month] + (month == 2 && is_leap (year)))
    return FALSE;

  *julian = julian_of (year, month, day);
  return TRUE;
}

/* The period's first and last Julian day and its precision; FALSE for invalid text. */
static gboolean
period_span (const char *text,
             int         length,
             gint64     *start,
             gint64     *end,
             int        *precision)
{
  GpmPeriod period;

  if (parse_day (text, length, start))
    {
      *end = *start;
      *precision = GPM_PRECISION_DAY;
      return TRUE;
    }
  if (text == NULL || !gpm_period_parse (text, &period, NULL))
    return FALSE;

  *start = gpm_period_get_start_julian (&period);
  *end = gpm_period_get_end_julian (&period);
  *precision = period.precision;
  return TRUE;
}

static guint8
read_flags (GpmStmt *stmt)
{
  const char *qualifier = gpm_stmt_text (stmt, COL_QUALIFIER);
  const char *status = gpm_stmt_text (stmt, COL_STATUS);
  guint8 flags = GPM_SERIES_REPORTED;

  /* The schema's CHECK constraints allow only these words; their first letters differ. */
  if (status != NULL && status[0] == 'f')
    flags = GPM_SERIES_FORECAST;
  else if (status != NULL && status[0] == 'e')
    flags = GPM_SERIES_ESTIMATE;

  if (qualifier != NULL && qualifier[0] == 'a')
    flags |= GPM_SERIES_ABOUT << GPM_SERIES_QUALIFIER_SHIFT;
  else if (qualifier != NULL && qualifier[0] == 'm')
    flags |= GPM_SERIES_MORE_THAN << GPM_SERIES_QUALIFIER_SHIFT;
  else if (qualifier != NULL && qualifier[0] == 'l')
    flags |= GPM_SERIES_LESS_THAN << GPM_SERIES_QUALIFIER_SHIFT;

  if (sqlite3_column_int (stmt, COL_DOUBTFUL) != 0)
    flags |= GPM_SERIES_DOUBTFUL;

  return flags;
}

static gboolean
read_unit (Reader   *reader,
           GpmStmt  *stmt,
           GError  **error)
{
  GPtrArray *units = reader->out->units;
  const char *unit = gpm_stmt_text (stmt, COL_UNIT);
  gsize length = sqlite3_column_bytes (stmt, COL_UNIT);
  guint index;

  if (unit == NULL)
    unit = "";

  /* Units change seldom along a series: compare with the last one first. */
  if (reader->last_unit == NULL || length != reader->last_unit_len
      || memcmp (unit, reader->last_unit, length) != 0)
    {
      for (index = 0; index < units->len; index++)
        if (strcmp (g_ptr_array_index (units, index), unit) == 0)
          break;
      if (index == units->len)
        {
          if (index > G_MAXUINT8)
            {
              g_set_error_literal (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID,
                                   _("The figures of this series use more than 256 "
                                     "different units; give each metric one unit."));
              return FALSE;
            }
          g_ptr_array_add (units, g_strdup (unit));
        }
      reader->last_unit = g_ptr_array_index (units, index);
      reader->last_unit_len = length;
      reader->last_unit_index = (guint8) index;
    }

  g_array_index (reader->out->unit_indices, guint8, reader->n) = reader->last_unit_index;
  return TRUE;
}

static void
read_source (Reader  *reader,
             GpmStmt *stmt)
{
  gint64 source = sqlite3_column_int64 (stmt, COL_SOURCE);

  if (source != reader->last_source || reader->out->source_ids->len == 0)
    {
      gpointer found = g_hash_table_lookup (reader->source_index, &source);

      if (found == NULL)
        {
          g_array_append_val (reader->out->source_ids, source);
          found = GUINT_TO_POINTER (reader->out->source_ids->len);
          g_hash_table_insert (reader->source_index, g_memdup2 (&source, sizeof source),
                               found);
        }
      reader->last_source = source;
      reader->last_source_index = GPOINTER_TO_UINT (found) - 1;
    }

  g_array_index (reader->out->source_indices, guint32, reader->n) = reader->last_source_index;
}

/* Periods are dropped, for good, when the series outgrows them. Quotes are read in a
 * second pass (see read_quotes): selecting them in the first costs every row of a long
 * series a column it will not use. */
static void
read_details (Reader  *reader,
              GpmStmt *stmt)
{
  GpmSeriesColumns *out = reader->out;
  gint64 id;

  if (!reader->details)
    return;

  if (reader->n >= out->max_details)
    {
      reader->details = FALSE;
      if (out->periods != NULL)
        g_ptr_array_set_size (out->periods, 0);
      g_array_set_size (reader->detail_ids, 0);
      return;
    }

  if (out->periods != NULL)
    g_ptr_array_add (out->periods, g_strdup (gpm_stmt_text (stmt, COL_PERIOD)));
  id = sqlite3_column_int64 (stmt, COL_ID);
  g_array_append_val (reader->detail_ids, id);
}

static gboolean
read_row (Reader   *reader,
          GpmStmt  *stmt,
          GError  **error)
{
  GpmSeriesColumns *out = reader->out;
  const char *period = gpm_stmt_text (stmt, COL_PERIOD);
  int length = sqlite3_column_bytes (stmt, COL_PERIOD);  /* after the text, as SQLite asks */
  gint64 start, end, key;
  int precision;

  if (!period_span (period, length, &start, &end, &precision)
      || (reader->from_day != 0 && end < reader->from_day)
      || (reader->to_day != 0 && start > reader->to_day))
    return TRUE;

  /* The order of gpm_period_key (): by start, the longer span first. */
  key = start * GPM_PRECISION_N + precision;
  reader->sorted &= key >= reader->last_key;
  reader->last_key = key;

  /* A period is a span: from its first day to the day after its last. */
  reserve_row (reader);
  g_array_index (out->x_start_days, double, reader->n) = (double) (start - JULIAN_1970);
  g_array_index (out->x_end_days, double, reader->n) = (double) (end + 1 - JULIAN_1970);
  g_array_index (out->values, double, reader->n) = sqlite3_column_double (stmt, COL_VALUE);

  if (out->flags != NULL)
    g_array_index (out->flags, guint8, reader->n) = read_flags (stmt);
  if (out->observation_ids != NULL)
    g_array_index (out->observation_ids, gint64, reader->n) = sqlite3_column_int64 (stmt,
                                                                                   COL_ID);
  if (out->unit_indices != NULL && !read_unit (reader, stmt, error))
    return FALSE;
  if (out->source_indices != NULL)
    read_source (reader, stmt);
  read_details (reader, stmt);
  reader->n++;

  return TRUE;
}

/* ---------------------------------------------------------------- mixed precisions */

static int
compare_keys (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const gint64 *keys = user_data;
  gint64 ka = keys[*(const guint32 *) a];
  gint64 kb = keys[*(const guint32 *) b];

  return ka < kb ? -1 : ka > kb;
}

static void
permute (GArray        *array,
         const guint32 *order)
{
  guint size;
  g_autofree guint8 *copy = NULL;

  if (array == NULL)
    return;

  size = g_array_get_element_size (array);
  copy = g_memdup2 (array->data, (gsize) array->len * size);
  for (guint i = 0; i < array->len; i++)
    memcpy (array->data + (gsize) i * size, copy + (gsize) order[i] * size, size);
}

static void
permute_pointers (GPtrArray     *array,
                  const guint32 *order)
{
  g_autofree gpointer *copy = NULL;

  if (array == NULL || array->len == 0)
    return;

  copy = g_memdup2 (array->pdata, array->len * sizeof (gpointer));
  for (guint i = 0; i < array->len; i++)
    array->pdata[i] = copy[order[i]];
}

/* Rows came in period-text order; puts them in period order. The sort is stable, so
 * figures of the same period stay in the order they were entered. */
static void
sort_rows (GpmSeriesColumns *out,
           GArray           *detail_ids)
{
  guint n = out->values->len;
  const double *x_start = (const double *) (gpointer) out->x_start_days->data;
  const double *x_end = (const double *) (gpointer) out->x_end_days->data;
  g_autofree gint64 *keys = g_new (gint64, n);
  g_autofree guint32 *order = g_new (guint32, n);

  for (guint i = 0; i < n; i++)
    {
      double days = x_end[i] - x_start[i];
      int precision = days <= 1 ? GPM_PRECISION_DAY
                      : days <= 31 ? GPM_PRECISION_MONTH
                      : days <= 92 ? GPM_PRECISION_QUARTER
                      : days <= 184 ? GPM_PRECISION_HALF : GPM_PRECISION_YEAR;

      keys[i] = (gint64) x_start[i] * GPM_PRECISION_N + precision;
      order[i] = i;
    }
  g_qsort_with_data (order, n, sizeof (guint32), compare_keys, keys);

  permute (out->x_start_days, order);
  permute (out->x_end_days, order);
  permute (out->values, order);
  permute (out->flags, order);
  permute (out->observation_ids, order);
  if (detail_ids->len == n)
    permute (detail_ids, order);
  permute (out->unit_indices, order);
  permute (out->source_indices, order);
  permute_pointers (out->periods, order);
}

/* ---------------------------------------------------------------- the query */

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
           gboolean                    ranged_to)
{
  GString *sql = g_string_new (NULL);

  g_string_printf (sql, "SELECT %s FROM observations WHERE 1", columns);

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
  g_string_append (sql, " ORDER BY period, id");

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

/* A statement over the figures @filter selects, its parameters bound. */
static GpmStmt *
prepare_filtered (GpmStore                   *self,
                  const char                 *columns,
                  const GpmObservationFilter *filter,
                  const char                 *from_text,
                  const char                 *to_text,
                  GError                    **error)
{
  g_autofree char *sql = build_sql (columns, filter, from_text != NULL, to_text != NULL);
  GpmStmt *stmt = gpm_store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;
  if (filter->vendor_id != 0)
    sqlite3_bind_int64 (stmt, 1, filter->vendor_id);
  if (filter->scope_id != 0)
    sqlite3_bind_int64 (stmt, 2, filter->scope_id);
  if (filter->metric_id != 0)
    sqlite3_bind_int64 (stmt, 3, filter->metric_id);
  if (from_text != NULL)
    sqlite3_bind_text (stmt, 4, from_text, -1, SQLITE_TRANSIENT);
  if (to_text != NULL)
    sqlite3_bind_text (stmt, 5, to_text, -1, SQLITE_TRANSIENT);

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
read_quotes (GpmStore                   *self,
             Reader                     *reader,
             const GpmObservationFilter *filter,
             const char                 *from_text,
             const char                 *to_text,
             GCancellable               *cancellable,
             GError                    **error)
{
  GArray *ids = reader->detail_ids;
  g_autoptr(GHashTable) quote_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GpmStmt) stmt = NULL;

  g_ptr_array_set_size (reader->out->quotes, ids->len);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_insert (quote_index, &g_array_index (ids, gint64, i), GUINT_TO_POINTER (i));
  reader->quote_index = quote_index;

  stmt = prepare_filtered (self, "id, quote", filter, from_text, to_text, error);

  return stmt != NULL && step_all (self, stmt, read_quote, reader, cancellable, error);
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
  g_autoptr(GHashTable) source_index = NULL;
  g_autoptr(GArray) detail_ids = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  Reader reader = { columns, 0, };
  int from_year, to_year;
  gboolean ok;

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (columns != NULL && check_columns (columns), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (filter == NULL)
    filter = &any;
  if (!parse_bounds (filter, &reader, &from_year, &to_year, error)
      || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  source_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  detail_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  reader.source_index = source_index;
  reader.detail_ids = detail_ids;
  reader.details = columns->periods != NULL || columns->quotes != NULL;
  reader.sorted = TRUE;
  reader.last_key = G_MININT64;

  /* Every period's text starts with its four-digit year, so the years bound the text. */
  from_text = from_year > 0 ? g_strdup_printf ("%04d", from_year) : NULL;
  to_text = to_year > 0 ? g_strdup_printf ("%04d", to_year + 1) : NULL;

  locker = g_mutex_locker_new (&self->lock);
  /* One snapshot for both passes, should another process write in between. */
  if (!gpm_store_exec (self, "BEGIN", error))
    return FALSE;

  stmt = prepare_filtered (self, "period, value, unit, qualifier, status, doubtful,"
                                 " source_id, id", filter, from_text, to_text, error);
  ok = stmt != NULL && step_all (self, stmt, read_row, &reader, cancellable, error);
  g_clear_pointer (&stmt, gpm_stmt_release);
  finish_rows (&reader);

  if (ok && !reader.sorted)
    sort_rows (columns, detail_ids);
  if (ok && reader.details && columns->quotes != NULL)
    ok = read_quotes (self, &reader, filter, from_text, to_text, cancellable, error);
  if (ok && !reader.details && columns->quotes != NULL)
    g_ptr_array_set_size (columns->quotes, 0);

  gpm_store_exec (self, "COMMIT", NULL);

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
