/* gpm-chart-export.h — a chart drawn by the screen's renderer into a PNG, SVG or PDF file. */
#pragma once

#include <gio/gio.h>

#include "gpm-chart-data.h"
#include "gpm-chart-style.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_CHART_FORMAT_PNG,
  GPM_CHART_FORMAT_SVG,
  GPM_CHART_FORMAT_PDF,
} GpmChartFormat;

gboolean gpm_chart_format_from_name (const char           *name,
                                     GpmChartFormat       *format);
gboolean gpm_chart_export           (const GpmChartData   *data,
                                     const GpmChartStyle  *style,
                                     GpmChartFormat        format,
                                     int                   width,
                                     int                   height,
                                     double                scale,
                                     GFile                *file,
                                     GCancellable         *cancellable,
                                     GError              **error);

G_END_DECLS
