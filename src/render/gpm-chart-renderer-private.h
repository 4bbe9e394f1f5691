/* gpm-chart-renderer-private.h — the state shared by the renderer's files.
 *
 * One render is two passes over the same GpmRender: a layout pass that only measures
 * (also used by gpm_chart_layout_check) and a drawing pass. Files split by concern:
 * -renderer.c lays out and orchestrates, -text.c holds words, fonts and text drawing,
 * -axes.c does value and time/category axes,
 * -bars.c, -lines.c, -long.c and -donut.c draw marks, -areas.c stacks areas, -xy.c is the
 * value axis across of an XY scatter, -legend.c the legend, titles and
 * footer, -events.c timeline events as markers, and -overlay.c what the view draws over a
 * finished chart (hover crosshair, keyboard focus).
 */
#pragma once

#include <pango/pangocairo.h>

#include "gpm-chart-renderer.h"
#include "gpm-number-format.h"
#include "gpm-time-axis.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_X_NONE,
  GPM_X_TIME,
  GPM_X_CATEGORY,
} GpmXKind;

typedef enum
{
  GPM_TEXT_SOURCE,
  GPM_TEXT_SOURCES,
  GPM_TEXT_FORECAST,
  GPM_TEXT_ESTIMATE,
  GPM_TEXT_DOUBTFUL,
  GPM_TEXT_DOUBTFUL_LONG,
  GPM_TEXT_CONVERTED,
  GPM_TEXT_NO_DATA,
  GPM_TEXT_TOO_SMALL,
  GPM_TEXT_TOTAL,
  GPM_TEXT_REPORTED,
  GPM_TEXT_ABOUT,
  GPM_TEXT_MORE_THAN,
  GPM_TEXT_LESS_THAN,
  GPM_TEXT_LOG_SCALE,
  GPM_TEXT_ALL_HIDDEN,
  GPM_TEXT_SHARE,
  GPM_N_TEXTS,
} GpmTextId;

typedef struct _GpmAreaStack GpmAreaStack;

typedef struct
{
  GpmChartSeries *series;
  guint           data_index;  /* index in the GpmChartData */
  GpmChartMark    mark;        /* after the chart type has been applied */
  guint           axis;        /* 0 primary, 1 secondary */
  guint           channel;     /* second-channel index: marker, dash, pattern */
  guint           bar_slot;    /* position among the bar series of a group */
  GpmRgba         color;
  gboolean        hidden;      /* in the legend only */
} GpmSeriesInfo;

typedef struct
{
  gboolean  used;
  gboolean  log;
  gboolean  include_zero;
  double    lo;                /* data extent */
  double    hi;
  GpmTicks  ticks;
  char    **labels;
  double    label_width;       /* widest tick label */
  const char *unit;
  PangoLayout *title;
  double    title_width;
  double    title_height;
} GpmValueAxis;

typedef enum
{
  GPM_LEGEND_SERIES,
  GPM_LEGEND_FORECAST,
  GPM_LEGEND_ESTIMATE,
  GPM_LEGEND_DOUBTFUL,
} GpmLegendKind;

typedef struct
{
  GpmLegendKind  kind;
  int            series;       /* index into GpmRender.legend_series, or −1 */
  PangoLayout   *text;
  double         width;        /* swatch + gap + text */
  double         height;
  double         x;
  double         y;
} GpmLegendItem;

typedef struct
{
  cairo_t              *cr;
  double                width;
  double                height;
  const GpmChartData   *data;
  const GpmChartStyle  *style;
  GpmLanguage           language;
  GpmChartType          type;
  GpmChartLayout       *layout;
  GpmChartColors        colors;
  double                s;             /* style scale */
  gboolean              compact;       /* a small picture: smaller type and gaps */
  double                pad;           /* margin around the picture */
  double                gap;           /* unit of the gaps between stacked parts */
  double                device_scale;

  PangoContext         *pango;
  PangoFontDescription *font_title;
  PangoFontDescription *font_subtitle;
  PangoFontDescription *font_text;
  PangoFontDescription *font_tick;
  PangoFontDescription *font_small;
  double                tick_height;   /* one line of tick text */

  GArray               *series;        /* GpmSeriesInfo, visible series only */
  GArray               *legend_series; /* GpmSeriesInfo, every series, hidden ones too */
  gboolean              all_hidden;    /* there are series, but the reader hid them all */
  guint                 n_bar_slots;
  gboolean              has_forecast;
  gboolean              has_estimate;
  gboolean              has_doubtful;
  gboolean              forecast_bars;
  gboolean              forecast_lines;
  gboolean              estimate_bars;
  gboolean              empty;

  GpmXKind              x_kind;
  double                x0;            /* days, for a time axis: the span shown */
  double                x1;
  double                data_x0;       /* the span the data covers */
  double                data_x1;
  gboolean              zoomed;        /* the style asked for a span: clip marks to it */
  GpmTimeUnit           finest;        /* the label unit the data asks for */
  guint                 unit_counts[GPM_TIME_UNIT_YEAR + 1];
  GpmTimeAxis          *time_axis;
  GPtrArray            *categories;    /* const char *, in order of first appearance */
  GPtrArray            *category_labels;  /* PangoLayout * per category, NULL if thinned */
  double                x_axis_height;
  double                category_width;   /* hbar: the label column */

  GpmValueAxis          axes[2];
  GpmAreaStack         *stack;         /* stacked areas, or NULL */
  gboolean              xy;            /* an XY scatter: x_axis across, not time */
  GpmValueAxis          x_axis;

  PangoLayout          *title;
  PangoLayout          *subtitle;
  PangoLayout          *footer;
  PangoLayout          *message;       /* "no data", "too small" */
  cairo_rectangle_t     title_rect;
  cairo_rectangle_t     subtitle_rect;
  cairo_rectangle_t     footer_rect;
  cairo_rectangle_t     legend_rect;
  GArray               *legend;        /* GpmLegendItem */
  cairo_rectangle_t     plot;
  double                axis_title_height;
  double                axis_title_y;
} GpmRender;

/* gpm-chart-renderer-text.c */
void         gpm_render_setup_text      (GpmRender          *r);
const char  *gpm_render_text            (GpmRender          *r,
                                         GpmTextId           id);
PangoLayout *gpm_render_make_text       (GpmRender          *r,
                                         PangoFontDescription *font,
                                         const char         *text,
                                         double              wrap_width);
void         gpm_render_text_size       (PangoLayout        *layout,
                                         double             *width,
                                         double             *height);
void         gpm_render_show_text       (GpmRender          *r,
                                         PangoLayout        *layout,
                                         double              x,
                                         double              y,
                                         const GpmRgba      *color);
void         gpm_render_draw_text       (GpmRender          *r,
                                         PangoLayout        *layout,
                                         double              x,
                                         double              y,
                                         const GpmRgba      *color,
                                         GpmChartBoxKind     kind,
                                         int                 series);
void         gpm_render_set_color       (GpmRender          *r,
                                         const GpmRgba      *color,
                                         double              alpha);
const char  *gpm_render_qualifier_sign  (GpmQualifier        qualifier);
const GpmRgba *gpm_render_text_on       (GpmRender          *r,
                                         const GpmRgba      *fill);

/* gpm-chart-renderer.c */
double       gpm_render_snap            (GpmRender          *r,
                                         double              coordinate,
                                         double              line_width);
void         gpm_render_add_box         (GpmRender          *r,
                                         GpmChartBoxKind     kind,
                                         double              x,
                                         double              y,
                                         double              width,
                                         double              height,
                                         int                 series,
                                         const char         *text);
gboolean     gpm_render_point_visible   (GpmRender          *r,
                                         const GpmChartPoint *point);

/* gpm-chart-renderer-axes.c */
void         gpm_render_axes_prepare    (GpmRender          *r);
void         gpm_render_axes_layout_y   (GpmRender          *r,
                                         guint               axis,
                                         double              plot_height);
double       gpm_render_axes_layout_x   (GpmRender          *r,
                                         double              plot_width);
void         gpm_render_axes_layout_hbar (GpmRender         *r);
double       gpm_render_widest_label    (GpmRender          *r,
                                         char              **labels);
double       gpm_render_axis_fraction   (const GpmValueAxis *axis,
                                         double              value);
double       gpm_render_value_to_y      (GpmRender          *r,
                                         guint               axis,
                                         double              value);
double       gpm_render_value_to_x      (GpmRender          *r,
                                         double              value);
double       gpm_render_days_to_x       (GpmRender          *r,
                                         double              days);
gboolean     gpm_render_point_slot      (GpmRender          *r,
                                         const GpmChartPoint *point,
                                         double             *from,
                                         double             *to);
void         gpm_render_axes_draw_grid  (GpmRender          *r);
void         gpm_render_axes_draw_labels (GpmRender         *r);
void         gpm_render_axes_clear      (GpmRender          *r);

/* gpm-chart-renderer-bars.c */
char        *gpm_render_stack_key       (const GpmChartPoint *point);
void         gpm_render_bars_draw       (GpmRender          *r);
void         gpm_render_hbars_draw      (GpmRender          *r);
void         gpm_render_fill_forecast   (GpmRender          *r,
                                         const cairo_rectangle_t *rect,
                                         const GpmRgba      *color);
void         gpm_render_fill_pattern    (GpmRender          *r,
                                         const cairo_rectangle_t *rect,
                                         GpmFillPattern      pattern,
                                         const GpmRgba      *color);
void         gpm_render_draw_badge      (GpmRender          *r,
                                         double              x,
                                         double              y,
                                         const GpmRgba      *color);

/* gpm-chart-renderer-lines.c */
#define GPM_LONG_SERIES 4096

double       gpm_render_baseline_y      (GpmRender          *r,
                                         guint               axis);
void         gpm_render_set_line_style  (GpmRender          *r,
                                         const GpmSeriesInfo *info,
                                         gboolean            dashed,
                                         gboolean            channel_dash);
void         gpm_render_lines_draw      (GpmRender          *r,
                                         gboolean            areas);
void         gpm_render_draw_marker     (GpmRender          *r,
                                         GpmMarkerShape      shape,
                                         double              x,
                                         double              y,
                                         double              radius,
                                         const GpmRgba      *color,
                                         gboolean            hollow);

/* gpm-chart-renderer-long.c */
void         gpm_render_long_series_draw (GpmRender         *r,
                                         const GpmSeriesInfo *info,
                                         gboolean            areas);
gboolean     gpm_render_long_series_summarized (GpmRender   *r,
                                         const GpmSeriesInfo *info);
GpmDecimation *gpm_render_long_series_summary (GpmRender    *r,
                                         const GpmSeriesInfo *info);

/* gpm-chart-renderer-areas.c */
void         gpm_render_areas_prepare   (GpmRender          *r);
gboolean     gpm_render_areas_stacked   (GpmRender          *r,
                                         const GpmSeriesInfo *info);
void         gpm_render_areas_extent    (GpmRender          *r,
                                         double             *lo,
                                         double             *hi);
char        *gpm_render_areas_note      (GpmRender          *r);
void         gpm_render_areas_draw      (GpmRender          *r);
void         gpm_area_stack_free        (GpmAreaStack       *stack);

/* gpm-chart-renderer-xy.c */
void         gpm_render_xy_prepare      (GpmRender          *r);
void         gpm_render_xy_prepare_title (GpmRender         *r);
double       gpm_render_xy_layout       (GpmRender          *r,
                                         double              plot_width);
double       gpm_render_xy_to_x         (GpmRender          *r,
                                         double              value);
void         gpm_render_xy_draw_grid    (GpmRender          *r);
void         gpm_render_xy_draw_labels  (GpmRender          *r);
void         gpm_render_xy_draw_point_labels (GpmRender     *r);

/* gpm-chart-renderer-events.c */
void         gpm_render_events_draw     (GpmRender          *r);
void         gpm_render_event_glyph     (cairo_t            *cr,
                                         const char         *category,
                                         double              cx,
                                         double              cy,
                                         double              size);

/* gpm-chart-renderer-donut.c */
void         gpm_render_donut_draw      (GpmRender          *r);

/* gpm-chart-renderer-legend.c */
void         gpm_render_header_layout   (GpmRender          *r,
                                         double             *top);
void         gpm_render_footer_layout   (GpmRender          *r,
                                         double             *bottom);
void         gpm_render_legend_layout   (GpmRender          *r,
                                         double             *top,
                                         double             *bottom);
void         gpm_render_header_draw     (GpmRender          *r);
void         gpm_render_footer_draw     (GpmRender          *r);
void         gpm_render_legend_draw     (GpmRender          *r);
void         gpm_render_legend_clear    (GpmRender          *r);

/* gpm-chart-layout.c, for the renderer only */
GpmChartLayout *gpm_chart_layout_new        (double                   width,
                                             double                   height);
void            gpm_chart_layout_set_plot_area (GpmChartLayout       *self,
                                             const cairo_rectangle_t *plot);
void            gpm_chart_layout_set_x_range (GpmChartLayout         *self,
                                             double                   start,
                                             double                   end);
void            gpm_chart_layout_set_full_x_range (GpmChartLayout    *self,
                                             double                   start,
                                             double                   end);
void            gpm_chart_layout_set_scale  (GpmChartLayout          *self,
                                             double                   scale);
double          gpm_chart_layout_get_scale  (const GpmChartLayout    *self);
void            gpm_chart_layout_set_hit_radius (GpmChartLayout      *self,
                                             double                   radius);
void            gpm_chart_layout_add_box    (GpmChartLayout          *self,
                                             GpmChartBoxKind          kind,
                                             const cairo_rectangle_t *rect,
                                             int                      series_index,
                                             const char              *text);
void            gpm_chart_layout_add_mark   (GpmChartLayout          *self,
                                             guint                    series_index,
                                             guint                    point_index,
                                             double                   x,
                                             double                   y,
                                             const cairo_rectangle_t *bar);
void            gpm_chart_layout_add_slice  (GpmChartLayout          *self,
                                             guint                    series_index,
                                             guint                    point_index,
                                             double                   cx,
                                             double                   cy,
                                             double                   inner,
                                             double                   outer,
                                             double                   angle0,
                                             double                   angle1);
gboolean        gpm_chart_layout_find_mark  (const GpmChartLayout    *self,
                                             guint                    series_index,
                                             guint                    point_index,
                                             double                  *x,
                                             double                  *y,
                                             cairo_rectangle_t       *bar);
gboolean        gpm_chart_layout_find_slice (const GpmChartLayout    *self,
                                             guint                    series_index,
                                             guint                    point_index,
                                             double                  *cx,
                                             double                  *cy,
                                             double                  *inner,
                                             double                  *outer,
                                             double                  *angle0,
                                             double                  *angle1);
void            gpm_chart_layout_add_event  (GpmChartLayout          *self,
                                             guint                    event_index,
                                             double                   line_x,
                                             double                   glyph_x,
                                             double                   glyph_y,
                                             double                   glyph_size,
                                             double                   span_x0,
                                             double                   span_x1);
gboolean        gpm_chart_layout_find_event (const GpmChartLayout    *self,
                                             guint                    event_index,
                                             double                  *line_x,
                                             double                  *glyph_x,
                                             double                  *glyph_y,
                                             double                  *glyph_size);

G_END_DECLS
