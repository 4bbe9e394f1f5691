/* gpm-store-series.h — one series of figures read straight into arrays.
 *
 * gpm_store_list_observations () makes an object per figure: right for the hundred
 * figures of a vendor profile, far too heavy for a measured series of a million. This
 * reads the figures of one (subject, metric) into parallel arrays instead, with each
 * period already turned into the span of days the charts place it on, and keeps the
 * per-figure text (period and quote) only while the series is small.
 *
 * Same contract as gpm-store.h: safe from any thread, honours its GCancellable, and
 * waits on SQLite, so call it from a worker thread (the chart query does).
 */
#pragma once

#include "gpm-store.h"

G_BEGIN_DECLS

/* One byte of flags a figure. The bits are the chart engine's (gpm-chart-data.h), so a
 * flags array passes to a chart series as it is. */
#define GPM_SERIES_STATUS_MASK      0x03  /* GpmSeriesStatus */
#define GPM_SERIES_QUALIFIER_MASK   0x0c  /* GpmSeriesQualifier << GPM_SERIES_QUALIFIER_SHIFT */
#define GPM_SERIES_QUALIFIER_SHIFT  2
#define GPM_SERIES_DOUBTFUL         0x10  /* the source's own figure looks wrong */

typedef enum
{
  GPM_SERIES_REPORTED,
  GPM_SERIES_FORECAST,
  GPM_SERIES_ESTIMATE,
} GpmSeriesStatus;

typedef enum
{
  GPM_SERIES_EXACT,
  GPM_SERIES_ABOUT,
  GPM_SERIES_MORE_THAN,
  GPM_SERIES_LESS_THAN,
} GpmSeriesQualifier;

/* The arrays to fill: the caller makes them empty (g_array_new with the element type
 * given) and leaves NULL what it does not want. They get one element a figure, all in
 * the same order: by the start of the period, the longer period first at the same
 * start, then as entered (the order of gpm_store_list_observations ()). Figures whose
 * period text is not a valid period are left out, as the charts leave them out. */
typedef struct
{
  GArray    *x_start_days;     /* double, required: first day of the period, in days
                                * since 1970-01-01 */
  GArray    *x_end_days;       /* double, required: the day after its last day */
  GArray    *values;           /* double, required: as stored, in the figure's unit */
  GArray    *flags;            /* guint8: GPM_SERIES_* bits */
  GArray    *observation_ids;  /* gint64 */

  /* Few distinct values over many figures: an index a figure into a short table. */
  GArray    *unit_indices;     /* guint8 index into @units */
  GPtrArray *units;            /* char *, each unit once, in order of first use; with
                                * g_free as its free func. At most 256 units a series. */
  GArray    *source_indices;   /* guint32 index into @source_ids */
  GArray    *source_ids;       /* gint64, each source once, in order of first use */

  /* Per-figure text, kept while the series has at most @max_details figures. Past that
   * both are emptied, and stay empty: a big series costs no string per figure. */
  guint      max_details;
  GPtrArray *periods;          /* char *, as stored ("2025-Q1"); free func g_free */
  GPtrArray *quotes;           /* char *, the sentence; free func g_free */
} GpmSeriesColumns;

gboolean gpm_store_read_series (GpmStore                    *self,
                                const GpmObservationFilter  *filter,
                                GpmSeriesColumns            *columns,
                                GCancellable                *cancellable,
                                GError                     **error);

G_END_DECLS
