/* gpm-charts-page.c — the Charts page: build a chart, see it, read its numbers.
 *
 * The sidebar holds the saved charts and the builder (type, metrics, subjects, period,
 * currency, scale). Every change builds a spec and runs its query off the main thread,
 * cancelling the one it supersedes; the answer goes to the chart view and, as formatted
 * text, to the data table beside it, so the table holds exactly the plotted numbers.
 * Saving, renaming and deleting live in gpm-charts-page-actions.c.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "gpm-chart-presets.h"
#include "gpm-chart-query.h"
#include "gpm-chart-rows.h"
#include "gpm-chart-shares.h"
#include "gpm-charts-page-private.h"
#include "gpm-data-row.h"
#include "gpm-number-format.h"
#include "gpm-period.h"

G_DEFINE_FINAL_TYPE (GpmChartsPage, gpm_charts_page, ADW_TYPE_BIN)

/* Shown first: the bundled chart that tells the most at a glance. */
#define DEFAULT_CHART "Moore Threads vs MetaX: revenue and net profit"

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In GpmChartType order. */
static const char *type_labels[] = {
  N_("Line"), N_("Area"), N_("Bar"), N_("Horizontal Bar"), N_("Grouped Bar"),
  N_("Stacked Bar"), N_("Stacked Bar, 100 %"), N_("Scatter"), N_("Donut"),
  N_("Bars and Lines"), N_("Area, 100 %"),
};

/* In GpmDisplayCurrency order. */
static const char *currency_labels[] = {
  N_("As Reported"), N_("Chinese Yuan (CNY)"), N_("US Dollar (USD)"),
};

static GtkStringList *
translated_list (const char **labels,
                 guint        n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, _(labels[i]));

  return list;
}

/* ---------------------------------------------------------------- the spec */

static GStrv
checked_keys (GPtrArray *checks)
{
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();

  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (keys, g_object_get_data (G_OBJECT (check), "key"));
    }

  return g_strv_builder_end (keys);
}

static gboolean
check_period (AdwEntryRow  *row,
              GError      **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  GpmPeriod period;

  if (*text == '\0' || gpm_period_parse (text, &period, error))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      return TRUE;
    }

  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  return FALSE;
}

/* The spec the builder shows; NULL with a message when a field is wrong. */
GpmChartSpec *
gpm_charts_page_build_spec (GpmChartsPage  *self,
                            GError        **error)
{
  g_autoptr(GpmChartSpec) spec = NULL;
  g_auto(GStrv) metrics = checked_keys (self->metric_checks);
  g_auto(GStrv) subjects = checked_keys (self->subject_checks);
  guint type = adw_combo_row_get_selected (self->type_row);

  /* Check both fields so both show their state, and report the first problem. */
  if (!check_period (self->from_row, error) | !check_period (self->to_row, error && !*error
                                                                            ? error : NULL))
    return NULL;

  spec = gpm_chart_spec_new (type < G_N_ELEMENTS (type_labels) ? type : GPM_CHART_TYPE_LINE);
  gpm_chart_spec_set_metrics (spec, (const char * const *) metrics);
  gpm_chart_spec_set_subjects (spec, (const char * const *) subjects);
  gpm_chart_spec_set_period_range (spec, gtk_editable_get_text (GTK_EDITABLE (self->from_row)),
                                   gtk_editable_get_text (GTK_EDITABLE (self->to_row)));
  gpm_chart_spec_set_currency (spec, adw_combo_row_get_selected (self->currency_row));
  gpm_chart_spec_set_log_scale (spec, gtk_switch_get_active (self->log_switch));
  gpm_chart_spec_set_show_forecasts (spec, gtk_switch_get_active (self->forecast_switch));
  if (type == GPM_CHART_TYPE_SCATTER)
    gpm_chart_spec_set_x_metric (spec, gpm_charts_page_get_x_metric (self));

  /* A saved chart keeps the titles it was saved with. */
  if (self->current != NULL)
    {
      g_autoptr(GpmChartSpec) saved =
        gpm_chart_spec_new_from_json (gpm_saved_chart_get_spec (self->current), NULL);

      if (saved != NULL)
        {
          gpm_chart_spec_set_title (spec, gpm_chart_spec_get_title (saved));
          gpm_chart_spec_set_subtitle (spec, gpm_chart_spec_get_subtitle (saved));
        }
    }

  return g_steal_pointer (&spec);
}

static void
set_checked (GPtrArray          *checks,
             const char * const *keys)
{
  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);
      const char *key = g_object_get_data (G_OBJECT (check), "key");

      gtk_check_button_set_active (check, g_strv_contains (keys, key));
    }
}

/* Shows SPEC in the builder without redrawing for every field it sets. */
static void
fill_builder (GpmChartsPage      *self,
              const GpmChartSpec *spec)
{
  self->filling = TRUE;
  adw_combo_row_set_selected (self->type_row, gpm_chart_spec_get_chart_type (spec));
  set_checked (self->metric_checks, gpm_chart_spec_get_metrics (spec));
  set_checked (self->subject_checks, gpm_chart_spec_get_subjects (spec));
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), gpm_chart_spec_get_period_from (spec));
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), gpm_chart_spec_get_period_to (spec));
  adw_combo_row_set_selected (self->currency_row, gpm_chart_spec_get_currency (spec));
  gtk_switch_set_active (self->log_switch, gpm_chart_spec_get_log_scale (spec));
  gtk_switch_set_active (self->forecast_switch, gpm_chart_spec_get_show_forecasts (spec));
  gpm_charts_page_set_x_metric (self, gpm_chart_spec_get_x_metric (spec));
  self->filling = FALSE;
}

/* ---------------------------------------------------------------- the answer */

static void
fill_table (GpmChartsPage *self,
            GpmChartData  *data)
{
  gboolean share_chart = gpm_chart_type_is_share (gpm_chart_data_get_chart_type (data));
  GPtrArray *shares = NULL;

  /* A 100 % chart draws shares: the table gives each with its figure. */
  if (share_chart)
    {
      shares = g_ptr_array_new_with_free_func (g_free);
      for (guint s = 0; s < gpm_chart_data_get_n_series (data); s++)
        g_ptr_array_add (shares, gpm_chart_view_compute_shares (self->chart_view, s));
    }

  gtk_column_view_column_set_visible (self->share_column, share_chart);
  gpm_chart_rows_set_data (self->rows, data, gpm_chart_view_get_language (self->chart_view),
                           shares);
}

/* Hiding a series changes the shares a 100 % chart draws the others at. */
static void
refill_table (GpmChartsPage *self)
{
  GpmChartData *data = gpm_chart_view_get_data (self->chart_view);

  if (data != NULL && gpm_chart_type_is_share (gpm_chart_data_get_chart_type (data)))
    fill_table (self, data);
}

static void
set_status (GpmChartsPage *self,
            GpmChartData  *data)
{
  guint n_points = 0;
  g_autofree char *text = NULL;

  for (guint s = 0; s < gpm_chart_data_get_n_series (data); s++)
    n_points += gpm_chart_series_get_n_points (gpm_chart_data_get_series (data, s));

  if (n_points == 0)
    text = g_strdup (_("No figures match: choose other metrics, vendors or periods."));
  else
    {
      /* "1,000,000", or "100万" in Chinese */
      g_autofree char *count = gpm_number_format (gpm_chart_view_get_language (self->chart_view),
                                                  n_points, "", GPM_NUMBER_LONG);

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s figure plotted",
                                           "%s figures plotted", n_points), count);
    }
  gtk_label_set_text (self->status_label, text);
}

static void
on_query_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GpmChartsPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmChartData) data = gpm_chart_query_run_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GPM_CHARTS_PAGE (user_data);
  g_clear_object (&self->query_cancellable);
  if (data == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }

  gpm_chart_view_set_data (self->chart_view, data);
  gtk_revealer_set_reveal_child (self->pin_revealer, FALSE);
  fill_table (self, data);
  set_status (self, data);
  gpm_charts_page_load_events (self);
}

/* Builds the spec and redraws: the page's one answer to every change. */
void
gpm_charts_page_refresh (GpmChartsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmChartSpec) spec = NULL;
  g_autofree char *rate_date = NULL;
  g_autoptr(GpmChartStyle) style = NULL;
  GpmChartQueryOptions options = { 0 };

  if (self->filling || self->store == NULL)
    return;

  spec = gpm_charts_page_build_spec (self, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->period_error), spec == NULL);
  if (spec == NULL)
    {
      gtk_label_set_text (self->period_error, error->message);
      return;
    }

  g_cancellable_cancel (self->query_cancellable);
  g_clear_object (&self->query_cancellable);
  self->query_cancellable = g_cancellable_new ();

  rate_date = g_settings_get_string (self->settings, "rate-date");
  options.language = gpm_chart_view_get_language (self->chart_view);
  options.cny_per_usd = g_settings_get_double (self->settings, "cny-per-usd");
  options.rate_date = rate_date;
  options.title = self->current ? gpm_chart_preset_title (gpm_saved_chart_get_name (self->current),
                                                          options.language)
                                : NULL;
  /* Long series are summarised for the view's size on the worker, not while drawing. */
  style = gpm_chart_view_dup_style (self->chart_view);
  options.width = gtk_widget_get_width (GTK_WIDGET (self->chart_view));
  options.height = gtk_widget_get_height (GTK_WIDGET (self->chart_view));
  options.scale = gtk_widget_get_scale_factor (GTK_WIDGET (self->chart_view));
  options.style = style;

  /* The callback holds no reference: cancelling in dispose stops it first. */
  gpm_chart_query_run_async (self->store, spec, &options, self->query_cancellable,
                             on_query_done, self);
  gpm_charts_page_update_actions (self);
}

void
gpm_charts_page_show_chart (GpmChartsPage *self,
                            GpmSavedChart *chart)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmChartSpec) spec = NULL;

  g_set_object (&self->current, chart);
  if (chart == NULL)
    {
      gpm_charts_page_refresh (self);
      return;
    }

  spec = gpm_chart_spec_new_from_json (gpm_saved_chart_get_spec (chart), &error);
  if (spec == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }

  fill_builder (self, spec);
  gpm_charts_page_refresh (self);
}

/* ---------------------------------------------------------------- the sidebar lists */

static void
on_builder_changed (GpmChartsPage *self)
{
  gpm_charts_page_refresh (self);
}

static GtkWidget *
add_check_row (GpmChartsPage  *self,
               AdwExpanderRow *expander,
               GPtrArray      *checks,
               const char     *key,
               const char     *title,
               const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *markup = g_markup_escape_text (title, -1);

  /* Row titles are markup; names like "R&D" must stay text. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), markup);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data_full (G_OBJECT (check), "key", g_strdup (key), g_free);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_builder_changed), self);
  adw_expander_row_add_row (expander, row);
  g_ptr_array_add (checks, check);

  return row;
}

/* A label from the database in the interface's script. */
static const char *
pick_name (GpmChartsPage *self,
           const char    *english,
           const char    *simplified,
           const char    *traditional)
{
  switch (gpm_chart_view_get_language (self->chart_view))
    {
    case GPM_LANGUAGE_ZH_TW:
      return traditional && *traditional ? traditional
                                         : simplified && *simplified ? simplified : english;
    case GPM_LANGUAGE_ZH_CN:
      return simplified && *simplified ? simplified : english;
    case GPM_LANGUAGE_EN:
    default:
      return english;
    }
}

static void
on_metrics_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) metrics = gpm_store_list_finish (GPM_STORE (source), result, &error);
  GpmChartsPage *self;

  if (metrics == NULL)
    return;   /* cancelled with the page, or the status line will say why later */

  self = GPM_CHARTS_PAGE (user_data);
  for (guint i = 0; i < metrics->len; i++)
    {
      GpmMetric *m = g_ptr_array_index (metrics, i);

      const char *name = pick_name (self, gpm_metric_get_name (m), gpm_metric_get_name_zh (m),
                                    NULL);

      add_check_row (self, self->metrics_row, self->metric_checks, gpm_metric_get_key (m),
                     name, gpm_metric_get_unit (m));
      gpm_charts_page_add_x_metric (self, gpm_metric_get_key (m), name);
    }

  if (self->current != NULL)
    gpm_charts_page_show_chart (self, self->current);
}

static void
on_subjects_loaded (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = gpm_store_list_finish (GPM_STORE (source), result, &error);
  GpmChartsPage *self;

  if (items == NULL)
    return;

  self = GPM_CHARTS_PAGE (user_data);
  for (guint i = 0; i < items->len; i++)
    {
      GObject *item = g_ptr_array_index (items, i);

      if (GPM_IS_SCOPE (item))
        add_check_row (self, self->subjects_row, self->subject_checks,
                       gpm_scope_get_key (GPM_SCOPE (item)),
                       pick_name (self, gpm_scope_get_name (GPM_SCOPE (item)),
                                  gpm_scope_get_name_zh (GPM_SCOPE (item)), NULL),
                       _("Market"));
      else
        add_check_row (self, self->subjects_row, self->subject_checks,
                       gpm_vendor_get_key (GPM_VENDOR (item)),
                       pick_name (self, gpm_vendor_get_name (GPM_VENDOR (item)),
                                  gpm_vendor_get_name_zh (GPM_VENDOR (item)),
                                  gpm_vendor_get_name_zh_hant (GPM_VENDOR (item))),
                       NULL);
    }

  if (self->current != NULL)
    gpm_charts_page_show_chart (self, self->current);
}

static GtkWidget *
create_saved_row (gpointer item,
                  gpointer user_data)
{
  GpmChartsPage *self = user_data;
  GpmSavedChart *chart = item;
  GtkWidget *row = adw_action_row_new ();
  GpmLanguage language = gpm_chart_view_get_language (self->chart_view);
  g_autofree char *markup =
    g_markup_escape_text (gpm_chart_preset_title (gpm_saved_chart_get_name (chart), language), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), markup);
  if (gpm_saved_chart_get_builtin (chart))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Bundled chart"));
  g_object_set_data_full (G_OBJECT (row), "chart", g_object_ref (chart), g_object_unref);

  return row;
}

static void
on_saved_row_selected (GtkListBox    *list,
                       GtkListBoxRow *row,
                       GpmChartsPage *self)
{
  GpmSavedChart *chart = row ? g_object_get_data (G_OBJECT (row), "chart") : NULL;

  if (chart == NULL)
    {
      gpm_charts_page_update_actions (self);
      return;
    }

  /* The same chart after a reload (a rename, a save): keep what the builder shows. */
  if (self->current != NULL &&
      gpm_saved_chart_get_id (chart) == gpm_saved_chart_get_id (self->current))
    {
      g_set_object (&self->current, chart);
      gpm_charts_page_update_actions (self);
      return;
    }

  gpm_charts_page_show_chart (self, chart);
}

static GtkListBoxRow *
find_row (GpmChartsPage *self,
          gint64         id,
          const char    *name)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->saved_list, i);
      GpmSavedChart *chart;

      if (row == NULL)
        return NULL;
      chart = g_object_get_data (G_OBJECT (row), "chart");
      if ((id > 0 && gpm_saved_chart_get_id (chart) == id) ||
          (name != NULL && g_strcmp0 (gpm_saved_chart_get_name (chart), name) == 0))
        return row;
    }
}

/* Shows the saved chart named NAME; when the list is still loading, as soon as it is. */
gboolean
gpm_charts_page_select_chart (GpmChartsPage *self,
                              const char    *name)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (GPM_IS_CHARTS_PAGE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  row = find_row (self, 0, name);
  if (row != NULL)
    {
      gtk_list_box_select_row (self->saved_list, row);
      g_clear_pointer (&self->pending_select, g_free);
      return TRUE;
    }

  g_free (self->pending_select);
  self->pending_select = g_strdup (name);
  return FALSE;
}

static void
on_saved_changed (GListModel    *model,
                  guint          position,
                  guint          removed,
                  guint          added,
                  GpmChartsPage *self)
{
  GtkListBoxRow *row = NULL;

  /* The list was reloaded: select again what was shown, or else the first chart. */
  if (self->pending_select != NULL && gpm_charts_page_select_chart (self, self->pending_select))
    return;
  if (self->current != NULL)
    row = find_row (self, gpm_saved_chart_get_id (self->current), NULL);
  if (row == NULL && self->current == NULL)
    row = find_row (self, 0, DEFAULT_CHART);
  if (row == NULL && self->current == NULL)
    row = gtk_list_box_get_row_at_index (self->saved_list, 0);
  if (row != NULL)
    {
      gtk_list_box_select_row (self->saved_list, row);
      return;
    }

  /* The chart shown was deleted: the builder keeps it, unsaved, until Undo or Save As. */
  g_clear_object (&self->current);
  gpm_charts_page_update_actions (self);
}

/* ---------------------------------------------------------------- the data table */

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_UINT (column) == GPM_DATA_ROW_VALUE
                                            || GPOINTER_TO_UINT (column) == GPM_DATA_ROW_SHARE
                                            ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  column)
{
  GpmDataRow *row = gtk_list_item_get_item (item);
  const char *text = gpm_data_row_get_column (row, GPOINTER_TO_UINT (column));
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text);
  /* The source sentence is long: the cell shows its start, the tooltip all of it. */
  gtk_widget_set_tooltip_text (label, GPOINTER_TO_UINT (column) == GPM_DATA_ROW_SOURCE
                                      ? text : NULL);
}

static void
add_table_columns (GpmChartsPage *self)
{
  /* Translators: the data table's column of the share of its stack a figure of a 100 %
   * chart is drawn at */
  const char *titles[GPM_DATA_ROW_N_COLUMNS] = { N_("Series"), N_("Period"), N_("Value"),
                                                 N_("Share"), N_("Status"),
                                                 N_("Source Sentence") };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(titles[i]), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, i == GPM_DATA_ROW_SOURCE);
      gtk_column_view_append_column (self->table, column);
      if (i == GPM_DATA_ROW_SHARE)
        {
          gtk_column_view_column_set_visible (column, FALSE);
          self->share_column = column;   /* the table holds it */
        }
    }

  gtk_column_view_set_model (self->table,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (
                               g_object_ref (G_LIST_MODEL (self->rows)))));
}

/* ---------------------------------------------------------------- pinning */

static void
on_point_activated (GpmChartView  *view,
                    guint          series,
                    guint          point,
                    GpmChartsPage *self)
{
  g_autofree char *text = gpm_chart_view_describe_point (view, series, point);

  if (text == NULL)
    return;
  gtk_label_set_text (self->pin_label, text);
  gtk_revealer_set_reveal_child (self->pin_revealer, TRUE);
}

static void
on_unpin (GpmChartsPage *self)
{
  gtk_revealer_set_reveal_child (self->pin_revealer, FALSE);
}

/* ---------------------------------------------------------------- the page */

GpmStore *
gpm_charts_page_get_store (GpmChartsPage *self)
{
  g_return_val_if_fail (GPM_IS_CHARTS_PAGE (self), NULL);

  return self->store;
}

static void
clear_checks (AdwExpanderRow *expander,
              GPtrArray      *checks)
{
  for (guint i = 0; i < checks->len; i++)
    {
      GtkWidget *row = gtk_widget_get_ancestor (g_ptr_array_index (checks, i),
                                                ADW_TYPE_ACTION_ROW);
      adw_expander_row_remove (expander, row);
    }
  g_ptr_array_set_size (checks, 0);
}

void
gpm_charts_page_set_store (GpmChartsPage *self,
                           GpmStore      *store)
{
  g_autoptr(GpmStore) old_store = NULL;

  g_return_if_fail (GPM_IS_CHARTS_PAGE (self));
  g_return_if_fail (store == NULL || GPM_IS_STORE (store));

  if (self->store == store)
    return;
  old_store = g_steal_pointer (&self->store);
  self->store = store ? g_object_ref (store) : NULL;
  gpm_charts_page_watch_store (self, old_store);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_cancellable_cancel (self->query_cancellable);
  g_clear_object (&self->query_cancellable);
  g_clear_object (&self->current);
  if (self->saved != NULL)
    g_signal_handlers_disconnect_by_data (self->saved, self);
  g_clear_object (&self->saved);
  gtk_list_box_bind_model (self->saved_list, NULL, NULL, NULL, NULL);
  clear_checks (self->metrics_row, self->metric_checks);
  clear_checks (self->subjects_row, self->subject_checks);
  gpm_charts_page_clear_x_metrics (self);

  if (store != NULL)
    {
      self->load_cancellable = g_cancellable_new ();
      self->saved = gpm_item_list_new_saved_charts (store);
      gtk_list_box_bind_model (self->saved_list, G_LIST_MODEL (self->saved), create_saved_row,
                               self, NULL);
      g_signal_connect_after (self->saved, "items-changed", G_CALLBACK (on_saved_changed), self);
      gpm_store_list_async (store, GPM_STORE_LIST_METRICS, self->load_cancellable,
                            on_metrics_loaded, self);
      gpm_store_list_async (store, GPM_STORE_LIST_SCOPES, self->load_cancellable,
                            on_subjects_loaded, self);
      gpm_store_list_async (store, GPM_STORE_LIST_VENDORS, self->load_cancellable,
                            on_subjects_loaded, self);
    }

  gpm_charts_page_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Limits the chart to a period, as the timeline asks when a range is chosen there. */
void
gpm_charts_page_set_period (GpmChartsPage *self,
                            const char    *from,
                            const char    *to)
{
  g_return_if_fail (GPM_IS_CHARTS_PAGE (self));

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from ? from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to ? to : "");
  self->filling = FALSE;
  gpm_charts_page_refresh (self);
}

static void
on_rate_changed (GpmChartsPage *self)
{
  g_autoptr(GpmChartSpec) spec = gpm_charts_page_build_spec (self, NULL);

  /* Only a chart that converts currency depends on the rate. */
  if (spec != NULL && gpm_chart_spec_get_currency (spec) != GPM_DISPLAY_CURRENCY_AS_STORED)
    gpm_charts_page_refresh (self);
}

static void
gpm_charts_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, gpm_charts_page_get_store (GPM_CHARTS_PAGE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_charts_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      gpm_charts_page_set_store (GPM_CHARTS_PAGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_charts_page_dispose (GObject *object)
{
  GpmChartsPage *self = GPM_CHARTS_PAGE (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_cancellable_cancel (self->query_cancellable);
  g_clear_object (&self->query_cancellable);
  g_cancellable_cancel (self->events_cancellable);
  g_clear_object (&self->events_cancellable);
  if (self->saved != NULL)
    g_signal_handlers_disconnect_by_data (self->saved, self);
  if (self->saved_list != NULL)
    gtk_list_box_bind_model (self->saved_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->saved);
  g_clear_object (&self->current);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->metric_checks, g_ptr_array_unref);
  g_clear_pointer (&self->subject_checks, g_ptr_array_unref);
  g_clear_pointer (&self->pending_select, g_free);

  /* The flap is both AdwBin's child and a template child: let AdwBin drop it first,
   * or disposing the template would leave AdwBin holding a finalized widget. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_CHARTS_PAGE);
  gpm_charts_page_finalize_x_metric (self);

  G_OBJECT_CLASS (gpm_charts_page_parent_class)->dispose (object);
}

static void
gpm_charts_page_class_init (GpmChartsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_charts_page_dispose;
  object_class->get_property = gpm_charts_page_get_property;
  object_class->set_property = gpm_charts_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GPM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GPM_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-charts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, flap);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, saved_list);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, type_row);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, x_metric_row);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, metrics_row);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, subjects_row);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, from_row);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, to_row);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, period_error);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, currency_row);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, rate_spin);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, rate_date_row);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, log_switch);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, forecast_switch);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, pin_revealer);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, pin_label);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, unpin_button);
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, table);

  gpm_charts_page_install_actions (widget_class);
  gpm_charts_page_class_init_view (widget_class);
}

static void
gpm_charts_page_init (GpmChartsPage *self)
{
  g_autoptr(GtkStringList) types = NULL;
  g_autoptr(GtkStringList) currencies = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->metric_checks = g_ptr_array_new ();
  self->subject_checks = g_ptr_array_new ();
  self->rows = gpm_chart_rows_new ();
  self->settings = g_settings_new (APP_ID);

  types = translated_list (type_labels, G_N_ELEMENTS (type_labels));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));
  currencies = translated_list (currency_labels, G_N_ELEMENTS (currency_labels));
  adw_combo_row_set_model (self->currency_row, G_LIST_MODEL (currencies));
  add_table_columns (self);
  gpm_charts_page_init_x_metric (self);

  g_settings_bind (self->settings, "cny-per-usd", self->rate_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "rate-date", self->rate_date_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::cny-per-usd",
                           G_CALLBACK (on_rate_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::rate-date",
                           G_CALLBACK (on_rate_changed), self, G_CONNECT_SWAPPED);

  g_signal_connect_swapped (self->type_row, "notify::selected",
                            G_CALLBACK (on_builder_changed), self);
  g_signal_connect_swapped (self->currency_row, "notify::selected",
                            G_CALLBACK (on_builder_changed), self);
  g_signal_connect_swapped (self->from_row, "changed", G_CALLBACK (on_builder_changed), self);
  g_signal_connect_swapped (self->to_row, "changed", G_CALLBACK (on_builder_changed), self);
  g_signal_connect_swapped (self->log_switch, "notify::active",
                            G_CALLBACK (on_builder_changed), self);
  g_signal_connect_swapped (self->forecast_switch, "notify::active",
                            G_CALLBACK (on_builder_changed), self);
  g_signal_connect (self->saved_list, "row-selected", G_CALLBACK (on_saved_row_selected), self);
  g_signal_connect (self->chart_view, "point-activated", G_CALLBACK (on_point_activated), self);
  g_signal_connect_swapped (self->chart_view, "series-toggled", G_CALLBACK (refill_table), self);
  g_signal_connect_swapped (self->unpin_button, "clicked", G_CALLBACK (on_unpin), self);
  gpm_charts_page_init_view (self);
}

/* Shows SPEC, unsaved: what another page asks to see as a chart. */
void
gpm_charts_page_show_spec (GpmChartsPage      *self,
                           const GpmChartSpec *spec)
{
  g_return_if_fail (GPM_IS_CHARTS_PAGE (self));
  g_return_if_fail (spec != NULL);

  g_clear_object (&self->current);
  g_clear_pointer (&self->pending_select, g_free);
  gtk_list_box_unselect_all (self->saved_list);
  fill_builder (self, spec);
  gpm_charts_page_refresh (self);
}
