/* gpm-import-value-private.h — what the number and the period readers share: one pass
 * that folds full-width forms to ASCII, and errors that quote the cell.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Cells longer than this are neither numbers nor dates; refusing them early keeps the
 * readers' work bounded whatever a file holds. */
#define GPM_IMPORT_VALUE_MAX_LENGTH 256

char *gpm_import_value_fold      (const char  *text,
                                  const char  *empty_message,
                                  GError     **error);
void  gpm_import_value_set_error (GError     **error,
                                  int          code,
                                  const char  *text,
                                  const char  *format);

G_END_DECLS
