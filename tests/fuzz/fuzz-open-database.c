/* fuzz-open-database.c — any file handed to the store: opened or refused, never a crash.
 *
 * The input becomes a database file; gpm_store_open_full () (the application's way, with
 * writing allowed) either opens it, then a few listings read through the public API, or
 * refuses it. A refused file must be byte for byte as it was: refusing is decided on a
 * read-only look, and the abort () below turns a write into a crash libFuzzer reports.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "gpm-store.h"

static char *dir;

static void
remove_dir (void)
{
  g_rmdir (dir);
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
read_some (GpmStore *store)
{
  static const char * const tables[] = { "vendors", "observations", "events",
                                         "saved_charts" };
  g_autoptr(GPtrArray) vendors = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(GPtrArray) observations = NULL;
  g_autoptr(GPtrArray) events = NULL;
  GpmObservationFilter filter = { 0, };

  /* Errors are fine (a damaged page is found when read); only crashes are not. */
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    gpm_store_count (store, tables[i]);
  vendors = gpm_store_list_vendors (store, NULL, NULL);
  charts = gpm_store_list_saved_charts (store, NULL, NULL);
  observations = gpm_store_list_observations (store, &filter, NULL, NULL);
  events = gpm_store_list_events (store, NULL, NULL, NULL, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  GpmStore *store;
  gsize length;

  if (dir == NULL)
    {
      /* In memory when possible: SQLite syncs on close, and a disk would make that the
       * whole cost of a run. */
      if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && g_access ("/dev/shm", W_OK) == 0)
        dir = g_mkdtemp (g_strdup ("/dev/shm/gpm-fuzz-db-XXXXXX"));
      else
        dir = g_dir_make_tmp ("gpm-fuzz-db-XXXXXX", NULL);
      if (dir == NULL || atexit (remove_dir) != 0)
        abort ();
    }

  /* An empty file is made into a new database: that path is the unit tests' business and
   * would spend every empty input on a schema. */
  if (size == 0)
    return 0;

  path = g_build_filename (dir, "input.db", NULL);
  remove_database (path);
  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    abort ();

  store = gpm_store_open_full (path, GPM_STORE_OPEN_NO_DATASET, &error);
  if (store != NULL)
    {
      read_some (store);
      g_object_unref (store);
    }
  else
    {
      /* Refused: the message names the file, and the file is untouched. */
      g_autofree char *name = g_filename_display_name (path);

      if (strstr (error->message, name) == NULL)
        abort ();
      if (!g_file_get_contents (path, &after, &length, NULL)
          || length != size || memcmp (after, data, size) != 0)
        abort ();
    }

  remove_database (path);

  return 0;
}
