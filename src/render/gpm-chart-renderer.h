/* gpm-chart-renderer.h — draws a chart onto any cairo context.
 *
 * One call draws the whole picture into a logical width × height: the Charts view calls
 * it from its snapshot (gtk_snapshot_append_cairo), exports call it on an image, SVG or
 * PDF surface, and the command line on an image surface, with the same result at the same
 * logical size. Device scale belongs to the caller's surface: the same call on a surface
 * with device scale 2 gives the same picture with twice the pixels. Text is laid out with
 * hinting off so that the layout, and so the picture, does not change with the scale.
 *
 * The overlays (hover crosshair, legend focus ring, hovered event) draw over a finished
 * picture from its layout alone, so a view can cache the chart and redraw only them.
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
void      gpm_chart_prepare            (GpmChartData         *data,
                                        const GpmChartStyle  *style,
                                        double                width,
                                        double                height,
                                        double                device_scale);
GpmDecimation *gpm_chart_summarize_series (const GpmChartSeries *series,
                                        double                x0,
                                        double                x1,
                                        guint                 n_columns);
gboolean  gpm_chart_data_has_long_series (const GpmChartData *data);
char     *gpm_chart_point_period       (const GpmChartPoint  *point);
char     *gpm_chart_describe_point     (const GpmChartData   *data,
                                        const GpmChartStyle  *style,
                                        guint                 series_index,
                                        guint                 point_index);

/* Overlays drawn from the layout of the last gpm_chart_render (), over its picture. */
gboolean  gpm_chart_render_hover       (cairo_t              *cr,
                                        const GpmChartLayout *layout,
                                        const GpmChartData   *data,
                                        const GpmChartStyle  *style,
                                        guint                 series_index,
                                        guint                 point_index);
gboolean  gpm_chart_render_legend_focus (cairo_t             *cr,
                                        const GpmChartLayout *layout,
                                        const GpmChartStyle  *style,
                                        guint                 series_index);
gboolean  gpm_chart_render_event_hover (cairo_t              *cr,
                                        const GpmChartLayout *layout,
                                        const GpmChartStyle  *style,
                                        guint                 event_index);

/* Where those overlays paint, so a view can repaint only there. */
#define GPM_CHART_OVERLAY_AREAS 5

guint     gpm_chart_hover_areas        (const GpmChartLayout *layout,
                                        const GpmChartData   *data,
                                        guint                 series_index,
                                        guint                 point_index,
                                        cairo_rectangle_t    *areas);
guint     gpm_chart_event_hover_areas  (const GpmChartLayout *layout,
                                        guint                 event_index,
                                        cairo_rectangle_t    *areas);
gboolean  gpm_chart_legend_focus_area  (const GpmChartLayout *layout,
                                        guint                 series_index,
                                        cairo_rectangle_t    *area);

G_END_DECLS
