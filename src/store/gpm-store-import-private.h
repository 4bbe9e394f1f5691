/* gpm-store-import-private.h — what the two halves of a store import share.
 *
 * gpm-store-import.c opens and closes the transaction and finds or adds names;
 * gpm-store-import-figures.c matches and writes the figures. Private to src/store.
 */
#pragma once

#include "gpm-store-import.h"
#include "gpm-store-private.h"

G_BEGIN_DECLS

typedef struct _GpmImportQueue GpmImportQueue;

struct _GpmStoreImport
{
  GpmStore       *store;
  GCancellable   *cancellable;

  /* folded name → id; subjects pack vendors as +id and scopes as -id */
  GHashTable     *subjects;
  GHashTable     *metrics;
  GHashTable     *sources;
  /* exact text → id, in front of the folded tables */
  GHashTable     *subject_cache;
  GHashTable     *metric_cache;
  GHashTable     *source_cache;
  GHashTable     *metric_units;  /* id → default unit */
  GHashTable     *keys;          /* "table:key" of every key in use */

  GHashTable     *consumed;      /* older observations this import matched or changed */
  /* The statements every row may run, looked up once rather than by SQL text. */
  GpmStmt        *find_vendor;
  GpmStmt        *find_scope;
  GpmStmt        *insert;
  GpmStmt        *insert_many;   /* GPM_IMPORT_QUEUE_ROWS rows at once */
  GpmStmt        *update;
  gint64          first_new_id;  /* observations with this id or more are this import's */
  /* What the import wrote, for Undo; dropped (NULL) past GPM_IMPORT_MAX_UNDO_ROWS rows,
   * whose images would cost more memory than an undo is worth. */
  GpmStoreChange *change;
  gboolean        wrote_names;   /* vendors, metrics or sources were added */
  gboolean        wrote_figures;

  /* gpm-store-import-figures.c: what lets a new figure skip its find, and the new
   * figures waiting to be written together. */
  GHashTable     *series;        /* (subject, metric) → the periods its rows span */
  GpmImportQueue *queue;
};

#define GPM_IMPORT_MAX_UNDO_ROWS 10000
#define GPM_IMPORT_QUEUE_ROWS    256

gboolean  gpm_store_import_prepare_figures (GpmStoreImport  *self,
                                            GError         **error);
void      gpm_store_import_free_figures    (GpmStoreImport  *self);
gboolean  gpm_store_import_remember        (GpmStoreImport  *self,
                                            const GpmTable  *table,
                                            gint64           id,
                                            GpmRow          *before,
                                            GError         **error);

G_END_DECLS
