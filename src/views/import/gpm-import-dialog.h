/* gpm-import-dialog.h — Import…: one file's encoding, delimiter, decimal mark and column
 * mapping, checked against the database by a dry run before anything is written.
 */
#pragma once

#include <adwaita.h>

#include "gpm-store.h"

G_BEGIN_DECLS

#define GPM_TYPE_IMPORT_DIALOG (gpm_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GpmImportDialog, gpm_import_dialog, GPM, IMPORT_DIALOG, AdwWindow)

GpmImportDialog *gpm_import_dialog_new        (GtkWindow       *parent,
                                               GpmStore        *store,
                                               GFile           *file);
/* During "imported": what the import wrote, for gpm_store_undo (); NULL when it was too
 * big to keep or changed nothing. */
GpmStoreChange  *gpm_import_dialog_get_change (GpmImportDialog *self);

G_END_DECLS
