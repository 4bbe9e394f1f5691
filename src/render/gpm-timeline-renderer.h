/* gpm-timeline-renderer.h — draws the market timeline onto any cairo context.
 *
 * A GpmTimeline holds the events to draw (plain copies, no GObjects), the filter, the
 * lane mode and the visible period, and it prepares a layout (events sorted, lanes,
 * stagger rows, clusters, label widths) that is kept until the data, the filter or the
 * zoom changes. Panning only moves the view: drawing then walks the visible part of each
 * lane found by binary search. The Timeline page draws it from its snapshot; exports draw
 * it on an image surface (gpm_timeline_render_to_png) with the same result.
 *
 * Time is measured as in the chart engine: days since 1970-01-01 (see gpm-time-axis.h).
 * An event dated to a year, a quarter or a month covers that whole span.
 *
 * The renderer has no translations of its own: the caller hands it the lane names and
 * the word for "today" in the language it asks for, so the command line and the window
 * draw the same picture whatever the process locale.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "gpm-event.h"
#include "gpm-period.h"
#include "gpm-render-types.h"
#include "gpm-time-axis.h"
#include "gpm-vendor.h"

G_BEGIN_DECLS

/* The fixed list of event categories, in the order lanes show them. */
typedef enum
{
  GPM_TIMELINE_CATEGORY_EXPORT_CONTROL,
  GPM_TIMELINE_CATEGORY_CAPITAL,
  GPM_TIMELINE_CATEGORY_M_AND_A,
  GPM_TIMELINE_CATEGORY_PRODUCT,
  GPM_TIMELINE_CATEGORY_MARKET,
  GPM_TIMELINE_CATEGORY_STATEMENT,
  GPM_TIMELINE_N_CATEGORIES
} GpmTimelineCategory;

#define GPM_TIMELINE_ALL_CATEGORIES ((1u << GPM_TIMELINE_N_CATEGORIES) - 1)

typedef enum
{
  GPM_TIMELINE_LANES_CATEGORY,
  GPM_TIMELINE_LANES_VENDOR,
} GpmTimelineLanes;

/* Which events are drawn. vendor_ids == NULL means any vendor; the id 0 in the list
 * stands for "no vendor". from and to are days ([from, to), -INFINITY / INFINITY for an
 * open end); an event is in range when its span overlaps it. */
typedef struct
{
  guint         categories;
  const gint64 *vendor_ids;
  guint         n_vendor_ids;
  double        from;
  double        to;
} GpmTimelineFilter;

/* The words the picture shows; the renderer copies them. */
typedef struct
{
  const char *categories[GPM_TIMELINE_N_CATEGORIES];
  const char *no_vendor;
  const char *today;
} GpmTimelineStrings;

typedef enum
{
  GPM_TIMELINE_HIT_NONE,
  GPM_TIMELINE_HIT_EVENT,
  GPM_TIMELINE_HIT_CLUSTER,
  GPM_TIMELINE_HIT_AXIS,
  GPM_TIMELINE_HIT_LANE_HEADER,
  GPM_TIMELINE_HIT_LANE,
} GpmTimelineHitKind;

typedef struct
{
  GpmTimelineHitKind kind;
  gint64             event_id;   /* HIT_EVENT */
  guint              n_events;   /* HIT_CLUSTER: how many it stands for */
  double             start;      /* HIT_CLUSTER: days covered; HIT_AXIS, HIT_LANE: the day */
  double             end;
  guint              lane;       /* HIT_EVENT, HIT_CLUSTER, HIT_LANE, HIT_LANE_HEADER */
} GpmTimelineHit;

/* A rectangle in the coordinates of the last render. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} GpmTimelineBox;

typedef double (*GpmTimelineMeasureFunc) (const char *text,
                                          gpointer    user_data);

typedef struct _GpmTimeline GpmTimeline;

#define GPM_TIMELINE_ERROR (gpm_timeline_error_quark ())

typedef enum
{
  GPM_TIMELINE_ERROR_SIZE,
  GPM_TIMELINE_ERROR_WRITE,
} GpmTimelineError;

GQuark              gpm_timeline_error_quark         (void);

const char         *gpm_timeline_category_to_key     (GpmTimelineCategory  category);
gboolean            gpm_timeline_category_from_key   (const char          *key,
                                                      GpmTimelineCategory *out);
void                gpm_timeline_filter_init         (GpmTimelineFilter   *filter);
gboolean            gpm_timeline_filter_match        (const GpmTimelineFilter *filter,
                                                      GpmTimelineCategory  category,
                                                      const gint64        *vendor_ids,
                                                      guint                n_vendor_ids,
                                                      double               start,
                                                      double               end);
gboolean            gpm_timeline_period_to_days      (const char          *text,
                                                      double              *start,
                                                      double              *end,
                                                      GpmPrecision        *precision);

/* The tick unit and step for a zoom (pixels per day), from decades down to days. */
void                gpm_timeline_choose_ticks        (double               px_per_day,
                                                      GpmLanguage          language,
                                                      GpmTimelineMeasureFunc measure,
                                                      gpointer             user_data,
                                                      GpmTimeUnit         *unit,
                                                      guint               *step);

GpmTimeline        *gpm_timeline_new                 (void);
void                gpm_timeline_free                (GpmTimeline         *self);

/* Data */
void                gpm_timeline_clear               (GpmTimeline         *self);
void                gpm_timeline_add_vendor          (GpmTimeline         *self,
                                                      gint64               id,
                                                      const char          *key,
                                                      const char          *name);
gboolean            gpm_timeline_add_event           (GpmTimeline         *self,
                                                      gint64               id,
                                                      const char          *date,
                                                      const char          *category,
                                                      const char          *label,
                                                      const gint64        *vendor_ids,
                                                      guint                n_vendor_ids);
void                gpm_timeline_set_strings         (GpmTimeline         *self,
                                                      const GpmTimelineStrings *strings);
guint               gpm_timeline_get_n_events        (GpmTimeline         *self);

/* From the model (gpm-timeline-items.c) */
guint               gpm_timeline_set_items           (GpmTimeline         *self,
                                                      GListModel          *events,
                                                      GListModel          *vendors,
                                                      GpmLanguage          language);
const char         *gpm_timeline_event_title         (GpmEvent            *event,
                                                      GpmLanguage          language);
const char         *gpm_timeline_vendor_name         (GpmVendor           *vendor,
                                                      GpmLanguage          language);

/* How it is drawn */
void                gpm_timeline_set_language        (GpmTimeline         *self,
                                                      GpmLanguage          language);
void                gpm_timeline_set_theme           (GpmTimeline         *self,
                                                      GpmChartTheme        theme);
void                gpm_timeline_set_font_family     (GpmTimeline         *self,
                                                      const char          *family);
void                gpm_timeline_set_lanes           (GpmTimeline         *self,
                                                      GpmTimelineLanes     lanes);
GpmTimelineLanes    gpm_timeline_get_lanes           (GpmTimeline         *self);
void                gpm_timeline_set_filter          (GpmTimeline         *self,
                                                      const GpmTimelineFilter *filter);
void                gpm_timeline_set_today           (GpmTimeline         *self,
                                                      double               today);
void                gpm_timeline_set_selected        (GpmTimeline         *self,
                                                      gint64               event_id,
                                                      gboolean             focused);
void                gpm_timeline_set_period          (GpmTimeline         *self,
                                                      double               from,
                                                      double               to);
void                gpm_timeline_set_view            (GpmTimeline         *self,
                                                      double               start,
                                                      double               span);
void                gpm_timeline_get_view            (GpmTimeline         *self,
                                                      double              *start,
                                                      double              *span);
void                gpm_timeline_set_scroll_y        (GpmTimeline         *self,
                                                      double               scroll_y);
double              gpm_timeline_get_scroll_y        (GpmTimeline         *self);

/* Questions about the filtered events */
guint               gpm_timeline_get_n_matching      (GpmTimeline         *self);
gboolean            gpm_timeline_get_extent          (GpmTimeline         *self,
                                                      double              *start,
                                                      double              *end);
gboolean            gpm_timeline_get_event_span      (GpmTimeline         *self,
                                                      gint64               event_id,
                                                      double              *start,
                                                      double              *end);
gboolean            gpm_timeline_event_matches       (GpmTimeline         *self,
                                                      gint64               event_id);
gint64              gpm_timeline_step                (GpmTimeline         *self,
                                                      gint64               from_id,
                                                      int                  delta);
guint               gpm_timeline_count_in_period     (GpmTimeline         *self,
                                                      double               from,
                                                      double               to);

/* Geometry, for a picture of width × height */
void                gpm_timeline_prepare             (GpmTimeline         *self,
                                                      double               width,
                                                      double               height);
void                gpm_timeline_fit_view            (GpmTimeline         *self,
                                                      double               width,
                                                      double               height,
                                                      double               start,
                                                      double               end);
gboolean            gpm_timeline_fit_all             (GpmTimeline         *self,
                                                      double               width,
                                                      double               height);
double              gpm_timeline_get_plot_left       (GpmTimeline         *self,
                                                      double               width);
double              gpm_timeline_get_axis_height     (GpmTimeline         *self);
double              gpm_timeline_get_content_height  (GpmTimeline         *self,
                                                      double               width,
                                                      double               height);
double              gpm_timeline_get_lanes_height    (GpmTimeline         *self,
                                                      double               width,
                                                      double               height);
double              gpm_timeline_x_to_days           (GpmTimeline         *self,
                                                      double               width,
                                                      double               x);
double              gpm_timeline_days_to_x           (GpmTimeline         *self,
                                                      double               width,
                                                      double               days);
guint               gpm_timeline_get_n_lanes         (GpmTimeline         *self);
const char         *gpm_timeline_get_lane_title      (GpmTimeline         *self,
                                                      guint                lane);
gboolean            gpm_timeline_get_lane_extent     (GpmTimeline         *self,
                                                      guint                lane,
                                                      double              *y,
                                                      double              *height);
GpmTimeUnit         gpm_timeline_get_tick_unit       (GpmTimeline         *self);
void                gpm_timeline_snap_period         (GpmTimeline         *self,
                                                      double               a,
                                                      double               b,
                                                      double              *from,
                                                      double              *to);
gboolean            gpm_timeline_get_event_lane      (GpmTimeline         *self,
                                                      gint64               event_id,
                                                      guint               *lane,
                                                      guint               *row);
gboolean            gpm_timeline_get_event_point     (GpmTimeline         *self,
                                                      double               width,
                                                      double               height,
                                                      gint64               event_id,
                                                      double              *x,
                                                      double              *y);
gint64              gpm_timeline_step_lane           (GpmTimeline         *self,
                                                      gint64               from_id,
                                                      int                  delta);
gboolean            gpm_timeline_hit_test            (GpmTimeline         *self,
                                                      double               width,
                                                      double               height,
                                                      double               x,
                                                      double               y,
                                                      GpmTimelineHit      *hit);

/* Drawing */
void                gpm_timeline_render              (GpmTimeline         *self,
                                                      cairo_t             *cr,
                                                      double               width,
                                                      double               height);
gboolean            gpm_timeline_render_to_png       (GpmTimeline         *self,
                                                      const char          *path,
                                                      int                  width,
                                                      int                  height,
                                                      GError             **error);

/* What the last render drew: for tests, hit-testing checks and accessibility */
guint               gpm_timeline_get_n_drawn_events  (GpmTimeline         *self);
guint               gpm_timeline_get_n_drawn_clusters (GpmTimeline        *self);
const GpmTimelineBox *gpm_timeline_get_label_boxes   (GpmTimeline         *self,
                                                      guint               *n_boxes);
gboolean            gpm_timeline_get_marker_box      (GpmTimeline         *self,
                                                      gint64               event_id,
                                                      GpmTimelineBox      *box);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmTimeline, gpm_timeline_free)

G_END_DECLS
