/* gpm-store-import.h — writing a whole imported file as one transaction.
 *
 * An import holds the store for its whole length: everything it writes is committed
 * together or not at all, so a cancel, an error, a crash or a kill leaves the database
 * as it was. The importer (src/import) parses and validates the file; this is the part
 * that speaks SQL — finding subjects, metrics and sources by any of their names,
 * adding the ones the file introduces, and putting each figure in as new, changed or
 * unchanged.
 *
 * A figure is the same figure when its subject, metric, period, status and source are
 * the same: importing a file twice changes nothing the second time.
 */
#pragma once

#include "gpm-store.h"

G_BEGIN_DECLS

typedef struct _GpmStoreImport GpmStoreImport;

typedef enum
{
  GPM_IMPORT_OUTCOME_NEW,
  GPM_IMPORT_OUTCOME_CHANGED,
  GPM_IMPORT_OUTCOME_UNCHANGED,
  GPM_IMPORT_OUTCOME_REPEATED,   /* the file already gave this figure on an earlier row */
} GpmImportOutcome;

/* One figure to put in; ids found or added through the functions below. */
typedef struct
{
  gint64      vendor_id;   /* exactly one of vendor_id and scope_id is set */
  gint64      scope_id;
  gint64      metric_id;
  gint64      source_id;
  const char *period;      /* store period text */
  double      value;       /* base units */
  const char *unit;
  const char *qualifier;   /* exact, about, more-than, less-than */
  const char *status;      /* reported, forecast, estimate */
  gboolean    doubtful;
  const char *quote;
  const char *note;
} GpmImportFigure;

/* Takes the store's write lock and opens the transaction. */
GpmStoreImport  *gpm_store_import_begin          (GpmStore         *store,
                                                  GCancellable     *cancellable,
                                                  GError          **error);
/* Commits (commit TRUE) or rolls back, releases the store and frees the import. A
 * commit that fails rolls back. Tables that changed are announced after the lock is
 * released. *out_change is what gpm_store_undo () takes to put everything back, or
 * NULL when nothing was written or the import was too big to keep its rows (over
 * 10,000 written rows). */
gboolean         gpm_store_import_end            (GpmStoreImport   *self,
                                                  gboolean          commit,
                                                  GpmStoreChange  **out_change,
                                                  GError          **error);

/* Finds a vendor or market scope by its key or any of its names, in either script and
 * any case. Returns FALSE when none matches. */
gboolean         gpm_store_import_find_subject   (GpmStoreImport   *self,
                                                  const char       *name,
                                                  gint64           *vendor_id,
                                                  gint64           *scope_id);
gint64           gpm_store_import_add_vendor     (GpmStoreImport   *self,
                                                  const char       *name,
                                                  GError          **error);
/* A metric by key or name; *unit is its default unit (owned by the import). */
gboolean         gpm_store_import_find_metric    (GpmStoreImport   *self,
                                                  const char       *name,
                                                  gint64           *metric_id,
                                                  const char      **unit);
gint64           gpm_store_import_add_metric     (GpmStoreImport   *self,
                                                  const char       *name,
                                                  const char       *kind,
                                                  const char       *unit,
                                                  GError          **error);
/* A source by key, title or publisher. */
gboolean         gpm_store_import_find_source    (GpmStoreImport   *self,
                                                  const char       *name,
                                                  gint64           *source_id);
gint64           gpm_store_import_add_source     (GpmStoreImport   *self,
                                                  const char       *key,
                                                  const char       *publisher,
                                                  const char       *title,
                                                  const char       *language,
                                                  GError          **error);

/* Puts one figure in. New figures of a big import may wait to be written together
 * with the next ones: gpm_store_import_flush () writes them, and so does a commit. */
gboolean         gpm_store_import_put            (GpmStoreImport        *self,
                                                  const GpmImportFigure *figure,
                                                  GpmImportOutcome      *outcome,
                                                  GError               **error);
/* Writes the figures that wait; a dry run calls it before its rollback, so that it
 * fails wherever the import itself would. */
gboolean         gpm_store_import_flush          (GpmStoreImport        *self,
                                                  GError               **error);

G_END_DECLS
