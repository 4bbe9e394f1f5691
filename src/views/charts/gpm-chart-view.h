/* gpm-chart-view.h — a widget that shows a chart through the chart renderer. */
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

GpmLanguage    gpm_ui_language                (void);

G_END_DECLS
