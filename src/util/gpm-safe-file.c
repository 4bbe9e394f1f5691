/* gpm-safe-file.c — write a temporary file next to the target, fsync it, rename it over
 * the target, fsync the directory.
 *
 * GIO's g_file_replace () is not enough: when the target does not exist yet it writes
 * the target itself, in place and without fsync (GLib 2.74, checked with strace), so a
 * crash in the middle of a first export leaves a half file under the final name. Here
 * the final name only ever appears by rename (2), after the data is on disk, and the
 * directory is synced so the rename itself survives a power cut.
 *
 * The temporary file is a hidden ".NAME.XXXXXX" in the same directory (a rename across
 * file systems would not be atomic) and is removed again on any failure or cancel. A
 * process killed mid-write cannot remove it, so where the file system allows, the data
 * is written to an unnamed O_TMPFILE that vanishes with the process and gets its hidden
 * name only for the instant before the rename; and each new write of NAME removes
 * the ".NAME.XXXXXX" files an earlier, killed one left (tests/unit/test-kill-export.c).
 */

/* O_TMPFILE */
#define _GNU_SOURCE 1

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gpm-safe-file.h"

struct _GpmSafeFile
{
  char          *path;
  char          *temp_path;  /* NULL for an unnamed O_TMPFILE until the commit */
  int            fd;
  GOutputStream *stream;
  GError        *write_error;  /* the first failure of gpm_safe_file_cairo_write () */
  gboolean       committed;
};

static void
set_io_error (GError     **error,
              int          saved_errno,
              const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
}

static char *
local_path (GFile   *target,
            GError **error)
{
  char *path = g_file_get_path (target);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (target);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not write “%s”: only files on this computer can be written. "
                     "Choose a folder on this computer."), uri);
    }

  return path;
}

/* Whether @name is ".BASE.XXXXXX", the temporary name g_mkstemp () gives for BASE. */
static gboolean
is_temp_name (const char *name,
              const char *base)
{
  gsize base_len = strlen (base);

  if (name[0] != '.' || strncmp (name + 1, base, base_len) != 0
      || name[1 + base_len] != '.' || strlen (name + 2 + base_len) != 6)
    return FALSE;
  for (const char *c = name + 2 + base_len; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c))
      return FALSE;

  return TRUE;
}

/* Removes what an earlier write of @target left when it was killed. */
static void
remove_stale_temps (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (is_temp_name (name, base))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
}

/* Opens a new, empty, hidden file next to @target; the mode follows an existing target.
 * With @unnamed, an O_TMPFILE when the file system has them (*out_path is then NULL). */
static int
open_temp (const char  *target,
           gboolean     unnamed,
           char       **out_path,
           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *temp = g_build_filename (dir, name, NULL);
  GStatBuf st;
  int fd = -1;

  remove_stale_temps (target);

  /* Naming it later goes through /proc/self/fd; without /proc, a named file it is. */
  if (unnamed && g_file_test ("/proc/self/fd", G_FILE_TEST_IS_DIR))
    fd = g_open (dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
  if (fd >= 0)
    g_clear_pointer (&temp, g_free);
  else
    fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_io_error (error, errno, target);
      return -1;
    }
  /* mkstemp makes 0600; a replaced file keeps its mode, a new one gets the umask's. */
  if (g_stat (target, &st) == 0)
    (void) fchmod (fd, st.st_mode & 07777);
  else
    {
      mode_t mask = umask (0);

      umask (mask);
      (void) fchmod (fd, 0666 & ~mask);
    }

  *out_path = g_steal_pointer (&temp);
  return fd;
}

/* Gives an unnamed O_TMPFILE its hidden name next to @target, just before the rename. */
static gboolean
link_temp (GpmSafeFile  *self,
           GError      **error)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", self->fd);
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *base = g_path_get_basename (self->path);

  for (int attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%06X", base,
                                               g_random_int_range (0, 0x1000000));
      g_autofree char *temp = g_build_filename (dir, name, NULL);

      if (linkat (AT_FDCWD, proc, AT_FDCWD, temp, AT_SYMLINK_FOLLOW) == 0)
        {
          self->temp_path = g_steal_pointer (&temp);
          return TRUE;
        }
      if (errno != EEXIST)
        break;
    }

  set_io_error (error, errno, self->path);
  return FALSE;
}

static gboolean
sync_directory (const char  *target,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return TRUE;  /* some file systems do not open directories; the rename stands */

  /* EINVAL: a file system that cannot sync directories (tmpfs, some FUSE). */
  ok = fsync (fd) == 0 || errno == EINVAL || errno == ENOTSUP;
  if (!ok)
    set_io_error (error, errno, target);
  g_close (fd, NULL);

  return ok;
}

/**
 * gpm_safe_file_new:
 * @target: the file to write; it is left alone until gpm_safe_file_commit ()
 *
 * Returns: (transfer full) (nullable): a writer whose stream goes to a temporary file
 */
GpmSafeFile *
gpm_safe_file_new (GFile   *target,
                   GError **error)
{
  g_autofree char *path = NULL;
  char *temp_path = NULL;
  GpmSafeFile *self;
  int fd;

  g_return_val_if_fail (G_IS_FILE (target), NULL);

  path = local_path (target, error);
  if (path == NULL || (fd = open_temp (path, TRUE, &temp_path, error)) < 0)
    return NULL;

  self = g_new0 (GpmSafeFile, 1);
  self->path = g_steal_pointer (&path);
  self->temp_path = temp_path;
  self->fd = fd;
  self->stream = g_unix_output_stream_new (fd, FALSE);

  return self;
}

GOutputStream *
gpm_safe_file_get_stream (GpmSafeFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->stream;
}

/**
 * gpm_safe_file_commit:
 *
 * Flushes what was written to disk and renames it over the target. On failure the
 * target is unchanged and the temporary file is removed by gpm_safe_file_free ().
 */
gboolean
gpm_safe_file_commit (GpmSafeFile   *self,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (self->write_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->write_error));
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error)
      || !g_output_stream_close (self->stream, cancellable, error))
    return FALSE;

  if (fsync (self->fd) != 0)
    {
      set_io_error (error, errno, self->path);
      return FALSE;
    }
  if (self->temp_path == NULL && !link_temp (self, error))
    return FALSE;
  g_close (self->fd, NULL);
  self->fd = -1;

  if (g_rename (self->temp_path, self->path) != 0)
    {
      set_io_error (error, errno, self->path);
      return FALSE;
    }
  self->committed = TRUE;

  return sync_directory (self->path, error);
}

/* Discards the temporary file unless it was committed. */
void
gpm_safe_file_free (GpmSafeFile *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_clear_error (&self->write_error);
  if (self->fd >= 0)
    g_close (self->fd, NULL);
  if (!self->committed && self->temp_path != NULL)
    g_unlink (self->temp_path);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}

cairo_status_t
gpm_safe_file_cairo_write (void                *closure,
                           const unsigned char *data,
                           unsigned int         length)
{
  GpmSafeFile *self = closure;

  if (self->write_error != NULL
      || !g_output_stream_write_all (self->stream, data, length, NULL, NULL,
                                     &self->write_error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

gboolean
gpm_safe_file_write_bytes (GFile         *target,
                           GBytes        *bytes,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GpmSafeFile) file = NULL;
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  file = gpm_safe_file_new (target, error);

  return file != NULL
         && g_output_stream_write_all (file->stream, data, size, NULL, cancellable, error)
         && gpm_safe_file_commit (file, cancellable, error);
}

/**
 * gpm_safe_file_make_temp_path:
 *
 * Returns: (transfer full) (nullable): the name of a new empty file next to @target,
 *   for a library that writes by name; finish it with gpm_safe_file_finish_path () or
 *   remove it.
 */
char *
gpm_safe_file_make_temp_path (const char  *target,
                              GError     **error)
{
  char *temp = NULL;
  int fd;

  g_return_val_if_fail (target != NULL, NULL);

  fd = open_temp (target, FALSE, &temp, error);
  if (fd < 0)
    return NULL;
  g_close (fd, NULL);

  return temp;
}

gboolean
gpm_safe_file_finish_path (const char  *temp_path,
                           const char  *target,
                           GError     **error)
{
  int fd;

  g_return_val_if_fail (temp_path != NULL && target != NULL, FALSE);

  fd = g_open (temp_path, O_RDWR | O_CLOEXEC, 0);
  if (fd < 0 || fsync (fd) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        g_close (fd, NULL);
      set_io_error (error, saved, target);
      return FALSE;
    }
  g_close (fd, NULL);

  if (g_rename (temp_path, target) != 0)
    {
      set_io_error (error, errno, target);
      return FALSE;
    }

  return sync_directory (target, error);
}
