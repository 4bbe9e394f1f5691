/* gpm-vendor-chart.c — the profile's small chart of revenue against net profit, and
 * the way to the Charts view for the metrics too long for the profile to list.
 *
 * The same path as every other chart: a spec (bars of revenue, a line of net profit,
 * for this vendor) goes through the chart query off the main thread and is shown by
 * the chart view, so it has the engine's marks for forecasts and doubtful figures,
 * the source footer, hover tooltips with the quoted sentence, and keyboard access.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gpm-chart-query.h"
#include "gpm-number-format.h"
#include "gpm-vendor-format.h"
#include "gpm-chart-view.h"
#include "gpm-vendor-profile-private.h"

#define CHART_HEIGHT 260

static guint
count_figures (GpmProfileData *data,
               const char     *metric_key)
{
  guint n = 0;

  for (guint i = 0; i < data->observations->len; i++)
    if (g_strcmp0 (gpm_observation_get_metric_key (g_ptr_array_index (data->observations, i)),
                   metric_key) == 0)
      n++;

  return n;
}

static void
on_chart_ready (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkWidget) view = user_data;   /* kept alive for the query */
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmChartData) data = gpm_chart_query_run_finish (result, &error);

  if (data != NULL)
    gpm_chart_view_set_data (GPM_CHART_VIEW (view), data);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not chart the vendor's figures: %s", error->message);
}

/**
 * gpm_profile_section_chart:
 *
 * Returns: (transfer floating) (nullable): the chart, or %NULL when the vendor has
 *   fewer than two figures of revenue and net profit to draw
 */
GtkWidget *
gpm_profile_section_chart (GpmStore       *store,
                           GpmVendor      *vendor,
                           GpmProfileData *data,
                           GpmLanguage     language)
{
  const char *metrics[] = { "revenue", "net-profit", NULL };
  const char *subjects[] = { gpm_vendor_get_key (vendor), NULL };
  g_autoptr(GpmChartSpec) spec = NULL;
  GpmChartQueryOptions options = { 0 };
  GtkWidget *box, *heading, *label, *export, *view;

  if (count_figures (data, "revenue") + count_figures (data, "net-profit") < 2)
    return NULL;

  spec = gpm_chart_spec_new (GPM_CHART_TYPE_COMBO);
  gpm_chart_spec_set_metrics (spec, metrics);
  gpm_chart_spec_set_subjects (spec, subjects);
  gpm_chart_spec_set_show_forecasts (spec, TRUE);
  /* Translators: the title of the chart in a vendor's profile */
  gpm_chart_spec_set_title (spec, _("Revenue and Net Profit"));
  gpm_chart_spec_set_subtitle (spec, gpm_vendor_get_name (vendor));
  options.language = language;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  label = gtk_label_new (_("Revenue and Net Profit"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (heading), label);
  /* The window's Export… finds the chart a page shows. */
  export = gtk_button_new_from_icon_name ("document-save-as-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "win.export");
  gtk_widget_set_tooltip_text (export, _("Export the Chart (Ctrl+E)"));
  gtk_widget_add_css_class (export, "flat");
  gtk_box_append (GTK_BOX (heading), export);
  gtk_box_append (GTK_BOX (box), heading);

  view = gpm_chart_view_new ();
  gtk_widget_set_size_request (view, -1, CHART_HEIGHT);
  gtk_widget_add_css_class (view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of revenue and net profit by period"),
                                  -1);
  gtk_box_append (GTK_BOX (box), view);

  /* The query is small (one vendor, two metrics); the view waits for it. */
  gpm_chart_query_run_async (store, spec, &options, NULL, on_chart_ready, g_object_ref (view));

  return box;
}

/* A line chart of one metric of the vendor, as the JSON win.chart-spec takes. */
static char *
long_metric_spec (GpmVendor *vendor,
                  GpmMetric *metric,
                  const char *title)
{
  g_autoptr(GpmChartSpec) spec = gpm_chart_spec_new (GPM_CHART_TYPE_LINE);
  const char *metrics[] = { gpm_metric_get_key (metric), NULL };
  const char *subjects[] = { gpm_vendor_get_key (vendor), NULL };

  gpm_chart_spec_set_metrics (spec, metrics);
  gpm_chart_spec_set_subjects (spec, subjects);
  gpm_chart_spec_set_show_forecasts (spec, TRUE);
  gpm_chart_spec_set_title (spec, title);
  gpm_chart_spec_set_subtitle (spec, gpm_vendor_get_name (vendor));

  return gpm_chart_spec_to_json (spec);
}

/**
 * gpm_profile_section_long_metrics:
 *
 * Returns: (transfer floating) (nullable): a group naming each metric of the vendor
 *   with more figures than the profile lists (GPM_PROFILE_FIGURES_PER_METRIC), how many
 *   it has, and a button that charts them all; %NULL when there is none
 */
GtkWidget *
gpm_profile_section_long_metrics (GpmVendor      *vendor,
                                  GpmProfileData *data,
                                  GpmLanguage     language)
{
  g_autofree char *description = NULL;
  GtkWidget *group = NULL;

  for (guint i = 0; i < data->long_metrics->len; i++)
    {
      const GpmProfileLongMetric *long_metric = &g_array_index (data->long_metrics,
                                                                GpmProfileLongMetric, i);
      GpmMetric *metric = gpm_profile_data_get_metric (data, long_metric->metric_id);
      const char *label;
      g_autofree char *count = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *json = NULL;
      GtkWidget *row, *button;

      if (metric == NULL || long_metric->vendor_id != gpm_vendor_get_id (vendor))
        continue;

      if (group == NULL)
        {
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Long Series"));
          description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "Figures by Period lists the latest %u "
                                                      "figure of these metrics; the Charts "
                                                      "view plots every one.",
                                                      "Figures by Period lists the latest %u "
                                                      "figures of these metrics; the Charts "
                                                      "view plots every one.",
                                                      GPM_PROFILE_FIGURES_PER_METRIC),
                                         (guint) GPM_PROFILE_FIGURES_PER_METRIC);
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
        }

      label = gpm_metric_label (metric, language);
      /* Translators: how many figures a long series has, e.g. "1,000,000 figures" */
      count = gpm_number_format (language, (double) long_metric->total, "", GPM_NUMBER_LONG);
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s figure", "%s figures",
                                               (gulong) long_metric->total),
                                  count);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      json = long_metric_spec (vendor, metric, label);
      button = gtk_button_new_with_label (_("Chart All"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.chart-spec");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", json);
      gtk_widget_set_tooltip_text (button, _("Open every figure of this metric in Charts"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}
