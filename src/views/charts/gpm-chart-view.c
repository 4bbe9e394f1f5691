/* gpm-chart-view.c — shows a chart by handing a cairo context to the chart renderer, the
 * same code that writes exported files.
 *
 * The chart is recorded once into a render node and kept; as the pointer moves, a frame
 * replays that node and asks the renderer only for the overlay (crosshair, highlighted
 * point, focus ring), so hovering costs a small fraction of a full drawing. The node is
 * recorded again when the data, the style (theme, hidden series, zoom, events) or the
 * size changes. Zooming a series of a million points is the exception: its new summary
 * is made off the main thread (gpm-chart-view-zoom.c) while the last picture is shown
 * stretched.
 *
 * What the reader changes lives in the view's GpmChartStyle: hidden series, the span of
 * a zoomed time axis and the timeline events shown as markers. An export made with
 * gpm_chart_view_dup_style () therefore draws what the view shows. The renderer reports
 * where it put everything; the view uses that for tooltips, clicks, legend toggles and
 * for keyboard users, who walk the points with the arrow keys and hear each one through
 * the accessible description. Input handling is in gpm-chart-view-input.c.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "gpm-chart-renderer.h"
#include "gpm-chart-shares.h"
#include "gpm-chart-view-private.h"

/* The narrowest span a zoom reaches: a day, or a 400th of the data's span. */
#define MIN_SPAN_DAYS     1.0
#define MIN_SPAN_FRACTION 400.0

G_DEFINE_FINAL_TYPE (GpmChartView, gpm_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZOOMED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint gpm_chart_view_signals[N_SIGNALS];

/* The language of the interface, for chart labels and number formats. */
GpmLanguage
gpm_ui_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "zh_TW") || g_str_has_prefix (names[i], "zh_HK"))
        return GPM_LANGUAGE_ZH_TW;
      if (g_str_has_prefix (names[i], "zh"))
        return GPM_LANGUAGE_ZH_CN;
      if (g_str_has_prefix (names[i], "en"))
        return GPM_LANGUAGE_EN;
    }

  return GPM_LANGUAGE_EN;
}

static GpmChartTheme
current_theme (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  if (adw_style_manager_get_high_contrast (manager))
    return GPM_CHART_THEME_HIGH_CONTRAST;

  return adw_style_manager_get_dark (manager) ? GPM_CHART_THEME_DARK : GPM_CHART_THEME_LIGHT;
}

/* The picture no longer matches: record it again on the next frame. The layout goes
 * too, so nothing hit-tests against marks that have moved. */
void
gpm_chart_view_invalidate (GpmChartView *self)
{
  self->recorded = FALSE;
  g_clear_pointer (&self->chart_node, gsk_render_node_unref);
  g_clear_pointer (&self->layout, gpm_chart_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Only the overlay changed: the next frame replays the recorded chart. */
void
gpm_chart_view_update_overlay (GpmChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_style (GpmChartView *self)
{
  gpm_chart_style_set_theme (self->style,
                             self->presentation ? self->room_theme : current_theme ());
  gpm_chart_style_set_language (self->style, gpm_ui_language ());
  gpm_chart_view_invalidate (self);
}

guint
gpm_chart_view_get_n_series (GpmChartView *self)
{
  return self->data != NULL ? gpm_chart_data_get_n_series (self->data) : 0;
}

static const char *
series_label (GpmChartView *self,
              guint         series_index)
{
  return gpm_chart_series_get_label (gpm_chart_data_get_series (self->data, series_index));
}

void
gpm_chart_view_update_description (GpmChartView *self)
{
  g_autofree char *text = NULL;

  if (self->focus_legend >= 0 && (guint) self->focus_legend < gpm_chart_view_get_n_series (self))
    {
      const char *label = series_label (self, self->focus_legend);

      /* Translators: what a screen reader says on a legend entry; %s is the series */
      if (gpm_chart_style_get_series_hidden (self->style, self->focus_legend))
        text = g_strdup_printf (_("Legend entry %s, hidden. Press Enter to show it."), label);
      else
        text = g_strdup_printf (_("Legend entry %s, shown. Press Enter to hide it."), label);
    }
  else if (self->has_focus_point)
    {
      text = gpm_chart_view_describe_point (self, self->focus_series, self->focus_point);
    }
  else if (self->data != NULL)
    {
      text = g_strdup (gpm_chart_data_get_title (self->data));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text ? text : "", -1);
}

/* ---------------------------------------------------------------- drawing */

static void
record_chart (GpmChartView *self,
              int           width,
              int           height)
{
  gint64 start = g_get_monotonic_time ();
  gboolean fits;

  g_clear_pointer (&self->chart_node, gsk_render_node_unref);
  g_clear_pointer (&self->layout, gpm_chart_layout_free);
  self->recorded = TRUE;
  self->plot_width = 0;
  self->node_width = width;
  self->node_height = height;

  fits = gpm_chart_layout_check (width, height, self->data, self->style, NULL);
  gtk_widget_set_visible (self->message, !fits);
  if (fits)
    {
      GtkSnapshot *recording = gtk_snapshot_new ();
      cairo_t *cr = gtk_snapshot_append_cairo (recording,
                                               &GRAPHENE_RECT_INIT (0, 0, width, height));
      cairo_rectangle_t plot;

      gpm_chart_render (cr, width, height, self->data, self->style, &self->layout);
      cairo_destroy (cr);
      self->chart_node = gtk_snapshot_free_to_node (recording);

      gpm_chart_layout_get_plot_area (self->layout, &plot);
      self->plot_x = plot.x;
      self->plot_width = plot.width;
      self->plot_y = plot.y;
      self->plot_height = plot.height;
      self->node_serial = self->data_serial;
      self->node_x0 = self->node_x1 = 0;
      gpm_chart_layout_get_x_range (self->layout, &self->node_x0, &self->node_x1);
      gpm_chart_view_refresh_hover (self);
    }

  self->full_usec = g_get_monotonic_time () - start;
  g_debug ("Chart recorded in %.2f ms", self->full_usec / 1000.0);
}

typedef enum
{
  OVERLAY_POINT,
  OVERLAY_EVENT,
  OVERLAY_LEGEND,
} OverlayKind;

/* One overlay as a few small cairo nodes, one per area it paints: a hover frame then
 * rasterises thin strips, not a layer the size of the chart. */
static void
append_overlay (GpmChartView *self,
                GtkSnapshot  *snapshot,
                OverlayKind   kind,
                guint         a,
                guint         b)
{
  cairo_rectangle_t areas[GPM_CHART_OVERLAY_AREAS];
  guint n = 0;

  switch (kind)
    {
    case OVERLAY_POINT:
      n = gpm_chart_hover_areas (self->layout, self->data, a, b, areas);
      break;
    case OVERLAY_EVENT:
      n = gpm_chart_event_hover_areas (self->layout, a, areas);
      break;
    case OVERLAY_LEGEND:
    default:
      n = gpm_chart_legend_focus_area (self->layout, a, areas) ? 1 : 0;
      break;
    }

  for (guint i = 0; i < n; i++)
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                               &GRAPHENE_RECT_INIT (areas[i].x, areas[i].y,
                                                                    areas[i].width,
                                                                    areas[i].height));

      if (kind == OVERLAY_POINT)
        gpm_chart_render_hover (cr, self->layout, self->data, self->style, a, b);
      else if (kind == OVERLAY_EVENT)
        gpm_chart_render_event_hover (cr, self->layout, self->style, a);
      else
        gpm_chart_render_legend_focus (cr, self->layout, self->style, a);
      cairo_destroy (cr);
    }
}

static void
snapshot_overlay (GpmChartView *self,
                  GtkSnapshot  *snapshot)
{
  gboolean focused = gtk_widget_has_focus (GTK_WIDGET (self));
  gboolean point = focused && self->has_focus_point && self->focus_legend < 0
                   && !(self->has_hover && self->hover_series == self->focus_series
                        && self->hover_point == self->focus_point);

  if (self->hover_event >= 0)
    append_overlay (self, snapshot, OVERLAY_EVENT, self->hover_event, 0);
  if (point)
    append_overlay (self, snapshot, OVERLAY_POINT, self->focus_series, self->focus_point);
  if (self->has_hover)
    append_overlay (self, snapshot, OVERLAY_POINT, self->hover_series, self->hover_point);
  if (focused && self->focus_legend >= 0)
    append_overlay (self, snapshot, OVERLAY_LEGEND, self->focus_legend, 0);
}

static void
gpm_chart_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  GpmChartView *self = GPM_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  /* A message shown only now has no allocation yet: it is drawn from the next frame. */
  gboolean message_allocated = gtk_widget_get_visible (self->message);

  if (self->data == NULL)
    {
      gtk_widget_set_visible (self->message, FALSE);
    }
  else
    {
      if (!self->recorded || self->node_width != width || self->node_height != height)
        record_chart (self, width, height);

      if (self->chart_node != NULL && self->summary_pending)
        {
          /* A zoom is being summarised off the main thread: the last picture, stretched. */
          gpm_chart_view_snapshot_stretched (self, snapshot);
        }
      else if (self->chart_node != NULL)
        {
          gint64 start = g_get_monotonic_time ();

          gtk_snapshot_append_node (snapshot, self->chart_node);
          snapshot_overlay (self, snapshot);
          self->overlay_usec = g_get_monotonic_time () - start;
        }
    }

  if (message_allocated && gtk_widget_get_visible (self->message))
    gtk_widget_snapshot_child (widget, self->message, snapshot);
}

/* ---------------------------------------------------------------- zoom */

/* Shows [start, end) of the time axis, kept inside the data's span; the whole span
 * drops the override, so the chart is then drawn exactly as an export of it is. */
void
gpm_chart_view_set_span (GpmChartView *self,
                         double        start,
                         double        end)
{
  double full = self->full_x1 - self->full_x0;
  double min_span = MIN (MAX (full / MIN_SPAN_FRACTION, MIN_SPAN_DAYS), full);
  double span = CLAMP (end - start, min_span, full);
  double old_start, old_end;
  gboolean was_zoomed, had_range;

  if (!self->has_time_axis || !isfinite (start) || !isfinite (end))
    return;

  had_range = gpm_chart_style_get_x_range (self->style, &old_start, &old_end);
  was_zoomed = had_range;
  if (span >= full - 1e-9)
    {
      if (!had_range)
        return;
      gpm_chart_style_unset_x_range (self->style);
    }
  else
    {
      start = CLAMP (start, self->full_x0, self->full_x1 - span);
      if (had_range && fabs (start - old_start) < 1e-9 && fabs (start + span - old_end) < 1e-9)
        return;
      gpm_chart_style_set_x_range (self->style, start, start + span);
    }

  if (!gpm_chart_view_zoom_in_background (self))
    gpm_chart_view_invalidate (self);
  if (was_zoomed != gpm_chart_view_get_zoomed (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOMED]);
}

gboolean
gpm_chart_view_get_plot (GpmChartView *self,
                         double       *x,
                         double       *width)
{
  if (self->plot_width <= 0)
    return FALSE;
  *x = self->plot_x;
  *width = self->plot_width;

  return TRUE;
}

/* Zooms by @factor (above 1 in) keeping the day under @anchor_x where it is; a NAN
 * anchor zooms around the middle. */
void
gpm_chart_view_zoom_around (GpmChartView *self,
                            double        factor,
                            double        anchor_x)
{
  double x0, x1, plot_x, plot_width, fraction = 0.5, anchor, span;
  double full = self->full_x1 - self->full_x0;

  if (!gpm_chart_view_get_x_range (self, &x0, &x1) || factor <= 0)
    return;

  if (!isnan (anchor_x) && gpm_chart_view_get_plot (self, &plot_x, &plot_width))
    fraction = CLAMP ((anchor_x - plot_x) / plot_width, 0.0, 1.0);
  anchor = x0 + fraction * (x1 - x0);
  span = CLAMP ((x1 - x0) / factor, MIN (MAX (full / MIN_SPAN_FRACTION, MIN_SPAN_DAYS), full),
                full);
  gpm_chart_view_set_span (self, anchor - fraction * span, anchor - fraction * span + span);
}

/* ---------------------------------------------------------------- object */

static void
gpm_chart_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ZOOMED:
      g_value_set_boolean (value, gpm_chart_view_get_zoomed (GPM_CHART_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_chart_view_dispose (GObject *object)
{
  GpmChartView *self = GPM_CHART_VIEW (object);

  gpm_chart_view_cancel_summaries (self);
  g_clear_pointer (&self->message, gtk_widget_unparent);
  g_clear_pointer (&self->data, gpm_chart_data_unref);
  g_clear_pointer (&self->layout, gpm_chart_layout_free);
  g_clear_pointer (&self->chart_node, gsk_render_node_unref);
  g_clear_pointer (&self->style, gpm_chart_style_free);

  G_OBJECT_CLASS (gpm_chart_view_parent_class)->dispose (object);
}

static void
gpm_chart_view_class_init (GpmChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_chart_view_dispose;
  object_class->get_property = gpm_chart_view_get_property;
  widget_class->snapshot = gpm_chart_view_snapshot;

  /**
   * GpmChartView:zoomed:
   * Whether the time axis shows less than all of the data.
   */
  properties[PROP_ZOOMED] =
    g_param_spec_boolean ("zoomed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GpmChartView::point-activated:
   * A point was clicked, or reached with the keyboard.
   */
  gpm_chart_view_signals[SIGNAL_POINT_ACTIVATED] =
    g_signal_new ("point-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  /**
   * GpmChartView::event-activated:
   * A timeline event's marker was clicked; the argument is the event's id.
   */
  gpm_chart_view_signals[SIGNAL_EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * GpmChartView::series-toggled:
   * The reader hid or showed a series (from the legend); what a 100 % chart draws of
   * the others changed with it.
   */
  gpm_chart_view_signals[SIGNAL_SERIES_TOGGLED] =
    g_signal_new ("series-toggled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gpm_chart_view_class_init_input (widget_class);
}

static void
gpm_chart_view_init (GpmChartView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->focus_legend = -1;
  self->hover_event = -1;
  self->style = gpm_chart_style_new (current_theme (), gpm_ui_language ());

  self->message = gtk_label_new (_("Make the window larger to see this chart."));
  gtk_widget_add_css_class (self->message, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->message), GTK_JUSTIFY_CENTER);
  gtk_widget_set_visible (self->message, FALSE);
  gtk_widget_set_parent (self->message, GTK_WIDGET (self));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gpm_chart_view_init_input (self);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (update_style), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (update_style), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
gpm_chart_view_new (void)
{
  return g_object_new (GPM_TYPE_CHART_VIEW, NULL);
}

GpmChartData *
gpm_chart_view_get_data (GpmChartView *self)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), NULL);

  return self->data;
}

/* A series the reader hid stays hidden in new data (a changed period, the log scale
 * switched on) when the same series, by key and label, is still there. */
static void
carry_hidden (GpmChartView *self,
              GpmChartData *old,
              GpmChartData *data)
{
  g_autoptr(GPtrArray) hidden = g_ptr_array_new ();

  for (guint i = 0; old != NULL && i < gpm_chart_data_get_n_series (old); i++)
    if (gpm_chart_style_get_series_hidden (self->style, i))
      g_ptr_array_add (hidden, gpm_chart_data_get_series (old, i));

  gpm_chart_style_show_all_series (self->style);
  for (guint j = 0; data != NULL && j < gpm_chart_data_get_n_series (data); j++)
    {
      GpmChartSeries *series = gpm_chart_data_get_series (data, j);

      for (guint k = 0; k < hidden->len; k++)
        {
          GpmChartSeries *was = g_ptr_array_index (hidden, k);

          if (g_strcmp0 (gpm_chart_series_get_key (was), gpm_chart_series_get_key (series)) == 0
              && g_strcmp0 (gpm_chart_series_get_label (was),
                            gpm_chart_series_get_label (series)) == 0)
            gpm_chart_style_set_series_hidden (self->style, j, TRUE);
        }
    }
}

/* A zoom survives new data when its span still overlaps the data's. */
static void
carry_zoom (GpmChartView *self)
{
  GpmChartType type = self->data ? gpm_chart_data_get_chart_type (self->data)
                                 : GPM_CHART_TYPE_DONUT;
  double start, end;

  self->has_time_axis = self->data != NULL
                        && type != GPM_CHART_TYPE_DONUT && type != GPM_CHART_TYPE_HBAR
                        && gpm_chart_data_get_time_extent (self->data, &self->full_x0,
                                                           &self->full_x1);
  if (!gpm_chart_style_get_x_range (self->style, &start, &end))
    return;

  gpm_chart_style_unset_x_range (self->style);
  if (self->has_time_axis && end > self->full_x0 && start < self->full_x1)
    gpm_chart_view_set_span (self, MAX (start, self->full_x0), MIN (end, self->full_x1));
}

void
gpm_chart_view_set_data (GpmChartView *self,
                         GpmChartData *data)
{
  g_autoptr(GpmChartData) old = NULL;
  gboolean was_zoomed;

  g_return_if_fail (GPM_IS_CHART_VIEW (self));

  if (self->data == data)
    return;

  was_zoomed = gpm_chart_view_get_zoomed (self);
  gpm_chart_view_cancel_summaries (self);
  self->data_serial++;
  old = g_steal_pointer (&self->data);
  self->data = data ? gpm_chart_data_ref (data) : NULL;
  carry_hidden (self, old, data);
  carry_zoom (self);

  self->has_focus_point = FALSE;
  self->has_hover = FALSE;
  self->hover_event = -1;
  if (self->focus_legend >= (int) gpm_chart_view_get_n_series (self))
    self->focus_legend = -1;
  gpm_chart_view_update_description (self);
  gpm_chart_view_invalidate (self);
  if (was_zoomed != gpm_chart_view_get_zoomed (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOMED]);
}

/* Draws with presentation typography in @theme, whatever the desktop's style, for a
 * projector: the room decides between light and dark, not the laptop. @scale (0 for
 * the preset's) sizes type and lines for the screen. Hidden series and events are kept. */
void
gpm_chart_view_set_presentation (GpmChartView  *self,
                                 GpmChartTheme  theme,
                                 double         scale)
{
  GpmChartStyle *style;

  g_return_if_fail (GPM_IS_CHART_VIEW (self));

  style = gpm_chart_style_new_presentation (theme, gpm_ui_language ());
  if (scale > 0)
    gpm_chart_style_set_scale (style, scale);
  for (guint i = 0; i < gpm_chart_view_get_n_series (self); i++)
    if (gpm_chart_style_get_series_hidden (self->style, i))
      gpm_chart_style_set_series_hidden (style, i, TRUE);
  gpm_chart_style_set_events (style, gpm_chart_style_get_events (self->style));
  gpm_chart_style_free (self->style);
  self->style = style;
  self->presentation = TRUE;
  self->room_theme = theme;
  gpm_chart_view_invalidate (self);
}

/* The style the view draws with now: theme, language, hidden series, zoom and events,
 * for exports that match what is seen. */
GpmChartStyle *
gpm_chart_view_dup_style (GpmChartView *self)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), NULL);

  return gpm_chart_style_copy (self->style);
}

GpmLanguage
gpm_chart_view_get_language (GpmChartView *self)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), GPM_LANGUAGE_EN);

  return gpm_chart_style_get_language (self->style);
}

char *
gpm_chart_view_describe_point (GpmChartView *self,
                               guint         series_index,
                               guint         point_index)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), NULL);

  if (self->data == NULL || series_index >= gpm_chart_data_get_n_series (self->data))
    return NULL;

  return gpm_chart_describe_point (self->data, self->style, series_index, point_index);
}

/* The point drawn at (X, Y) in the last frame, if any. */
gboolean
gpm_chart_view_point_at (GpmChartView *self,
                         double        x,
                         double        y,
                         guint        *series_index,
                         guint        *point_index)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), FALSE);

  return self->layout != NULL &&
         gpm_chart_layout_hit_test (self->layout, x, y, series_index, point_index);
}

gboolean
gpm_chart_view_get_focus_point (GpmChartView *self,
                                guint        *series_index,
                                guint        *point_index)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), FALSE);

  if (!self->has_focus_point)
    return FALSE;
  *series_index = self->focus_series;
  *point_index = self->focus_point;

  return TRUE;
}

/* The point under the pointer, drawn with the crosshair. */
gboolean
gpm_chart_view_get_hover (GpmChartView *self,
                          guint        *series_index,
                          guint        *point_index)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), FALSE);

  if (!self->has_hover)
    return FALSE;
  if (series_index != NULL)
    *series_index = self->hover_series;
  if (point_index != NULL)
    *point_index = self->hover_point;

  return TRUE;
}

/* Where the last frame drew a point, for tests and for keyboard focus. */
gboolean
gpm_chart_view_get_point_position (GpmChartView *self,
                                   guint         series_index,
                                   guint         point_index,
                                   double       *x,
                                   double       *y)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), FALSE);

  return self->layout != NULL &&
         gpm_chart_layout_get_point_position (self->layout, series_index, point_index, x, y);
}

/* ---------------------------------------------------------------- hidden series */

gboolean
gpm_chart_view_get_series_hidden (GpmChartView *self,
                                  guint         series_index)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), FALSE);

  return gpm_chart_style_get_series_hidden (self->style, series_index);
}

gboolean
gpm_chart_view_point_is_hidden (GpmChartView *self,
                                guint         series_index)
{
  return gpm_chart_style_get_series_hidden (self->style, series_index);
}

/* Hides a series from the plot and the axes' ranges; its legend entry stays, dimmed,
 * to bring it back. */
void
gpm_chart_view_set_series_hidden (GpmChartView *self,
                                  guint         series_index,
                                  gboolean      hidden)
{
  g_return_if_fail (GPM_IS_CHART_VIEW (self));
  g_return_if_fail (series_index < gpm_chart_view_get_n_series (self));

  if (gpm_chart_style_get_series_hidden (self->style, series_index) == !!hidden)
    return;

  gpm_chart_style_set_series_hidden (self->style, series_index, hidden);
  if (hidden && self->has_hover && self->hover_series == series_index)
    self->has_hover = FALSE;
  if (hidden && self->has_focus_point && self->focus_series == series_index)
    self->has_focus_point = FALSE;
  gpm_chart_view_update_description (self);
  gpm_chart_view_invalidate (self);
  g_signal_emit (self, gpm_chart_view_signals[SIGNAL_SERIES_TOGGLED], 0);
}

/* The shares a 100 % chart draws its points at, with the series the reader hid left
 * out; NULL for other charts (see gpm_chart_compute_shares ()). */
double *
gpm_chart_view_compute_shares (GpmChartView *self,
                               guint         series_index)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), NULL);

  if (self->data == NULL || series_index >= gpm_chart_data_get_n_series (self->data))
    return NULL;

  return gpm_chart_compute_shares (self->data, self->style, series_index);
}

guint
gpm_chart_view_get_n_visible_series (GpmChartView *self)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), 0);

  return gpm_chart_view_get_n_series (self) - gpm_chart_style_get_n_hidden (self->style);
}

/* The middle of a series' legend entry in the last frame. */
gboolean
gpm_chart_view_get_legend_position (GpmChartView *self,
                                    guint         series_index,
                                    double       *x,
                                    double       *y)
{
  cairo_rectangle_t box;

  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), FALSE);

  if (self->layout == NULL || !gpm_chart_layout_get_legend_box (self->layout, series_index,
                                                                &box))
    return FALSE;
  *x = box.x + box.width / 2.0;
  *y = box.y + box.height / 2.0;

  return TRUE;
}

/* ---------------------------------------------------------------- zoom */

/* The span of the time axis shown, in days since 1970; FALSE without a time axis. */
gboolean
gpm_chart_view_get_x_range (GpmChartView *self,
                            double       *start,
                            double       *end)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), FALSE);

  if (!self->has_time_axis)
    return FALSE;
  if (!gpm_chart_style_get_x_range (self->style, start, end))
    {
      if (start != NULL)
        *start = self->full_x0;
      if (end != NULL)
        *end = self->full_x1;
    }

  return TRUE;
}

gboolean
gpm_chart_view_get_zoomed (GpmChartView *self)
{
  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), FALSE);

  return self->has_time_axis && gpm_chart_style_get_x_range (self->style, NULL, NULL);
}

/* Zooms in (@factor above 1) or out around the keyboard focus, or the middle. */
void
gpm_chart_view_zoom (GpmChartView *self,
                     double        factor)
{
  double x = NAN;

  g_return_if_fail (GPM_IS_CHART_VIEW (self));

  if (self->has_focus_point)
    gpm_chart_view_get_point_position (self, self->focus_series, self->focus_point, &x, NULL);
  gpm_chart_view_zoom_around (self, factor, x);
}

/* Moves the span shown by @fraction of its width (negative: back in time). */
void
gpm_chart_view_pan (GpmChartView *self,
                    double        fraction)
{
  double x0, x1;

  g_return_if_fail (GPM_IS_CHART_VIEW (self));

  if (!gpm_chart_view_get_zoomed (self) || !gpm_chart_view_get_x_range (self, &x0, &x1))
    return;
  gpm_chart_view_set_span (self, x0 + fraction * (x1 - x0), x1 + fraction * (x1 - x0));
}

void
gpm_chart_view_reset_zoom (GpmChartView *self)
{
  g_return_if_fail (GPM_IS_CHART_VIEW (self));

  gpm_chart_view_set_span (self, self->full_x0, self->full_x1);
}

/* ---------------------------------------------------------------- events */

/* Timeline events to draw as markers (GpmChartEvent, kept with a reference), or NULL. */
void
gpm_chart_view_set_events (GpmChartView *self,
                           GPtrArray    *events)
{
  g_return_if_fail (GPM_IS_CHART_VIEW (self));

  if (events == gpm_chart_style_get_events (self->style))
    return;
  gpm_chart_style_set_events (self->style, events);
  self->hover_event = -1;
  gpm_chart_view_invalidate (self);
}

gboolean
gpm_chart_view_event_at (GpmChartView *self,
                         double        x,
                         double        y,
                         gint64       *event_id)
{
  GPtrArray *events = gpm_chart_style_get_events (self->style);
  guint index;

  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), FALSE);

  if (self->layout == NULL || events == NULL
      || !gpm_chart_layout_event_hit_test (self->layout, x, y, &index) || index >= events->len)
    return FALSE;
  if (event_id != NULL)
    *event_id = ((GpmChartEvent *) g_ptr_array_index (events, index))->id;

  return TRUE;
}

/* The centre of an event's symbol in the last frame. */
gboolean
gpm_chart_view_get_event_position (GpmChartView *self,
                                   gint64        event_id,
                                   double       *x,
                                   double       *y)
{
  GPtrArray *events = gpm_chart_style_get_events (self->style);

  g_return_val_if_fail (GPM_IS_CHART_VIEW (self), FALSE);

  for (guint i = 0; self->layout != NULL && events != NULL && i < events->len; i++)
    if (((GpmChartEvent *) g_ptr_array_index (events, i))->id == event_id)
      return gpm_chart_layout_get_event_position (self->layout, i, x, y);

  return FALSE;
}

/* How long the last full recording of the chart and the last frame that only replayed
 * it with the overlay took, on the main thread, in milliseconds. */
void
gpm_chart_view_get_frame_times (GpmChartView *self,
                                double       *full_ms,
                                double       *overlay_ms)
{
  g_return_if_fail (GPM_IS_CHART_VIEW (self));

  if (full_ms != NULL)
    *full_ms = self->full_usec / 1000.0;
  if (overlay_ms != NULL)
    *overlay_ms = self->overlay_usec / 1000.0;
}
