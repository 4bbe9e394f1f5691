/* gpm-chart-shares.c — each figure of a 100 % chart as the share it is drawn at.
 *
 * The same rules as the drawing: a figure stacks with the others of its category or
 * span (gpm_render_stack_key ()); series the legend has hidden leave the stack; the total
 * is of absolute values. A 100 % bar stacks every figure of a slot, while an area has one
 * band a series and takes the first figure a series gives for a period, as the source
 * gave it (gpm-chart-renderer-bars.c, gpm-chart-renderer-areas.c).
 */

#include "config.h"

#include <math.h>

#include "gpm-chart-renderer-private.h"
#include "gpm-chart-shares.h"

gboolean
gpm_chart_type_is_share (GpmChartType type)
{
  return type == GPM_CHART_TYPE_STACKED_100 || type == GPM_CHART_TYPE_AREA_100;
}

/* The stack key of point @index of @series when it is drawn, else NULL. @seen holds the
 * keys of the series already met, for charts that draw only the first. */
static char *
drawn_key (GpmChartSeries *series,
           guint           index,
           GHashTable     *seen,
           double         *value)
{
  GpmChartPoint point;
  char *key;

  if (!gpm_chart_series_get_point (series, index, &point) || !isfinite (point.value))
    return NULL;

  key = gpm_render_stack_key (&point);
  if (seen != NULL && !g_hash_table_add (seen, g_strdup (key)))
    {
      g_free (key);
      return NULL;
    }

  *value = point.value;
  return key;
}

static GHashTable *
new_key_set (gboolean first_only)
{
  return first_only ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) : NULL;
}

/**
 * gpm_chart_compute_shares:
 *
 * Returns: (transfer full) (nullable): for a 100 % chart, one double a point of the
 * series: the percent of its stack it is drawn at, NAN where it is not drawn (a hidden
 * series, a missing value, a second figure for one period of an area). NULL for other
 * chart types.
 */
double *
gpm_chart_compute_shares (const GpmChartData  *data,
                          const GpmChartStyle *style,
                          guint                series_index)
{
  GpmChartType type;
  gboolean first_only;
  g_autoptr(GHashTable) totals = NULL;
  g_autoptr(GHashTable) seen = NULL;
  GpmChartSeries *series;
  double *shares;
  guint n;

  g_return_val_if_fail (data != NULL && style != NULL, NULL);
  g_return_val_if_fail (series_index < gpm_chart_data_get_n_series (data), NULL);

  type = gpm_chart_data_get_chart_type (data);
  if (!gpm_chart_type_is_share (type))
    return NULL;
  first_only = type == GPM_CHART_TYPE_AREA_100;

  totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint s = 0; s < gpm_chart_data_get_n_series (data); s++)
    {
      GpmChartSeries *other = gpm_chart_data_get_series (data, s);
      g_autoptr(GHashTable) other_seen = new_key_set (first_only);

      if (gpm_chart_style_get_series_hidden (style, s))
        continue;

      for (guint p = 0; p < gpm_chart_series_get_n_points (other); p++)
        {
          double value = 0;
          char *key = drawn_key (other, p, other_seen, &value);
          double *total;

          if (key == NULL)
            continue;
          total = g_hash_table_lookup (totals, key);
          if (total == NULL)
            g_hash_table_insert (totals, key, total = g_new0 (double, 1));
          else
            g_free (key);
          *total += fabs (value);
        }
    }

  series = gpm_chart_data_get_series (data, series_index);
  n = gpm_chart_series_get_n_points (series);
  shares = g_new (double, MAX (n, 1));
  seen = new_key_set (first_only);
  for (guint p = 0; p < n; p++)
    {
      double value = 0;
      g_autofree char *key = NULL;
      const double *total;

      shares[p] = NAN;
      if (gpm_chart_style_get_series_hidden (style, series_index)
          || (key = drawn_key (series, p, seen, &value)) == NULL)
        continue;
      total = g_hash_table_lookup (totals, key);
      shares[p] = total != NULL && *total > 0 ? value / *total * 100.0 : 0.0;
    }

  return shares;
}
