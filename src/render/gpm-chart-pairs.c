/* gpm-chart-pairs.c — pairs two metrics' figures of one subject by period.
 *
 * Figures pair when their periods are the same span: a year with the same year, a
 * quarter with the same quarter, never a year with one of its quarters (2025-Q1 revenue
 * against full-year profit would be a point nobody reported). A pair is a forecast when
 * either figure is, an estimate when either is and neither is a forecast, and doubtful
 * when either is. When a period has two figures of one metric (two sources), the first
 * is used, as the time charts do. Each point keeps both figures' sources and sentences.
 */

#include "config.h"

#include <math.h>

#include "gpm-chart-pairs.h"

static GpmPointStatus
pair_status (GpmPointStatus a,
             GpmPointStatus b)
{
  if (a == GPM_POINT_FORECAST || b == GPM_POINT_FORECAST)
    return GPM_POINT_FORECAST;
  if (a == GPM_POINT_ESTIMATE || b == GPM_POINT_ESTIMATE)
    return GPM_POINT_ESTIMATE;
  return GPM_POINT_REPORTED;
}

static gboolean
same_span (const GpmChartPoint *a,
           const GpmChartPoint *b)
{
  return fabs (a->x_start - b->x_start) < 1e-6 && fabs (a->x_end - b->x_end) < 1e-6;
}

/* Whether an earlier point of @series has the span of point @index. */
static gboolean
repeated (const GpmChartSeries *series,
          guint                 index)
{
  GpmChartPoint point, earlier;

  gpm_chart_series_get_point (series, index, &point);
  for (guint i = 0; i < index; i++)
    {
      gpm_chart_series_get_point (series, i, &earlier);
      if (same_span (&point, &earlier))
        return TRUE;
    }

  return FALSE;
}

/**
 * gpm_chart_pairs_new:
 * @x: the figures of the metric across
 * @y: the figures of the metric up, in the order the new series keeps
 *
 * Returns: (transfer full): a series in @y's unit whose points carry @x's values and
 *   provenance as their x; empty when no period has both
 */
GpmChartSeries *
gpm_chart_pairs_new (const GpmChartSeries *x,
                     const GpmChartSeries *y,
                     const char           *key,
                     const char           *label)
{
  GpmChartSeries *pairs;

  g_return_val_if_fail (x != NULL && y != NULL, NULL);

  pairs = gpm_chart_series_new (key, label, gpm_chart_series_get_unit (y),
                                gpm_chart_series_get_kind (y));
  gpm_chart_series_set_mark (pairs, GPM_CHART_MARK_SCATTER);
  gpm_chart_series_set_x_unit (pairs, gpm_chart_series_get_unit (x),
                               gpm_chart_series_get_kind (x));

  for (guint j = 0; j < gpm_chart_series_get_n_points (y); j++)
    {
      GpmChartPoint yp;

      gpm_chart_series_get_point (y, j, &yp);
      if (!isfinite (yp.value) || repeated (y, j))
        continue;

      for (guint i = 0; i < gpm_chart_series_get_n_points (x); i++)
        {
          GpmChartPoint xp;
          guint index;

          gpm_chart_series_get_point (x, i, &xp);
          if (!isfinite (xp.value) || !same_span (&xp, &yp))
            continue;

          index = gpm_chart_series_add_point (pairs, yp.x_start, yp.x_end, yp.period,
                                              yp.value);
          gpm_chart_series_set_point_status (pairs, index, pair_status (xp.status, yp.status));
          gpm_chart_series_set_point_qualifier (pairs, index,
                                                yp.qualifier != GPM_QUALIFIER_EXACT
                                                ? yp.qualifier : xp.qualifier);
          gpm_chart_series_set_point_doubtful (pairs, index, xp.doubtful || yp.doubtful);
          if (yp.source_title != NULL || yp.quote != NULL)
            gpm_chart_series_set_point_provenance (pairs, index, yp.source_title,
                                                   yp.source_date, yp.quote);
          gpm_chart_series_set_point_x (pairs, index, xp.value, xp.source_title,
                                        xp.source_date, xp.quote);
          break;
        }
    }

  return pairs;
}
