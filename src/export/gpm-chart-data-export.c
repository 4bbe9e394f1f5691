/* gpm-chart-data-export.c — every point a chart plots, one row each, through the same
 * writer as the table exports (gpm-table-export.c), so the CSV gets the same formula
 * neutralisation and the JSON the same numbers.
 *
 * The data is what the chart query made for the picture: values already converted to
 * the chart's currency, and all points, not the per-pixel summary a long series is
 * drawn from. Status words are the stable English keys, not the translated labels,
 * because the file is for programs and spreadsheets as much as for people.
 */

#include "config.h"

#include "gpm-chart-data-export.h"
#include "gpm-chart-renderer.h"

static const GpmTableColumn chart_columns[] = {
  { "series", NULL, GPM_COLUMN_TEXT },
  { "period", NULL, GPM_COLUMN_TEXT },
  { "value", NULL, GPM_COLUMN_NUMBER },
  { "unit", NULL, GPM_COLUMN_TEXT },
  { "status", NULL, GPM_COLUMN_TEXT },
  { "source", NULL, GPM_COLUMN_TEXT },
  { "quote", NULL, GPM_COLUMN_TEXT },
  { "source_date", NULL, GPM_COLUMN_TEXT },
};

static const char *
status_key (GpmPointStatus status)
{
  switch (status)
    {
    case GPM_POINT_FORECAST:
      return "forecast";
    case GPM_POINT_ESTIMATE:
      return "estimate";
    case GPM_POINT_REPORTED:
    default:
      return "reported";
    }
}

/* What the point stands for (gpm_chart_point_period ()); a dated instant, its day. */
static char *
period_text (const GpmChartPoint *point)
{
  g_autoptr(GDateTime) epoch = NULL;
  g_autoptr(GDateTime) day = NULL;
  char *period = gpm_chart_point_period (point);

  if (period != NULL)
    return period;

  epoch = g_date_time_new_utc (1970, 1, 1, 0, 0, 0);
  day = g_date_time_add_days (epoch, (int) point->x_start);

  return g_date_time_format (day, "%Y-%m-%d");
}

static char **
point_row (const GpmChartSeries *series,
           const GpmChartPoint  *point)
{
  const char *unit = gpm_chart_series_get_unit (series);
  const char *label = gpm_chart_series_get_label (series);
  char **cells = g_new0 (char *, G_N_ELEMENTS (chart_columns) + 1);

  cells[0] = g_strdup (label != NULL ? label : "");
  cells[1] = period_text (point);
  cells[2] = gpm_table_format_number (point->value);
  cells[3] = g_strdup (unit != NULL ? unit : "");
  cells[4] = g_strdup (status_key (point->status));
  cells[5] = g_strdup (point->source_title != NULL ? point->source_title : "");
  cells[6] = g_strdup (point->quote != NULL ? point->quote : "");
  cells[7] = g_strdup (point->source_date != NULL ? point->source_date : "");

  return cells;
}

/**
 * gpm_chart_data_export:
 *
 * Returns: (transfer full): the file's bytes; safe to call on any thread
 */
GBytes *
gpm_chart_data_export (const GpmChartData  *data,
                       GpmTableFormat       format,
                       GpmTableExportFlags  flags)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_return_val_if_fail (data != NULL, NULL);

  for (guint s = 0; s < gpm_chart_data_get_n_series (data); s++)
    {
      GpmChartSeries *series = gpm_chart_data_get_series (data, s);

      for (guint p = 0; p < gpm_chart_series_get_n_points (series); p++)
        {
          GpmChartPoint point;

          gpm_chart_series_get_point (series, p, &point);
          g_ptr_array_add (rows, point_row (series, &point));
        }
    }

  return gpm_table_write_rows (chart_columns, G_N_ELEMENTS (chart_columns), rows, format,
                               flags);
}
