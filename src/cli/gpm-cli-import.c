/* gpm-cli-import.c — `gpu-market import FILE [--dry-run] [--encoding E] [--mapping M] …`.
 *
 * The same import as the dialog, without a display: it prints the summary the dialog
 * shows and exits non-zero when nothing was imported.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-cli-private.h"
#include "gpm-import.h"
#include "gpm-safe-file.h"

static gboolean
parse_delimiter (const char *text,
                 char       *delimiter)
{
  static const struct { const char *name; char delimiter; } names[] = {
    { ",", ',' }, { "comma", ',' }, { ";", ';' }, { "semicolon", ';' },
    { "tab", '\t' }, { "\\t", '\t' }, { "\t", '\t' }, { "|", '|' }, { "pipe", '|' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (text, names[i].name) == 0)
      {
        *delimiter = names[i].delimiter;
        return TRUE;
      }

  return FALSE;
}

static gboolean
parse_mark (const char     *text,
            GpmDecimalMark *mark)
{
  if (g_ascii_strcasecmp (text, "point") == 0 || g_str_equal (text, "."))
    *mark = GPM_DECIMAL_MARK_POINT;
  else if (g_ascii_strcasecmp (text, "comma") == 0 || g_str_equal (text, ","))
    *mark = GPM_DECIMAL_MARK_COMMA;
  else
    return FALSE;

  return TRUE;
}

static gboolean
parse_options (GpmImportOptions  *options,
               const char        *encoding,
               const char        *delimiter,
               const char        *mark,
               const char        *on_error,
               GError           **error)
{
  if (encoding != NULL && !gpm_encoding_from_string (encoding, &options->encoding))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("unknown encoding “%s”; use utf-8, utf-16le, utf-16be, gb18030 or big5"),
                   encoding);
      return FALSE;
    }
  options->detect_encoding = encoding == NULL;

  if (delimiter != NULL && !parse_delimiter (delimiter, &options->delimiter))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("unknown delimiter “%s”; use comma, semicolon, tab or pipe"), delimiter);
      return FALSE;
    }

  if (mark != NULL && !parse_mark (mark, &options->decimal_mark))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("unknown decimal mark “%s”; use point or comma"), mark);
      return FALSE;
    }

  if (on_error != NULL && g_str_equal (on_error, "stop"))
    options->policy = GPM_IMPORT_STOP_AT_BAD_ROW;
  else if (on_error != NULL && !g_str_equal (on_error, "skip"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--on-error takes skip or stop, not “%s”"), on_error);
      return FALSE;
    }

  return TRUE;
}

/* The mapping names header columns, so the header must be read first. */
static gboolean
apply_mapping (GpmImportOptions  *options,
               GFile             *file,
               const char        *spec,
               GError           **error)
{
  g_autoptr(GpmImportPreview) preview = NULL;

  preview = gpm_import_preview (file, options, NULL, error);
  if (preview == NULL)
    return FALSE;

  options->mapping = preview->mapping;
  options->has_mapping = TRUE;

  return gpm_import_mapping_parse (&options->mapping, spec,
                                   (const char * const *) preview->header,
                                   preview->n_columns, error);
}

int
gpm_cli_import (int    argc,
                char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *delimiter = NULL;
  g_autofree char *mark = NULL;
  g_autofree char *mapping = NULL;
  g_autofree char *on_error = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *summary = NULL;
  gboolean dry_run = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GpmImportReport) report = NULL;
  g_autoptr(GFile) file = NULL;
  GpmImportOptions options;
  GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the file and count what would change, without writing"), NULL },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding,
      N_("The file’s encoding: utf-8, utf-16le, utf-16be, gb18030 or big5 (default: "
         "detected)"), N_("ENCODING") },
    { "delimiter", 0, 0, G_OPTION_ARG_STRING, &delimiter,
      N_("comma, semicolon, tab or pipe (default: detected)"), N_("DELIMITER") },
    { "decimal-mark", 0, 0, G_OPTION_ARG_STRING, &mark,
      N_("point (1,234.5) or comma (1.234,5), when the file leaves it open"), N_("MARK") },
    { "mapping", 'm', 0, G_OPTION_ARG_STRING, &mapping,
      N_("Which column holds what, e.g. subject=厂商,value=4 (default: from the header)"),
      N_("MAPPING") },
    { "on-error", 0, 0, G_OPTION_ARG_STRING, &on_error,
      N_("skip (default): leave bad rows out and list them; stop: import nothing when a "
         "row is bad"), N_("POLICY") },
    { "problems", 0, 0, G_OPTION_ARG_FILENAME, &problems,
      N_("Write the skipped rows and why to FILE (CSV)"), N_("FILE") },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Import into the database at PATH instead of your own"), N_("PATH") },
    { NULL }
  };

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
    _("Import figures from a CSV, TSV or JSON file in one transaction: every row or none.\n"
      "Columns: subject, metric, period, value (required); unit, source, quote, status,\n"
      "qualifier, doubtful, note (optional), named in the header in English or Chinese."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      gpm_cli_print_error ("import", error);
      return 2;
    }
  if (argc != 2)
    {
      g_printerr (_("gpu-market import: name one file to import\n"));
      return 2;
    }

  gpm_import_options_init (&options);
  options.dry_run = dry_run;
  file = g_file_new_for_commandline_arg (argv[1]);
  if (!parse_options (&options, encoding, delimiter, mark, on_error, &error))
    {
      gpm_cli_print_error ("import", error);
      return 2;
    }
  if (mapping != NULL && !apply_mapping (&options, file, mapping, &error))
    {
      gpm_cli_print_error ("import", error);
      return 1;
    }

  store = gpm_cli_open_store (database, &error);
  if (store == NULL)
    {
      gpm_cli_print_error ("import", error);
      return 1;
    }

  report = gpm_import_run (store, file, &options, NULL, NULL, NULL, &error);
  if (report == NULL)
    {
      gpm_cli_print_error ("import", error);
      return 1;
    }

  summary = gpm_import_report_describe (report);
  g_print ("%s", summary);

  if (problems != NULL)
    {
      g_autoptr(GFile) out = g_file_new_for_commandline_arg (problems);
      g_autoptr(GBytes) bytes = gpm_import_report_problems_to_csv (report);

      if (!gpm_safe_file_write_bytes (out, bytes, NULL, &error))
        {
          gpm_cli_print_error ("import", error);
          return 1;
        }
    }

  /* A dry run that a real import would refuse says so in its exit status. */
  return report->mark_unsettled ? 1 : 0;
}
