/* gpm-csv.h — RFC 4180 CSV: writing rows, and reading them back. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void gpm_csv_append_field (GString    *out,
                           const char *field);
void gpm_csv_append_row   (GString    *out,
                           const char *const *fields,
                           guint       n_fields);

/* Formula neutralisation (see gpm-csv.c): text a spreadsheet would run as a formula
 * gets an apostrophe in front when written, and the importer takes it off again. */
gboolean    gpm_csv_needs_neutralising (const char *text);
char       *gpm_csv_neutralise         (const char *text);
const char *gpm_csv_strip_neutraliser  (const char *cell);

#define GPM_CSV_ERROR (gpm_csv_error_quark ())

typedef enum
{
  GPM_CSV_ERROR_NOT_UTF8,
  GPM_CSV_ERROR_UNTERMINATED_QUOTE,
  GPM_CSV_ERROR_STRAY_QUOTE,
} GpmCsvError;

GQuark     gpm_csv_error_quark (void);
GPtrArray *gpm_csv_parse       (const char  *text,
                                gssize       length,
                                char         delimiter,
                                GError     **error);

G_END_DECLS
