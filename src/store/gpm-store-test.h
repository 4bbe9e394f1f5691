/* gpm-store-test.h — the store's hooks for tests and benchmarks: SQL run as is, and
 * long series written in one go. Never called by the application. Apart from
 * gpm-store-private.h, so a test of a view can fill its store without the store's
 * internals (whose names may clash with the views').
 */

#pragma once

#include "gpm-store.h"

G_BEGIN_DECLS

gboolean    gpm_store_exec_for_test           (GpmStore        *self,
                                               const char      *sql,
                                               GError         **error);
gint64      gpm_store_query_int_for_test      (GpmStore        *self,
                                               const char      *sql);
char       *gpm_store_query_text_for_test     (GpmStore        *self,
                                               const char      *sql);
typedef enum
{
  GPM_SERIES_ACCESS_AUTO,
  GPM_SERIES_ACCESS_INDEX,
  GPM_SERIES_ACCESS_TABLE,   /* one connection */
  GPM_SERIES_ACCESS_SPLIT,   /* two, when the store has a helper */
} GpmSeriesAccess;

void        gpm_store_series_set_access_for_test (GpmSeriesAccess access);
void        gpm_store_series_set_split_hook_for_test (GFunc    hook,
                                                      gpointer data);
gboolean    gpm_store_insert_series_for_test  (GpmStore        *self,
                                               gint64           vendor_id,
                                               gint64           scope_id,
                                               gint64           metric_id,
                                               const char * const *periods,
                                               const double    *values,
                                               gsize            n,
                                               const char      *unit,
                                               gint64           source_id,
                                               const char      *quote,
                                               GError         **error);
gboolean    gpm_store_insert_days_for_test    (GpmStore        *self,
                                               gint64           vendor_id,
                                               gint64           metric_id,
                                               int              year,
                                               guint            n,
                                               GPtrArray       *periods,
                                               GError         **error);
void        gpm_store_set_extra_migrations_for_test
                                              (const char * const *steps);
int         gpm_store_get_current_version     (void);

/* Test hooks for faults (gpm-store-fault.c): a VFS that fails writes on demand. */
void        gpm_store_fault_install           (void);
void        gpm_store_fault_set               (int              n_ok,
                                               int              rc);
guint       gpm_store_fault_get_n_failed      (void);

G_END_DECLS
