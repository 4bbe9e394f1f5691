/* gpm-store-backup.c — copies of the whole database: backup, restore, and the automatic
 * backup before a schema migration.
 *
 * A backup is made with SQLite's online backup API into a temporary file next to the
 * destination, a few hundred pages per step with the store's lock taken only for the
 * step, so edits and queries go on meanwhile (SQLite restarts the copy if another
 * process writes). The copy is switched out of WAL mode, so it is one self-contained
 * file, and is only renamed over the destination after PRAGMA integrity_check passed and
 * the file is on disk: a failed or cancelled backup leaves nothing at the destination.
 *
 * A restore checks the chosen file exactly as opening it would (not ours, damaged, too
 * new: the same messages), backs up the current data first, then copies the file into
 * the live database in one write transaction with the same API: either all of it
 * arrives or nothing changes. The store stays open, and "changed" is emitted for every
 * table, so every list and view reloads. A backup whose pages are not the live file's
 * size (new databases have 32 KiB pages, older ones 4 KiB) is rebuilt in a temporary
 * file first, as the backup API cannot write it into a WAL database.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gpm-safe-file.h"
#include "gpm-store-private.h"

/* 1 MiB per step with 4 KiB pages (8 MiB with 32 KiB), a few milliseconds with the
 * lock held. */
#define PAGES_PER_STEP 256

static void
remove_with_side_files (const char *path)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

static gboolean
set_backup_error (const char  *dest_path,
                  const char  *reason,
                  GError     **error)
{
  g_autofree char *name = g_filename_display_name (dest_path);

  g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED,
               _("Could not back up the database to “%s”: %s"), name, reason);
  return FALSE;
}

static gboolean
passes_integrity_check (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  return ok;
}

/* Copies the store's database into @dest, step by step; without the lock only while
 * the store is being opened (nobody else can use it yet). */
static int
copy_pages (GpmStore      *self,
            sqlite3       *dest,
            gboolean       take_lock,
            GCancellable  *cancellable)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", self->db, "main");
  int rc = SQLITE_OK;

  if (backup == NULL)
    return sqlite3_errcode (dest);

  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          rc = SQLITE_INTERRUPT;
          break;
        }
      if (take_lock)
        g_mutex_lock (&self->lock);
      rc = sqlite3_backup_step (backup, PAGES_PER_STEP);
      if (take_lock)
        g_mutex_unlock (&self->lock);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (10 * 1000);
    }

  sqlite3_backup_finish (backup);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The backup itself; @take_lock is FALSE only while the store is being opened. */
gboolean
gpm_store_backup_to (GpmStore      *self,
                     const char    *dest_path,
                     gboolean       take_lock,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *temp = NULL;
  sqlite3 *dest = NULL;
  int rc;

  temp = gpm_safe_file_make_temp_path (dest_path, error);
  if (temp == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (temp, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = copy_pages (self, dest, take_lock, cancellable);
  /* The copy carries the WAL flag of its source; a backup should be one plain file. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc == SQLITE_INTERRUPT)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                         _("The backup was cancelled."));
  else if (rc != SQLITE_OK)
    set_backup_error (dest_path, dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc),
                      error);
  else if (!passes_integrity_check (dest))
    {
      set_backup_error (dest_path, _("the copy failed its integrity check"), error);
      rc = SQLITE_CORRUPT;
    }

  if (sqlite3_close (dest) != SQLITE_OK && rc == SQLITE_OK)
    {
      set_backup_error (dest_path, _("the copy could not be closed"), error);
      rc = SQLITE_ERROR;
    }

  if (rc == SQLITE_OK && gpm_safe_file_finish_path (temp, dest_path, error))
    return TRUE;

  remove_with_side_files (temp);
  return FALSE;
}

/**
 * gpm_store_backup:
 * @dest_path: the file to write; replaced only once the copy is complete and checked
 *
 * Copies the whole database to @dest_path. Blocks for as long as the copy takes: call
 * gpm_store_backup_async () from the main thread.
 */
gboolean
gpm_store_backup (GpmStore      *self,
                  const char    *dest_path,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (gpm_store_is_same_file (self, dest_path))
    {
      g_autofree char *name = g_filename_display_name (dest_path);

      g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID,
                   _("“%s” is the database in use; choose another file for the backup."),
                   name);
      return FALSE;
    }

  return gpm_store_backup_to (self, dest_path, TRUE, cancellable, error);
}

/* <database>.before-restore-20250715-093000.bak, next to the database: a second
 * restore must not overwrite the first one's safety copy. */
char *
gpm_store_dup_restore_backup_path (GpmStore *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  g_return_val_if_fail (GPM_IS_STORE (self), NULL);

  return g_strdup_printf ("%s.before-restore-%s.bak", self->path, stamp);
}

/* Emits "changed" for every table of the restored schema. */
static gboolean
emit_all_changed (gpointer data)
{
  GpmStore *self = data;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_mutex_lock (&self->lock);
  if (sqlite3_prepare_v2 (self->db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                    " AND name NOT LIKE 'sqlite_%' ORDER BY name",
                          -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_mutex_unlock (&self->lock);

  /* The signal's detail is a quark of a string that must outlive it: intern it. */
  for (guint i = 0; i < tables->len; i++)
    gpm_store_emit_changed (self, g_intern_string (g_ptr_array_index (tables, i)));

  return G_SOURCE_REMOVE;
}

static int
page_size_of (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int size = 0;

  if (sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    size = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return size;
}

/* A copy of @source with pages of @page_size, in a new file next to the live database
 * (its path in *@out_path), open in @out_db; SQLITE_OK or an error code.
 *
 * The backup API cannot copy into a database in WAL mode whose pages are another size
 * (SQLITE_READONLY): new databases have 32 KiB pages, those made before 4 KiB, and a
 * backup has the pages of the database it was made from. So a backup of another size
 * is first copied into a plain file, which takes its pages, and rebuilt there with the
 * live database's by VACUUM (some seconds for a million figures, and only then). */
static int
convert_pages (GpmStore     *self,
               sqlite3      *source,
               int           page_size,
               char        **out_path,
               sqlite3     **out_db)
{
  g_autofree char *path = g_strdup_printf ("%s.restore-%08x", self->path, g_random_int ());
  g_autofree char *pragma = g_strdup_printf ("PRAGMA page_size = %d; VACUUM", page_size);
  sqlite3_backup *backup;
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (db, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (db);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
  /* @page_size comes from SQLite, never from data: a number in the text is safe. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, pragma, NULL, NULL, NULL);
  if (rc == SQLITE_OK && page_size_of (db) != page_size)
    rc = SQLITE_CORRUPT;

  if (rc != SQLITE_OK)
    {
      sqlite3_close (db);
      remove_with_side_files (path);
      return rc;
    }

  *out_path = g_steal_pointer (&path);
  *out_db = db;
  return SQLITE_OK;
}

/* Copies @backup_path into the live database, in one write transaction. */
static gboolean
copy_into_live (GpmStore    *self,
                const char  *backup_path,
                GError     **error)
{
  g_autofree char *uri = gpm_store_build_read_uri (backup_path, error);
  g_autofree char *converted = NULL;
  sqlite3_backup *backup;
  sqlite3 *source = NULL;
  int rc;

  if (uri == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (uri, &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc == SQLITE_OK)
    {
      int live_size;

      g_mutex_lock (&self->lock);
      live_size = page_size_of (self->db);
      g_mutex_unlock (&self->lock);
      if (page_size_of (source) != live_size)
        {
          sqlite3 *copy = NULL;

          rc = convert_pages (self, source, live_size, &converted, &copy);
          sqlite3_close (source);
          source = copy;
        }
    }
  if (rc == SQLITE_OK)
    {
      g_mutex_lock (&self->lock);
      /* Cached statements would hold the old schema; SQLite needs none of them active. */
      g_hash_table_remove_all (self->stmts);
      backup = sqlite3_backup_init (self->db, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (self->db);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
      if (rc != SQLITE_OK)
        gpm_store_set_sqlite_error (self, rc, error);
      g_mutex_unlock (&self->lock);
    }
  else
    gpm_store_set_sqlite_error (self, rc, error);
  sqlite3_close (source);
  if (converted != NULL)
    remove_with_side_files (converted);

  return rc == SQLITE_OK;
}

/**
 * gpm_store_restore:
 * @backup_path: a backup made by gpm_store_backup () (or any GPU Market database)
 * @out_safety_path: (out) (optional): where the current data was backed up first
 *
 * Replaces the whole database with the one in @backup_path. The file is checked as
 * gpm_store_open () would check it, and refused with the same messages; the current
 * data is first backed up next to the database (see
 * gpm_store_dup_restore_backup_path ()). On success "changed" is emitted for every
 * table. Blocks: use gpm_store_restore_async () from the main thread.
 */
static gboolean
restore (GpmStore      *self,
         const char    *backup_path,
         char         **out_safety_path,
         GMainContext  *emit_context,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autofree char *safety = NULL;
  g_autofree char *name = NULL;
  int version = 0;

  g_return_val_if_fail (GPM_IS_STORE (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!gpm_store_check_writable (self, error))
    return FALSE;
  name = g_filename_display_name (backup_path);
  if (gpm_store_is_same_file (self, backup_path))
    {
      g_set_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_INVALID,
                   _("“%s” is the database in use; choose a backup to restore."), name);
      return FALSE;
    }
  if (!gpm_store_check_file (backup_path, &version, error))
    return FALSE;

  safety = gpm_store_dup_restore_backup_path (self);
  if (!gpm_store_backup_to (self, safety, TRUE, cancellable, error))
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!copy_into_live (self, backup_path, error))
    {
      g_prefix_error (error, _("Could not restore “%s”; nothing changed: "), name);
      return FALSE;
    }

  /* An older backup is upgraded like an older database; its safety copy is above. */
  self->schema_version = version;
  if (version < gpm_store_get_current_version ())
    {
      gboolean ok;

      g_mutex_lock (&self->lock);
      ok = gpm_store_migrate (self, version, safety, error);
      g_mutex_unlock (&self->lock);
      if (!ok)
        return FALSE;
    }

  /* From a worker, views hear of it on their own thread, as with every other signal. */
  if (emit_context != NULL)
    g_main_context_invoke_full (emit_context, G_PRIORITY_DEFAULT, emit_all_changed,
                                g_object_ref (self), g_object_unref);
  else
    emit_all_changed (self);
  if (out_safety_path != NULL)
    *out_safety_path = g_steal_pointer (&safety);

  return TRUE;
}

gboolean
gpm_store_restore (GpmStore      *self,
                   const char    *backup_path,
                   char         **out_safety_path,
                   GCancellable  *cancellable,
                   GError       **error)
{
  return restore (self, backup_path, out_safety_path, NULL, cancellable, error);
}

/* Async variants: a thread of their own, as for every call that grows with the data. */

typedef struct
{
  char *path;
  char *safety;
} BackupJob;

static void
backup_job_free (BackupJob *job)
{
  g_free (job->path);
  g_free (job->safety);
  g_free (job);
}

static void
backup_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  BackupJob *job = task_data;
  GError *error = NULL;
  gboolean ok;

  if (g_task_get_source_tag (task) == gpm_store_backup_async)
    ok = gpm_store_backup (source, job->path, cancellable, &error);
  else
    ok = restore (source, job->path, &job->safety, g_task_get_context (task), cancellable,
                  &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
run_backup_task (GpmStore            *self,
                 const char          *path,
                 gpointer             tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  BackupJob *job = g_new0 (BackupJob, 1);

  job->path = g_strdup (path);
  g_task_set_source_tag (task, tag);
  g_task_set_task_data (task, job, (GDestroyNotify) backup_job_free);
  g_task_run_in_thread (task, backup_thread);
}

void
gpm_store_backup_async (GpmStore            *self,
                        const char          *dest_path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (GPM_IS_STORE (self));
  g_return_if_fail (dest_path != NULL);

  run_backup_task (self, dest_path, gpm_store_backup_async, cancellable, callback, user_data);
}

gboolean
gpm_store_backup_finish (GpmStore      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
gpm_store_restore_async (GpmStore            *self,
                         const char          *backup_path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (GPM_IS_STORE (self));
  g_return_if_fail (backup_path != NULL);

  run_backup_task (self, backup_path, gpm_store_restore_async, cancellable, callback,
                   user_data);
}

/* @out_safety_path: (out) (optional): where the data from before the restore is. */
gboolean
gpm_store_restore_finish (GpmStore      *self,
                          GAsyncResult  *result,
                          char         **out_safety_path,
                          GError       **error)
{
  BackupJob *job;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));
  if (out_safety_path != NULL)
    *out_safety_path = g_steal_pointer (&job->safety);

  return TRUE;
}
