/* gpm-store-deck-edit.c — edits of decks, each one undoable transaction.
 *
 * Like the other edits (gpm-store-edit.c): validate inside the transaction, write, and
 * record every row touched as before/after images (gpm-store-change.c), so Undo in the
 * deck editor puts back a deleted deck with its slides, or an old running order.
 *
 * A deck's slides are replaced whole: the editor sends the list as the user sees it.
 * The change records one image pair per position, old and new, so undo rewrites exactly
 * the positions that differ.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gpm-store-decks.h"
#include "gpm-store-private.h"

static gboolean
capture_deck (GpmStore  *self,
              gint64     deck_id,
              GpmRow   **out_row,
              GError   **error)
{
  if (!gpm_store_capture_row (self, &gpm_table_decks, deck_id, 0, out_row, error))
    return FALSE;
  if (*out_row != NULL)
    return TRUE;

  return gpm_edit_fail (error, GPM_STORE_ERROR_NOT_FOUND, "%s",
                        _("This deck no longer exists; it may have been deleted."));
}

/* A name must say something and be unique, so the deck can be picked by it. */
static gboolean
check_name (GpmStore    *self,
            const char  *name,
            gint64       deck_id,
            GError     **error)
{
  gint64 taken = 0;

  if (gpm_edit_is_blank (name))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID, _("A deck needs a name."));

  if (!gpm_edit_query (self, "SELECT count(*) FROM decks WHERE name = ?3 AND id IS NOT ?1",
                       deck_id, 0, name, &taken, error))
    return FALSE;
  if (taken > 0)
    return gpm_edit_fail (error, GPM_STORE_ERROR_CONSTRAINT,
                          _("A deck named “%s” already exists. Choose another name."), name);

  return TRUE;
}

static gboolean
check_slides (GpmStore   *self,
              GPtrArray  *slides,
              GError    **error)
{
  for (guint i = 0; slides != NULL && i < slides->len; i++)
    {
      GpmDeckSlide *slide = g_ptr_array_index (slides, i);

      if ((slide->chart_id > 0) == (slide->timeline_range != NULL))
        return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                              _("A slide shows either a chart or the timeline."));
      if (slide->timeline_range != NULL
          && !gpm_deck_parse_timeline_range (slide->timeline_range, NULL, NULL, error))
        return FALSE;
      if (slide->chart_id > 0
          && !gpm_edit_check_exists (self, "SELECT count(*) FROM saved_charts WHERE id = ?1",
                                     slide->chart_id,
                                     _("A chart of the deck no longer exists; it may have "
                                       "been deleted."),
                                     error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
delete_slides (GpmStore  *self,
               gint64     deck_id,
               GError   **error)
{
  g_autoptr(GpmStmt) stmt = NULL;

  stmt = gpm_store_prepare (self, "DELETE FROM deck_slides WHERE deck_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, deck_id);

  return gpm_store_run (self, stmt, error);
}

static gboolean
insert_slides (GpmStore   *self,
               gint64      deck_id,
               GPtrArray  *slides,
               GError    **error)
{
  g_autoptr(GpmStmt) stmt = NULL;

  stmt = gpm_store_prepare (self,
                            "INSERT INTO deck_slides (deck_id, position, chart_id, timeline_range)"
                            " VALUES (?1, ?2, ?3, ?4)",
                            error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; slides != NULL && i < slides->len; i++)
    {
      GpmDeckSlide *slide = g_ptr_array_index (slides, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, deck_id);
      sqlite3_bind_int64 (stmt, 2, i);
      gpm_edit_bind_id_or_null (stmt, 3, slide->chart_id);
      if (slide->timeline_range != NULL)
        gpm_edit_bind_text (stmt, 4, slide->timeline_range);
      else
        sqlite3_bind_null (stmt, 4);
      if (!gpm_store_run (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Replaces the deck's slides by @slides and records each position's before and after.
 * The old positions are not always 0..n-1 (deleting a chart takes its slides out of
 * every deck and leaves the gap), so every position up to the highest of old and new is
 * captured; a gap that stays a gap records nothing. */
static gboolean
replace_slides (GpmStore        *self,
                gint64           deck_id,
                GPtrArray       *slides,
                GpmStoreChange  *change,
                GError         **error)
{
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_row_free);
  gint64 n_new = slides != NULL ? slides->len : 0;
  gint64 last = -1;

  if (!check_slides (self, slides, error)
      || !gpm_edit_query (self,
                          "SELECT coalesce(max(position), -1) FROM deck_slides WHERE deck_id = ?1",
                          deck_id, 0, NULL, &last, error))
    return FALSE;
  last = MAX (last, n_new - 1);

  for (gint64 position = 0; position <= last; position++)
    {
      GpmRow *row = NULL;

      if (!gpm_store_capture_row (self, &gpm_table_deck_slides, deck_id, position, &row,
                                  error))
        return FALSE;
      g_ptr_array_add (before, row);
    }

  if (!delete_slides (self, deck_id, error) || !insert_slides (self, deck_id, slides, error))
    return FALSE;

  for (gint64 position = 0; position <= last; position++)
    {
      GpmRow *after = NULL;

      if (!gpm_store_capture_row (self, &gpm_table_deck_slides, deck_id, position, &after,
                                  error))
        return FALSE;
      /* The change takes the image: the array must not free it too. */
      gpm_store_change_add (change, &gpm_table_deck_slides, deck_id, position,
                            g_steal_pointer (&before->pdata[position]), after);
    }

  return TRUE;
}

static gboolean
create_deck (GpmStore        *self,
             GpmEdit         *edit,
             GpmStoreChange  *change,
             GError         **error)
{
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *description = NULL;
  GpmRow *after = NULL;

  if (!check_name (self, edit->name, 0, error))
    return FALSE;

  stmt = gpm_store_prepare (self, "INSERT INTO decks (name) VALUES (?1)", error);
  if (stmt == NULL)
    return FALSE;
  gpm_edit_bind_text (stmt, 1, edit->name);
  if (!gpm_store_run (self, stmt, error))
    return FALSE;
  edit->id = sqlite3_last_insert_rowid (self->db);

  /* The deck before its slides: undo walks back and removes them first. */
  if (!capture_deck (self, edit->id, &after, error))
    return FALSE;
  gpm_store_change_add (change, &gpm_table_decks, edit->id, 0, NULL, after);

  description = g_strdup_printf (_("Created deck “%s”"), edit->name);
  gpm_store_change_set_description (change, description);

  return replace_slides (self, edit->id, edit->object, change, error);
}

static gboolean
set_slides (GpmStore        *self,
            GpmEdit         *edit,
            GpmStoreChange  *change,
            GError         **error)
{
  g_autoptr(GpmRow) deck = NULL;
  g_autofree char *description = NULL;

  if (!capture_deck (self, edit->id, &deck, error))
    return FALSE;

  description = g_strdup_printf (_("Changed the slides of deck “%s”"),
                                 gpm_row_get_text (deck, 1));
  gpm_store_change_set_description (change, description);

  return replace_slides (self, edit->id, edit->object, change, error);
}

static gboolean
rename_deck (GpmStore        *self,
             GpmEdit         *edit,
             GpmStoreChange  *change,
             GError         **error)
{
  g_autoptr(GpmRow) before = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *description = NULL;
  GpmRow *after = NULL;

  if (!capture_deck (self, edit->id, &before, error)
      || !check_name (self, edit->name, edit->id, error))
    return FALSE;

  stmt = gpm_store_prepare (self, "UPDATE decks SET name = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edit->id);
  gpm_edit_bind_text (stmt, 2, edit->name);
  if (!gpm_store_run (self, stmt, error) || !capture_deck (self, edit->id, &after, error))
    return FALSE;

  description = g_strdup_printf (_("Renamed deck “%s” to “%s”"),
                                 gpm_row_get_text (before, 1), edit->name);
  gpm_store_change_set_description (change, description);
  gpm_store_change_add (change, &gpm_table_decks, edit->id, 0, g_steal_pointer (&before),
                        after);

  return TRUE;
}

static gboolean
delete_deck (GpmStore        *self,
             GpmEdit         *edit,
             GpmStoreChange  *change,
             GError         **error)
{
  g_autoptr(GpmRow) before = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *description = NULL;

  if (!capture_deck (self, edit->id, &before, error))
    return FALSE;

  description = g_strdup_printf (_("Deleted deck “%s”"), gpm_row_get_text (before, 1));
  gpm_store_change_set_description (change, description);

  /* Slides first, explicitly rather than trusting ON DELETE CASCADE to be switched on;
   * undo then puts the deck back before its slides. */
  if (!replace_slides (self, edit->id, NULL, change, error))
    return FALSE;
  gpm_store_change_add (change, &gpm_table_decks, edit->id, 0, g_steal_pointer (&before),
                        NULL);

  stmt = gpm_store_prepare (self, "DELETE FROM decks WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edit->id);

  return gpm_store_run (self, stmt, error);
}

/* Runs one of the edits above and announces it; the edit's id ends up in @edit. */
static gboolean
run_deck_edit (GpmStore         *self,
               GpmEditFunc       func,
               GpmEdit          *edit,
               GpmStoreChange  **out_change,
               GError          **error)
{
  GpmStoreChange *change = NULL;

  if (!gpm_edit_run (self, "decks", func, edit, &change, error))
    return FALSE;

  gpm_edit_finish (self, change, out_change);
  return TRUE;
}

gint64
gpm_store_create_deck (GpmStore         *self,
                       const char       *name,
                       GPtrArray        *slides,
                       GpmStoreChange  **change,
                       GError          **error)
{
  g_autofree char *stripped = NULL;
  GpmEdit edit = { .object = slides };

  g_return_val_if_fail (GPM_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  stripped = g_strstrip (g_strdup (name));
  edit.name = stripped;

  return run_deck_edit (self, create_deck, &edit, change, error) ? edit.id : 0;
}

gboolean
gpm_store_set_deck_slides (GpmStore         *self,
                           gint64            deck_id,
                           GPtrArray        *slides,
                           GpmStoreChange  **change,
                           GError          **error)
{
  GpmEdit edit = { .id = deck_id, .object = slides };

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (deck_id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_deck_edit (self, set_slides, &edit, change, error);
}

gboolean
gpm_store_rename_deck (GpmStore         *self,
                       gint64            deck_id,
                       const char       *name,
                       GpmStoreChange  **change,
                       GError          **error)
{
  g_autofree char *stripped = NULL;
  GpmEdit edit = { .id = deck_id };

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (deck_id > 0, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stripped = g_strstrip (g_strdup (name));
  edit.name = stripped;

  return run_deck_edit (self, rename_deck, &edit, change, error);
}

gboolean
gpm_store_delete_deck (GpmStore         *self,
                       gint64            deck_id,
                       GpmStoreChange  **change,
                       GError          **error)
{
  GpmEdit edit = { .id = deck_id };

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (deck_id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_deck_edit (self, delete_deck, &edit, change, error);
}
