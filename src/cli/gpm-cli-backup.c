/* gpm-cli-backup.c — `gpu-market backup FILE` and `gpu-market restore FILE`.
 *
 * Both work on the user's database (or --database PATH) through the store's backup API:
 * a backup is complete and integrity-checked before it appears under FILE; a restore
 * checks FILE as opening it would and saves the current data next to the database
 * first. Each prints one line: what was done, or what went wrong.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-cli-private.h"

typedef struct
{
  const char *name;
  const char *parameter;
  const char *summary;
} CommandText;

/* Parses `COMMAND [--database PATH] FILE` and opens the store; 0 when ready. */
static int
open_for (const CommandText  *text,
          int                 argc,
          char              **argv,
          GpmStore          **out_store,
          char              **out_file)
{
  g_autofree char *database = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Use the database at PATH instead of your own"), N_("PATH") },
    { NULL }
  };

  context = g_option_context_new (text->parameter);
  g_option_context_set_summary (context, text->summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      gpm_cli_print_error (text->name, error);
      return 2;
    }
  if (argc != 2)
    {
      g_printerr (_("gpu-market %s: name one file\n"), text->name);
      return 2;
    }

  *out_store = gpm_cli_open_store (database, &error);
  if (*out_store == NULL)
    {
      gpm_cli_print_error (text->name, error);
      return 1;
    }

  *out_file = g_strdup (argv[1]);
  return 0;
}

int
gpm_cli_backup (int    argc,
                char **argv)
{
  const CommandText text = {
    "backup", _("FILE"),
    _("Copy the whole database to FILE, checked before it is called done.")
  };
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;
  int status = open_for (&text, argc, argv, &store, &file);

  if (status != 0)
    return status;

  if (!gpm_store_backup (store, file, NULL, &error))
    {
      gpm_cli_print_error ("backup", error);
      return 1;
    }

  g_print (_("Backed up “%s” to “%s”.\n"), gpm_store_get_path (store), file);
  return 0;
}

int
gpm_cli_restore (int    argc,
                 char **argv)
{
  const CommandText text = {
    "restore", _("FILE"),
    _("Replace the database with the backup in FILE. The current data is backed up "
      "next to the database first.")
  };
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;
  g_autofree char *safety = NULL;
  int status = open_for (&text, argc, argv, &store, &file);

  if (status != 0)
    return status;

  if (!gpm_store_restore (store, file, &safety, NULL, &error))
    {
      gpm_cli_print_error ("restore", error);
      return 1;
    }

  g_print (_("Restored “%s” from “%s”. The data from before is in “%s”.\n"),
           gpm_store_get_path (store), file, safety);
  return 0;
}
