/* gpm-store.c — opening the database: checks, creation, migrations, and the connection.
 *
 * Opening an existing file is careful in two phases. First it is inspected through a
 * read-only connection that cannot write a byte (SQLite's immutable mode when no journal
 * is beside the file), and refused if it is not ours, damaged, too new, or holds triggers
 * or views that our schema steps did not make (another program's code, which would run
 * inside our edits and queries). Only then is it opened for writing, switched to WAL and
 * migrated, one transaction per step. A new
 * file is created, migrated and filled with the bundled dataset in one transaction, and
 * removed again if that fails.
 *
 * The query and edit halves of the store are in gpm-store-query.c, gpm-store-edit.c and
 * gpm-store-change.c.
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gpm-period.h"
#include "gpm-resources.h"
#include "gpm-store-private.h"

/* The schema steps, in order: user_version N means the first N have been applied. */
static const char * const migrations[] = {
  RESOURCE_PATH "/migrations/0001-initial.sql",
  RESOURCE_PATH "/migrations/0002-observation-checks.sql",
  RESOURCE_PATH "/migrations/0003-drop-metric-index.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == GPM_STORE_SCHEMA_VERSION);

#define DATASET_RESOURCE RESOURCE_PATH "/dataset/dataset.sql"
#define BUSY_TIMEOUT_MS  5000
#define MAIN_BUSY_MS     50
#define MAX_VALUE_BYTES  (16 * 1024 * 1024)

/* PRAGMA quick_check reads every page: 0.2 s for a 180 MB file of a million figures,
 * at every start. Files up to this size are checked whole before they are opened; a
 * bigger one is checked page by page as it is read, which SQLite does anyway (a damaged
 * page fails the query that reads it with SQLITE_CORRUPT, reported as a damaged file). */
#define QUICK_CHECK_MAX_BYTES (64 * 1024 * 1024)

/* Inline SQL appended to the steps above by test-migrations only. */
static const char * const *extra_steps;

typedef struct
{
  int      application_id;
  int      version;
  gboolean fresh;  /* SQLite but empty: no schema objects, never versioned */
} FileInfo;

G_DEFINE_QUARK (gpm-store-error-quark, gpm_store_error)
G_DEFINE_FINAL_TYPE (GpmStore, gpm_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_SCHEMA_VERSION,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
gpm_store_finalize (GObject *object)
{
  GpmStore *self = GPM_STORE (object);

  /* Statements first: closing a connection with live statements would only defer it. */
  g_clear_object (&self->helper);
  g_clear_pointer (&self->stmts, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (gpm_store_parent_class)->finalize (object);
}

static void
gpm_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  GpmStore *self = GPM_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, gpm_store_get_path (self));
      break;

    case PROP_SCHEMA_VERSION:
      g_value_set_int (value, gpm_store_get_schema_version (self));
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, gpm_store_is_read_only (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_store_class_init (GpmStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = gpm_store_finalize;
  object_class->get_property = gpm_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_SCHEMA_VERSION] =
    g_param_spec_int ("schema-version", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GpmStore::changed:
   * @table: "vendors", "observations", "events" or "saved_charts"
   *
   * Emitted once per committed edit, undo or redo, with the table as the detail too,
   * so a list can refresh with a single items-changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
gpm_store_init (GpmStore *self)
{
  g_mutex_init (&self->lock);
  self->stmts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) sqlite3_finalize);
}

/* Resources */

void
gpm_store_ensure_resources (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      /* The application may have registered them already; twice would shadow nothing
       * but would leak a second registration. */
      if (!g_resources_get_info (migrations[0], G_RESOURCE_LOOKUP_FLAGS_NONE,
                                 NULL, NULL, NULL))
        gpm_register_resource ();

      g_once_init_leave (&done, 1);
    }
}

static GBytes *
lookup_sql (const char  *resource,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED,
                 _("This copy of GPU Market is incomplete: “%s” is missing (%s)."),
                 resource, local_error->message);

  return bytes;
}

void
gpm_store_emit_changed (GpmStore   *self,
                        const char *table)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_static_string (table), table);
}

/* Opening */

int
gpm_store_get_current_version (void)
{
  return G_N_ELEMENTS (migrations) + (extra_steps ? g_strv_length ((GStrv) extra_steps) : 0);
}

static void
set_open_error (GError     **error,
                int          code,
                const char  *path,
                const char  *detail)
{
  g_autofree char *name = g_filename_display_name (path);

  switch (code)
    {
    case GPM_STORE_ERROR_NOT_DATABASE:
      g_set_error (error, GPM_STORE_ERROR, code,
                   _("“%s” is not a GPU Market database, or it is damaged. Choose another "
                     "file, or move this one away to start with a new database."),
                   name);
      break;

    case GPM_STORE_ERROR_FOREIGN:
      g_set_error (error, GPM_STORE_ERROR, code,
                   _("“%s” is a database of another application. GPU Market leaves it "
                     "alone; choose another file."),
                   name);
      break;

    default:
      g_set_error (error, GPM_STORE_ERROR, code, _("Could not open “%s”: %s"), name, detail);
      break;
    }
}

/* The SQL of schema step @index; @bytes keeps it alive. */
static const char *
step_sql (int          index,
          GBytes     **bytes,
          GError     **error)
{
  int n_builtin = G_N_ELEMENTS (migrations);

  if (index >= n_builtin)
    return extra_steps[index - n_builtin];

  *bytes = lookup_sql (migrations[index], error);

  /* GResource data always ends in a NUL byte, so it is a C string. */
  return *bytes != NULL ? g_bytes_get_data (*bytes, NULL) : NULL;
}

/* The triggers and views the first @version steps make, as "type name sql" strings,
 * found by running the steps on an empty database in memory. */
static GHashTable *
expected_code (int       version,
               GError  **error)
{
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gboolean ok;

  ok = sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK;
  gpm_store_register_functions (db);
  for (int i = 0; ok && i < version; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      const char *sql = step_sql (i, &bytes, error);

      if (sql == NULL)
        {
          sqlite3_close (db);
          return NULL;
        }
      ok = sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK;
    }

  ok = ok && sqlite3_prepare_v2 (db, "SELECT type || ' ' || name || ' ' || sql"
                                     " FROM sqlite_schema WHERE type IN ('trigger', 'view')",
                                 -1, &stmt, NULL) == SQLITE_OK;
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (set, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  if (!ok)
    g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED,
                 _("This copy of GPU Market is broken: its database steps fail (%s)."),
                 sqlite3_errmsg (db));
  sqlite3_close (db);

  return ok ? g_steal_pointer (&set) : NULL;
}

/* Whether every trigger and view in the file is one our own schema steps made. Triggers
 * run on our edits and views answer our queries, so a file that another program gave
 * either of them could run code of its own choosing; such a file is refused. */
static gboolean
has_only_our_code (sqlite3  *db,
                   int       version,
                   int      *out_rc,
                   GError  **error)
{
  g_autoptr(GHashTable) expected = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ours = TRUE;
  int rc;

  *out_rc = SQLITE_OK;
  expected = expected_code (version, error);
  if (expected == NULL)
    return FALSE;

  rc = sqlite3_prepare_v2 (db, "SELECT type || ' ' || name || ' ' || sql"
                               " FROM sqlite_schema WHERE type IN ('trigger', 'view')",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK && ours && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ours = g_hash_table_contains (expected, sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      *out_rc = rc;
      return FALSE;
    }

  return ours;
}

/* Reads what SQLite promises at the start of every database file. */
static gboolean
has_sqlite_header (const char *path)
{
  static const char magic[16] = "SQLite format 3";
  char header[100];
  gboolean ok;
  FILE *file;

  file = g_fopen (path, "rb");
  if (file == NULL)
    return FALSE;

  ok = fread (header, 1, sizeof header, file) == sizeof header
       && memcmp (header, magic, sizeof magic) == 0;
  fclose (file);

  return ok;
}

static char *
build_inspect_uri (const char  *path,
                   GError     **error)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, error);

  if (uri == NULL)
    return NULL;

  /* With no journal beside it, the file alone is the whole database: immutable mode reads
   * it without locks and without creating -wal or -shm files. A journal means a crashed
   * or running writer, whose data SQLite must see, so then use ordinary read-only mode. */
  if (!g_file_test (wal, G_FILE_TEST_EXISTS) && !g_file_test (journal, G_FILE_TEST_EXISTS))
    return g_strconcat (uri, "?immutable=1", NULL);

  return g_strconcat (uri, "?mode=ro", NULL);
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           int         *out,
           int         *out_rc)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  *out_rc = rc;

  return rc == SQLITE_OK;
}

static gboolean
passes_quick_check (sqlite3    *db,
                    const char *path)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  GStatBuf info;

  if (g_stat (path, &info) == 0 && info.st_size > QUICK_CHECK_MAX_BYTES)
    return TRUE;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  return ok;
}

/* A file refused for triggers or views of another program's (GPM_STORE_ERROR_FOREIGN). */
#define CODE_FOREIGN_CODE (-2)

/* Phase one: decides whether an existing file may be opened, without writing to it. */
static gboolean
inspect_file (const char  *path,
              FileInfo    *info,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  int n_objects = 0;
  int code = -1;
  int rc;

  if (!has_sqlite_header (path))
    {
      set_open_error (error, GPM_STORE_ERROR_NOT_DATABASE, path, NULL);
      return FALSE;
    }

  uri = build_inspect_uri (path, error);
  if (uri == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc == SQLITE_OK
      && query_int (db, "PRAGMA application_id", &info->application_id, &rc)
      && query_int (db, "PRAGMA user_version", &info->version, &rc)
      && query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, &rc))
    {
      gboolean ours = info->application_id == GPM_STORE_APPLICATION_ID;

      info->fresh = n_objects == 0 && info->version == 0
                    && (ours || info->application_id == 0);
      if (!info->fresh && (!ours || info->version < 1))
        code = GPM_STORE_ERROR_FOREIGN;
      else if (info->version > gpm_store_get_current_version ())
        code = GPM_STORE_ERROR_TOO_NEW;
      else if (!passes_quick_check (db, path))
        code = GPM_STORE_ERROR_NOT_DATABASE;
      else if (!info->fresh && !has_only_our_code (db, info->version, &rc, &local_error))
        code = local_error != NULL ? GPM_STORE_ERROR_FAILED
               : rc != SQLITE_OK ? GPM_STORE_ERROR_NOT_DATABASE
               : CODE_FOREIGN_CODE;
    }
  else if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    code = GPM_STORE_ERROR_NOT_DATABASE;
  else
    code = GPM_STORE_ERROR_OPEN;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  else if (code == CODE_FOREIGN_CODE)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FOREIGN,
                   _("“%s” holds triggers or views that GPU Market did not make: another "
                     "program changed it, and GPU Market will not run its code. Restore the "
                     "file from a backup, or choose another file."),
                   name);
    }
  else if (code == GPM_STORE_ERROR_TOO_NEW)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, GPM_STORE_ERROR, code,
                   _("“%s” was written by a newer version of GPU Market (database version "
                     "%d; this version reads up to %d). Open it with the newer version, or "
                     "choose another file."),
                   name, info->version, gpm_store_get_current_version ());
    }
  else if (code != -1)
    {
      set_open_error (error, code, path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
    }

  sqlite3_close_v2 (db);

  return code == -1;
}

/* When another process holds the write lock (an import, another window), a worker may
 * wait for it, but the main thread must not: it gives up after MAIN_BUSY_MS and the
 * caller gets GPM_STORE_ERROR_BUSY with a message that says what to do. */
static int
busy_handler (void *data,
              int   n_calls)
{
  const int step_ms = 5;
  int limit_ms = g_main_context_is_owner (g_main_context_default ()) ? MAIN_BUSY_MS
                                                                      : BUSY_TIMEOUT_MS;

  if (n_calls * step_ms >= limit_ms)
    return 0;

  g_usleep (step_ms * 1000);
  return 1;
}

/* Phase two: connection settings, only ever applied to a file that passed the checks. */
static gboolean
configure (GpmStore  *self,
           GError   **error)
{
  sqlite3_busy_handler (self->db, busy_handler, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  /* No value of ours comes near this; a file with a giant one fails the query that
   * reads it ("string or blob too big") instead of filling the memory. */
  sqlite3_limit (self->db, SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
  gpm_store_register_functions (self->db);

  /* No memory-mapped reads: every mapped page a scan touches stays in the process's
   * resident memory (a chart of a million figures from a 160 MB file peaked at 232 MB
   * mapped, 75 MB not), while reading through SQLite's own 2 MB cache is as fast
   * (0.29 s either way for that chart, measured). */
  if (!gpm_store_exec (self, "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;"
                             " PRAGMA mmap_size = 0", error))
    return FALSE;

  if (self->read_only)
    return gpm_store_exec (self, "PRAGMA query_only = ON", error);

  /* 32 KiB pages, for a new file only (an existing one keeps its size): a million-figure
   * import's commit writes all it added twice, to the WAL and back, and its index splits
   * pages as it grows. SQLite alone writing those figures (bench-import-floor) took
   * 1.24 s with 16 KiB pages, 1.11 s with 32 KiB, 1.14 s with 64 KiB (and 1.91 s with
   * SQLite's default 4 KiB and the index that migration 0003 dropped); an edit's few
   * pages cost no more than a frame. It must come before the WAL, which fixes the page
   * size of the file. */
  if (!gpm_store_exec (self, "PRAGMA page_size = 32768", error))
    return FALSE;

  /* journal_mode answers with the mode it ended up in rather than failing. */
  {
    g_autofree char *mode = NULL;
    g_autoptr(GpmStmt) stmt = gpm_store_prepare (self, "PRAGMA journal_mode = WAL", error);
    gboolean has_row;

    if (stmt == NULL || !gpm_store_step (self, stmt, &has_row, error))
      return FALSE;
    mode = g_ascii_strdown (has_row ? gpm_stmt_text (stmt, 0) : "", -1);
    if (!g_str_equal (mode, "wal"))
      {
        set_open_error (error, GPM_STORE_ERROR_OPEN, self->path,
                        _("the folder does not allow the write-ahead log"));
        return FALSE;
      }
  }

  return gpm_store_exec (self, "PRAGMA synchronous = NORMAL", error);
}

static gboolean
apply_step (GpmStore  *self,
            int        index,
            GError   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *sql = step_sql (index, &bytes, error);

  return sql != NULL && gpm_store_exec (self, sql, error);
}

static gboolean
set_version (GpmStore  *self,
             int        version,
             GError   **error)
{
  g_autofree char *sql = NULL;

  /* PRAGMA takes no parameters; both numbers come from this file, never from data. */
  sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                         GPM_STORE_APPLICATION_ID, version);

  return gpm_store_exec (self, sql, error);
}

static gboolean
load_dataset (GpmStore  *self,
              GError   **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (DATASET_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_debug ("No bundled dataset in this build; the new database starts empty");
      return TRUE;
    }

  /* The dataset may insert rows before the rows they point to; check at COMMIT. */
  return gpm_store_exec (self, "PRAGMA defer_foreign_keys = ON", error)
         && gpm_store_exec (self, g_bytes_get_data (bytes, NULL), error);
}

static gboolean
has_schema (GpmStore *self)
{
  int n_objects = 0;
  int rc;

  return query_int (self->db, "SELECT count(*) FROM sqlite_schema", &n_objects, &rc)
         && n_objects > 0;
}

/* A new database: every step, the version and the dataset in one transaction. */
static gboolean
create_schema (GpmStore           *self,
               GpmStoreOpenFlags   flags,
               GError            **error)
{
  int current = gpm_store_get_current_version ();

  if (!gpm_store_begin (self, error))
    return FALSE;

  /* Two processes that both found no file race to here; the write lock picks one. */
  if (has_schema (self))
    {
      gpm_store_rollback (self);
      set_open_error (error, GPM_STORE_ERROR_OPEN, self->path,
                      _("another program created it at the same moment; open it again"));
      return FALSE;
    }

  for (int i = 0; i < current; i++)
    if (!apply_step (self, i, error))
      goto fail;

  if (!set_version (self, current, error))
    goto fail;
  if (!(flags & GPM_STORE_OPEN_NO_DATASET) && !load_dataset (self, error))
    goto fail;
  if (!gpm_store_commit (self, error))
    goto fail;

  self->schema_version = current;
  return TRUE;

fail:
  gpm_store_rollback (self);
  return FALSE;
}

/* An existing database: one transaction per step, so a failure keeps the steps before.
 * @backup_path names the copy made before the first step, for the error message. */
gboolean
gpm_store_migrate (GpmStore    *self,
                   int          from,
                   const char  *backup_path,
                   GError     **error)
{
  int current = gpm_store_get_current_version ();

  for (int version = from; version < current; version++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!gpm_store_begin (self, &local_error)
          || !apply_step (self, version, &local_error)
          || !set_version (self, version + 1, &local_error)
          || !gpm_store_commit (self, &local_error))
        {
          g_autofree char *name = g_filename_display_name (self->path);

          gpm_store_rollback (self);
          g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED,
                       _("Could not upgrade “%s” to database version %d (%s). It was left "
                         "at version %d; nothing else changed."),
                       name, version + 1, local_error->message, version);
          if (backup_path != NULL)
            {
              g_autofree char *copy = g_filename_display_name (backup_path);
              g_autofree char *message = (*error)->message;

              (*error)->message = g_strdup_printf (_("%s A copy from before the upgrade "
                                                     "is in “%s”."), message, copy);
            }
          return FALSE;
        }

      self->schema_version = version + 1;
    }

  return TRUE;
}

/* @filename is the path, or a file: URI when @open_flags has SQLITE_OPEN_URI. */
static gboolean
open_connection (GpmStore    *self,
                 const char  *filename,
                 int          open_flags,
                 GError     **error)
{
  /* No SQLite mutex: self->lock already serialises every use of the connection, and
   * SQLite's own would be taken again in each of the millions of sqlite3_column_* calls
   * a long series makes (a fifth of reading one). */
  int rc = sqlite3_open_v2 (filename, &self->db, open_flags | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc != SQLITE_OK)
    {
      set_open_error (error, GPM_STORE_ERROR_OPEN, self->path, sqlite3_errstr (rc));
      return FALSE;
    }

  /* SQLite quietly falls back to read-only for a write-protected file. */
  if (sqlite3_db_readonly (self->db, "main") == 1)
    self->read_only = TRUE;

  return TRUE;
}

/**
 * gpm_store_get_helper: (skip)
 *
 * A second connection to the same file, for reading only, with the same settings: a
 * long table scan reads half of it there on another thread. Made on first use and kept
 * (a restore writes through the store's own connection into the same file, which the
 * helper then reads). NULL for a store that is itself read-only, or when the second
 * connection cannot be opened: the caller reads everything on its own connection.
 */
GpmStore *
gpm_store_get_helper (GpmStore *self)
{
  g_autoptr(GpmStore) helper = NULL;
  g_autoptr(GError) error = NULL;

  if (self->helper != NULL || self->read_only || self->db == NULL)
    return self->helper;

  helper = g_object_new (GPM_TYPE_STORE, NULL);
  helper->path = g_strdup (self->path);
  helper->schema_version = self->schema_version;
  helper->read_only = TRUE;
  if (!open_connection (helper, self->path, SQLITE_OPEN_READONLY, &error)
      || !configure (helper, &error))
    {
      g_debug ("No second connection to %s: %s", self->path, error->message);
      return NULL;
    }

  self->helper = g_steal_pointer (&helper);
  return self->helper;
}

static void
remove_files (const char *path,
              gboolean    new_file)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);

      g_unlink (side);
    }

  /* A file the user made empty on purpose goes back to empty, not away. */
  if (new_file)
    g_unlink (path);
  else if (truncate (path, 0) != 0)
    g_debug ("Could not empty %s again: %s", path, g_strerror (errno));
}

static gboolean
create_file (GpmStore           *self,
             GpmStoreOpenFlags   flags,
             gboolean            new_file,
             GError            **error)
{
  gboolean left_empty;

  if (flags & GPM_STORE_OPEN_READ_ONLY)
    {
      set_open_error (error, GPM_STORE_ERROR_OPEN, self->path,
                      _("the file is empty, and it was opened read-only"));
      return FALSE;
    }

  if (open_connection (self, self->path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                       error)
      && !self->read_only
      && configure (self, error)
      && create_schema (self, flags, error))
    return TRUE;

  if (self->read_only && error != NULL && *error == NULL)
    set_open_error (error, GPM_STORE_ERROR_OPEN, self->path,
                    _("the file is empty and write-protected"));

  /* Another process may have created the database in the meantime; its work stays. */
  left_empty = self->db != NULL && !has_schema (self);

  g_hash_table_remove_all (self->stmts);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  if (left_empty)
    remove_files (self->path, new_file);

  return FALSE;
}

static gboolean
open_existing (GpmStore           *self,
               const FileInfo     *info,
               GpmStoreOpenFlags   flags,
               GError            **error)
{
  g_autofree char *name = g_filename_display_name (self->path);
  g_autofree char *backup = NULL;
  GStatBuf st;

  /* A file nobody may write (chmod a-w) stays unwritten even for root, whom access ()
   * would let through: the mode is its owner's wish to keep it as it is. */
  self->read_only = (flags & GPM_STORE_OPEN_READ_ONLY) || g_access (self->path, W_OK) != 0
                    || (g_stat (self->path, &st) == 0 && (st.st_mode & 0222) == 0);

  if (self->read_only)
    {
      g_autofree char *uri = NULL;

      if (info->fresh || info->version < gpm_store_get_current_version ())
        {
          g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_READ_ONLY,
                       _("“%s” is read-only, and it needs an upgrade to database version %d "
                         "first. Copy it to a folder you can write to and open the copy."),
                       name, gpm_store_get_current_version ());
          return FALSE;
        }

      /* The same rules as for inspecting: no side files next to a file nobody writes. */
      uri = build_inspect_uri (self->path, error);
      if (uri == NULL
          || !open_connection (self, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, error))
        return FALSE;

      self->schema_version = info->version;
      return configure (self, error);
    }

  if (!open_connection (self, self->path, SQLITE_OPEN_READWRITE, error)
      || !configure (self, error))
    return FALSE;

  if (info->fresh)
    return create_schema (self, flags, error);

  self->schema_version = info->version;
  if (info->version < gpm_store_get_current_version ())
    {
      /* Never upgrade without a way back: an integrity-checked copy first. */
      backup = g_strdup_printf ("%s.before-v%d.bak", self->path,
                                gpm_store_get_current_version ());
      if (!gpm_store_backup_to (self, backup, FALSE, NULL, error))
        return FALSE;
    }

  return gpm_store_migrate (self, info->version, backup, error);
}

static gboolean
open_path (GpmStore           *self,
           GpmStoreOpenFlags   flags,
           GError            **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  FileInfo info = { 0, };

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_open_error (error, GPM_STORE_ERROR_OPEN, self->path, g_strerror (errno));
      return FALSE;
    }

  if (g_stat (self->path, &st) != 0)
    {
      if (errno != ENOENT)
        {
          set_open_error (error, GPM_STORE_ERROR_OPEN, self->path, g_strerror (errno));
          return FALSE;
        }
      return create_file (self, flags, TRUE, error);
    }

  if (!S_ISREG (st.st_mode))
    {
      set_open_error (error, GPM_STORE_ERROR_OPEN, self->path, _("it is not a regular file"));
      return FALSE;
    }

  if (st.st_size == 0)
    return create_file (self, flags, FALSE, error);

  if (!inspect_file (self->path, &info, error))
    return FALSE;

  if (!open_existing (self, &info, flags, &local_error))
    {
      g_autofree char *name = g_filename_display_name (self->path);

      /* A damage only the real connection finds (a schema that fails to compile) comes
       * from SQLite without the file's name; the user needs both, and the way out. */
      if (strstr (local_error->message, name) != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_open_error (error, local_error->code == GPM_STORE_ERROR_NOT_DATABASE
                               ? GPM_STORE_ERROR_NOT_DATABASE : GPM_STORE_ERROR_OPEN,
                        self->path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * gpm_store_open_full:
 * @path: the database file; created with the bundled dataset when missing or empty
 * @flags: how to open it
 *
 * Opens or creates the database at @path. A file that is not a GPU Market database,
 * is damaged, or was written by a newer version is refused without a byte of it changed.
 * Blocks for as long as checking the file takes: call it from a worker thread in the UI.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
GpmStore *
gpm_store_open_full (const char         *path,
                     GpmStoreOpenFlags   flags,
                     GError            **error)
{
  g_autoptr(GpmStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  gpm_store_ensure_resources ();

  self = g_object_new (GPM_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_path (self, flags, error))
    return NULL;

  return g_steal_pointer (&self);
}

GpmStore *
gpm_store_open (const char  *path,
                GError     **error)
{
  return gpm_store_open_full (path, GPM_STORE_OPEN_DEFAULT, error);
}

char *
gpm_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "market.db", NULL);
}

const char *
gpm_store_get_path (GpmStore *self)
{
  g_return_val_if_fail (GPM_IS_STORE (self), NULL);

  return self->path;
}

int
gpm_store_get_schema_version (GpmStore *self)
{
  g_return_val_if_fail (GPM_IS_STORE (self), 0);

  return self->schema_version;
}

gboolean
gpm_store_is_read_only (GpmStore *self)
{
  g_return_val_if_fail (GPM_IS_STORE (self), TRUE);

  return self->read_only;
}

/* For restoring (gpm-store-backup.c): the checks of opening, and the read-only URI. */
gboolean
gpm_store_check_file (const char  *path,
                      int         *out_version,
                      GError     **error)
{
  FileInfo info = { 0, };

  if (!inspect_file (path, &info, error))
    return FALSE;
  if (info.fresh)
    {
      set_open_error (error, GPM_STORE_ERROR_NOT_DATABASE, path, NULL);
      return FALSE;
    }

  *out_version = info.version;
  return TRUE;
}

char *
gpm_store_build_read_uri (const char  *path,
                          GError     **error)
{
  return build_inspect_uri (path, error);
}

gboolean
gpm_store_is_same_file (GpmStore   *self,
                        const char *path)
{
  GStatBuf a, b;

  return g_stat (self->path, &a) == 0 && g_stat (path, &b) == 0
         && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* Test hook: @steps (inline SQL, NULL-terminated) run after the bundled steps. */
void
gpm_store_set_extra_migrations_for_test (const char * const *steps)
{
  extra_steps = steps;
}
