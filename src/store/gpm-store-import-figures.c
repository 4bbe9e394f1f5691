/* gpm-store-import-figures.c — each figure of an import matched with the database and
 * written, at the least cost SQLite allows.
 *
 * A figure is the same figure as a row with the same subject, metric, period, status
 * and source (its identity), so every figure is looked for before it is written. For a
 * 1,000,000-row file, SQLite alone (the importer's rows replayed through its C API into
 * the bundled database: 4 KiB pages, WAL, 128 MiB cache, two cores) takes:
 *
 *   one INSERT per row                          2.0 s
 *   one INSERT per 64 rows                      1.35 s (as fast as one INSERT … SELECT)
 *   a find (indexed SELECT) before every row  + 0.6 s
 *   the commit                                  0.5 s
 *
 * Hence two things here, and both leave every outcome exactly as before:
 *
 * - A find is skipped when it cannot find anything. Per series (subject, metric) the
 *   import knows the range of periods of its rows: of the older rows (there before
 *   the import), asked for once, and of the rows it wrote itself. A period outside
 *   both ranges has no row yet. A file gives each series in period order, rising or
 *   falling, so almost every new figure skips its find; a file in no order pays for
 *   the finds as before. (A Bloom filter of written identities would catch that case
 *   too, but its random probes into 4 MiB cost 0.2 s of cache misses per million
 *   rows, a third of what they save, in the common case where the ranges suffice.)
 *
 * - New figures wait in a queue and go in 256 at a time through one multi-row INSERT:
 *   every step of an INSERT opens the cursors of the table and its indexes and seeks
 *   them from the root, and 256 rows a step do that once (16 rows measured 1.42 s, 64
 *   rows 1.35 s, 256 rows 1.33 s; with schema v3 and 32 KiB pages the whole import went
 *   1.41 s → 1.38 s from 64 to 256). A find writes the queue first when it holds a
 *   figure of the same identity, so a find always sees every figure put before it. The
 *   first 10,000 rows, whose images are kept for Undo, are still written one by one.
 */

#include "config.h"

#include <string.h>

#include "gpm-store-import-private.h"

/* The columns a figure is compared on, after the id; the same order in every statement. */
#define FIGURE_COLUMNS "value, unit, qualifier, doubtful, quote, note"
#define INSERT_COLUMNS "vendor_id, scope_id, metric_id, period, status, source_id, " \
                       FIGURE_COLUMNS
#define N_INSERT_COLUMNS 12

/* A series, the periods of its older rows (first is NULL when it has none) and those
 * of the rows this import wrote ("" when none; unbounded after a period that is empty
 * or too long to keep here, which no store period is). */
typedef struct
{
  gint64    subject;   /* vendors as +id, scopes as -id */
  gint64    metric;
  char     *first;
  char     *last;
  char      written_first[16];
  char      written_last[16];
  gboolean  unbounded;
} Series;

/* A figure waiting to be written, its texts at offsets in the queue's buffer. */
typedef struct
{
  GpmImportFigure figure;
  gsize           period;
  gsize           unit;
  gsize           quote;
  gsize           note;
} Queued;

struct _GpmImportQueue
{
  Queued   rows[GPM_IMPORT_QUEUE_ROWS];
  guint    n_rows;
  GString *texts;
};

static guint
series_hash (gconstpointer key)
{
  const Series *series = key;
  guint64 h = (guint64) series->subject * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)
              + (guint64) series->metric;

  return (guint) (h ^ (h >> 32));
}

static gboolean
series_equal (gconstpointer a,
              gconstpointer b)
{
  const Series *x = a, *y = b;

  return x->subject == y->subject && x->metric == y->metric;
}

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->first);
  g_free (series->last);
  g_free (series);
}

/* A figure is the same figure when its subject, metric, period, status and source are;
 * two finds rather than "vendor_id IS ?", so each uses its own index. */
gboolean
gpm_store_import_prepare_figures (GpmStoreImport  *self,
                                  GError         **error)
{
  self->series = g_hash_table_new_full (series_hash, series_equal, series_free, NULL);

  self->find_vendor = gpm_store_prepare (self->store,
    "SELECT id, " FIGURE_COLUMNS " FROM observations WHERE vendor_id = ?7 "
    "AND metric_id = ?8 AND period = ?9 AND status = ?10 AND source_id = ?11", error);
  self->find_scope = self->find_vendor == NULL ? NULL : gpm_store_prepare (self->store,
    "SELECT id, " FIGURE_COLUMNS " FROM observations WHERE scope_id = ?7 "
    "AND metric_id = ?8 AND period = ?9 AND status = ?10 AND source_id = ?11", error);
  self->insert = self->find_scope == NULL ? NULL : gpm_store_prepare (self->store,
    "INSERT OR FAIL INTO observations (" INSERT_COLUMNS ") "
    "VALUES (?12, ?13, ?8, ?9, ?10, ?11, ?1, ?2, ?3, ?4, ?5, ?6)", error);
  self->update = self->insert == NULL ? NULL : gpm_store_prepare (self->store,
    "UPDATE OR FAIL observations SET (" FIGURE_COLUMNS ") = (?1, ?2, ?3, ?4, ?5, ?6) "
    "WHERE id = ?12", error);

  return self->update != NULL;
}

void
gpm_store_import_free_figures (GpmStoreImport *self)
{
  g_clear_pointer (&self->series, g_hash_table_unref);
  if (self->queue != NULL)
    g_string_free (self->queue->texts, TRUE);
  g_clear_pointer (&self->queue, g_free);
}

/* ---------------------------------------------------------------- skipping finds */

/* The periods the series' older rows span, asked for the first time the import meets
 * the series: before it writes any row of it, so these are older rows only. Two
 * seeks, one at each end of the series in its index. */
static Series *
lookup_series (GpmStoreImport         *self,
               const GpmImportFigure  *figure,
               GError                **error)
{
  Series key = { .subject = figure->vendor_id != 0 ? figure->vendor_id : -figure->scope_id,
                 .metric = figure->metric_id };
  g_autoptr(GpmStmt) stmt = NULL;
  Series *series;
  gboolean has_row;

  series = g_hash_table_lookup (self->series, &key);
  if (series != NULL)
    return series;

  stmt = gpm_store_prepare (self->store, figure->vendor_id != 0
    ? "SELECT (SELECT min(period) FROM observations WHERE vendor_id = ?1 AND metric_id = ?2), "
      "(SELECT max(period) FROM observations WHERE vendor_id = ?1 AND metric_id = ?2)"
    : "SELECT (SELECT min(period) FROM observations WHERE scope_id = ?1 AND metric_id = ?2), "
      "(SELECT max(period) FROM observations WHERE scope_id = ?1 AND metric_id = ?2)",
    error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, figure->vendor_id != 0 ? figure->vendor_id : figure->scope_id);
  sqlite3_bind_int64 (stmt, 2, figure->metric_id);
  if (!gpm_store_step (self->store, stmt, &has_row, error))
    return NULL;

  series = g_new0 (Series, 1);
  *series = key;
  series->first = g_strdup (has_row ? gpm_stmt_text (stmt, 0) : NULL);
  series->last = g_strdup (has_row ? gpm_stmt_text (stmt, 1) : NULL);
  g_hash_table_add (self->series, series);
  return series;
}

/* SQLite compares texts bytewise, as strcmp does. */
static gboolean
within (const char *period,
        const char *first,
        const char *last)
{
  return strcmp (period, first) >= 0 && strcmp (period, last) <= 0;
}

/* Whether a row may have the figure's identity; FALSE with ERROR set on failure. */
static gboolean
may_match (GpmStoreImport         *self,
           const GpmImportFigure  *figure,
           Series                **out_series,
           gboolean               *may,
           GError                **error)
{
  Series *series = lookup_series (self, figure, error);

  if (series == NULL)
    return FALSE;

  *out_series = series;
  *may = series->unbounded
         || (series->first != NULL && within (figure->period, series->first, series->last))
         || (*series->written_first != '\0'
             && within (figure->period, series->written_first, series->written_last));
  return TRUE;
}

/* Widens the periods this import wrote in the series to the figure's. */
static void
note_written (Series                *series,
              const GpmImportFigure *figure)
{
  gsize length = strlen (figure->period);

  if (length == 0 || length >= sizeof series->written_first)
    {
      series->unbounded = TRUE;
      return;
    }

  if (*series->written_first == '\0' || strcmp (figure->period, series->written_first) < 0)
    strcpy (series->written_first, figure->period);
  if (strcmp (figure->period, series->written_last) > 0)
    strcpy (series->written_last, figure->period);
}

/* ---------------------------------------------------------------- matching */

static gboolean
same_figure (GpmStmt               *found,
             const GpmImportFigure *figure)
{
  return sqlite3_column_double (found, 1) == figure->value
         && g_strcmp0 (gpm_stmt_text (found, 2), figure->unit) == 0
         && g_strcmp0 (gpm_stmt_text (found, 3), figure->qualifier) == 0
         && (sqlite3_column_int (found, 4) != 0) == (figure->doubtful != FALSE)
         && g_strcmp0 (gpm_stmt_text (found, 5), figure->quote) == 0
         && g_strcmp0 (gpm_stmt_text (found, 6), figure->note) == 0;
}

/* The figure's texts outlive the statement's step, so SQLite need not copy them. */
static void
bind_static (GpmStmt    *stmt,
             int         param,
             const char *text)
{
  sqlite3_bind_text (stmt, param, text != NULL ? text : "", -1, SQLITE_STATIC);
}

static void
bind_figure (GpmStmt               *stmt,
             const GpmImportFigure *figure)
{
  /* ?1…?6 in FIGURE_COLUMNS order */
  sqlite3_bind_double (stmt, 1, figure->value);
  bind_static (stmt, 2, figure->unit);
  bind_static (stmt, 3, figure->qualifier);
  sqlite3_bind_int (stmt, 4, figure->doubtful ? 1 : 0);
  bind_static (stmt, 5, figure->quote);
  bind_static (stmt, 6, figure->note);
}

/* ?7…?11: what makes a figure the same figure. */
static void
bind_identity (GpmStmt               *stmt,
               const GpmImportFigure *figure)
{
  sqlite3_bind_int64 (stmt, 7, figure->vendor_id != 0 ? figure->vendor_id : figure->scope_id);
  sqlite3_bind_int64 (stmt, 8, figure->metric_id);
  bind_static (stmt, 9, figure->period);
  bind_static (stmt, 10, figure->status);
  sqlite3_bind_int64 (stmt, 11, figure->source_id);
}

/* A figure's identity can match several rows: a source may give both ends of a range,
 * or one amount in two currencies. The row to compare with is an identical one, else
 * the first this import has not matched yet; rows this import wrote or matched are
 * "consumed", so a line given twice is reported rather than written twice. */
typedef struct
{
  gint64   identical;   /* an unconsumed row equal to the figure */
  gint64   free;        /* the first unconsumed older row */
  guint    n_older;     /* rows that were there before the import */
  gboolean repeated;    /* the figure is one this import already wrote or matched */
} Match;

static gboolean
match_figure (GpmStoreImport         *self,
              const GpmImportFigure  *figure,
              Match                  *match,
              GError                **error)
{
  g_autoptr(GpmStmt) find = NULL;
  gboolean has_row;
  gboolean ok;

  find = figure->vendor_id != 0 ? self->find_vendor : self->find_scope;

  memset (match, 0, sizeof *match);
  bind_identity (find, figure);
  while ((ok = gpm_store_step (self->store, find, &has_row, error)) && has_row)
    {
      gint64 id = sqlite3_column_int64 (find, 0);
      gboolean mine = id >= self->first_new_id;
      gboolean consumed = mine || g_hash_table_contains (self->consumed, &id);

      match->n_older += mine ? 0 : 1;
      if (same_figure (find, figure))
        {
          if (consumed)
            match->repeated = TRUE;
          else if (match->identical == 0)
            match->identical = id;
        }
      else if (!consumed && match->free == 0)
        match->free = id;
    }

  return ok;
}

static void
consume (GpmStoreImport *self,
         gint64          id)
{
  g_hash_table_add (self->consumed, g_memdup2 (&id, sizeof id));
}

/* ---------------------------------------------------------------- writing */

static gboolean
insert_one (GpmStoreImport         *self,
            const GpmImportFigure  *figure,
            GError                **error)
{
  g_autoptr(GpmStmt) insert = self->insert;

  bind_identity (insert, figure);
  gpm_edit_bind_id_or_null (insert, 12, figure->vendor_id);
  gpm_edit_bind_id_or_null (insert, 13, figure->scope_id);
  bind_figure (insert, figure);

  return gpm_store_run (self->store, insert, error);
}

static gsize
keep_text (GString    *texts,
           const char *text)
{
  gsize offset = texts->len;

  g_string_append_len (texts, text != NULL ? text : "", text != NULL ? strlen (text) + 1 : 1);
  return offset;
}

static void
enqueue (GpmImportQueue        *queue,
         const GpmImportFigure *figure)
{
  Queued *row = &queue->rows[queue->n_rows++];

  /* Qualifier and status are the parser's constant strings. */
  row->figure = *figure;
  row->period = keep_text (queue->texts, figure->period);
  row->unit = keep_text (queue->texts, figure->unit);
  row->quote = keep_text (queue->texts, figure->quote);
  row->note = keep_text (queue->texts, figure->note);
}

static void
queued_figure (GpmImportQueue  *queue,
               guint            i,
               GpmImportFigure *figure)
{
  const Queued *row = &queue->rows[i];

  *figure = row->figure;
  figure->period = queue->texts->str + row->period;
  figure->unit = queue->texts->str + row->unit;
  figure->quote = queue->texts->str + row->quote;
  figure->note = queue->texts->str + row->note;
}

static GpmStmt *
prepare_insert_many (GpmStoreImport  *self,
                     GError         **error)
{
  g_autoptr(GString) sql = g_string_new ("INSERT OR FAIL INTO observations (" INSERT_COLUMNS
                                         ") VALUES ");

  for (guint i = 0; i < GPM_IMPORT_QUEUE_ROWS; i++)
    g_string_append (sql, i == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?)");

  return gpm_store_prepare (self->store, sql->str, error);
}

static gboolean
insert_queue (GpmStoreImport  *self,
              GError         **error)
{
  GpmImportQueue *queue = self->queue;
  g_autoptr(GpmStmt) stmt = NULL;

  if (self->insert_many == NULL)
    self->insert_many = prepare_insert_many (self, error);
  if (self->insert_many == NULL)
    return FALSE;

  stmt = self->insert_many;
  for (guint i = 0; i < queue->n_rows; i++)
    {
      GpmImportFigure figure;
      int p = (int) i * N_INSERT_COLUMNS;

      queued_figure (queue, i, &figure);
      gpm_edit_bind_id_or_null (stmt, p + 1, figure.vendor_id);
      gpm_edit_bind_id_or_null (stmt, p + 2, figure.scope_id);
      sqlite3_bind_int64 (stmt, p + 3, figure.metric_id);
      bind_static (stmt, p + 4, figure.period);
      bind_static (stmt, p + 5, figure.status);
      sqlite3_bind_int64 (stmt, p + 6, figure.source_id);
      sqlite3_bind_double (stmt, p + 7, figure.value);
      bind_static (stmt, p + 8, figure.unit);
      bind_static (stmt, p + 9, figure.qualifier);
      sqlite3_bind_int (stmt, p + 10, figure.doubtful ? 1 : 0);
      bind_static (stmt, p + 11, figure.quote);
      bind_static (stmt, p + 12, figure.note);
    }

  return gpm_store_run (self->store, stmt, error);
}

gboolean
gpm_store_import_flush (GpmStoreImport  *self,
                        GError         **error)
{
  GpmImportQueue *queue = self->queue;
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);

  if (queue == NULL || queue->n_rows == 0)
    return TRUE;

  /* A short queue (a find needed what it held, or the file ended) goes row by row
   * rather than through a statement of its own length. */
  if (queue->n_rows == GPM_IMPORT_QUEUE_ROWS)
    ok = insert_queue (self, error);
  else
    for (guint i = 0; ok && i < queue->n_rows; i++)
      {
        GpmImportFigure figure;

        queued_figure (queue, i, &figure);
        ok = insert_one (self, &figure, error);
      }

  queue->n_rows = 0;
  g_string_truncate (queue->texts, 0);
  return ok;
}

static gboolean
write_new (GpmStoreImport         *self,
           const GpmImportFigure  *figure,
           GError                **error)
{
  /* While the import keeps row images for Undo, each row needs its id at once. */
  if (self->change != NULL)
    return insert_one (self, figure, error)
           && gpm_store_import_remember (self, &gpm_table_observations,
                                         sqlite3_last_insert_rowid (self->store->db), NULL,
                                         error);

  if (self->queue == NULL)
    {
      self->queue = g_new0 (GpmImportQueue, 1);
      self->queue->texts = g_string_sized_new (GPM_IMPORT_QUEUE_ROWS * 256);
    }
  enqueue (self->queue, figure);

  return self->queue->n_rows < GPM_IMPORT_QUEUE_ROWS || gpm_store_import_flush (self, error);
}

/* Whether the queue holds a figure of the same identity. */
static gboolean
queued (GpmImportQueue        *queue,
        const GpmImportFigure *figure)
{
  for (guint i = 0; queue != NULL && i < queue->n_rows; i++)
    {
      const Queued *row = &queue->rows[i];

      if (row->figure.metric_id == figure->metric_id
          && row->figure.vendor_id == figure->vendor_id
          && row->figure.scope_id == figure->scope_id
          && row->figure.source_id == figure->source_id
          && strcmp (queue->texts->str + row->period, figure->period) == 0
          && strcmp (row->figure.status, figure->status) == 0)
        return TRUE;
    }

  return FALSE;
}

gboolean
gpm_store_import_put (GpmStoreImport         *self,
                      const GpmImportFigure  *figure,
                      GpmImportOutcome       *outcome,
                      GError                **error)
{
  GpmStore *store = self->store;
  g_autoptr(GpmStmt) update = NULL;
  g_autoptr(GpmRow) before = NULL;
  Series *series;
  gboolean find;
  Match match;

  g_return_val_if_fail ((figure->vendor_id != 0) != (figure->scope_id != 0), FALSE);

  if (!may_match (self, figure, &series, &find, error))
    return FALSE;
  /* A find must see every figure put before it, the queued ones too. */
  if (find && queued (self->queue, figure) && !gpm_store_import_flush (self, error))
    return FALSE;

  memset (&match, 0, sizeof match);
  if (find && !match_figure (self, figure, &match, error))
    return FALSE;

  if (match.repeated)
    {
      *outcome = GPM_IMPORT_OUTCOME_REPEATED;
      return TRUE;
    }
  if (match.identical != 0)
    {
      /* Only a choice among several rows needs remembering; memory stays flat for
       * the usual one row per identity. */
      if (match.n_older > 1)
        consume (self, match.identical);
      *outcome = GPM_IMPORT_OUTCOME_UNCHANGED;
      return TRUE;
    }

  self->wrote_figures = TRUE;
  if (match.free == 0)
    {
      note_written (series, figure);
      *outcome = GPM_IMPORT_OUTCOME_NEW;
      return write_new (self, figure, error);
    }

  if (self->change != NULL
      && !gpm_store_capture_row (store, &gpm_table_observations, match.free, 0, &before,
                                 error))
    return FALSE;
  update = self->update;
  sqlite3_bind_int64 (update, 12, match.free);
  bind_figure (update, figure);
  consume (self, match.free);
  *outcome = GPM_IMPORT_OUTCOME_CHANGED;
  if (!gpm_store_run (store, update, error))
    return FALSE;

  return gpm_store_import_remember (self, &gpm_table_observations, match.free,
                                    g_steal_pointer (&before), error);
}
