/* gpm-store-decks.c — presentation decks and their slides: the types and the queries.
 *
 * Same patterns as the rest of the store: the mutex is held for the whole of a call,
 * statements are cached by their text, every value is bound. The edits are in
 * gpm-store-deck-edit.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gpm-period.h"

#include "gpm-store-decks.h"
#include "gpm-store-private.h"

G_DEFINE_BOXED_TYPE (GpmDeck, gpm_deck, gpm_deck_copy, gpm_deck_free)

GpmDeck *
gpm_deck_copy (const GpmDeck *deck)
{
  GpmDeck *copy;

  g_return_val_if_fail (deck != NULL, NULL);

  copy = g_new0 (GpmDeck, 1);
  copy->id = deck->id;
  copy->name = g_strdup (deck->name);

  return copy;
}

void
gpm_deck_free (GpmDeck *deck)
{
  if (deck == NULL)
    return;

  g_free (deck->name);
  g_free (deck);
}

G_DEFINE_BOXED_TYPE (GpmDeckSlide, gpm_deck_slide, gpm_deck_slide_copy, gpm_deck_slide_free)

GpmDeckSlide *
gpm_deck_slide_new_chart (gint64 chart_id)
{
  GpmDeckSlide *slide;

  g_return_val_if_fail (chart_id > 0, NULL);

  slide = g_new0 (GpmDeckSlide, 1);
  slide->chart_id = chart_id;

  return slide;
}

GpmDeckSlide *
gpm_deck_slide_new_timeline (const char *range)
{
  GpmDeckSlide *slide;

  g_return_val_if_fail (range != NULL, NULL);

  slide = g_new0 (GpmDeckSlide, 1);
  slide->timeline_range = g_strdup (range);

  return slide;
}

GpmDeckSlide *
gpm_deck_slide_copy (const GpmDeckSlide *slide)
{
  GpmDeckSlide *copy;

  g_return_val_if_fail (slide != NULL, NULL);

  copy = g_new0 (GpmDeckSlide, 1);
  copy->chart_id = slide->chart_id;
  copy->timeline_range = g_strdup (slide->timeline_range);
  copy->chart = slide->chart != NULL ? g_object_ref (slide->chart) : NULL;

  return copy;
}

void
gpm_deck_slide_free (GpmDeckSlide *slide)
{
  if (slide == NULL)
    return;

  g_free (slide->timeline_range);
  g_clear_object (&slide->chart);
  g_free (slide);
}

/**
 * gpm_deck_parse_timeline_range:
 * @range: "FROM/TO", e.g. "2023-01/2025-06" or "2024/2025-Q2"
 *
 * Returns: whether @range is two valid periods, the first not after the second
 */
gboolean
gpm_deck_parse_timeline_range (const char  *range,
                               char       **from,
                               char       **to,
                               GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GError) local_error = NULL;
  GpmPeriod start, end;

  parts = g_strsplit (range != NULL ? range : "", "/", 3);
  if (g_strv_length (parts) != 2)
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("A timeline slide needs a range “FROM/TO”, e.g. “2023-01/2025-06”."));

  for (guint i = 0; i < 2; i++)
    if (!gpm_period_parse (parts[i], i == 0 ? &start : &end, &local_error))
      return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID, "%s", local_error->message);

  if (gpm_period_get_start_julian (&start) > gpm_period_get_end_julian (&end))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("The timeline range starts after it ends: “%s” is later than "
                            "“%s”."), parts[0], parts[1]);

  if (from != NULL)
    *from = g_strdup (parts[0]);
  if (to != NULL)
    *to = g_strdup (parts[1]);
  return TRUE;
}

static gboolean
check_call (GpmStore      *self,
            GCancellable  *cancellable,
            GError       **error)
{
  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* ---------------------------------------------------------------- queries */

GPtrArray *
gpm_store_list_decks (GpmStore      *self,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GPtrArray) decks = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  gboolean has_row = TRUE;
  gboolean ok = TRUE;

  if (!check_call (self, cancellable, error))
    return NULL;

  decks = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_deck_free);
  locker = g_mutex_locker_new (&self->lock);
  stmt = gpm_store_prepare (self, "SELECT id, name FROM decks ORDER BY name, id", error);
  if (stmt == NULL)
    return NULL;

  gpm_store_watch_cancellable (self, cancellable);
  while (ok && has_row)
    if ((ok = gpm_store_step (self, stmt, &has_row, error)) && has_row)
      {
        GpmDeck *deck = g_new0 (GpmDeck, 1);

        deck->id = sqlite3_column_int64 (stmt, 0);
        deck->name = g_strdup (gpm_stmt_text (stmt, 1));
        g_ptr_array_add (decks, deck);
      }
  gpm_store_unwatch_cancellable (self);

  return ok ? g_steal_pointer (&decks) : NULL;
}

gint64
gpm_store_find_deck (GpmStore    *self,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(GPtrArray) decks = NULL;

  g_return_val_if_fail (name != NULL, 0);

  decks = gpm_store_list_decks (self, NULL, error);
  if (decks == NULL)
    return 0;

  for (guint i = 0; i < decks->len; i++)
    {
      GpmDeck *deck = g_ptr_array_index (decks, i);

      if (g_str_equal (deck->name, name))
        return deck->id;
    }

  gpm_edit_fail (error, GPM_STORE_ERROR_NOT_FOUND, _("There is no deck named “%s”."), name);
  return 0;
}

GPtrArray *
gpm_store_list_deck_slides (GpmStore      *self,
                            gint64         deck_id,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GPtrArray) slides = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  gboolean has_row = TRUE;
  gboolean ok = TRUE;

  if (!check_call (self, cancellable, error))
    return NULL;

  slides = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_deck_slide_free);
  locker = g_mutex_locker_new (&self->lock);
  stmt = gpm_store_prepare (self,
                            "SELECT chart_id, timeline_range FROM deck_slides"
                            " WHERE deck_id = ?1 ORDER BY position",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, deck_id);

  gpm_store_watch_cancellable (self, cancellable);
  while (ok && has_row)
    if ((ok = gpm_store_step (self, stmt, &has_row, error)) && has_row)
      {
        GpmDeckSlide *slide = g_new0 (GpmDeckSlide, 1);

        slide->chart_id = sqlite3_column_int64 (stmt, 0);
        slide->timeline_range = g_strdup (gpm_stmt_text (stmt, 1));
        g_ptr_array_add (slides, slide);
      }
  gpm_store_unwatch_cancellable (self);

  return ok ? g_steal_pointer (&slides) : NULL;
}

/* @deck_id if it is one of @decks, else the first of them, else 0. */
static gint64
pick_deck (GPtrArray *decks,
           gint64     deck_id)
{
  for (guint i = 0; i < decks->len; i++)
    if (((GpmDeck *) g_ptr_array_index (decks, i))->id == deck_id)
      return deck_id;

  return decks->len > 0 ? ((GpmDeck *) g_ptr_array_index (decks, 0))->id : 0;
}

static GpmSavedChart *
find_chart (GPtrArray *charts,
            gint64     id)
{
  /* Decks are a few dozen slides: a plain search beats building an index. */
  for (guint i = 0; i < charts->len; i++)
    if (gpm_saved_chart_get_id (g_ptr_array_index (charts, i)) == id)
      return g_ptr_array_index (charts, i);

  return NULL;
}

GPtrArray *
gpm_store_list_deck_show (GpmStore      *self,
                          gint64         deck_id,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(GPtrArray) decks = NULL;
  g_autoptr(GPtrArray) slides = NULL;

  charts = gpm_store_list_saved_charts (self, cancellable, error);
  if (charts == NULL || (decks = gpm_store_list_decks (self, cancellable, error)) == NULL)
    return NULL;

  deck_id = pick_deck (decks, deck_id);
  if (deck_id != 0
      && (slides = gpm_store_list_deck_slides (self, deck_id, cancellable, error)) == NULL)
    return NULL;

  if (slides == NULL || slides->len == 0)
    {
      g_clear_pointer (&slides, g_ptr_array_unref);
      slides = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_deck_slide_free);
      for (guint i = 0; i < charts->len; i++)
        g_ptr_array_add (slides, gpm_deck_slide_new_chart (
                           gpm_saved_chart_get_id (g_ptr_array_index (charts, i))));
    }

  for (guint i = 0; i < slides->len; i++)
    {
      GpmDeckSlide *slide = g_ptr_array_index (slides, i);
      GpmSavedChart *chart = slide->chart_id > 0 ? find_chart (charts, slide->chart_id) : NULL;

      g_set_object (&slide->chart, chart);
    }

  return g_steal_pointer (&slides);
}
