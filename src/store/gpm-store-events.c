/* gpm-store-events.c — edits of events (with their vendors) and of saved charts.
 *
 * Same shape as gpm-store-edit.c. An event's vendors live in event_vendors, and an edit
 * records each of those rows it adds or removes, so undo restores the exact set. Deleting
 * a saved chart also removes the presentation slides that show it; those rows are
 * recorded too, so undoing the delete puts the slides back where they were.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include <glib/gi18n-lib.h>

#include "gpm-store-private.h"

static const char * const categories[] = {
  "export-control", "capital", "m-and-a", "product", "market", "statement", NULL
};

#define NOW_SQL "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

/* Events */

static gboolean
validate_event (GpmStore  *self,
                GpmEvent  *event,
                GError   **error)
{
  const gint64 *vendor_ids;
  guint n_vendors;

  if (!gpm_edit_check_period (gpm_event_get_date (event), error)
      || !gpm_edit_check_choice (gpm_event_get_category (event), categories,
                                 _("“%s” is not an event category."), error))
    return FALSE;

  if (gpm_edit_is_blank (gpm_event_get_title (event)))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID, _("Every event needs a title."));

  if (!gpm_edit_check_source (self, gpm_event_get_source_id (event),
                              _("Every event needs a source: choose the article or report it "
                                "was taken from."),
                              error))
    return FALSE;

  if (gpm_edit_is_blank (gpm_event_get_quote (event)))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("Every event needs the sentence it was quoted from, so that it "
                            "can be checked against its source."));

  vendor_ids = gpm_event_get_vendor_ids (event, &n_vendors);
  for (guint i = 0; i < n_vendors; i++)
    if (!gpm_edit_check_exists (self, "SELECT count(*) FROM vendors WHERE id = ?1",
                                vendor_ids[i],
                                _("One of the vendors of this event no longer exists."), error))
      return FALSE;

  return TRUE;
}

/* The vendor ids event_vendors holds for @event_id, ascending. */
static GArray *
stored_vendor_ids (GpmStore  *self,
                   gint64     event_id,
                   GError   **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GpmStmt) stmt = NULL;
  gboolean has_row = TRUE;

  stmt = gpm_store_prepare (self,
                            "SELECT vendor_id FROM event_vendors WHERE event_id = ?1"
                            " ORDER BY vendor_id",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, event_id);
  while (has_row)
    {
      gint64 id;

      if (!gpm_store_step (self, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  return g_steal_pointer (&ids);
}

static gboolean
contains_id (const gint64 *ids,
             guint         n_ids,
             gint64        id)
{
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] == id)
      return TRUE;

  return FALSE;
}

static gboolean
unlink_vendor (GpmStore        *self,
               gint64           event_id,
               gint64           vendor_id,
               GpmStoreChange  *change,
               GError         **error)
{
  g_autoptr(GpmStmt) stmt = NULL;
  GpmRow *before = NULL;

  if (!gpm_store_capture_row (self, &gpm_table_event_vendors, event_id, vendor_id, &before,
                              error))
    return FALSE;
  gpm_store_change_add (change, &gpm_table_event_vendors, event_id, vendor_id, before, NULL);

  stmt = gpm_store_prepare (self,
                            "DELETE FROM event_vendors WHERE event_id = ?1 AND vendor_id = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, vendor_id);

  return gpm_store_run (self, stmt, error);
}

static gboolean
link_vendor (GpmStore        *self,
             gint64           event_id,
             gint64           vendor_id,
             GpmStoreChange  *change,
             GError         **error)
{
  g_autoptr(GpmStmt) stmt = NULL;
  GpmRow *after = NULL;

  stmt = gpm_store_prepare (self,
                            "INSERT INTO event_vendors (event_id, vendor_id) VALUES (?1, ?2)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, vendor_id);
  if (!gpm_store_run (self, stmt, error))
    return FALSE;

  if (!gpm_store_capture_row (self, &gpm_table_event_vendors, event_id, vendor_id, &after,
                              error))
    return FALSE;
  gpm_store_change_add (change, &gpm_table_event_vendors, event_id, vendor_id, NULL, after);

  return TRUE;
}

/* Brings event_vendors in line with @ids: removals first, then additions. */
static gboolean
sync_vendors (GpmStore        *self,
              gint64           event_id,
              const gint64    *ids,
              guint            n_ids,
              GpmStoreChange  *change,
              GError         **error)
{
  g_autoptr(GArray) stored = stored_vendor_ids (self, event_id, error);
  const gint64 *old_ids;

  if (stored == NULL)
    return FALSE;
  old_ids = (const gint64 *) (gpointer) stored->data;

  for (guint i = 0; i < stored->len; i++)
    if (!contains_id (ids, n_ids, old_ids[i])
        && !unlink_vendor (self, event_id, old_ids[i], change, error))
      return FALSE;

  for (guint i = 0; i < n_ids; i++)
    if (!contains_id (old_ids, stored->len, ids[i])
        && !link_vendor (self, event_id, ids[i], change, error))
      return FALSE;

  return TRUE;
}

static gboolean
write_event (GpmStore        *self,
             GpmEdit         *edit,
             GpmStoreChange  *change,
             GError         **error)
{
  GpmEvent *event = edit->object;
  g_autoptr(GpmRow) before = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *description = NULL;
  const gint64 *vendor_ids;
  GpmRow *after = NULL;
  gboolean adding = edit->id == 0;
  guint n_vendors;

  if (!adding)
    {
      if (!gpm_edit_capture_existing (self, &gpm_table_events, edit->id, &before, error))
        return FALSE;
    }

  if (!validate_event (self, event, error))
    return FALSE;

  stmt = gpm_store_prepare (self, adding
    ? "INSERT INTO events (date, category, title, title_zh, source_id, quote, note)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    : "UPDATE events SET date = ?1, category = ?2, title = ?3, title_zh = ?4, source_id = ?5,"
      " quote = ?6, note = ?7 WHERE id = ?8",
    error);
  if (stmt == NULL)
    return FALSE;

  gpm_edit_bind_text (stmt, 1, gpm_event_get_date (event));
  gpm_edit_bind_text (stmt, 2, gpm_event_get_category (event));
  gpm_edit_bind_text (stmt, 3, gpm_event_get_title (event));
  gpm_edit_bind_text (stmt, 4, gpm_event_get_title_zh (event));
  sqlite3_bind_int64 (stmt, 5, gpm_event_get_source_id (event));
  gpm_edit_bind_text (stmt, 6, gpm_event_get_quote (event));
  gpm_edit_bind_text (stmt, 7, gpm_event_get_note (event));
  if (!adding)
    sqlite3_bind_int64 (stmt, 8, edit->id);
  if (!gpm_store_run (self, stmt, error))
    return FALSE;
  if (adding)
    edit->id = sqlite3_last_insert_rowid (self->db);

  if (!gpm_store_capture_row (self, &gpm_table_events, edit->id, 0, &after, error))
    return FALSE;
  gpm_store_change_add (change, &gpm_table_events, edit->id, 0, g_steal_pointer (&before), after);

  description = g_strdup_printf (adding ? _("Added event “%s”") : _("Changed event “%s”"),
                                 gpm_event_get_title (event));
  gpm_store_change_set_description (change, description);

  vendor_ids = gpm_event_get_vendor_ids (event, &n_vendors);
  return sync_vendors (self, edit->id, vendor_ids, n_vendors, change, error);
}

static gboolean
remove_event (GpmStore        *self,
              GpmEdit         *edit,
              GpmStoreChange  *change,
              GError         **error)
{
  g_autoptr(GpmRow) before = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *description = NULL;

  if (!gpm_edit_capture_existing (self, &gpm_table_events, edit->id, &before, error))
    return FALSE;

  description = g_strdup_printf (_("Deleted event “%s”"), gpm_row_get_text (before, 3));
  gpm_store_change_set_description (change, description);

  /* Its vendor links go first, so undo brings the event back before relinking it. */
  if (!sync_vendors (self, edit->id, NULL, 0, change, error))
    return FALSE;
  gpm_store_change_add (change, &gpm_table_events, edit->id, 0, g_steal_pointer (&before), NULL);

  stmt = gpm_store_prepare (self, "DELETE FROM events WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edit->id);

  return gpm_store_run (self, stmt, error);
}

static gboolean
save_event (GpmStore        *self,
            GpmEvent        *event,
            gboolean         adding,
            GpmStoreChange **out_change,
            GError         **error)
{
  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (GPM_IS_EVENT (event), FALSE);
  g_return_val_if_fail (adding == (gpm_event_get_id (event) == 0), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return gpm_edit_save_item (self, event, "events", write_event, out_change, error);
}

gboolean
gpm_store_add_event (GpmStore        *self,
                     GpmEvent        *event,
                     GpmStoreChange **change,
                     GError         **error)
{
  return save_event (self, event, TRUE, change, error);
}

gboolean
gpm_store_update_event (GpmStore        *self,
                        GpmEvent        *event,
                        GpmStoreChange **change,
                        GError         **error)
{
  return save_event (self, event, FALSE, change, error);
}

gboolean
gpm_store_delete_event (GpmStore        *self,
                        gint64           event_id,
                        GpmStoreChange **out_change,
                        GError         **error)
{
  return gpm_edit_delete_row (self, "events", event_id, remove_event, out_change, error);
}

/* Saved charts */

static gboolean
validate_chart_name (GpmStore    *self,
                     const char  *name,
                     gint64       id,
                     GError     **error)
{
  gint64 taken;

  if (gpm_edit_is_blank (name))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID, _("Every chart needs a name."));

  if (!gpm_edit_query (self,
                       "SELECT count(*) FROM saved_charts"
                       " WHERE name = ?3 COLLATE NOCASE AND id <> ?1",
                       id, 0, name, &taken, error))
    return FALSE;
  if (taken > 0)
    return gpm_edit_fail (error, GPM_STORE_ERROR_CONSTRAINT,
                          _("There is already a chart called “%s”; choose another name."),
                          name);

  return TRUE;
}

static gboolean
validate_spec (const char  *spec,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, spec, -1, &local_error))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("The chart cannot be saved: its description is not valid JSON "
                            "(%s)."),
                          local_error->message);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("The chart cannot be saved: its description is not a JSON "
                            "object."));

  return TRUE;
}

/* Keeps the timestamps of the row as written, for the caller's object. */
static void
remember_times (GpmEdit      *edit,
                const GpmRow *row)
{
  g_free (edit->created);
  g_free (edit->modified);
  edit->created = g_strdup (gpm_row_get_text (row, 4));
  edit->modified = g_strdup (gpm_row_get_text (row, 5));
}

static gboolean
write_chart (GpmStore        *self,
             GpmEdit         *edit,
             GpmStoreChange  *change,
             GError         **error)
{
  GpmSavedChart *chart = edit->object;
  g_autoptr(GpmRow) before = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *description = NULL;
  GpmRow *after = NULL;
  gboolean adding = edit->id == 0;

  if (!adding)
    {
      if (!gpm_edit_capture_existing (self, &gpm_table_saved_charts, edit->id, &before, error))
        return FALSE;
    }

  if (!validate_chart_name (self, gpm_saved_chart_get_name (chart), edit->id, error)
      || !validate_spec (gpm_saved_chart_get_spec (chart), error))
    return FALSE;

  /* "modified" moves only when something else did, so saving twice is no change. */
  stmt = gpm_store_prepare (self, adding
    ? "INSERT INTO saved_charts (name, spec, builtin) VALUES (?1, ?2, ?3)"
    : "UPDATE saved_charts SET name = ?1, spec = ?2, builtin = ?3, modified = " NOW_SQL
      " WHERE id = ?4 AND (name IS NOT ?1 OR spec IS NOT ?2 OR builtin IS NOT ?3)",
    error);
  if (stmt == NULL)
    return FALSE;

  gpm_edit_bind_text (stmt, 1, gpm_saved_chart_get_name (chart));
  gpm_edit_bind_text (stmt, 2, gpm_saved_chart_get_spec (chart));
  sqlite3_bind_int (stmt, 3, gpm_saved_chart_get_builtin (chart) ? 1 : 0);
  if (!adding)
    sqlite3_bind_int64 (stmt, 4, edit->id);
  if (!gpm_store_run (self, stmt, error))
    return FALSE;
  if (adding)
    edit->id = sqlite3_last_insert_rowid (self->db);

  if (!gpm_store_capture_row (self, &gpm_table_saved_charts, edit->id, 0, &after, error))
    return FALSE;
  remember_times (edit, after);
  gpm_store_change_add (change, &gpm_table_saved_charts, edit->id, 0,
                        g_steal_pointer (&before), after);

  description = g_strdup_printf (_("Saved chart “%s”"), gpm_saved_chart_get_name (chart));
  gpm_store_change_set_description (change, description);

  return TRUE;
}

static gboolean
rename_chart (GpmStore        *self,
              GpmEdit         *edit,
              GpmStoreChange  *change,
              GError         **error)
{
  g_autoptr(GpmRow) before = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *description = NULL;
  GpmRow *after = NULL;

  if (!gpm_edit_capture_existing (self, &gpm_table_saved_charts, edit->id, &before, error))
    return FALSE;

  if (!validate_chart_name (self, edit->name, edit->id, error))
    return FALSE;

  stmt = gpm_store_prepare (self,
                            "UPDATE saved_charts SET name = ?2, modified = " NOW_SQL
                            " WHERE id = ?1 AND name IS NOT ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edit->id);
  gpm_edit_bind_text (stmt, 2, edit->name);
  if (!gpm_store_run (self, stmt, error))
    return FALSE;

  if (!gpm_store_capture_row (self, &gpm_table_saved_charts, edit->id, 0, &after, error))
    return FALSE;
  remember_times (edit, after);

  description = g_strdup_printf (_("Renamed chart “%s” to “%s”"),
                                 gpm_row_get_text (before, 1), edit->name);
  gpm_store_change_set_description (change, description);
  gpm_store_change_add (change, &gpm_table_saved_charts, edit->id, 0,
                        g_steal_pointer (&before), after);

  return TRUE;
}

/* Records and deletes the slides that show chart @chart_id. */
static gboolean
remove_slides (GpmStore        *self,
               gint64           chart_id,
               GpmStoreChange  *change,
               GError         **error)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GpmStmt) select = NULL;
  g_autoptr(GpmStmt) remove = NULL;
  gboolean has_row = TRUE;

  select = gpm_store_prepare (self, "SELECT deck_id, position FROM deck_slides WHERE chart_id = ?1",
                              error);
  if (select == NULL)
    return FALSE;
  sqlite3_bind_int64 (select, 1, chart_id);
  while (has_row)
    {
      gint64 key[2];

      if (!gpm_store_step (self, select, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      key[0] = sqlite3_column_int64 (select, 0);
      key[1] = sqlite3_column_int64 (select, 1);
      g_array_append_vals (keys, key, 2);
    }

  remove = gpm_store_prepare (self, "DELETE FROM deck_slides WHERE deck_id = ?1 AND position = ?2",
                              error);
  if (remove == NULL)
    return FALSE;

  for (guint i = 0; i + 1 < keys->len; i += 2)
    {
      gint64 deck_id = g_array_index (keys, gint64, i);
      gint64 position = g_array_index (keys, gint64, i + 1);
      GpmRow *before = NULL;

      if (!gpm_store_capture_row (self, &gpm_table_deck_slides, deck_id, position, &before,
                                  error))
        return FALSE;
      gpm_store_change_add (change, &gpm_table_deck_slides, deck_id, position, before, NULL);

      sqlite3_reset (remove);
      sqlite3_bind_int64 (remove, 1, deck_id);
      sqlite3_bind_int64 (remove, 2, position);
      if (!gpm_store_run (self, remove, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
remove_chart (GpmStore        *self,
              GpmEdit         *edit,
              GpmStoreChange  *change,
              GError         **error)
{
  g_autoptr(GpmRow) before = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *description = NULL;

  if (!gpm_edit_capture_existing (self, &gpm_table_saved_charts, edit->id, &before, error))
    return FALSE;

  description = g_strdup_printf (_("Deleted chart “%s”"), gpm_row_get_text (before, 1));
  gpm_store_change_set_description (change, description);

  if (!remove_slides (self, edit->id, change, error))
    return FALSE;
  gpm_store_change_add (change, &gpm_table_saved_charts, edit->id, 0,
                        g_steal_pointer (&before), NULL);

  stmt = gpm_store_prepare (self, "DELETE FROM saved_charts WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edit->id);

  return gpm_store_run (self, stmt, error);
}

static void
clear_edit (GpmEdit *edit)
{
  g_clear_pointer (&edit->key, g_free);
  g_clear_pointer (&edit->created, g_free);
  g_clear_pointer (&edit->modified, g_free);
}

/**
 * gpm_store_save_chart:
 * @chart: a new chart (id 0) or a stored one
 *
 * Inserts a new chart, or writes the name, spec and builtin flag of a stored one. The
 * chart gets the id and timestamps the database gave it.
 */
gboolean
gpm_store_save_chart (GpmStore        *self,
                      GpmSavedChart   *chart,
                      GpmStoreChange **out_change,
                      GError         **error)
{
  g_autofree char *name = NULL;
  GpmStoreChange *change = NULL;
  GpmEdit edit = { 0, };

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (GPM_IS_SAVED_CHART (chart), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_strstrip (g_strdup (gpm_saved_chart_get_name (chart)));
  gpm_saved_chart_set_name (chart, name);

  edit.object = chart;
  edit.id = gpm_saved_chart_get_id (chart);
  if (!gpm_edit_run (self, "saved_charts", write_chart, &edit, &change, error))
    {
      clear_edit (&edit);
      return FALSE;
    }

  if (change != NULL)
    {
      gpm_saved_chart_set_id (chart, edit.id);
      gpm_saved_chart_set_created (chart, edit.created);
      gpm_saved_chart_set_modified (chart, edit.modified);
    }
  clear_edit (&edit);
  gpm_edit_finish (self, change, out_change);

  return TRUE;
}

gboolean
gpm_store_rename_chart (GpmStore        *self,
                        gint64           chart_id,
                        const char      *name,
                        GpmStoreChange **out_change,
                        GError         **error)
{
  g_autofree char *stripped = NULL;
  GpmStoreChange *change = NULL;
  GpmEdit edit = { .id = chart_id };
  gboolean ok;

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (chart_id > 0, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stripped = g_strstrip (g_strdup (name));
  edit.name = stripped;
  ok = gpm_edit_run (self, "saved_charts", rename_chart, &edit, &change, error);
  clear_edit (&edit);
  if (!ok)
    return FALSE;

  gpm_edit_finish (self, change, out_change);
  return TRUE;
}

gboolean
gpm_store_delete_chart (GpmStore        *self,
                        gint64           chart_id,
                        GpmStoreChange **out_change,
                        GError         **error)
{
  return gpm_edit_delete_row (self, "saved_charts", chart_id, remove_chart, out_change, error);
}
