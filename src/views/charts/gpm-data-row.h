/* gpm-data-row.h — one plotted value as a row of the Charts page's data table. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The table's columns, in order. */
typedef enum
{
  GPM_DATA_ROW_SERIES,
  GPM_DATA_ROW_PERIOD,
  GPM_DATA_ROW_VALUE,
  GPM_DATA_ROW_SHARE,    /* a 100 % chart's: the share the figure is drawn at */
  GPM_DATA_ROW_STATUS,
  GPM_DATA_ROW_SOURCE,
  GPM_DATA_ROW_N_COLUMNS,
} GpmDataRowColumn;

#define GPM_TYPE_DATA_ROW (gpm_data_row_get_type ())
G_DECLARE_FINAL_TYPE (GpmDataRow, gpm_data_row, GPM, DATA_ROW, GObject)

GpmDataRow *gpm_data_row_new        (const char *series,
                                     const char *period,
                                     const char *value,
                                     const char *share,
                                     const char *status,
                                     const char *source);
const char *gpm_data_row_get_column (GpmDataRow *self,
                                     guint       column);

G_END_DECLS
