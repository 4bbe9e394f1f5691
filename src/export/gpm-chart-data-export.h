/* gpm-chart-data-export.h — the numbers behind a chart, as CSV or JSON. */
#pragma once

#include "gpm-chart-data.h"
#include "gpm-table-export.h"

G_BEGIN_DECLS

GBytes *gpm_chart_data_export (const GpmChartData   *data,
                               GpmTableFormat        format,
                               GpmTableExportFlags   flags);

G_END_DECLS
