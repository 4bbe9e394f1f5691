/* gpm-cli-private.h — what the command handlers share. */
#pragma once

#include "gpm-chart-query.h"
#include "gpm-store.h"

G_BEGIN_DECLS

GpmStore *gpm_cli_open_store   (const char    *path,
                                GError       **error);
void      gpm_cli_print_error  (const char    *command,
                                const GError  *error);
GpmSavedChart *gpm_cli_find_chart     (GPtrArray            *charts,
                                       const char           *name_or_id);
gboolean       gpm_cli_parse_language (const char           *text,
                                       GpmLanguage          *language);
void           gpm_cli_read_rate      (GpmChartQueryOptions *options,
                                       char                **date);

int       gpm_cli_export_data  (int            argc,
                                char         **argv);
int       gpm_cli_export_chart (int            argc,
                                char         **argv);
int       gpm_cli_list_charts  (int            argc,
                                char         **argv);
int       gpm_cli_export_deck  (int            argc,
                                char         **argv);
int       gpm_cli_import       (int            argc,
                                char         **argv);
int       gpm_cli_backup       (int            argc,
                                char         **argv);
int       gpm_cli_restore      (int            argc,
                                char         **argv);

G_END_DECLS
