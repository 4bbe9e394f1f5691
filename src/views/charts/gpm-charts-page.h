/* gpm-charts-page.h — the Charts page: a chart builder, saved charts, the chart, its data. */
#pragma once

#include <adwaita.h>

#include "gpm-chart-spec.h"
#include "gpm-store.h"

G_BEGIN_DECLS

#define GPM_TYPE_CHARTS_PAGE (gpm_charts_page_get_type ())
G_DECLARE_FINAL_TYPE (GpmChartsPage, gpm_charts_page, GPM, CHARTS_PAGE, AdwBin)

GpmStore *gpm_charts_page_get_store       (GpmChartsPage *self);
void      gpm_charts_page_set_store       (GpmChartsPage *self,
                                           GpmStore      *store);
void      gpm_charts_page_set_period      (GpmChartsPage *self,
                                           const char    *from,
                                           const char    *to);
gboolean  gpm_charts_page_select_chart    (GpmChartsPage *self,
                                           const char    *name);
void      gpm_charts_page_show_spec       (GpmChartsPage      *self,
                                           const GpmChartSpec *spec);

G_END_DECLS
