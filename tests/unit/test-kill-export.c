/* test-kill-export.c — kill -9 at a random moment of an export: the target is the old
 * file or the complete new one, and no temporary file is left behind.
 *
 * Each trial runs `gpu-market export-chart` or `export-data` into a target that is
 * either absent or an old file, and kills it after a seeded delay anywhere in [0, the
 * time a whole export takes]. Afterwards the target must be absent (if it was), the
 * old file byte for byte, or exactly the reference export. The folder must hold nothing
 * else once the next export of the target has run (a kill in the instant between naming
 * the temporary file and renaming it leaves it; that export removes it).
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "gpm-test-db.h"

#define N_TRIALS 50
#define SEED     9

static const char old_contents[] = "the previous export, which must survive\n";

typedef struct
{
  const char *name;
  const char *target;     /* file name in the trial folder */
  const char *args[5];    /* after the executable; the target follows "-o" */
} Export;

static const Export exports[] = {
  { "chart", "chart.png", { "export-chart", "1", NULL } },
  { "data", "observations.csv", { "export-data", "observations", NULL } },
};

static char *exe;
static char *db_path;

static GPid
spawn_export (const Export *export,
              const char   *target)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_ptr_array_add (argv, exe);
  for (guint i = 0; export->args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) export->args[i]);
  g_ptr_array_add (argv, (char *) "-d");
  g_ptr_array_add (argv, db_path);
  g_ptr_array_add (argv, (char *) "-o");
  g_ptr_array_add (argv, (char *) target);
  g_ptr_array_add (argv, NULL);

  g_spawn_async (NULL, (char **) argv->pdata, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL
                 | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error);
  g_assert_no_error (error);

  return pid;
}

static int
wait_for (GPid pid)
{
  int status = 0;

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return status;
}

/* Runs an export to the end; returns how long it took, in microseconds. */
static gint64
run_export (const Export *export,
            const char   *target)
{
  gint64 start = g_get_monotonic_time ();
  int status = wait_for (spawn_export (export, target));

  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return g_get_monotonic_time () - start;
}

/* Names in DIR other than the target: temporary files left behind. */
static guint
count_leftovers (const char *dir,
                 const char *target)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_str_equal (name, target))
      {
        g_test_message ("left behind: %s", name);
        n++;
      }

  return n;
}

static gboolean
file_equals (const char *path,
             const char *contents,
             gsize       length)
{
  g_autofree char *data = NULL;
  gsize size;

  return g_file_get_contents (path, &data, &size, NULL)
         && size == length && memcmp (data, contents, length) == 0;
}

static void
test_kill_export (gconstpointer data)
{
  const Export *export = data;
  g_autofree char *root = gpm_test_make_dir ("test-kill-export");
  g_autofree char *dir = g_build_filename (root, "out", NULL);
  g_autofree char *target = g_build_filename (dir, export->target, NULL);
  g_autofree char *ref_path = g_build_filename (root, export->target, NULL);
  g_autofree char *reference = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  guint n_partial = 0, n_leftovers = 0, n_swept = 0, n_old = 0, n_new = 0, n_absent = 0;
  gsize ref_length;
  gint64 duration = 0;

  db_path = g_build_filename (root, "market.db", NULL);
  gpm_test_make_database (db_path, TRUE);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);

  /* The reference, and how long a whole export takes (the slowest of three). */
  for (int i = 0; i < 3; i++)
    duration = MAX (duration, run_export (export, ref_path));
  g_assert_true (g_file_get_contents (ref_path, &reference, &ref_length, NULL));

  for (guint trial = 0; trial < N_TRIALS; trial++)
    {
      gboolean had_old = trial % 2 == 1;
      gint64 delay = g_rand_int_range (rand, 0, (gint32) duration + 1);
      GPid pid;

      g_unlink (target);
      if (had_old)
        g_assert_true (g_file_set_contents (target, old_contents, -1, NULL));

      pid = spawn_export (export, target);
      g_usleep (delay);
      kill (pid, SIGKILL);
      wait_for (pid);
      g_spawn_close_pid (pid);

      if (!g_file_test (target, G_FILE_TEST_EXISTS))
        {
          n_absent++;
          if (had_old)
            n_partial++;
        }
      else if (file_equals (target, reference, ref_length))
        n_new++;
      else if (had_old && file_equals (target, old_contents, strlen (old_contents)))
        n_old++;
      else
        {
          g_test_message ("trial %u: a partial file after %" G_GINT64_FORMAT " µs",
                          trial, delay);
          n_partial++;
        }

      /* A kill between naming the temporary file and the rename over the target (no
       * system call does both) leaves it; the next export of the target removes it. The
       * next export after a kill works, and leaves nothing behind either. */
      n_swept += count_leftovers (dir, export->target);
      if (trial % 10 == 9 || count_leftovers (dir, export->target) > 0)
        {
          run_export (export, target);
          g_assert_true (file_equals (target, reference, ref_length));
          n_leftovers += count_leftovers (dir, export->target);
        }
    }

  g_print ("kill-during-export (%s): %u trials, %u partial, %u leftovers"
           " (%u new, %u old, %u absent; %u temporary removed by the next export;"
           " whole export %.0f ms)\n",
           export->name, N_TRIALS, n_partial, n_leftovers, n_new, n_old, n_absent, n_swept,
           duration / 1000.0);
  g_assert_cmpuint (n_partial, ==, 0);
  g_assert_cmpuint (n_leftovers, ==, 0);

  gpm_test_remove_tree (root);
  g_clear_pointer (&db_path, g_free);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  exe = g_build_filename (g_getenv ("GPM_BUILD_DIR"), "src", "gpu-market", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kill-export/%s", exports[i].name);

      g_test_add_data_func (path, &exports[i], test_kill_export);
    }

  return g_test_run ();
}
