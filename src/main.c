/* main.c — entry point: the command line when argv[1] names a command, else the app.
 *
 * The command-line tools (export-data, …) run without a display, so they are
 * dispatched before GTK is initialised. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "gpm-application.h"
#include "gpm-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GpmApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc > 1 && gpm_cli_is_command (argv[1]))
    return gpm_cli_run (argc, argv);

  app = gpm_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
