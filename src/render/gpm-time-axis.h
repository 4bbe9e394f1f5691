/* gpm-time-axis.h — days since 1970, period spans, and the labels of a time axis.
 *
 * The chart engine measures time in days since 1970-01-01 (fractions allowed for data
 * finer than a day). A period is a span [start, end): a quarter covers ninety-odd days and
 * is drawn over them, it is not a point at its first day. The axis labels years, quarters,
 * months or days — whichever is the finest that the data has and the width can hold
 * without labels touching — and thins to every 2nd, 5th… unit when even years are crowded.
 */
#pragma once

#include "gpm-render-types.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_TIME_UNIT_DAY,
  GPM_TIME_UNIT_MONTH,
  GPM_TIME_UNIT_QUARTER,
  GPM_TIME_UNIT_HALF,      /* only for data reported by half years: "2025 H1", "H2" */
  GPM_TIME_UNIT_YEAR,
} GpmTimeUnit;

typedef struct
{
  double      start;   /* the span labelled, [start, end) in days, cut to the axis */
  double      end;
  const char *label;
  gboolean    major;   /* the unit starts a year */
} GpmTimeTick;

/* Width in pixels of @label as it will be drawn. */
typedef double (*GpmTimeMeasureFunc) (const char *label,
                                      gpointer    user_data);

typedef struct _GpmTimeAxis GpmTimeAxis;

double             gpm_days_from_date      (int                 year,
                                            int                 month,
                                            int                 day);
void               gpm_days_to_date        (double              days,
                                            int                *year,
                                            int                *month,
                                            int                *day);
void               gpm_time_span_year      (int                 year,
                                            double             *start,
                                            double             *end);
void               gpm_time_span_quarter   (int                 year,
                                            int                 quarter,
                                            double             *start,
                                            double             *end);
void               gpm_time_span_half      (int                 year,
                                            int                 half,
                                            double             *start,
                                            double             *end);
void               gpm_time_span_month     (int                 year,
                                            int                 month,
                                            double             *start,
                                            double             *end);
void               gpm_time_span_day       (int                 year,
                                            int                 month,
                                            int                 day,
                                            double             *start,
                                            double             *end);
GpmTimeUnit        gpm_time_unit_for_span  (double              start,
                                            double              end);

GpmTimeAxis       *gpm_time_axis_new       (double              start,
                                            double              end,
                                            double              pixel_width,
                                            GpmTimeUnit         finest,
                                            GpmLanguage         language,
                                            GpmTimeMeasureFunc  measure,
                                            gpointer            user_data);
void               gpm_time_axis_free      (GpmTimeAxis        *self);
GpmTimeUnit        gpm_time_axis_get_unit  (const GpmTimeAxis  *self);
guint              gpm_time_axis_get_step  (const GpmTimeAxis  *self);
guint              gpm_time_axis_get_n_ticks (const GpmTimeAxis *self);
const GpmTimeTick *gpm_time_axis_get_tick  (const GpmTimeAxis  *self,
                                            guint               index);
double             gpm_time_axis_to_pixel  (const GpmTimeAxis  *self,
                                            double              days);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmTimeAxis, gpm_time_axis_free)

G_END_DECLS
