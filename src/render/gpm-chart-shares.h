/* gpm-chart-shares.h — what a 100 % chart draws: each figure as its share of a stack.
 *
 * The renderer draws a 100 % stacked bar or area at value ÷ total of its stack; the
 * tooltip, the data table and the exported data say the same number with the figure,
 * so a reader can check the picture against the table.
 */

#pragma once

#include "gpm-chart-data.h"
#include "gpm-chart-style.h"

G_BEGIN_DECLS

gboolean  gpm_chart_type_is_share       (GpmChartType         type);
double   *gpm_chart_compute_shares      (const GpmChartData  *data,
                                         const GpmChartStyle *style,
                                         guint                series_index);

G_END_DECLS
