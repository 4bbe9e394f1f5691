/* gpm-chart-export.h — a chart drawn by the screen's renderer into a PNG, SVG or PDF file.
 *
 * Each file carries the chart's title, its sources and the period of its data as
 * metadata (PNG text chunks, SVG <title>/<desc>, PDF document info), so a picture found
 * in a report can be traced back. The same helpers give the clipboard's text.
 */
#pragma once

#include <cairo.h>
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

gboolean gpm_export_png_surface     (cairo_surface_t      *surface,
                                     const char * const   *text,
                                     GFile                *file,
                                     GCancellable         *cancellable,
                                     GError              **error);
char    *gpm_export_safe_file_name  (const char           *title);

char    *gpm_chart_export_dup_sources (const GpmChartData  *data,
                                       const GpmChartStyle *style);
char    *gpm_chart_export_dup_period  (const GpmChartData  *data,
                                       const GpmChartStyle *style);
char    *gpm_chart_export_dup_values  (const GpmChartData  *data,
                                       const GpmChartStyle *style);
char    *gpm_chart_export_dup_pdf_date (const GpmChartData *data);
void     gpm_export_set_pdf_date      (cairo_surface_t     *surface,
                                       const char          *date);

G_END_DECLS
