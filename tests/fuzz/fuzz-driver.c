/* fuzz-driver.c — runs a libFuzzer target without libFuzzer.
 *
 * `fuzz-NAME DIR-OR-FILE…` feeds every file (directories are read one level deep, in
 * name order) to LLVMFuzzerTestOneInput, then GPM_FUZZ_MUTATIONS (default 200)
 * mutants of each: byte flips, truncations, insertions, duplicated runs. The mutants are
 * seeded by the seed's position and the mutant's number, so a failure replays exactly:
 * the driver prints the seed and mutant before each run when GPM_FUZZ_VERBOSE is set,
 * and GPM_FUZZ_SAVE=FILE keeps the last input given to the target.
 *
 * A crash is the failure; the target decides what else is one (by aborting).
 */

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv) __attribute__ ((weak));

#define MAX_INPUT_BYTES (1024 * 1024)

static const char *save_path;

static void
run_one (const guint8 *data,
         gsize         size)
{
  /* A copy of exactly SIZE bytes, so a read past the end is a read past an allocation,
   * as under libFuzzer (and caught by ASan or valgrind); never NULL, as there. */
  g_autofree guint8 *copy = g_malloc (MAX (size, 1));

  memcpy (copy, data, size);

  if (save_path != NULL)
    g_file_set_contents (save_path, (const char *) data, size, NULL);
  LLVMFuzzerTestOneInput (copy, size);
}

/* One random edit of BUF in place; returns the new length. */
static gsize
mutate (GRand  *rand,
        guint8 *buf,
        gsize   len,
        gsize   cap)
{
  switch (g_rand_int_range (rand, 0, 6))
    {
    case 0: /* flip a bit */
    case 1:
      if (len > 0)
        buf[g_rand_int_range (rand, 0, len)] ^= 1u << g_rand_int_range (rand, 0, 8);
      return len;

    case 2: /* an interesting byte */
      if (len > 0)
        {
          static const guint8 values[] = { 0x00, 0xff, 0x7f, 0x80, '"', ',', '\n', '\r',
                                           ';', '\\', '{', '[', '-', '.', 'e', '0', '9' };

          buf[g_rand_int_range (rand, 0, len)] =
            values[g_rand_int_range (rand, 0, G_N_ELEMENTS (values))];
        }
      return len;

    case 3: /* truncate */
      return len > 0 ? (gsize) g_rand_int_range (rand, 0, len) : 0;

    case 4: /* insert random bytes */
      {
        gsize n = g_rand_int_range (rand, 1, 9);
        gsize at = len > 0 ? g_rand_int_range (rand, 0, len + 1) : 0;

        if (len + n > cap)
          return len;
        memmove (buf + at + n, buf + at, len - at);
        for (gsize i = 0; i < n; i++)
          buf[at + i] = g_rand_int_range (rand, 0, 256);
        return len + n;
      }

    default: /* duplicate a run of bytes */
      {
        gsize from, n, at;

        if (len == 0)
          return len;
        from = g_rand_int_range (rand, 0, len);
        n = MIN ((gsize) g_rand_int_range (rand, 1, 65), len - from);
        at = g_rand_int_range (rand, 0, len + 1);
        if (len + n > cap)
          return len;
        memmove (buf + at + n, buf + at, len - at);
        memmove (buf + at, buf + (from >= at ? from + n : from), n);
        return len + n;
      }
    }
}

static void
run_file (const char *path,
          guint       seed_index,
          guint       n_mutations,
          gboolean    verbose)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("fuzz-driver: %s\n", error->message);
      exit (1);
    }
  length = MIN (length, MAX_INPUT_BYTES);

  if (verbose)
    g_printerr ("seed %u: %s\n", seed_index, path);
  run_one ((const guint8 *) contents, length);

  for (guint m = 0; m < n_mutations; m++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed_index * 100003u + m);
      gsize cap = length + 4096;
      g_autofree guint8 *buf = g_malloc (cap);
      gsize len = length;
      guint n_edits = g_rand_int_range (rand, 1, 5);

      memcpy (buf, contents, length);
      for (guint e = 0; e < n_edits; e++)
        len = mutate (rand, buf, len, cap);

      if (verbose)
        g_printerr ("seed %u mutant %u (%" G_GSIZE_FORMAT " bytes)\n", seed_index, m, len);
      run_one (buf, len);
    }
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *env = g_getenv ("GPM_FUZZ_MUTATIONS");
  guint n_mutations = env != NULL ? (guint) atoi (env) : 200;
  gboolean verbose = g_getenv ("GPM_FUZZ_VERBOSE") != NULL;
  gint64 start = g_get_monotonic_time ();

  save_path = g_getenv ("GPM_FUZZ_SAVE");
  if (LLVMFuzzerInitialize != NULL)
    LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;
      guint first = files->len;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_ptr_array_add (files, g_strdup (argv[i]));
          continue;
        }
      dir = g_dir_open (argv[i], 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);

          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            g_ptr_array_add (files, g_steal_pointer (&path));
        }
      /* Directory order is the file system's; the mutants must not depend on it. */
      qsort (files->pdata + first, files->len - first, sizeof (gpointer), compare_names);
    }

  if (files->len == 0)
    {
      g_printerr ("fuzz-driver: no inputs (give corpus directories or files)\n");
      return 1;
    }

  for (guint i = 0; i < files->len; i++)
    run_file (files->pdata[i], i, n_mutations, verbose);

  g_print ("fuzz-driver: %u seeds, %u runs, %.1f s, 0 crashes\n", files->len,
           files->len * (n_mutations + 1), (g_get_monotonic_time () - start) / 1e6);

  return 0;
}
