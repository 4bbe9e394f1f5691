/* gpm-test-db.c — see gpm-test-db.h. Dumps go through SQLite directly, not the store,
 * so a store bug cannot hide in its own check. */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "gpm-store.h"
#include "gpm-test-db.h"

/* A small world of our own when the bundled dataset is not wanted. */
#define WORLD_SQL \
  "INSERT INTO sources (id, key, publisher, title, language)" \
  "  VALUES (1, 'fixture', 'Fixture Press', 'A fixture article', 'en');" \
  "INSERT INTO scopes (id, key, name, name_zh) VALUES (1, 'china', 'China', '中国');" \
  "INSERT INTO metrics (id, key, name, name_zh, kind, unit)" \
  "  VALUES (1, 'revenue', 'Revenue', '营收', 'money', 'CNY');" \
  "INSERT INTO vendors (id, key, name, name_zh, name_zh_hant)" \
  "  VALUES (1, 'metax', 'MetaX', '沐曦', '沐曦')," \
  "         (2, 'moore-threads', 'Moore Threads', '摩尔线程', '摩爾線程');"

char *
gpm_test_make_dir (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("gpm-%s-XXXXXX", name);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

void
gpm_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_chmod (path, 0700);
  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        gpm_test_remove_tree (child);
      }

  g_remove (path);
}

char *
gpm_test_file_sha256 (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static const char * const side_suffixes[] = { "-wal", "-shm", "-journal" };

gboolean
gpm_test_has_side_files (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, side_suffixes[i], NULL);

      if (g_file_test (side, G_FILE_TEST_EXISTS))
        return TRUE;
    }

  return FALSE;
}

void
gpm_test_remove_side_files (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, side_suffixes[i], NULL);

      g_unlink (side);
    }
}

/* Every row of every table, as text. */
char *
gpm_test_dump_database (const char *path)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", path);
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *tables = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " ORDER BY name", -1, &tables, NULL), ==, SQLITE_OK);

  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", table);
      g_autofree char *sql_1 = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1", table);
      sqlite3_stmt *rows = NULL;

      /* The second column breaks ties of the first (a two-column key); a one-column
       * table (another program's) has none. */
      g_string_append_printf (dump, "[%s]\n", table);
      if (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL) != SQLITE_OK)
        g_assert_cmpint (sqlite3_prepare_v2 (db, sql_1, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (rows); i++)
            g_string_append_printf (dump, "%d:%s|", sqlite3_column_type (rows, i),
                                    (const char *) sqlite3_column_text (rows, i));
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (rows);
    }

  sqlite3_finalize (tables);
  sqlite3_close (db);

  return g_string_free (dump, FALSE);
}

/* A database as the app makes it: with the bundled dataset, or with a small world. */
void
gpm_test_make_database (const char *path,
                        gboolean    with_dataset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;

  store = gpm_store_open_full (path, with_dataset ? GPM_STORE_OPEN_DEFAULT
                                                  : GPM_STORE_OPEN_NO_DATASET, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  if (!with_dataset)
    gpm_test_run_sql (path, WORLD_SQL);
  g_assert_false (gpm_test_has_side_files (path));
}

/* SQL run by "another program": a plain connection without any of the store's care. */
void
gpm_test_run_sql (const char *path,
                  const char *sql)
{
  char *message = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

void
gpm_test_store_set_up (GpmTestStore *f,
                       const char   *name)
{
  g_autoptr(GError) error = NULL;

  f->dir = gpm_test_make_dir (name);
  f->db = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (f->db, &error);
  g_assert_no_error (error);
}

void
gpm_test_store_tear_down (GpmTestStore *f)
{
  g_clear_object (&f->store);
  gpm_test_remove_tree (f->dir);
  g_clear_pointer (&f->db, g_free);
  g_clear_pointer (&f->dir, g_free);
}
