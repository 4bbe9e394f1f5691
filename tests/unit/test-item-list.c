/* test-item-list.c — the GListModels views bind to.
 *
 * Lists load off the main thread, reload once per committed edit with exactly one
 * items-changed, follow undo, and filter through GtkFilterListModel by any of a
 * vendor's names.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "gpm-item-list.h"
#include "gpm-store.h"

typedef struct
{
  char        *dir;
  GpmStore    *store;
  GpmItemList *vendors;
  guint        changes;
  guint        last_removed;
  guint        last_added;
} Fixture;

static void
wait_loaded (GpmItemList *list)
{
  while (gpm_item_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  f->changes++;
  f->last_removed = removed;
  f->last_added = added;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("gpm-list-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (path, &error);
  g_assert_no_error (error);

  f->vendors = gpm_item_list_new_vendors (f->store);
  g_assert_true (gpm_item_list_get_loading (f->vendors));
  wait_loaded (f->vendors);
  g_signal_connect (f->vendors, "items-changed", G_CALLBACK (on_items_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (gpm_store_get_path (f->store));
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&f->vendors);
  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_loads_every_vendor (Fixture       *f,
                         gconstpointer  data)
{
  g_assert_null (gpm_item_list_get_error (f->vendors));
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (f->vendors)), ==,
                   gpm_store_count (f->store, "vendors"));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (f->vendors)) == GPM_TYPE_VENDOR);
}

static void
test_one_items_changed_per_edit (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GpmVendor) vendor = gpm_vendor_new ("iluvatar", "Iluvatar CoreX");
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GError) error = NULL;
  guint before = g_list_model_get_n_items (G_LIST_MODEL (f->vendors));

  gpm_vendor_set_name_zh (vendor, "天数智芯");
  gpm_vendor_set_name_zh_hant (vendor, "天數智芯");
  g_assert_true (gpm_store_add_vendor (f->store, vendor, &change, &error));
  g_assert_no_error (error);

  /* The store's signal schedules a reload; wait for it to land. */
  while (f->changes == 0)
    g_main_context_iteration (NULL, TRUE);
  wait_loaded (f->vendors);
  g_assert_cmpuint (f->changes, ==, 1);
  g_assert_cmpuint (f->last_removed, ==, before);
  g_assert_cmpuint (f->last_added, ==, before + 1);

  g_assert_true (gpm_store_undo (f->store, change, &error));
  g_assert_no_error (error);
  while (f->changes == 1)
    g_main_context_iteration (NULL, TRUE);
  wait_loaded (f->vendors);
  g_assert_cmpuint (f->changes, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->vendors)), ==, before);
}

static gboolean
match_needle (gpointer item,
              gpointer needle)
{
  return gpm_vendor_matches (item, needle);
}

static void
test_filter_by_any_name (Fixture       *f,
                         gconstpointer  data)
{
  const char *needles[] = { "沐曦", "MetaX", "metax" };

  for (guint i = 0; i < G_N_ELEMENTS (needles); i++)
    {
      GtkCustomFilter *filter = gtk_custom_filter_new (match_needle, (gpointer) needles[i], NULL);
      g_autoptr(GtkFilterListModel) model =
        gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (f->vendors)), GTK_FILTER (filter));
      g_autoptr(GpmVendor) vendor = NULL;

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
      vendor = g_list_model_get_item (G_LIST_MODEL (model), 0);
      g_assert_cmpstr (gpm_vendor_get_name (vendor), ==, "MetaX");
    }
}

static void
test_superseded_reload_is_cancelled (Fixture       *f,
                                     gconstpointer  data)
{
  /* Three reloads in a row: only the newest answer is spliced in, once. */
  gpm_item_list_reload (f->vendors);
  gpm_item_list_reload (f->vendors);
  gpm_item_list_reload (f->vendors);
  wait_loaded (f->vendors);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (f->changes, ==, 1);
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (f->vendors)), ==,
                   gpm_store_count (f->store, "vendors"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/item-list/loads", Fixture, NULL,
              fixture_set_up, test_loads_every_vendor, fixture_tear_down);
  g_test_add ("/item-list/one-items-changed-per-edit", Fixture, NULL,
              fixture_set_up, test_one_items_changed_per_edit, fixture_tear_down);
  g_test_add ("/item-list/filter-by-any-name", Fixture, NULL,
              fixture_set_up, test_filter_by_any_name, fixture_tear_down);
  g_test_add ("/item-list/superseded-reload", Fixture, NULL,
              fixture_set_up, test_superseded_reload_is_cancelled, fixture_tear_down);

  return g_test_run ();
}
