/* test-kill-import.c — kill -9 at random moments during a 100,000-row import.
 *
 * After every kill the database must pass quick_check and foreign_key_check and hold
 * either all of the file's rows or none of them. The kill moments are spread over the
 * length of an import measured first, half of them around its commit, from a fixed
 * seed (GPM_KILL_SEED changes it, GPM_KILL_TRIALS runs more). Prints the tally.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <string.h>

#include "gpm-store.h"
#include "gpm-store-test.h"
#include "gpm-test-db.h"

#define N_ROWS 100000

typedef struct
{
  char *dir;
  char *pristine;
  char *db;
  char *csv;
  char *exe;
} Fixture;

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, (gssize) length, &error);
  g_assert_no_error (error);
}

static void
remove_database (const char *path)
{
  g_remove (path);
  gpm_test_remove_side_files (path);
}

static GPid
spawn_import (Fixture *f)
{
  const char *argv[] = { f->exe, "import", f->csv, "--database", f->db, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL
                 | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

/* TRUE when the child ended by itself before the deadline. */
static gboolean
wait_or_kill (GPid    pid,
              gint64  delay_us)
{
  gint64 deadline = g_get_monotonic_time () + delay_us;
  int status;

  while (g_get_monotonic_time () < deadline)
    {
      if (waitpid (pid, &status, WNOHANG) == pid)
        return TRUE;
      g_usleep (500);
    }

  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  return FALSE;
}

static void
test_kill_during_import (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("subject,metric,period,value,source\n");
  g_autoptr(GRand) rand = NULL;
  const char *seed_text = g_getenv ("GPM_KILL_SEED");
  const char *trials_text = g_getenv ("GPM_KILL_TRIALS");
  guint trials = trials_text != NULL ? (guint) g_ascii_strtoull (trials_text, NULL, 10) : 50;
  guint n_all = 0, n_none = 0, n_partial = 0, n_corrupt = 0;
  gint64 start, duration;

  f.dir = gpm_test_make_dir ("kill-import");
  f.pristine = g_build_filename (f.dir, "pristine.db", NULL);
  f.db = g_build_filename (f.dir, "market.db", NULL);
  f.csv = g_build_filename (f.dir, "rows.csv", NULL);
  f.exe = g_build_filename (g_getenv ("GPM_BUILD_DIR"), "src", "gpu-market", NULL);
  rand = g_rand_new_with_seed (seed_text != NULL ? (guint32) g_ascii_strtoull (seed_text,
                                                                              NULL, 10)
                                                 : 20261128);

  gpm_test_make_database (f.pristine, TRUE);

  for (guint i = 0; i < N_ROWS; i++)
    g_string_append_printf (csv, "%s,revenue,%u-%02u-%02u,%u.%02u,kill-test\n",
                            i % 2 ? "摩尔线程" : "MetaX", 1900 + i / 336, 1 + (i / 28) % 12,
                            1 + i % 28, i, i % 100);
  g_file_set_contents (f.csv, csv->str, (gssize) csv->len, &error);
  g_assert_no_error (error);

  /* One whole import, to know when to kill. */
  copy_file (f.pristine, f.db);
  start = g_get_monotonic_time ();
  g_assert_true (wait_or_kill (spawn_import (&f), G_USEC_PER_SEC * 600));
  duration = g_get_monotonic_time () - start;
  remove_database (f.db);

  for (guint t = 0; t < trials; t++)
    {
      g_autoptr(GpmStore) store = NULL;
      g_autofree char *quick = NULL;
      gint64 fk, rows;

      copy_file (f.pristine, f.db);
      /* Half the kills anywhere, half around the commit, where the danger is. */
      wait_or_kill (spawn_import (&f), t % 2 ? g_rand_int_range (rand, 0, duration * 6 / 5)
                                             : g_rand_int_range (rand, duration * 17 / 20,
                                                                 duration * 11 / 10));

      store = gpm_store_open (f.db, &error);
      if (store == NULL)
        {
          g_test_message ("trial %u: the database does not open: %s", t, error->message);
          g_clear_error (&error);
          n_corrupt++;
          remove_database (f.db);
          continue;
        }

      quick = gpm_store_query_text_for_test (store, "PRAGMA quick_check");
      fk = gpm_store_query_int_for_test (store, "SELECT count(*) FROM pragma_foreign_key_check");
      rows = gpm_store_query_int_for_test (store,
        "SELECT count(*) FROM observations o JOIN sources s ON s.id = o.source_id "
        "WHERE s.key = 'kill-test'");

      if (g_strcmp0 (quick, "ok") != 0 || fk != 0)
        n_corrupt++;
      else if (rows == N_ROWS)
        n_all++;
      else if (rows == 0)
        n_none++;
      else
        n_partial++;

      g_clear_object (&store);
      remove_database (f.db);
    }

  g_print ("kill-during-import: %u trials, %u partial, %u corrupt (%u complete, %u nothing; "
           "one import takes %.2f s)\n", trials, n_partial, n_corrupt, n_all, n_none,
           duration / (double) G_USEC_PER_SEC);
  g_assert_cmpuint (n_partial, ==, 0);
  g_assert_cmpuint (n_corrupt, ==, 0);

  gpm_test_remove_tree (f.dir);
  g_free (f.dir);
  g_free (f.pristine);
  g_free (f.db);
  g_free (f.csv);
  g_free (f.exe);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/kill-during-import", test_kill_during_import);

  return g_test_run ();
}
