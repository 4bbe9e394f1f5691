/* gpm-import-rows.h — the rows of a file read and checked on a thread of their own.
 *
 * Private to src/import. Everything about a row that needs no database happens here,
 * ahead of the import: decoding, CSV parsing, numbers, periods, units, status and the
 * rest. What needs the database (names, figures) stays with the caller, on the thread
 * that holds the store's transaction.
 */
#pragma once

#include "gpm-import-records.h"

G_BEGIN_DECLS

typedef struct _GpmImportRows GpmImportRows;

#define GPM_IMPORT_ROWS_MAX_KEYS 4096

/* One data row as the import will put it; texts valid until the next row. */
typedef struct
{
  guint64     line;       /* where the row starts in the file */
  guint64     bytes_in;   /* bytes of the file read by the time it was read */
  const char *problem;    /* why the row is bad, NULL when it is good; then: */
  int         column;     /* the column at fault, or -1 for the whole row */
  const char *subject;    /* trimmed, not empty */
  const char *metric;     /* trimmed, not empty */
  const char *source;     /* trimmed; empty for the file itself */
  /* The same text always has the same key, from 1 up, so the caller may keep what it
   * found for a name by its key; 0 past the first GPM_IMPORT_ROWS_MAX_KEYS texts. */
  guint       subject_key;
  guint       metric_key;
  guint       source_key;
  const char *period;     /* the store's period text */
  const char *unit;       /* NULL: the metric's own */
  double      value;      /* base units */
  const char *qualifier;
  const char *status;
  gboolean    doubtful;
  const char *note;
  const char *quote;
} GpmImportRow;

/* Starts reading the data rows of RECORDS (whose header has been read; taken). */
GpmImportRows *gpm_import_rows_start  (GpmImportRecords        *records,
                                       const GpmImportOptions  *options,
                                       const GpmImportMapping  *mapping,
                                       const GpmImportReport   *report,
                                       guint                    n_columns,
                                       GCancellable            *cancellable);
/* The next row, in file order; FALSE at the end, or with ERROR set when the file
 * could not be read further. */
gboolean       gpm_import_rows_next   (GpmImportRows           *self,
                                       const GpmImportRow     **row,
                                       GError                 **error);
/* After the last row: what the numbers said about the decimal mark. Fills in the
 * report's ambiguity and returns whether some number could only be read with a
 * decimal point. */
gboolean       gpm_import_rows_finish (GpmImportRows           *self,
                                       GpmImportReport         *report);
/* Stops the reading, wherever it is. */
void           gpm_import_rows_free   (GpmImportRows           *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmImportRows, gpm_import_rows_free)

G_END_DECLS
