/* test-export-chart.c — `gpu-market list-charts` and `export-chart` end to end.
 *
 * The real executable draws saved charts of a database made for the test: the PNG has
 * the asked size times the scale, repeats byte for byte, SVG and PDF come out as such,
 * and every error exits non-zero with one line and no file left behind.
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <png.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "gpm-store.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;

  f->dir = g_dir_make_tmp ("gpm-chart-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "market.db", NULL);
  store = gpm_store_open (f->db, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static int
run_cli (const char *const *args,
         char              **out,
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
  g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* The PNG's text chunks as key → value, read back with libpng. */
static GHashTable *
read_png_text (const char *path)
{
  GHashTable *chunks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  FILE *file = fopen (path, "rb");
  png_structp png = png_create_read_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png_create_info_struct (png);
  png_textp text = NULL;
  int n = 0;

  g_assert_nonnull (file);
  if (setjmp (png_jmpbuf (png)))
    g_assert_not_reached ();
  png_init_io (png, file);
  png_read_info (png, info);
  png_get_text (png, info, &text, &n);
  for (int i = 0; i < n; i++)
    g_hash_table_insert (chunks, g_strdup (text[i].key), g_strdup (text[i].text));
  png_destroy_read_struct (&png, &info, NULL);
  fclose (file);

  return chunks;
}

/* Whether binary BYTES (a PDF, with NULs) contain NEEDLE. */
static gboolean
contains (const char *bytes,
          gsize       len,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (bytes + i, needle, n) == 0)
      return TRUE;

  return FALSE;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;

  return n;
}

static void
test_list_charts (Fixture       *f,
                  gconstpointer  data)
{
  const char *args[] = { "list-charts", "-d", f->db, NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_cli (args, &out, NULL), ==, 0);
  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 8);
  g_assert_nonnull (strstr (out, "\tMoore Threads vs MetaX: revenue and net profit"));
}

static void
test_png_size_scale_and_repeat (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *a = g_build_filename (f->dir, "a.png", NULL);
  g_autofree char *b = g_build_filename (f->dir, "b.png", NULL);
  const char *first[] = { "export-chart", "Moore Threads vs MetaX: revenue and net profit",
                          "-o", a, "--width", "800", "--height", "450", "--scale", "2",
                          "--lang", "zh_CN", "-d", f->db, NULL };
  const char *again[] = { "export-chart", "Moore Threads vs MetaX: revenue and net profit",
                          "-o", b, "--width", "800", "--height", "450", "--scale", "2",
                          "--lang", "zh_CN", "-d", f->db, NULL };
  g_autofree char *bytes_a = NULL;
  g_autofree char *bytes_b = NULL;
  gsize len_a, len_b;
  cairo_surface_t *png;

  g_assert_cmpint (run_cli (first, NULL, NULL), ==, 0);
  png = cairo_image_surface_create_from_png (a);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 900);
  cairo_surface_destroy (png);

  /* Title, sources and period travel with the picture; UTF-8 survives (iTXt). */
  {
    g_autoptr(GHashTable) text = read_png_text (a);

    g_assert_cmpstr (g_hash_table_lookup (text, "Title"), ==, "摩尔线程与沐曦：营收与净利润");
    g_assert_nonnull (strstr (g_hash_table_lookup (text, "Source"), "IT Times (IT時報)"));
    g_assert_nonnull (g_hash_table_lookup (text, "Period"));
    g_assert_nonnull (strstr (g_hash_table_lookup (text, "Period"), " – "));
    g_assert_cmpstr (g_hash_table_lookup (text, "Software"), ==, "GPU Market");
  }

  /* Same database, chart and options: the same bytes. */
  g_assert_cmpint (run_cli (again, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (a, &bytes_a, &len_a, NULL));
  g_assert_true (g_file_get_contents (b, &bytes_b, &len_b, NULL));
  g_assert_cmpmem (bytes_a, len_a, bytes_b, len_b);
}

static void
test_svg_and_pdf (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *svg = g_build_filename (f->dir, "c.svg", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "c.pdf", NULL);
  const char *to_svg[] = { "export-chart", "1", "-o", svg, "-d", f->db, NULL };
  const char *to_pdf[] = { "export-chart", "1", "-o", pdf, "--theme", "dark", "-d", f->db, NULL };
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  gsize len, len_again;

  g_assert_cmpint (run_cli (to_svg, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "<svg"));
  g_assert_nonnull (strstr (text, "<title>NVIDIA&apos;s share of China&apos;s AI-chip market"
                                  "</title>"));
  g_assert_nonnull (strstr (text, "<desc>IT Times (IT時報), 2025-07"));
  g_clear_pointer (&text, g_free);

  g_assert_cmpint (run_cli (to_pdf, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (pdf, &text, &len, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  g_assert_true (contains (text, len, "/Title (NVIDIA's share of China's AI-chip market)"));
  g_assert_true (contains (text, len, "/Creator (GPU Market)"));
  /* The creation date is the newest source's, not the clock's: the same bytes again. */
  g_assert_true (contains (text, len, "/CreationDate (20250701000000Z)"));
  g_assert_cmpint (run_cli (to_pdf, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (pdf, &again, &len_again, NULL));
  g_assert_cmpmem (text, len, again, len_again);
}

static void
test_errors_leave_nothing (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "x.png", NULL);
  g_autofree char *nowhere = g_build_filename (f->dir, "no-dir", "x.png", NULL);
  const char *unknown[] = { "export-chart", "No such chart", "-o", out, "-d", f->db, NULL };
  const char *tiny[] = { "export-chart", "4", "-o", out, "--width", "60", "--height", "40",
                         "-d", f->db, NULL };
  const char *bad_theme[] = { "export-chart", "4", "-o", out, "--theme", "sepia", "-d", f->db,
                              NULL };
  const char *no_output[] = { "export-chart", "4", "-d", f->db, NULL };
  const char *bad_dir[] = { "export-chart", "4", "-o", nowhere, "-d", f->db, NULL };
  struct { const char *const *args; int status; } cases[] = {
    { unknown, 1 }, { tiny, 1 }, { bad_theme, 2 }, { no_output, 2 }, { bad_dir, 1 },
  };
  guint files_before = count_files (f->dir);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (cases[i].args, NULL, &err), ==, cases[i].status);
      g_assert_true (g_str_has_prefix (err, "gpu-market export-chart: "));
      g_assert_cmpint (strchr (err, '\n') - err, ==, (int) strlen (err) - 1);
    }

  /* Nothing half-written: no file, no temporary. */
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (f->dir), ==, files_before);
}

static void
test_all (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "charts", NULL);
  g_autofree char *tiny_out = g_build_filename (f->dir, "tiny", NULL);
  g_autofree char *list = NULL;
  g_autofree char *one = g_build_filename (out,
                                           "Moore Threads vs MetaX- revenue and net profit.svg",
                                           NULL);
  const char *list_args[] = { "list-charts", "-d", f->db, NULL };
  const char *all[] = { "export-chart", "--all", "-o", out, "--format", "svg", "-d", f->db,
                        NULL };
  const char *tiny[] = { "export-chart", "--all", "-o", tiny_out, "--width", "50", "--height",
                         "40", "-d", f->db, NULL };
  const char *with_name[] = { "export-chart", "--all", "1", "-o", out, "-d", f->db, NULL };
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_cli (list_args, &list, NULL), ==, 0);
  lines = g_strsplit (g_strchomp (list), "\n", -1);

  /* Every saved chart, named after it (":" is not safe in a file name). */
  g_assert_cmpint (run_cli (all, NULL, NULL), ==, 0);
  g_assert_cmpuint (count_files (out), ==, g_strv_length (lines));
  g_assert_true (g_file_test (one, G_FILE_TEST_IS_REGULAR));

  /* An error: one line, non-zero, and no directory or file left behind. */
  g_assert_cmpint (run_cli (tiny, NULL, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, "gpu-market export-chart: "));
  g_assert_cmpint (strchr (err, '\n') - err, ==, (int) strlen (err) - 1);
  g_assert_false (g_file_test (tiny_out, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (with_name, NULL, NULL), ==, 2);

  {
    g_autoptr(GDir) d = g_dir_open (out, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (out, name, NULL);
        g_remove (path);
      }
    g_rmdir (out);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export-chart/list", test_list_charts);
  ADD ("/export-chart/png", test_png_size_scale_and_repeat);
  ADD ("/export-chart/svg-pdf", test_svg_and_pdf);
  ADD ("/export-chart/errors", test_errors_leave_nothing);
  ADD ("/export-chart/all", test_all);
#undef ADD

  return g_test_run ();
}
