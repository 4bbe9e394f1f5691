/* gpm-cli.c — dispatches `gpu-market COMMAND …` to the command's handler.
 *
 * Commands reuse the store and model without GTK; each prints one clear line on
 * error and exits non-zero.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-cli.h"
#include "gpm-cli-private.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
} Command;

static const Command commands[] = {
  { "backup", gpm_cli_backup },
  { "export-data", gpm_cli_export_data },
  { "export-chart", gpm_cli_export_chart },
  { "export-deck", gpm_cli_export_deck },
  { "list-charts", gpm_cli_list_charts },
  { "import", gpm_cli_import },
  { "restore", gpm_cli_restore },
};

gboolean
gpm_cli_is_command (const char *arg)
{
  g_return_val_if_fail (arg != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (arg, commands[i].name))
      return TRUE;

  return FALSE;
}

int
gpm_cli_run (int    argc,
             char **argv)
{
  g_return_val_if_fail (argc > 1, 1);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  g_printerr (_("Unknown command “%s”.\n"), argv[1]);
  return 2;
}

/* Opens the database the user named, or their own one, for a command. */
GpmStore *
gpm_cli_open_store (const char  *path,
                    GError     **error)
{
  g_autofree char *default_path = NULL;

  /* The user's own database is created on first use; a file named on the command
   * line must exist, or a typo would quietly make a new database. */
  if (path == NULL)
    path = default_path = gpm_store_default_path ();
  else if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("There is no database at “%s”. Check the path."), path);
      return NULL;
    }

  return gpm_store_open (path, error);
}

void
gpm_cli_print_error (const char   *command,
                     const GError *error)
{
  g_printerr ("gpu-market %s: %s\n", command, error->message);
}

/* A saved chart by its id or its exact name, or NULL. */
GpmSavedChart *
gpm_cli_find_chart (GPtrArray  *charts,
                    const char *name_or_id)
{
  char *end = NULL;
  gint64 id = g_ascii_strtoll (name_or_id, &end, 10);
  gboolean is_id = end != name_or_id && *end == '\0';

  for (guint i = 0; i < charts->len; i++)
    {
      GpmSavedChart *chart = g_ptr_array_index (charts, i);

      if ((is_id && gpm_saved_chart_get_id (chart) == id) ||
          g_strcmp0 (gpm_saved_chart_get_name (chart), name_or_id) == 0)
        return chart;
    }

  return NULL;
}

/* The language of the labels: --lang, else the user's locale. */
gboolean
gpm_cli_parse_language (const char  *text,
                        GpmLanguage *language)
{
  const char *const *names = g_get_language_names ();

  if (text == NULL)
    {
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_has_prefix (names[i], "zh_TW") || g_str_has_prefix (names[i], "zh_HK"))
          return (*language = GPM_LANGUAGE_ZH_TW, TRUE);
        else if (g_str_has_prefix (names[i], "zh"))
          return (*language = GPM_LANGUAGE_ZH_CN, TRUE);
      return (*language = GPM_LANGUAGE_EN, TRUE);
    }

  if (g_str_equal (text, "en"))
    *language = GPM_LANGUAGE_EN;
  else if (g_str_equal (text, "zh_CN"))
    *language = GPM_LANGUAGE_ZH_CN;
  else if (g_str_equal (text, "zh_TW"))
    *language = GPM_LANGUAGE_ZH_TW;
  else
    return FALSE;

  return TRUE;
}

/* The exchange rate the user set in the app, when its settings are installed. */
void
gpm_cli_read_rate (GpmChartQueryOptions *options,
                   char                **date)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  options->cny_per_usd = 7.1724;
  *date = g_strdup ("2025-07-15");
  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL
      || !g_settings_schema_has_key (schema, "cny-per-usd"))
    return;

  settings = g_settings_new (APP_ID);
  options->cny_per_usd = g_settings_get_double (settings, "cny-per-usd");
  g_free (*date);
  *date = g_settings_get_string (settings, "rate-date");
}
