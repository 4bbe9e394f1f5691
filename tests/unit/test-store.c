/* test-store.c — the store: creating and refusing files, queries, edits with their
 * validation, undo and redo, cancellation, and vendor search.
 *
 * Every test works in its own temporary folder. Row images are compared through a
 * second, read-only SQLite connection that dumps every table (gpm-test-db.c), so
 * "unchanged" means byte for byte, not "the counts match".
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "gpm-store-private.h"
#include "gpm-test-db.h"

/* A small world of our own, for tests that must not depend on the bundled dataset. */
#define FIXTURE_SQL \
  "INSERT INTO sources (id, key, publisher, title, language)" \
  "  VALUES (1, 'fixture', 'Fixture Press', 'A fixture article', 'en');" \
  "INSERT INTO scopes (id, key, name, name_zh) VALUES (1, 'china', 'China', '中国');" \
  "INSERT INTO metrics (id, key, name, name_zh, kind, unit)" \
  "  VALUES (1, 'revenue', 'Revenue', '营收', 'money', 'CNY')," \
  "         (2, 'share', 'Market share', '份额', 'share', '%');" \
  "INSERT INTO vendors (id, key, name, name_zh, name_zh_hant)" \
  "  VALUES (1, 'metax', 'MetaX', '沐曦', '沐曦')," \
  "         (2, 'moore-threads', 'Moore Threads', '摩尔线程', '摩爾線程');"

typedef struct
{
  char     *dir;
  char     *path;
  GpmStore *store;
  guint     n_changed;
  char     *last_table;
} Fixture;

/* Helpers */

static void
on_changed (GpmStore   *store,
            const char *table,
            Fixture    *f)
{
  f->n_changed++;
  g_free (f->last_table);
  f->last_table = g_strdup (table);
}

static void
watch (Fixture *f)
{
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
assert_changed_once (Fixture    *f,
                     guint      *expected,
                     const char *table)
{
  *expected += 1;
  g_assert_cmpuint (f->n_changed, ==, *expected);
  g_assert_cmpstr (f->last_table, ==, table);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("gpm-test-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "market.db", NULL);
}

/* Opens a new database holding FIXTURE_SQL only. */
static void
fixture_set_up_world (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture_set_up (f, data);
  f->store = gpm_store_open_full (f->path, GPM_STORE_OPEN_NO_DATASET, &error);
  g_assert_no_error (error);
  g_assert_true (gpm_store_exec_for_test (f->store, FIXTURE_SQL, &error));
  g_assert_no_error (error);
  watch (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  gpm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->last_table);
}

static gboolean
dataset_is_bundled (void)
{
  g_autoptr(GBytes) bytes = NULL;

  gpm_store_ensure_resources ();
  bytes = g_resources_lookup_data (RESOURCE_PATH "/dataset/dataset.sql", 0, NULL);

  return bytes != NULL && strstr (g_bytes_get_data (bytes, NULL), "INSERT") != NULL;
}

static GpmObservation *
new_observation (gint64      vendor_id,
                 gint64      metric_id,
                 const char *period,
                 double      value)
{
  GpmObservation *o = gpm_observation_new ();

  gpm_observation_set_vendor_id (o, vendor_id);
  gpm_observation_set_metric_id (o, metric_id);
  gpm_observation_set_period (o, period);
  gpm_observation_set_value (o, value);
  gpm_observation_set_unit (o, "CNY");
  gpm_observation_set_source_id (o, 1);
  gpm_observation_set_quote (o, "營收分別為4608萬元、1.24億元和4.38億元");

  return o;
}

static GpmEvent *
new_event (const char *date,
           const char *title)
{
  GpmEvent *e = gpm_event_new (date, title);

  gpm_event_set_category (e, "capital");
  gpm_event_set_title_zh (e, "上市申請獲受理");
  gpm_event_set_source_id (e, 1);
  gpm_event_set_quote (e, "其科創板IPO申請同日獲得上交所正式受理");

  return e;
}

/* Creating */

static void
test_create_with_dataset (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *violations = NULL;

  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  f->store = gpm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);

  if (dataset_is_bundled ())
    {
      g_assert_cmpint (gpm_store_count (f->store, "vendors"), >, 0);
      g_assert_cmpint (gpm_store_count (f->store, "observations"), >, 0);
      g_assert_cmpint (gpm_store_count (f->store, "events"), >, 0);
      g_assert_cmpint (gpm_store_count (f->store, "sources"), >, 0);
    }
  else
    {
      g_test_message ("no bundled dataset: checking the fixture instead");
      g_assert_cmpint (gpm_store_count (f->store, "vendors"), ==, 0);
      g_assert_true (gpm_store_exec_for_test (f->store, FIXTURE_SQL, &error));
      g_assert_cmpint (gpm_store_count (f->store, "vendors"), ==, 2);
    }

  g_assert_cmpstr (gpm_store_get_path (f->store), ==, f->path);
  g_assert_cmpint (gpm_store_get_schema_version (f->store), ==, GPM_STORE_SCHEMA_VERSION);
  g_assert_false (gpm_store_is_read_only (f->store));

  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "PRAGMA application_id"), ==,
                   GPM_STORE_APPLICATION_ID);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "PRAGMA user_version"), ==,
                   GPM_STORE_SCHEMA_VERSION);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "PRAGMA trusted_schema"), ==, 0);
  mode = gpm_store_query_text_for_test (f->store, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");

  /* The dataset keeps its promises to the schema. */
  violations = gpm_store_query_text_for_test (f->store, "PRAGMA foreign_key_check");
  g_assert_null (violations);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                                                 "SELECT count(*) FROM observations"
                                                 " WHERE gpm_period_start (period) IS NULL"),
                   ==, 0);
}

static void
test_create_without_dataset (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = gpm_store_open_full (f->path, GPM_STORE_OPEN_NO_DATASET, &error);
  g_assert_no_error (error);

  g_assert_cmpint (gpm_store_count (f->store, "vendors"), ==, 0);
  g_assert_cmpint (gpm_store_count (f->store, "observations"), ==, 0);
  g_assert_true (gpm_store_exec_for_test (f->store, FIXTURE_SQL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_count (f->store, "vendors"), ==, 2);
  g_assert_cmpint (gpm_store_count (f->store, "metrics"), ==, 2);
  g_assert_cmpint (gpm_store_count (f->store, "scopes"), ==, 1);
  g_assert_cmpint (gpm_store_count (f->store, "sources"), ==, 1);
  g_assert_cmpint (gpm_store_count (f->store, "saved_charts"), ==, 0);
}

static void
test_create_in_empty_file (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *nested = g_build_filename (f->dir, "a", "b", "market.db", NULL);
  g_autoptr(GpmStore) store = NULL;

  /* A file the user made empty is filled; missing folders are made. */
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  f->store = gpm_store_open_full (f->path, GPM_STORE_OPEN_NO_DATASET, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_get_schema_version (f->store), ==, GPM_STORE_SCHEMA_VERSION);

  store = gpm_store_open_full (nested, GPM_STORE_OPEN_NO_DATASET, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (nested, G_FILE_TEST_IS_REGULAR));
}

static void
test_default_path (void)
{
  g_autofree char *path = gpm_store_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), APP_ID, "market.db",
                                                NULL);

  g_assert_cmpstr (path, ==, expected);
}

/* Refusing */

typedef void (*MakeFile) (const char *path);

static void
make_text_file (const char *path)
{
  const char *text = "vendor,value\nMetaX,743000000\n"
                     "This is a CSV export, not a database. It is long enough to have a header"
                     " of a hundred bytes or more, so only the magic string can tell.\n";

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
make_random_file (const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, sizeof bytes, NULL));
}

static void
make_sqlite_file (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
make_foreign_file (const char *path)
{
  make_sqlite_file (path, "PRAGMA application_id = 1234;"
                          "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                          "INSERT INTO notes (text) VALUES ('not ours');");
}

static void
make_foreign_wal_file (const char *path)
{
  make_sqlite_file (path, "PRAGMA journal_mode = WAL;"
                          "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                          "INSERT INTO notes (text) VALUES ('not ours, no application id');");
}

/* Our own database, written by "the next version". */
static void
make_too_new_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autofree char *sql = NULL;

  store = gpm_store_open_full (path, GPM_STORE_OPEN_NO_DATASET, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  sql = g_strdup_printf ("PRAGMA user_version = %d", GPM_STORE_SCHEMA_VERSION + 1);
  make_sqlite_file (path, sql);
}

/* The first half of a real database with enough rows to span many pages. */
static void
make_truncated_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  store = gpm_store_open_full (path, GPM_STORE_OPEN_NO_DATASET, &error);
  g_assert_no_error (error);
  g_assert_true (gpm_store_exec_for_test (store, FIXTURE_SQL, &error));
  g_assert_true (gpm_store_exec_for_test (store,
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
    " INSERT INTO observations (vendor_id, metric_id, period, value, unit, source_id, quote)"
    " SELECT 1, 1, '2024', i, 'CNY', 1, 'quote number ' || i FROM n", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 16 * 4096);
  g_assert_true (g_file_set_contents (path, contents, length / 2, NULL));
}

typedef struct
{
  MakeFile    make;
  int         code;
} RefusalCase;

static void
test_refuse (Fixture       *f,
             gconstpointer  data)
{
  const RefusalCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *name = NULL;
  GpmStore *store;

  c->make (f->path);
  g_assert_false (gpm_test_has_side_files (f->path));
  before = gpm_test_file_sha256 (f->path);

  store = gpm_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, GPM_STORE_ERROR, c->code);

  /* The message names the file, and the file is exactly as it was. */
  name = g_filename_display_name (f->path);
  g_assert_nonnull (strstr (error->message, name));
  after = gpm_test_file_sha256 (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (gpm_test_has_side_files (f->path));

  if (c->code == GPM_STORE_ERROR_TOO_NEW)
    {
      g_autofree char *versions = g_strdup_printf ("database version %d; this version reads "
                                                   "up to %d",
                                                   GPM_STORE_SCHEMA_VERSION + 1,
                                                   GPM_STORE_SCHEMA_VERSION);

      g_assert_nonnull (strstr (error->message, versions));
    }
}

static void
test_refuse_folder (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  g_assert_null (gpm_store_open (f->path, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_OPEN);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmVendor) vendor = gpm_vendor_new (NULL, "Biren");
  g_autoptr(GPtrArray) vendors = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GpmStore *store;

  g_clear_object (&f->store);
  before = gpm_test_file_sha256 (f->path);

  store = gpm_store_open_full (f->path, GPM_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (gpm_store_is_read_only (store));

  vendors = gpm_store_list_vendors (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vendors->len, ==, 2);

  g_assert_false (gpm_store_add_vendor (store, vendor, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (gpm_vendor_get_id (vendor), ==, 0);
  g_clear_error (&error);
  g_assert_false (gpm_store_delete_vendor (store, 1, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_READ_ONLY);

  g_object_unref (store);
  after = gpm_test_file_sha256 (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (gpm_test_has_side_files (f->path));

  /* An empty file cannot become a database without writing. */
  g_remove (f->path);
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  g_clear_error (&error);
  g_assert_null (gpm_store_open_full (f->path, GPM_STORE_OPEN_READ_ONLY, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_OPEN);
}

/* Queries */

typedef struct
{
  GPtrArray *seen;
  guint      stop_after;  /* 0: never */
} Visit;

static gboolean
visit_observation (gpointer   item,
                   gpointer   user_data,
                   GError   **error)
{
  Visit *visit = user_data;

  g_ptr_array_add (visit->seen, g_object_ref (item));
  if (visit->stop_after != 0 && visit->seen->len == visit->stop_after)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "the disk is full");
      return FALSE;
    }

  return TRUE;
}

/* The walk export-data streams through: every figure once, in the listing's order; a
 * visitor's error stops it, and the store is free again afterwards. */
static void
test_foreach_observation (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) stopped = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) again = NULL;
  Visit visit = { seen, 0 };
  Visit stop = { stopped, 1 };

  /* The bundled dataset: sixty-odd figures. */
  f->store = gpm_store_open (f->path, &error);
  g_assert_no_error (error);
  all = gpm_store_list_observations (f->store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, >, 1);

  g_assert_true (gpm_store_foreach_observation (f->store, NULL, visit_observation, &visit,
                                                NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, all->len);
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpint (gpm_observation_get_id (all->pdata[i]), ==,
                     gpm_observation_get_id (seen->pdata[i]));

  g_assert_false (gpm_store_foreach_observation (f->store, NULL, visit_observation, &stop,
                                                 NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpuint (stopped->len, ==, 1);
  g_clear_error (&error);

  again = gpm_store_list_observations (f->store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, all->len);
}

static void
test_list_observations (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const periods[] = { "2025-07", "2025-Q1", "2025", "2024", "2025-07-15" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) some = NULL;
  g_autoptr(GpmObservation) scoped = new_observation (0, 2, "2024", 30.0);
  GpmObservationFilter filter = { 0, };
  GpmObservation *first;

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autoptr(GpmObservation) o = new_observation (1, 1, periods[i], i);

      g_assert_true (gpm_store_add_observation (f->store, o, NULL, &error));
      g_assert_no_error (error);
    }
  gpm_observation_set_scope_id (scoped, 1);
  g_assert_true (gpm_store_add_observation (f->store, scoped, NULL, &error));

  all = gpm_store_list_observations (f->store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 6);

  /* Subject "China" sorts before "MetaX"; then by period as time, not as text. */
  first = g_ptr_array_index (all, 0);
  g_assert_cmpstr (gpm_observation_get_subject_name (first), ==, "China");
  g_assert_cmpstr (gpm_observation_get_subject_name_zh (first), ==, "中国");
  g_assert_cmpstr (gpm_observation_get_metric_key (first), ==, "share");
  g_assert_cmpstr (gpm_observation_get_source_title (first), ==, "A fixture article");
  g_assert_cmpstr (gpm_observation_get_period (g_ptr_array_index (all, 1)), ==, "2024");
  g_assert_cmpstr (gpm_observation_get_period (g_ptr_array_index (all, 2)), ==, "2025");
  g_assert_cmpstr (gpm_observation_get_period (g_ptr_array_index (all, 3)), ==, "2025-Q1");
  g_assert_cmpstr (gpm_observation_get_period (g_ptr_array_index (all, 4)), ==, "2025-07");
  g_assert_cmpstr (gpm_observation_get_period (g_ptr_array_index (all, 5)), ==, "2025-07-15");
  g_assert_cmpstr (gpm_observation_get_subject_name (g_ptr_array_index (all, 5)), ==, "MetaX");

  /* A range keeps what overlaps it: the year 2025 overlaps the second quarter. */
  filter.vendor_id = 1;
  filter.from = "2025-Q2";
  filter.to = "2025-07";
  some = gpm_store_list_observations (f->store, &filter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (some->len, ==, 3);
  g_assert_cmpstr (gpm_observation_get_period (g_ptr_array_index (some, 0)), ==, "2025");
  g_assert_cmpstr (gpm_observation_get_period (g_ptr_array_index (some, 1)), ==, "2025-07");
  g_clear_pointer (&some, g_ptr_array_unref);

  filter = (GpmObservationFilter) { .scope_id = 1 };
  some = gpm_store_list_observations (f->store, &filter, NULL, &error);
  g_assert_cmpuint (some->len, ==, 1);
  g_clear_pointer (&some, g_ptr_array_unref);

  filter = (GpmObservationFilter) { .metric_id = 1, .to = "2024" };
  some = gpm_store_list_observations (f->store, &filter, NULL, &error);
  g_assert_cmpuint (some->len, ==, 1);

  filter = (GpmObservationFilter) { .from = "2025-13" };
  g_assert_null (gpm_store_list_observations (f->store, &filter, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
}

static void
on_list_ready (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

static void
test_list_async (Fixture       *f,
                 gconstpointer  data)
{
  static const struct
  {
    GpmStoreList which;
    guint        n_items;
  } cases[] = {
    { GPM_STORE_LIST_VENDORS, 2 },
    { GPM_STORE_LIST_METRICS, 2 },
    { GPM_STORE_LIST_SCOPES, 1 },
    { GPM_STORE_LIST_SOURCES, 1 },
    { GPM_STORE_LIST_SAVED_CHARTS, 0 },
  };
  GType types[] = {
    GPM_TYPE_VENDOR, GPM_TYPE_METRIC, GPM_TYPE_SCOPE, GPM_TYPE_SOURCE, GPM_TYPE_SAVED_CHART,
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GError) error = NULL;

      gpm_store_list_async (f->store, cases[i].which, NULL, on_list_ready, &result);
      items = gpm_store_list_finish (f->store, wait_for (&result), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (items->len, ==, cases[i].n_items);
      for (guint j = 0; j < items->len; j++)
        g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (g_ptr_array_index (items, j), types[i]));
    }

  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GPtrArray) items = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(GpmObservation) o = new_observation (2, 1, "2024", 4.38e8);
    GpmObservationFilter filter = { .vendor_id = 2, .from = g_strdup ("2024") };

    g_assert_true (gpm_store_add_observation (f->store, o, NULL, &error));
    gpm_store_list_observations_async (f->store, &filter, NULL, on_list_ready, &result);
    /* The call copied the filter. */
    g_free ((char *) filter.from);
    items = gpm_store_list_observations_finish (f->store, wait_for (&result), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (items->len, ==, 1);
    g_assert_cmpfloat (gpm_observation_get_value (g_ptr_array_index (items, 0)), ==, 4.38e8);
  }
}

/* Vendors */

static void
test_vendor_crud (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmVendor) vendor = gpm_vendor_new (NULL, "  Acme Chips ");
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GPtrArray) vendors = NULL;
  GpmVendor *stored = NULL;
  guint expected = 0;
  gint64 id;

  gpm_vendor_set_name_zh (vendor, "艾克米");
  gpm_vendor_set_founded (vendor, 2019);
  gpm_vendor_set_segments (vendor, "npu; gpgpu;");
  g_assert_true (gpm_store_add_vendor (f->store, vendor, &change, &error));
  g_assert_no_error (error);
  assert_changed_once (f, &expected, "vendors");
  id = gpm_vendor_get_id (vendor);
  g_assert_cmpint (id, >, 2);
  g_assert_cmpstr (gpm_vendor_get_name (vendor), ==, "Acme Chips");
  g_assert_cmpstr (gpm_vendor_get_key (vendor), ==, "acme-chips");
  g_assert_cmpstr (gpm_store_change_get_description (change), ==, "Added vendor “Acme Chips”");
  g_assert_cmpstr (gpm_store_change_get_table (change), ==, "vendors");

  vendors = gpm_store_list_vendors (f->store, NULL, &error);
  g_assert_cmpuint (vendors->len, ==, 3);
  for (guint i = 0; i < vendors->len; i++)
    if (gpm_vendor_get_id (g_ptr_array_index (vendors, i)) == id)
      stored = g_ptr_array_index (vendors, i);
  g_assert_nonnull (stored);
  g_assert_cmpstr (gpm_vendor_get_name_zh (stored), ==, "艾克米");
  g_assert_cmpint (gpm_vendor_get_founded (stored), ==, 2019);
  g_assert_cmpstr (gpm_vendor_get_role (stored), ==, "chipmaker");
  g_assert_cmpstr (gpm_vendor_get_listing_status (stored), ==, "unknown");
  {
    g_auto(GStrv) segments = gpm_vendor_dup_segments (stored);

    g_assert_cmpuint (g_strv_length (segments), ==, 2);
    g_assert_cmpstr (segments[0], ==, "npu");
    g_assert_cmpstr (segments[1], ==, "gpgpu");
  }

  /* A second vendor of the same slug gets a key of its own. */
  {
    g_autoptr(GpmVendor) twin = gpm_vendor_new ("", "Acme-Chips Holding");

    gpm_vendor_set_name (twin, "ACME chips!");
    g_assert_true (gpm_store_add_vendor (f->store, twin, NULL, &error));
    g_assert_no_error (error);
    assert_changed_once (f, &expected, "vendors");
    g_assert_cmpstr (gpm_vendor_get_key (twin), ==, "acme-chips-2");
  }

  g_clear_pointer (&change, gpm_store_change_unref);
  gpm_vendor_set_country (vendor, "CN");
  g_assert_true (gpm_store_update_vendor (f->store, vendor, &change, &error));
  g_assert_no_error (error);
  assert_changed_once (f, &expected, "vendors");
  g_assert_cmpstr (gpm_store_change_get_description (change), ==,
                   "Changed vendor “Acme Chips”");

  /* Saving what is already stored changes nothing and says nothing. */
  g_clear_pointer (&change, gpm_store_change_unref);
  g_assert_true (gpm_store_update_vendor (f->store, vendor, &change, &error));
  g_assert_null (change);
  g_assert_cmpuint (f->n_changed, ==, expected);

  g_assert_true (gpm_store_delete_vendor (f->store, id, &change, &error));
  g_assert_no_error (error);
  assert_changed_once (f, &expected, "vendors");
  g_assert_cmpstr (gpm_store_change_get_description (change), ==,
                   "Deleted vendor “Acme Chips”");
  g_assert_cmpint (gpm_store_count (f->store, "vendors"), ==, 3);

  g_assert_false (gpm_store_delete_vendor (f->store, id, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (gpm_store_update_vendor (f->store, vendor, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (f->n_changed, ==, expected);
}

typedef void (*Spoil) (GpmVendor *vendor);

static void
spoil_empty_name (GpmVendor *v)
{
  gpm_vendor_set_name (v, "   ");
}

static void
spoil_duplicate_name (GpmVendor *v)
{
  gpm_vendor_set_name (v, "metax");
}

static void
spoil_duplicate_key (GpmVendor *v)
{
  gpm_vendor_set_key (v, "moore-threads");
}

static void
spoil_role (GpmVendor *v)
{
  gpm_vendor_set_role (v, "wizard");
}

static void
spoil_founded (GpmVendor *v)
{
  gpm_vendor_set_founded (v, 1200);
}

static void
spoil_listing (GpmVendor *v)
{
  gpm_vendor_set_listing_status (v, "delisted");
}

static void
test_vendor_validation (Fixture       *f,
                        gconstpointer  data)
{
  static const struct
  {
    Spoil       spoil;
    int         code;
    const char *message;
  } cases[] = {
    { spoil_empty_name, GPM_STORE_ERROR_INVALID, "Every vendor needs an English name." },
    { spoil_duplicate_name, GPM_STORE_ERROR_CONSTRAINT, "There is already a vendor called" },
    { spoil_duplicate_key, GPM_STORE_ERROR_CONSTRAINT, "“moore-threads” is already used" },
    { spoil_role, GPM_STORE_ERROR_INVALID, "“wizard” is not a vendor role." },
    { spoil_founded, GPM_STORE_ERROR_INVALID, "1200 is not a plausible founding year" },
    { spoil_listing, GPM_STORE_ERROR_INVALID, "“delisted” is not a listing status." },
  };
  g_autofree char *before = gpm_test_dump_database (f->path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GpmVendor) vendor = gpm_vendor_new ("new-vendor", "New Vendor");
      g_autoptr(GpmVendor) existing = gpm_vendor_new ("metax", "MetaX");
      g_autofree char *after = NULL;

      cases[i].spoil (vendor);
      g_assert_false (gpm_store_add_vendor (f->store, vendor, NULL, &error));
      g_assert_error (error, GPM_STORE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      g_assert_cmpint (gpm_vendor_get_id (vendor), ==, 0);
      g_clear_error (&error);

      /* The same rules hold for an update of a stored vendor. */
      gpm_vendor_set_id (existing, 1);
      cases[i].spoil (existing);
      if (cases[i].spoil != spoil_duplicate_name)
        {
          g_assert_false (gpm_store_update_vendor (f->store, existing, NULL, &error));
          g_assert_error (error, GPM_STORE_ERROR, cases[i].code);
        }

      after = gpm_test_dump_database (f->path);
      g_assert_cmpstr (before, ==, after);
    }

  g_assert_cmpuint (f->n_changed, ==, 0);
}

static void
test_vendor_delete_refused (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmEvent) event = new_event ("2025-06-30", "IPO application accepted");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 vendor_ids[] = { 1 };

  for (int i = 0; i < 12; i++)
    {
      g_autoptr(GpmObservation) o = new_observation (1, 1, "2024", i);

      g_assert_true (gpm_store_add_observation (f->store, o, NULL, &error));
    }
  gpm_event_set_vendor_ids (event, vendor_ids, 1);
  g_assert_true (gpm_store_add_event (f->store, event, NULL, &error));
  g_assert_no_error (error);
  f->n_changed = 0;

  before = gpm_test_dump_database (f->path);
  g_assert_false (gpm_store_delete_vendor (f->store, 1, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==,
                   "MetaX still has 12 figures and 1 event; delete them or move them to "
                   "another vendor first.");
  after = gpm_test_dump_database (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (f->n_changed, ==, 0);
}

/* Observations */

typedef void (*SpoilObservation) (GpmObservation *o);

static void
spoil_period (GpmObservation *o)
{
  gpm_observation_set_period (o, "2025-13");
}

static void
spoil_source (GpmObservation *o)
{
  gpm_observation_set_source_id (o, 0);
}

static void
spoil_gone_source (GpmObservation *o)
{
  gpm_observation_set_source_id (o, 99);
}

static void
spoil_quote (GpmObservation *o)
{
  gpm_observation_set_quote (o, " \t");
}

static void
spoil_value (GpmObservation *o)
{
  gpm_observation_set_value (o, NAN);
}

static void
spoil_infinite (GpmObservation *o)
{
  gpm_observation_set_value (o, INFINITY);
}

static void
spoil_both (GpmObservation *o)
{
  gpm_observation_set_scope_id (o, 1);
}

static void
spoil_neither (GpmObservation *o)
{
  gpm_observation_set_vendor_id (o, 0);
}

static void
spoil_metric (GpmObservation *o)
{
  gpm_observation_set_metric_id (o, 0);
}

static void
spoil_gone_metric (GpmObservation *o)
{
  gpm_observation_set_metric_id (o, 77);
}

static void
spoil_gone_vendor (GpmObservation *o)
{
  gpm_observation_set_vendor_id (o, 77);
}

static void
spoil_unit (GpmObservation *o)
{
  gpm_observation_set_unit (o, "");
}

static void
spoil_status (GpmObservation *o)
{
  gpm_observation_set_status (o, "rumour");
}

static void
spoil_qualifier (GpmObservation *o)
{
  gpm_observation_set_qualifier (o, "nearly");
}

static void
test_observation_validation (Fixture       *f,
                             gconstpointer  data)
{
  static const struct
  {
    SpoilObservation spoil;
    int              code;
    const char      *message;
  } cases[] = {
    { spoil_period, GPM_STORE_ERROR_INVALID,
      "“2025-13” is not a year, quarter, month or date; write 2025, 2025-Q1, 2025-07 or "
      "2025-07-15" },
    { spoil_source, GPM_STORE_ERROR_INVALID, "Every figure needs a source" },
    { spoil_gone_source, GPM_STORE_ERROR_NOT_FOUND, "source no longer exists" },
    { spoil_quote, GPM_STORE_ERROR_INVALID, "Every figure needs the sentence" },
    { spoil_value, GPM_STORE_ERROR_INVALID, "finite number" },
    { spoil_infinite, GPM_STORE_ERROR_INVALID, "finite number" },
    { spoil_both, GPM_STORE_ERROR_INVALID, "not both" },
    { spoil_neither, GPM_STORE_ERROR_INVALID, "choose one" },
    { spoil_metric, GPM_STORE_ERROR_INVALID, "needs a metric" },
    { spoil_gone_metric, GPM_STORE_ERROR_NOT_FOUND, "metric of this figure" },
    { spoil_gone_vendor, GPM_STORE_ERROR_NOT_FOUND, "vendor of this figure" },
    { spoil_unit, GPM_STORE_ERROR_INVALID, "needs a unit" },
    { spoil_status, GPM_STORE_ERROR_INVALID, "“rumour” is not a status" },
    { spoil_qualifier, GPM_STORE_ERROR_INVALID, "“nearly” is not a qualifier" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmObservation) stored = new_observation (1, 1, "2024", 7.43e8);
  g_autofree char *before = NULL;

  g_assert_true (gpm_store_add_observation (f->store, stored, NULL, &error));
  g_assert_no_error (error);
  f->n_changed = 0;
  before = gpm_test_dump_database (f->path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GpmObservation) o = new_observation (1, 1, "2025-Q1", 3.2e8);
      g_autoptr(GpmObservation) edited = gpm_observation_copy (stored);
      g_autofree char *after = NULL;

      g_test_message ("case %u: %s", i, cases[i].message);
      cases[i].spoil (o);
      g_assert_false (gpm_store_add_observation (f->store, o, NULL, &error));
      g_assert_error (error, GPM_STORE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      g_clear_error (&error);

      cases[i].spoil (edited);
      g_assert_false (gpm_store_update_observation (f->store, edited, NULL, &error));
      g_assert_error (error, GPM_STORE_ERROR, cases[i].code);
      g_clear_error (&error);

      after = gpm_test_dump_database (f->path);
      g_assert_cmpstr (before, ==, after);
    }

  g_assert_cmpuint (f->n_changed, ==, 0);
}

/* Events */

static void
test_event_crud (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmEvent) event = new_event ("2025-06-30", "IPO applications accepted");
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GPtrArray) events = NULL;
  gint64 ids[] = { 2, 1, 2 };
  const gint64 *stored_ids;
  GpmEvent *stored;
  guint expected = 0;
  guint n_ids;

  gpm_event_set_vendor_ids (event, ids, G_N_ELEMENTS (ids));
  g_assert_true (gpm_store_add_event (f->store, event, &change, &error));
  g_assert_no_error (error);
  assert_changed_once (f, &expected, "events");
  g_assert_cmpstr (gpm_store_change_get_description (change), ==,
                   "Added event “IPO applications accepted”");
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                                                 "SELECT count(*) FROM event_vendors"), ==, 2);

  events = gpm_store_list_events (f->store, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  stored = g_ptr_array_index (events, 0);
  stored_ids = gpm_event_get_vendor_ids (stored, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpint (stored_ids[0], ==, 1);
  g_assert_cmpint (stored_ids[1], ==, 2);
  g_assert_cmpstr (gpm_event_get_vendor_names (stored), ==, "MetaX;Moore Threads");
  g_assert_cmpstr (gpm_event_get_title_zh (stored), ==, "上市申請獲受理");

  ids[0] = 2;
  gpm_event_set_vendor_ids (event, ids, 1);
  gpm_event_set_date (event, "2025-07-01");
  g_clear_pointer (&change, gpm_store_change_unref);
  g_assert_true (gpm_store_update_event (f->store, event, &change, &error));
  g_assert_no_error (error);
  assert_changed_once (f, &expected, "events");
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                                                 "SELECT vendor_id FROM event_vendors"), ==, 2);

  g_clear_pointer (&change, gpm_store_change_unref);
  g_assert_true (gpm_store_delete_event (f->store, gpm_event_get_id (event), &change, &error));
  g_assert_no_error (error);
  assert_changed_once (f, &expected, "events");
  g_assert_cmpint (gpm_store_count (f->store, "events"), ==, 0);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                                                 "SELECT count(*) FROM event_vendors"), ==, 0);
}

static void
test_event_range (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const dates[] = { "2025-07-15", "2024", "2025-Q3", "2025-06-30" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(GpmEvent) event = new_event (dates[i], dates[i]);

      g_assert_true (gpm_store_add_event (f->store, event, NULL, &error));
      g_assert_no_error (error);
    }

  events = gpm_store_list_events (f->store, NULL, NULL, NULL, &error);
  g_assert_cmpuint (events->len, ==, 4);
  g_assert_cmpstr (gpm_event_get_date (g_ptr_array_index (events, 0)), ==, "2024");
  g_assert_cmpstr (gpm_event_get_date (g_ptr_array_index (events, 1)), ==, "2025-06-30");
  g_assert_cmpstr (gpm_event_get_date (g_ptr_array_index (events, 2)), ==, "2025-Q3");
  g_assert_cmpstr (gpm_event_get_date (g_ptr_array_index (events, 3)), ==, "2025-07-15");
  g_clear_pointer (&events, g_ptr_array_unref);

  events = gpm_store_list_events (f->store, "2025-07", "2025-07", NULL, &error);
  g_assert_cmpuint (events->len, ==, 2);
  g_clear_pointer (&events, g_ptr_array_unref);

  events = gpm_store_list_events (f->store, NULL, "2025-06", NULL, &error);
  g_assert_cmpuint (events->len, ==, 2);
  g_clear_pointer (&events, g_ptr_array_unref);

  {
    g_autoptr(GAsyncResult) result = NULL;

    gpm_store_list_events_async (f->store, "2025-Q3", NULL, NULL, on_list_ready, &result);
    events = gpm_store_list_events_finish (f->store, wait_for (&result), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (events->len, ==, 2);
  }

  g_assert_null (gpm_store_list_events (f->store, "2025/07", NULL, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
}

static void
test_event_validation (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *before = gpm_test_dump_database (f->path);
  g_autoptr(GError) error = NULL;
  gint64 gone[] = { 1, 99 };
  g_autofree char *after = NULL;

  {
    g_autoptr(GpmEvent) e = new_event ("2025-02-30", "Bad date");

    g_assert_false (gpm_store_add_event (f->store, e, NULL, &error));
    g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "“2025-02-30” is not a year"));
    g_clear_error (&error);
  }
  {
    g_autoptr(GpmEvent) e = new_event ("2025-07", "No quote");

    gpm_event_set_quote (e, "");
    g_assert_false (gpm_store_add_event (f->store, e, NULL, &error));
    g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autoptr(GpmEvent) e = new_event ("2025-07", "No source");

    gpm_event_set_source_id (e, 0);
    g_assert_false (gpm_store_add_event (f->store, e, NULL, &error));
    g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "Every event needs a source"));
    g_clear_error (&error);
  }
  {
    g_autoptr(GpmEvent) e = new_event ("2025-07", "Unknown category");

    gpm_event_set_category (e, "gossip");
    g_assert_false (gpm_store_add_event (f->store, e, NULL, &error));
    g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autoptr(GpmEvent) e = new_event ("2025-07", "Gone vendor");

    gpm_event_set_vendor_ids (e, gone, G_N_ELEMENTS (gone));
    g_assert_false (gpm_store_add_event (f->store, e, NULL, &error));
    g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  after = gpm_test_dump_database (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (f->n_changed, ==, 0);
}

/* Saved charts */

static void
test_charts (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmSavedChart) chart = gpm_saved_chart_new ("Revenue", "{\"type\": \"bar\"}");
  g_autoptr(GpmSavedChart) twin = gpm_saved_chart_new ("revenue ", "{}");
  g_autoptr(GpmSavedChart) broken = gpm_saved_chart_new ("Broken", "{\"type\": ");
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  g_autofree char *with_slide = NULL;
  g_autofree char *after_undo = NULL;
  guint expected = 0;
  gint64 id;

  g_assert_true (gpm_store_save_chart (f->store, chart, NULL, &error));
  g_assert_no_error (error);
  assert_changed_once (f, &expected, "saved_charts");
  id = gpm_saved_chart_get_id (chart);
  g_assert_cmpint (id, >, 0);
  g_assert_nonnull (strstr (gpm_saved_chart_get_created (chart), "T"));
  g_assert_cmpstr (gpm_saved_chart_get_created (chart), ==, gpm_saved_chart_get_modified (chart));

  /* Saving it unchanged is no change. */
  g_assert_true (gpm_store_save_chart (f->store, chart, &change, &error));
  g_assert_null (change);
  g_assert_cmpuint (f->n_changed, ==, expected);

  g_assert_false (gpm_store_save_chart (f->store, twin, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (gpm_store_save_chart (f->store, broken, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  gpm_saved_chart_set_spec (broken, "[1, 2]");
  g_assert_false (gpm_store_save_chart (f->store, broken, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (gpm_store_rename_chart (f->store, id, "Revenue by vendor", &change, &error));
  g_assert_no_error (error);
  assert_changed_once (f, &expected, "saved_charts");
  g_assert_cmpstr (gpm_store_change_get_description (change), ==,
                   "Renamed chart “Revenue” to “Revenue by vendor”");
  g_clear_pointer (&change, gpm_store_change_unref);

  charts = gpm_store_list_saved_charts (f->store, NULL, &error);
  g_assert_cmpuint (charts->len, ==, 1);
  g_assert_cmpstr (gpm_saved_chart_get_name (g_ptr_array_index (charts, 0)), ==,
                   "Revenue by vendor");
  g_assert_cmpstr (gpm_saved_chart_get_spec (g_ptr_array_index (charts, 0)), ==,
                   "{\"type\": \"bar\"}");

  /* A deck shows the chart: deleting takes the slide along, undo brings both back. */
  g_assert_true (gpm_store_exec_for_test (f->store,
                                          "INSERT INTO decks (id, name) VALUES (1, 'Board');"
                                          "INSERT INTO deck_slides (deck_id, position, chart_id)"
                                          " VALUES (1, 0, 1);", &error));
  with_slide = gpm_test_dump_database (f->path);
  g_assert_true (gpm_store_delete_chart (f->store, id, &change, &error));
  g_assert_no_error (error);
  assert_changed_once (f, &expected, "saved_charts");
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM deck_slides"),
                   ==, 0);
  g_assert_true (gpm_store_undo (f->store, change, &error));
  g_assert_no_error (error);
  assert_changed_once (f, &expected, "saved_charts");
  after_undo = gpm_test_dump_database (f->path);
  g_assert_cmpstr (with_slide, ==, after_undo);
}

/* Undo and redo */

typedef gboolean (*EditFunc) (Fixture         *f,
                              GpmStoreChange **change,
                              GError         **error);

static gint64 undo_vendor_id;
static gint64 undo_observation_id;
static gint64 undo_event_id;

static gboolean
add_vendor (Fixture *f, GpmStoreChange **change, GError **error)
{
  g_autoptr(GpmVendor) v = gpm_vendor_new ("biren", "Biren Technology");
  gboolean ok;

  gpm_vendor_set_name_zh (v, "壁仞科技");
  gpm_vendor_set_aliases (v, "Biren;壁仞");
  ok = gpm_store_add_vendor (f->store, v, change, error);
  undo_vendor_id = gpm_vendor_get_id (v);

  return ok;
}

static gboolean
update_vendor (Fixture *f, GpmStoreChange **change, GError **error)
{
  g_autoptr(GpmVendor) v = gpm_vendor_new ("metax", "MetaX Integrated Circuits");

  gpm_vendor_set_id (v, 1);
  gpm_vendor_set_founded (v, 2020);
  gpm_vendor_set_listing_status (v, "ipo-filed");

  return gpm_store_update_vendor (f->store, v, change, error);
}

static gboolean
delete_vendor (Fixture *f, GpmStoreChange **change, GError **error)
{
  return gpm_store_delete_vendor (f->store, 2, change, error);
}

static gboolean
add_observation (Fixture *f, GpmStoreChange **change, GError **error)
{
  g_autoptr(GpmObservation) o = new_observation (1, 1, "2025-Q1", 3.2e8);
  gboolean ok;

  gpm_observation_set_doubtful (o, TRUE);
  gpm_observation_set_note (o, "quarter only");
  ok = gpm_store_add_observation (f->store, o, change, error);
  undo_observation_id = gpm_observation_get_id (o);

  return ok;
}

static gboolean
update_observation (Fixture *f, GpmStoreChange **change, GError **error)
{
  g_autoptr(GpmObservation) o = new_observation (0, 2, "2024", 25.0);

  gpm_observation_set_id (o, undo_observation_id);
  gpm_observation_set_scope_id (o, 1);
  gpm_observation_set_unit (o, "%");
  gpm_observation_set_qualifier (o, "more-than");

  return gpm_store_update_observation (f->store, o, change, error);
}

static gboolean
delete_observation (Fixture *f, GpmStoreChange **change, GError **error)
{
  return gpm_store_delete_observation (f->store, undo_observation_id, change, error);
}

static gboolean
add_event (Fixture *f, GpmStoreChange **change, GError **error)
{
  g_autoptr(GpmEvent) e = new_event ("2025-06-30", "IPO applications accepted");
  gint64 ids[] = { 1, 2 };
  gboolean ok;

  gpm_event_set_vendor_ids (e, ids, 2);
  ok = gpm_store_add_event (f->store, e, change, error);
  undo_event_id = gpm_event_get_id (e);

  return ok;
}

static gboolean
update_event (Fixture *f, GpmStoreChange **change, GError **error)
{
  g_autoptr(GpmEvent) e = new_event ("2025-07", "Listing");
  gint64 ids[] = { 2 };

  gpm_event_set_id (e, undo_event_id);
  gpm_event_set_vendor_ids (e, ids, 1);
  gpm_event_set_note (e, "only one now");

  return gpm_store_update_event (f->store, e, change, error);
}

static gboolean
delete_event (Fixture *f, GpmStoreChange **change, GError **error)
{
  return gpm_store_delete_event (f->store, undo_event_id, change, error);
}

typedef struct
{
  const char *table;
  EditFunc    edits[3];
  const char *descriptions[3];
} UndoCase;

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  const UndoCase *c = data;
  g_autoptr(GError) error = NULL;
  guint expected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (c->edits); i++)
    {
      g_autoptr(GpmStoreChange) change = NULL;
      g_autofree char *before = gpm_test_dump_database (f->path);
      g_autofree char *after = NULL;
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;

      g_assert_true (c->edits[i] (f, &change, &error));
      g_assert_no_error (error);
      g_assert_nonnull (change);
      assert_changed_once (f, &expected, c->table);
      g_assert_cmpstr (gpm_store_change_get_description (change), ==, c->descriptions[i]);
      after = gpm_test_dump_database (f->path);
      g_assert_cmpstr (before, !=, after);

      g_assert_true (gpm_store_undo (f->store, change, &error));
      g_assert_no_error (error);
      assert_changed_once (f, &expected, c->table);
      undone = gpm_test_dump_database (f->path);
      g_assert_cmpstr (before, ==, undone);

      /* Undoing twice would find the rows already as they were before: a conflict. */
      g_assert_false (gpm_store_undo (f->store, change, &error));
      g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONFLICT);
      g_clear_error (&error);
      g_assert_cmpuint (f->n_changed, ==, expected);

      g_assert_true (gpm_store_redo (f->store, change, &error));
      g_assert_no_error (error);
      assert_changed_once (f, &expected, c->table);
      redone = gpm_test_dump_database (f->path);
      g_assert_cmpstr (after, ==, redone);
    }
}

static void
test_undo_conflict (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStoreChange) added = NULL;
  g_autoptr(GpmVendor) vendor = gpm_vendor_new ("biren", "Biren");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (gpm_store_add_vendor (f->store, vendor, &added, &error));
  gpm_vendor_set_note (vendor, "edited after the add");
  g_assert_true (gpm_store_update_vendor (f->store, vendor, NULL, &error));
  g_assert_no_error (error);

  /* The add cannot be undone on its own: it would throw the later edit away. */
  before = gpm_test_dump_database (f->path);
  g_assert_false (gpm_store_undo (f->store, added, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Added vendor “Biren”"));
  after = gpm_test_dump_database (f->path);
  g_assert_cmpstr (before, ==, after);
}

/* Cancellation */

#define N_BIG 200000

static void
fill_big (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("WITH RECURSIVE n (i) AS"
                         " (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)"
                         " INSERT INTO observations (vendor_id, scope_id, metric_id, period,"
                         " value, unit, source_id, quote)"
                         " SELECT CASE WHEN i %% 3 = 0 THEN NULL ELSE 1 + i %% 2 END,"
                         " CASE WHEN i %% 3 = 0 THEN 1 END, 1 + i %% 2,"
                         " printf ('%%04d-%%02d', 1990 + i %% 35, 1 + i %% 12),"
                         " i * 1.5, 'CNY', 1, 'generated ' || i FROM n",
                         N_BIG);
  g_assert_true (gpm_store_exec_for_test (f->store, sql, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_count (f->store, "observations"), ==, N_BIG);
}

static gpointer
list_in_thread (gpointer data)
{
  gpointer *args = data;
  GError *error = NULL;
  GPtrArray *items;

  items = gpm_store_list_observations (args[0], NULL, args[1], &error);
  g_assert_null (items);

  return error;
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) items = NULL;
  GpmObservationFilter filter = { .vendor_id = 2, .from = "2020", .to = "2020-Q1" };

  fill_big (f);

  /* Cancelled at once: the worker must not hand over a result. */
  gpm_store_list_observations_async (f->store, NULL, cancellable, on_list_ready, &result);
  g_cancellable_cancel (cancellable);
  items = gpm_store_list_observations_finish (f->store, wait_for (&result), &error);
  g_assert_null (items);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Cancelled while SQLite sorts: the progress handler interrupts it. */
  {
    g_autoptr(GCancellable) later = g_cancellable_new ();
    gpointer args[] = { f->store, later };
    GThread *thread = g_thread_new ("list", list_in_thread, args);
    GError *thread_error;

    g_usleep (20 * 1000);
    g_cancellable_cancel (later);
    thread_error = g_thread_join (thread);
    g_assert_error (thread_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_error_free (thread_error);
  }

  /* The store still answers, and the whole table is there. */
  g_assert_cmpint (gpm_store_count (f->store, "observations"), ==, N_BIG);
  items = gpm_store_list_observations (f->store, &filter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, >, 0);
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpint (gpm_observation_get_vendor_id (g_ptr_array_index (items, i)), ==, 2);
}

static void
test_full_list (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;

  fill_big (f);
  items = gpm_store_list_observations (f->store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, N_BIG);
}

/* Threads */

static gpointer
read_many (gpointer store)
{
  for (int i = 0; i < 50; i++)
    {
      g_autoptr(GPtrArray) vendors = gpm_store_list_vendors (store, NULL, NULL);

      g_assert_nonnull (vendors);
      g_assert_cmpint (gpm_store_count (store, "vendors"), >=, 2);
    }

  return NULL;
}

static void
test_threads (Fixture       *f,
              gconstpointer  data)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", read_many, f->store);

  for (int i = 0; i < 50; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("Vendor %d", i);
      g_autoptr(GpmVendor) vendor = gpm_vendor_new (NULL, name);

      g_assert_true (gpm_store_add_vendor (f->store, vendor, NULL, &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
  g_assert_cmpint (gpm_store_count (f->store, "vendors"), ==, 52);
}

/* Vendor search */

static void
test_vendor_matches (void)
{
  g_autoptr(GpmVendor) metax = gpm_vendor_new ("metax", "MetaX");
  g_autoptr(GpmVendor) moore = gpm_vendor_new ("moore-threads", "Moore Threads");
  g_autoptr(GpmVendor) nvidia = gpm_vendor_new ("nvidia", "NVIDIA");

  gpm_vendor_set_name_zh (metax, "沐曦");
  gpm_vendor_set_name_zh_hant (metax, "沐曦");
  gpm_vendor_set_aliases (metax, "沐曦股份;沐曦集成电路");
  gpm_vendor_set_name_zh (moore, "摩尔线程");
  gpm_vendor_set_name_zh_hant (moore, "摩爾線程");
  gpm_vendor_set_name_zh (nvidia, "英伟达");
  gpm_vendor_set_aliases (nvidia, "輝達");

  g_assert_true (gpm_vendor_matches (metax, "沐曦"));
  g_assert_true (gpm_vendor_matches (metax, "MetaX"));
  g_assert_true (gpm_vendor_matches (metax, "metax"));
  g_assert_true (gpm_vendor_matches (metax, "ＭｅｔａＸ"));
  g_assert_true (gpm_vendor_matches (metax, "集成電路"));
  g_assert_false (gpm_vendor_matches (metax, "摩尔"));

  /* Simplified finds Traditional and back, whichever of the two names is filled in. */
  g_assert_true (gpm_vendor_matches (moore, "摩尔"));
  g_assert_true (gpm_vendor_matches (moore, "摩爾"));
  g_assert_true (gpm_vendor_matches (moore, "爾線"));
  g_assert_true (gpm_vendor_matches (moore, " moore "));
  g_assert_true (gpm_vendor_matches (nvidia, "英伟达"));
  g_assert_true (gpm_vendor_matches (nvidia, "英偉達"));
  g_assert_true (gpm_vendor_matches (nvidia, "NVIDIA"));
  g_assert_true (gpm_vendor_matches (nvidia, "nvidia"));
  g_assert_true (gpm_vendor_matches (nvidia, "辉达"));
  g_assert_false (gpm_vendor_matches (nvidia, "沐曦"));

  /* Names are searched one by one, never across the join between two. */
  g_assert_false (gpm_vendor_matches (moore, "threads\nmoore"));
  g_assert_false (gpm_vendor_matches (metax, "股份;沐"));
  g_assert_true (gpm_vendor_matches (metax, ""));
  g_assert_true (gpm_vendor_matches (metax, NULL));

  /* The folded text follows edits. */
  gpm_vendor_set_aliases (metax, "");
  g_assert_false (gpm_vendor_matches (metax, "集成"));
}

static void
test_vendor_matches_dataset (Fixture       *f,
                             gconstpointer  data)
{
  static const struct
  {
    const char *needle;
    const char *key;
  } cases[] = {
    { "沐曦", "metax" }, { "MetaX", "metax" }, { "metax", "metax" },
    { "摩尔", "moore-threads" }, { "摩爾", "moore-threads" },
    { "英伟达", "nvidia" }, { "英偉達", "nvidia" }, { "NVIDIA", "nvidia" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) vendors = NULL;

  if (!dataset_is_bundled ())
    {
      g_test_skip ("no bundled dataset");
      return;
    }

  f->store = gpm_store_open (f->path, &error);
  g_assert_no_error (error);
  vendors = gpm_store_list_vendors (f->store, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint n_found = 0;

      for (guint j = 0; j < vendors->len; j++)
        {
          GpmVendor *vendor = g_ptr_array_index (vendors, j);

          if (gpm_vendor_matches (vendor, cases[i].needle))
            {
              g_assert_cmpstr (gpm_vendor_get_key (vendor), ==, cases[i].key);
              n_found++;
            }
        }
      g_assert_cmpuint (n_found, ==, 1);
    }
}

static void
test_item_copy (void)
{
  g_autoptr(GpmObservation) o = new_observation (1, 2, "2025-Q1", 1.5);
  g_autoptr(GpmObservation) copy = NULL;
  g_autoptr(GpmEvent) e = new_event ("2025", "Title");
  g_autoptr(GpmEvent) event_copy = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 raw[] = { 5, 3, 5, -1, 0 };
  guint n_props;
  g_autofree GParamSpec **props = g_object_class_list_properties (G_OBJECT_GET_CLASS (o),
                                                                  &n_props);

  gpm_observation_set_id (o, 9);
  gpm_observation_set_labels (o, "MetaX", "沐曦", "revenue", "A fixture article");
  copy = gpm_observation_copy (o);

  /* Every property, writable or not, survives the copy. */
  for (guint i = 0; i < n_props; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      g_value_init (&a, props[i]->value_type);
      g_value_init (&b, props[i]->value_type);
      g_object_get_property (G_OBJECT (o), props[i]->name, &a);
      g_object_get_property (G_OBJECT (copy), props[i]->name, &b);
      g_assert_cmpint (g_param_values_cmp (props[i], &a, &b), ==, 0);
    }

  /* Event vendor ids are a set. */
  gpm_event_set_vendor_ids (e, raw, G_N_ELEMENTS (raw));
  g_object_get (e, "vendor-ids", &ids, NULL);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 5);
  g_assert_true (gpm_event_has_vendor (e, 5));
  g_assert_false (gpm_event_has_vendor (e, 4));
  event_copy = gpm_event_copy (e);
  g_assert_true (gpm_event_has_vendor (event_copy, 3));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *n)
{
  (*n)++;
}

static void
test_item_notify (void)
{
  g_autoptr(GpmVendor) vendor = gpm_vendor_new ("metax", "MetaX");
  guint n = 0;

  g_signal_connect (vendor, "notify", G_CALLBACK (count_notify), &n);
  gpm_vendor_set_name (vendor, "MetaX");
  gpm_vendor_set_founded (vendor, 0);
  g_object_set (vendor, "role", "chipmaker", NULL);
  g_assert_cmpuint (n, ==, 0);
  gpm_vendor_set_name (vendor, "MetaX Integrated Circuits");
  gpm_vendor_set_founded (vendor, 2020);
  g_assert_cmpuint (n, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  static const RefusalCase refusals[] = {
    { make_text_file, GPM_STORE_ERROR_NOT_DATABASE },
    { make_random_file, GPM_STORE_ERROR_NOT_DATABASE },
    { make_foreign_file, GPM_STORE_ERROR_FOREIGN },
    { make_foreign_wal_file, GPM_STORE_ERROR_FOREIGN },
    { make_too_new_file, GPM_STORE_ERROR_TOO_NEW },
    { make_truncated_file, GPM_STORE_ERROR_NOT_DATABASE },
  };
  static const UndoCase undo_vendors = {
    "vendors",
    { add_vendor, update_vendor, delete_vendor },
    { "Added vendor “Biren Technology”", "Changed vendor “MetaX Integrated Circuits”",
      "Deleted vendor “Moore Threads”" },
  };
  static const UndoCase undo_observations = {
    "observations",
    { add_observation, update_observation, delete_observation },
    { "Added figure “MetaX · Revenue · 2025-Q1”",
      "Changed figure “China · Market share · 2024”",
      "Deleted figure “China · Market share · 2024”" },
  };
  static const UndoCase undo_events = {
    "events",
    { add_event, update_event, delete_event },
    { "Added event “IPO applications accepted”", "Changed event “Listing”",
      "Deleted event “Listing”" },
  };

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data, setup) \
  g_test_add (path, Fixture, data, setup, func, fixture_tear_down)

  ADD ("/store/create/dataset", test_create_with_dataset, NULL, fixture_set_up);
  ADD ("/store/create/no-dataset", test_create_without_dataset, NULL, fixture_set_up);
  ADD ("/store/create/empty-file", test_create_in_empty_file, NULL, fixture_set_up);
  g_test_add_func ("/store/create/default-path", test_default_path);
  ADD ("/store/refuse/text", test_refuse, &refusals[0], fixture_set_up);
  ADD ("/store/refuse/random", test_refuse, &refusals[1], fixture_set_up);
  ADD ("/store/refuse/foreign", test_refuse, &refusals[2], fixture_set_up);
  ADD ("/store/refuse/foreign-wal", test_refuse, &refusals[3], fixture_set_up);
  ADD ("/store/refuse/too-new", test_refuse, &refusals[4], fixture_set_up);
  ADD ("/store/refuse/truncated", test_refuse, &refusals[5], fixture_set_up);
  ADD ("/store/refuse/folder", test_refuse_folder, NULL, fixture_set_up);
  ADD ("/store/read-only", test_read_only, NULL, fixture_set_up_world);
  ADD ("/store/list/observations", test_list_observations, NULL, fixture_set_up_world);
  ADD ("/store/list/async", test_list_async, NULL, fixture_set_up_world);
  ADD ("/store/list/foreach", test_foreach_observation, NULL, fixture_set_up);
  ADD ("/store/vendors/crud", test_vendor_crud, NULL, fixture_set_up_world);
  ADD ("/store/vendors/validation", test_vendor_validation, NULL, fixture_set_up_world);
  ADD ("/store/vendors/delete-refused", test_vendor_delete_refused, NULL,
       fixture_set_up_world);
  ADD ("/store/observations/validation", test_observation_validation, NULL,
       fixture_set_up_world);
  ADD ("/store/events/crud", test_event_crud, NULL, fixture_set_up_world);
  ADD ("/store/events/range", test_event_range, NULL, fixture_set_up_world);
  ADD ("/store/events/validation", test_event_validation, NULL, fixture_set_up_world);
  ADD ("/store/charts", test_charts, NULL, fixture_set_up_world);
  ADD ("/store/undo/vendors", test_undo_redo, &undo_vendors, fixture_set_up_world);
  ADD ("/store/undo/observations", test_undo_redo, &undo_observations, fixture_set_up_world);
  ADD ("/store/undo/events", test_undo_redo, &undo_events, fixture_set_up_world);
  ADD ("/store/undo/conflict", test_undo_conflict, NULL, fixture_set_up_world);
  ADD ("/store/cancel", test_cancel, NULL, fixture_set_up_world);
  ADD ("/store/threads", test_threads, NULL, fixture_set_up_world);
  g_test_add_func ("/store/search/vendor", test_vendor_matches);
  ADD ("/store/search/dataset", test_vendor_matches_dataset, NULL, fixture_set_up);
  g_test_add_func ("/store/items/copy", test_item_copy);
  g_test_add_func ("/store/items/notify", test_item_notify);

  /* A full 200,000-row listing is a benchmark, not a unit test. */
  if (g_test_perf ())
    ADD ("/store/perf/full-list", test_full_list, NULL, fixture_set_up_world);

#undef ADD

  return g_test_run ();
}
