/* gpm-cli-export-data.c — `gpu-market export-data TABLE [--format csv|json] [-o FILE]`,
 * or `--chart NAME_OR_ID` for exactly the numbers a saved chart plots; `--bom` starts a
 * CSV with a byte-order mark, which Excel needs to read UTF-8.
 *
 * Writes to standard output, or to FILE through gpm-safe-file, which writes a
 * temporary file, flushes it and renames it over FILE only once everything is on disk:
 * an interrupted export never leaves a half file behind.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "gpm-chart-data-export.h"
#include "gpm-cli-private.h"
#include "gpm-safe-file.h"
#include "gpm-table-export.h"

static gboolean
write_output (const char  *path,
              GBytes      *bytes,
              GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (path == NULL)
    {
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("Could not write to standard output."));
          return FALSE;
        }
      return TRUE;
    }

  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

    return gpm_safe_file_write_bytes (file, bytes, NULL, error);
  }
}

/* The data of a saved chart, as the chart query makes it for the picture. */
static GBytes *
export_chart (GpmStore             *store,
              const char           *name_or_id,
              GpmTableFormat        format,
              GpmTableExportFlags   flags,
              GError              **error)
{
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(GpmChartSpec) spec = NULL;
  g_autoptr(GpmChartData) data = NULL;
  g_autofree char *rate_date = NULL;
  GpmChartQueryOptions options = { 0 };
  GpmSavedChart *chart;

  charts = gpm_store_list_saved_charts (store, NULL, error);
  if (charts == NULL)
    return NULL;
  chart = gpm_cli_find_chart (charts, name_or_id);
  if (chart == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("there is no saved chart “%s” (see gpu-market list-charts)"), name_or_id);
      return NULL;
    }

  gpm_cli_parse_language (NULL, &options.language);
  gpm_cli_read_rate (&options, &rate_date);
  options.rate_date = rate_date;
  options.title = gpm_saved_chart_get_name (chart);
  spec = gpm_chart_spec_new_from_json (gpm_saved_chart_get_spec (chart), error);
  if (spec == NULL || (data = gpm_chart_query_run (store, spec, &options, NULL, error)) == NULL)
    return NULL;

  return gpm_chart_data_export (data, format, flags);
}

int
gpm_cli_export_data (int    argc,
                     char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *database = NULL;
  g_autofree char *chart = NULL;
  gboolean bom = FALSE;
  g_autofree char *tables = g_strjoinv ("|", (char **) gpm_table_get_names ());
  g_autofree char *table_list = g_strjoinv (", ", (char **) gpm_table_get_names ());
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GpmTableFormat format = GPM_TABLE_FORMAT_CSV;
  GpmTable table = GPM_TABLE_VENDORS;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: csv (default) or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
    { "chart", 'c', 0, G_OPTION_ARG_STRING, &chart,
      N_("Write the numbers a saved chart plots instead of a table"), N_("NAME-OR-ID") },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom,
      N_("Start the CSV with a byte-order mark, for Excel"), NULL },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Read the database at PATH instead of your own"), N_("PATH") },
    { NULL }
  };

  context = g_option_context_new (tables);
  g_option_context_set_summary (context, _("Write a table of the database as CSV or JSON."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      gpm_cli_print_error ("export-data", error);
      return 2;
    }

  if (chart != NULL ? argc != 1 : (argc != 2 || !gpm_table_from_name (argv[1], &table)))
    {
      g_printerr (_("gpu-market export-data: name one table (%s) or --chart NAME-OR-ID\n"),
                  table_list);
      return 2;
    }
  if (format_name != NULL && !gpm_table_format_from_name (format_name, &format))
    {
      g_printerr (_("gpu-market export-data: unknown format “%s”; use csv or json\n"),
                  format_name);
      return 2;
    }

  store = gpm_cli_open_store (database, &error);
  if (store == NULL)
    {
      gpm_cli_print_error ("export-data", error);
      return 1;
    }

  if (chart != NULL)
    bytes = export_chart (store, chart, format, bom ? GPM_TABLE_EXPORT_BOM : 0, &error);
  else
    bytes = gpm_table_export_full (store, table, format, bom ? GPM_TABLE_EXPORT_BOM : 0, NULL,
                                   &error);
  if (bytes == NULL || !write_output (output, bytes, &error))
    {
      gpm_cli_print_error ("export-data", error);
      return 1;
    }

  return 0;
}
