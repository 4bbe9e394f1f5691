/* gpm-import.c — rows of a file checked one by one and written in one transaction.
 *
 * Every figure needs a source: a file without a source column becomes a source of its
 * own (its file name), and a row without a quote keeps the row itself as its quote, so
 * each imported number can be traced to the line it came from.
 *
 * Speed, for a 1,000,000-row CSV (138 MB, tests/bench/bench_import.py) on two cores:
 * 4.2 s → 2.2 s (CPU 4.0 → 2.7 s), where the sqlite3 shell's .import into a plain table
 * takes 1.35 s. The rows are read and checked on a thread of their own
 * (gpm-import-rows.c); this thread finds their names and hands the figures to the store,
 * which writes them 64 at a time and skips finds that cannot find anything
 * (gpm-store-import-figures.c). What is left is SQLite's own work for this schema,
 * about 1.9 s: inserting the rows 0.47 s, keeping the subject and metric indexes up to
 * date 0.9 s, the commit (WAL, then its checkpoint into the database) 0.5 s.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gpm-import.h"
#include "gpm-import-cells.h"
#include "gpm-import-rows.h"
#include "gpm-store-import.h"

#define MAX_NEW_NAMES 100
/* Rows between progress reports and checks for a cancel. */
#define ROWS_PER_TICK 1024

/* One import, while it runs: the database's side of it. The file's rows are read and
 * checked ahead of it, on a thread of their own (gpm-import-rows.c). */
typedef struct
{
  const GpmImportOptions *options;
  GpmImportReport        *report;
  GpmStoreImport         *store;
  GFile                  *file;
  GStrv                   header;
  guint                   n_columns;
  GpmImportMapping        mapping;
  gint64                  file_source_id;
  /* What each name was found as, by the key the reader gave its text (Known each) */
  GArray                 *subjects;
  GArray                 *metrics;
  GArray                 *sources;
} Run;

typedef struct
{
  gint64      vendor_id;
  gint64      scope_id;
  gint64      metric_id;
  const char *unit;      /* the metric's, owned by the store import */
  gint64      source_id;
} Known;

static void
note_new_name (GPtrArray  *names,
               const char *name)
{
  if (names->len < MAX_NEW_NAMES)
    g_ptr_array_add (names, g_strdup (name));
}

static gboolean
resolve_subject (Run              *run,
                 const char       *name,
                 GpmImportFigure  *figure,
                 GError          **error)
{
  if (gpm_store_import_find_subject (run->store, name, &figure->vendor_id, &figure->scope_id))
    return TRUE;

  figure->scope_id = 0;
  figure->vendor_id = gpm_store_import_add_vendor (run->store, name, error);
  note_new_name (run->report->new_subjects, name);
  return figure->vendor_id != 0;
}

static gboolean
resolve_source (Run              *run,
                const char       *name,
                GpmImportFigure  *figure,
                GError          **error)
{
  if (*name == '\0')
    {
      g_autofree char *base = NULL;

      if (run->file_source_id != 0)
        {
          figure->source_id = run->file_source_id;
          return TRUE;
        }
      /* The file itself is the source of rows that name none; a second import of the
       * same file finds it again by its name. */
      base = g_file_get_basename (run->file);
      if (!gpm_store_import_find_source (run->store, base, &run->file_source_id))
        {
          run->file_source_id = gpm_store_import_add_source (run->store, base, base, base,
                                                             "und", error);
          note_new_name (run->report->new_sources, base);
        }
      figure->source_id = run->file_source_id;
      return figure->source_id != 0;
    }

  if (gpm_store_import_find_source (run->store, name, &figure->source_id))
    return TRUE;

  figure->source_id = gpm_store_import_add_source (run->store, name, name, name,
                                                   g_utf8_strlen (name, -1) == (glong) strlen (name)
                                                   ? "en" : "zh", error);
  note_new_name (run->report->new_sources, name);
  return figure->source_id != 0;
}

/* The entry for a name's key, all zero until the name is found; NULL for no key. */
static Known *
known (GArray *array,
       guint   key)
{
  if (key == 0)
    return NULL;
  if (array->len < key)
    g_array_set_size (array, key);

  return &g_array_index (array, Known, key - 1);
}

/* The metric, found (and then remembered by its key) or added. */
static gboolean
resolve_metric (Run                 *run,
                const GpmImportRow  *row,
                GpmImportFigure     *figure,
                const char         **metric_unit,
                GError             **error)
{
  Known *k = known (run->metrics, row->metric_key);
  const char *new_unit = figure->unit != NULL ? figure->unit : "";

  if (k != NULL && k->metric_id != 0)
    {
      figure->metric_id = k->metric_id;
      *metric_unit = k->unit;
      return TRUE;
    }

  if (gpm_store_import_find_metric (run->store, row->metric, &figure->metric_id,
                                    metric_unit))
    {
      if (k != NULL)
        {
          k->metric_id = figure->metric_id;
          k->unit = *metric_unit;
        }
      return TRUE;
    }

  /* Remembered once found, next time: only then is the unit one the store owns. */
  figure->metric_id = gpm_store_import_add_metric (run->store, row->metric,
                                                   gpm_import_unit_kind (new_unit), new_unit,
                                                   error);
  note_new_name (run->report->new_metrics, row->metric);
  *metric_unit = new_unit;
  return figure->metric_id != 0;
}

/* The names a good row gives, found or added; FALSE with ERROR set when the database
 * failed. A name once found is known by its key from then on: names are only ever
 * added during an import, so what a name is found as never changes. */
static gboolean
resolve_names (Run                 *run,
               const GpmImportRow  *row,
               GpmImportFigure     *figure,
               GError             **error)
{
  const char *metric_unit = NULL;
  Known *k;

  figure->period = row->period;
  figure->value = row->value;
  figure->unit = row->unit;
  figure->qualifier = row->qualifier;
  figure->status = row->status;
  figure->doubtful = row->doubtful;
  figure->note = row->note;
  figure->quote = row->quote;

  k = known (run->subjects, row->subject_key);
  if (k != NULL && (k->vendor_id != 0 || k->scope_id != 0))
    {
      figure->vendor_id = k->vendor_id;
      figure->scope_id = k->scope_id;
    }
  else if (!resolve_subject (run, row->subject, figure, error))
    return FALSE;
  else if (k != NULL)
    {
      k->vendor_id = figure->vendor_id;
      k->scope_id = figure->scope_id;
    }

  if (!resolve_metric (run, row, figure, &metric_unit, error))
    return FALSE;
  if (figure->unit == NULL)
    figure->unit = metric_unit;

  k = *row->source != '\0' ? known (run->sources, row->source_key) : NULL;
  if (k != NULL && k->source_id != 0)
    {
      figure->source_id = k->source_id;
      return TRUE;
    }
  if (!resolve_source (run, row->source, figure, error))
    return FALSE;
  if (k != NULL)
    k->source_id = figure->source_id;

  return TRUE;
}

static void
add_problem (Run        *run,
             guint64     line,
             int         column,
             const char *reason)
{
  GpmImportProblem *problem;

  run->report->n_skipped++;
  if (run->report->problems->len >= GPM_IMPORT_MAX_PROBLEMS)
    return;

  problem = g_new0 (GpmImportProblem, 1);
  problem->line = line;
  problem->column = column >= 0 ? g_strdup (run->header[column]) : NULL;
  problem->reason = g_strdup (reason);
  g_ptr_array_add (run->report->problems, problem);
}

static gboolean
import_row (Run                 *run,
            const GpmImportRow  *row,
            GError             **error)
{
  GpmImportFigure figure = { 0 };
  g_autoptr(GError) db_error = NULL;
  GpmImportOutcome outcome;
  const char *problem = row->problem;
  int column = row->column;

  run->report->n_rows++;
  if (problem == NULL
      && resolve_names (run, row, &figure, &db_error)
      && gpm_store_import_put (run->store, &figure, &outcome, &db_error))
    {
      switch (outcome)
        {
        case GPM_IMPORT_OUTCOME_NEW:
          run->report->n_new++;
          return TRUE;
        case GPM_IMPORT_OUTCOME_CHANGED:
          run->report->n_changed++;
          return TRUE;
        case GPM_IMPORT_OUTCOME_UNCHANGED:
          run->report->n_unchanged++;
          return TRUE;
        case GPM_IMPORT_OUTCOME_REPEATED:
        default:
          problem = _("An earlier row gives the same figure (subject, metric, period, status "
                      "and source).");
          column = -1;
          break;
        }
    }

  if (db_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&db_error));
      return FALSE;
    }

  if (run->options->policy == GPM_IMPORT_STOP_AT_BAD_ROW)
    {
      g_autofree char *place = NULL;

      /* The figures before the row, which may wait to be written, fail first if they do. */
      if (!gpm_store_import_flush (run->store, error))
        return FALSE;
      place = gpm_import_describe_place (run->report->format, row->line,
                                         column >= 0 ? run->header[column] : NULL);

      /* Translators: "line 6, column “value”: “abc” is not a number. Nothing …" */
      if (run->options->dry_run)
        g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_BAD_ROW,
                     "%s: %s", place, problem);
      else
        g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_BAD_ROW,
                     _("%s: %s Nothing was imported."), place, problem);
      return FALSE;
    }

  add_problem (run, row->line, column, problem);
  return TRUE;
}

static gboolean
check_ambiguity (Run      *run,
                 gboolean  point_evidence,
                 GError  **error)
{
  GpmImportReport *report = run->report;
  g_autofree char *place = NULL;

  report->mark_unsettled = report->n_ambiguous > 0 && !point_evidence
                           && run->options->decimal_mark == GPM_DECIMAL_MARK_AUTO;
  if (!report->mark_unsettled || run->options->dry_run)
    return TRUE;

  place = gpm_import_describe_place (report->format, report->ambiguous_line, NULL);
  g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_AMBIGUOUS,
               _("Numbers such as “%s” (%s) mean one thing with a decimal point and another "
                 "with a decimal comma, and nothing else in the file settles which it uses. "
                 "Choose the decimal mark and import again. Nothing was imported."),
               report->ambiguous_text, place);
  return FALSE;
}

static gboolean
run_rows (Run                    *run,
          GpmImportRows          *rows,
          GpmImportProgressFunc   progress,
          gpointer                user_data,
          guint64                 size,
          GCancellable           *cancellable,
          GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  const GpmImportRow *row;

  while (gpm_import_rows_next (rows, &row, &local_error))
    {
      if (!import_row (run, row, error))
        return FALSE;

      if (run->report->n_rows % ROWS_PER_TICK == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress (row->bytes_in, size, user_data);
        }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* Figures waiting to be written together go in before a dry run ends too, so that
   * it fails wherever the import would. */
  if (!gpm_store_import_flush (run->store, error))
    return FALSE;

  if (progress != NULL)
    progress (size, size, user_data);

  return check_ambiguity (run, gpm_import_rows_finish (rows, run->report), error);
}

GpmImportReport *
gpm_import_run (GpmStore                *store,
                GFile                   *file,
                const GpmImportOptions  *options,
                GpmImportProgressFunc    progress,
                gpointer                 user_data,
                GCancellable            *cancellable,
                GError                 **error)
{
  g_autoptr(GpmImportReport) report = g_new0 (GpmImportReport, 1);
  g_autoptr(GpmImportRecords) records = NULL;
  g_autoptr(GpmImportRows) rows = NULL;
  g_auto(GStrv) header = NULL;
  Run run = { .options = options, .report = report, .file = file };
  GpmImportFileInfo info;
  gboolean ok;

  g_return_val_if_fail (GPM_IS_STORE (store) && G_IS_FILE (file) && options != NULL, NULL);

  report->problems = g_ptr_array_new_with_free_func (gpm_import_problem_free);
  report->new_subjects = g_ptr_array_new_with_free_func (g_free);
  report->new_metrics = g_ptr_array_new_with_free_func (g_free);
  report->new_sources = g_ptr_array_new_with_free_func (g_free);

  records = gpm_import_records_open (file, options, &info, cancellable, error);
  if (records == NULL
      || !gpm_import_read_header (records, file, &header, cancellable, error))
    return NULL;

  report->format = info.format;
  report->encoding = info.encoding;
  report->delimiter = info.delimiter;
  run.header = header;
  run.n_columns = g_strv_length (header);

  if (options->has_mapping)
    run.mapping = options->mapping;
  else
    {
      gpm_import_mapping_clear (&run.mapping);
      gpm_import_mapping_guess (&run.mapping, (const char * const *) header, run.n_columns);
    }

  if (!gpm_import_mapping_check (&run.mapping, (const char * const *) header, run.n_columns,
                                 error))
    return NULL;

  run.store = gpm_store_import_begin (store, cancellable, error);
  if (run.store == NULL)
    return NULL;

  run.subjects = g_array_new (FALSE, TRUE, sizeof (Known));
  run.metrics = g_array_new (FALSE, TRUE, sizeof (Known));
  run.sources = g_array_new (FALSE, TRUE, sizeof (Known));
  rows = gpm_import_rows_start (g_steal_pointer (&records), options, &run.mapping, report,
                                run.n_columns, cancellable);
  ok = run_rows (&run, rows, progress, user_data, info.size, cancellable, error);
  g_array_unref (run.subjects);
  g_array_unref (run.metrics);
  g_array_unref (run.sources);
  /* The reader stops before the transaction ends: a cancel or an error ends both. */
  g_clear_pointer (&rows, gpm_import_rows_free);
  if (!gpm_store_import_end (run.store, ok && !options->dry_run, &report->change,
                             ok ? error : NULL))
    ok = FALSE;

  if (!ok)
    return NULL;

  report->written = !options->dry_run;
  return g_steal_pointer (&report);
}
