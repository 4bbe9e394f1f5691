/* gpm-import-records.h — the rows of a file to import, header first, whatever its format.
 *
 * Private to src/import: a delimited file streams through the text decoder and the CSV
 * reader; a JSON file (an array of objects) is read whole and each object becomes a
 * row of texts under a header made of the objects' member names.
 */
#pragma once

#include "gpm-import.h"

G_BEGIN_DECLS

typedef struct _GpmImportRecords GpmImportRecords;

typedef struct
{
  GpmImportFormat format;
  GpmEncoding     encoding;
  gboolean        confident;
  char            delimiter;
  guint64         size;
} GpmImportFileInfo;

GpmImportRecords *gpm_import_records_open         (GFile                  *file,
                                                   const GpmImportOptions *options,
                                                   GpmImportFileInfo      *info,
                                                   GCancellable           *cancellable,
                                                   GError                **error);
/* The next row (the header first): fields owned by the records until the next call, and
 * the line it starts on (the item's number in a JSON array). FALSE at the end or on an
 * error. */
gboolean          gpm_import_records_next         (GpmImportRecords       *self,
                                                   GPtrArray             **fields,
                                                   guint64                *line,
                                                   GCancellable           *cancellable,
                                                   GError                **error);
guint64           gpm_import_records_get_bytes_in (GpmImportRecords       *self);
void              gpm_import_records_free         (GpmImportRecords       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmImportRecords, gpm_import_records_free)

/* Reads the header row (the first), as a copy; an empty file is an error. */
gboolean          gpm_import_read_header          (GpmImportRecords       *records,
                                                   GFile                  *file,
                                                   GStrv                  *header,
                                                   GCancellable           *cancellable,
                                                   GError                **error);
GStrv             gpm_import_copy_fields          (GPtrArray              *fields);
void              gpm_import_problem_free         (gpointer                problem);

G_END_DECLS
