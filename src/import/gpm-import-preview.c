/* gpm-import-preview.c — the first rows of a file as the import would read them, and
 * the header every reading starts with. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gpm-import-records.h"

#define PREVIEW_ROWS 50

void
gpm_import_options_init (GpmImportOptions *options)
{
  memset (options, 0, sizeof *options);
  options->detect_encoding = TRUE;
  options->encoding = GPM_ENCODING_UTF8;
  options->decimal_mark = GPM_DECIMAL_MARK_AUTO;
  options->policy = GPM_IMPORT_SKIP_BAD_ROWS;
  gpm_import_mapping_clear (&options->mapping);
}

void
gpm_import_preview_free (GpmImportPreview *preview)
{
  g_strfreev (preview->header);
  g_clear_pointer (&preview->rows, g_ptr_array_unref);
  g_free (preview);
}

GStrv
gpm_import_copy_fields (GPtrArray *fields)
{
  GStrv copy = g_new0 (char *, fields->len + 1);

  for (guint i = 0; i < fields->len; i++)
    copy[i] = g_strdup (fields->pdata[i]);

  return copy;
}

gboolean
gpm_import_read_header (GpmImportRecords  *records,
                        GFile             *file,
                        GStrv             *header,
                        GCancellable      *cancellable,
                        GError           **error)
{
  GPtrArray *fields;
  guint64 line;
  g_autoptr(GError) local_error = NULL;

  if (!gpm_import_records_next (records, &fields, &line, cancellable, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_FORMAT,
                     _("“%s” is empty. Import a table whose first row names its columns."),
                     name);
      return FALSE;
    }

  *header = gpm_import_copy_fields (fields);
  return TRUE;
}

GpmImportPreview *
gpm_import_preview (GFile                   *file,
                    const GpmImportOptions  *options,
                    GCancellable            *cancellable,
                    GError                 **error)
{
  g_autoptr(GpmImportPreview) preview = g_new0 (GpmImportPreview, 1);
  g_autoptr(GpmImportRecords) records = NULL;
  GpmImportFileInfo info;
  GPtrArray *fields;
  guint64 line;

  g_return_val_if_fail (G_IS_FILE (file) && options != NULL, NULL);

  records = gpm_import_records_open (file, options, &info, cancellable, error);
  if (records == NULL
      || !gpm_import_read_header (records, file, &preview->header, cancellable, error))
    return NULL;

  preview->format = info.format;
  preview->encoding = info.encoding;
  preview->confident = info.confident;
  preview->delimiter = info.delimiter;
  preview->size = info.size;
  preview->n_columns = g_strv_length (preview->header);
  preview->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  /* A broken row further down is the import's business: the preview shows what it can. */
  while (preview->rows->len < PREVIEW_ROWS
         && gpm_import_records_next (records, &fields, &line, cancellable, NULL))
    g_ptr_array_add (preview->rows, gpm_import_copy_fields (fields));

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  gpm_import_mapping_clear (&preview->mapping);
  gpm_import_mapping_guess (&preview->mapping, (const char * const *) preview->header,
                            preview->n_columns);

  return g_steal_pointer (&preview);
}
