/* test-migrations.c — schema versions: an empty SQLite file becomes a current database,
 * steps run in order and each in its own transaction, a failing step keeps the database
 * at the version before it, and opening again changes nothing.
 *
 * Extra steps come from a test hook that appends inline SQL after the bundled ones.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "gpm-store-private.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        remove_tree (child);
      }

  g_remove (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("gpm-test-migrations-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "market.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpm_store_set_extra_migrations_for_test (NULL);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Runs @sql on a connection of the test's own; returns the first column of the last row. */
static char *
run_sql (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;
  const char *tail = sql;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  while (tail != NULL && *tail != '\0')
    {
      g_assert_cmpint (sqlite3_prepare_v2 (db, tail, -1, &stmt, &tail), ==, SQLITE_OK);
      if (stmt == NULL)
        break;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_free (value);
          value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        }
      sqlite3_finalize (stmt);
    }
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  return value;
}

static int
run_sql_int (const char *path,
             const char *sql)
{
  g_autofree char *value = run_sql (path, sql);

  return value != NULL ? atoi (value) : -1;
}

/* Every row of every table, as text. */
static char *
dump_database (const char *path)
{
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *tables = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_schema ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);

  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (tables, 0);
      const char *sql = (const char *) sqlite3_column_text (tables, 1);
      g_autofree char *select = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", name);
      sqlite3_stmt *rows = NULL;

      g_string_append_printf (dump, "[%s] %s\n", name, sql);
      if (sqlite3_prepare_v2 (db, select, -1, &rows, NULL) != SQLITE_OK)
        continue;  /* an index */
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (rows); i++)
            g_string_append_printf (dump, "%s|", (const char *) sqlite3_column_text (rows, i));
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (rows);
    }

  sqlite3_finalize (tables);
  sqlite3_close (db);

  return g_string_free (dump, FALSE);
}

static void
make_empty_sqlite (const char *path)
{
  /* A real SQLite file with a header and no schema: what `sqlite3 file.db` leaves. */
  g_free (run_sql (path, "CREATE TABLE scratch (x); DROP TABLE scratch;"));
  g_assert_cmpint (run_sql_int (path, "SELECT count(*) FROM sqlite_schema"), ==, 0);
  g_assert_cmpint (run_sql_int (path, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (run_sql_int (path, "PRAGMA application_id"), ==, 0);
}

static void
test_table (void)
{
  g_autoptr(GBytes) bytes = NULL;

  g_assert_cmpint (gpm_store_get_current_version (), ==, GPM_STORE_SCHEMA_VERSION);

  /* Every bundled step is in the resource bundle. */
  gpm_store_ensure_resources ();
  bytes = g_resources_lookup_data (RESOURCE_PATH "/migrations/0001-initial.sql", 0, NULL);
  g_assert_nonnull (bytes);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "CREATE TABLE vendors"));
}

static void
test_from_version_zero (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;

  make_empty_sqlite (f->path);

  store = gpm_store_open_full (f->path, GPM_STORE_OPEN_NO_DATASET, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_get_schema_version (store), ==, GPM_STORE_SCHEMA_VERSION);
  g_assert_cmpint (gpm_store_count (store, "vendors"), ==, 0);
  g_clear_object (&store);

  g_assert_cmpint (run_sql_int (f->path, "PRAGMA user_version"), ==, GPM_STORE_SCHEMA_VERSION);
  g_assert_cmpint (run_sql_int (f->path, "PRAGMA application_id"), ==,
                   GPM_STORE_APPLICATION_ID);
  g_assert_cmpint (run_sql_int (f->path, "SELECT count(*) FROM sqlite_schema"
                                         " WHERE type = 'table' AND name IN ('vendors',"
                                         " 'observations', 'events', 'saved_charts')"), ==, 4);
}

static void
test_steps_in_order (Fixture       *f,
                     gconstpointer  data)
{
  /* Step 3 needs the table step 2 makes, so it only works in order. */
  static const char * const steps[] = {
    "CREATE TABLE step_log (step INTEGER); INSERT INTO step_log VALUES (2);",
    "INSERT INTO step_log VALUES (3); ALTER TABLE step_log ADD COLUMN note TEXT;",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autofree char *log = NULL;

  store = gpm_store_open_full (f->path, GPM_STORE_OPEN_NO_DATASET, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (run_sql_int (f->path, "PRAGMA user_version"), ==, GPM_STORE_SCHEMA_VERSION);

  gpm_store_set_extra_migrations_for_test (steps);
  g_assert_cmpint (gpm_store_get_current_version (), ==, GPM_STORE_SCHEMA_VERSION + 2);
  store = gpm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_get_schema_version (store), ==, GPM_STORE_SCHEMA_VERSION + 2);
  g_clear_object (&store);

  g_assert_cmpint (run_sql_int (f->path, "PRAGMA user_version"), ==,
                   GPM_STORE_SCHEMA_VERSION + 2);
  log = run_sql (f->path, "SELECT group_concat (step, ',') FROM step_log");
  g_assert_cmpstr (log, ==, "2,3");
  g_assert_cmpint (run_sql_int (f->path, "SELECT count(*) FROM pragma_table_info ('step_log')"
                                         " WHERE name = 'note'"), ==, 1);
}

/* A database written by version 1 of the schema keeps every figure through step 2 (the
 * observations table rebuilt with CHECKs as comparisons) and step 3 (the metric index
 * dropped), and the checks still hold. */
static void
test_from_version_one (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) initial = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_strdup_printf ("%s.before-v%d.bak", f->path,
                                             GPM_STORE_SCHEMA_VERSION);
  g_autofree char *row = NULL;
  g_autofree char *setup = NULL;

  gpm_store_ensure_resources ();
  initial = g_resources_lookup_data (RESOURCE_PATH "/migrations/0001-initial.sql", 0, NULL);
  g_assert_nonnull (initial);
  setup = g_strdup_printf ("%.*s;"
    "PRAGMA application_id = %d; PRAGMA user_version = 1;"
    "INSERT INTO sources (id, key, publisher, title, language) VALUES (1, 's', 'p', 't', 'en');"
    "INSERT INTO metrics (id, key, name, name_zh, kind, unit) "
    "  VALUES (1, 'revenue', 'Revenue', '营收', 'money', 'CNY');"
    "INSERT INTO vendors (id, key, name) VALUES (1, 'metax', 'MetaX');"
    "INSERT INTO observations (id, vendor_id, metric_id, period, value, unit, qualifier, "
    "  status, doubtful, source_id, quote, note) VALUES (42, 1, 1, '2024', 743000000.0, 'CNY', "
    "  'about', 'forecast', 1, 1, '沐曦', 'kept');",
    (int) g_bytes_get_size (initial), (const char *) g_bytes_get_data (initial, NULL),
    GPM_STORE_APPLICATION_ID);
  g_free (run_sql (f->path, setup));
  g_assert_cmpint (run_sql_int (f->path, "PRAGMA user_version"), ==, 1);

  store = gpm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_get_schema_version (store), ==, GPM_STORE_SCHEMA_VERSION);

  row = gpm_store_query_text_for_test (store,
    "SELECT id || '|' || vendor_id || '|' || period || '|' || quote(value) || '|' || "
    "qualifier || '|' || status || '|' || doubtful || '|' || quote || '|' || note "
    "FROM observations");
  g_assert_cmpstr (row, ==, "42|1|2024|743000000.0|about|forecast|1|沐曦|kept");
  /* The vendor and scope indexes; the metric index went in step 3. */
  g_assert_cmpint (gpm_store_query_int_for_test (store,
    "SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'observations' AND type = 'index'"),
    ==, 2);
  g_assert_cmpint (gpm_store_query_int_for_test (store,
    "SELECT count(*) FROM sqlite_schema WHERE name = 'observations_metric'"), ==, 0);
  g_assert_cmpint (gpm_store_query_int_for_test (store,
    "SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%qualifier IN%'"), ==, 0);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_assert_false (gpm_store_exec_for_test (store,
    "INSERT INTO observations (vendor_id, metric_id, period, value, unit, qualifier, "
    "source_id, quote) VALUES (1, 1, '2025', 1, 'CNY', 'roughly', 1, 'q')", &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (gpm_store_exec_for_test (store,
    "INSERT INTO observations (vendor_id, metric_id, period, value, unit, status, "
    "source_id, quote) VALUES (1, 1, '2025', 1, 'CNY', 'rumour', 1, 'q')", &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONSTRAINT);
}

static void
test_failing_step (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const broken[] = {
    "CREATE TABLE step2 (x);",
    "CREATE TABLE step3 (x); INSERT INTO no_such_table VALUES (1);",
    NULL
  };
  static const char * const fixed[] = {
    "CREATE TABLE step2 (x);",
    "CREATE TABLE step3 (x);",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;

  store = gpm_store_open_full (f->path, GPM_STORE_OPEN_NO_DATASET, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  gpm_store_set_extra_migrations_for_test (broken);
  store = gpm_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED);
  {
    g_autofree char *target = g_strdup_printf ("database version %d",
                                               GPM_STORE_SCHEMA_VERSION + 2);
    g_autofree char *left = g_strdup_printf ("left at version %d",
                                             GPM_STORE_SCHEMA_VERSION + 1);

    g_assert_nonnull (strstr (error->message, target));
    g_assert_nonnull (strstr (error->message, left));
  }
  g_clear_error (&error);

  /* The first extra step committed on its own; the second left nothing behind. */
  g_assert_cmpint (run_sql_int (f->path, "PRAGMA user_version"), ==,
                   GPM_STORE_SCHEMA_VERSION + 1);
  g_assert_cmpint (run_sql_int (f->path, "SELECT count(*) FROM sqlite_schema"
                                         " WHERE name = 'step2'"), ==, 1);
  g_assert_cmpint (run_sql_int (f->path, "SELECT count(*) FROM sqlite_schema"
                                         " WHERE name = 'step3'"), ==, 0);

  /* A later version with the step fixed carries on from where it stopped. */
  gpm_store_set_extra_migrations_for_test (fixed);
  store = gpm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_get_schema_version (store), ==, GPM_STORE_SCHEMA_VERSION + 2);
}

static void
test_failed_creation (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const broken[] = { "INSERT INTO no_such_table VALUES (1);", NULL };
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autoptr(GError) error = NULL;
  gsize length = 1;
  g_autofree char *contents = NULL;

  /* A new file: creation is one transaction, and a failure removes the file. */
  gpm_store_set_extra_migrations_for_test (broken);
  g_assert_null (gpm_store_open (f->path, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (f->path, suffixes[i], NULL);

      g_assert_false (g_file_test (side, G_FILE_TEST_EXISTS));
    }

  /* An empty file the user made stays, empty. */
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  g_assert_null (gpm_store_open (f->path, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, ==, 0);
}

static void
test_idempotent (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GpmStore) second = NULL;
  g_autofree char *first_dump = NULL;
  g_autofree char *second_dump = NULL;
  gint64 n_vendors;

  store = gpm_store_open (f->path, &error);
  g_assert_no_error (error);
  n_vendors = gpm_store_count (store, "vendors");
  g_clear_object (&store);
  first_dump = dump_database (f->path);

  /* Opening again neither migrates nor loads the dataset a second time. */
  store = gpm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_get_schema_version (store), ==, GPM_STORE_SCHEMA_VERSION);
  g_assert_cmpint (gpm_store_count (store, "vendors"), ==, n_vendors);

  /* Two stores on one file at once, as an app window and a command line would. */
  second = gpm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_count (second, "vendors"), ==, n_vendors);
  g_clear_object (&second);
  g_clear_object (&store);

  second_dump = dump_database (f->path);
  g_assert_cmpstr (first_dump, ==, second_dump);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrations/table", test_table);
  g_test_add ("/migrations/from-version-zero", Fixture, NULL,
              fixture_set_up, test_from_version_zero, fixture_tear_down);
  g_test_add ("/migrations/steps-in-order", Fixture, NULL,
              fixture_set_up, test_steps_in_order, fixture_tear_down);
  g_test_add ("/migrations/from-version-one", Fixture, NULL,
              fixture_set_up, test_from_version_one, fixture_tear_down);
  g_test_add ("/migrations/failing-step", Fixture, NULL,
              fixture_set_up, test_failing_step, fixture_tear_down);
  g_test_add ("/migrations/failed-creation", Fixture, NULL,
              fixture_set_up, test_failed_creation, fixture_tear_down);
  g_test_add ("/migrations/idempotent", Fixture, NULL,
              fixture_set_up, test_idempotent, fixture_tear_down);

  return g_test_run ();
}
