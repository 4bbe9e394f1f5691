/* gpm-store-fault.c — a fault-injecting SQLite VFS for the tests: disk full on demand.
 *
 * gpm_store_fault_install () registers "gpm-fault", a wrapper of the default VFS, as the
 * new default, so every connection opened afterwards (the store's, an import's) goes
 * through it. It passes everything through until gpm_store_fault_set () arms it: then
 * the first @n_ok writes succeed and every later one fails with @rc (SQLITE_FULL for a
 * full disk, SQLITE_IOERR_WRITE for a failing one) until it is disarmed again. Writes
 * to the database, its journal and its WAL all count; the WAL index is shared memory
 * and never written through xWrite.
 *
 * Only tests call this; the application never installs it.
 */

#include "config.h"

#include <string.h>

#include "gpm-store-private.h"

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;  /* the default VFS's file, allocated right after this struct */
} FaultFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs fault_vfs;
static int fault_rc;          /* 0 while disarmed */
static gint writes_left;
static guint n_failed;

static gboolean
should_fail (void)
{
  if (g_atomic_int_get (&fault_rc) == 0)
    return FALSE;
  if (g_atomic_int_add (&writes_left, -1) > 0)
    return FALSE;
  g_atomic_int_inc (&n_failed);
  return TRUE;
}

#define REAL(file) (((FaultFile *) (file))->real)

static int
fault_close (sqlite3_file *file)
{
  return REAL (file)->pMethods->xClose (REAL (file));
}

static int
fault_read (sqlite3_file *file, void *buf, int amount, sqlite3_int64 offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buf, amount, offset);
}

static int
fault_write (sqlite3_file *file, const void *buf, int amount, sqlite3_int64 offset)
{
  if (should_fail ())
    return g_atomic_int_get (&fault_rc);
  return REAL (file)->pMethods->xWrite (REAL (file), buf, amount, offset);
}

static int
fault_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  return REAL (file)->pMethods->xTruncate (REAL (file), size);
}

static int
fault_sync (sqlite3_file *file, int flags)
{
  return REAL (file)->pMethods->xSync (REAL (file), flags);
}

static int
fault_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), size);
}

static int
fault_lock (sqlite3_file *file, int level)
{
  return REAL (file)->pMethods->xLock (REAL (file), level);
}

static int
fault_unlock (sqlite3_file *file, int level)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), level);
}

static int
fault_check_reserved_lock (sqlite3_file *file, int *out)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), out);
}

static int
fault_file_control (sqlite3_file *file, int op, void *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
fault_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
fault_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

static int
fault_shm_map (sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
  return REAL (file)->pMethods->xShmMap (REAL (file), page, size, extend, out);
}

static int
fault_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  return REAL (file)->pMethods->xShmLock (REAL (file), offset, n, flags);
}

static void
fault_shm_barrier (sqlite3_file *file)
{
  REAL (file)->pMethods->xShmBarrier (REAL (file));
}

static int
fault_shm_unmap (sqlite3_file *file, int delete_flag)
{
  return REAL (file)->pMethods->xShmUnmap (REAL (file), delete_flag);
}

static int
fault_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
  return REAL (file)->pMethods->xFetch (REAL (file), offset, amount, out);
}

static int
fault_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *page)
{
  return REAL (file)->pMethods->xUnfetch (REAL (file), offset, page);
}

static const sqlite3_io_methods fault_methods = {
  3,
  fault_close, fault_read, fault_write, fault_truncate, fault_sync, fault_file_size,
  fault_lock, fault_unlock, fault_check_reserved_lock, fault_file_control,
  fault_sector_size, fault_device_characteristics,
  fault_shm_map, fault_shm_lock, fault_shm_barrier, fault_shm_unmap,
  fault_fetch, fault_unfetch,
};

static int
fault_open (sqlite3_vfs  *vfs,
            const char   *name,
            sqlite3_file *file,
            int           flags,
            int          *out_flags)
{
  FaultFile *self = (FaultFile *) file;
  int rc;

  self->real = (sqlite3_file *) &self[1];
  rc = real_vfs->xOpen (real_vfs, name, self->real, flags, out_flags);
  /* Without methods SQLite will not call xClose, so neither may we forward one. */
  self->base.pMethods = self->real->pMethods != NULL ? &fault_methods : NULL;

  return rc;
}

/**
 * gpm_store_fault_install:
 *
 * Makes the fault VFS the default for connections opened from now on. Idempotent.
 */
void
gpm_store_fault_install (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      real_vfs = sqlite3_vfs_find (NULL);
      fault_vfs = *real_vfs;
      fault_vfs.zName = "gpm-fault";
      fault_vfs.szOsFile = sizeof (FaultFile) + real_vfs->szOsFile;
      fault_vfs.xOpen = fault_open;
      fault_vfs.pNext = NULL;
      /* Everything else (delete, access, randomness, time) is the default VFS's own. */
      sqlite3_vfs_register (&fault_vfs, 1);
      g_once_init_leave (&done, 1);
    }
}

/**
 * gpm_store_fault_set:
 * @n_ok: writes that still succeed once armed
 * @rc: the SQLite result every later write fails with, or 0 to disarm
 */
void
gpm_store_fault_set (int n_ok,
                     int rc)
{
  g_atomic_int_set (&fault_rc, 0);
  g_atomic_int_set (&writes_left, n_ok);
  g_atomic_int_set (&n_failed, 0);
  g_atomic_int_set (&fault_rc, rc);
}

/* How many writes failed since the last gpm_store_fault_set (). */
guint
gpm_store_fault_get_n_failed (void)
{
  return g_atomic_int_get (&n_failed);
}
