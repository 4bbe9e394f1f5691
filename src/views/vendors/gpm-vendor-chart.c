/* gpm-vendor-chart.c — the profile's small chart of revenue against net profit.
 *
 * Drawn by the chart engine (gpm_chart_render) from the figures the profile already
 * loaded, so it shows exactly the table's numbers with the engine's own marks for
 * forecasts and doubtful figures, and the source in its footer. It follows the light
 * or dark style, and draws nothing rather than a cramped chart when too small.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gpm-chart-renderer.h"
#include "gpm-period.h"
#include "gpm-source.h"
#include "gpm-time-axis.h"
#include "gpm-vendor-format.h"
#include "gpm-vendor-profile-private.h"

#define CHART_HEIGHT 240

typedef struct
{
  GpmChartData *data;
  GpmLanguage   language;
} ChartState;

static void
chart_state_free (ChartState *state)
{
  g_clear_pointer (&state->data, gpm_chart_data_unref);
  g_free (state);
}

static gboolean
period_span (const char *text,
             double     *start,
             double     *end)
{
  GpmPeriod period;

  if (!gpm_period_parse (text, &period, NULL))
    return FALSE;

  switch (period.precision)
    {
    case GPM_PRECISION_YEAR:
      gpm_time_span_year (period.year, start, end);
      break;
    case GPM_PRECISION_QUARTER:
      gpm_time_span_quarter (period.year, period.quarter, start, end);
      break;
    case GPM_PRECISION_MONTH:
      gpm_time_span_month (period.year, period.month, start, end);
      break;
    case GPM_PRECISION_DAY:
    default:
      gpm_time_span_day (period.year, period.month, period.day, start, end);
      break;
    }

  return TRUE;
}

static GpmPointStatus
point_status (const char *status)
{
  if (g_strcmp0 (status, "forecast") == 0)
    return GPM_POINT_FORECAST;
  if (g_strcmp0 (status, "estimate") == 0)
    return GPM_POINT_ESTIMATE;

  return GPM_POINT_REPORTED;
}

static GpmQualifier
point_qualifier (const char *qualifier)
{
  if (g_strcmp0 (qualifier, "about") == 0)
    return GPM_QUALIFIER_ABOUT;
  if (g_strcmp0 (qualifier, "more-than") == 0)
    return GPM_QUALIFIER_MORE_THAN;
  if (g_strcmp0 (qualifier, "less-than") == 0)
    return GPM_QUALIFIER_LESS_THAN;

  return GPM_QUALIFIER_EXACT;
}

/* One series of the vendor's figures for @metric_key, in period order, in one unit. */
static GpmChartSeries *
build_series (GpmProfileData *data,
              const char     *metric_key,
              GpmLanguage     language,
              char          **source_line)
{
  g_autoptr(GpmChartSeries) series = NULL;
  const char *unit = NULL;

  for (guint i = 0; i < data->observations->len; i++)
    {
      GpmObservation *figure = g_ptr_array_index (data->observations, i);
      GpmMetric *metric = gpm_profile_data_get_metric (data,
                                                       gpm_observation_get_metric_id (figure));
      gint64 source_id = gpm_observation_get_source_id (figure);
      GpmSource *source = g_hash_table_lookup (data->sources, &source_id);
      double start, end;
      guint index;

      if (g_strcmp0 (gpm_observation_get_metric_key (figure), metric_key) != 0
          || metric == NULL
          || !period_span (gpm_observation_get_period (figure), &start, &end))
        continue;

      /* A series has one unit; a figure in another currency would be misplaced. */
      if (unit == NULL)
        {
          unit = gpm_observation_get_unit (figure);
          series = gpm_chart_series_new (metric_key, gpm_metric_label (metric, language), unit,
                                         GPM_VALUE_KIND_MONEY);
        }
      else if (g_strcmp0 (unit, gpm_observation_get_unit (figure)) != 0)
        continue;

      index = gpm_chart_series_add_point (series, start, end,
                                          gpm_observation_get_period (figure),
                                          gpm_observation_get_value (figure));
      gpm_chart_series_set_point_status (series, index,
                                         point_status (gpm_observation_get_status (figure)));
      gpm_chart_series_set_point_qualifier (series, index,
                                            point_qualifier (
                                              gpm_observation_get_qualifier (figure)));
      gpm_chart_series_set_point_doubtful (series, index, gpm_observation_get_doubtful (figure));
      if (source != NULL)
        {
          g_autofree char *citation = gpm_source_citation (source, language);

          gpm_chart_series_set_point_provenance (series, index, citation,
                                                 gpm_source_get_published (source),
                                                 gpm_observation_get_quote (figure));
          if (*source_line == NULL)
            /* Translators: the footer of a chart, naming where its figures come from */
            *source_line = g_strdup_printf (_("Source: %s"), citation);
        }
    }

  return g_steal_pointer (&series);
}

static GpmChartTheme
current_theme (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  if (adw_style_manager_get_high_contrast (manager))
    return GPM_CHART_THEME_HIGH_CONTRAST;

  return adw_style_manager_get_dark (manager) ? GPM_CHART_THEME_DARK : GPM_CHART_THEME_LIGHT;
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  ChartState *state = user_data;
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (current_theme (), state->language);

  gpm_chart_style_set_transparent (style, TRUE);
  if (!gpm_chart_layout_check (width, height, state->data, style, NULL))
    return;

  gpm_chart_render (cr, width, height, state->data, style, NULL);
}

/**
 * gpm_profile_section_chart:
 *
 * Returns: (transfer floating) (nullable): the chart, or %NULL when the vendor has
 *   fewer than two periods of revenue and net profit to draw
 */
GtkWidget *
gpm_profile_section_chart (GpmProfileData *data,
                           GpmLanguage     language)
{
  g_autofree char *source_line = NULL;
  g_autoptr(GpmChartSeries) revenue = build_series (data, "revenue", language, &source_line);
  g_autoptr(GpmChartSeries) profit = build_series (data, "net-profit", language, &source_line);
  guint n_points = (revenue ? gpm_chart_series_get_n_points (revenue) : 0)
                   + (profit ? gpm_chart_series_get_n_points (profit) : 0);
  ChartState *state;
  GtkWidget *box, *heading, *area;

  if (n_points < 2)
    return NULL;

  state = g_new0 (ChartState, 1);
  state->language = language;
  state->data = gpm_chart_data_new (GPM_CHART_TYPE_GROUPED_BAR);
  if (revenue != NULL)
    gpm_chart_data_add_series (state->data, revenue);
  if (profit != NULL)
    gpm_chart_data_add_series (state->data, profit);
  if (source_line != NULL)
    gpm_chart_data_add_footer_line (state->data, source_line);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  heading = gtk_label_new (_("Revenue and Net Profit"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), CHART_HEIGHT);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_chart, state,
                                  (GDestroyNotify) chart_state_free);
  gtk_widget_add_css_class (area, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of revenue and net profit by period"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("The same figures, with their sources, are in the "
                                    "table below."),
                                  -1);
  /* Redraw in the new colours when the style changes. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), area, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), area, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), area);

  return box;
}
