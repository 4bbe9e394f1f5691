/* gpm-chart-pairs.h — an XY scatter's points: two metrics' figures paired by period.
 *
 * A pure function over two time series of one subject, so the pairing is tested without
 * a database: the query reads each metric as a time series (with its conversions and
 * forecast filter) and pairs them here.
 */
#pragma once

#include "gpm-chart-data.h"

G_BEGIN_DECLS

GpmChartSeries *gpm_chart_pairs_new (const GpmChartSeries *x,
                                     const GpmChartSeries *y,
                                     const char           *key,
                                     const char           *label);

G_END_DECLS
