/* test-backup.c — backup and restore of the whole database, and the automatic backup
 * before a schema migration.
 *
 * Databases are compared as a dump of every row of every table, read through a
 * connection of the test's own; "unchanged" means the same SHA-256 of that dump.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "gpm-store-private.h"
#include "gpm-test-db.h"

typedef GpmTestStore Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gpm_test_store_set_up (f, "test-backup");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpm_store_set_extra_migrations_for_test (NULL);
  gpm_test_store_tear_down (f);
}

/* Every row of every table, as text, then its SHA-256. */
static char *
hash_database (const char *path)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  sqlite3_stmt *tables = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_schema"
                                           " ORDER BY name", -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *select = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", name);
      sqlite3_stmt *rows = NULL;

      g_string_append_printf (dump, "[%s] %s\n", name, sqlite3_column_text (tables, 1));
      if (sqlite3_prepare_v2 (db, select, -1, &rows, NULL) != SQLITE_OK)
        continue;  /* an index or a trigger */
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (rows); i++)
            g_string_append_printf (dump, "%s|", sqlite3_column_text (rows, i));
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);
  sqlite3_close (db);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, dump->str, dump->len);
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

/* The names in @dir, sorted and joined: to see that no temporary file is left. */
/* g_ptr_array_sort () hands over pointers to the elements. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      g_ptr_array_add (names, (char *) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_backup_equals_original (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *before = hash_database (f->db);
  g_autofree char *check = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *names = NULL;
  g_autofree char *hash = NULL;

  g_assert_true (gpm_store_backup (f->store, copy, NULL, &error));
  g_assert_no_error (error);

  hash = hash_database (copy);
  g_assert_cmpstr (hash, ==, before);
  check = query_text (copy, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  /* One self-contained file, not a WAL database that needs its side files. */
  mode = query_text (copy, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "copy.db market.db");
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM observations"),
                   >, 0);
}

static void
on_backup_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;

  gpm_store_backup_finish (GPM_STORE (source), result, error);
  g_main_context_wakeup (NULL);
  *(gboolean *) g_object_get_data (source, "done") = TRUE;
}

static void
test_backup_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "async.db", NULL);
  g_autofree char *hash = NULL;
  g_autofree char *before = hash_database (f->db);
  gboolean done = FALSE;

  g_object_set_data (G_OBJECT (f->store), "done", &done);
  gpm_store_backup_async (f->store, copy, NULL, on_backup_done, &error);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (error);
  hash = hash_database (copy);
  g_assert_cmpstr (hash, ==, before);
}

/* Cancelled, or unable to write: nothing at the destination, no temporary file left,
 * and an older file there is kept. */
static void
test_failed_backup_leaves_nothing (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *old = g_build_filename (f->dir, "old.db", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-dir", "copy.db", NULL);
  g_autofree char *names = NULL;
  g_autofree char *contents = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (gpm_store_backup (f->store, copy, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (old, "the old backup", -1, NULL));
  g_assert_false (gpm_store_backup (f->store, old, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (old, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the old backup");
  g_clear_error (&error);

  g_assert_false (gpm_store_backup (f->store, missing, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_false (gpm_store_backup (f->store, f->db, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);

  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "market.db old.db");
}

static void
on_changed (GpmStore   *store,
            const char *table,
            GPtrArray  *tables)
{
  g_ptr_array_add (tables, g_strdup (table));
}

static gboolean
contains (GPtrArray  *strings,
          const char *text)
{
  return g_ptr_array_find_with_equal_func (strings, text, g_str_equal, NULL);
}

static void
test_restore_brings_rows_back (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) observations = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *safety = NULL;
  g_autofree char *backup_hash = NULL;
  g_autofree char *edited_hash = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *safety_hash = NULL;
  gint64 n_rows;

  n_rows = gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM observations");
  g_assert_true (gpm_store_backup (f->store, copy, NULL, &error));
  g_assert_no_error (error);
  backup_hash = hash_database (copy);

  g_assert_true (gpm_store_exec_for_test (f->store, "DELETE FROM observations WHERE id IN"
                                          " (SELECT id FROM observations LIMIT 5)", &error));
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM observations"),
                   ==, n_rows - 5);
  edited_hash = hash_database (f->db);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), changed);
  g_assert_true (gpm_store_restore (f->store, copy, &safety, NULL, &error));
  g_assert_no_error (error);

  /* The rows are back, through the store's own (cached) statements too. */
  observations = gpm_store_list_observations (f->store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (observations->len, ==, n_rows);
  hash = hash_database (f->db);
  g_assert_cmpstr (hash, ==, backup_hash);

  /* What was there before is in the automatic backup, next to the database. */
  g_assert_nonnull (safety);
  g_assert_true (g_str_has_prefix (safety, f->db));
  g_assert_true (g_str_has_suffix (safety, ".bak"));
  g_assert_nonnull (strstr (safety, ".before-restore-"));
  safety_hash = hash_database (safety);
  g_assert_cmpstr (safety_hash, ==, edited_hash);

  /* Every list reloads. */
  g_assert_true (contains (changed, "observations"));
  g_assert_true (contains (changed, "vendors"));
  g_assert_true (contains (changed, "events"));
  g_assert_true (contains (changed, "saved_charts"));
}

static int
page_size_of (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int size;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  size = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return size;
}

/* Databases made before this version have 4 KiB pages, new ones 32 KiB, and a backup
 * has the pages of its database; SQLite cannot copy pages of one size into a WAL
 * database of the other, so a backup of the other size is rebuilt first. Either way
 * round the rows arrive, the live file keeps its page size, and no temporary is left. */
static void
test_restore_other_page_size (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *safety = NULL;
  g_autofree char *backup_hash = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *names = NULL;
  gint64 page_size = gpm_store_query_int_for_test (f->store, "PRAGMA page_size");

  g_assert_cmpint (page_size, ==, 32768);
  g_assert_true (gpm_store_backup (f->store, copy, NULL, &error));
  g_assert_no_error (error);
  gpm_test_run_sql (copy, "PRAGMA page_size = 4096; VACUUM;"
                          " UPDATE vendors SET name = 'Restored' WHERE key = 'metax'");
  g_assert_cmpint (page_size_of (copy), ==, 4096);
  backup_hash = hash_database (copy);

  g_assert_true (gpm_store_restore (f->store, copy, &safety, NULL, &error));
  g_assert_no_error (error);
  hash = hash_database (f->db);
  g_assert_cmpstr (hash, ==, backup_hash);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "PRAGMA page_size"), ==, 32768);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM vendors"
                                                 " WHERE name = 'Restored'"), ==, 1);

  names = list_dir (f->dir);
  g_assert_null (strstr (names, ".restore-"));
}

static void
assert_refused (Fixture    *f,
                const char *path,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = hash_database (f->db);
  g_autofree char *names = list_dir (f->dir);
  g_autofree char *after = NULL;
  g_autofree char *names_after = NULL;
  char *safety = NULL;

  g_assert_false (gpm_store_restore (f->store, path, &safety, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, code);
  g_assert_null (safety);
  g_test_message ("%s", error->message);

  after = hash_database (f->db);
  g_assert_cmpstr (after, ==, before);
  /* Refused before anything was written: not even the automatic backup. */
  names_after = list_dir (f->dir);
  g_assert_cmpstr (names_after, ==, names);
}

static void
test_restore_refuses_bad_files (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty.db", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.db", NULL);
  g_autofree char *foreign = g_build_filename (f->dir, "foreign.db", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GString) noise = g_string_new (NULL);

  for (guint i = 0; i < 4096; i++)
    g_string_append_c (noise, (char) g_test_rand_int_range (0, 256));
  g_assert_true (g_file_set_contents (garbage, noise->str, noise->len, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (f, garbage, GPM_STORE_ERROR_NOT_DATABASE);
  assert_refused (f, empty, GPM_STORE_ERROR_NOT_DATABASE);

  g_assert_true (gpm_store_backup (f->store, newer, NULL, &error));
  sql = g_strdup_printf ("PRAGMA user_version = %d", gpm_store_get_current_version () + 1);
  g_free (query_text (newer, sql));
  assert_refused (f, newer, GPM_STORE_ERROR_TOO_NEW);

  g_assert_true (gpm_store_backup (f->store, foreign, NULL, &error));
  g_free (query_text (foreign, "PRAGMA application_id = 42"));
  assert_refused (f, foreign, GPM_STORE_ERROR_FOREIGN);

  assert_refused (f, f->db, GPM_STORE_ERROR_INVALID);
}

static void
test_restore_read_only_refused (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) reader = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);

  g_assert_true (gpm_store_backup (f->store, copy, NULL, &error));
  g_clear_object (&f->store);
  reader = gpm_store_open_full (f->db, GPM_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (gpm_store_restore (reader, copy, NULL, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_READ_ONLY);
}

static void
test_migration_backup (Fixture       *f,
                       gconstpointer  data)
{
  static const char * const steps[] = { "CREATE TABLE extra (x INTEGER);", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *version = NULL;
  g_autofree char *check = NULL;

  g_clear_object (&f->store);
  before = hash_database (f->db);
  gpm_store_set_extra_migrations_for_test (steps);
  f->store = gpm_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_get_schema_version (f->store), ==, GPM_STORE_SCHEMA_VERSION + 1);

  backup = g_strdup_printf ("%s.before-v%d.bak", f->db, GPM_STORE_SCHEMA_VERSION + 1);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  hash = hash_database (backup);
  g_assert_cmpstr (hash, ==, before);
  version = query_text (backup, "PRAGMA user_version");
  g_assert_cmpint (atoi (version), ==, GPM_STORE_SCHEMA_VERSION);
  check = query_text (backup, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");

  /* Opening again migrates nothing and writes no second backup. */
  g_clear_object (&f->store);
  g_remove (backup);
  f->store = gpm_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
test_failed_migration_names_backup (Fixture       *f,
                                    gconstpointer  data)
{
  static const char * const steps[] = { "CREATE TABLE broken (;", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *name = NULL;

  g_clear_object (&f->store);
  gpm_store_set_extra_migrations_for_test (steps);
  store = gpm_store_open (f->db, &error);
  g_assert_null (store);
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED);

  backup = g_strdup_printf ("%s.before-v%d.bak", f->db, GPM_STORE_SCHEMA_VERSION + 1);
  name = g_filename_display_name (backup);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (error->message, name));
  g_test_message ("%s", error->message);
}

static int
run_cli (const char *const *args,
         char              **err)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exe = g_build_filename (g_getenv ("GPM_BUILD_DIR"), "src", "gpu-market",
                                           NULL);
  int status = 0;

  g_strv_builder_add (builder, exe);
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);
  g_spawn_sync (NULL, argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err, &status,
                &error);
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
assert_one_line (const char *text)
{
  const char *newline = strchr (text, '\n');

  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "cli.db", NULL);
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "nowhere", "x.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *hash = NULL;
  char *err = NULL;

  g_clear_object (&f->store);
  before = hash_database (f->db);
  {
    const char *args[] = { "backup", copy, "--database", f->db, NULL };

    g_assert_cmpint (run_cli (args, &err), ==, 0);
    g_assert_cmpstr (err, ==, "");
    g_clear_pointer (&err, g_free);
  }
  hash = hash_database (copy);
  g_assert_cmpstr (hash, ==, before);
  {
    const char *args[] = { "backup", missing, "--database", f->db, NULL };

    g_assert_cmpint (run_cli (args, &err), ==, 1);
    assert_one_line (err);
    g_clear_pointer (&err, g_free);
  }
  g_assert_true (g_file_set_contents (garbage, "not a database at all", -1, NULL));
  {
    const char *args[] = { "restore", garbage, "--database", f->db, NULL };

    g_assert_cmpint (run_cli (args, &err), ==, 1);
    assert_one_line (err);
    g_assert_nonnull (strstr (err, "garbage.db"));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "restore", copy, "--database", f->db, NULL };

    g_assert_cmpint (run_cli (args, &err), ==, 0);
    g_assert_cmpstr (err, ==, "");
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "restore", "--database", f->db, NULL };

    g_assert_cmpint (run_cli (args, &err), ==, 2);
    assert_one_line (err);
    g_clear_pointer (&err, g_free);
  }
  after = hash_database (f->db);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/backup/equals-original", test_backup_equals_original);
  ADD ("/backup/async", test_backup_async);
  ADD ("/backup/failed-leaves-nothing", test_failed_backup_leaves_nothing);
  ADD ("/backup/restore-brings-rows-back", test_restore_brings_rows_back);
  ADD ("/backup/restore-other-page-size", test_restore_other_page_size);
  ADD ("/backup/restore-refuses-bad-files", test_restore_refuses_bad_files);
  ADD ("/backup/restore-read-only-refused", test_restore_read_only_refused);
  ADD ("/backup/migration-backup", test_migration_backup);
  ADD ("/backup/failed-migration-names-backup", test_failed_migration_names_backup);
  ADD ("/backup/cli", test_cli);

#undef ADD

  return g_test_run ();
}
