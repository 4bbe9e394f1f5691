/* gpm-store-change.c — undo and redo as row images.
 *
 * An edit records, for every row it touched, a copy of the row's columns before and after
 * (NULL for "did not exist"). Undo walks the rows backwards and writes each before-image,
 * redo walks forwards and writes each after-image: re-inserting a deleted row with its
 * original id, deleting an inserted one, or restoring an updated row's columns. Before
 * writing, each row must still look exactly as the edit left it; otherwise the undo is
 * refused as a conflict instead of overwriting someone's later work.
 *
 * Values are copied with sqlite3_value_dup (), so every column type round-trips exactly.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gpm-store-private.h"

#define TABLE(name_, ...) \
  static const char * const name_##_columns[] = { __VA_ARGS__ }; \
  const GpmTable gpm_table_##name_ = { \
    #name_, name_##_columns, G_N_ELEMENTS (name_##_columns), 1 \
  }

TABLE (vendors,
       "id", "key", "name", "name_zh", "name_zh_hant", "aliases", "role", "country",
       "headquarters", "founded", "segments", "listing_status", "listing_board", "note");
TABLE (observations,
       "id", "vendor_id", "scope_id", "metric_id", "period", "value", "unit", "qualifier",
       "status", "doubtful", "source_id", "quote", "note");
TABLE (events,
       "id", "date", "category", "title", "title_zh", "source_id", "quote", "note");
TABLE (saved_charts,
       "id", "name", "spec", "builtin", "created", "modified");
TABLE (decks, "id", "name");
TABLE (metrics, "id", "key", "name", "name_zh", "kind", "unit");
TABLE (sources,
       "id", "key", "publisher", "publisher_zh", "title", "published", "language", "url");

/* WITHOUT ROWID tables, keyed by their first two columns. */
static const char * const event_vendors_columns[] = { "event_id", "vendor_id" };
const GpmTable gpm_table_event_vendors = {
  "event_vendors", event_vendors_columns, G_N_ELEMENTS (event_vendors_columns), 2
};

static const char * const deck_slides_columns[] = {
  "deck_id", "position", "chart_id", "timeline_range"
};
const GpmTable gpm_table_deck_slides = {
  "deck_slides", deck_slides_columns, G_N_ELEMENTS (deck_slides_columns), 2
};

struct _GpmRow
{
  const GpmTable *table;
  sqlite3_value  *values[];
};

typedef struct
{
  const GpmTable *table;
  gint64          key[2];
  GpmRow         *before;  /* NULL: the row did not exist before the edit */
  GpmRow         *after;   /* NULL: the row does not exist after it */
} ChangeOp;

struct _GpmStoreChange
{
  gatomicrefcount  ref_count;
  const char      *table;
  char            *description;
  GPtrArray       *ops;  /* ChangeOp, in the order the edit wrote them */
  GPtrArray       *also; /* other tables to announce after undo or redo, or NULL */
};

G_DEFINE_BOXED_TYPE (GpmStoreChange, gpm_store_change,
                     gpm_store_change_ref, gpm_store_change_unref)

/* Row images */

void
gpm_row_free (GpmRow *row)
{
  if (row == NULL)
    return;

  for (guint i = 0; i < row->table->n_columns; i++)
    sqlite3_value_free (row->values[i]);
  g_free (row);
}

static gboolean
value_equal (sqlite3_value *a,
             sqlite3_value *b)
{
  int type = sqlite3_value_type (a);

  if (type != sqlite3_value_type (b))
    return FALSE;

  switch (type)
    {
    case SQLITE_INTEGER:
      return sqlite3_value_int64 (a) == sqlite3_value_int64 (b);

    case SQLITE_FLOAT:
      {
        double x = sqlite3_value_double (a);
        double y = sqlite3_value_double (b);

        /* Bitwise: an undo must give back exactly the stored value. */
        return memcmp (&x, &y, sizeof x) == 0;
      }

    case SQLITE_TEXT:
    case SQLITE_BLOB:
      {
        const void *x = type == SQLITE_TEXT ? (const void *) sqlite3_value_text (a)
                                            : sqlite3_value_blob (a);
        const void *y = type == SQLITE_TEXT ? (const void *) sqlite3_value_text (b)
                                            : sqlite3_value_blob (b);
        int n = sqlite3_value_bytes (a);

        return n == sqlite3_value_bytes (b) && (n == 0 || memcmp (x, y, n) == 0);
      }

    case SQLITE_NULL:
    default:
      return TRUE;
    }
}

gboolean
gpm_row_equal (const GpmRow *a,
               const GpmRow *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->table != b->table)
    return FALSE;

  for (guint i = 0; i < a->table->n_columns; i++)
    if (!value_equal (a->values[i], b->values[i]))
      return FALSE;

  return TRUE;
}

/* Valid while @row lives; NULL for an SQL NULL. */
const char *
gpm_row_get_text (const GpmRow *row,
                  guint         column)
{
  g_return_val_if_fail (row != NULL, NULL);
  g_return_val_if_fail (column < row->table->n_columns, NULL);

  return (const char *) sqlite3_value_text (row->values[column]);
}

/* "k1 = ?1 AND k2 = ?2": the key condition, numbered from the first parameter. */
static void
append_key_condition (GString        *sql,
                      const GpmTable *table,
                      guint           first_param)
{
  for (guint i = 0; i < table->n_key; i++)
    g_string_append_printf (sql, "%s%s = ?%u", i > 0 ? " AND " : "", table->columns[i],
                            first_param + i);
}

/* Statement texts come only from the table descriptions above, never from data. */
static char *
build_select (const GpmTable *table)
{
  GString *sql = g_string_new ("SELECT ");

  for (guint i = 0; i < table->n_columns; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", table->columns[i]);
  g_string_append_printf (sql, " FROM %s WHERE ", table->name);
  append_key_condition (sql, table, 1);

  return g_string_free (sql, FALSE);
}

static char *
build_insert (const GpmTable *table)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO %s (", table->name);
  for (guint i = 0; i < table->n_columns; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", table->columns[i]);
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < table->n_columns; i++)
    g_string_append_printf (sql, "%s?%u", i > 0 ? ", " : "", i + 1);
  g_string_append (sql, ")");

  return g_string_free (sql, FALSE);
}

/* Parameters 1..n are all columns in order; the key repeats them in the WHERE. */
static char *
build_update (const GpmTable *table)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "UPDATE %s SET ", table->name);
  for (guint i = table->n_key; i < table->n_columns; i++)
    g_string_append_printf (sql, "%s%s = ?%u", i > table->n_key ? ", " : "",
                            table->columns[i], i + 1);
  g_string_append (sql, " WHERE ");
  append_key_condition (sql, table, 1);

  return g_string_free (sql, FALSE);
}

static char *
build_delete (const GpmTable *table)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "DELETE FROM %s WHERE ", table->name);
  append_key_condition (sql, table, 1);

  return g_string_free (sql, FALSE);
}

static void
bind_key (GpmStmt        *stmt,
          const GpmTable *table,
          gint64          key0,
          gint64          key1)
{
  sqlite3_bind_int64 (stmt, 1, key0);
  if (table->n_key > 1)
    sqlite3_bind_int64 (stmt, 2, key1);
}

/**
 * gpm_store_capture_row:
 * @out_row: (out): the row's columns, or %NULL when there is no such row
 *
 * Returns: %FALSE only when the database could not be read
 */
gboolean
gpm_store_capture_row (GpmStore        *self,
                       const GpmTable  *table,
                       gint64           key0,
                       gint64           key1,
                       GpmRow         **out_row,
                       GError         **error)
{
  g_autofree char *sql = build_select (table);
  g_autoptr(GpmStmt) stmt = NULL;
  GpmRow *row;
  gboolean has_row;

  *out_row = NULL;

  stmt = gpm_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  bind_key (stmt, table, key0, key1);
  if (!gpm_store_step (self, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;

  row = g_malloc0 (sizeof (GpmRow) + table->n_columns * sizeof (sqlite3_value *));
  row->table = table;
  for (guint i = 0; i < table->n_columns; i++)
    {
      row->values[i] = sqlite3_value_dup (sqlite3_column_value (stmt, i));
      if (row->values[i] == NULL)
        {
          gpm_row_free (row);
          return gpm_store_set_sqlite_error (self, SQLITE_NOMEM, error);
        }
    }

  *out_row = row;
  return TRUE;
}

/* Makes the row at @op's key look like @target (NULL: not there); @exists says whether
 * it is there now. */
static gboolean
write_row (GpmStore        *self,
           const ChangeOp  *op,
           gboolean         exists,
           const GpmRow    *target,
           GError         **error)
{
  const GpmTable *table = op->table;
  g_autofree char *sql = NULL;
  g_autoptr(GpmStmt) stmt = NULL;

  if (target == NULL)
    sql = build_delete (table);
  else if (!exists)
    sql = build_insert (table);
  else
    sql = build_update (table);

  stmt = gpm_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  if (target == NULL)
    bind_key (stmt, table, op->key[0], op->key[1]);
  else
    for (guint i = 0; i < table->n_columns; i++)
      sqlite3_bind_value (stmt, i + 1, target->values[i]);

  return gpm_store_run (self, stmt, error);
}

/* The store change */

GpmStoreChange *
gpm_store_change_new (const char *table)
{
  GpmStoreChange *change = g_new0 (GpmStoreChange, 1);

  g_atomic_ref_count_init (&change->ref_count);
  change->table = table;
  change->description = g_strdup ("");
  change->ops = g_ptr_array_new ();

  return change;
}

GpmStoreChange *
gpm_store_change_ref (GpmStoreChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  g_atomic_ref_count_inc (&change->ref_count);

  return change;
}

void
gpm_store_change_unref (GpmStoreChange *change)
{
  g_return_if_fail (change != NULL);

  if (!g_atomic_ref_count_dec (&change->ref_count))
    return;

  for (guint i = 0; i < change->ops->len; i++)
    {
      ChangeOp *op = g_ptr_array_index (change->ops, i);

      gpm_row_free (op->before);
      gpm_row_free (op->after);
      g_free (op);
    }
  g_ptr_array_unref (change->ops);
  g_clear_pointer (&change->also, g_ptr_array_unref);
  g_free (change->description);
  g_free (change);
}

/**
 * gpm_store_change_get_description:
 *
 * Returns: a short sentence for a toast, e.g. "Deleted vendor “MetaX”"
 */
const char *
gpm_store_change_get_description (GpmStoreChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return change->description;
}

/**
 * gpm_store_change_get_table:
 *
 * Returns: the table named by the "changed" signal for this change, e.g. "vendors"
 */
const char *
gpm_store_change_get_table (GpmStoreChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return change->table;
}

void
gpm_store_change_set_description (GpmStoreChange *change,
                                  const char     *description)
{
  g_free (change->description);
  change->description = g_strdup (description);
}

/* Takes @before and @after; a row that did not change is not recorded. */
void
gpm_store_change_add (GpmStoreChange *change,
                      const GpmTable *table,
                      gint64          key0,
                      gint64          key1,
                      GpmRow         *before,
                      GpmRow         *after)
{
  ChangeOp *op;

  if (gpm_row_equal (before, after))
    {
      gpm_row_free (before);
      gpm_row_free (after);
      return;
    }

  op = g_new0 (ChangeOp, 1);
  op->table = table;
  op->key[0] = key0;
  op->key[1] = key1;
  op->before = before;
  op->after = after;
  g_ptr_array_add (change->ops, op);
}

/* TABLE: a static string, as for gpm_store_change_new (). */
void
gpm_store_change_also_announce (GpmStoreChange *change,
                                const char     *table)
{
  if (g_str_equal (table, change->table))
    return;
  if (change->also == NULL)
    change->also = g_ptr_array_new ();
  for (guint i = 0; i < change->also->len; i++)
    if (g_str_equal (change->also->pdata[i], table))
      return;

  g_ptr_array_add (change->also, (gpointer) table);
}

guint
gpm_store_change_get_length (GpmStoreChange *change)
{
  return change->ops->len;
}

gboolean
gpm_store_change_is_empty (GpmStoreChange *change)
{
  return change->ops->len == 0;
}

/* Undo and redo */

static gboolean
replay (GpmStore        *self,
        GpmStoreChange  *change,
        gboolean         undo,
        GError         **error)
{
  guint n = change->ops->len;

  for (guint i = 0; i < n; i++)
    {
      const ChangeOp *op = g_ptr_array_index (change->ops, undo ? n - 1 - i : i);
      const GpmRow *expected = undo ? op->after : op->before;
      const GpmRow *target = undo ? op->before : op->after;
      g_autoptr(GpmRow) current = NULL;

      if (!gpm_store_capture_row (self, op->table, op->key[0], op->key[1], &current, error))
        return FALSE;

      if (!gpm_row_equal (current, expected))
        {
          g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONFLICT,
                       undo ? _("“%s” cannot be undone: what it changed has been changed "
                                "again since.")
                            : _("“%s” cannot be redone: what it changed has been changed "
                                "again since."),
                       change->description);
          return FALSE;
        }

      if (!write_row (self, op, current != NULL, target, error))
        return FALSE;
    }

  return TRUE;
}

/* The change's table, and the others it asked to announce: an import's undo removes
 * vendors, metrics and sources as well as figures, and each of their lists must reload. */
static void
emit_tables (GpmStore       *self,
             GpmStoreChange *change)
{
  gpm_store_emit_changed (self, change->table);

  for (guint i = 0; change->also != NULL && i < change->also->len; i++)
    gpm_store_emit_changed (self, change->also->pdata[i]);
}

static gboolean
replay_in_transaction (GpmStore        *self,
                       GpmStoreChange  *change,
                       gboolean         undo,
                       GError         **error)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!gpm_store_check_writable (self, error))
    return FALSE;

  locker = g_mutex_locker_new (&self->lock);
  if (!gpm_store_begin (self, error))
    return FALSE;

  if (!replay (self, change, undo, error) || !gpm_store_commit (self, error))
    {
      gpm_store_rollback (self);
      return FALSE;
    }

  g_clear_pointer (&locker, g_mutex_locker_free);
  emit_tables (self, change);

  return TRUE;
}

/**
 * gpm_store_undo:
 * @change: a change returned by an edit of this store
 *
 * Puts back every row @change touched as it was before, in one transaction.
 */
gboolean
gpm_store_undo (GpmStore        *self,
                GpmStoreChange  *change,
                GError         **error)
{
  return replay_in_transaction (self, change, TRUE, error);
}

/**
 * gpm_store_redo:
 * @change: a change that was undone
 *
 * Applies @change again, in one transaction.
 */
gboolean
gpm_store_redo (GpmStore        *self,
                GpmStoreChange  *change,
                GError         **error)
{
  return replay_in_transaction (self, change, FALSE, error);
}
