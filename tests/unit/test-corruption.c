/* test-corruption.c — damaged and hostile database files: never a crash, never a write.
 *
 * A thousand seeded byte-flip mutants of a real database made by the app, then files
 * built to attack: triggers and views of another program's, a giant value, a file
 * nobody may write. Each either opens or is refused with a message that names the
 * file; a refused file is byte for byte as it was, and nothing in it runs.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "gpm-store-private.h"
#include "gpm-test-db.h"

#define N_MUTANTS 1000
#define SEED      20261128

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = gpm_test_make_dir ("test-corruption");
  f->path = g_build_filename (f->dir, "market.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* What a user does first with a file that opened: look at every list. Errors are fine
 * (a damaged page is only found when read), crashes and criticals are not. */
static void
read_everything (GpmStore *store)
{
  static const char * const tables[] = { "vendors", "observations", "events",
                                         "saved_charts", "sources", "metrics", "scopes" };
  GpmObservationFilter filter = { 0, };
  GPtrArray *lists[5];

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    gpm_store_count (store, tables[i]);
  lists[0] = gpm_store_list_vendors (store, NULL, NULL);
  lists[1] = gpm_store_list_observations (store, &filter, NULL, NULL);
  lists[2] = gpm_store_list_events (store, NULL, NULL, NULL, NULL);
  lists[3] = gpm_store_list_saved_charts (store, NULL, NULL);
  lists[4] = gpm_store_list_sources (store, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    g_clear_pointer (&lists[i], g_ptr_array_unref);
}

static void
assert_names_file (const GError *error,
                   const char   *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_assert_nonnull (error);
  if (strstr (error->message, name) == NULL)
    g_error ("The message does not name %s: %s", name, error->message);
}

/* Flips 1–8 bytes: a third in the 100-byte header, a third in the rest of page 1 (the
 * schema), a third anywhere. */
static void
mutate (GRand  *rand,
        guint8 *bytes,
        gsize   length)
{
  int n = g_rand_int_range (rand, 1, 9);

  for (int i = 0; i < n; i++)
    {
      gsize offset;

      switch (g_rand_int_range (rand, 0, 3))
        {
        case 0:
          offset = g_rand_int_range (rand, 0, 100);
          break;
        case 1:
          offset = g_rand_int_range (rand, 100, MIN (length, 4096));
          break;
        default:
          offset = g_rand_int_range (rand, 0, length);
          break;
        }
      bytes[offset] ^= g_rand_int_range (rand, 1, 256);
    }
}

static void
test_byte_flips (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *original = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autofree char *mutant_path = g_build_filename (f->dir, "mutant.db", NULL);
  guint n_opened = 0, n_refused = 0, n_changed = 0;
  gsize length;

  gpm_test_make_database (f->path, TRUE);
  g_assert_true (g_file_get_contents (f->path, &original, &length, NULL));

  for (guint i = 0; i < N_MUTANTS; i++)
    {
      g_autofree guint8 *bytes = g_memdup2 (original, length);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;
      GpmStore *store;

      mutate (rand, bytes, length);
      gpm_test_remove_side_files (mutant_path);
      /* No fsync: a thousand of them would be most of the test's time. */
      g_assert_true (g_file_set_contents_full (mutant_path, (const char *) bytes, length,
                                               G_FILE_SET_CONTENTS_NONE, 0644, NULL));
      before = gpm_test_file_sha256 (mutant_path);

      store = gpm_store_open (mutant_path, &error);
      if (store != NULL)
        {
          n_opened++;
          read_everything (store);
          g_object_unref (store);
        }
      else
        {
          n_refused++;
          g_assert_true (error->domain == GPM_STORE_ERROR);
          assert_names_file (error, mutant_path);
          g_assert_false (gpm_test_has_side_files (mutant_path));
        }

      after = gpm_test_file_sha256 (mutant_path);
      if (!g_str_equal (before, after))
        {
          g_test_message ("mutant %u (%s) changed", i, store != NULL ? "opened" : "refused");
          n_changed++;
        }
    }

  g_print ("byte-flip: %u mutants, 0 crashes, %u opened, %u refused, %u changed\n",
           N_MUTANTS, n_opened, n_refused, n_changed);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (n_opened + n_refused, ==, N_MUTANTS);
}

/* Hostile files */

typedef struct
{
  const char *name;
  const char *sql;    /* run by "another program" on a database the app made */
  int         code;   /* the refusal, or -1 for a file that opens */
} Hostile;

static const Hostile hostiles[] = {
  { "trigger",
    "CREATE TABLE pwned (what TEXT);"
    "CREATE TRIGGER evil_insert AFTER INSERT ON vendors"
    "  BEGIN INSERT INTO pwned VALUES ('insert'); END;"
    "CREATE TRIGGER evil_update AFTER UPDATE ON vendors"
    "  BEGIN DELETE FROM observations; INSERT INTO pwned VALUES ('update'); END;",
    GPM_STORE_ERROR_FOREIGN },
  { "trigger-on-delete",
    "CREATE TABLE pwned (what TEXT);"
    "CREATE TRIGGER evil BEFORE DELETE ON events"
    "  BEGIN INSERT INTO pwned VALUES ('delete'); END;",
    GPM_STORE_ERROR_FOREIGN },
  { "view-shadowing",
    "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON;"
    "ALTER TABLE scopes RENAME TO real_scopes;"
    "CREATE VIEW scopes AS SELECT id, key, 'Pwned ' || name AS name, name_zh"
    "  FROM real_scopes;",
    GPM_STORE_ERROR_FOREIGN },
  { "view-extra",
    "CREATE VIEW everything AS SELECT * FROM vendors, observations, events;",
    GPM_STORE_ERROR_FOREIGN },
  { "huge-value",
    "UPDATE vendors SET note = hex (randomblob (10 * 1024 * 1024)) WHERE id = 1;",
    -1 },
  { "wrong-application-id",
    "PRAGMA application_id = 1;",
    GPM_STORE_ERROR_FOREIGN },
  { "newer-version",
    "PRAGMA user_version = 999;",
    GPM_STORE_ERROR_TOO_NEW },
};

static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  const Hostile *h = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GpmStore *store;

  gpm_test_make_database (f->path, FALSE);
  gpm_test_run_sql (f->path, h->sql);
  before = gpm_test_file_sha256 (f->path);

  store = gpm_store_open (f->path, &error);
  if (h->code == -1)
    {
      g_assert_no_error (error);
      read_everything (store);
      g_object_unref (store);
    }
  else
    {
      g_assert_null (store);
      g_assert_error (error, GPM_STORE_ERROR, h->code);
      assert_names_file (error, f->path);
      /* The way out is part of the message. */
      g_assert_nonnull (strstr (error->message, "another file"));
    }

  after = gpm_test_file_sha256 (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (gpm_test_has_side_files (f->path));
}

/* A huge value is refused where it is read, not loaded whole into memory. */
static void
test_huge_value (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GPtrArray) vendors = NULL;

  gpm_test_make_database (f->path, FALSE);
  gpm_test_run_sql (f->path, "UPDATE vendors SET note = hex (randomblob (10 * 1024 * 1024))"
                             " WHERE id = 1");
  store = gpm_store_open (f->path, &error);
  g_assert_no_error (error);

  vendors = gpm_store_list_vendors (store, NULL, &error);
  g_assert_null (vendors);
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED);
  g_assert_cmpint (gpm_store_count (store, "vendors"), ==, 2);
}

/* Nothing a trigger would do happened: the app refused, so its own edit never ran, and a
 * plain look at the file finds the trap table empty. */
static void
test_trigger_never_runs (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;

  gpm_test_make_database (f->path, FALSE);
  gpm_test_run_sql (f->path, hostiles[0].sql);
  g_assert_null (gpm_store_open (f->path, &error));
  g_clear_error (&error);
  g_assert_null (gpm_store_open_full (f->path, GPM_STORE_OPEN_READ_ONLY, &error));

  dump = gpm_test_dump_database (f->path);
  /* The trap table is there, and empty: the next line is the next table. */
  g_assert_nonnull (strstr (dump, "[pwned]\n["));
}

/* chmod a-w: opened read-only (even by root), edits refused, not a byte written. */
static void
test_write_protected (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmVendor) vendor = gpm_vendor_new (NULL, "Biren");
  g_autoptr(GPtrArray) vendors = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GpmStore *store;

  gpm_test_make_database (f->path, FALSE);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  before = gpm_test_file_sha256 (f->path);

  store = gpm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (gpm_store_is_read_only (store));
  vendors = gpm_store_list_vendors (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vendors->len, ==, 2);
  g_assert_false (gpm_store_add_vendor (store, vendor, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_READ_ONLY);
  g_object_unref (store);

  after = gpm_test_file_sha256 (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (gpm_test_has_side_files (f->path));
}

/* A folder where the file should be, and a file cut short: refused, named. */
static void
test_not_a_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize length;

  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  g_assert_null (gpm_store_open (f->path, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_OPEN);
  assert_names_file (error, f->path);
  g_rmdir (f->path);
  g_clear_error (&error);

  gpm_test_make_database (f->path, TRUE);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length / 3, NULL));
  before = gpm_test_file_sha256 (f->path);
  g_assert_null (gpm_store_open (f->path, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_DATABASE);
  assert_names_file (error, f->path);
  after = gpm_test_file_sha256 (f->path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/corruption/byte-flips", test_byte_flips, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (hostiles); i++)
    {
      g_autofree char *path = g_strdup_printf ("/corruption/hostile/%s", hostiles[i].name);

      ADD (path, test_hostile, &hostiles[i]);
    }
  ADD ("/corruption/huge-value", test_huge_value, NULL);
  ADD ("/corruption/trigger-never-runs", test_trigger_never_runs, NULL);
  ADD ("/corruption/write-protected", test_write_protected, NULL);
  ADD ("/corruption/not-a-file", test_not_a_file, NULL);

#undef ADD

  return g_test_run ();
}
