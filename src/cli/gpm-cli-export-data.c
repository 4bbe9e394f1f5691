/* gpm-cli-export-data.c — `gpu-market export-data TABLE [--format csv|json] [-o FILE]`.
 *
 * Writes to standard output, or to FILE through GIO's replace, which writes a
 * temporary file and renames it over FILE only once everything is written: an
 * interrupted export never leaves a half file behind.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "gpm-cli-private.h"
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

    return g_file_replace_contents (file, data, size, NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
  }
}

int
gpm_cli_export_data (int    argc,
                     char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *database = NULL;
  g_autofree char *tables = g_strjoinv ("|", (char **) gpm_table_get_names ());
  g_autofree char *table_list = g_strjoinv (", ", (char **) gpm_table_get_names ());
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GpmTableFormat format = GPM_TABLE_FORMAT_CSV;
  GpmTable table;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: csv (default) or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
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

  if (argc != 2 || !gpm_table_from_name (argv[1], &table))
    {
      g_printerr (_("gpu-market export-data: name one table: %s\n"), table_list);
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

  bytes = gpm_table_export (store, table, format, NULL, &error);
  if (bytes == NULL || !write_output (output, bytes, &error))
    {
      gpm_cli_print_error ("export-data", error);
      return 1;
    }

  return 0;
}
