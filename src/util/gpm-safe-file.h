/* gpm-safe-file.h — every file the app writes goes through here: a temporary file in
 * the target's directory, flushed to disk and renamed over the target, so a crash or a
 * full disk leaves the old file or the new one, never half of one. */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _GpmSafeFile GpmSafeFile;

GpmSafeFile   *gpm_safe_file_new            (GFile         *target,
                                             GError       **error);
GOutputStream *gpm_safe_file_get_stream     (GpmSafeFile   *self);
gboolean       gpm_safe_file_commit         (GpmSafeFile   *self,
                                             GCancellable  *cancellable,
                                             GError       **error);
void           gpm_safe_file_free           (GpmSafeFile   *self);

/* A cairo_write_func_t with the GpmSafeFile as closure; a write error is kept and
 * reported by gpm_safe_file_commit (). */
cairo_status_t gpm_safe_file_cairo_write    (void                *closure,
                                             const unsigned char *data,
                                             unsigned int         length);

gboolean       gpm_safe_file_write_bytes    (GFile         *target,
                                             GBytes        *bytes,
                                             GCancellable  *cancellable,
                                             GError       **error);

/* For files another library writes by name (SQLite's backup): a free temporary name
 * next to @target, and the flush-and-rename that finishes it. */
char          *gpm_safe_file_make_temp_path (const char    *target,
                                             GError       **error);
gboolean       gpm_safe_file_finish_path    (const char    *temp_path,
                                             const char    *target,
                                             GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmSafeFile, gpm_safe_file_free)

G_END_DECLS
