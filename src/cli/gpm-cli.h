/* gpm-cli.h — the command line: commands that run without a display. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean gpm_cli_is_command (const char *arg);
int      gpm_cli_run        (int         argc,
                             char      **argv);

G_END_DECLS
