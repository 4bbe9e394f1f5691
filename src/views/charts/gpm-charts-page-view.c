/* gpm-charts-page-view.c — what the Charts page wires to its chart view: timeline
 * events as markers, and resetting the zoom from the toolbar.
 *
 * With "Show Timeline Events" on, the page asks the store for the events that fall in
 * the chart's span (off the main thread; a newer request cancels the older) and hands
 * them to the view, titled in the interface's language. Zooming stays inside that span,
 * so one load serves every zoom and pan; a new chart, or an edit to the events, loads
 * again. Clicking a marker opens the timeline, on the event when the window offers a
 * way to ask for one.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-charts-page-private.h"
#include "gpm-timeline-renderer.h"
#include "gpm-timeline-text.h"

static char *
days_to_date (double days)
{
  int year, month, day;

  gpm_days_to_date (days, &year, &month, &day);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static GPtrArray *
chart_events (GPtrArray   *events,
              GpmLanguage  language)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_chart_event_free);

  for (guint i = 0; i < events->len; i++)
    {
      GpmEvent *event = g_ptr_array_index (events, i);
      g_autofree char *date = gpm_timeline_format_date (gpm_event_get_date (event));
      g_autofree char *when = NULL;
      double start, end;

      if (!gpm_timeline_period_to_days (gpm_event_get_date (event), &start, &end, NULL))
        continue;
      /* Translators: the second line of an event's tooltip on a chart: its date and its
       * category, as in "2025 Q1 (quarter) · Products" */
      when = g_strdup_printf (_("%s · %s"), date, gpm_timeline_event_category_name (event));
      g_ptr_array_add (out, gpm_chart_event_new (gpm_event_get_id (event), start, end,
                                                 gpm_event_get_category (event),
                                                 gpm_timeline_event_title (event, language),
                                                 when));
    }

  return out;
}

static void
on_events_loaded (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = gpm_store_list_events_finish (GPM_STORE (source), result,
                                                               &error);
  g_autoptr(GPtrArray) markers = NULL;
  GpmChartsPage *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GPM_CHARTS_PAGE (user_data);
  g_clear_object (&self->events_cancellable);
  if (events == NULL)
    {
      gpm_charts_page_toast (self, adw_toast_new (error->message));
      return;
    }

  markers = chart_events (events, gpm_chart_view_get_language (self->chart_view));
  gpm_chart_view_set_events (self->chart_view, markers);
}

/* Loads the events in the span of the chart shown, or clears them when they are off. */
void
gpm_charts_page_load_events (GpmChartsPage *self)
{
  GpmChartData *data = gpm_chart_view_get_data (self->chart_view);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  double start, end;

  g_cancellable_cancel (self->events_cancellable);
  g_clear_object (&self->events_cancellable);

  /* Events go on a time axis: a donut or bars by name have none. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->events_button),
                            gpm_chart_view_get_x_range (self->chart_view, NULL, NULL));
  if (self->store == NULL || data == NULL
      || !gtk_toggle_button_get_active (self->events_button)
      || !gpm_chart_data_get_time_extent (data, &start, &end))
    {
      gpm_chart_view_set_events (self->chart_view, NULL);
      return;
    }

  /* The span is [start, end): its last day is the one before end. */
  from = days_to_date (start);
  to = days_to_date (MAX (end - 1.0, start));
  self->events_cancellable = g_cancellable_new ();
  /* The callback holds no reference: cancelling in dispose stops it first. */
  gpm_store_list_events_async (self->store, from, to, self->events_cancellable,
                               on_events_loaded, self);
}

static void
on_store_changed (GpmStore      *store,
                  const char    *table,
                  GpmChartsPage *self)
{
  if (g_strcmp0 (table, "events") == 0 && gtk_toggle_button_get_active (self->events_button))
    gpm_charts_page_load_events (self);
}

void
gpm_charts_page_watch_store (GpmChartsPage *self,
                             GpmStore      *old_store)
{
  if (old_store != NULL)
    g_signal_handlers_disconnect_by_func (old_store, on_store_changed, self);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self, 0);
}

/* The window's way to open one event, if it has one: an action taking the event's id. */
static gboolean
window_can_show_event (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  GtkWidgetClass *klass;
  const char *name, *property;
  const GVariantType *type;
  GType owner;
  guint i;

  if (root == NULL)
    return FALSE;
  klass = GTK_WIDGET_GET_CLASS (root);
  for (i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &type, &property); i++)
    if (g_str_equal (name, "win.show-event") && type != NULL
        && g_variant_type_equal (type, G_VARIANT_TYPE_INT64))
      return TRUE;

  return FALSE;
}

static void
on_event_activated (GpmChartView  *view,
                    gint64         event_id,
                    GpmChartsPage *self)
{
  if (window_can_show_event (GTK_WIDGET (self)))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-event", "x", event_id);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "timeline");
}

static void
on_zoomed_changed (GpmChartsPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "charts.reset-zoom",
                                 gpm_chart_view_get_zoomed (self->chart_view));
}

static void
reset_zoom_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  gpm_chart_view_reset_zoom (GPM_CHARTS_PAGE (widget)->chart_view);
}

void
gpm_charts_page_class_init_view (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, GpmChartsPage, events_button);
  gtk_widget_class_install_action (widget_class, "charts.reset-zoom", NULL, reset_zoom_action);
}

void
gpm_charts_page_init_view (GpmChartsPage *self)
{
  g_signal_connect_swapped (self->events_button, "toggled",
                            G_CALLBACK (gpm_charts_page_load_events), self);
  g_signal_connect (self->chart_view, "event-activated", G_CALLBACK (on_event_activated),
                    self);
  g_signal_connect_swapped (self->chart_view, "notify::zoomed",
                            G_CALLBACK (on_zoomed_changed), self);
  on_zoomed_changed (self);
}
