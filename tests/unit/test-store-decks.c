/* test-store-decks.c — presentation decks in the store: create, list, set slides (in
 * order, replacing, all or nothing), rename, delete, names checked, "changed" with
 * "decks", read-only files refused, and slides following a deleted chart.
 *
 * Every test opens its own copy of the bundled dataset in a temporary folder.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "gpm-store-decks.h"
#include "gpm-store-private.h"

typedef struct
{
  char     *dir;
  GpmStore *store;
  guint     n_changed;
  char     *last_table;
} Fixture;

static void
on_changed (GpmStore   *store,
            const char *table,
            Fixture    *f)
{
  f->n_changed++;
  g_free (f->last_table);
  f->last_table = g_strdup (table);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("gpm-decks-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (path, &error);
  g_assert_no_error (error);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (gpm_store_get_path (f->store));
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->last_table);
}

/* The ids of the bundled saved charts, in list order. */
static GArray *
chart_ids (Fixture *f)
{
  g_autoptr(GPtrArray) charts = gpm_store_list_saved_charts (f->store, NULL, NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < charts->len; i++)
    {
      gint64 id = gpm_saved_chart_get_id (g_ptr_array_index (charts, i));

      g_array_append_val (ids, id);
    }

  return ids;
}

static void
test_create_and_list (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) decks = NULL;
  gint64 board, team;

  decks = gpm_store_list_decks (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decks->len, ==, 0);
  g_clear_pointer (&decks, g_ptr_array_unref);

  board = gpm_store_create_deck (f->store, "  Board meeting ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (board, >, 0);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpstr (f->last_table, ==, "decks");

  team = gpm_store_create_deck (f->store, "董事会", &error);
  g_assert_no_error (error);
  g_assert_cmpint (team, !=, board);

  decks = gpm_store_list_decks (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decks->len, ==, 2);
  g_assert_cmpstr (((GpmDeck *) g_ptr_array_index (decks, 0))->name, ==, "Board meeting");
  g_assert_cmpint (((GpmDeck *) g_ptr_array_index (decks, 0))->id, ==, board);
  g_assert_cmpstr (((GpmDeck *) g_ptr_array_index (decks, 1))->name, ==, "董事会");
}

static void
test_names (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 board, other;

  g_assert_cmpint (gpm_store_create_deck (f->store, "   ", &error), ==, 0);
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  board = gpm_store_create_deck (f->store, "Board", &error);
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_create_deck (f->store, "Board", &error), ==, 0);
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  other = gpm_store_create_deck (f->store, "Other", &error);
  g_assert_no_error (error);
  g_assert_false (gpm_store_rename_deck (f->store, other, "Board", &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Renaming to its own name is no conflict. */
  g_assert_true (gpm_store_rename_deck (f->store, board, "Board", &error));
  g_assert_no_error (error);
  g_assert_true (gpm_store_rename_deck (f->store, board, "Quarterly review", &error));
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                                                 "SELECT count(*) FROM decks"
                                                 " WHERE name = 'Quarterly review'"), ==, 1);

  g_assert_false (gpm_store_rename_deck (f->store, 9999, "Nowhere", &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_FOUND);
}

static void
test_slides (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = chart_ids (f);
  g_autoptr(GArray) slides = NULL;
  gint64 order[3], bad[2];
  gint64 deck;
  guint changed;

  g_assert_cmpuint (ids->len, >=, 3);
  deck = gpm_store_create_deck (f->store, "Board", &error);
  g_assert_no_error (error);

  order[0] = g_array_index (ids, gint64, 2);
  order[1] = g_array_index (ids, gint64, 0);
  order[2] = g_array_index (ids, gint64, 1);
  g_assert_true (gpm_store_set_deck_slides (f->store, deck, order, 3, &error));
  g_assert_no_error (error);
  slides = gpm_store_list_deck_slides (f->store, deck, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (slides->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (g_array_index (slides, gint64, i), ==, order[i]);
  g_clear_pointer (&slides, g_array_unref);

  /* Setting again replaces the list; a chart may appear twice. */
  order[0] = order[1];
  g_assert_true (gpm_store_set_deck_slides (f->store, deck, order, 2, &error));
  slides = gpm_store_list_deck_slides (f->store, deck, NULL, &error);
  g_assert_cmpuint (slides->len, ==, 2);
  g_assert_cmpint (g_array_index (slides, gint64, 0), ==, g_array_index (slides, gint64, 1));
  g_clear_pointer (&slides, g_array_unref);

  /* A missing chart fails the whole edit: the old list stays, nothing announced. */
  changed = f->n_changed;
  bad[0] = g_array_index (ids, gint64, 0);
  bad[1] = 999999;
  g_assert_false (gpm_store_set_deck_slides (f->store, deck, bad, 2, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (f->n_changed, ==, changed);
  slides = gpm_store_list_deck_slides (f->store, deck, NULL, &error);
  g_assert_cmpuint (slides->len, ==, 2);
  g_clear_pointer (&slides, g_array_unref);

  /* Deleting a chart takes its slides along. */
  g_assert_true (gpm_store_delete_chart (f->store, order[0], NULL, &error));
  g_assert_no_error (error);
  slides = gpm_store_list_deck_slides (f->store, deck, NULL, &error);
  g_assert_cmpuint (slides->len, ==, 0);
  g_clear_pointer (&slides, g_array_unref);

  g_assert_true (gpm_store_set_deck_slides (f->store, deck, NULL, 0, &error));
  g_assert_no_error (error);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = chart_ids (f);
  g_autoptr(GPtrArray) decks = NULL;
  gint64 deck;

  deck = gpm_store_create_deck (f->store, "Board", &error);
  g_assert_true (gpm_store_set_deck_slides (f->store, deck, (gint64 *) ids->data, ids->len,
                                            &error));
  g_assert_no_error (error);
  g_assert_true (gpm_store_delete_deck (f->store, deck, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (f->last_table, ==, "decks");

  decks = gpm_store_list_decks (f->store, NULL, &error);
  g_assert_cmpuint (decks->len, ==, 0);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM deck_slides"),
                   ==, 0);
  /* The charts stay. */
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM saved_charts"),
                   ==, ids->len);

  g_assert_false (gpm_store_delete_deck (f->store, deck, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_FOUND);
}

/* What Present shows: the first deck's charts, else all of them. */
static void
test_deck_charts (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = chart_ids (f);
  g_autoptr(GPtrArray) charts = NULL;
  gint64 order[2];
  gint64 deck;

  charts = gpm_store_list_deck_charts (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (charts->len, ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (gpm_saved_chart_get_id (g_ptr_array_index (charts, i)), ==,
                     g_array_index (ids, gint64, i));
  g_clear_pointer (&charts, g_ptr_array_unref);

  /* An empty deck still shows everything. */
  deck = gpm_store_create_deck (f->store, "Board", &error);
  charts = gpm_store_list_deck_charts (f->store, NULL, &error);
  g_assert_cmpuint (charts->len, ==, ids->len);
  g_clear_pointer (&charts, g_ptr_array_unref);

  order[0] = g_array_index (ids, gint64, 4);
  order[1] = g_array_index (ids, gint64, 1);
  g_assert_true (gpm_store_set_deck_slides (f->store, deck, order, 2, &error));
  /* A second deck sorted after the first does not change what is shown. */
  g_assert_cmpint (gpm_store_create_deck (f->store, "Zoo", &error), >, 0);
  charts = gpm_store_list_deck_charts (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (charts->len, ==, 2);
  g_assert_cmpint (gpm_saved_chart_get_id (g_ptr_array_index (charts, 0)), ==, order[0]);
  g_assert_cmpint (gpm_saved_chart_get_id (g_ptr_array_index (charts, 1)), ==, order[1]);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) ro = NULL;
  g_autoptr(GPtrArray) decks = NULL;

  ro = gpm_store_open_full (gpm_store_get_path (f->store), GPM_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_create_deck (ro, "Board", &error), ==, 0);
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  decks = gpm_store_list_decks (ro, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decks->len, ==, 0);
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_cancellable_cancel (cancellable);
  g_assert_null (gpm_store_list_decks (f->store, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_null (gpm_store_list_deck_slides (f->store, 1, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/decks/create-and-list", test_create_and_list);
  ADD ("/store/decks/names", test_names);
  ADD ("/store/decks/slides", test_slides);
  ADD ("/store/decks/delete", test_delete);
  ADD ("/store/decks/deck-charts", test_deck_charts);
  ADD ("/store/decks/read-only", test_read_only);
  ADD ("/store/decks/cancelled", test_cancelled);
#undef ADD

  return g_test_run ();
}
