/* gpm-import-row.h — one row of a file checked, before the database is asked.
 *
 * Private to src/import: the reader thread of gpm-import-rows.c reads each row with a
 * GpmImportParser into a GpmImportSlot of the batch that carries it to the import.
 */
#pragma once

#include "gpm-import-cells.h"
#include "gpm-import.h"

G_BEGIN_DECLS

/* A slot's text offset for no text. */
#define GPM_IMPORT_NO_TEXT G_MAXSIZE

/* A row as the reader leaves it: texts as offsets into the batch's buffer, which may
 * move while it grows. */
typedef struct
{
  guint64     line;
  guint64     bytes_in;
  gsize       problem;     /* why the row is bad, or GPM_IMPORT_NO_TEXT */
  int         column;
  gsize       subject;
  gsize       metric;
  gsize       source;
  guint       keys[3];     /* of subject, metric and source (see GpmImportRow) */
  gsize       period;
  gsize       unit;        /* GPM_IMPORT_NO_TEXT: the metric's own */
  gsize       note;
  gsize       quote;
  double      value;
  const char *qualifier;   /* the parser's constant strings */
  const char *status;
  gboolean    doubtful;
} GpmImportSlot;

/* What the reader knows between rows: only the reader's thread touches it. */
typedef struct
{
  const GpmImportOptions *options;
  GpmImportMapping        mapping;
  GpmImportFormat         format;
  GpmEncoding             encoding;
  char                    delimiter;
  guint                   n_columns;
  gboolean                point_evidence;  /* a number only a decimal point can read */
  guint64                 n_ambiguous;
  guint64                 ambiguous_line;
  char                   *ambiguous_text;
  GString                *quote;
  char                   *period_text;     /* the last period read, and what it gave */
  char                   *period;
  char                   *unit_text;       /* the same for the unit column */
  GpmImportUnit           unit;
  GHashTable             *keys[3];         /* subject, metric, source text → key */
  /* the row being read */
  guint64                 line;
  GpmImportSlot          *slot;
  GString                *texts;
} GpmImportParser;

void gpm_import_parser_init  (GpmImportParser        *parser,
                              const GpmImportOptions *options,
                              const GpmImportMapping *mapping,
                              const GpmImportReport  *report,
                              guint                   n_columns);
/* Reads FIELDS, the row on LINE, into SLOT, its texts appended to TEXTS. */
void gpm_import_parser_read  (GpmImportParser        *parser,
                              GPtrArray              *fields,
                              guint64                 line,
                              GpmImportSlot          *slot,
                              GString                *texts);
void gpm_import_parser_clear (GpmImportParser        *parser);

G_END_DECLS
