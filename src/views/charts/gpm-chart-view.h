/* gpm-chart-view.h — a widget that shows a chart through the chart renderer, and lets
 * the reader explore it: hover, legend toggles, zoom and pan on time axes, keyboard
 * walking, and timeline events as markers. */
#pragma once

#include <gtk/gtk.h>

#include "gpm-chart-data.h"
#include "gpm-chart-style.h"

G_BEGIN_DECLS

#define GPM_TYPE_CHART_VIEW (gpm_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (GpmChartView, gpm_chart_view, GPM, CHART_VIEW, GtkWidget)

GtkWidget     *gpm_chart_view_new             (void);
GpmChartData  *gpm_chart_view_get_data        (GpmChartView  *self);
void           gpm_chart_view_set_data        (GpmChartView  *self,
                                               GpmChartData  *data);
GpmChartStyle *gpm_chart_view_dup_style       (GpmChartView  *self);
void           gpm_chart_view_set_presentation (GpmChartView *self,
                                                GpmChartTheme theme,
                                                double        scale);
GpmLanguage    gpm_chart_view_get_language    (GpmChartView  *self);
char          *gpm_chart_view_describe_point  (GpmChartView  *self,
                                               guint          series_index,
                                               guint          point_index);
gboolean       gpm_chart_view_point_at        (GpmChartView  *self,
                                               double         x,
                                               double         y,
                                               guint         *series_index,
                                               guint         *point_index);
gboolean       gpm_chart_view_get_point_position (GpmChartView *self,
                                                  guint         series_index,
                                                  guint         point_index,
                                                  double       *x,
                                                  double       *y);
gboolean       gpm_chart_view_get_focus_point (GpmChartView  *self,
                                               guint         *series_index,
                                               guint         *point_index);
gboolean       gpm_chart_view_get_hover       (GpmChartView  *self,
                                               guint         *series_index,
                                               guint         *point_index);

gboolean       gpm_chart_view_get_series_hidden (GpmChartView *self,
                                                 guint         series_index);
void           gpm_chart_view_set_series_hidden (GpmChartView *self,
                                                 guint         series_index,
                                                 gboolean      hidden);
double        *gpm_chart_view_compute_shares    (GpmChartView *self,
                                                 guint         series_index);
guint          gpm_chart_view_get_n_visible_series (GpmChartView *self);
gboolean       gpm_chart_view_get_legend_position (GpmChartView *self,
                                                   guint         series_index,
                                                   double       *x,
                                                   double       *y);

gboolean       gpm_chart_view_get_x_range     (GpmChartView  *self,
                                               double        *start,
                                               double        *end);
gboolean       gpm_chart_view_get_zoomed      (GpmChartView  *self);
void           gpm_chart_view_zoom            (GpmChartView  *self,
                                               double         factor);
void           gpm_chart_view_pan             (GpmChartView  *self,
                                               double         fraction);
void           gpm_chart_view_reset_zoom      (GpmChartView  *self);

void           gpm_chart_view_set_events      (GpmChartView  *self,
                                               GPtrArray     *events);
gboolean       gpm_chart_view_event_at        (GpmChartView  *self,
                                               double         x,
                                               double         y,
                                               gint64        *event_id);
gboolean       gpm_chart_view_get_event_position (GpmChartView *self,
                                                  gint64        event_id,
                                                  double       *x,
                                                  double       *y);

void           gpm_chart_view_get_frame_times (GpmChartView  *self,
                                               double        *full_ms,
                                               double        *overlay_ms);

GpmLanguage    gpm_ui_language                (void);

G_END_DECLS
