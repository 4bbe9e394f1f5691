/* gpm-chart-data.h — the numbers a chart draws, with their meaning and provenance.
 *
 * Plain reference-counted C structs, no GObject: the store fills them off the main thread
 * and the renderer reads them from any thread (a filled chart is not modified any more).
 * A series keeps its points as parallel arrays, so a million-point series costs about
 * 25 MB and hands its x and y arrays straight to the decimator.
 */
#pragma once

#include <glib.h>

#include "gpm-decimate.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_CHART_TYPE_LINE,
  GPM_CHART_TYPE_AREA,
  GPM_CHART_TYPE_BAR,
  GPM_CHART_TYPE_HBAR,
  GPM_CHART_TYPE_GROUPED_BAR,
  GPM_CHART_TYPE_STACKED_BAR,
  GPM_CHART_TYPE_STACKED_100,
  GPM_CHART_TYPE_SCATTER,
  GPM_CHART_TYPE_DONUT,
  GPM_CHART_TYPE_COMBO,
  GPM_CHART_TYPE_AREA_100,   /* stacked areas as shares of each period's total */
} GpmChartType;

typedef enum
{
  GPM_VALUE_KIND_MONEY,
  GPM_VALUE_KIND_SHARE,
  GPM_VALUE_KIND_COUNT,
  GPM_VALUE_KIND_COMPUTE,
  GPM_VALUE_KIND_RATIO,
} GpmValueKind;

typedef enum
{
  GPM_CHART_AXIS_PRIMARY,
  GPM_CHART_AXIS_SECONDARY,
} GpmChartAxis;

/* Used as given only in a combo chart; other types draw every series their own way. */
typedef enum
{
  GPM_CHART_MARK_LINE,
  GPM_CHART_MARK_AREA,
  GPM_CHART_MARK_BAR,
  GPM_CHART_MARK_SCATTER,
} GpmChartMark;

typedef enum
{
  GPM_POINT_REPORTED,
  GPM_POINT_FORECAST,
  GPM_POINT_ESTIMATE,
} GpmPointStatus;

typedef enum
{
  GPM_QUALIFIER_EXACT,
  GPM_QUALIFIER_ABOUT,
  GPM_QUALIFIER_MORE_THAN,
  GPM_QUALIFIER_LESS_THAN,
} GpmQualifier;

/* A read-only view of one point; the strings belong to the series. */
typedef struct
{
  double          x_start;       /* days since 1970-01-01, span [x_start, x_end) */
  double          x_end;         /* equal to x_start for an instant */
  const char     *period;        /* "2025-Q1", or NULL */
  const char     *category;      /* set for a category point (then x is unused) */
  double          value;
  GpmPointStatus  status;
  GpmQualifier    qualifier;
  gboolean        doubtful;      /* the source's own figure looks wrong */
  const char     *source_title;  /* "IT Times (IT時報)", or NULL */
  const char     *source_date;   /* "2025-07", or NULL */
  const char     *quote;         /* the sentence the value comes from, or NULL */
  double          x_value;       /* an XY scatter's other metric; NAN otherwise */
  const char     *x_source_title;
  const char     *x_source_date;
  const char     *x_quote;
} GpmChartPoint;

/* Packs a point's status, qualifier and doubt into the byte a point that
 * gpm_chart_series_add_spans () takes. */
#define GPM_CHART_POINT_FLAGS(status, qualifier, doubtful) \
  ((guint8) (((status) & 0x03) | (((qualifier) & 0x03) << 2) | ((doubtful) ? 0x10 : 0)))

typedef struct _GpmChartSeries GpmChartSeries;
typedef struct _GpmChartData   GpmChartData;

/* A dated happening from the timeline, drawn as a marker across a time axis. The
 * strings are in the language of the chart: the caller picks the title. */
typedef struct
{
  gint64  id;
  double  start;      /* days since 1970-01-01, span [start, end) */
  double  end;
  char   *category;   /* "export-control", "capital", "m-and-a", "product", … */
  char   *title;
  char   *date;       /* the date as the reader knows it: "2025-04", "2025-Q1" */
} GpmChartEvent;

const char     *gpm_chart_type_to_string              (GpmChartType          type);
gboolean        gpm_chart_type_from_string            (const char           *text,
                                                       GpmChartType         *out);

GpmChartSeries *gpm_chart_series_new                  (const char           *key,
                                                       const char           *label,
                                                       const char           *unit,
                                                       GpmValueKind          kind);
GpmChartSeries *gpm_chart_series_ref                  (GpmChartSeries       *self);
void            gpm_chart_series_unref                (GpmChartSeries       *self);

const char     *gpm_chart_series_get_key              (const GpmChartSeries *self);
const char     *gpm_chart_series_get_label            (const GpmChartSeries *self);
const char     *gpm_chart_series_get_unit             (const GpmChartSeries *self);
GpmValueKind    gpm_chart_series_get_kind             (const GpmChartSeries *self);
GpmChartAxis    gpm_chart_series_get_axis             (const GpmChartSeries *self);
void            gpm_chart_series_set_axis             (GpmChartSeries       *self,
                                                       GpmChartAxis          axis);
GpmChartMark    gpm_chart_series_get_mark             (const GpmChartSeries *self);
void            gpm_chart_series_set_mark             (GpmChartSeries       *self,
                                                       GpmChartMark          mark);

guint           gpm_chart_series_add_point            (GpmChartSeries       *self,
                                                       double                x_start,
                                                       double                x_end,
                                                       const char           *period,
                                                       double                value);
guint           gpm_chart_series_add_category_point   (GpmChartSeries       *self,
                                                       const char           *category,
                                                       double                value);
void            gpm_chart_series_add_values           (GpmChartSeries       *self,
                                                       const double         *x,
                                                       const double         *values,
                                                       gsize                 n);
void            gpm_chart_series_add_spans            (GpmChartSeries       *self,
                                                       const double         *x_start,
                                                       const double         *x_end,
                                                       const double         *values,
                                                       const guint8         *flags,
                                                       const guint32        *provenance,
                                                       gsize                 n);
void            gpm_chart_series_take_spans           (GpmChartSeries       *self,
                                                       GArray               *x_start,
                                                       GArray               *x_end,
                                                       GArray               *values,
                                                       GArray               *flags,
                                                       GArray               *provenance);
guint           gpm_chart_series_add_provenance       (GpmChartSeries       *self,
                                                       const char           *source_title,
                                                       const char           *source_date,
                                                       const char           *quote);
void            gpm_chart_series_set_point_status     (GpmChartSeries       *self,
                                                       guint                 index,
                                                       GpmPointStatus        status);
void            gpm_chart_series_set_point_qualifier  (GpmChartSeries       *self,
                                                       guint                 index,
                                                       GpmQualifier          qualifier);
void            gpm_chart_series_set_point_doubtful   (GpmChartSeries       *self,
                                                       guint                 index,
                                                       gboolean              doubtful);
void            gpm_chart_series_set_point_provenance (GpmChartSeries       *self,
                                                       guint                 index,
                                                       const char           *source_title,
                                                       const char           *source_date,
                                                       const char           *quote);

guint           gpm_chart_series_get_n_points         (const GpmChartSeries *self);
gboolean        gpm_chart_series_get_point            (const GpmChartSeries *self,
                                                       guint                 index,
                                                       GpmChartPoint        *out);
double          gpm_chart_series_get_value            (const GpmChartSeries *self,
                                                       guint                 index);
const double   *gpm_chart_series_get_x_starts         (const GpmChartSeries *self);
const double   *gpm_chart_series_get_x_ends           (const GpmChartSeries *self);
const double   *gpm_chart_series_get_values           (const GpmChartSeries *self);
gboolean        gpm_chart_series_get_extent           (const GpmChartSeries *self,
                                                       double               *lo,
                                                       double               *hi);
gboolean        gpm_chart_series_is_categorical       (const GpmChartSeries *self);
guint           gpm_chart_series_get_n_provenances    (const GpmChartSeries *self);
void            gpm_chart_series_get_provenance       (const GpmChartSeries *self,
                                                       guint                 index,
                                                       const char          **source_title,
                                                       const char          **source_date,
                                                       const char          **quote);

GpmDecimation  *gpm_chart_series_get_decimation       (const GpmChartSeries *self);
void            gpm_chart_series_set_decimation       (GpmChartSeries       *self,
                                                       GpmDecimation        *decimation);

void            gpm_chart_series_set_x_unit           (GpmChartSeries       *self,
                                                       const char           *unit,
                                                       GpmValueKind          kind);
const char     *gpm_chart_series_get_x_unit           (const GpmChartSeries *self);
GpmValueKind    gpm_chart_series_get_x_kind           (const GpmChartSeries *self);
void            gpm_chart_series_set_point_x          (GpmChartSeries       *self,
                                                       guint                 index,
                                                       double                x_value,
                                                       const char           *source_title,
                                                       const char           *source_date,
                                                       const char           *quote);

GpmChartEvent  *gpm_chart_event_new                   (gint64                id,
                                                       double                start,
                                                       double                end,
                                                       const char           *category,
                                                       const char           *title,
                                                       const char           *date);
void            gpm_chart_event_free                  (GpmChartEvent        *self);

GpmChartData   *gpm_chart_data_new                    (GpmChartType          type);
GpmChartData   *gpm_chart_data_ref                    (GpmChartData         *self);
void            gpm_chart_data_unref                  (GpmChartData         *self);

GpmChartType    gpm_chart_data_get_chart_type         (const GpmChartData   *self);
void            gpm_chart_data_set_chart_type         (GpmChartData         *self,
                                                       GpmChartType          type);
const char     *gpm_chart_data_get_title              (const GpmChartData   *self);
void            gpm_chart_data_set_title              (GpmChartData         *self,
                                                       const char           *title);
const char     *gpm_chart_data_get_subtitle           (const GpmChartData   *self);
void            gpm_chart_data_set_subtitle           (GpmChartData         *self,
                                                       const char           *subtitle);
const char     *gpm_chart_data_get_axis_title         (const GpmChartData   *self,
                                                       GpmChartAxis          axis);
void            gpm_chart_data_set_axis_title         (GpmChartData         *self,
                                                       GpmChartAxis          axis,
                                                       const char           *title);
const char     *gpm_chart_data_get_x_axis_title       (const GpmChartData   *self);
void            gpm_chart_data_set_x_axis_title       (GpmChartData         *self,
                                                       const char           *title);
gboolean        gpm_chart_data_is_xy                  (const GpmChartData   *self);
gboolean        gpm_chart_data_get_log_scale          (const GpmChartData   *self);
void            gpm_chart_data_set_log_scale          (GpmChartData         *self,
                                                       gboolean              log_scale);
void            gpm_chart_data_add_footer_line        (GpmChartData         *self,
                                                       const char           *line);
const char * const *gpm_chart_data_get_footer_lines   (const GpmChartData   *self);
gboolean        gpm_chart_data_get_currency_converted (const GpmChartData   *self,
                                                       const char          **note);
void            gpm_chart_data_set_currency_converted (GpmChartData         *self,
                                                       gboolean              converted,
                                                       const char           *note);

void            gpm_chart_data_add_series             (GpmChartData         *self,
                                                       GpmChartSeries       *series);
guint           gpm_chart_data_get_n_series           (const GpmChartData   *self);
GpmChartSeries *gpm_chart_data_get_series             (const GpmChartData   *self,
                                                       guint                 index);
gboolean        gpm_chart_data_get_time_extent        (const GpmChartData   *self,
                                                       double               *start,
                                                       double               *end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmChartSeries, gpm_chart_series_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmChartData, gpm_chart_data_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmChartEvent, gpm_chart_event_free)

G_END_DECLS
