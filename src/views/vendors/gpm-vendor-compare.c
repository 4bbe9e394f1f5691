/* gpm-vendor-compare.c — the comparison of the vendors ticked in the list.
 *
 * One table per metric, so each has only the periods that metric has and the columns
 * line up period by period across vendors. Metrics only one vendor has are listed
 * after those they share, since the point of comparing is the overlap. Figures carry
 * the same marks, tooltips and popovers as in a profile.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-chart-spec.h"
#include "gpm-figure-table.h"
#include "gpm-profile-data.h"
#include "gpm-vendor-compare.h"
#include "gpm-vendor-format.h"
#include "gpm-vendor-profile-private.h"

struct _GpmVendorCompare
{
  GtkWidget       parent_instance;

  GtkStack       *stack;
  GtkBox         *tables;
  GtkLabel       *summary_label;

  GpmStore       *store;
  GPtrArray      *vendors;
  GpmProfileData *data;
  GCancellable   *cancellable;
  guint           reload_id;
};

G_DEFINE_FINAL_TYPE (GpmVendorCompare, gpm_vendor_compare, GTK_TYPE_WIDGET)

static const char * const key_metrics[] = {
  "revenue", "net-profit", "rd-expense-cumulative", "rd-to-revenue", "shipments",
  "valuation", "ipo-raise", "market-cap", "market-share", NULL
};

static void load (GpmVendorCompare *self);

static void
clear_tables (GpmVendorCompare *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tables))) != NULL)
    gtk_box_remove (self->tables, child);
}

/* Rows for one metric: one per vendor that has it, in the order the vendors were picked. */
static GPtrArray *
rows_for_metric (GpmVendorCompare *self,
                 gint64            metric_id,
                 const char       *metric_label,
                 GpmLanguage       language)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint v = 0; v < self->vendors->len; v++)
    {
      GpmVendor *vendor = g_ptr_array_index (self->vendors, v);
      GpmFigureRow *row = NULL;

      for (guint i = 0; i < self->data->observations->len; i++)
        {
          GpmObservation *figure = g_ptr_array_index (self->data->observations, i);

          if (gpm_observation_get_metric_id (figure) != metric_id
              || gpm_observation_get_vendor_id (figure) != gpm_vendor_get_id (vendor))
            continue;
          if (row == NULL)
            {
              row = gpm_figure_row_new (gpm_vendor_primary_name (vendor, language),
                                        metric_label);
              g_ptr_array_add (rows, row);
            }
          gpm_figure_row_add (row, figure);
        }
    }

  return rows;
}

static int
metric_order (GpmMetric *metric)
{
  const char *key = gpm_metric_get_key (metric);

  for (guint i = 0; key_metrics[i] != NULL; i++)
    if (g_str_equal (key_metrics[i], key))
      return i;

  return G_N_ELEMENTS (key_metrics);
}

static GtkWidget *
heading_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");

  return label;
}

/* A button that opens the metric for the compared vendors in the Charts page. */
static GtkWidget *
chart_button (GpmVendorCompare *self,
              GpmMetric        *metric)
{
  g_autoptr(GpmChartSpec) spec = gpm_chart_spec_new (GPM_CHART_TYPE_GROUPED_BAR);
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_auto(GStrv) subjects = NULL;
  g_autofree char *json = NULL;
  const char *metrics[] = { gpm_metric_get_key (metric), NULL };
  GtkWidget *button = gtk_button_new_from_icon_name ("gpm-charts-symbolic");

  for (guint v = 0; v < self->vendors->len; v++)
    g_strv_builder_add (keys, gpm_vendor_get_key (g_ptr_array_index (self->vendors, v)));
  subjects = g_strv_builder_end (keys);

  gpm_chart_spec_set_metrics (spec, metrics);
  gpm_chart_spec_set_subjects (spec, (const char * const *) subjects);
  gpm_chart_spec_set_show_forecasts (spec, TRUE);
  json = gpm_chart_spec_to_json (spec);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.chart-spec");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", json);
  gtk_widget_set_tooltip_text (button, _("Open as a Chart"));
  gtk_widget_add_css_class (button, "flat");

  return button;
}

/* Whether a compared vendor has more figures of the metric than the profile loads. */
static gboolean
is_long_metric (GpmVendorCompare *self,
                gint64            metric_id)
{
  for (guint i = 0; i < self->data->long_metrics->len; i++)
    if (g_array_index (self->data->long_metrics, GpmProfileLongMetric, i).metric_id
        == metric_id)
      return TRUE;

  return FALSE;
}

static GtkWidget *
long_metric_note (void)
{
  g_autofree char *text = NULL;
  GtkWidget *label;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Only the latest %u figure of a vendor is compared "
                                       "here; the chart button plots every one.",
                                       "Only the latest %u figures of a vendor are compared "
                                       "here; the chart button plots every one.",
                                       GPM_PROFILE_FIGURES_PER_METRIC),
                          (guint) GPM_PROFILE_FIGURES_PER_METRIC);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static void
append_metric (GpmVendorCompare *self,
               GpmMetric        *metric,
               gboolean          shared_only,
               GpmLanguage       language)
{
  const char *label = gpm_metric_label (metric, language);
  g_autoptr(GPtrArray) rows = rows_for_metric (self, gpm_metric_get_id (metric), label,
                                               language);
  GtkWidget *heading, *scroller;

  if (rows->len == 0 || (shared_only != (rows->len > 1)))
    return;

  heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (GTK_BOX (heading), heading_label (label));
  gtk_box_append (GTK_BOX (heading), chart_button (self, metric));
  gtk_box_append (self->tables, heading);
  if (is_long_metric (self, gpm_metric_get_id (metric)))
    gtk_box_append (self->tables, long_metric_note ());

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  /* Every row, at its full height: the page scrolls, not the table. */
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller),
                                 gpm_figure_table_new (_("Vendor"), rows, self->data->sources,
                                                       language));
  gtk_widget_add_css_class (scroller, "card");
  gtk_widget_set_overflow (scroller, GTK_OVERFLOW_HIDDEN);
  gtk_box_append (self->tables, scroller);
}

static int
compare_metrics (gconstpointer a,
                 gconstpointer b)
{
  GpmMetric *metric_a = *(GpmMetric * const *) a;
  GpmMetric *metric_b = *(GpmMetric * const *) b;
  int order = metric_order (metric_a) - metric_order (metric_b);

  if (order != 0)
    return order;

  return (gpm_metric_get_id (metric_a) > gpm_metric_get_id (metric_b))
         - (gpm_metric_get_id (metric_a) < gpm_metric_get_id (metric_b));
}

static void
show_data (GpmVendorCompare *self)
{
  GpmLanguage language = gpm_vendors_language ();
  g_autoptr(GPtrArray) metrics = g_ptr_array_new ();
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *summary = NULL;
  GHashTableIter iter;
  gpointer metric;

  clear_tables (self);
  if (self->data == NULL)
    return;

  g_hash_table_iter_init (&iter, self->data->metrics);
  while (g_hash_table_iter_next (&iter, NULL, &metric))
    g_ptr_array_add (metrics, metric);
  g_ptr_array_sort (metrics, compare_metrics);

  for (guint v = 0; v < self->vendors->len; v++)
    g_string_append_printf (names, "%s%s", v > 0 ? " · " : "",
                            gpm_vendor_primary_name (g_ptr_array_index (self->vendors, v),
                                                     language));
  /* Translators: %s is the list of vendors compared, e.g. "MetaX · Moore Threads" */
  summary = g_strdup_printf (_("Figures of %s, period by period. Metrics they share come "
                               "first."), names->str);
  gtk_label_set_text (self->summary_label, summary);

  for (guint i = 0; i < metrics->len; i++)
    append_metric (self, g_ptr_array_index (metrics, i), TRUE, language);
  for (guint i = 0; i < metrics->len; i++)
    append_metric (self, g_ptr_array_index (metrics, i), FALSE, language);

  if (gtk_widget_get_first_child (GTK_WIDGET (self->tables)) == NULL)
    gtk_stack_set_visible_child_name (self->stack, "no-figures");
  else
    gtk_stack_set_visible_child_name (self->stack, "tables");
}

static void
on_data_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GpmProfileData *data = gpm_profile_data_load_finish (result, &error);
  GpmVendorCompare *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GPM_VENDOR_COMPARE (user_data);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->data, gpm_profile_data_free);
  self->data = data;
  if (data == NULL)
    g_warning ("Could not load the comparison: %s", error->message);

  show_data (self);
}

static void
load (GpmVendorCompare *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);

  if (self->vendors->len < 2 || self->store == NULL)
    {
      g_clear_pointer (&self->data, gpm_profile_data_free);
      clear_tables (self);
      gtk_stack_set_visible_child_name (self->stack, "pick");
      return;
    }

  for (guint i = 0; i < self->vendors->len; i++)
    {
      gint64 id = gpm_vendor_get_id (g_ptr_array_index (self->vendors, i));

      g_array_append_val (ids, id);
    }

  self->cancellable = g_cancellable_new ();
  gpm_profile_data_load_async (self->store, (const gint64 *) (gpointer) ids->data, ids->len,
                               FALSE, self->cancellable, on_data_loaded, self);
}

static gboolean
reload_cb (gpointer user_data)
{
  GpmVendorCompare *self = user_data;

  self->reload_id = 0;
  load (self);

  return G_SOURCE_REMOVE;
}

static gboolean
schedule_reload (gpointer user_data)
{
  GpmVendorCompare *self = user_data;

  if (self->reload_id == 0 && self->store != NULL && self->vendors->len >= 2)
    self->reload_id = g_idle_add (reload_cb, self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (GpmStore         *store,
                  const char       *table,
                  GpmVendorCompare *self)
{
  if (g_strcmp0 (table, "observations") == 0 || g_strcmp0 (table, "vendors") == 0)
    g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, schedule_reload,
                                g_object_ref (self), g_object_unref);
}

static void
gpm_vendor_compare_dispose (GObject *object)
{
  GpmVendorCompare *self = GPM_VENDOR_COMPARE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->vendors, g_ptr_array_unref);
  g_clear_pointer (&self->data, gpm_profile_data_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_VENDOR_COMPARE);
  /* Children the template did not name are ours to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gpm_vendor_compare_parent_class)->dispose (object);
}

static void
gpm_vendor_compare_class_init (GpmVendorCompareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_vendor_compare_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-vendor-compare.ui");
  gtk_widget_class_bind_template_child (widget_class, GpmVendorCompare, stack);
  gtk_widget_class_bind_template_child (widget_class, GpmVendorCompare, tables);
  gtk_widget_class_bind_template_child (widget_class, GpmVendorCompare, summary_label);
}

static void
gpm_vendor_compare_init (GpmVendorCompare *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->vendors = g_ptr_array_new_with_free_func (g_object_unref);
}

GtkWidget *
gpm_vendor_compare_new (void)
{
  return g_object_new (GPM_TYPE_VENDOR_COMPARE, NULL);
}

void
gpm_vendor_compare_set_store (GpmVendorCompare *self,
                              GpmStore         *store)
{
  g_return_if_fail (GPM_IS_VENDOR_COMPARE (self));
  g_return_if_fail (store == NULL || GPM_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);

  load (self);
}

/**
 * gpm_vendor_compare_set_vendors:
 * @vendors: (element-type GpmVendor): the vendors to compare, in order; fewer than two
 *   shows how to pick them
 */
void
gpm_vendor_compare_set_vendors (GpmVendorCompare *self,
                                GPtrArray        *vendors)
{
  g_return_if_fail (GPM_IS_VENDOR_COMPARE (self));
  g_return_if_fail (vendors != NULL);

  g_ptr_array_set_size (self->vendors, 0);
  for (guint i = 0; i < vendors->len && i < GPM_VENDOR_COMPARE_MAX; i++)
    g_ptr_array_add (self->vendors, g_object_ref (g_ptr_array_index (vendors, i)));

  load (self);
}

gboolean
gpm_vendor_compare_get_loading (GpmVendorCompare *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR_COMPARE (self), FALSE);

  return self->cancellable != NULL || self->reload_id != 0;
}

/**
 * gpm_vendor_compare_get_data:
 *
 * Returns: (transfer none) (nullable): the figures compared, once loaded
 */
GpmProfileData *
gpm_vendor_compare_get_data (GpmVendorCompare *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR_COMPARE (self), NULL);

  return self->data;
}
