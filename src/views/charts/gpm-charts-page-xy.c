/* gpm-charts-page-xy.c — the builder's "Across" row: what a scatter plots its metric
 * against. The first choice is time (the scatter over periods that saved charts from
 * before this row was added still show); the others are the database's metrics. The row
 * shows only while the type is Scatter, so the other types' builders stay as they were.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-charts-page-private.h"

static void
update_visibility (GpmChartsPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->x_metric_row),
                          adw_combo_row_get_selected (self->type_row) == GPM_CHART_TYPE_SCATTER);
}

static void
on_x_metric_changed (GpmChartsPage *self)
{
  if (!self->filling)
    gpm_charts_page_refresh (self);
}

void
gpm_charts_page_init_x_metric (GpmChartsPage *self)
{
  self->x_metric_keys = g_ptr_array_new_with_free_func (g_free);
  self->x_metric_labels = gtk_string_list_new (NULL);
  gpm_charts_page_clear_x_metrics (self);
  adw_combo_row_set_model (self->x_metric_row, G_LIST_MODEL (self->x_metric_labels));
  update_visibility (self);

  g_signal_connect_swapped (self->type_row, "notify::selected", G_CALLBACK (update_visibility),
                            self);
  g_signal_connect_swapped (self->x_metric_row, "notify::selected",
                            G_CALLBACK (on_x_metric_changed), self);
}

void
gpm_charts_page_finalize_x_metric (GpmChartsPage *self)
{
  g_clear_pointer (&self->x_metric_keys, g_ptr_array_unref);
  g_clear_object (&self->x_metric_labels);
}

/* Back to time alone, as before the metrics of a database are known. */
void
gpm_charts_page_clear_x_metrics (GpmChartsPage *self)
{
  gboolean filling = self->filling;

  if (self->x_metric_keys == NULL)
    return;
  self->filling = TRUE;
  g_ptr_array_set_size (self->x_metric_keys, 0);
  g_ptr_array_add (self->x_metric_keys, NULL);
  gtk_string_list_splice (self->x_metric_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->x_metric_labels)),
                          (const char * const[]) { _("Time (Periods)"), NULL });
  self->filling = filling;
}

void
gpm_charts_page_add_x_metric (GpmChartsPage *self,
                              const char    *key,
                              const char    *label)
{
  g_ptr_array_add (self->x_metric_keys, g_strdup (key));
  gtk_string_list_append (self->x_metric_labels, label);
}

/* NULL for time. */
const char *
gpm_charts_page_get_x_metric (GpmChartsPage *self)
{
  guint selected;

  if (self->x_metric_keys == NULL || self->x_metric_row == NULL)
    return NULL;
  selected = adw_combo_row_get_selected (self->x_metric_row);
  if (selected >= self->x_metric_keys->len)
    return NULL;

  return g_ptr_array_index (self->x_metric_keys, selected);
}

/* Selects @key, or time when it is NULL or not (yet) a known metric. */
void
gpm_charts_page_set_x_metric (GpmChartsPage *self,
                              const char    *key)
{
  guint selected = 0;

  if (self->x_metric_keys == NULL)
    return;
  for (guint i = 1; key != NULL && i < self->x_metric_keys->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->x_metric_keys, i), key) == 0)
      selected = i;

  adw_combo_row_set_selected (self->x_metric_row, selected);
}
