/* sample-charts.h — chart data shaped like the bundled dataset, for tests and the demo.
 *
 * The figures are the article's (IT Times, July 2025): Moore Threads and MetaX revenue and
 * net profit, NVIDIA's China share, the global AI-server forecast, 2024 shipments.
 */
#pragma once

#include <cairo.h>

#include "gpm-chart-data.h"
#include "gpm-chart-renderer.h"
#include "gpm-chart-style.h"

G_BEGIN_DECLS

const char * const *sample_chart_names (void);
GpmChartData       *sample_chart       (const char  *name,
                                        GpmLanguage  language);
GpmChartData       *sample_random_walk (guint       n_points,
                                        guint32     seed);
cairo_surface_t    *sample_render      (const GpmChartData   *data,
                                        const GpmChartStyle  *style,
                                        double                width,
                                        double                height,
                                        double                device_scale,
                                        GpmChartLayout      **out_layout);

G_END_DECLS
