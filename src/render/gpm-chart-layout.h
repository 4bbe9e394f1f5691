/* gpm-chart-layout.h — where the renderer put things, for hover, clicks and tests.
 *
 * After drawing, the layout knows the plot rectangle, the box of every piece of text it
 * drew (title, legend entries, tick labels, footer…) and the position of every data mark.
 * The view uses it for tooltips (hit test), legend toggles, timeline-event markers and
 * zooming (the span shown and the span of the data); the layout tests use the boxes to
 * prove that nothing leaves the picture or overlaps.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  GPM_CHART_BOX_TITLE,
  GPM_CHART_BOX_SUBTITLE,
  GPM_CHART_BOX_LEGEND,          /* the whole legend */
  GPM_CHART_BOX_LEGEND_ITEM,     /* one entry, inside the legend */
  GPM_CHART_BOX_AXIS_TITLE,
  GPM_CHART_BOX_X_TICK_LABEL,
  GPM_CHART_BOX_Y_TICK_LABEL,
  GPM_CHART_BOX_DATA_LABEL,      /* value labels on bars and donut slices */
  GPM_CHART_BOX_FOOTER,
  GPM_CHART_BOX_PLOT,
} GpmChartBoxKind;

typedef struct
{
  GpmChartBoxKind   kind;
  cairo_rectangle_t rect;
  int               series_index;  /* legend items and data labels; −1 otherwise */
  const char       *text;          /* the text drawn, or NULL */
} GpmChartBox;

typedef struct _GpmChartLayout GpmChartLayout;

void               gpm_chart_layout_free             (GpmChartLayout       *self);
void               gpm_chart_layout_get_size         (const GpmChartLayout *self,
                                                      double               *width,
                                                      double               *height);
void               gpm_chart_layout_get_plot_area    (const GpmChartLayout *self,
                                                      cairo_rectangle_t    *out);
void               gpm_chart_layout_get_x_range      (const GpmChartLayout *self,
                                                      double               *start,
                                                      double               *end);
void               gpm_chart_layout_get_full_x_range (const GpmChartLayout *self,
                                                      double               *start,
                                                      double               *end);
guint              gpm_chart_layout_get_n_boxes      (const GpmChartLayout *self);
const GpmChartBox *gpm_chart_layout_get_box          (const GpmChartLayout *self,
                                                      guint                 index);
gboolean           gpm_chart_layout_get_point_position (const GpmChartLayout *self,
                                                      guint                 series_index,
                                                      guint                 point_index,
                                                      double               *x,
                                                      double               *y);
gboolean           gpm_chart_layout_hit_test         (const GpmChartLayout *self,
                                                      double                x,
                                                      double                y,
                                                      guint                *series_index,
                                                      guint                *point_index);
gboolean           gpm_chart_layout_legend_hit_test  (const GpmChartLayout *self,
                                                      double                x,
                                                      double                y,
                                                      guint                *series_index);
gboolean           gpm_chart_layout_get_legend_box   (const GpmChartLayout *self,
                                                      guint                 series_index,
                                                      cairo_rectangle_t    *out);
guint              gpm_chart_layout_get_n_events     (const GpmChartLayout *self);
gboolean           gpm_chart_layout_get_event_position (const GpmChartLayout *self,
                                                      guint                 event_index,
                                                      double               *x,
                                                      double               *y);
gboolean           gpm_chart_layout_event_hit_test   (const GpmChartLayout *self,
                                                      double                x,
                                                      double                y,
                                                      guint                *event_index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmChartLayout, gpm_chart_layout_free)

G_END_DECLS
