/* gpm-store-private.h — what the store's source files share, and hooks for the tests.
 *
 * Nothing outside src/store/ and tests/unit/ includes this header: it is the only place
 * besides the store's .c files where sqlite3 appears.
 */
#pragma once

#include <sqlite3.h>

#include "gpm-store.h"
#include "gpm-store-test.h"

G_BEGIN_DECLS

struct _GpmStore
{
  GObject     parent_instance;

  /* Held for the whole of every call that touches db or stmts. */
  GMutex      lock;
  sqlite3    *db;
  GHashTable *stmts;  /* SQL text → prepared sqlite3_stmt, kept for the connection's life */

  char       *path;
  int         schema_version;
  gboolean    read_only;

  /* A second, read-only connection to the file, made on first use: long reads split
   * across the two (gpm-store-series.c). Guarded by lock. */
  GpmStore   *helper;
};

/* A cached statement on loan: g_autoptr resets it (keeping it prepared) at scope exit. */
typedef sqlite3_stmt GpmStmt;

void        gpm_stmt_release                  (GpmStmt         *stmt);
const char *gpm_stmt_text                     (GpmStmt         *stmt,
                                               int              column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmStmt, gpm_stmt_release)

/* All of these expect self->lock to be held. */
GpmStore   *gpm_store_get_helper              (GpmStore        *self);
GpmStmt    *gpm_store_prepare                 (GpmStore        *self,
                                               const char      *sql,
                                               GError         **error);
gboolean    gpm_store_step                    (GpmStore        *self,
                                               GpmStmt         *stmt,
                                               gboolean        *has_row,
                                               GError         **error);
gboolean    gpm_store_run                     (GpmStore        *self,
                                               GpmStmt         *stmt,
                                               GError         **error);
gboolean    gpm_store_set_sqlite_error        (GpmStore        *self,
                                               int              rc,
                                               GError         **error);
gboolean    gpm_store_exec                    (GpmStore        *self,
                                               const char      *sql,
                                               GError         **error);
gboolean    gpm_store_begin                   (GpmStore        *self,
                                               GError         **error);
gboolean    gpm_store_commit                  (GpmStore        *self,
                                               GError         **error);
void        gpm_store_rollback                (GpmStore        *self);
void        gpm_store_watch_cancellable       (GpmStore        *self,
                                               GCancellable    *cancellable);
void        gpm_store_unwatch_cancellable     (GpmStore        *self);
gboolean    gpm_store_check_writable          (GpmStore        *self,
                                               GError         **error);
void        gpm_store_register_functions      (sqlite3         *db);

/* Without the lock: signal handlers may call back into the store. */
void        gpm_store_emit_changed            (GpmStore        *self,
                                               const char      *table);

/* The tables that edits write, described for row images. Key columns come first. */
typedef struct
{
  const char         *name;
  const char * const *columns;
  guint               n_columns;
  guint               n_key;
} GpmTable;

extern const GpmTable gpm_table_vendors;
extern const GpmTable gpm_table_observations;
extern const GpmTable gpm_table_events;
extern const GpmTable gpm_table_event_vendors;
extern const GpmTable gpm_table_saved_charts;
extern const GpmTable gpm_table_decks;
extern const GpmTable gpm_table_metrics;
extern const GpmTable gpm_table_sources;
extern const GpmTable gpm_table_deck_slides;

/* A copy of one row's columns, in the table's column order. */
typedef struct _GpmRow GpmRow;

void        gpm_row_free                      (GpmRow          *row);
gboolean    gpm_row_equal                     (const GpmRow    *a,
                                               const GpmRow    *b);
const char *gpm_row_get_text                  (const GpmRow    *row,
                                               guint            column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmRow, gpm_row_free)

gboolean    gpm_store_capture_row             (GpmStore        *self,
                                               const GpmTable  *table,
                                               gint64           key0,
                                               gint64           key1,
                                               GpmRow         **out_row,
                                               GError         **error);

GpmStoreChange *gpm_store_change_new          (const char      *table);
void        gpm_store_change_set_description  (GpmStoreChange  *change,
                                               const char      *description);
void        gpm_store_change_add              (GpmStoreChange  *change,
                                               const GpmTable  *table,
                                               gint64           key0,
                                               gint64           key1,
                                               GpmRow          *before,
                                               GpmRow          *after);
gboolean    gpm_store_change_is_empty         (GpmStoreChange  *change);
guint       gpm_store_change_get_length       (GpmStoreChange  *change);
void        gpm_store_change_also_announce    (GpmStoreChange  *change,
                                               const char      *table);

/* Edits (gpm-store-edit.c): one transaction around a GpmEditFunc that validates, writes
 * and records row images into the change. */
typedef struct
{
  gpointer    object;  /* the item to write; NULL for deletes */
  gint64      id;      /* the row to change; the new row's id after an add */
  const char *name;    /* the new name of a rename */
  char       *key;     /* the key a vendor edit settled on, owned */
  char       *created; /* the timestamps a saved chart ended up with, owned */
  char       *modified;
} GpmEdit;

typedef gboolean (*GpmEditFunc) (GpmStore        *self,
                                 GpmEdit         *edit,
                                 GpmStoreChange  *change,
                                 GError         **error);

gboolean    gpm_edit_run                      (GpmStore        *self,
                                               const char      *table,
                                               GpmEditFunc      func,
                                               GpmEdit         *edit,
                                               GpmStoreChange **out_change,
                                               GError         **error);
void        gpm_edit_finish                   (GpmStore        *self,
                                               GpmStoreChange  *change,
                                               GpmStoreChange **out_change);
gboolean    gpm_edit_capture_existing         (GpmStore        *self,
                                               const GpmTable  *table,
                                               gint64           id,
                                               GpmRow         **out_row,
                                               GError         **error);
gboolean    gpm_edit_save_item                (GpmStore        *self,
                                               gpointer         item,
                                               const char      *table,
                                               GpmEditFunc      write,
                                               GpmStoreChange **out_change,
                                               GError         **error);
gboolean    gpm_edit_delete_row               (GpmStore        *self,
                                               const char      *table,
                                               gint64           id,
                                               GpmEditFunc      remove,
                                               GpmStoreChange **out_change,
                                               GError         **error);
gboolean    gpm_edit_fail                     (GError         **error,
                                               int              code,
                                               const char      *format,
                                               ...) G_GNUC_PRINTF (3, 4);
char       *gpm_store_slug                    (const char      *name,
                                               const char      *fallback);
gboolean    gpm_edit_is_blank                 (const char      *text);
void        gpm_edit_bind_text                (GpmStmt         *stmt,
                                               int              param,
                                               const char      *text);
void        gpm_edit_bind_id_or_null          (GpmStmt         *stmt,
                                               int              param,
                                               gint64           id);
gboolean    gpm_edit_query                    (GpmStore        *self,
                                               const char      *sql,
                                               gint64           a,
                                               gint64           b,
                                               const char      *text,
                                               gint64          *out_value,
                                               GError         **error);
gboolean    gpm_edit_check_exists             (GpmStore        *self,
                                               const char      *sql,
                                               gint64           id,
                                               const char      *missing,
                                               GError         **error);
gboolean    gpm_edit_check_choice             (const char      *value,
                                               const char * const *allowed,
                                               const char      *message,
                                               GError         **error);
gboolean    gpm_edit_check_period             (const char      *text,
                                               GError         **error);
gboolean    gpm_edit_check_source             (GpmStore        *self,
                                               gint64           source_id,
                                               const char      *missing,
                                               GError         **error);

/* Backup and restore (gpm-store-backup.c) and what they use of opening (gpm-store.c). */
gboolean    gpm_store_backup_to               (GpmStore        *self,
                                               const char      *dest_path,
                                               gboolean         take_lock,
                                               GCancellable    *cancellable,
                                               GError         **error);
gboolean    gpm_store_migrate                 (GpmStore        *self,
                                               int              from,
                                               const char      *backup_path,
                                               GError         **error);
gboolean    gpm_store_check_file              (const char      *path,
                                               int             *out_version,
                                               GError         **error);
char       *gpm_store_build_read_uri          (const char      *path,
                                               GError         **error);
gboolean    gpm_store_is_same_file            (GpmStore        *self,
                                               const char      *path);

/* Registers the bundled resources once, unless the application already did. */
void        gpm_store_ensure_resources        (void);

G_END_DECLS
