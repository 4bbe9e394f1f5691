/* gpm-import-report.c — what an import did, in words and as a list to keep. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gpm-csv.h"
#include "gpm-import.h"
#include "gpm-import-records.h"

void
gpm_import_problem_free (gpointer data)
{
  GpmImportProblem *problem = data;

  g_free (problem->column);
  g_free (problem->reason);
  g_free (problem);
}

void
gpm_import_report_free (GpmImportReport *report)
{
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_clear_pointer (&report->new_subjects, g_ptr_array_unref);
  g_clear_pointer (&report->new_metrics, g_ptr_array_unref);
  g_clear_pointer (&report->new_sources, g_ptr_array_unref);
  g_free (report->ambiguous_text);
  g_clear_pointer (&report->change, gpm_store_change_unref);
  g_free (report);
}

const char *
gpm_import_delimiter_get_label (char delimiter)
{
  switch (delimiter)
    {
    case ',':
      return _("comma-separated");
    case ';':
      return _("semicolon-separated");
    case '\t':
      return _("tab-separated");
    case '|':
      return _("separated by “|”");
    default:
      return _("JSON");
    }
}

char *
gpm_import_describe_place (GpmImportFormat  format,
                           guint64          line,
                           const char      *column)
{
  g_autofree char *place = NULL;

  /* Translators: the line of a CSV file where a problem is */
  place = format == GPM_IMPORT_FORMAT_JSON ? g_strdup_printf (_("item %llu"),
                                                              (unsigned long long) line)
                                           : g_strdup_printf (_("line %llu"),
                                                              (unsigned long long) line);
  if (column == NULL)
    return g_steal_pointer (&place);

  /* Translators: a place in a file: "line 12, column “value”" */
  return g_strdup_printf (_("%s, column “%s”"), place, column);
}

static void
append_names (GString    *out,
              const char *label,
              GPtrArray  *names)
{
  if (names->len == 0)
    return;

  g_string_append_printf (out, "  %s (%u): ", label, names->len);
  for (guint i = 0; i < names->len && i < 10; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", (char *) names->pdata[i]);
  if (names->len > 10)
    g_string_append (out, ", …");
  g_string_append_c (out, '\n');
}

char *
gpm_import_report_describe (const GpmImportReport *report)
{
  GString *out = g_string_new (NULL);

  if (report->format == GPM_IMPORT_FORMAT_JSON)
    g_string_append_printf (out, _("JSON: %llu rows\n"), (unsigned long long) report->n_rows);
  else
    g_string_append_printf (out, _("%s, %s: %llu rows\n"),
                            gpm_encoding_get_label (report->encoding),
                            gpm_import_delimiter_get_label (report->delimiter),
                            (unsigned long long) report->n_rows);
  g_string_append_printf (out, _("  new: %llu, changed: %llu, unchanged: %llu, skipped: %llu\n"),
                          (unsigned long long) report->n_new,
                          (unsigned long long) report->n_changed,
                          (unsigned long long) report->n_unchanged,
                          (unsigned long long) report->n_skipped);
  append_names (out, _("new subjects"), report->new_subjects);
  append_names (out, _("new metrics"), report->new_metrics);
  append_names (out, _("new sources"), report->new_sources);

  for (guint i = 0; i < report->problems->len && i < 20; i++)
    {
      GpmImportProblem *problem = report->problems->pdata[i];
      g_autofree char *place = gpm_import_describe_place (report->format, problem->line,
                                                          problem->column);

      g_string_append_printf (out, "  %s: %s\n", place, problem->reason);
    }
  if (report->n_skipped > 20)
    g_string_append_printf (out, _("  … and %llu more skipped rows\n"),
                            (unsigned long long) report->n_skipped - 20);

  if (report->mark_unsettled)
    {
      g_autofree char *place = gpm_import_describe_place (report->format,
                                                          report->ambiguous_line, NULL);

      g_string_append_printf (out, _("  %llu numbers, such as “%s” on %s, mean one thing with "
                                     "a decimal point and another with a decimal comma: "
                                     "choose the decimal mark before importing\n"),
                              (unsigned long long) report->n_ambiguous,
                              report->ambiguous_text, place);
    }

  g_string_append (out, report->written ? _("Imported.\n")
                                        : _("Dry run: nothing was written.\n"));

  return g_string_free (out, FALSE);
}

GBytes *
gpm_import_report_problems_to_csv (const GpmImportReport *report)
{
  GString *out = g_string_new (NULL);
  const char *header[] = { "line", "column", "reason" };

  gpm_csv_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < report->problems->len; i++)
    {
      GpmImportProblem *problem = report->problems->pdata[i];
      g_autofree char *line = g_strdup_printf ("%" G_GUINT64_FORMAT, problem->line);
      const char *row[] = { line, problem->column != NULL ? problem->column : "",
                            problem->reason };

      gpm_csv_append_row (out, row, G_N_ELEMENTS (row));
    }

  return g_string_free_to_bytes (out);
}
