/* gpm-vendors-page-rows.c — the rows of the vendor list and the figures they show.
 *
 * A row shows a vendor and its summary (latest revenue, yearly revenue for the
 * sparkline), which come from one worker-thread query per change of the figures and
 * are looked up by vendor id. Bound rows are tracked so that new summaries, or ticking
 * vendors for comparison, update the rows on screen in place.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-store-profile.h"
#include "gpm-vendor-row.h"
#include "gpm-vendors-page-private.h"

/* Summaries */

static void
refresh_rows (GpmVendorsPage *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      GpmVendor *vendor = gpm_vendor_row_get_vendor (row);
      gint64 id = gpm_vendor_get_id (vendor);

      gpm_vendor_row_set_vendor (row, vendor, g_hash_table_lookup (self->summaries, &id),
                                 self->language);
    }
}

static void
on_summaries_loaded (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) summaries = gpm_store_list_vendor_summaries_finish (GPM_STORE (source),
                                                                           result, &error);
  GpmVendorsPage *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GPM_VENDORS_PAGE (user_data);
  g_clear_object (&self->summaries_cancellable);
  if (summaries == NULL)
    {
      /* The list still works without figures; say so rather than show blanks silently. */
      g_warning ("Could not read the vendors' figures: %s", error->message);
      return;
    }

  g_hash_table_remove_all (self->summaries);
  for (guint i = 0; i < summaries->len; i++)
    {
      GpmVendorSummary *summary = g_ptr_array_index (summaries, i);

      g_hash_table_insert (self->summaries, &summary->vendor_id, summary);
    }
  g_ptr_array_set_free_func (summaries, NULL);

  if (self->sort != GPM_SORT_NAME)
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  refresh_rows (self);
}

void
gpm_vendors_page_load_summaries (GpmVendorsPage *self)
{
  g_cancellable_cancel (self->summaries_cancellable);
  g_clear_object (&self->summaries_cancellable);
  g_clear_handle_id (&self->summaries_reload_id, g_source_remove);

  if (self->store == NULL)
    return;

  self->summaries_cancellable = g_cancellable_new ();
  gpm_store_list_vendor_summaries_async (self->store, self->summaries_cancellable,
                                         on_summaries_loaded, self);
}

static gboolean
reload_summaries_cb (gpointer user_data)
{
  GpmVendorsPage *self = user_data;

  self->summaries_reload_id = 0;
  gpm_vendors_page_load_summaries (self);

  return G_SOURCE_REMOVE;
}

static gboolean
schedule_summaries (gpointer user_data)
{
  GpmVendorsPage *self = user_data;

  if (self->summaries_reload_id == 0 && self->store != NULL)
    self->summaries_reload_id = g_idle_add (reload_summaries_cb, self);

  return G_SOURCE_REMOVE;
}

/* "changed" may come from any thread; the reload is queued on the main one. */
void
gpm_vendors_page_on_store_changed (GpmStore       *store,
                                   const char     *table,
                                   GpmVendorsPage *self)
{
  if (g_strcmp0 (table, "observations") == 0 || g_strcmp0 (table, "metrics") == 0)
    g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, schedule_summaries,
                                g_object_ref (self), g_object_unref);
}

/* Rows */

static void
on_row_compare_toggled (GpmVendorRow   *row,
                        gboolean        active,
                        GpmVendorsPage *self)
{
  gint64 id = gpm_vendor_get_id (gpm_vendor_row_get_vendor (row));
  guint found = G_MAXUINT;

  for (guint i = 0; i < self->compare_ids->len; i++)
    if (g_array_index (self->compare_ids, gint64, i) == id)
      found = i;

  if (active == (found != G_MAXUINT))
    return;

  if (active && self->compare_ids->len >= GPM_VENDOR_COMPARE_MAX)
    {
      gpm_vendor_row_set_compare (row, TRUE, FALSE);
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Compare up to four vendors at a time.")));
      return;
    }

  if (active)
    g_array_append_val (self->compare_ids, id);
  else
    g_array_remove_index (self->compare_ids, found);

  gpm_vendors_page_update_compare (self);
}

static gboolean
is_compared (GpmVendorsPage *self,
             gint64          id)
{
  for (guint i = 0; i < self->compare_ids->len; i++)
    if (g_array_index (self->compare_ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           GpmVendorsPage           *self)
{
  GtkWidget *row = gpm_vendor_row_new ();

  g_signal_connect (row, "compare-toggled", G_CALLBACK (on_row_compare_toggled), self);
  gtk_list_item_set_child (item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          GpmVendorsPage           *self)
{
  GpmVendorRow *row = GPM_VENDOR_ROW (gtk_list_item_get_child (item));
  GpmVendor *vendor = gtk_list_item_get_item (item);
  gint64 id = gpm_vendor_get_id (vendor);

  gpm_vendor_row_set_vendor (row, vendor, g_hash_table_lookup (self->summaries, &id),
                             self->language);
  gpm_vendor_row_set_compare (row, self->compare_mode, is_compared (self, id));
  g_hash_table_add (self->bound_rows, row);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            GpmVendorsPage           *self)
{
  g_hash_table_remove (self->bound_rows, gtk_list_item_get_child (item));
}

static void
teardown_row (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              GpmVendorsPage           *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  if (row != NULL)
    {
      g_hash_table_remove (self->bound_rows, row);
      g_signal_handlers_disconnect_by_data (row, self);
    }
}

/* The list's rows: made, bound to a vendor and its summary, and let go. */
void
gpm_vendors_page_set_up_rows (GpmVendorsPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

void
gpm_vendors_page_update_compare (GpmVendorsPage *self)
{
  g_autoptr(GPtrArray) vendors = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer row;

  for (guint i = 0; i < self->compare_ids->len; i++)
    {
      GpmVendor *vendor = gpm_vendors_page_find_vendor (
        self, g_array_index (self->compare_ids, gint64, i));

      if (vendor != NULL)
        g_ptr_array_add (vendors, vendor);
    }
  gpm_vendor_compare_set_vendors (self->compare, vendors);

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    gpm_vendor_row_set_compare (row, self->compare_mode,
                                is_compared (self,
                                             gpm_vendor_get_id (gpm_vendor_row_get_vendor (row))));

  gpm_vendors_page_update_content (self);
}
