/* gpm-item-list.h — a GListModel of one table's items, loaded off the main thread. */
#pragma once

#include <gio/gio.h>

#include "gpm-store.h"

G_BEGIN_DECLS

/* Runs on a worker thread; returns a new array of items (or NULL and an error). */
typedef GPtrArray *(*GpmItemLoader) (GpmStore      *store,
                                     gpointer       loader_data,
                                     GCancellable  *cancellable,
                                     GError       **error);

#define GPM_TYPE_ITEM_LIST (gpm_item_list_get_type ())
G_DECLARE_FINAL_TYPE (GpmItemList, gpm_item_list, GPM, ITEM_LIST, GObject)

GpmItemList *gpm_item_list_new              (GpmStore       *store,
                                             GType           item_type,
                                             const char     *table,
                                             GpmItemLoader   loader,
                                             gpointer        loader_data,
                                             GDestroyNotify  loader_data_free);
GpmItemList *gpm_item_list_new_vendors      (GpmStore       *store);
GpmItemList *gpm_item_list_new_metrics      (GpmStore       *store);
GpmItemList *gpm_item_list_new_scopes       (GpmStore       *store);
GpmItemList *gpm_item_list_new_sources      (GpmStore       *store);
GpmItemList *gpm_item_list_new_events       (GpmStore       *store);
GpmItemList *gpm_item_list_new_observations (GpmStore       *store);
GpmItemList *gpm_item_list_new_saved_charts (GpmStore       *store);

GpmStore    *gpm_item_list_get_store        (GpmItemList    *self);
gboolean     gpm_item_list_get_loading      (GpmItemList    *self);
const GError *gpm_item_list_get_error       (GpmItemList    *self);
void         gpm_item_list_reload           (GpmItemList    *self);

G_END_DECLS
