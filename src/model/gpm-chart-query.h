/* gpm-chart-query.h — a chart spec and the database make the data a chart draws. */
#pragma once

#include <gio/gio.h>

#include "gpm-chart-data.h"
#include "gpm-chart-spec.h"
#include "gpm-chart-style.h"
#include "gpm-render-types.h"
#include "gpm-store.h"

G_BEGIN_DECLS

#define GPM_CHART_QUERY_ERROR (gpm_chart_query_error_quark ())

typedef enum
{
  GPM_CHART_QUERY_ERROR_UNKNOWN_KEY,   /* the spec names a metric or subject not in the database */
  GPM_CHART_QUERY_ERROR_NO_RATE,       /* a currency conversion was asked for without a rate */
} GpmChartQueryError;

typedef struct
{
  GpmLanguage  language;      /* labels: English, Simplified or Traditional Chinese */
  double       cny_per_usd;   /* the user's rate for conversions; 0 when none is set */
  const char  *rate_date;     /* the day that rate is of, "2025-07-15", or NULL */
  const char  *title;         /* the title when the spec has none (a saved chart's name) */

  /* The picture the data will be drawn into, when the caller knows it (0 when not).
   * Long series then get their per-pixel-column summaries made here, off the main
   * thread, so drawing at that size costs O(width); any other size still draws right,
   * summarising on the fly. The style defaults to the desk style in @language. */
  int                   width;        /* logical pixels */
  int                   height;
  double                scale;        /* device pixels per logical pixel; 0 means 1 */
  const GpmChartStyle  *style;
} GpmChartQueryOptions;

GQuark        gpm_chart_query_error_quark (void);

GpmChartData *gpm_chart_query_run         (GpmStore                    *store,
                                           const GpmChartSpec          *spec,
                                           const GpmChartQueryOptions  *options,
                                           GCancellable                *cancellable,
                                           GError                     **error);
void          gpm_chart_query_run_async   (GpmStore                    *store,
                                           const GpmChartSpec          *spec,
                                           const GpmChartQueryOptions  *options,
                                           GCancellable                *cancellable,
                                           GAsyncReadyCallback          callback,
                                           gpointer                     user_data);
GpmChartData *gpm_chart_query_run_finish  (GAsyncResult                *result,
                                           GError                     **error);

G_END_DECLS
