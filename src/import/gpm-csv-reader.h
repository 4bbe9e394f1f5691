/* gpm-csv-reader.h — records of a delimited text file, streamed.
 *
 * RFC 4180: quoted fields with embedded delimiters, doubled quotes and line breaks;
 * LF, CRLF or CR line ends; the delimiter is ',', ';', tab or '|' (sniffed from a
 * sample when the caller does not know). Reads from a GpmTextDecoder, so the input
 * is UTF-8 whatever the file's encoding; memory is bounded by the longest record.
 * Line numbers count physical lines, including those inside quoted fields.
 */
#pragma once

#include "gpm-text-decoder.h"

G_BEGIN_DECLS

#define GPM_CSV_READER_ERROR (gpm_csv_reader_error_quark ())

typedef enum
{
  GPM_CSV_READER_ERROR_UNTERMINATED_QUOTE,   /* the file ends inside a quoted field */
  GPM_CSV_READER_ERROR_STRAY_QUOTE,          /* text after a closing quote: "abc"d (a
                                              * quote inside an unquoted field, abc"d,
                                              * is kept as text, as spreadsheets do) */
  GPM_CSV_READER_ERROR_RECORD_TOO_LONG,      /* one record over 16 MiB: not a table */
} GpmCsvReaderError;

GQuark gpm_csv_reader_error_quark   (void);

/* Picks the delimiter from UTF-8 sample text (the first lines of the file): the one
 * of , ; \t | that splits the lines, outside quotes, into the most consistent
 * number (> 1) of fields. Returns ',' when nothing fits. */
char   gpm_csv_sniff_delimiter      (const char *sample,
                                     gsize       length);

#define GPM_TYPE_CSV_READER (gpm_csv_reader_get_type ())
G_DECLARE_FINAL_TYPE (GpmCsvReader, gpm_csv_reader, GPM, CSV_READER, GObject)

GpmCsvReader *gpm_csv_reader_new        (GpmTextDecoder  *decoder,
                                         char             delimiter);
/* Reads the next record. On TRUE, *fields holds its fields (UTF-8, NUL-terminated,
 * owned by the reader and valid until the next call) and *line the 1-based line
 * on which the record starts. Returns FALSE at the end (error unset) or on an
 * error, which names the line. Blank lines are skipped. */
gboolean      gpm_csv_reader_next       (GpmCsvReader    *self,
                                         GPtrArray      **fields,
                                         guint64         *line,
                                         GCancellable    *cancellable,
                                         GError         **error);
guint64       gpm_csv_reader_get_bytes_in (GpmCsvReader  *self);

G_END_DECLS
