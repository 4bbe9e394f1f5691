/* gpm-cli-private.h — what the command handlers share. */
#pragma once

#include "gpm-store.h"

G_BEGIN_DECLS

GpmStore *gpm_cli_open_store   (const char    *path,
                                GError       **error);
void      gpm_cli_print_error  (const char    *command,
                                const GError  *error);

int       gpm_cli_export_data  (int            argc,
                                char         **argv);
int       gpm_cli_export_chart (int            argc,
                                char         **argv);
int       gpm_cli_list_charts  (int            argc,
                                char         **argv);
int       gpm_cli_export_deck  (int            argc,
                                char         **argv);

G_END_DECLS
