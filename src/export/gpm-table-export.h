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

typedef enum
{
  GPM_TABLE_EXPORT_DEFAULT = 0,
  GPM_TABLE_EXPORT_BOM     = 1 << 0,  /* CSV: start with a UTF-8 byte-order mark, for Excel */
} GpmTableExportFlags;

/* How a column is written: only TEXT and SOURCE_KEY cells are neutralised in CSV. */
typedef enum
{
  GPM_COLUMN_TEXT,
  GPM_COLUMN_NUMBER,      /* a double, written so it reads back to the same value */
  GPM_COLUMN_YEAR,        /* an int, 0 meaning unknown (written empty) */
  GPM_COLUMN_BOOLEAN,
  GPM_COLUMN_SOURCE_KEY,  /* "source-id" written as the source's key */
  GPM_COLUMN_ID,
} GpmColumnKind;

typedef struct
{
  const char    *header;
  const char    *property;  /* the item property it is read from, for tables */
  GpmColumnKind  kind;
} GpmTableColumn;

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
GBytes     *gpm_table_export_full      (GpmStore        *store,
                                        GpmTable         table,
                                        GpmTableFormat   format,
                                        GpmTableExportFlags flags,
                                        GCancellable    *cancellable,
                                        GError         **error);
GBytes     *gpm_table_write_rows       (const GpmTableColumn *columns,
                                        guint            n_columns,
                                        GPtrArray       *rows,
                                        GpmTableFormat   format,
                                        GpmTableExportFlags flags);
char       *gpm_table_format_number    (double           value);

G_END_DECLS
