/* gpm-chart-renderer.h — draws a chart onto any cairo context.
 *
 * One call draws the whole picture into a logical width × height: the Charts view calls
 * it from its snapshot (gtk_snapshot_append_cairo), exports call it on an image, SVG or
 * PDF surface, and the command line on an image surface, with the same result at the same
 * logical size. Device scale belongs to the caller's surface: the same call on a surface
 * with device scale 2 gives the same picture with twice the pixels. Text is laid out with
 * hinting off so that the layout, and so the picture, does not change with the scale.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "gpm-chart-data.h"
#include "gpm-chart-layout.h"
#include "gpm-chart-style.h"

G_BEGIN_DECLS

#define GPM_CHART_RENDER_ERROR (gpm_chart_render_error_quark ())

typedef enum
{
  GPM_CHART_RENDER_ERROR_TOO_SMALL,
} GpmChartRenderError;

GQuark    gpm_chart_render_error_quark (void);

gboolean  gpm_chart_layout_check       (double                width,
                                        double                height,
                                        const GpmChartData   *data,
                                        const GpmChartStyle  *style,
                                        GError              **error);
gboolean  gpm_chart_render             (cairo_t              *cr,
                                        double                width,
                                        double                height,
                                        const GpmChartData   *data,
                                        const GpmChartStyle  *style,
                                        GpmChartLayout      **out_layout);
char     *gpm_chart_describe_point     (const GpmChartData   *data,
                                        const GpmChartStyle  *style,
                                        guint                 series_index,
                                        guint                 point_index);

G_END_DECLS
