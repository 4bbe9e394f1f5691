/* test-store-decks.c — presentation decks in the store: create, list, set slides (in
 * order, replacing, all or nothing), rename, delete, names checked, "changed" with
 * "decks", read-only files refused, slides following a deleted chart, timeline slides
 * with their range, several decks and which one is shown, and undo/redo of every edit.
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

/* Chart slides for @ids; a negative "id" n stands for timeline slide RANGES[-n - 1]. */
static const char * const ranges[] = { "2023-01/2025-06", "2024/2024-Q3", "2019-05-04/2020" };

static GPtrArray *
make_slides (const gint64 *ids,
             guint         n)
{
  GPtrArray *slides = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_deck_slide_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (slides, ids[i] > 0 ? gpm_deck_slide_new_chart (ids[i])
                                        : gpm_deck_slide_new_timeline (ranges[-ids[i] - 1]));
  return slides;
}

static gboolean
set_slides (Fixture       *f,
            gint64         deck,
            const gint64  *ids,
            guint          n,
            GError       **error)
{
  g_autoptr(GPtrArray) slides = make_slides (ids, n);

  return gpm_store_set_deck_slides (f->store, deck, slides, NULL, error);
}

static gint64
create_deck (Fixture     *f,
             const char  *name,
             GError     **error)
{
  return gpm_store_create_deck (f->store, name, NULL, NULL, error);
}

/* The deck's slides read back equal @ids (in make_slides' terms). */
static void
assert_slides (Fixture      *f,
               gint64        deck,
               const gint64 *ids,
               guint         n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) slides = gpm_store_list_deck_slides (f->store, deck, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (slides->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      GpmDeckSlide *slide = g_ptr_array_index (slides, i);

      if (ids[i] > 0)
        {
          g_assert_cmpint (slide->chart_id, ==, ids[i]);
          g_assert_null (slide->timeline_range);
        }
      else
        {
          g_assert_cmpint (slide->chart_id, ==, 0);
          g_assert_cmpstr (slide->timeline_range, ==, ranges[-ids[i] - 1]);
        }
    }
}

static char *
deck_name (Fixture *f,
           gint64   deck)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM decks WHERE id = %" G_GINT64_FORMAT,
                                          deck);

  return gpm_store_query_text_for_test (f->store, sql);
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

  board = create_deck (f, "  Board meeting ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (board, >, 0);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpstr (f->last_table, ==, "decks");

  team = create_deck (f, "董事会", &error);
  g_assert_no_error (error);
  g_assert_cmpint (team, !=, board);

  decks = gpm_store_list_decks (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decks->len, ==, 2);
  g_assert_cmpstr (((GpmDeck *) g_ptr_array_index (decks, 0))->name, ==, "Board meeting");
  g_assert_cmpint (((GpmDeck *) g_ptr_array_index (decks, 0))->id, ==, board);
  g_assert_cmpstr (((GpmDeck *) g_ptr_array_index (decks, 1))->name, ==, "董事会");

  g_assert_cmpint (gpm_store_find_deck (f->store, "董事会", &error), ==, team);
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_find_deck (f->store, "Nowhere", &error), ==, 0);
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_FOUND);
}

static void
test_names (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 board, other;
  guint changed;

  g_assert_cmpint (create_deck (f, "   ", &error), ==, 0);
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  board = create_deck (f, "Board", &error);
  g_assert_no_error (error);
  g_assert_cmpint (create_deck (f, "Board", &error), ==, 0);
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  other = create_deck (f, "Other", &error);
  g_assert_no_error (error);
  g_assert_false (gpm_store_rename_deck (f->store, other, "Board", NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Renaming to its own name is no conflict, and no change. */
  changed = f->n_changed;
  g_assert_true (gpm_store_rename_deck (f->store, board, "Board", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, changed);
  g_assert_true (gpm_store_rename_deck (f->store, board, "Quarterly review", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                                                 "SELECT count(*) FROM decks"
                                                 " WHERE name = 'Quarterly review'"), ==, 1);

  g_assert_false (gpm_store_rename_deck (f->store, 9999, "Nowhere", NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_FOUND);
}

static void
test_slides (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = chart_ids (f);
  gint64 order[3], bad[2];
  gint64 deck;
  guint changed;

  g_assert_cmpuint (ids->len, >=, 3);
  deck = create_deck (f, "Board", &error);
  g_assert_no_error (error);

  order[0] = g_array_index (ids, gint64, 2);
  order[1] = g_array_index (ids, gint64, 0);
  order[2] = g_array_index (ids, gint64, 1);
  g_assert_true (set_slides (f, deck, order, 3, &error));
  g_assert_no_error (error);
  assert_slides (f, deck, order, 3);

  /* Setting again replaces the list; a chart may appear twice. */
  order[0] = order[1];
  g_assert_true (set_slides (f, deck, order, 2, &error));
  assert_slides (f, deck, order, 2);

  /* A missing chart fails the whole edit: the old list stays, nothing announced. */
  changed = f->n_changed;
  bad[0] = g_array_index (ids, gint64, 0);
  bad[1] = 999999;
  g_assert_false (set_slides (f, deck, bad, 2, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (f->n_changed, ==, changed);
  assert_slides (f, deck, order, 2);

  /* Deleting a chart takes its slides along. */
  g_assert_true (gpm_store_delete_chart (f->store, order[0], NULL, &error));
  g_assert_no_error (error);
  assert_slides (f, deck, NULL, 0);

  g_assert_true (set_slides (f, deck, NULL, 0, &error));
  g_assert_no_error (error);
}

/* Timeline slides are stored with their range, among chart slides, and checked. */
static void
test_timeline_slides (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = chart_ids (f);
  g_autoptr(GPtrArray) bad = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  const char *invalid[] = { "2025", "2025-13/2026", "2026/2025", "2024/2025/2026", "/2025", "" };
  gint64 order[4];
  gint64 deck;

  deck = create_deck (f, "Board", &error);
  order[0] = -1;
  order[1] = g_array_index (ids, gint64, 0);
  order[2] = -2;
  order[3] = -3;
  g_assert_true (set_slides (f, deck, order, 4, &error));
  g_assert_no_error (error);
  assert_slides (f, deck, order, 4);

  /* Present gets them in order, the chart filled in and the timeline's range. */
  shown = gpm_store_list_deck_show (f->store, deck, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shown->len, ==, 4);
  g_assert_null (((GpmDeckSlide *) g_ptr_array_index (shown, 0))->chart);
  g_assert_cmpstr (((GpmDeckSlide *) g_ptr_array_index (shown, 0))->timeline_range, ==,
                   ranges[0]);
  g_assert_cmpint (gpm_saved_chart_get_id (((GpmDeckSlide *) g_ptr_array_index (shown, 1))
                                           ->chart), ==, order[1]);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_assert_false (gpm_deck_parse_timeline_range (invalid[i], NULL, NULL, NULL));
      bad = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_deck_slide_free);
      g_ptr_array_add (bad, gpm_deck_slide_new_timeline (invalid[i]));
      g_assert_false (gpm_store_set_deck_slides (f->store, deck, bad, NULL, &error));
      g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
      g_clear_error (&error);
      g_clear_pointer (&bad, g_ptr_array_unref);
    }
  /* A slide with neither, or both, is refused before the schema's CHECK sees it. */
  bad = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_deck_slide_free);
  g_ptr_array_add (bad, g_new0 (GpmDeckSlide, 1));
  g_assert_false (gpm_store_set_deck_slides (f->store, deck, bad, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  assert_slides (f, deck, order, 4);

  {
    g_autofree char *from = NULL;
    g_autofree char *to = NULL;

    g_assert_true (gpm_deck_parse_timeline_range ("2024-Q1/2024-Q1", &from, &to, &error));
    g_assert_cmpstr (from, ==, "2024-Q1");
    g_assert_cmpstr (to, ==, "2024-Q1");
  }
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = chart_ids (f);
  g_autoptr(GPtrArray) decks = NULL;
  gint64 deck;

  deck = create_deck (f, "Board", &error);
  g_assert_true (set_slides (f, deck, (gint64 *) ids->data, ids->len, &error));
  g_assert_no_error (error);
  g_assert_true (gpm_store_delete_deck (f->store, deck, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (f->last_table, ==, "decks");

  decks = gpm_store_list_decks (f->store, NULL, &error);
  g_assert_cmpuint (decks->len, ==, 0);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM deck_slides"),
                   ==, 0);
  /* The charts stay. */
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM saved_charts"),
                   ==, ids->len);

  g_assert_false (gpm_store_delete_deck (f->store, deck, NULL, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_FOUND);
}

/* What Present shows: the deck asked for, else the first by name, else every chart. */
static void
test_deck_show (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = chart_ids (f);
  g_autoptr(GPtrArray) shown = NULL;
  gint64 board_order[2], zoo_order[2];
  gint64 board, zoo;

  shown = gpm_store_list_deck_show (f->store, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shown->len, ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (gpm_saved_chart_get_id (((GpmDeckSlide *) g_ptr_array_index (shown, i))
                                             ->chart), ==, g_array_index (ids, gint64, i));
  g_clear_pointer (&shown, g_ptr_array_unref);

  /* An empty deck still shows everything. */
  board = create_deck (f, "Board", &error);
  shown = gpm_store_list_deck_show (f->store, board, NULL, &error);
  g_assert_cmpuint (shown->len, ==, ids->len);
  g_clear_pointer (&shown, g_ptr_array_unref);

  board_order[0] = g_array_index (ids, gint64, 4);
  board_order[1] = g_array_index (ids, gint64, 1);
  g_assert_true (set_slides (f, board, board_order, 2, &error));
  zoo_order[0] = -1;
  zoo_order[1] = g_array_index (ids, gint64, 2);
  zoo = create_deck (f, "Zoo", &error);
  g_assert_true (set_slides (f, zoo, zoo_order, 2, &error));

  /* 0 (or a deck that is gone) is the first by name; an id, that deck. */
  shown = gpm_store_list_deck_show (f->store, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shown->len, ==, 2);
  g_assert_cmpint (((GpmDeckSlide *) g_ptr_array_index (shown, 0))->chart_id, ==,
                   board_order[0]);
  g_clear_pointer (&shown, g_ptr_array_unref);

  shown = gpm_store_list_deck_show (f->store, zoo, NULL, &error);
  g_assert_cmpuint (shown->len, ==, 2);
  g_assert_cmpstr (((GpmDeckSlide *) g_ptr_array_index (shown, 0))->timeline_range, ==,
                   ranges[0]);
  g_assert_cmpint (((GpmDeckSlide *) g_ptr_array_index (shown, 1))->chart_id, ==,
                   zoo_order[1]);
  g_clear_pointer (&shown, g_ptr_array_unref);

  shown = gpm_store_list_deck_show (f->store, 987654, NULL, &error);
  g_assert_cmpint (((GpmDeckSlide *) g_ptr_array_index (shown, 0))->chart_id, ==,
                   board_order[0]);
}

/* Undo puts back exactly what was there, redo the edit; each edit is one change. */
static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = chart_ids (f);
  g_autoptr(GPtrArray) initial = NULL;
  g_autoptr(GPtrArray) slides = NULL;
  g_autoptr(GpmStoreChange) create = NULL;
  g_autoptr(GpmStoreChange) set = NULL;
  g_autoptr(GpmStoreChange) rename = NULL;
  g_autoptr(GpmStoreChange) remove = NULL;
  g_autofree char *name = NULL;
  gint64 first[2] = { g_array_index (ids, gint64, 0), -1 };
  gint64 second[3] = { -2, g_array_index (ids, gint64, 1), g_array_index (ids, gint64, 0) };
  gint64 deck;
  guint changed;

  /* Create, with slides, in one change. */
  initial = make_slides (first, 2);
  deck = gpm_store_create_deck (f->store, "Board", initial, &create, &error);
  g_assert_no_error (error);
  g_assert_nonnull (create);
  g_assert_cmpstr (gpm_store_change_get_table (create), ==, "decks");
  g_assert_cmpstr (gpm_store_change_get_description (create), ==, "Created deck “Board”");
  assert_slides (f, deck, first, 2);
  changed = f->n_changed;
  g_assert_true (gpm_store_undo (f->store, create, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, changed + 1);
  g_assert_cmpstr (f->last_table, ==, "decks");
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM decks"), ==, 0);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM deck_slides"),
                   ==, 0);
  g_assert_true (gpm_store_redo (f->store, create, &error));
  g_assert_no_error (error);
  assert_slides (f, deck, first, 2);

  /* Set slides: a longer list with a timeline slide moved, and back. */
  slides = make_slides (second, 3);
  g_assert_true (gpm_store_set_deck_slides (f->store, deck, slides, &set, &error));
  g_assert_no_error (error);
  assert_slides (f, deck, second, 3);
  g_assert_true (gpm_store_undo (f->store, set, &error));
  assert_slides (f, deck, first, 2);
  g_assert_true (gpm_store_redo (f->store, set, &error));
  assert_slides (f, deck, second, 3);

  /* Rename. */
  g_assert_true (gpm_store_rename_deck (f->store, deck, "董事会", &rename, &error));
  g_assert_cmpstr (gpm_store_change_get_description (rename), ==,
                   "Renamed deck “Board” to “董事会”");
  g_assert_true (gpm_store_undo (f->store, rename, &error));
  name = deck_name (f, deck);
  g_assert_cmpstr (name, ==, "Board");
  g_clear_pointer (&name, g_free);
  g_assert_true (gpm_store_redo (f->store, rename, &error));
  name = deck_name (f, deck);
  g_assert_cmpstr (name, ==, "董事会");

  /* Delete: undo brings the deck back with the same id and every slide. */
  g_assert_true (gpm_store_delete_deck (f->store, deck, &remove, &error));
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM decks"), ==, 0);
  g_assert_true (gpm_store_undo (f->store, remove, &error));
  g_assert_no_error (error);
  assert_slides (f, deck, second, 3);
  g_assert_true (gpm_store_redo (f->store, remove, &error));
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "SELECT count(*) FROM deck_slides"),
                   ==, 0);

  /* An undo whose rows were changed since is refused, not forced. */
  g_assert_true (gpm_store_undo (f->store, remove, &error));
  g_assert_true (gpm_store_rename_deck (f->store, deck, "Later", NULL, &error));
  g_assert_false (gpm_store_undo (f->store, rename, &error));
  g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONFLICT);
}

/* Slides left with a gap by a deleted chart are replaced, and undone, whole. */
static void
test_undo_after_gap (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = chart_ids (f);
  g_autoptr(GPtrArray) slides = NULL;
  g_autoptr(GpmStoreChange) set = NULL;
  gint64 order[3] = { g_array_index (ids, gint64, 0), g_array_index (ids, gint64, 1), -1 };
  gint64 after_delete[2] = { g_array_index (ids, gint64, 0), -1 };
  gint64 deck;

  deck = create_deck (f, "Board", &error);
  g_assert_true (set_slides (f, deck, order, 3, &error));
  g_assert_true (gpm_store_delete_chart (f->store, order[1], NULL, &error));
  assert_slides (f, deck, after_delete, 2);

  slides = make_slides (after_delete + 1, 1);
  g_assert_true (gpm_store_set_deck_slides (f->store, deck, slides, &set, &error));
  g_assert_no_error (error);
  assert_slides (f, deck, after_delete + 1, 1);
  g_assert_true (gpm_store_undo (f->store, set, &error));
  g_assert_no_error (error);
  assert_slides (f, deck, after_delete, 2);
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
  g_assert_cmpint (gpm_store_create_deck (ro, "Board", NULL, NULL, &error), ==, 0);
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
  g_clear_error (&error);
  g_assert_null (gpm_store_list_deck_show (f->store, 1, cancellable, &error));
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
  ADD ("/store/decks/timeline-slides", test_timeline_slides);
  ADD ("/store/decks/delete", test_delete);
  ADD ("/store/decks/deck-show", test_deck_show);
  ADD ("/store/decks/undo-redo", test_undo_redo);
  ADD ("/store/decks/undo-after-gap", test_undo_after_gap);
  ADD ("/store/decks/read-only", test_read_only);
  ADD ("/store/decks/cancelled", test_cancelled);
#undef ADD

  return g_test_run ();
}
