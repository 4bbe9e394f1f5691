/* gpm-test-db.h — database files for the robustness tests: made by the app, hashed,
 * dumped through a connection of the test's own, and cleaned up. */
#pragma once

#include <glib.h>

#include "gpm-store.h"

G_BEGIN_DECLS

/* A store of the test's own: a database made by the app, from the bundled dataset, in a
 * folder removed afterwards. The fixture of the import, export and backup tests. */
typedef struct
{
  char     *dir;
  char     *db;
  GpmStore *store;
} GpmTestStore;

void      gpm_test_store_set_up      (GpmTestStore *f,
                                      const char   *name);
void      gpm_test_store_tear_down   (GpmTestStore *f);

char     *gpm_test_make_dir          (const char *name);
void      gpm_test_remove_tree       (const char *path);
char     *gpm_test_file_sha256       (const char *path);
gboolean  gpm_test_has_side_files    (const char *path);
void      gpm_test_remove_side_files (const char *path);
char     *gpm_test_dump_database     (const char *path);
void      gpm_test_make_database     (const char *path,
                                      gboolean    with_dataset);
void      gpm_test_run_sql           (const char *path,
                                      const char *sql);

G_END_DECLS
