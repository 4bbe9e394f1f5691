/* gpm-timeline-private.h — the insides of GpmTimeline, shared by its three files:
 * gpm-timeline-renderer.c (data, filter, settings), gpm-timeline-layout.c (ticks, lanes,
 * rows, clusters, hit-testing) and gpm-timeline-draw.c (painting). Unit tests include it
 * to check the layout directly.
 */
#pragma once

#include <pango/pangocairo.h>

#include "gpm-palette.h"
#include "gpm-timeline-renderer.h"

G_BEGIN_DECLS

/* Sizes in logical pixels. */
#define TL_ROW_HEIGHT     24.0   /* one stagger row of markers and labels */
#define TL_LANE_PADDING    5.0   /* above and below the rows of a lane */
#define TL_MAX_ROWS          4   /* stagger rows per lane before events cluster */
#define TL_AXIS_HEIGHT    44.0
#define TL_MARKER_SIZE    11.0
#define TL_BAR_HEIGHT     16.0
#define TL_MIN_BAR         6.0   /* a span never gets thinner than this */
#define TL_GAP             8.0   /* between neighbours in a row */
#define TL_LABEL_PAD       7.0   /* between a marker and its label */
#define TL_MIN_LABEL      40.0   /* a label is never shortened below this */
#define TL_CLUSTER_MAX    72.0   /* a cluster closes when it would grow wider */
#define TL_INSIDE_PAD      6.0   /* label padding inside a span */
#define TL_LEGEND_ROW     24.0
#define TL_TICK_GAP       10.0   /* between neighbouring tick labels */
#define TL_LABEL_SIZE     12.0   /* font sizes */
#define TL_AXIS_SIZE      11.0
#define TL_BADGE_SIZE     11.0
#define TL_HIT_SLOP        3.0

typedef enum
{
  TL_MARK_POINT,
  TL_MARK_SPAN,
  TL_MARK_CLUSTER,
} TlMarkKind;

typedef struct
{
  gint64        id;
  double        start;          /* days, [start, end) */
  double        end;
  GpmPrecision  precision;
  guint         category;
  guint         vendor_offset;  /* into GpmTimeline.event_vendors */
  guint         n_vendors;
  const char   *label;          /* in GpmTimeline.strings */
  double        label_width;    /* < 0 until measured */
  gboolean      matches;        /* passes the filter */
  guint         drawn_frame;
  guint         layout_stamp;
  PangoLayout  *layout;         /* the full label, made when first drawn */
} TlEvent;

typedef struct
{
  gint64  id;
  char   *key;
  char   *name;
} TlVendor;

typedef struct
{
  double        x0;           /* world pixels (days × px_per_day) */
  double        x1;           /* end of the marker, bar or cluster pill */
  double        end;          /* end of everything drawn, label included */
  double        label_width;  /* outside label: the width it may use */
  guint         event;        /* index into events; a cluster: its first member */
  guint         row;
  TlMarkKind    kind;
  gboolean      label_inside;
  gboolean      shortened;
  GArray       *members;      /* a cluster: event indices (guint) */
  PangoLayout  *layout;       /* a shortened label, or the cluster's count */
} TlMark;

typedef struct
{
  char         *title;
  GpmRgba       color;
  GpmRgba       tint;         /* the colour mixed into the background, for fills */
  GpmRgba       background;   /* the lane's own background, stripe included */
  gboolean      is_vendor;
  gint64        vendor_id;
  guint         category;
  double        y;            /* content coordinates: 0 is the top of the first lane */
  double        height;
  guint         n_rows;
  GArray       *events;       /* guint indices into events, date order */
  GArray       *marks;        /* TlMark, by x0 */
  GArray       *max_end;      /* double: the largest end of marks[0..i] */
  PangoLayout  *title_layout;
} TlLane;

typedef struct
{
  GpmRgba background;
  GpmRgba header;
  GpmRgba text;
  GpmRgba muted;
  GpmRgba grid;
  GpmRgba grid_major;
  GpmRgba stripe;
  GpmRgba today;
  GpmRgba accent;
  GpmRgba badge;
  GpmRgba badge_text;
} TlColors;

typedef struct
{
  gint64          id;
  GpmTimelineBox  box;
} TlMarkerBox;

struct _GpmTimeline
{
  /* Data */
  GArray       *events;          /* TlEvent; sorted by date when `sorted` */
  gboolean      sorted;
  GHashTable   *index_by_id;     /* id → index + 1, valid when sorted */
  GArray       *event_vendors;   /* gint64 */
  GStringChunk *strings;
  GArray       *vendors;         /* TlVendor */
  char         *category_names[GPM_TIMELINE_N_CATEGORIES];
  char         *no_vendor_name;
  char         *today_label;

  /* Settings */
  GpmLanguage       language;
  GpmChartTheme     theme;
  char             *font_family;
  GpmTimelineLanes  lanes_mode;
  guint             filter_categories;
  GArray           *filter_vendors;  /* gint64; NULL: any */
  double            filter_from;
  double            filter_to;
  double            today;
  gint64            selected_id;
  gboolean          focused;
  double            period_from;
  double            period_to;
  double            view_start;
  double            view_span;
  double            scroll_y;

  /* Text */
  PangoContext         *pango;
  PangoFontDescription *font_label;
  PangoFontDescription *font_axis;
  PangoFontDescription *font_axis_bold;
  PangoFontDescription *font_lane;
  PangoFontDescription *font_badge;
  PangoLayout          *measure;
  GHashTable           *text_layouts;   /* axis and legend text → PangoLayout */
  guint                 stamp;          /* counts frames, to age event layouts */

  /* Colours */
  TlColors  colors;
  GpmRgba   category_colors[GPM_TIMELINE_N_CATEGORIES];
  gboolean  colors_valid;

  /* Layout: valid for one (width, height, span) while nothing else changes */
  gboolean      layout_valid;
  gboolean      matches_valid;
  double        layout_width;
  double        layout_height;
  double        layout_span;
  double        px_per_day;
  double        header_width;
  double        legend_height;
  double        content_height;
  GPtrArray    *lanes;           /* TlLane */
  GpmTimeUnit   tick_unit;
  guint         tick_step;
  guint         n_matching;

  /* The last frame */
  guint         frame;
  guint         n_drawn_events;
  guint         n_drawn_clusters;
  GArray       *label_boxes;     /* GpmTimelineBox */
  GArray       *marker_boxes;    /* TlMarkerBox */
};

/* gpm-timeline-renderer.c */
void          gpm_timeline_ensure_sorted     (GpmTimeline *self);
void          gpm_timeline_ensure_matches    (GpmTimeline *self);
void          gpm_timeline_ensure_text       (GpmTimeline *self);
void          gpm_timeline_ensure_colors     (GpmTimeline *self);
TlEvent      *gpm_timeline_lookup            (GpmTimeline *self,
                                              gint64       id,
                                              guint       *index);
void          gpm_timeline_invalidate_layout (GpmTimeline *self);
double        gpm_timeline_measure_text      (GpmTimeline *self,
                                              PangoFontDescription *font,
                                              const char  *text);
PangoLayout  *gpm_timeline_text_layout       (GpmTimeline *self,
                                              PangoFontDescription *font,
                                              const char  *text);

/* gpm-timeline-layout.c */
void          tl_lane_free                   (gpointer     lane);
guint         tl_lane_first_visible          (const TlLane *lane,
                                              double       world_left);
char         *tl_tick_label                  (GpmTimeUnit  unit,
                                              gint64       index,
                                              GpmLanguage  language);
char         *tl_major_label                 (GpmTimeUnit  unit,
                                              gint64       index,
                                              GpmLanguage  language);
gint64        tl_unit_index                  (GpmTimeUnit  unit,
                                              double       days);
double        tl_unit_start                  (GpmTimeUnit  unit,
                                              gint64       index);
gboolean      tl_unit_is_labelled            (GpmTimeUnit  unit,
                                              guint        step,
                                              gint64       index);
GpmTimeUnit   tl_major_unit                  (GpmTimeUnit  unit);
double        tl_lanes_top                   (GpmTimeline *self);

/* gpm-timeline-draw.c */
void          tl_draw                        (GpmTimeline *self,
                                              cairo_t     *cr,
                                              double       width,
                                              double       height);

G_END_DECLS
