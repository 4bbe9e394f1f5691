/* gpm-chart-rows.h — the Charts page's data table as a list made on demand.
 *
 * One row a plotted point, every series after the other; a row (GpmDataRow) is made
 * and formatted only when the table shows or copies it, so a chart of a million points
 * costs the table nothing until it is scrolled.
 */
#pragma once

#include <gio/gio.h>

#include "gpm-chart-data.h"
#include "gpm-render-types.h"

G_BEGIN_DECLS

#define GPM_TYPE_CHART_ROWS (gpm_chart_rows_get_type ())
G_DECLARE_FINAL_TYPE (GpmChartRows, gpm_chart_rows, GPM, CHART_ROWS, GObject)

GpmChartRows *gpm_chart_rows_new      (void);
void          gpm_chart_rows_set_data (GpmChartRows *self,
                                       GpmChartData *data,
                                       GpmLanguage   language,
                                       GPtrArray    *shares);

G_END_DECLS
