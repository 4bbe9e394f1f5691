/* test-export-deck.c — `gpu-market export-deck`: the deck (or every saved chart) as one
 * PDF with a page a slide, timeline slides included, the deck picked with --deck, the
 * same bytes on every run, written whole or not at all, with one line and a non-zero
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

/* Makes deck @name of every other saved chart, @n_charts of them, then the timeline at
 * each of @ranges. */
static void
make_deck (Fixture            *f,
           const char         *name,
           guint               n_charts,
           const char * const *ranges)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = gpm_store_open (f->db, &error);
  g_autoptr(GPtrArray) charts = gpm_store_list_saved_charts (store, NULL, NULL);
  g_autoptr(GPtrArray) slides = g_ptr_array_new_with_free_func (
    (GDestroyNotify) gpm_deck_slide_free);

  for (guint i = 0; i < n_charts; i++)
    g_ptr_array_add (slides, gpm_deck_slide_new_chart (
                       gpm_saved_chart_get_id (g_ptr_array_index (charts, 2 * i))));
  for (guint i = 0; ranges != NULL && ranges[i] != NULL; i++)
    g_ptr_array_add (slides, gpm_deck_slide_new_timeline (ranges[i]));
  gpm_store_create_deck (store, name, slides, NULL, &error);
  g_assert_no_error (error);
}

static void
test_deck_order (Fixture       *f,
                 gconstpointer  data)
{
  const char *args[] = { "export-deck", "-d", f->db, "-o", f->pdf, "--theme", "dark", NULL };

  make_deck (f, "Board", 3, NULL);
  g_assert_cmpint (run_cli (args, NULL), ==, 0);
  g_assert_cmpuint (count_pages (f->pdf), ==, 3);
}

/* A timeline slide is a page of its own, with the events' titles on it. */
static void
test_timeline_pages (Fixture       *f,
                     gconstpointer  data)
{
  const char *ranges[] = { "2023-01/2025-06", "2024/2024", NULL };
  const char *args[] = { "export-deck", "-d", f->db, "-o", f->pdf, "--lang", "en", NULL };
  g_autofree char *err = NULL;

  make_deck (f, "Board", 2, ranges);
  g_assert_cmpint (run_cli (args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpuint (count_pages (f->pdf), ==, 4);
}

/* The same database and options give the same bytes: no clock in the file. */
static void
test_byte_identical (Fixture       *f,
                     gconstpointer  data)
{
  const char *ranges[] = { "2022/2025", NULL };
  g_autofree char *again = g_build_filename (f->dir, "again.pdf", NULL);
  const char *first[] = { "export-deck", "-d", f->db, "-o", f->pdf, "--lang", "zh_CN", NULL };
  const char *second[] = { "export-deck", "-d", f->db, "-o", again, "--lang", "zh_CN", NULL };
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gsize a_len, b_len;

  make_deck (f, "Board", 3, ranges);
  g_assert_cmpint (run_cli (first, NULL), ==, 0);
  /* Across a second boundary, where cairo's own date would differ. */
  g_usleep (1100 * 1000);
  g_assert_cmpint (run_cli (second, NULL), ==, 0);

  g_assert_true (g_file_get_contents (f->pdf, &a, &a_len, NULL));
  g_assert_true (g_file_get_contents (again, &b, &b_len, NULL));
  g_assert_cmpuint (count_pages (f->pdf), ==, 4);
  g_assert_cmpmem (a, a_len, b, b_len);
}

/* --deck picks the deck by name; an unknown name is one line and exit 1, no file. */
static void
test_deck_option (Fixture       *f,
                  gconstpointer  data)
{
  const char *ranges[] = { "2024-Q1/2024-Q4", NULL };
  const char *board[] = { "export-deck", "-d", f->db, "-o", f->pdf, NULL };
  const char *zoo[] = { "export-deck", "-d", f->db, "-o", f->pdf, "--deck", "Zoo 动物", NULL };
  const char *unknown[] = { "export-deck", "-d", f->db, "-o", f->pdf, "--deck", "Nope", NULL };
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  make_deck (f, "Board", 3, NULL);
  make_deck (f, "Zoo 动物", 1, ranges);

  /* Without --deck, the first by name (the app's remembered deck is 0 here). */
  g_assert_cmpint (run_cli (board, NULL), ==, 0);
  g_assert_cmpuint (count_pages (f->pdf), ==, 3);
  g_assert_cmpint (run_cli (zoo, NULL), ==, 0);
  g_assert_cmpuint (count_pages (f->pdf), ==, 2);

  g_remove (f->pdf);
  g_assert_cmpint (run_cli (unknown, &err), ==, 1);
  g_assert_nonnull (strstr (err, "Nope"));
  lines = g_strsplit (g_strchomp (err), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1);
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
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
  ADD ("/export-deck/timeline-pages", test_timeline_pages);
  ADD ("/export-deck/byte-identical", test_byte_identical);
  ADD ("/export-deck/deck-option", test_deck_option);
  ADD ("/export-deck/errors", test_errors);
#undef ADD

  return g_test_run ();
}
