/* gpm-table-export.h — the database's tables as CSV or JSON, for people and programs. */
#pragma once

#include <gio/gio.h>

#include "gpm-store.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_TABLE_VENDORS,
  GPM_TABLE_OBSERVATIONS,
  GPM_TABLE_EVENTS,
  GPM_TABLE_SOURCES,
} GpmTable;

typedef enum
{
  GPM_TABLE_FORMAT_CSV,
  GPM_TABLE_FORMAT_JSON,
} GpmTableFormat;

gboolean    gpm_table_from_name        (const char      *name,
                                        GpmTable        *table);
gboolean    gpm_table_format_from_name (const char      *name,
                                        GpmTableFormat  *format);
const char *const *gpm_table_get_names (void);
GBytes     *gpm_table_export           (GpmStore        *store,
                                        GpmTable         table,
                                        GpmTableFormat   format,
                                        GCancellable    *cancellable,
                                        GError         **error);

G_END_DECLS
