/* gpm-chart-view-private.h — the insides of GpmChartView, shared between
 * gpm-chart-view.c (data, style, drawing, zoom state, accessibility) and
 * gpm-chart-view-input.c (pointer, touch, keys, focus and tooltips).
 */
#pragma once

#include "gpm-chart-layout.h"
#include "gpm-chart-view.h"

G_BEGIN_DECLS

struct _GpmChartView
{
  GtkWidget       parent_instance;

  GpmChartData   *data;
  GpmChartLayout *layout;         /* of the picture in chart_node */
  GpmChartStyle  *style;          /* theme, language, hidden series, x range, events */
  GtkWidget      *message;
  gboolean        presentation;   /* large type and a fixed room theme, not the desk's */
  GpmChartTheme   room_theme;

  /* The chart as last drawn: replayed as it is while only the overlay changes. */
  GskRenderNode  *chart_node;     /* NULL when the chart does not fit */
  gboolean        recorded;
  int             node_width;
  int             node_height;
  gint64          full_usec;      /* what the last frame of each kind took to record */
  gint64          overlay_usec;
  double          plot_x;         /* the plot of that picture, for zooming around x */
  double          plot_width;
  double          plot_y;
  double          plot_height;
  double          node_x0;        /* the span of the time axis in that picture */
  double          node_x1;
  guint           data_serial;    /* counts set_data () calls */
  guint           node_serial;    /* data_serial when the picture was recorded */

  /* Zooming a long series: its summaries for the new span are made on a worker, and
   * frames show the last picture stretched meanwhile (gpm-chart-view-zoom.c). */
  GCancellable   *summary_cancellable;
  gboolean        summary_pending;

  /* Zoom: the span shown is the style's x range, within the data's. */
  gboolean        has_time_axis;
  double          full_x0;
  double          full_x1;

  gboolean        has_focus_point;
  guint           focus_series;
  guint           focus_point;
  int             focus_legend;   /* series whose legend entry has the keyboard, or −1 */

  gboolean        has_hover;
  guint           hover_series;
  guint           hover_point;
  int             hover_event;    /* index in the style's events, or −1 */
  double          pointer_x;
  double          pointer_y;

  gboolean        dragging;       /* a pan is under way: no click at its end */
  double          drag_x0;        /* the span when the drag or pinch began */
  double          drag_x1;
  double          pinch_anchor;   /* days under the fingers when the pinch began */
  double          pinch_anchor_x;
};

enum
{
  SIGNAL_POINT_ACTIVATED,
  SIGNAL_EVENT_ACTIVATED,
  SIGNAL_SERIES_TOGGLED,
  N_SIGNALS
};

extern guint gpm_chart_view_signals[N_SIGNALS];

/* gpm-chart-view.c */
void      gpm_chart_view_invalidate        (GpmChartView *self);
void      gpm_chart_view_update_overlay    (GpmChartView *self);
void      gpm_chart_view_update_description (GpmChartView *self);
gboolean  gpm_chart_view_get_plot          (GpmChartView *self,
                                            double       *x,
                                            double       *width);
void      gpm_chart_view_set_span          (GpmChartView *self,
                                            double        start,
                                            double        end);
void      gpm_chart_view_zoom_around       (GpmChartView *self,
                                            double        factor,
                                            double        anchor_x);
gboolean  gpm_chart_view_point_is_hidden   (GpmChartView *self,
                                            guint         series_index);
guint     gpm_chart_view_get_n_series      (GpmChartView *self);

/* gpm-chart-view-zoom.c */
gboolean  gpm_chart_view_zoom_in_background (GpmChartView *self);
void      gpm_chart_view_cancel_summaries  (GpmChartView *self);
void      gpm_chart_view_snapshot_stretched (GpmChartView *self,
                                            GtkSnapshot  *snapshot);

/* gpm-chart-view-input.c */
void      gpm_chart_view_class_init_input  (GtkWidgetClass *widget_class);
void      gpm_chart_view_init_input        (GpmChartView   *self);
void      gpm_chart_view_refresh_hover     (GpmChartView   *self);

G_END_DECLS
