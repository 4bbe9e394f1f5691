/* gpm-item-list.c — a GListModel of one table's items, as views bind to them.
 *
 * The items are loaded on a worker thread and spliced in on the main thread with
 * exactly one items-changed. When the store reports a committed edit of the table,
 * the list reloads; a reload that is superseded is cancelled, so the newest answer
 * always wins and the main thread never waits on SQLite.
 */

#include "config.h"

#include "gpm-event.h"
#include "gpm-item-list.h"
#include "gpm-metric.h"
#include "gpm-observation.h"
#include "gpm-saved-chart.h"
#include "gpm-scope.h"
#include "gpm-source.h"
#include "gpm-vendor.h"

struct _GpmItemList
{
  GObject         parent_instance;

  GpmStore       *store;
  GType           item_type;
  char           *table;
  GpmItemLoader   loader;
  gpointer        loader_data;
  GDestroyNotify  loader_data_free;

  GMainContext   *context;
  GPtrArray      *items;
  GCancellable   *cancellable;
  GError         *error;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GpmItemList, gpm_item_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
get_item_type (GListModel *model)
{
  return GPM_ITEM_LIST (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return GPM_ITEM_LIST (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  GpmItemList *self = GPM_ITEM_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GpmItemList *self = source;
  GError *error = NULL;
  GPtrArray *items = self->loader (self->store, self->loader_data, cancellable, &error);

  if (items != NULL)
    g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GpmItemList *self = GPM_ITEM_LIST (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_task_propagate_pointer (G_TASK (result), &error);
  guint removed;

  /* A cancelled load was superseded (or the list is going away): nothing to do. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);

  if (items == NULL)
    {
      self->error = g_steal_pointer (&error);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      return;
    }

  removed = self->items->len;
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = g_steal_pointer (&items);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
  if (removed != self->items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
gpm_item_list_reload (GpmItemList *self)
{
  g_autoptr(GTask) task = NULL;
  gboolean was_loading;

  g_return_if_fail (GPM_IS_ITEM_LIST (self));

  was_loading = self->cancellable != NULL;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  task = g_task_new (self, self->cancellable, on_loaded, NULL);
  g_task_set_source_tag (task, gpm_item_list_reload);
  g_task_run_in_thread (task, load_thread);

  if (!was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static gboolean
reload_on_main_context (gpointer data)
{
  gpm_item_list_reload (data);

  return G_SOURCE_REMOVE;
}

/* The store emits "changed" on the thread that made the edit; the list's signals
 * must reach views on the thread that made the list. */
static void
on_store_changed (GpmStore    *store,
                  const char  *table,
                  GpmItemList *self)
{
  if (g_strcmp0 (table, self->table) != 0)
    return;

  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, reload_on_main_context,
                              g_object_ref (self), g_object_unref);
}

static void
gpm_item_list_dispose (GObject *object)
{
  GpmItemList *self = GPM_ITEM_LIST (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  if (self->loader_data_free != NULL)
    g_clear_pointer (&self->loader_data, self->loader_data_free);

  G_OBJECT_CLASS (gpm_item_list_parent_class)->dispose (object);
}

static void
gpm_item_list_finalize (GObject *object)
{
  GpmItemList *self = GPM_ITEM_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_error (&self->error);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_free (self->table);

  G_OBJECT_CLASS (gpm_item_list_parent_class)->finalize (object);
}

static void
gpm_item_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GpmItemList *self = GPM_ITEM_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, gpm_item_list_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_item_list_class_init (GpmItemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gpm_item_list_dispose;
  object_class->finalize = gpm_item_list_finalize;
  object_class->get_property = gpm_item_list_get_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GPM_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gpm_item_list_init (GpmItemList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->context = g_main_context_ref_thread_default ();
}

/**
 * gpm_item_list_new:
 * @table: the store table whose committed edits make the list reload
 *
 * Starts loading at once; the list is empty (and #GpmItemList:loading is %TRUE)
 * until the first answer arrives.
 */
GpmItemList *
gpm_item_list_new (GpmStore       *store,
                   GType           item_type,
                   const char     *table,
                   GpmItemLoader   loader,
                   gpointer        loader_data,
                   GDestroyNotify  loader_data_free)
{
  GpmItemList *self;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (loader != NULL, NULL);

  self = g_object_new (GPM_TYPE_ITEM_LIST, NULL);
  self->store = g_object_ref (store);
  self->item_type = item_type;
  self->table = g_strdup (table);
  self->loader = loader;
  self->loader_data = loader_data;
  self->loader_data_free = loader_data_free;

  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, 0);
  gpm_item_list_reload (self);

  return self;
}

GpmStore *
gpm_item_list_get_store (GpmItemList *self)
{
  g_return_val_if_fail (GPM_IS_ITEM_LIST (self), NULL);

  return self->store;
}

gboolean
gpm_item_list_get_loading (GpmItemList *self)
{
  g_return_val_if_fail (GPM_IS_ITEM_LIST (self), FALSE);

  return self->cancellable != NULL;
}

/* The error of the last load, or NULL when it succeeded (or is still running). */
const GError *
gpm_item_list_get_error (GpmItemList *self)
{
  g_return_val_if_fail (GPM_IS_ITEM_LIST (self), NULL);

  return self->error;
}

/* Loaders for the tables that take no filter. */
#define DEFINE_SIMPLE_LOADER(name)                                     \
  static GPtrArray *                                                   \
  load_##name (GpmStore      *store,                                   \
               gpointer       data,                                    \
               GCancellable  *cancellable,                             \
               GError       **error)                                   \
  {                                                                    \
    return gpm_store_list_##name (store, cancellable, error);          \
  }

DEFINE_SIMPLE_LOADER (vendors)
DEFINE_SIMPLE_LOADER (metrics)
DEFINE_SIMPLE_LOADER (scopes)
DEFINE_SIMPLE_LOADER (sources)
DEFINE_SIMPLE_LOADER (saved_charts)

static GPtrArray *
load_observations (GpmStore      *store,
                   gpointer       data,
                   GCancellable  *cancellable,
                   GError       **error)
{
  return gpm_store_list_observations (store, NULL, cancellable, error);
}

static GPtrArray *
load_events (GpmStore      *store,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  return gpm_store_list_events (store, NULL, NULL, cancellable, error);
}

GpmItemList *
gpm_item_list_new_vendors (GpmStore *store)
{
  return gpm_item_list_new (store, GPM_TYPE_VENDOR, "vendors", load_vendors, NULL, NULL);
}

GpmItemList *
gpm_item_list_new_metrics (GpmStore *store)
{
  return gpm_item_list_new (store, GPM_TYPE_METRIC, "metrics", load_metrics, NULL, NULL);
}

GpmItemList *
gpm_item_list_new_scopes (GpmStore *store)
{
  return gpm_item_list_new (store, GPM_TYPE_SCOPE, "scopes", load_scopes, NULL, NULL);
}

GpmItemList *
gpm_item_list_new_sources (GpmStore *store)
{
  return gpm_item_list_new (store, GPM_TYPE_SOURCE, "sources", load_sources, NULL, NULL);
}

GpmItemList *
gpm_item_list_new_events (GpmStore *store)
{
  return gpm_item_list_new (store, GPM_TYPE_EVENT, "events", load_events, NULL, NULL);
}

GpmItemList *
gpm_item_list_new_observations (GpmStore *store)
{
  return gpm_item_list_new (store, GPM_TYPE_OBSERVATION, "observations", load_observations,
                            NULL, NULL);
}

GpmItemList *
gpm_item_list_new_saved_charts (GpmStore *store)
{
  return gpm_item_list_new (store, GPM_TYPE_SAVED_CHART, "saved_charts", load_saved_charts,
                            NULL, NULL);
}
