/* gpm-store-series-private.h — rows of a series statement into GpmSeriesColumns.
 *
 * The statement (gpm-store-series.c) selects the columns below in this order; a reader
 * turns each row into one element of every array the caller asked for. A table scan
 * split across two connections has a reader for each part, merged in id order at the
 * end (gpm_series_reader_merge ()).
 */

#pragma once

#include "gpm-store-private.h"
#include "gpm-store-series.h"

G_BEGIN_DECLS

/* The columns of the SELECT, in this order. */
#define GPM_SERIES_SELECT "period, value, unit, qualifier, status, doubtful, source_id, id"

typedef struct
{
  GpmSeriesColumns *out;
  gint64            from_day;      /* Julian days; 0 for an open end */
  gint64            to_day;
  gboolean          details;       /* still keeping periods (and ids, for the quotes) */
  GArray           *detail_ids;    /* gint64, the figures' ids while details are kept */
  gboolean          sorted;        /* every key so far at or after the one before */
  gint64            first_key;
  gint64            last_key;
  const char       *last_unit;     /* in out->units */
  gsize             last_unit_len;
  guint8            last_unit_index;
  gint64            last_source;
  guint32           last_source_index;
  GHashTable       *source_index;  /* source id → index + 1 */
  GHashTable       *quote_index;   /* figure id → row, for the quotes */
  guint             n;             /* rows kept; the arrays are grown ahead of it */
  guint             capacity;
  guint             expected;      /* rows the plan expects, to size the arrays once */
} GpmSeriesReader;

void     gpm_series_reader_init   (GpmSeriesReader   *reader,
                                   GpmSeriesColumns  *out);
void     gpm_series_reader_clear  (GpmSeriesReader   *reader);
gboolean gpm_series_read_row      (GpmSeriesReader   *reader,
                                   GpmStmt           *stmt,
                                   GError           **error);
void     gpm_series_reader_finish (GpmSeriesReader   *reader);
gboolean gpm_series_reader_merge  (GpmSeriesReader   *reader,
                                   GpmSeriesReader   *part,
                                   GError           **error);
void     gpm_series_reader_sort   (GpmSeriesReader   *reader);

void     gpm_series_columns_empty (GpmSeriesColumns  *columns);
void     gpm_series_columns_init_like (GpmSeriesColumns       *columns,
                                       const GpmSeriesColumns *model);
void     gpm_series_columns_clear (GpmSeriesColumns  *columns);

G_END_DECLS
