/* gpm-store-import.c — one transaction for a whole imported file.
 *
 * Names are looked up in memory: the subjects, metrics and sources of a database are
 * few (hundreds) while a file may have a million rows naming them again and again, so
 * the import loads them once, folded for any script and case, and keeps an exact-text
 * cache in front of the folding. Figures are matched and written in
 * gpm-store-import-figures.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gpm-hanzi.h"
#include "gpm-store-import-private.h"

#define IMPORT_CACHE_KIB 131072

static void
add_name (GHashTable *table,
          const char *name,
          gint64      id)
{
  char *folded;

  if (name == NULL || *name == '\0')
    return;

  folded = gpm_hanzi_fold (name);
  /* The first row wins, so a key or main name is never shadowed by an alias. */
  if (*folded == '\0' || g_hash_table_contains (table, folded))
    g_free (folded);
  else
    g_hash_table_insert (table, folded, g_memdup2 (&id, sizeof id));
}

static gboolean
lookup (GHashTable *cache,
        GHashTable *table,
        const char *name,
        gint64     *id)
{
  const gint64 *found = g_hash_table_lookup (cache, name);
  g_autofree char *folded = NULL;

  if (found == NULL)
    {
      folded = gpm_hanzi_fold (name);
      found = g_hash_table_lookup (table, folded);
      if (found == NULL)
        return FALSE;
      g_hash_table_insert (cache, g_strdup (name), g_memdup2 (found, sizeof *found));
    }

  *id = *found;
  return TRUE;
}

/* Loads rows of SQL whose first column is an id and the rest names (or ';'-separated
 * alias lists when split is set). */
static gboolean
load_names (GpmStoreImport  *self,
            const char      *sql,
            const char      *key_table,
            gint64           sign,
            GHashTable      *table,
            GError         **error)
{
  g_autoptr(GpmStmt) stmt = gpm_store_prepare (self->store, sql, error);
  gboolean has_row;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;

  while ((ok = gpm_store_step (self->store, stmt, &has_row, error)) && has_row)
    {
      gint64 id = sign * sqlite3_column_int64 (stmt, 0);
      int n = sqlite3_column_count (stmt);

      g_hash_table_add (self->keys, g_strdup_printf ("%s:%s", key_table,
                                                      gpm_stmt_text (stmt, 1)));
      for (int c = 1; c < n; c++)
        {
          const char *name = gpm_stmt_text (stmt, c);
          g_auto(GStrv) aliases = NULL;

          if (name == NULL || g_strcmp0 (sqlite3_column_name (stmt, c), "aliases") != 0)
            {
              add_name (table, name, id);
              continue;
            }
          aliases = g_strsplit (name, ";", -1);
          for (guint a = 0; aliases[a] != NULL; a++)
            add_name (table, g_strstrip (aliases[a]), id);
        }
    }

  return ok;
}

static gboolean
load_metric_units (GpmStoreImport  *self,
                   GError         **error)
{
  g_autoptr(GpmStmt) stmt = gpm_store_prepare (self->store, "SELECT id, unit FROM metrics",
                                               error);
  gboolean has_row;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;

  while ((ok = gpm_store_step (self->store, stmt, &has_row, error)) && has_row)
    g_hash_table_insert (self->metric_units,
                         g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) },
                                    sizeof (gint64)),
                         g_strdup (gpm_stmt_text (stmt, 1)));

  return ok;
}

static GHashTable *
new_id_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
free_import (GpmStoreImport *self)
{
  g_clear_pointer (&self->subjects, g_hash_table_unref);
  g_clear_pointer (&self->metrics, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->subject_cache, g_hash_table_unref);
  g_clear_pointer (&self->metric_cache, g_hash_table_unref);
  g_clear_pointer (&self->source_cache, g_hash_table_unref);
  g_clear_pointer (&self->metric_units, g_hash_table_unref);
  g_clear_pointer (&self->keys, g_hash_table_unref);
  g_clear_pointer (&self->consumed, g_hash_table_unref);
  g_clear_pointer (&self->change, gpm_store_change_unref);
  gpm_store_import_free_figures (self);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_free (self);
}

GpmStoreImport *
gpm_store_import_begin (GpmStore      *store,
                        GCancellable  *cancellable,
                        GError       **error)
{
  GpmStoreImport *self;
  gint64 max_id = 0;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);

  if (!gpm_store_check_writable (store, error))
    return NULL;

  self = g_new0 (GpmStoreImport, 1);
  self->store = g_object_ref (store);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->subjects = new_id_table ();
  self->metrics = new_id_table ();
  self->sources = new_id_table ();
  self->subject_cache = new_id_table ();
  self->metric_cache = new_id_table ();
  self->source_cache = new_id_table ();
  self->metric_units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->consumed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->change = gpm_store_change_new ("observations");

  g_mutex_lock (&store->lock);
  gpm_store_watch_cancellable (store, cancellable);
  /* A big import touches index pages all over the file; with SQLite's default 2 MiB
   * of cache most of them would be read again from the WAL for every row. The cache
   * is fixed, so memory still does not grow with the file. */
  gpm_store_exec (store, "PRAGMA cache_size = -" G_STRINGIFY (IMPORT_CACHE_KIB), NULL);

  /* Every id a figure refers to is one this import just found or added in the same
   * transaction, so checking each reference again row by row (three more b-tree seeks
   * per figure) proves nothing; the pragma only takes effect outside a transaction. */
  gpm_store_exec (store, "PRAGMA foreign_keys = OFF", NULL);
  if (!gpm_store_begin (store, error))
    {
      gpm_store_exec (store, "PRAGMA foreign_keys = ON", NULL);
      gpm_store_unwatch_cancellable (store);
      g_mutex_unlock (&store->lock);
      free_import (self);
      return NULL;
    }

  /* Failing a row instead of undoing it (OR FAIL below) spares SQLite a statement
   * journal per row; any failure still rolls back the whole import. */
  if (!load_names (self, "SELECT id, key, name, name_zh, name_zh_hant, aliases FROM vendors",
                   "vendors", 1, self->subjects, error)
      || !load_names (self, "SELECT id, key, name, name_zh FROM scopes",
                      "scopes", -1, self->subjects, error)
      || !load_names (self, "SELECT id, key, name, name_zh FROM metrics",
                      "metrics", 1, self->metrics, error)
      || !load_names (self, "SELECT id, key, title, publisher, publisher_zh FROM sources",
                      "sources", 1, self->sources, error)
      || !load_metric_units (self, error)
      || !gpm_store_import_prepare_figures (self, error)
      || !gpm_edit_query (store, "SELECT coalesce(max(id), 0) FROM observations", 0, 0, NULL,
                          &max_id, error))
    {
      gpm_store_import_end (self, FALSE, NULL, NULL);
      return NULL;
    }

  self->first_new_id = max_id + 1;
  return self;
}

gboolean
gpm_store_import_end (GpmStoreImport   *self,
                      gboolean          commit,
                      GpmStoreChange  **out_change,
                      GError          **error)
{
  GpmStore *store;
  gboolean ok = TRUE;
  gboolean announce;

  g_return_val_if_fail (self != NULL, FALSE);

  store = g_object_ref (self->store);
  if (commit)
    ok = gpm_store_import_flush (self, error) && gpm_store_commit (store, error);
  if (!commit || !ok)
    gpm_store_rollback (store);

  announce = commit && ok;
  gpm_store_exec (store, "PRAGMA cache_size = -2000", NULL);  /* SQLite's default */
  gpm_store_exec (store, "PRAGMA foreign_keys = ON", NULL);
  gpm_store_unwatch_cancellable (store);
  g_mutex_unlock (&store->lock);

  if (announce && self->wrote_names)
    {
      gpm_store_emit_changed (store, "vendors");
      gpm_store_emit_changed (store, "metrics");
      gpm_store_emit_changed (store, "sources");
    }
  if (announce && self->wrote_figures)
    gpm_store_emit_changed (store, "observations");

  if (out_change != NULL)
    *out_change = announce && self->change != NULL && !gpm_store_change_is_empty (self->change)
                  ? g_steal_pointer (&self->change) : NULL;

  free_import (self);
  g_object_unref (store);
  return ok;
}

gboolean
gpm_store_import_find_subject (GpmStoreImport *self,
                               const char     *name,
                               gint64         *vendor_id,
                               gint64         *scope_id)
{
  gint64 id;

  if (!lookup (self->subject_cache, self->subjects, name, &id))
    return FALSE;

  *vendor_id = id > 0 ? id : 0;
  *scope_id = id < 0 ? -id : 0;
  return TRUE;
}

gboolean
gpm_store_import_find_metric (GpmStoreImport  *self,
                              const char      *name,
                              gint64          *metric_id,
                              const char     **unit)
{
  if (!lookup (self->metric_cache, self->metrics, name, metric_id))
    return FALSE;

  *unit = g_hash_table_lookup (self->metric_units, metric_id);
  return TRUE;
}

gboolean
gpm_store_import_find_source (GpmStoreImport *self,
                              const char     *name,
                              gint64         *source_id)
{
  return lookup (self->source_cache, self->sources, name, source_id);
}

/* Keeps the row images Undo needs: BEFORE (owned) is the row as it was, or NULL for a
 * new row; the row as it is now is read here. */
gboolean
gpm_store_import_remember (GpmStoreImport  *self,
                           const GpmTable  *table,
                           gint64           id,
                           GpmRow          *before,
                           GError         **error)
{
  GpmRow *after = NULL;

  if (self->change == NULL)
    {
      gpm_row_free (before);
      return TRUE;
    }
  if (gpm_store_change_get_length (self->change) >= GPM_IMPORT_MAX_UNDO_ROWS)
    {
      gpm_row_free (before);
      g_clear_pointer (&self->change, gpm_store_change_unref);
      return TRUE;
    }
  if (!gpm_store_capture_row (self->store, table, id, 0, &after, error))
    {
      gpm_row_free (before);
      return FALSE;
    }

  gpm_store_change_add (self->change, table, id, 0, before, after);
  gpm_store_change_also_announce (self->change, table->name);
  return TRUE;
}

/* A key no row of TABLE has yet, from NAME. */
static char *
free_key (GpmStoreImport *self,
          const char     *table,
          const char     *name,
          const char     *fallback)
{
  g_autofree char *slug = gpm_store_slug (name, fallback);

  for (guint n = 1;; n++)
    {
      g_autofree char *key = n == 1 ? g_strdup (slug) : g_strdup_printf ("%s-%u", slug, n);
      char *entry = g_strdup_printf ("%s:%s", table, key);

      if (g_hash_table_add (self->keys, entry))
        return g_steal_pointer (&key);
    }
}

static gboolean
has_han (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      return TRUE;

  return FALSE;
}

/* Runs an INSERT whose ?1 is the key and ?2…?n the given texts; returns the new id. */
static gint64
insert_named (GpmStoreImport     *self,
              const GpmTable     *table,
              const char         *sql,
              const char * const *texts,
              guint               n_texts,
              GError            **error)
{
  g_autoptr(GpmStmt) stmt = gpm_store_prepare (self->store, sql, error);
  gint64 id;

  if (stmt == NULL)
    return 0;

  for (guint i = 0; i < n_texts; i++)
    gpm_edit_bind_text (stmt, (int) i + 1, texts[i]);

  if (!gpm_store_run (self->store, stmt, error))
    return 0;

  self->wrote_names = TRUE;
  id = sqlite3_last_insert_rowid (self->store->db);
  return gpm_store_import_remember (self, table, id, NULL, error) ? id : 0;
}

gint64
gpm_store_import_add_vendor (GpmStoreImport  *self,
                             const char      *name,
                             GError         **error)
{
  g_autofree char *key = free_key (self, "vendors", name, "vendor");
  g_autofree char *hant = has_han (name) ? gpm_hanzi_to_traditional (name) : g_strdup ("");
  const char *texts[] = { key, name, has_han (name) ? name : "", hant };
  gint64 id;

  id = insert_named (self, &gpm_table_vendors,
                     "INSERT INTO vendors (key, name, name_zh, name_zh_hant) "
                     "VALUES (?1, ?2, ?3, ?4)", texts, G_N_ELEMENTS (texts), error);
  if (id != 0)
    add_name (self->subjects, name, id);

  return id;
}

gint64
gpm_store_import_add_metric (GpmStoreImport  *self,
                             const char      *name,
                             const char      *kind,
                             const char      *unit,
                             GError         **error)
{
  g_autofree char *key = free_key (self, "metrics", name, "metric");
  const char *texts[] = { key, name, name, kind, unit };
  gint64 id;

  id = insert_named (self, &gpm_table_metrics,
                     "INSERT INTO metrics (key, name, name_zh, kind, unit) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)", texts, G_N_ELEMENTS (texts), error);
  if (id != 0)
    {
      add_name (self->metrics, name, id);
      g_hash_table_insert (self->metric_units, g_memdup2 (&id, sizeof id), g_strdup (unit));
    }

  return id;
}

gint64
gpm_store_import_add_source (GpmStoreImport  *self,
                             const char      *key,
                             const char      *publisher,
                             const char      *title,
                             const char      *language,
                             GError         **error)
{
  g_autofree char *free = free_key (self, "sources", key, "source");
  const char *texts[] = { free, publisher, title, language };
  gint64 id;

  id = insert_named (self, &gpm_table_sources,
                     "INSERT INTO sources (key, publisher, title, language) "
                     "VALUES (?1, ?2, ?3, ?4)", texts, G_N_ELEMENTS (texts), error);
  if (id != 0)
    {
      add_name (self->sources, key, id);
      add_name (self->sources, title, id);
    }

  return id;
}
