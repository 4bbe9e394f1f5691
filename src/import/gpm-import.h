/* gpm-import.h — analysts' own figures into the database, all or nothing.
 *
 * A file is a table with a header row: CSV or TSV in any encoding the text decoder
 * reads, or the JSON the app exports. Each row is one figure; the mapping says which
 * column holds what. Rows are checked as they stream by, and the database is written
 * in one transaction, so a cancel, an error or a crash leaves it as it was. A dry run
 * does everything but the commit, which is how the import dialog counts new, changed
 * and unchanged rows before anything is written.
 */
#pragma once

#include <gio/gio.h>

#include "gpm-csv-reader.h"
#include "gpm-import-mapping.h"
#include "gpm-import-value.h"
#include "gpm-store.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_IMPORT_FORMAT_DELIMITED,   /* CSV, TSV and friends */
  GPM_IMPORT_FORMAT_JSON,        /* an array of objects, as export-data writes */
} GpmImportFormat;

typedef enum
{
  GPM_IMPORT_SKIP_BAD_ROWS,      /* import the good rows, list the others */
  GPM_IMPORT_STOP_AT_BAD_ROW,    /* write nothing when any row is bad */
} GpmImportPolicy;

typedef struct
{
  gboolean         detect_encoding;  /* TRUE: ignore encoding and guess */
  GpmEncoding      encoding;
  char             delimiter;        /* 0: sniff */
  GpmDecimalMark   decimal_mark;
  gboolean         has_mapping;      /* FALSE: guess from the header */
  GpmImportMapping mapping;
  GpmImportPolicy  policy;
  gboolean         dry_run;
} GpmImportOptions;

void gpm_import_options_init (GpmImportOptions *options);

/* What the first rows of a file look like, before any choice is made. */
typedef struct
{
  GpmImportFormat  format;
  GpmEncoding      encoding;
  gboolean         confident;     /* FALSE: the encoding was a close call; ask */
  char             delimiter;
  GStrv            header;
  guint            n_columns;
  GPtrArray       *rows;          /* GStrv each, the first rows as read */
  GpmImportMapping mapping;       /* guessed from the header */
  guint64          size;          /* bytes */
} GpmImportPreview;

typedef struct
{
  guint64  line;
  char    *column;                /* header name, or NULL for the whole row */
  char    *reason;
} GpmImportProblem;

#define GPM_IMPORT_MAX_PROBLEMS 1000

typedef struct
{
  GpmImportFormat format;
  GpmEncoding     encoding;
  char            delimiter;
  guint64         n_rows;         /* data rows read */
  guint64         n_new;
  guint64         n_changed;
  guint64         n_unchanged;
  guint64         n_skipped;      /* bad rows left out */
  GPtrArray      *problems;       /* GpmImportProblem, the first GPM_IMPORT_MAX_PROBLEMS */
  GPtrArray      *new_subjects;   /* names the import adds as vendors */
  GPtrArray      *new_metrics;
  GPtrArray      *new_sources;
  guint64         n_ambiguous;    /* numbers whose decimal mark the file leaves open */
  guint64         ambiguous_line;
  char           *ambiguous_text;
  gboolean        mark_unsettled; /* some are, and nothing in the file settles the mark */
  gboolean        written;        /* committed (FALSE for a dry run) */
  GpmStoreChange *change;         /* for gpm_store_undo (); NULL when there is nothing to
                                   * undo or the import wrote over 10,000 rows */
} GpmImportReport;

typedef void (*GpmImportProgressFunc) (guint64  bytes_done,
                                       guint64  bytes_total,
                                       gpointer user_data);

void              gpm_import_preview_free  (GpmImportPreview       *preview);
void              gpm_import_report_free   (GpmImportReport        *report);

/* Reads the start of FILE. Blocking: call it off the main thread. */
GpmImportPreview *gpm_import_preview       (GFile                  *file,
                                            const GpmImportOptions *options,
                                            GCancellable           *cancellable,
                                            GError                **error);
/* Imports FILE (or checks it, for a dry run). Blocking: call it off the main thread.
 * Returns NULL with an error when nothing was written: an unreadable file, a mapping
 * that misses a required column, a bad row under STOP_AT_BAD_ROW, numbers whose decimal
 * mark is ambiguous, a cancel. PROGRESS is called from the calling thread. */
GpmImportReport  *gpm_import_run           (GpmStore               *store,
                                            GFile                  *file,
                                            const GpmImportOptions *options,
                                            GpmImportProgressFunc   progress,
                                            gpointer                user_data,
                                            GCancellable           *cancellable,
                                            GError                **error);

/* The problems as CSV (line, column, reason), for the user to keep. */
GBytes           *gpm_import_report_problems_to_csv (const GpmImportReport *report);
/* The counts in a few lines of text, as the command line prints them. */
char             *gpm_import_report_describe        (const GpmImportReport *report);
/* "line 12" (or "item 12" of a JSON file), translated; with the column when there is one. */
char             *gpm_import_describe_place         (GpmImportFormat        format,
                                                     guint64                line,
                                                     const char            *column);
/* "comma-separated", "tab-separated", …, translated. */
const char       *gpm_import_delimiter_get_label    (char                   delimiter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmImportPreview, gpm_import_preview_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmImportReport, gpm_import_report_free)

G_END_DECLS
