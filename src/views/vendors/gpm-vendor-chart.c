/* gpm-vendor-chart.c — the profile's small chart of revenue against net profit.
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
