/* gpm-store-decks.c — presentation decks and their slides.
 *
 * Same patterns as the rest of the store: the mutex is held for the whole of a call,
 * statements are cached by their text, every value is bound, and an edit is one
 * transaction that either happens whole or not at all, announced after the lock is
 * released. Deck edits keep no undo record (see gpm-store-decks.h).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

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

GArray *
gpm_store_list_deck_slides (GpmStore      *self,
                            gint64         deck_id,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  gboolean has_row = TRUE;
  gboolean ok = TRUE;

  if (!check_call (self, cancellable, error))
    return NULL;

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  locker = g_mutex_locker_new (&self->lock);
  stmt = gpm_store_prepare (self,
                            "SELECT chart_id FROM deck_slides"
                            " WHERE deck_id = ?1 AND chart_id IS NOT NULL ORDER BY position",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, deck_id);

  gpm_store_watch_cancellable (self, cancellable);
  while (ok && has_row)
    if ((ok = gpm_store_step (self, stmt, &has_row, error)) && has_row)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (ids, id);
      }
  gpm_store_unwatch_cancellable (self);

  return ok ? g_steal_pointer (&ids) : NULL;
}

GPtrArray *
gpm_store_list_deck_charts (GpmStore      *self,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(GPtrArray) decks = NULL;
  g_autoptr(GArray) ids = NULL;
  GPtrArray *slides;

  charts = gpm_store_list_saved_charts (self, cancellable, error);
  if (charts == NULL || (decks = gpm_store_list_decks (self, cancellable, error)) == NULL)
    return NULL;
  if (decks->len == 0)
    return g_steal_pointer (&charts);

  ids = gpm_store_list_deck_slides (self, ((GpmDeck *) g_ptr_array_index (decks, 0))->id,
                                    cancellable, error);
  if (ids == NULL)
    return NULL;
  if (ids->len == 0)
    return g_steal_pointer (&charts);

  /* Decks are a few dozen slides: a plain search beats building an index. */
  slides = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < ids->len; i++)
    for (guint j = 0; j < charts->len; j++)
      if (gpm_saved_chart_get_id (g_ptr_array_index (charts, j)) == g_array_index (ids, gint64, i))
        {
          g_ptr_array_add (slides, g_object_ref (g_ptr_array_index (charts, j)));
          break;
        }

  return slides;
}

/* ---------------------------------------------------------------- edits */

typedef struct
{
  gint64        deck_id;
  const char   *name;
  const gint64 *chart_ids;
  guint         n_chart_ids;
} DeckEdit;

typedef gboolean (*DeckEditFunc) (GpmStore  *self,
                                  DeckEdit  *edit,
                                  GError   **error);

/* Runs @func in one transaction and announces it once the lock is released. */
static gboolean
run_edit (GpmStore      *self,
          DeckEditFunc   func,
          DeckEdit      *edit,
          GError       **error)
{
  g_autoptr(GMutexLocker) locker = NULL;

  if (!gpm_store_check_writable (self, error))
    return FALSE;

  locker = g_mutex_locker_new (&self->lock);
  if (!gpm_store_begin (self, error))
    return FALSE;
  if (!func (self, edit, error) || !gpm_store_commit (self, error))
    {
      gpm_store_rollback (self);
      return FALSE;
    }
  g_clear_pointer (&locker, g_mutex_locker_free);

  gpm_store_emit_changed (self, "decks");
  return TRUE;
}

static gboolean
check_deck_exists (GpmStore  *self,
                   gint64     deck_id,
                   GError   **error)
{
  return gpm_edit_check_exists (self, "SELECT count(*) FROM decks WHERE id = ?1", deck_id,
                                _("This deck no longer exists; it may have been deleted."),
                                error);
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
create_deck (GpmStore  *self,
             DeckEdit  *edit,
             GError   **error)
{
  g_autoptr(GpmStmt) stmt = NULL;

  if (!check_name (self, edit->name, 0, error))
    return FALSE;

  stmt = gpm_store_prepare (self, "INSERT INTO decks (name) VALUES (?1)", error);
  if (stmt == NULL)
    return FALSE;
  gpm_edit_bind_text (stmt, 1, edit->name);
  if (!gpm_store_run (self, stmt, error))
    return FALSE;
  edit->deck_id = sqlite3_last_insert_rowid (self->db);

  return TRUE;
}

static gboolean
set_slides (GpmStore  *self,
            DeckEdit  *edit,
            GError   **error)
{
  g_autoptr(GpmStmt) clear = NULL;
  g_autoptr(GpmStmt) insert = NULL;

  if (!check_deck_exists (self, edit->deck_id, error))
    return FALSE;

  for (guint i = 0; i < edit->n_chart_ids; i++)
    if (!gpm_edit_check_exists (self, "SELECT count(*) FROM saved_charts WHERE id = ?1",
                                edit->chart_ids[i],
                                _("A chart of the deck no longer exists; it may have been "
                                  "deleted."),
                                error))
      return FALSE;

  clear = gpm_store_prepare (self, "DELETE FROM deck_slides WHERE deck_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, edit->deck_id);
  if (!gpm_store_run (self, clear, error))
    return FALSE;

  insert = gpm_store_prepare (self,
                              "INSERT INTO deck_slides (deck_id, position, chart_id)"
                              " VALUES (?1, ?2, ?3)",
                              error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < edit->n_chart_ids; i++)
    {
      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, edit->deck_id);
      sqlite3_bind_int64 (insert, 2, i);
      sqlite3_bind_int64 (insert, 3, edit->chart_ids[i]);
      if (!gpm_store_run (self, insert, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
rename_deck (GpmStore  *self,
             DeckEdit  *edit,
             GError   **error)
{
  g_autoptr(GpmStmt) stmt = NULL;

  if (!check_deck_exists (self, edit->deck_id, error)
      || !check_name (self, edit->name, edit->deck_id, error))
    return FALSE;

  stmt = gpm_store_prepare (self, "UPDATE decks SET name = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edit->deck_id);
  gpm_edit_bind_text (stmt, 2, edit->name);

  return gpm_store_run (self, stmt, error);
}

static gboolean
delete_deck (GpmStore  *self,
             DeckEdit  *edit,
             GError   **error)
{
  g_autoptr(GpmStmt) slides = NULL;
  g_autoptr(GpmStmt) deck = NULL;

  if (!check_deck_exists (self, edit->deck_id, error))
    return FALSE;

  /* Explicitly, rather than trusting ON DELETE CASCADE to be switched on. */
  slides = gpm_store_prepare (self, "DELETE FROM deck_slides WHERE deck_id = ?1", error);
  if (slides == NULL)
    return FALSE;
  sqlite3_bind_int64 (slides, 1, edit->deck_id);
  if (!gpm_store_run (self, slides, error))
    return FALSE;

  deck = gpm_store_prepare (self, "DELETE FROM decks WHERE id = ?1", error);
  if (deck == NULL)
    return FALSE;
  sqlite3_bind_int64 (deck, 1, edit->deck_id);

  return gpm_store_run (self, deck, error);
}

gint64
gpm_store_create_deck (GpmStore    *self,
                       const char  *name,
                       GError     **error)
{
  g_autofree char *stripped = NULL;
  DeckEdit edit = { 0 };

  g_return_val_if_fail (GPM_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  stripped = g_strstrip (g_strdup (name));
  edit.name = stripped;
  if (!run_edit (self, create_deck, &edit, error))
    return 0;

  return edit.deck_id;
}

gboolean
gpm_store_set_deck_slides (GpmStore      *self,
                           gint64         deck_id,
                           const gint64  *chart_ids,
                           guint          n_chart_ids,
                           GError       **error)
{
  DeckEdit edit = { .deck_id = deck_id, .chart_ids = chart_ids, .n_chart_ids = n_chart_ids };

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (deck_id > 0, FALSE);
  g_return_val_if_fail (chart_ids != NULL || n_chart_ids == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_edit (self, set_slides, &edit, error);
}

gboolean
gpm_store_rename_deck (GpmStore    *self,
                       gint64       deck_id,
                       const char  *name,
                       GError     **error)
{
  g_autofree char *stripped = NULL;
  DeckEdit edit = { .deck_id = deck_id };

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (deck_id > 0, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stripped = g_strstrip (g_strdup (name));
  edit.name = stripped;

  return run_edit (self, rename_deck, &edit, error);
}

gboolean
gpm_store_delete_deck (GpmStore  *self,
                       gint64     deck_id,
                       GError   **error)
{
  DeckEdit edit = { .deck_id = deck_id };

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (deck_id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_edit (self, delete_deck, &edit, error);
}
