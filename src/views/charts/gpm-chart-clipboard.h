/* gpm-chart-clipboard.h — Copy chart: the chart as a picture, with its values as text. */
#pragma once

#include "gpm-chart-view.h"

G_BEGIN_DECLS

gboolean gpm_chart_clipboard_copy   (GpmChartView *view);
void     gpm_chart_clipboard_attach (GtkWidget    *root);

G_END_DECLS
