/* test-import-cli.c — `gpu-market import` as a script or a terminal user runs it. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gpm-test-db.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = gpm_test_make_dir ("import-cli");
  f->db = g_build_filename (f->dir, "market.db", NULL);
  gpm_test_make_database (f->db, TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpm_test_remove_tree (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

/* Runs gpu-market with ARGS (NULL-terminated) on the fixture's database. */
static int
run (Fixture  *f,
     char    **out,
     char    **err,
     ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *exe = g_build_filename (g_getenv ("GPM_BUILD_DIR"), "src", "gpu-market",
                                           NULL);
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  int status;
  va_list args;

  g_strv_builder_add (builder, exe);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, arg);
  va_end (args);
  g_strv_builder_add_many (builder, "--database", f->db, NULL);
  argv = g_strv_builder_end (builder);

  g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_unchanged (Fixture    *f,
                  const char *before)
{
  g_autofree char *now = gpm_test_file_sha256 (f->db);

  g_assert_cmpstr (now, ==, before);
}

static const char table[] =
  "廠商,指標,時間,數值,單位\n"
  "摩爾線程,營業收入,2024年,4.38,億元\n"
  "沐曦,revenue,2024年第一季度,1.5,亿元\n"
  "沐曦,revenue,2023,n/a,亿元\n";

static void
test_dry_run_then_import (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = write_file (f, "table.csv", table);
  g_autofree char *problems = g_build_filename (f->dir, "problems.csv", NULL);
  g_autofree char *before = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *list = NULL;

  before = gpm_test_file_sha256 (f->db);

  g_assert_cmpint (run (f, &out, &err, "import", path, "--dry-run", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "new: 2"));
  g_assert_nonnull (strstr (out, "skipped: 1"));
  g_assert_nonnull (strstr (out, "line 4"));
  g_assert_nonnull (strstr (out, "Dry run"));
  assert_unchanged (f, before);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (f, &out, &err, "import", path, "--problems", problems, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Imported"));
  g_assert_true (g_file_get_contents (problems, &list, NULL, NULL));
  g_assert_true (g_str_has_prefix (list, "line,column,reason\r\n4,數值,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Again: nothing new. */
  g_assert_cmpint (run (f, &out, &err, "import", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "new: 0, changed: 0, unchanged: 2"));
}

static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = write_file (f, "table.csv", table);
  g_autofree char *mark = write_file (f, "mark.csv", "subject,metric,period,value\n"
                                                     "MetaX,shipments,2030,\"1,234\"\n");
  g_autofree char *before = NULL;
  struct { const char *args[4]; int status; const char *message; } cases[] = {
    { { "--on-error", "stop" }, 1, "Nothing was imported" },
    { { "--encoding", "latin9" }, 2, "latin9" },
    { { "--mapping", "value=利潤" }, 1, "利潤" },
    { { "--mapping", "period=none" }, 1, "Period" },
    { { "--on-error", "maybe" }, 2, "maybe" },
  };

  before = gpm_test_file_sha256 (f->db);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run (f, &out, &err, "import", path, cases[i].args[0], cases[i].args[1],
                            NULL), ==, cases[i].status);
      g_assert_nonnull (strstr (err, cases[i].message));
      g_assert_true (g_str_has_prefix (err, "gpu-market import: "));
      assert_unchanged (f, before);
    }

  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    /* An ambiguous number refuses the import and names the way out. */
    g_assert_cmpint (run (f, &out, &err, "import", mark, NULL), ==, 1);
    g_assert_nonnull (strstr (err, "1,234"));
    assert_unchanged (f, before);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);

    g_assert_cmpint (run (f, &out, &err, "import", mark, "--decimal-mark", "point", NULL),
                     ==, 0);
    g_assert_nonnull (strstr (out, "new: 1"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);

    g_assert_cmpint (run (f, &out, &err, "import", "/nonexistent/file.csv", NULL), ==, 1);
    g_assert_nonnull (strstr (err, "file.csv"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import-cli/dry-run-then-import", Fixture, NULL, fixture_set_up,
              test_dry_run_then_import, fixture_tear_down);
  g_test_add ("/import-cli/failures", Fixture, NULL, fixture_set_up, test_failures,
              fixture_tear_down);

  return g_test_run ();
}
