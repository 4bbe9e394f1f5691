/* gpm-sparkline.h — a word-sized line chart: the shape of a short series, no axes.
 *
 * Pure cairo, like the rest of the engine, so the vendor list draws it in a widget and
 * an export could draw it on a file. Forecast points are reached by a dashed segment and
 * drawn hollow; doubtful points get a ring in the warning colour, so a figure the source
 * got wrong is never silently part of the trend.
 */
#pragma once

#include <cairo.h>

#include "gpm-render-types.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_SPARKLINE_FORECAST = 1 << 0,
  GPM_SPARKLINE_DOUBTFUL = 1 << 1,
} GpmSparklineFlags;

void gpm_sparkline_render (cairo_t       *cr,
                           double         width,
                           double         height,
                           const double  *values,
                           const guint8  *flags,
                           guint          n_values,
                           const GpmRgba *color,
                           const GpmRgba *warning);

G_END_DECLS
