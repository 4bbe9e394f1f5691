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
  { "export-data", gpm_cli_export_data },
  { "export-chart", gpm_cli_export_chart },
  { "export-deck", gpm_cli_export_deck },
  { "list-charts", gpm_cli_list_charts },
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
