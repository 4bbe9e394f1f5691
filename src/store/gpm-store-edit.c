/* gpm-store-edit.c — edits of vendors, observations and events, each all-or-nothing.
 *
 * Every edit runs in one BEGIN IMMEDIATE transaction: it validates first (with messages
 * that say what to fix), writes, and records the row images that make it undoable (see
 * gpm-store-change.c). Validation happens inside the transaction so that what it checked
 * is still true when the rows are written.
 *
 * Deleting a vendor that figures, events, relations or products still point to is
 * refused with a count of them: the rows it would take along are other people's sourced
 * work, and moving them is a decision the user should make, not a cascade. Events and
 * saved charts are in gpm-store-events.c.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gpm-period.h"
#include "gpm-store-private.h"

/* Values the schema's CHECK constraints allow; checked here first for a clear message. */
static const char * const vendor_roles[] = {
  "chipmaker", "customer", "supplier", "foundry", "cloud", "server-maker", "research", "other",
  NULL
};
static const char * const listing_statuses[] = {
  "listed", "ipo-filed", "ipo-tutoring", "private", "unknown", NULL
};
static const char * const qualifiers[] = { "exact", "about", "more-than", "less-than", NULL };
static const char * const statuses[] = { "reported", "forecast", "estimate", NULL };

/* Shared by the edits (declared in gpm-store-edit-private.h) */

gboolean
gpm_edit_fail (GError     **error,
               int          code,
               const char  *format,
               ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (GPM_STORE_ERROR, code, format, args);
  va_end (args);

  return FALSE;
}

gboolean
gpm_edit_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

void
gpm_edit_bind_text (GpmStmt    *stmt,
                    int         param,
                    const char *text)
{
  sqlite3_bind_text (stmt, param, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

void
gpm_edit_bind_id_or_null (GpmStmt *stmt,
                          int      param,
                          gint64   id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, param, id);
  else
    sqlite3_bind_null (stmt, param);
}

/* Runs a one-value query with up to two integer parameters and any text in ?3. */
gboolean
gpm_edit_query (GpmStore    *self,
                const char  *sql,
                gint64       a,
                gint64       b,
                const char  *text,
                gint64      *out_value,
                GError     **error)
{
  g_autoptr(GpmStmt) stmt = gpm_store_prepare (self, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, b);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    gpm_edit_bind_text (stmt, 3, text);

  if (!gpm_store_step (self, stmt, &has_row, error))
    return FALSE;

  *out_value = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

/* Runs the edit in a transaction; hands back the change, or NULL when nothing changed. */
gboolean
gpm_edit_run (GpmStore         *self,
              const char       *table,
              GpmEditFunc       func,
              GpmEdit          *edit,
              GpmStoreChange  **out_change,
              GError          **error)
{
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GMutexLocker) locker = NULL;

  *out_change = NULL;

  if (!gpm_store_check_writable (self, error))
    return FALSE;

  change = gpm_store_change_new (table);
  locker = g_mutex_locker_new (&self->lock);
  if (!gpm_store_begin (self, error))
    return FALSE;

  if (!func (self, edit, change, error))
    {
      gpm_store_rollback (self);
      return FALSE;
    }

  if (gpm_store_change_is_empty (change))
    {
      gpm_store_rollback (self);
      return TRUE;
    }

  if (!gpm_store_commit (self, error))
    {
      gpm_store_rollback (self);
      return FALSE;
    }

  *out_change = g_steal_pointer (&change);
  return TRUE;
}

/* Announces a committed change and gives it to the caller, if they want it. */
void
gpm_edit_finish (GpmStore        *self,
                 GpmStoreChange  *change,
                 GpmStoreChange **out_change)
{
  if (change == NULL)
    {
      if (out_change != NULL)
        *out_change = NULL;
      return;
    }

  gpm_store_emit_changed (self, gpm_store_change_get_table (change));

  if (out_change != NULL)
    *out_change = change;
  else
    gpm_store_change_unref (change);
}

/* Copies row ID of TABLE as it is before an edit; an edit of a row that is gone (deleted
 * in another window, or undone) fails with a message that says so. */
gboolean
gpm_edit_capture_existing (GpmStore        *self,
                           const GpmTable  *table,
                           gint64           id,
                           GpmRow         **out_row,
                           GError         **error)
{
  const char *gone;

  if (!gpm_store_capture_row (self, table, id, 0, out_row, error))
    return FALSE;
  if (*out_row != NULL)
    return TRUE;

  if (table == &gpm_table_vendors)
    gone = _("This vendor no longer exists; it may have been deleted.");
  else if (table == &gpm_table_observations)
    gone = _("This figure no longer exists; it may have been deleted.");
  else if (table == &gpm_table_events)
    gone = _("This event no longer exists; it may have been deleted.");
  else
    gone = _("This chart no longer exists; it may have been deleted.");

  return gpm_edit_fail (error, GPM_STORE_ERROR_NOT_FOUND, "%s", gone);
}

/* Writes ITEM (new when its "id" is 0) with WRITE in one transaction and announces the
 * change; the item gets the id the database gave it. */
gboolean
gpm_edit_save_item (GpmStore         *self,
                    gpointer          item,
                    const char       *table,
                    GpmEditFunc       write,
                    GpmStoreChange  **out_change,
                    GError          **error)
{
  GpmStoreChange *change = NULL;
  GpmEdit edit = { 0, };

  edit.object = item;
  g_object_get (item, "id", &edit.id, NULL);
  if (!gpm_edit_run (self, table, write, &edit, &change, error))
    return FALSE;

  if (change != NULL)
    g_object_set (item, "id", edit.id, NULL);
  gpm_edit_finish (self, change, out_change);

  return TRUE;
}

/* Deletes row ID of TABLE with REMOVE in one transaction and announces the change. */
gboolean
gpm_edit_delete_row (GpmStore         *self,
                     const char       *table,
                     gint64            id,
                     GpmEditFunc       remove,
                     GpmStoreChange  **out_change,
                     GError          **error)
{
  GpmStoreChange *change = NULL;
  GpmEdit edit = { .id = id };

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!gpm_edit_run (self, table, remove, &edit, &change, error))
    return FALSE;

  gpm_edit_finish (self, change, out_change);
  return TRUE;
}

gboolean
gpm_edit_check_choice (const char         *value,
                       const char * const *allowed,
                       const char         *message,
                       GError            **error)
{
  if (value != NULL && g_strv_contains (allowed, value))
    return TRUE;

  return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID, message, value ? value : "");
}

gboolean
gpm_edit_check_period (const char  *text,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (gpm_period_parse (text, NULL, &local_error))
    return TRUE;

  return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID, "%s", local_error->message);
}

gboolean
gpm_edit_check_source (GpmStore    *self,
                       gint64       source_id,
                       const char  *missing,
                       GError     **error)
{
  gint64 found;

  if (source_id <= 0)
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID, "%s", missing);

  if (!gpm_edit_query (self, "SELECT count(*) FROM sources WHERE id = ?1", source_id, 0, NULL,
                       &found, error))
    return FALSE;
  if (found == 0)
    return gpm_edit_fail (error, GPM_STORE_ERROR_NOT_FOUND,
                          _("The chosen source no longer exists; choose another one."));

  return TRUE;
}

/* Vendors */

/* The readable part of a key made from a name: "Moore Threads" → "moore-threads";
 * FALLBACK when the name has no ASCII letters or digits (a Chinese name). */
char *
gpm_store_slug (const char *name,
                const char *fallback)
{
  g_autoptr(GString) slug = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_assign (slug, fallback);

  return g_string_free (g_steal_pointer (&slug), FALSE);
}

/* A readable, unique key for a vendor added without one: "moore-threads", "vendor-2". */
static char *
make_vendor_key (GpmStore    *self,
                 const char  *name,
                 gint64       id,
                 GError     **error)
{
  g_autofree char *slug = gpm_store_slug (name, "vendor");

  for (int n = 1; n < 1000; n++)
    {
      g_autofree char *key = n == 1 ? g_strdup (slug) : g_strdup_printf ("%s-%d", slug, n);
      gint64 taken;

      if (!gpm_edit_query (self, "SELECT count(*) FROM vendors WHERE key = ?3 AND id <> ?1",
                           id, 0, key, &taken, error))
        return NULL;
      if (taken == 0)
        return g_steal_pointer (&key);
    }

  gpm_edit_fail (error, GPM_STORE_ERROR_CONSTRAINT, _("Could not find a free key for “%s”."),
                 name);
  return NULL;
}

static gboolean
validate_vendor (GpmStore   *self,
                 GpmVendor  *vendor,
                 GpmEdit    *edit,
                 GError    **error)
{
  const char *name = gpm_vendor_get_name (vendor);
  const char *key = gpm_vendor_get_key (vendor);
  int founded = gpm_vendor_get_founded (vendor);
  gint64 taken;

  if (gpm_edit_is_blank (name))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("Every vendor needs an English name."));

  if (!gpm_edit_query (self,
                       "SELECT count(*) FROM vendors WHERE name = ?3 COLLATE NOCASE AND id <> ?1",
                       edit->id, 0, name, &taken, error))
    return FALSE;
  if (taken > 0)
    return gpm_edit_fail (error, GPM_STORE_ERROR_CONSTRAINT,
                          _("There is already a vendor called “%s”."), name);

  if (!gpm_edit_check_choice (gpm_vendor_get_role (vendor), vendor_roles,
                     _("“%s” is not a vendor role."), error)
      || !gpm_edit_check_choice (gpm_vendor_get_listing_status (vendor), listing_statuses,
                        _("“%s” is not a listing status."), error))
    return FALSE;

  if (founded != 0 && (founded < 1800 || founded > GPM_PERIOD_MAX_YEAR))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("%d is not a plausible founding year; leave it empty if it is "
                            "not known."),
                          founded);

  if (gpm_edit_is_blank (key))
    return (edit->key = make_vendor_key (self, name, edit->id, error)) != NULL;

  if (!gpm_edit_query (self, "SELECT count(*) FROM vendors WHERE key = ?3 AND id <> ?1",
                       edit->id, 0, key, &taken, error))
    return FALSE;
  if (taken > 0)
    return gpm_edit_fail (error, GPM_STORE_ERROR_CONSTRAINT,
                          _("The key “%s” is already used by another vendor."), key);

  edit->key = g_strdup (key);
  return TRUE;
}

/* Parameters 1–13 in the order of the vendors columns after id. */
static void
bind_vendor (GpmStmt    *stmt,
             GpmVendor  *vendor,
             const char *key)
{
  int founded = gpm_vendor_get_founded (vendor);

  gpm_edit_bind_text (stmt, 1, key);
  gpm_edit_bind_text (stmt, 2, gpm_vendor_get_name (vendor));
  gpm_edit_bind_text (stmt, 3, gpm_vendor_get_name_zh (vendor));
  gpm_edit_bind_text (stmt, 4, gpm_vendor_get_name_zh_hant (vendor));
  gpm_edit_bind_text (stmt, 5, gpm_vendor_get_aliases (vendor));
  gpm_edit_bind_text (stmt, 6, gpm_vendor_get_role (vendor));
  gpm_edit_bind_text (stmt, 7, gpm_vendor_get_country (vendor));
  gpm_edit_bind_text (stmt, 8, gpm_vendor_get_headquarters (vendor));
  if (founded != 0)
    sqlite3_bind_int (stmt, 9, founded);
  else
    sqlite3_bind_null (stmt, 9);
  gpm_edit_bind_text (stmt, 10, gpm_vendor_get_segments (vendor));
  gpm_edit_bind_text (stmt, 11, gpm_vendor_get_listing_status (vendor));
  gpm_edit_bind_text (stmt, 12, gpm_vendor_get_listing_board (vendor));
  gpm_edit_bind_text (stmt, 13, gpm_vendor_get_note (vendor));
}

/* Writes the vendor: a new row when edit->id is 0, else an update of that row. */
static gboolean
write_vendor (GpmStore        *self,
              GpmEdit         *edit,
              GpmStoreChange  *change,
              GError         **error)
{
  GpmVendor *vendor = edit->object;
  g_autoptr(GpmRow) before = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  GpmRow *after = NULL;
  g_autofree char *description = NULL;
  gboolean adding = edit->id == 0;

  if (!adding)
    {
      if (!gpm_edit_capture_existing (self, &gpm_table_vendors, edit->id, &before, error))
        return FALSE;
    }

  if (!validate_vendor (self, vendor, edit, error))
    return FALSE;

  stmt = gpm_store_prepare (self, adding
    ? "INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country,"
      " headquarters, founded, segments, listing_status, listing_board, note)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
    : "UPDATE vendors SET key = ?1, name = ?2, name_zh = ?3, name_zh_hant = ?4, aliases = ?5,"
      " role = ?6, country = ?7, headquarters = ?8, founded = ?9, segments = ?10,"
      " listing_status = ?11, listing_board = ?12, note = ?13 WHERE id = ?14",
    error);
  if (stmt == NULL)
    return FALSE;

  bind_vendor (stmt, vendor, edit->key);
  if (!adding)
    sqlite3_bind_int64 (stmt, 14, edit->id);
  if (!gpm_store_run (self, stmt, error))
    return FALSE;
  if (adding)
    edit->id = sqlite3_last_insert_rowid (self->db);

  if (!gpm_store_capture_row (self, &gpm_table_vendors, edit->id, 0, &after, error))
    return FALSE;

  description = g_strdup_printf (adding ? _("Added vendor “%s”") : _("Changed vendor “%s”"),
                                 gpm_vendor_get_name (vendor));
  gpm_store_change_set_description (change, description);
  gpm_store_change_add (change, &gpm_table_vendors, edit->id, 0,
                        g_steal_pointer (&before), after);

  return TRUE;
}

/* "12 figures, 3 events and 1 relation" */
static char *
join_counts (GPtrArray *parts)
{
  char *text = g_strdup (g_ptr_array_index (parts, 0));

  for (guint i = 1; i < parts->len; i++)
    {
      char *joined = g_strdup_printf (i + 1 < parts->len ? C_("list", "%s, %s")
                                                         : C_("list", "%s and %s"),
                                      text, (char *) g_ptr_array_index (parts, i));

      g_free (text);
      text = joined;
    }

  return text;
}

static gboolean
check_vendor_unused (GpmStore    *self,
                     gint64       vendor_id,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  gint64 figures, events, relations, products;

  if (!gpm_edit_query (self, "SELECT count(*) FROM observations WHERE vendor_id = ?1",
                       vendor_id, 0, NULL, &figures, error)
      || !gpm_edit_query (self, "SELECT count(*) FROM event_vendors WHERE vendor_id = ?1",
                          vendor_id, 0, NULL, &events, error)
      || !gpm_edit_query (self,
                          "SELECT count(*) FROM relations WHERE vendor_id = ?1 OR other_id = ?1",
                          vendor_id, 0, NULL, &relations, error)
      || !gpm_edit_query (self, "SELECT count(*) FROM products WHERE vendor_id = ?1",
                          vendor_id, 0, NULL, &products, error))
    return FALSE;

  /* One literal g_dngettext () per clause, so xgettext sees each plural pair. */
  if (figures > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d figure",
                                                          "%d figures", figures),
                                             (int) figures));
  if (events > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d event",
                                                          "%d events", events),
                                             (int) events));
  if (relations > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d relation",
                                                          "%d relations", relations),
                                             (int) relations));
  if (products > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d product",
                                                          "%d products", products),
                                             (int) products));
  if (parts->len == 0)
    return TRUE;

  list = join_counts (parts);
  return gpm_edit_fail (error, GPM_STORE_ERROR_CONSTRAINT,
                        _("%s still has %s; delete them or move them to another vendor "
                          "first."),
                        name, list);
}

static gboolean
remove_vendor (GpmStore        *self,
               GpmEdit         *edit,
               GpmStoreChange  *change,
               GError         **error)
{
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *description = NULL;
  GpmRow *before = NULL;
  const char *name;

  if (!gpm_edit_capture_existing (self, &gpm_table_vendors, edit->id, &before, error))
    return FALSE;

  /* The change owns the image from here on, also on failure. */
  gpm_store_change_add (change, &gpm_table_vendors, edit->id, 0, before, NULL);
  name = gpm_row_get_text (before, 2);

  if (!check_vendor_unused (self, edit->id, name, error))
    return FALSE;

  stmt = gpm_store_prepare (self, "DELETE FROM vendors WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edit->id);
  if (!gpm_store_run (self, stmt, error))
    return FALSE;

  description = g_strdup_printf (_("Deleted vendor “%s”"), name);
  gpm_store_change_set_description (change, description);

  return TRUE;
}

static gboolean
save_vendor (GpmStore        *self,
             GpmVendor       *vendor,
             gboolean         adding,
             GpmStoreChange **out_change,
             GError         **error)
{
  g_autofree char *name = NULL;
  GpmStoreChange *change = NULL;
  GpmEdit edit = { 0, };

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (GPM_IS_VENDOR (vendor), FALSE);
  g_return_val_if_fail (adding == (gpm_vendor_get_id (vendor) == 0), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Names are compared for duplicates, so stray spaces would hide one. */
  name = g_strstrip (g_strdup (gpm_vendor_get_name (vendor)));
  gpm_vendor_set_name (vendor, name);

  edit.object = vendor;
  edit.id = gpm_vendor_get_id (vendor);
  if (!gpm_edit_run (self, "vendors", write_vendor, &edit, &change, error))
    {
      g_free (edit.key);
      return FALSE;
    }

  if (change != NULL)
    {
      gpm_vendor_set_id (vendor, edit.id);
      gpm_vendor_set_key (vendor, edit.key);
    }
  g_free (edit.key);
  gpm_edit_finish (self, change, out_change);

  return TRUE;
}

gboolean
gpm_store_add_vendor (GpmStore        *self,
                      GpmVendor       *vendor,
                      GpmStoreChange **change,
                      GError         **error)
{
  return save_vendor (self, vendor, TRUE, change, error);
}

gboolean
gpm_store_update_vendor (GpmStore        *self,
                         GpmVendor       *vendor,
                         GpmStoreChange **change,
                         GError         **error)
{
  return save_vendor (self, vendor, FALSE, change, error);
}

gboolean
gpm_store_delete_vendor (GpmStore        *self,
                         gint64           vendor_id,
                         GpmStoreChange **out_change,
                         GError         **error)
{
  return gpm_edit_delete_row (self, "vendors", vendor_id, remove_vendor, out_change, error);
}

/* Observations */

gboolean
gpm_edit_check_exists (GpmStore    *self,
                       const char  *sql,
                       gint64       id,
                       const char  *missing,
                       GError     **error)
{
  gint64 found;

  if (!gpm_edit_query (self, sql, id, 0, NULL, &found, error))
    return FALSE;
  if (found == 0)
    return gpm_edit_fail (error, GPM_STORE_ERROR_NOT_FOUND, "%s", missing);

  return TRUE;
}

static gboolean
validate_observation (GpmStore        *self,
                      GpmObservation  *observation,
                      GError         **error)
{
  gint64 vendor_id = gpm_observation_get_vendor_id (observation);
  gint64 scope_id = gpm_observation_get_scope_id (observation);
  gint64 metric_id = gpm_observation_get_metric_id (observation);

  if (vendor_id > 0 && scope_id > 0)
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("A figure belongs to a vendor or to a market, not both; clear one "
                            "of them."));
  if (vendor_id <= 0 && scope_id <= 0)
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("Every figure belongs to a vendor or to a market; choose one."));
  if (metric_id <= 0)
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("Every figure needs a metric, such as revenue or market share."));

  if (!gpm_edit_check_source (self, gpm_observation_get_source_id (observation),
                     _("Every figure needs a source: choose the article or report it was "
                       "taken from."),
                     error))
    return FALSE;

  if (!(vendor_id > 0
        ? gpm_edit_check_exists (self, "SELECT count(*) FROM vendors WHERE id = ?1", vendor_id,
                        _("The vendor of this figure no longer exists."), error)
        : gpm_edit_check_exists (self, "SELECT count(*) FROM scopes WHERE id = ?1", scope_id,
                        _("The market of this figure no longer exists."), error))
      || !gpm_edit_check_exists (self, "SELECT count(*) FROM metrics WHERE id = ?1", metric_id,
                        _("The metric of this figure no longer exists."), error)
      || !gpm_edit_check_period (gpm_observation_get_period (observation), error))
    return FALSE;

  if (!isfinite (gpm_observation_get_value (observation)))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("The value must be a finite number."));
  if (gpm_edit_is_blank (gpm_observation_get_unit (observation)))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("Every figure needs a unit, such as CNY, USD or %%."));

  if (!gpm_edit_check_choice (gpm_observation_get_qualifier (observation), qualifiers,
                     _("“%s” is not a qualifier; use exact, about, more-than or less-than."),
                     error)
      || !gpm_edit_check_choice (gpm_observation_get_status (observation), statuses,
                        _("“%s” is not a status; use reported, forecast or estimate."), error))
    return FALSE;

  if (gpm_edit_is_blank (gpm_observation_get_quote (observation)))
    return gpm_edit_fail (error, GPM_STORE_ERROR_INVALID,
                          _("Every figure needs the sentence it was quoted from, so that it "
                            "can be checked against its source."));

  return TRUE;
}

/* "MetaX · Revenue · 2024", for the change's description. */
static char *
observation_label (GpmStore *self,
                   gint64    id)
{
  g_autoptr(GpmStmt) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = gpm_store_prepare (self,
                            "SELECT coalesce (v.name, s.name, '') || ' · ' || m.name || ' · '"
                            " || o.period FROM observations o"
                            " LEFT JOIN vendors v ON v.id = o.vendor_id"
                            " LEFT JOIN scopes s ON s.id = o.scope_id"
                            " JOIN metrics m ON m.id = o.metric_id WHERE o.id = ?1",
                            NULL);
  if (stmt == NULL)
    return g_strdup ("");

  sqlite3_bind_int64 (stmt, 1, id);
  if (!gpm_store_step (self, stmt, &has_row, NULL) || !has_row)
    return g_strdup ("");

  return g_strdup (gpm_stmt_text (stmt, 0));
}

static void
bind_observation (GpmStmt        *stmt,
                  GpmObservation *observation)
{
  gpm_edit_bind_id_or_null (stmt, 1, gpm_observation_get_vendor_id (observation));
  gpm_edit_bind_id_or_null (stmt, 2, gpm_observation_get_scope_id (observation));
  sqlite3_bind_int64 (stmt, 3, gpm_observation_get_metric_id (observation));
  gpm_edit_bind_text (stmt, 4, gpm_observation_get_period (observation));
  sqlite3_bind_double (stmt, 5, gpm_observation_get_value (observation));
  gpm_edit_bind_text (stmt, 6, gpm_observation_get_unit (observation));
  gpm_edit_bind_text (stmt, 7, gpm_observation_get_qualifier (observation));
  gpm_edit_bind_text (stmt, 8, gpm_observation_get_status (observation));
  sqlite3_bind_int (stmt, 9, gpm_observation_get_doubtful (observation) ? 1 : 0);
  sqlite3_bind_int64 (stmt, 10, gpm_observation_get_source_id (observation));
  gpm_edit_bind_text (stmt, 11, gpm_observation_get_quote (observation));
  gpm_edit_bind_text (stmt, 12, gpm_observation_get_note (observation));
}

static gboolean
write_observation (GpmStore        *self,
                   GpmEdit         *edit,
                   GpmStoreChange  *change,
                   GError         **error)
{
  GpmObservation *observation = edit->object;
  g_autoptr(GpmRow) before = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  GpmRow *after = NULL;
  gboolean adding = edit->id == 0;

  if (!adding)
    {
      if (!gpm_edit_capture_existing (self, &gpm_table_observations, edit->id, &before, error))
        return FALSE;
    }

  if (!validate_observation (self, observation, error))
    return FALSE;

  stmt = gpm_store_prepare (self, adding
    ? "INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit,"
      " qualifier, status, doubtful, source_id, quote, note)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    : "UPDATE observations SET vendor_id = ?1, scope_id = ?2, metric_id = ?3, period = ?4,"
      " value = ?5, unit = ?6, qualifier = ?7, status = ?8, doubtful = ?9, source_id = ?10,"
      " quote = ?11, note = ?12 WHERE id = ?13",
    error);
  if (stmt == NULL)
    return FALSE;

  bind_observation (stmt, observation);
  if (!adding)
    sqlite3_bind_int64 (stmt, 13, edit->id);
  if (!gpm_store_run (self, stmt, error))
    return FALSE;
  if (adding)
    edit->id = sqlite3_last_insert_rowid (self->db);

  if (!gpm_store_capture_row (self, &gpm_table_observations, edit->id, 0, &after, error))
    return FALSE;

  label = observation_label (self, edit->id);
  description = g_strdup_printf (adding ? _("Added figure “%s”") : _("Changed figure “%s”"),
                                 label);
  gpm_store_change_set_description (change, description);
  gpm_store_change_add (change, &gpm_table_observations, edit->id, 0,
                        g_steal_pointer (&before), after);

  return TRUE;
}

static gboolean
remove_observation (GpmStore        *self,
                    GpmEdit         *edit,
                    GpmStoreChange  *change,
                    GError         **error)
{
  g_autoptr(GpmStmt) stmt = NULL;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  GpmRow *before = NULL;

  if (!gpm_edit_capture_existing (self, &gpm_table_observations, edit->id, &before, error))
    return FALSE;

  gpm_store_change_add (change, &gpm_table_observations, edit->id, 0, before, NULL);
  label = observation_label (self, edit->id);

  stmt = gpm_store_prepare (self, "DELETE FROM observations WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edit->id);
  if (!gpm_store_run (self, stmt, error))
    return FALSE;

  description = g_strdup_printf (_("Deleted figure “%s”"), label);
  gpm_store_change_set_description (change, description);

  return TRUE;
}

static gboolean
save_observation (GpmStore        *self,
                  GpmObservation  *observation,
                  gboolean         adding,
                  GpmStoreChange **out_change,
                  GError         **error)
{
  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (GPM_IS_OBSERVATION (observation), FALSE);
  g_return_val_if_fail (adding == (gpm_observation_get_id (observation) == 0), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return gpm_edit_save_item (self, observation, "observations", write_observation, out_change, error);
}

gboolean
gpm_store_add_observation (GpmStore        *self,
                           GpmObservation  *observation,
                           GpmStoreChange **change,
                           GError         **error)
{
  return save_observation (self, observation, TRUE, change, error);
}

gboolean
gpm_store_update_observation (GpmStore        *self,
                              GpmObservation  *observation,
                              GpmStoreChange **change,
                              GError         **error)
{
  return save_observation (self, observation, FALSE, change, error);
}

gboolean
gpm_store_delete_observation (GpmStore        *self,
                              gint64           observation_id,
                              GpmStoreChange **out_change,
                              GError         **error)
{
  return gpm_edit_delete_row (self, "observations", observation_id, remove_observation, out_change, error);
}
