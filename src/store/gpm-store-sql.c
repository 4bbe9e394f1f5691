/* gpm-store-sql.c — the small vocabulary the store's files speak SQL with.
 *
 * Cached statements, stepping with errors turned into GErrors, transactions,
 * cancellation through SQLite's progress handler, and the SQL functions that compare
 * periods. Every function here expects the store's lock to be held by its caller.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gpm-period.h"
#include "gpm-store-private.h"

void
gpm_stmt_release (GpmStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

const char *
gpm_stmt_text (GpmStmt *stmt,
               int      column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

gboolean
gpm_store_set_sqlite_error (GpmStore  *self,
                            int        rc,
                            GError   **error)
{
  const char *message = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  g_autofree char *name = g_filename_display_name (self->path);

  switch (rc & 0xff)
    {
    case SQLITE_INTERRUPT:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_CONSTRAINT,
                   _("The change breaks a rule of the database: %s"), message);
      break;

    case SQLITE_READONLY:
      g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_READ_ONLY,
                   _("The database cannot be written to: %s"), message);
      break;

    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_NOT_DATABASE,
                   _("The database is damaged: %s"), message);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_BUSY,
                   _("Another program — perhaps GPU Market importing in another window — is "
                     "writing to “%s” right now, so this change was not saved. Try again "
                     "when it has finished."),
                   name);
      break;

    /* SQLite has rolled the transaction back by then: the file is as it was. */
    case SQLITE_FULL:
      g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED,
                   _("The disk holding “%s” is full, so nothing was saved. Free some space "
                     "and try again."),
                   name);
      break;

    case SQLITE_IOERR:
      g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED,
                   _("The disk holding “%s” failed to read or write (%s), so nothing was "
                     "saved. Check the disk and try again."),
                   name, message);
      break;

    default:
      g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED,
                   _("The database reported an error: %s"), message);
      break;
    }

  return FALSE;
}

GpmStmt *
gpm_store_prepare (GpmStore    *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = g_hash_table_lookup (self->stmts, sql);
  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      gpm_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->stmts, g_strdup (sql), stmt);

  return stmt;
}

gboolean
gpm_store_step (GpmStore  *self,
                GpmStmt   *stmt,
                gboolean  *has_row,
                GError   **error)
{
  int rc = sqlite3_step (stmt);

  *has_row = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;

  return gpm_store_set_sqlite_error (self, rc, error);
}

/* Steps a statement that returns no rows. */
gboolean
gpm_store_run (GpmStore  *self,
               GpmStmt   *stmt,
               GError   **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  return gpm_store_set_sqlite_error (self, rc, error);
}

gboolean
gpm_store_exec (GpmStore    *self,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return gpm_store_set_sqlite_error (self, rc, error);

  return TRUE;
}

gboolean
gpm_store_begin (GpmStore  *self,
                 GError   **error)
{
  /* IMMEDIATE takes the write lock now, so validation and writing see the same data. */
  return gpm_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
gpm_store_commit (GpmStore  *self,
                  GError   **error)
{
  return gpm_store_exec (self, "COMMIT", error);
}

void
gpm_store_rollback (GpmStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static int
progress_cb (void *data)
{
  return g_cancellable_is_cancelled (data);
}

/* Makes SQLite give up with SQLITE_INTERRUPT soon after @cancellable is cancelled. */
void
gpm_store_watch_cancellable (GpmStore     *self,
                             GCancellable *cancellable)
{
  if (cancellable != NULL)
    sqlite3_progress_handler (self->db, 1000, progress_cb, cancellable);
}

void
gpm_store_unwatch_cancellable (GpmStore *self)
{
  sqlite3_progress_handler (self->db, 0, NULL, NULL);
}

gboolean
gpm_store_check_writable (GpmStore  *self,
                          GError   **error)
{
  g_autofree char *name = NULL;

  if (!self->read_only)
    return TRUE;

  name = g_filename_display_name (self->path);
  g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_READ_ONLY,
               _("“%s” is open read-only, so the change was not saved. Copy the file to a "
                 "folder you can write to and open the copy to edit it."),
               name);

  return FALSE;
}

/* Period functions for SQL: the text form sorts wrongly ("2025-Q1" > "2025-07"), so
 * queries compare and order by Julian days instead. */

enum {
  PERIOD_START,
  PERIOD_END,
  PERIOD_SORT_KEY,
};

static void
period_function (sqlite3_context  *context,
                 int               argc,
                 sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  GpmPeriod period;

  if (text == NULL || !gpm_period_parse (text, &period, NULL))
    {
      sqlite3_result_null (context);
      return;
    }

  switch (GPOINTER_TO_INT (sqlite3_user_data (context)))
    {
    case PERIOD_START:
      sqlite3_result_int64 (context, gpm_period_get_start_julian (&period));
      break;

    case PERIOD_END:
      sqlite3_result_int64 (context, gpm_period_get_end_julian (&period));
      break;

    case PERIOD_SORT_KEY:
    default:
      /* Same order as gpm_period_compare (): by start, then the longer span first. */
      sqlite3_result_int64 (context,
                            (sqlite3_int64) gpm_period_get_start_julian (&period)
                            * GPM_PRECISION_N + period.precision);
      break;
    }
}

void
gpm_store_register_functions (sqlite3 *db)
{
  static const struct
  {
    const char *name;
    int         which;
  } functions[] = {
    { "gpm_period_start", PERIOD_START },
    { "gpm_period_end", PERIOD_END },
    { "gpm_period_key", PERIOD_SORT_KEY },
  };
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;

  for (guint i = 0; i < G_N_ELEMENTS (functions); i++)
    sqlite3_create_function_v2 (db, functions[i].name, 1, flags,
                                GINT_TO_POINTER (functions[i].which),
                                period_function, NULL, NULL, NULL);
}

/**
 * gpm_store_count:
 * @table_name: one of "vendors", "observations", "events", "sources", "metrics",
 *   "scopes" or "saved_charts"
 *
 * Returns: the number of rows, or -1 if the database could not be read
 */
gint64
gpm_store_count (GpmStore   *self,
                 const char *table_name)
{
  static const struct
  {
    const char *table;
    const char *sql;
  } countable[] = {
    { "vendors", "SELECT count(*) FROM vendors" },
    { "observations", "SELECT count(*) FROM observations" },
    { "events", "SELECT count(*) FROM events" },
    { "sources", "SELECT count(*) FROM sources" },
    { "metrics", "SELECT count(*) FROM metrics" },
    { "scopes", "SELECT count(*) FROM scopes" },
    { "saved_charts", "SELECT count(*) FROM saved_charts" },
  };
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStmt) stmt = NULL;
  const char *sql = NULL;
  gboolean has_row;

  g_return_val_if_fail (GPM_IS_STORE (self), -1);
  g_return_val_if_fail (table_name != NULL, -1);

  for (guint i = 0; i < G_N_ELEMENTS (countable) && sql == NULL; i++)
    if (g_str_equal (table_name, countable[i].table))
      sql = countable[i].sql;
  g_return_val_if_fail (sql != NULL, -1);

  locker = g_mutex_locker_new (&self->lock);
  stmt = gpm_store_prepare (self, sql, &error);
  if (stmt == NULL || !gpm_store_step (self, stmt, &has_row, &error) || !has_row)
    {
      g_debug ("Could not count %s: %s", table_name, error ? error->message : "no row");
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/* Test hooks */

gboolean
gpm_store_exec_for_test (GpmStore    *self,
                         const char  *sql,
                         GError     **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  return gpm_store_exec (self, sql, error);
}

gint64
gpm_store_query_int_for_test (GpmStore   *self,
                              const char *sql)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

char *
gpm_store_query_text_for_test (GpmStore   *self,
                               const char *sql)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}
