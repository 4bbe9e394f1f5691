/* gpm-store-series-rows.c — rows of a series statement into parallel arrays.
 *
 * Where the time goes, measured on a million daily figures: stepping SQLite and
 * fetching the columns is most of it; the rest was the period. Parsing periods in SQL
 * (gpm_period_start/end per row) parses each text twice through GDate and costs more
 * than the step itself, so the text is read once and turned into days here, with
 * "YYYY-MM-DD" done by arithmetic and the other forms by gpm-period (the test checks
 * both agree over every day the app allows). Rows arrive in period-text order (through
 * the index) or in id order (a table scan); they are sorted here only when the keys
 * were not already in order — a series of mixed precisions ("2025-Q1" sorts after
 * "2025-07" as text), or one entered out of order and read by a scan.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gpm-period.h"
#include "gpm-store-series-private.h"

typedef GpmSeriesReader Reader;

/* Julian day (GDate numbering) of 1970-01-01, where chart x values start. */
#define JULIAN_1970 719163

/* The columns of GPM_SERIES_SELECT. */
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

  /* Room for the rows the plan expects at once, then doubling: every doubling copies
   * the arrays and touches fresh pages, 5 % of reading a million rows. */
  reader->capacity = reader->capacity == 0 ? MAX (4096, reader->expected + reader->expected / 8)
                                           : reader->capacity * 2;
  row_arrays (reader->out, arrays);
  for (guint i = 0; i < N_ROW_ARRAYS; i++)
    if (arrays[i] != NULL)
      g_array_set_size (arrays[i], reader->capacity);
}

void
gpm_series_reader_finish (Reader *reader)
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

/* @unit's place in @units, added at the end if new. */
static gboolean
unit_index (GPtrArray   *units,
            const char  *unit,
            guint       *out_index,
            GError     **error)
{
  guint index;

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

  *out_index = index;
  return TRUE;
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
      if (!unit_index (units, unit, &index, error))
        return FALSE;
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

gboolean
gpm_series_read_row (Reader   *reader,
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
  if (reader->n == 0)
    reader->first_key = key;
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
void
gpm_series_reader_sort (Reader *reader)
{
  GpmSeriesColumns *out = reader->out;
  GArray *detail_ids = reader->detail_ids;
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


/* ---------------------------------------------------------------- readers */

void
gpm_series_reader_init (Reader           *reader,
                        GpmSeriesColumns *out)
{
  memset (reader, 0, sizeof *reader);
  reader->out = out;
  reader->source_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  reader->detail_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  reader->details = out->periods != NULL || out->quotes != NULL;
  reader->sorted = TRUE;
  reader->last_key = G_MININT64;
}

void
gpm_series_reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->source_index, g_hash_table_unref);
  g_clear_pointer (&reader->detail_ids, g_array_unref);
}

static void
drop_details (Reader *reader)
{
  reader->details = FALSE;
  if (reader->out->periods != NULL)
    g_ptr_array_set_size (reader->out->periods, 0);
  g_array_set_size (reader->detail_ids, 0);
}

/* Appends what @part read after what @reader read; both are finished. Units and
 * sources are numbered in order of first use in each part, so the part's numbers are
 * translated into the whole's. */
gboolean
gpm_series_reader_merge (Reader  *reader,
                         Reader  *part,
                         GError **error)
{
  GpmSeriesColumns *out = reader->out;
  GpmSeriesColumns *in = part->out;
  GArray *to[N_ROW_ARRAYS], *from[N_ROW_ARRAYS];
  guint first = reader->n;

  row_arrays (out, to);
  row_arrays (in, from);
  for (guint i = 0; i < N_ROW_ARRAYS; i++)
    if (to[i] != NULL)
      g_array_append_vals (to[i], from[i]->data, from[i]->len);

  if (out->unit_indices != NULL)
    {
      guint8 map[G_MAXUINT8 + 1];
      guint8 *indices = (guint8 *) out->unit_indices->data;

      for (guint u = 0; u < in->units->len; u++)
        {
          guint index;

          if (!unit_index (out->units, g_ptr_array_index (in->units, u), &index, error))
            return FALSE;
          map[u] = (guint8) index;
        }
      for (guint i = first; i < first + part->n; i++)
        indices[i] = map[indices[i]];
    }

  if (out->source_indices != NULL)
    {
      g_autofree guint32 *map = g_new (guint32, MAX (in->source_ids->len, 1));
      guint32 *indices = (guint32 *) (gpointer) out->source_indices->data;

      for (guint s = 0; s < in->source_ids->len; s++)
        {
          gint64 source = g_array_index (in->source_ids, gint64, s);
          gpointer found = g_hash_table_lookup (reader->source_index, &source);

          if (found == NULL)
            {
              g_array_append_val (out->source_ids, source);
              found = GUINT_TO_POINTER (out->source_ids->len);
              g_hash_table_insert (reader->source_index,
                                   g_memdup2 (&source, sizeof source), found);
            }
          map[s] = GPOINTER_TO_UINT (found) - 1;
        }
      for (guint i = first; i < first + part->n; i++)
        indices[i] = map[indices[i]];
    }

  if (part->n > 0)
    {
      reader->sorted = reader->sorted && part->sorted
                       && (reader->n == 0 || part->first_key >= reader->last_key);
      if (reader->n == 0)
        reader->first_key = part->first_key;
      reader->last_key = part->last_key;
    }

  if (reader->details && part->details && reader->n + part->n <= out->max_details)
    {
      if (out->periods != NULL)
        g_ptr_array_extend_and_steal (out->periods, g_ptr_array_ref (in->periods));
      g_array_append_vals (reader->detail_ids, part->detail_ids->data, part->detail_ids->len);
    }
  else if (reader->details)
    drop_details (reader);

  reader->n += part->n;
  return TRUE;
}

/* ---------------------------------------------------------------- columns */

void
gpm_series_columns_empty (GpmSeriesColumns *columns)
{
  GArray *arrays[N_ROW_ARRAYS];
  GPtrArray *texts[] = { columns->units, columns->periods, columns->quotes };

  row_arrays (columns, arrays);
  for (guint i = 0; i < N_ROW_ARRAYS; i++)
    if (arrays[i] != NULL)
      g_array_set_size (arrays[i], 0);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL)
      g_ptr_array_set_size (texts[i], 0);
  if (columns->source_ids != NULL)
    g_array_set_size (columns->source_ids, 0);
}

static GArray *
array_like (GArray *model)
{
  return model != NULL ? g_array_new (FALSE, FALSE, g_array_get_element_size (model)) : NULL;
}

/* Empty arrays wherever @model has them. */
void
gpm_series_columns_init_like (GpmSeriesColumns       *columns,
                              const GpmSeriesColumns *model)
{
  columns->x_start_days = array_like (model->x_start_days);
  columns->x_end_days = array_like (model->x_end_days);
  columns->values = array_like (model->values);
  columns->flags = array_like (model->flags);
  columns->observation_ids = array_like (model->observation_ids);
  columns->unit_indices = array_like (model->unit_indices);
  columns->units = model->units != NULL ? g_ptr_array_new_with_free_func (g_free) : NULL;
  columns->source_indices = array_like (model->source_indices);
  columns->source_ids = array_like (model->source_ids);
  columns->max_details = model->max_details;
  columns->periods = model->periods != NULL ? g_ptr_array_new_with_free_func (g_free) : NULL;
  columns->quotes = model->quotes != NULL ? g_ptr_array_new_with_free_func (g_free) : NULL;
}

void
gpm_series_columns_clear (GpmSeriesColumns *columns)
{
  GArray *arrays[N_ROW_ARRAYS];

  row_arrays (columns, arrays);
  for (guint i = 0; i < N_ROW_ARRAYS; i++)
    if (arrays[i] != NULL)
      g_array_unref (arrays[i]);
  g_clear_pointer (&columns->units, g_ptr_array_unref);
  g_clear_pointer (&columns->source_ids, g_array_unref);
  g_clear_pointer (&columns->periods, g_ptr_array_unref);
  g_clear_pointer (&columns->quotes, g_ptr_array_unref);
  memset (columns, 0, sizeof *columns);
}
