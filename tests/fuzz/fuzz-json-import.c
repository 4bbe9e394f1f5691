/* fuzz-json-import.c — any bytes as a JSON file to import: never a crash, never a write.
 *
 * The input goes through the whole import (parse, mapping, rows, the store) as a dry
 * run against a small database made once, so the store's transaction is rolled back
 * every time.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>

#include "gpm-import.h"

static GpmStore *store;
static char *dir;

static void
set_up (void)
{
  g_autofree char *db = NULL;

  dir = g_dir_make_tmp ("gpm-fuzz-json-XXXXXX", NULL);
  g_assert_nonnull (dir);
  db = g_build_filename (dir, "market.db", NULL);
  store = gpm_store_open_full (db, GPM_STORE_OPEN_DEFAULT, NULL);
  g_assert_nonnull (store);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GpmImportReport) report = NULL;
  GpmImportOptions options;

  if (store == NULL)
    set_up ();

  path = g_build_filename (dir, "input.json", NULL);
  if (!g_file_set_contents (path, (const char *) data, (gssize) size, NULL))
    return 0;

  file = g_file_new_for_path (path);
  gpm_import_options_init (&options);
  options.dry_run = TRUE;
  report = gpm_import_run (store, file, &options, NULL, NULL, NULL, NULL);

  g_remove (path);
  return 0;
}
