/* test-export-deck.c — `gpu-market export-deck`: the deck (or every saved chart) as one
 * PDF with a page a slide, written whole or not at all, with one line and a non-zero
 * exit on each error.
 *
 * Every test works on its own copy of the bundled dataset in a temporary folder.
 */

#define _GNU_SOURCE  /* memmem */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "gpm-store-decks.h"

typedef struct
{
  char *dir;
  char *db;
  char *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;

  f->dir = g_dir_make_tmp ("gpm-deck-pdf-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "market.db", NULL);
  f->pdf = g_build_filename (f->dir, "handout.pdf", NULL);
  store = gpm_store_open (f->db, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->pdf);
}

static int
run_cli (const char * const *args,
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

/* Pages of a PDF as cairo writes it: one "/Type /Page" object each ("/Pages" is not). */
static guint
count_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint pages = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (length > 5 && memcmp (contents, "%PDF-", 5) == 0);
  /* memmem, not strstr: the compressed streams hold NUL bytes. */
  for (const char *p = contents;
       (p = memmem (p, length - (p - contents), "/Type /Page", 11)) != NULL; p++)
    if (p + 11 < contents + length && p[11] != 's')
      pages++;

  return pages;
}

static void
test_all_charts (Fixture       *f,
                 gconstpointer  data)
{
  const char *args[] = { "export-deck", "-d", f->db, "-o", f->pdf, "--lang", "zh_CN", NULL };
  g_autofree char *part = g_strconcat (f->pdf, ".part", NULL);

  g_assert_cmpint (run_cli (args, NULL), ==, 0);
  g_assert_cmpuint (count_pages (f->pdf), ==, 8);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
}

static void
test_deck_order (Fixture       *f,
                 gconstpointer  data)
{
  const char *args[] = { "export-deck", "-d", f->db, "-o", f->pdf, "--theme", "dark", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = gpm_store_open (f->db, &error);
  g_autoptr(GPtrArray) charts = gpm_store_list_saved_charts (store, NULL, NULL);
  gint64 ids[3];
  gint64 deck;

  for (guint i = 0; i < 3; i++)
    ids[i] = gpm_saved_chart_get_id (g_ptr_array_index (charts, 2 * i));
  deck = gpm_store_create_deck (store, "Board", &error);
  g_assert_true (gpm_store_set_deck_slides (store, deck, ids, 3, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (run_cli (args, NULL), ==, 0);
  g_assert_cmpuint (count_pages (f->pdf), ==, 3);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *bad_path = g_build_filename (f->dir, "missing", "handout.pdf", NULL);
  const char *unwritable[] = { "export-deck", "-d", f->db, "-o", bad_path, NULL };
  const char *no_output[] = { "export-deck", "-d", f->db, NULL };
  const char *bad_theme[] = { "export-deck", "-d", f->db, "-o", f->pdf, "-t", "neon", NULL };
  const char *too_small[] = { "export-deck", "-d", f->db, "-o", f->pdf, "-W", "40", "-H", "30",
                              NULL };
  const char *no_db[] = { "export-deck", "-d", bad_path, "-o", f->pdf, NULL };
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_cli (unwritable, &err), ==, 1);
  lines = g_strsplit (g_strchomp (err), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (no_output, NULL), ==, 2);
  g_assert_cmpint (run_cli (bad_theme, NULL), ==, 2);
  g_assert_cmpint (run_cli (too_small, NULL), ==, 1);
  g_assert_cmpint (run_cli (no_db, NULL), ==, 1);
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export-deck/all-charts", test_all_charts);
  ADD ("/export-deck/deck-order", test_deck_order);
  ADD ("/export-deck/errors", test_errors);
#undef ADD

  return g_test_run ();
}
