/* gpm-store.h — the GPU Market database: the only module that speaks SQL.
 *
 * A GpmStore owns one SQLite connection. It opens (or creates) the file after checking
 * that it is ours, migrates it, answers queries with item objects, and applies edits in
 * single transactions that can be undone and redone.
 *
 * Threads: every call is safe from any thread; a mutex lets one call at a time use the
 * connection. Anything that grows with the data must not run on the main thread: use
 * the _async variants there (or a GTask of your own). Edits are small and may run on the
 * main thread; the "changed" signal is emitted on the thread that made the edit.
 *
 * Cancellation is reported as G_IO_ERROR_CANCELLED, as everywhere in GIO.
 */
#pragma once

#include <gio/gio.h>

#include "gpm-event.h"
#include "gpm-metric.h"
#include "gpm-observation.h"
#include "gpm-saved-chart.h"
#include "gpm-scope.h"
#include "gpm-source.h"
#include "gpm-vendor.h"

G_BEGIN_DECLS

/* PRAGMA application_id of our files: "GPMK". */
#define GPM_STORE_APPLICATION_ID 0x47504D4B

/* PRAGMA user_version this build writes; one more with every migration added. */
#define GPM_STORE_SCHEMA_VERSION 3

#define GPM_STORE_ERROR (gpm_store_error_quark ())

typedef enum
{
  GPM_STORE_ERROR_OPEN,          /* the file could not be opened or created */
  GPM_STORE_ERROR_NOT_DATABASE,  /* not an SQLite file, or a damaged one */
  GPM_STORE_ERROR_FOREIGN,       /* an SQLite file of another application */
  GPM_STORE_ERROR_TOO_NEW,       /* written by a newer GPU Market */
  GPM_STORE_ERROR_READ_ONLY,     /* an edit on a file opened read-only */
  GPM_STORE_ERROR_INVALID,       /* an edit with bad input: nothing was written */
  GPM_STORE_ERROR_CONSTRAINT,    /* a duplicate name, or rows that still depend on a row */
  GPM_STORE_ERROR_NOT_FOUND,     /* a row that does not exist (any more) */
  GPM_STORE_ERROR_CONFLICT,      /* an undo or redo over rows that changed since */
  GPM_STORE_ERROR_FAILED,        /* anything else SQLite reports */
  GPM_STORE_ERROR_BUSY,          /* another program is writing the file: try again soon */
} GpmStoreError;

typedef enum
{
  GPM_STORE_OPEN_DEFAULT    = 0,
  GPM_STORE_OPEN_READ_ONLY  = 1 << 0,  /* never write, even to a writable file */
  GPM_STORE_OPEN_NO_DATASET = 1 << 1,  /* create an empty database, without the bundled data */
} GpmStoreOpenFlags;

/* What gpm_store_list_async () lists. */
typedef enum
{
  GPM_STORE_LIST_VENDORS,
  GPM_STORE_LIST_METRICS,
  GPM_STORE_LIST_SCOPES,
  GPM_STORE_LIST_SOURCES,
  GPM_STORE_LIST_SAVED_CHARTS,
} GpmStoreList;

/* Restricts gpm_store_list_observations (); 0 and NULL mean "any". A figure is in the
 * period range when its span overlaps [from, to], so "2025" finds "2025-Q3" too.
 * @latest > 0 keeps only that many of the figures, the latest by period text: with a
 * subject and a metric, the index finds them without reading the others. */
typedef struct
{
  gint64      vendor_id;
  gint64      scope_id;
  gint64      metric_id;
  const char *from;
  const char *to;
  guint       latest;
} GpmObservationFilter;

/* One committed edit, as the row images before and after it; see gpm_store_undo (). It
 * holds no reference to its store: undo it on the store (the file) that made it. */
typedef struct _GpmStoreChange GpmStoreChange;

#define GPM_TYPE_STORE_CHANGE (gpm_store_change_get_type ())

GType           gpm_store_change_get_type        (void) G_GNUC_CONST;
GpmStoreChange *gpm_store_change_ref             (GpmStoreChange *change);
void            gpm_store_change_unref           (GpmStoreChange *change);
const char     *gpm_store_change_get_description (GpmStoreChange *change);
const char     *gpm_store_change_get_table       (GpmStoreChange *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmStoreChange, gpm_store_change_unref)

#define GPM_TYPE_STORE (gpm_store_get_type ())
G_DECLARE_FINAL_TYPE (GpmStore, gpm_store, GPM, STORE, GObject)

GQuark      gpm_store_error_quark          (void);
char       *gpm_store_default_path         (void);

GpmStore   *gpm_store_open                 (const char                  *path,
                                            GError                     **error);
GpmStore   *gpm_store_open_full            (const char                  *path,
                                            GpmStoreOpenFlags            flags,
                                            GError                     **error);

const char *gpm_store_get_path             (GpmStore                    *self);
int         gpm_store_get_schema_version   (GpmStore                    *self);
gboolean    gpm_store_is_read_only         (GpmStore                    *self);
gint64      gpm_store_count                (GpmStore                    *self,
                                            const char                  *table_name);

/* Queries: each returns a new GPtrArray of item objects (free func g_object_unref). */
GPtrArray  *gpm_store_list_sources         (GpmStore                    *self,
                                            GCancellable                *cancellable,
                                            GError                     **error);
GPtrArray  *gpm_store_list_scopes          (GpmStore                    *self,
                                            GCancellable                *cancellable,
                                            GError                     **error);
/* For gpm_store_foreach_observation (): FALSE with @error set stops the walk. */
typedef gboolean (*GpmStoreVisitFunc) (gpointer   item,
                                       gpointer   user_data,
                                       GError   **error);

gboolean    gpm_store_foreach_observation  (GpmStore                    *self,
                                            const GpmObservationFilter  *filter,
                                            GpmStoreVisitFunc            visit,
                                            gpointer                     user_data,
                                            GCancellable                *cancellable,
                                            GError                     **error);
GPtrArray  *gpm_store_list_vendors         (GpmStore                    *self,
                                            GCancellable                *cancellable,
                                            GError                     **error);
GPtrArray  *gpm_store_list_metrics         (GpmStore                    *self,
                                            GCancellable                *cancellable,
                                            GError                     **error);
GPtrArray  *gpm_store_list_saved_charts    (GpmStore                    *self,
                                            GCancellable                *cancellable,
                                            GError                     **error);
GPtrArray  *gpm_store_list_observations    (GpmStore                    *self,
                                            const GpmObservationFilter  *filter,
                                            GCancellable                *cancellable,
                                            GError                     **error);
GPtrArray  *gpm_store_list_events          (GpmStore                    *self,
                                            const char                  *from,
                                            const char                  *to,
                                            GCancellable                *cancellable,
                                            GError                     **error);

void        gpm_store_list_async           (GpmStore                    *self,
                                            GpmStoreList                 which,
                                            GCancellable                *cancellable,
                                            GAsyncReadyCallback          callback,
                                            gpointer                     user_data);
GPtrArray  *gpm_store_list_finish          (GpmStore                    *self,
                                            GAsyncResult                *result,
                                            GError                     **error);
void        gpm_store_list_observations_async
                                           (GpmStore                    *self,
                                            const GpmObservationFilter  *filter,
                                            GCancellable                *cancellable,
                                            GAsyncReadyCallback          callback,
                                            gpointer                     user_data);
GPtrArray  *gpm_store_list_observations_finish
                                           (GpmStore                    *self,
                                            GAsyncResult                *result,
                                            GError                     **error);
void        gpm_store_list_events_async    (GpmStore                    *self,
                                            const char                  *from,
                                            const char                  *to,
                                            GCancellable                *cancellable,
                                            GAsyncReadyCallback          callback,
                                            gpointer                     user_data);
GPtrArray  *gpm_store_list_events_finish   (GpmStore                    *self,
                                            GAsyncResult                *result,
                                            GError                     **error);

/* Edits: each is one transaction. On success the object gets its id (and any value the
 * store filled in), "changed" is emitted once, and @change (optional) receives the
 * change to undo. An update that changes nothing succeeds with *change = NULL and
 * emits nothing. */
gboolean    gpm_store_add_vendor           (GpmStore                    *self,
                                            GpmVendor                   *vendor,
                                            GpmStoreChange             **change,
                                            GError                     **error);
gboolean    gpm_store_update_vendor        (GpmStore                    *self,
                                            GpmVendor                   *vendor,
                                            GpmStoreChange             **change,
                                            GError                     **error);
gboolean    gpm_store_delete_vendor        (GpmStore                    *self,
                                            gint64                       vendor_id,
                                            GpmStoreChange             **change,
                                            GError                     **error);
gboolean    gpm_store_add_observation      (GpmStore                    *self,
                                            GpmObservation              *observation,
                                            GpmStoreChange             **change,
                                            GError                     **error);
gboolean    gpm_store_update_observation   (GpmStore                    *self,
                                            GpmObservation              *observation,
                                            GpmStoreChange             **change,
                                            GError                     **error);
gboolean    gpm_store_delete_observation   (GpmStore                    *self,
                                            gint64                       observation_id,
                                            GpmStoreChange             **change,
                                            GError                     **error);
gboolean    gpm_store_add_event            (GpmStore                    *self,
                                            GpmEvent                    *event,
                                            GpmStoreChange             **change,
                                            GError                     **error);
gboolean    gpm_store_update_event         (GpmStore                    *self,
                                            GpmEvent                    *event,
                                            GpmStoreChange             **change,
                                            GError                     **error);
gboolean    gpm_store_delete_event         (GpmStore                    *self,
                                            gint64                       event_id,
                                            GpmStoreChange             **change,
                                            GError                     **error);
gboolean    gpm_store_save_chart           (GpmStore                    *self,
                                            GpmSavedChart               *chart,
                                            GpmStoreChange             **change,
                                            GError                     **error);
gboolean    gpm_store_rename_chart         (GpmStore                    *self,
                                            gint64                       chart_id,
                                            const char                  *name,
                                            GpmStoreChange             **change,
                                            GError                     **error);
gboolean    gpm_store_delete_chart         (GpmStore                    *self,
                                            gint64                       chart_id,
                                            GpmStoreChange             **change,
                                            GError                     **error);

/* Copies of the whole database (gpm-store-backup.c). */
gboolean    gpm_store_backup               (GpmStore                    *self,
                                            const char                  *dest_path,
                                            GCancellable                *cancellable,
                                            GError                     **error);
void        gpm_store_backup_async         (GpmStore                    *self,
                                            const char                  *dest_path,
                                            GCancellable                *cancellable,
                                            GAsyncReadyCallback          callback,
                                            gpointer                     user_data);
gboolean    gpm_store_backup_finish        (GpmStore                    *self,
                                            GAsyncResult                *result,
                                            GError                     **error);
gboolean    gpm_store_restore              (GpmStore                    *self,
                                            const char                  *backup_path,
                                            char                       **out_safety_path,
                                            GCancellable                *cancellable,
                                            GError                     **error);
void        gpm_store_restore_async        (GpmStore                    *self,
                                            const char                  *backup_path,
                                            GCancellable                *cancellable,
                                            GAsyncReadyCallback          callback,
                                            gpointer                     user_data);
gboolean    gpm_store_restore_finish       (GpmStore                    *self,
                                            GAsyncResult                *result,
                                            char                       **out_safety_path,
                                            GError                     **error);
char       *gpm_store_dup_restore_backup_path
                                           (GpmStore                    *self);

gboolean    gpm_store_undo                 (GpmStore                    *self,
                                            GpmStoreChange              *change,
                                            GError                     **error);
gboolean    gpm_store_redo                 (GpmStore                    *self,
                                            GpmStoreChange              *change,
                                            GError                     **error);

G_END_DECLS
