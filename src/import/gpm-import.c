/* gpm-import.c — rows of a file checked one by one and written in one transaction.
 *
 * Every figure needs a source: a file without a source column becomes a source of its
 * own (its file name), and a row without a quote keeps the row itself as its quote, so
 * each imported number can be traced to the line it came from.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gpm-csv.h"
#include "gpm-import.h"
#include "gpm-import-cells.h"
#include "gpm-import-records.h"
#include "gpm-store-import.h"

#define MAX_NEW_NAMES 100
/* Rows between progress reports and checks for a cancel. */
#define ROWS_PER_TICK 1024

/* One import, while it runs. */
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
  gboolean                point_evidence;  /* a number only a decimal point can read */
  GString                *quote;
  char                   *period_text;     /* the last period read, and what it gave */
  char                   *period;
  char                   *unit_text;       /* the same for the unit column */
  GpmImportUnit           unit;
  guint64                 line;            /* where the current row starts */
  GError                 *row_error;       /* why the current row is bad */
  int                     row_column;      /* and where; -1 for the whole row */
} Run;

static gboolean
row_fail (Run        *run,
          int         column,
          const char *format,
          ...) G_GNUC_PRINTF (3, 4);

static gboolean
row_fail (Run        *run,
          int         column,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_clear_error (&run->row_error);
  run->row_error = g_error_new_valist (GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_BAD_ROW, format, args);
  run->row_column = column;
  va_end (args);

  return FALSE;
}

static gboolean
row_fail_with (Run    *run,
               int     column,
               GError *error)
{
  g_clear_error (&run->row_error);
  run->row_error = error;
  run->row_column = column;
  return FALSE;
}

/* A text cell as the file means it: the apostrophe that the app's own CSV export (and
 * spreadsheets) put before text that looks like a formula is not part of the text. */
static const char *
unneutralise (Run            *run,
              GpmImportField  field,
              const char     *text)
{
  if (run->report->format != GPM_IMPORT_FORMAT_DELIMITED || field == GPM_IMPORT_FIELD_VALUE)
    return text;

  return gpm_csv_strip_neutraliser (text);
}

static const char *
cell (Run            *run,
      GPtrArray      *fields,
      GpmImportField  field)
{
  int c = run->mapping.column[field];

  return c >= 0 && (guint) c < fields->len ? unneutralise (run, field, fields->pdata[c]) : "";
}

/* The cell without the spaces around it; the reader's buffer is ours to trim. */
static const char *
trimmed (Run            *run,
         GPtrArray      *fields,
         GpmImportField  field)
{
  int c = run->mapping.column[field];

  if (c < 0 || (guint) c >= fields->len)
    return "";

  return unneutralise (run, field, g_strstrip ((char *) fields->pdata[c]));
}

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

static const char *
number_unit (GpmNumberFlags flags)
{
  if (flags & GPM_NUMBER_PERCENT)
    return "%";
  if (flags & GPM_NUMBER_CURRENCY_CNY)
    return "CNY";
  if (flags & GPM_NUMBER_CURRENCY_USD)
    return "USD";

  return NULL;
}

static const char *
number_qualifier (GpmNumberFlags flags)
{
  if (flags & GPM_NUMBER_ABOUT)
    return "about";
  if (flags & GPM_NUMBER_MORE_THAN)
    return "more-than";
  if (flags & GPM_NUMBER_LESS_THAN)
    return "less-than";

  return "exact";
}

/* The value, with the unit column's multiplier ("亿元") applied by the parser, so the
 * decimal text is converted once and exactly. */
static gboolean
read_value (Run           *run,
            const char    *text,
            const char    *multiplier,
            GpmNumber     *number)
{
  int column = run->mapping.column[GPM_IMPORT_FIELD_VALUE];
  GError *error = NULL;

  if (!gpm_import_parse_number (text, run->options->decimal_mark, number, &error))
    return row_fail_with (run, column, error);

  if (*multiplier != '\0')
    {
      g_autofree char *scaled = g_strconcat (text, multiplier, NULL);

      if (number->flags & GPM_NUMBER_SCALED)
        return row_fail (run, column, _("“%s” carries its own multiplier, and the unit "
                                        "column says %s as well."), text, multiplier);
      if (!gpm_import_parse_number (scaled, run->options->decimal_mark, number, &error))
        return row_fail_with (run, column, error);
    }

  if (number->flags & GPM_NUMBER_AMBIGUOUS_MARK)
    {
      if (run->report->n_ambiguous++ == 0)
        {
          run->report->ambiguous_text = g_strdup (text);
          run->report->ambiguous_line = run->line;
        }
    }
  else if (run->options->decimal_mark == GPM_DECIMAL_MARK_AUTO && !run->point_evidence
           && strpbrk (text, ",.") != NULL)
    {
      GpmNumber other;

      run->point_evidence = !gpm_import_parse_number (text, GPM_DECIMAL_MARK_COMMA, &other,
                                                      NULL);
    }

  return TRUE;
}

static const char *
read_period (Run        *run,
             const char *text)
{
  GError *error = NULL;
  char *period;

  if (run->period_text != NULL && g_str_equal (run->period_text, text))
    return run->period;

  period = gpm_import_parse_period (text, &error);
  if (period == NULL)
    {
      row_fail_with (run, run->mapping.column[GPM_IMPORT_FIELD_PERIOD], error);
      return NULL;
    }

  g_free (run->period_text);
  g_free (run->period);
  run->period_text = g_strdup (text);
  run->period = period;
  return period;
}

static const char *
row_quote (Run        *run,
           GPtrArray  *fields,
           char        delimiter)
{
  const char *quote = cell (run, fields, GPM_IMPORT_FIELD_QUOTE);

  if (*quote != '\0')
    return quote;

  /* The row as the file has it: the sentence a spreadsheet figure comes from. */
  g_string_truncate (run->quote, 0);
  for (guint c = 0; c < fields->len; c++)
    {
      if (c > 0 && delimiter != '\0')
        g_string_append_c (run->quote, delimiter);
      else if (c > 0)
        g_string_append (run->quote, ", ");
      g_string_append (run->quote, fields->pdata[c]);
    }

  return run->quote->str;
}

static gboolean
check_text (Run       *run,
            GPtrArray *fields)
{
  if (fields->len != run->n_columns)
    return row_fail (run, -1, _("The row has %u cells where the header has %u."),
                     fields->len, run->n_columns);

  for (guint c = 0; c < fields->len; c++)
    if (strstr (fields->pdata[c], GPM_TEXT_DECODER_REPLACEMENT) != NULL)
      return row_fail (run, (int) c, _("The cell holds bytes that are not valid %s. Choose "
                                       "the file’s encoding and import again."),
                       gpm_encoding_get_label (run->report->encoding));

  return TRUE;
}

/* Reads one row into FIGURE, adding the names it introduces. FALSE with row_error set
 * for a bad row; FALSE with ERROR set when the database failed. */
static const GpmImportUnit *
read_unit (Run        *run,
           const char *text)
{
  if (run->unit_text == NULL || !g_str_equal (run->unit_text, text))
    {
      g_free (run->unit_text);
      gpm_import_unit_clear (&run->unit);
      run->unit_text = g_strdup (text);
      gpm_import_unit_parse (text, &run->unit);
    }

  return &run->unit;
}

static gboolean
read_row (Run              *run,
          GPtrArray        *fields,
          GpmImportFigure  *figure,
          GError          **error)
{
  const GpmImportMapping *m = &run->mapping;
  const char *subject = trimmed (run, fields, GPM_IMPORT_FIELD_SUBJECT);
  const char *metric = trimmed (run, fields, GPM_IMPORT_FIELD_METRIC);
  const char *metric_unit = NULL;
  const char *value_unit;
  const GpmImportUnit *unit;
  GpmNumber number;

  if (!check_text (run, fields))
    return FALSE;
  if (*subject == '\0')
    return row_fail (run, m->column[GPM_IMPORT_FIELD_SUBJECT], _("The subject is empty."));
  if (*metric == '\0')
    return row_fail (run, m->column[GPM_IMPORT_FIELD_METRIC], _("The metric is empty."));

  figure->period = read_period (run, cell (run, fields, GPM_IMPORT_FIELD_PERIOD));
  if (figure->period == NULL)
    return FALSE;

  unit = read_unit (run, cell (run, fields, GPM_IMPORT_FIELD_UNIT));
  if (!read_value (run, cell (run, fields, GPM_IMPORT_FIELD_VALUE), unit->multiplier, &number))
    return FALSE;
  figure->value = number.value;

  value_unit = number_unit (number.flags);
  if (value_unit != NULL && *unit->unit != '\0' && !g_str_equal (value_unit, unit->unit))
    return row_fail (run, m->column[GPM_IMPORT_FIELD_VALUE],
                     _("The value is in %s but the unit column says %s."),
                     value_unit, unit->unit);

  figure->status = gpm_import_parse_status (cell (run, fields, GPM_IMPORT_FIELD_STATUS));
  if (figure->status == NULL)
    return row_fail (run, m->column[GPM_IMPORT_FIELD_STATUS],
                     _("The status is not one of reported, forecast or estimate."));
  figure->qualifier = gpm_import_parse_qualifier (cell (run, fields,
                                                        GPM_IMPORT_FIELD_QUALIFIER));
  if (figure->qualifier == NULL)
    return row_fail (run, m->column[GPM_IMPORT_FIELD_QUALIFIER],
                     _("The qualifier is not one of exact, about, more-than or less-than."));
  if (g_str_equal (figure->qualifier, "exact"))
    figure->qualifier = number_qualifier (number.flags);
  if (!gpm_import_parse_doubtful (cell (run, fields, GPM_IMPORT_FIELD_DOUBTFUL),
                                  &figure->doubtful))
    return row_fail (run, m->column[GPM_IMPORT_FIELD_DOUBTFUL],
                     _("The doubtful flag is not yes or no."));
  figure->note = cell (run, fields, GPM_IMPORT_FIELD_NOTE);
  figure->quote = row_quote (run, fields, run->report->delimiter);

  /* Only now, with the row known to be good, may it add names to the database. */
  if (!resolve_subject (run, subject, figure, error))
    return FALSE;

  figure->unit = *unit->unit != '\0' ? unit->unit : value_unit;
  if (!gpm_store_import_find_metric (run->store, metric, &figure->metric_id, &metric_unit))
    {
      const char *new_unit = figure->unit != NULL ? figure->unit : "";

      figure->metric_id = gpm_store_import_add_metric (run->store, metric,
                                                       gpm_import_unit_kind (new_unit),
                                                       new_unit, error);
      note_new_name (run->report->new_metrics, metric);
      if (figure->metric_id == 0)
        return FALSE;
      metric_unit = new_unit;
    }
  if (figure->unit == NULL)
    figure->unit = metric_unit;

  return resolve_source (run, trimmed (run, fields, GPM_IMPORT_FIELD_SOURCE), figure, error);
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
import_row (Run        *run,
            GPtrArray  *fields,
            guint64     line,
            GError    **error)
{
  GpmImportFigure figure = { 0 };
  g_autoptr(GError) db_error = NULL;
  GpmImportOutcome outcome;

  run->report->n_rows++;
  run->line = line;
  if (read_row (run, fields, &figure, &db_error)
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
          row_fail (run, -1, _("An earlier row gives the same figure (subject, metric, "
                               "period, status and source)."));
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
      g_autofree char *place = gpm_import_describe_place (run->report->format, line,
        run->row_column >= 0 ? run->header[run->row_column] : NULL);

      /* Translators: "line 6, column “value”: “abc” is not a number. Nothing …" */
      if (run->options->dry_run)
        g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_BAD_ROW,
                     "%s: %s", place, run->row_error->message);
      else
        g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_BAD_ROW,
                     _("%s: %s Nothing was imported."), place, run->row_error->message);
      return FALSE;
    }

  add_problem (run, line, run->row_column, run->row_error->message);
  return TRUE;
}

static gboolean
check_ambiguity (Run     *run,
                 GError **error)
{
  GpmImportReport *report = run->report;
  g_autofree char *place = NULL;

  report->mark_unsettled = report->n_ambiguous > 0 && !run->point_evidence
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

static void
run_clear (Run *run)
{
  g_strfreev (run->header);
  g_string_free (run->quote, TRUE);
  g_free (run->period_text);
  g_free (run->period);
  g_free (run->unit_text);
  gpm_import_unit_clear (&run->unit);
  g_clear_error (&run->row_error);
}

static gboolean
run_rows (Run                    *run,
          GpmImportRecords       *records,
          GpmImportProgressFunc   progress,
          gpointer                user_data,
          guint64                 size,
          GCancellable           *cancellable,
          GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  GPtrArray *fields;
  guint64 line;

  while (gpm_import_records_next (records, &fields, &line, cancellable, &local_error))
    {
      if (!import_row (run, fields, line, error))
        return FALSE;

      if (run->report->n_rows % ROWS_PER_TICK == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress (gpm_import_records_get_bytes_in (records), size, user_data);
        }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (progress != NULL)
    progress (size, size, user_data);

  return check_ambiguity (run, error);
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
  Run run = { .options = options, .report = report, .file = file, .row_column = -1 };
  GpmImportFileInfo info;
  gboolean ok;

  g_return_val_if_fail (GPM_IS_STORE (store) && G_IS_FILE (file) && options != NULL, NULL);

  report->problems = g_ptr_array_new_with_free_func (gpm_import_problem_free);
  report->new_subjects = g_ptr_array_new_with_free_func (g_free);
  report->new_metrics = g_ptr_array_new_with_free_func (g_free);
  report->new_sources = g_ptr_array_new_with_free_func (g_free);

  records = gpm_import_records_open (file, options, &info, cancellable, error);
  if (records == NULL
      || !gpm_import_read_header (records, file, &run.header, cancellable, error))
    return NULL;

  report->format = info.format;
  report->encoding = info.encoding;
  report->delimiter = info.delimiter;
  run.n_columns = g_strv_length (run.header);
  run.quote = g_string_new (NULL);

  if (options->has_mapping)
    run.mapping = options->mapping;
  else
    {
      gpm_import_mapping_clear (&run.mapping);
      gpm_import_mapping_guess (&run.mapping, (const char * const *) run.header,
                                run.n_columns);
    }

  if (!gpm_import_mapping_check (&run.mapping, (const char * const *) run.header,
                                 run.n_columns, error))
    {
      run_clear (&run);
      return NULL;
    }

  run.store = gpm_store_import_begin (store, cancellable, error);
  if (run.store == NULL)
    {
      run_clear (&run);
      return NULL;
    }

  ok = run_rows (&run, records, progress, user_data, info.size, cancellable, error);
  if (!gpm_store_import_end (run.store, ok && !options->dry_run, &report->change,
                             ok ? error : NULL))
    ok = FALSE;
  run_clear (&run);

  if (!ok)
    return NULL;

  report->written = !options->dry_run;
  return g_steal_pointer (&report);
}
