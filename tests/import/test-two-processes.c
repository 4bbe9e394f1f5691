/* test-two-processes.c — the app working on a database another process is importing into.
 *
 * One process runs `gpu-market import` of 100,000 rows; this one plays the app's main
 * thread (it owns the default main context) and keeps reading and editing meanwhile.
 * Reads must always work (WAL lets readers past a writer); an edit either works or is
 * refused at once with GPM_STORE_ERROR_BUSY and a message that says what to do — never
 * SQLite's "database is locked", and never after waiting seconds for the lock. Prints
 * how long the calls took; times are figures, not pass/fail.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "gpm-store.h"
#include "gpm-test-db.h"

#define N_ROWS 100000

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
test_edit_while_importing (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = gpm_test_make_dir ("two-processes");
  g_autofree char *db = g_build_filename (dir, "market.db", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "rows.csv", NULL);
  g_autofree char *exe = g_build_filename (g_getenv ("GPM_BUILD_DIR"), "src", "gpu-market",
                                           NULL);
  const char *argv[] = { exe, "import", csv_path, "--database", db, NULL };
  g_autoptr(GString) csv = g_string_new ("subject,metric,period,value,source\n");
  g_autoptr(GpmStore) store = NULL;
  double max_read = 0, max_edit = 0;
  guint n_reads = 0, n_edits = 0, n_saved = 0, n_busy = 0;
  gint64 start;
  GPid pid;
  int status = 0;

  for (guint i = 0; i < N_ROWS; i++)
    g_string_append_printf (csv, "MetaX,revenue,%u-%02u-%02u,%u,two-processes\n",
                            1900 + i / 336, 1 + (i / 28) % 12, 1 + i % 28, i);
  g_file_set_contents (csv_path, csv->str, (gssize) csv->len, &error);
  g_assert_no_error (error);

  store = gpm_store_open (db, &error);
  g_assert_no_error (error);

  /* This thread is the app's main thread from here on. */
  g_assert_true (g_main_context_acquire (g_main_context_default ()));

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, &pid,
                 &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();

  while (waitpid (pid, &status, WNOHANG) == 0)
    {
      g_autoptr(GPtrArray) vendors = NULL;
      g_autoptr(GpmVendor) vendor = NULL;
      g_autofree char *name = g_strdup_printf ("Edited while importing %u", n_edits);
      g_autoptr(GError) edit_error = NULL;
      gint64 t;

      t = g_get_monotonic_time ();
      vendors = gpm_store_list_vendors (store, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (vendors->len, >, 0);
      max_read = MAX (max_read, elapsed_ms (t));
      n_reads++;

      vendor = gpm_vendor_new (NULL, name);
      t = g_get_monotonic_time ();
      if (gpm_store_add_vendor (store, vendor, NULL, &edit_error))
        n_saved++;
      else
        {
          g_assert_error (edit_error, GPM_STORE_ERROR, GPM_STORE_ERROR_BUSY);
          g_assert_null (strstr (edit_error->message, "locked"));
          n_busy++;
        }
      max_edit = MAX (max_edit, elapsed_ms (t));
      n_edits++;

      g_usleep (10 * 1000);
    }

  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_spawn_close_pid (pid);

  g_print ("two-processes: an import of %d rows took %.2f s; meanwhile %u reads (slowest "
           "%.1f ms) and %u edits (slowest %.1f ms: %u saved, %u refused as busy)\n",
           N_ROWS, elapsed_ms (start) / 1000.0, n_reads, max_read, n_edits, max_edit,
           n_saved, n_busy);
  g_assert_cmpuint (n_reads, >, 0);

  /* Once the other process is done, editing works again and nothing was lost. */
  {
    g_autoptr(GpmVendor) vendor = gpm_vendor_new (NULL, "Edited after the import");

    g_assert_true (gpm_store_add_vendor (store, vendor, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (gpm_store_count (store, "observations"), >=, N_ROWS);
  }

  g_main_context_release (g_main_context_default ());
  g_clear_object (&store);
  gpm_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/edit-while-importing", test_edit_while_importing);

  return g_test_run ();
}
