/* gpm-import-mapping.h — which column of a file holds which part of a figure.
 *
 * Guessed from the header row in English or Chinese (either script), given on the
 * command line as "subject=厂商,value=4", or chosen in the import dialog and
 * remembered for files with the same header.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The import's errors; the mapping is where they start. */
#define GPM_IMPORT_ERROR (gpm_import_error_quark ())

typedef enum
{
  GPM_IMPORT_ERROR_MAPPING,    /* a required column is missing, or named twice */
  GPM_IMPORT_ERROR_FORMAT,     /* not a table this app can read */
  GPM_IMPORT_ERROR_BAD_ROW,    /* a row that cannot be read, when stopping at the first */
  GPM_IMPORT_ERROR_AMBIGUOUS,  /* numbers whose decimal mark the file does not settle */
} GpmImportError;

GQuark      gpm_import_error_quark         (void);

typedef enum
{
  GPM_IMPORT_FIELD_SUBJECT,
  GPM_IMPORT_FIELD_METRIC,
  GPM_IMPORT_FIELD_PERIOD,
  GPM_IMPORT_FIELD_VALUE,
  GPM_IMPORT_FIELD_UNIT,
  GPM_IMPORT_FIELD_SOURCE,
  GPM_IMPORT_FIELD_QUOTE,
  GPM_IMPORT_FIELD_STATUS,
  GPM_IMPORT_FIELD_QUALIFIER,
  GPM_IMPORT_FIELD_DOUBTFUL,
  GPM_IMPORT_FIELD_NOTE,
} GpmImportField;

#define GPM_IMPORT_N_FIELDS (GPM_IMPORT_FIELD_NOTE + 1)

/* column[field] is the 0-based column of the file, or -1 when the file has none. */
typedef struct
{
  int column[GPM_IMPORT_N_FIELDS];
} GpmImportMapping;

const char *gpm_import_field_to_string     (GpmImportField          field);
const char *gpm_import_field_get_label     (GpmImportField          field);
gboolean    gpm_import_field_is_required   (GpmImportField          field);

void        gpm_import_mapping_clear       (GpmImportMapping       *mapping);
/* Fills the fields whose name (or a synonym, in any script or case) heads a column. */
void        gpm_import_mapping_guess       (GpmImportMapping       *mapping,
                                            const char * const     *header,
                                            guint                   n_columns);
/* "subject=厂商,value=4": a field's name, '=', and a header name or 1-based number.
 * Fields not named keep what the mapping had. */
gboolean    gpm_import_mapping_parse       (GpmImportMapping       *mapping,
                                            const char             *spec,
                                            const char * const     *header,
                                            guint                   n_columns,
                                            GError                **error);
char       *gpm_import_mapping_to_string   (const GpmImportMapping *mapping,
                                            const char * const     *header,
                                            guint                   n_columns);
/* Every required field mapped, no column used twice, every column inside the file. */
gboolean    gpm_import_mapping_check       (const GpmImportMapping *mapping,
                                            const char * const     *header,
                                            guint                   n_columns,
                                            GError                **error);
/* A stable text naming a header, to remember a mapping for files that share it. */
char       *gpm_import_header_signature    (const char * const     *header,
                                            guint                   n_columns);

G_END_DECLS
