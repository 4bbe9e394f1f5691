/* gpm-chart-view.c — shows a chart by handing its snapshot's cairo context to the
 * chart renderer, the same code that writes exported files.
 *
 * The renderer reports where it put every mark; the view uses that for tooltips (the
 * point's value, status and source sentence), for clicks ("point-activated") and for
 * keyboard users, who walk the points with the arrow keys and hear each one through
 * the accessible description. The theme follows AdwStyleManager. When the widget is
 * too small to lay the chart out, a label says so instead of a clipped chart.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gpm-chart-layout.h"
#include "gpm-chart-renderer.h"
#include "gpm-chart-view.h"

struct _GpmChartView
{
  GtkWidget       parent_instance;

  GpmChartData   *data;
  GpmChartLayout *layout;
  GpmChartStyle  *style;
  GtkWidget      *message;

  gboolean        has_focus_point;
  guint           focus_series;
  guint           focus_point;
};

G_DEFINE_FINAL_TYPE (GpmChartView, gpm_chart_view, GTK_TYPE_WIDGET)

enum {
  POINT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

static void
update_style (GpmChartView *self)
{
  g_clear_pointer (&self->style, gpm_chart_style_free);
  self->style = gpm_chart_style_new (current_theme (), gpm_ui_language ());
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible_description (GpmChartView *self)
{
  g_autofree char *text = NULL;

  if (self->has_focus_point)
    text = gpm_chart_view_describe_point (self, self->focus_series, self->focus_point);
  else if (self->data != NULL)
    text = g_strdup (gpm_chart_data_get_title (self->data));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text ? text : "", -1);
}

static void
gpm_chart_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  GpmChartView *self = GPM_CHART_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  gboolean fits;
  cairo_t *cr;

  g_clear_pointer (&self->layout, gpm_chart_layout_free);
  fits = self->data != NULL &&
         gpm_chart_layout_check (width, height, self->data, self->style, NULL);
  gtk_widget_set_visible (self->message, self->data != NULL && !fits);

  if (fits)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      gpm_chart_render (cr, width, height, self->data, self->style, &self->layout);
      cairo_destroy (cr);
    }

  gtk_widget_snapshot_child (widget, self->message, snapshot);
}

static gboolean
on_query_tooltip (GtkWidget    *widget,
                  int           x,
                  int           y,
                  gboolean      keyboard,
                  GtkTooltip   *tooltip,
                  GpmChartView *self)
{
  g_autofree char *text = NULL;
  guint series, point;

  if (keyboard)
    {
      if (!gpm_chart_view_get_focus_point (self, &series, &point))
        return FALSE;
    }
  else if (!gpm_chart_view_point_at (self, x, y, &series, &point))
    return FALSE;

  text = gpm_chart_view_describe_point (self, series, point);
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   GpmChartView    *self)
{
  guint series, point;

  if (!gpm_chart_view_point_at (self, x, y, &series, &point))
    return;

  self->has_focus_point = TRUE;
  self->focus_series = series;
  self->focus_point = point;
  update_accessible_description (self);
  g_signal_emit (self, signals[POINT_ACTIVATED], 0, series, point);
}

/* Moves the keyboard focus to the next or previous point, across series. */
static void
move_focus (GpmChartView *self,
            int           step)
{
  guint n_series = self->data ? gpm_chart_data_get_n_series (self->data) : 0;
  guint series = self->focus_series, point = self->focus_point;

  if (n_series == 0)
    return;

  if (!self->has_focus_point)
    {
      series = 0;
      point = 0;
    }
  else if (step > 0)
    {
      point++;
      while (series < n_series &&
             point >= gpm_chart_series_get_n_points (gpm_chart_data_get_series (self->data,
                                                                                series)))
        {
          series = (series + 1) % n_series;
          point = 0;
          if (series == 0)
            break;
        }
    }
  else if (point > 0)
    point--;
  else
    {
      series = (series + n_series - 1) % n_series;
      point = gpm_chart_series_get_n_points (gpm_chart_data_get_series (self->data, series));
      point = point > 0 ? point - 1 : 0;
    }

  if (point >= gpm_chart_series_get_n_points (gpm_chart_data_get_series (self->data, series)))
    return;

  self->has_focus_point = TRUE;
  self->focus_series = series;
  self->focus_point = point;
  update_accessible_description (self);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  g_signal_emit (self, signals[POINT_ACTIVATED], 0, series, point);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GpmChartView          *self)
{
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
      move_focus (self, +1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
      move_focus (self, -1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
gpm_chart_view_dispose (GObject *object)
{
  GpmChartView *self = GPM_CHART_VIEW (object);

  g_clear_pointer (&self->message, gtk_widget_unparent);
  g_clear_pointer (&self->data, gpm_chart_data_unref);
  g_clear_pointer (&self->layout, gpm_chart_layout_free);
  g_clear_pointer (&self->style, gpm_chart_style_free);

  G_OBJECT_CLASS (gpm_chart_view_parent_class)->dispose (object);
}

static void
gpm_chart_view_class_init (GpmChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_chart_view_dispose;
  widget_class->snapshot = gpm_chart_view_snapshot;

  /**
   * GpmChartView::point-activated:
   * A point was clicked, or reached with the keyboard.
   */
  signals[POINT_ACTIVATED] =
    g_signal_new ("point-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
gpm_chart_view_init (GpmChartView *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->message = gtk_label_new (_("Make the window larger to see this chart."));
  gtk_widget_add_css_class (self->message, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->message), GTK_JUSTIFY_CENTER);
  gtk_widget_set_visible (self->message, FALSE);
  gtk_widget_set_parent (self->message, GTK_WIDGET (self));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (update_style), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (update_style), self,
                           G_CONNECT_SWAPPED);
  update_style (self);
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

void
gpm_chart_view_set_data (GpmChartView *self,
                         GpmChartData *data)
{
  g_return_if_fail (GPM_IS_CHART_VIEW (self));

  if (self->data == data)
    return;

  g_clear_pointer (&self->data, gpm_chart_data_unref);
  self->data = data ? gpm_chart_data_ref (data) : NULL;
  self->has_focus_point = FALSE;
  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The style the view draws with now: its theme and language, for exports that match. */
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
