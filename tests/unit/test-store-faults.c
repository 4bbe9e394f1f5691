/* test-store-faults.c — a full or failing disk in the middle of an edit.
 *
 * The fault VFS (gpm-store-fault.c) lets the first N writes of an edit through and fails
 * every later one. For every N from 0 until the edit needs no more, and for both a full
 * disk and a failing one: the edit is refused with a message that says so and names the
 * file, the database holds exactly what it held before, and once the disk is back the
 * same store makes the next edit.
 */

#include "config.h"

#include <string.h>

#include "gpm-store-private.h"
#include "gpm-test-db.h"

typedef struct
{
  const char *name;
  int         rc;
  const char *words;  /* what the message must say */
} Fault;

static const Fault faults[] = {
  { "full", SQLITE_FULL, "is full" },
  { "io-error", SQLITE_IOERR_WRITE, "failed to read or write" },
};

static void
test_fault_during_edit (gconstpointer data)
{
  const Fault *fault = data;
  g_autofree char *dir = gpm_test_make_dir ("test-store-faults");
  g_autofree char *path = g_build_filename (dir, "market.db", NULL);
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_refused = 0, n_changed = 0;
  guint budget;

  gpm_store_fault_install ();
  gpm_test_make_database (path, FALSE);
  store = gpm_store_open (path, &error);
  g_assert_no_error (error);

  for (budget = 0; budget < 200; budget++)
    {
      g_autoptr(GpmVendor) vendor = NULL;
      g_autoptr(GpmVendor) usable = NULL;
      g_autofree char *label = g_strdup_printf ("Biren %u", budget);
      g_autofree char *before = gpm_test_dump_database (path);
      g_autofree char *after = NULL;
      gboolean ok;
      guint n_failed;

      vendor = gpm_vendor_new (NULL, label);
      gpm_store_fault_set (budget, fault->rc);
      ok = gpm_store_add_vendor (store, vendor, NULL, &error);
      n_failed = gpm_store_fault_get_n_failed ();
      gpm_store_fault_set (0, 0);

      /* Enough writes allowed: the edit went through untouched by the fault. */
      if (ok && n_failed == 0)
        break;
      g_assert_false (ok);

      n_refused++;
      g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, fault->words));
      g_assert_nonnull (strstr (error->message, name));
      g_clear_error (&error);

      after = gpm_test_dump_database (path);
      if (!g_str_equal (before, after))
        n_changed++;

      /* The disk is back: the same store makes the next edit. */
      usable = gpm_vendor_new (NULL, "Usable");
      g_assert_true (gpm_store_add_vendor (store, usable, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (gpm_store_delete_vendor (store, gpm_vendor_get_id (usable), NULL,
                                              &error));
      g_assert_no_error (error);
    }

  g_print ("%s-during-edit: %u write budgets, %u refused, %u changed, store usable after each\n",
           fault->name, budget + 1, n_refused, n_changed);
  g_assert_cmpuint (n_refused, >, 0);
  g_assert_cmpuint (n_changed, ==, 0);

  g_clear_object (&store);
  gpm_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *path = g_strdup_printf ("/store-faults/edit/%s", faults[i].name);

      g_test_add_data_func (path, &faults[i], test_fault_during_edit);
    }

  return g_test_run ();
}
