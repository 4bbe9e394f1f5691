/* gpm-vendors-page.c — the vendor list and what it shows beside it.
 *
 * The list is GpmItemList → GtkSortListModel → GtkFilterListModel → GtkSingleSelection,
 * all synchronous (no incremental filtering), so a keystroke gives a complete answer in
 * the same frame: with 1,000 vendors a filter pass is a few thousand string searches
 * in pre-folded text. The per-vendor figures the list sorts by and draws (latest
 * revenue, valuation, yearly revenue) come from one worker-thread query and are looked
 * up by id, never read on the main thread.
 *
 * The list reloads with new objects after every edit of the vendors table, so the page
 * remembers the shown vendor by id and selects it again, and rows are bound by id to
 * their summaries. Editing, undo and navigation are in gpm-vendors-page-actions.c.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "gpm-store-profile.h"
#include "gpm-vendor-format.h"
#include "gpm-vendor-row.h"
#include "gpm-vendors-page-private.h"

G_DEFINE_FINAL_TYPE (GpmVendorsPage, gpm_vendors_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_COMPARE_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dropdown positions → database codes; position 0 is "any". */
static const char * const segment_codes[] = {
  NULL, "gpgpu", "npu", "graphics", "inference-asic", "cpu", "server"
};
static const char * const status_codes[] = {
  NULL, "listed", "ipo-filed", "ipo-tutoring", "private", "unknown"
};

/* Sorting by valuation puts dollar and yuan figures in one order, at the rate the charts
 * use (the "cny-per-usd" setting; this is its default). The rate only orders the list:
 * a figure on screen is always in its source's unit. */
#define DEFAULT_CNY_PER_USD 7.1724

static GQuark sort_key_quark;

/* Filtering */

static gboolean
role_in_group (const char *role,
               guint       group)
{
  switch (group)
    {
    case 1:
      return g_strcmp0 (role, "chipmaker") == 0;
    case 2:
      return g_strcmp0 (role, "supplier") == 0 || g_strcmp0 (role, "foundry") == 0
             || g_strcmp0 (role, "server-maker") == 0;
    case 3:
      return g_strcmp0 (role, "customer") == 0 || g_strcmp0 (role, "cloud") == 0;
    case 4:
      return g_strcmp0 (role, "research") == 0;
    case 5:
      return g_strcmp0 (role, "other") == 0;
    default:
      return TRUE;
    }
}

static gboolean
filter_vendor (gpointer item,
               gpointer user_data)
{
  GpmVendorsPage *self = user_data;
  GpmVendor *vendor = item;

  if (self->segment != 0 && !gpm_vendor_has_segment (vendor, segment_codes[self->segment]))
    return FALSE;
  if (self->origin != 0 && gpm_vendor_is_domestic (vendor) != (self->origin == 1))
    return FALSE;
  if (self->status != 0
      && g_strcmp0 (gpm_vendor_get_listing_status (vendor), status_codes[self->status]) != 0)
    return FALSE;
  if (!role_in_group (gpm_vendor_get_role (vendor), self->role))
    return FALSE;

  return gpm_vendor_matches (vendor, self->search_text);
}

/* Sorting */

static const char *
sort_key (GpmVendorsPage *self,
          GpmVendor      *vendor)
{
  char *key = g_object_get_qdata (G_OBJECT (vendor), sort_key_quark);

  /* A collation key per vendor object, made once: the objects are replaced (and the
   * keys with them) when the list reloads. */
  if (key == NULL)
    {
      g_autofree char *folded = g_utf8_casefold (gpm_vendor_primary_name (vendor,
                                                                          self->language), -1);

      key = g_utf8_collate_key (folded, -1);
      g_object_set_qdata_full (G_OBJECT (vendor), sort_key_quark, key, g_free);
    }

  return key;
}

static double
in_cny (GpmVendorsPage *self,
        double          value,
        const char     *unit)
{
  return g_strcmp0 (unit, "USD") == 0 ? value * self->cny_per_usd : value;
}

static double
sort_value (GpmVendorsPage *self,
            GpmVendor      *vendor)
{
  gint64 id = gpm_vendor_get_id (vendor);
  const GpmVendorSummary *summary = g_hash_table_lookup (self->summaries, &id);

  if (summary == NULL)
    return NAN;
  if (self->sort == GPM_SORT_REVENUE)
    return in_cny (self, summary->latest_revenue, summary->latest_revenue_unit);

  return in_cny (self, summary->valuation, summary->valuation_unit);
}

static int
compare_vendors (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GpmVendorsPage *self = user_data;
  GpmVendor *vendor_a = (GpmVendor *) a;
  GpmVendor *vendor_b = (GpmVendor *) b;
  int order;

  if (self->sort == GPM_SORT_NAME)
    {
      /* Chipmakers first: they are what the page is about; the rest follow by name. */
      gboolean chip_a = g_strcmp0 (gpm_vendor_get_role (vendor_a), "chipmaker") == 0;
      gboolean chip_b = g_strcmp0 (gpm_vendor_get_role (vendor_b), "chipmaker") == 0;

      if (chip_a != chip_b)
        return chip_a ? -1 : 1;
    }
  else
    {
      double value_a = sort_value (self, vendor_a);
      double value_b = sort_value (self, vendor_b);

      /* Largest first; vendors without the figure last. */
      if (isnan (value_a) != isnan (value_b))
        return isnan (value_a) ? 1 : -1;
      if (!isnan (value_a) && value_a != value_b)
        return value_a > value_b ? -1 : 1;
    }

  order = strcmp (sort_key (self, vendor_a), sort_key (self, vendor_b));
  if (order != 0)
    return order;

  return (gpm_vendor_get_id (vendor_a) > gpm_vendor_get_id (vendor_b))
         - (gpm_vendor_get_id (vendor_a) < gpm_vendor_get_id (vendor_b));
}

/* The list's empty states and count */

static void
update_list_state (GpmVendorsPage *self)
{
  guint total = self->vendors != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->vendors))
                                      : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  gboolean loading = self->vendors == NULL || (gpm_item_list_get_loading (self->vendors)
                                               && total == 0);
  g_autofree char *count = NULL;
  g_autofree char *description = NULL;

  /* Spinning only while a load runs: with no database yet there is nothing to wait
   * for that a spinner could measure, and an idle page draws no frames. */
  gtk_spinner_set_spinning (self->list_spinner, self->vendors != NULL && loading);
  if (loading)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "loading");
      gtk_label_set_text (self->count_label, "");
      return;
    }

  if (shown == total)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vendor", "%u vendors", total),
                             total);
  else
    /* Translators: how many vendors the search and filters leave, e.g. "3 of 24 vendors" */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u vendor",
                                          "%u of %u vendors", total),
                             shown, total);
  gtk_label_set_text (self->count_label, count);

  if (shown > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (total == 0)
    {
      adw_status_page_set_title (self->no_results, _("No Vendors Yet"));
      description = g_strdup (_("Add a vendor with the + button."));
    }
  else if (self->search_text != NULL && *self->search_text != '\0')
    {
      adw_status_page_set_title (self->no_results, _("No Vendors Found"));
      description = g_strdup_printf (_("Nothing matches “%s”. Try the English or the Chinese "
                                       "name, or clear the filters."), self->search_text);
    }
  else
    {
      adw_status_page_set_title (self->no_results, _("No Vendors Found"));
      description = g_strdup (_("No vendor matches these filters."));
    }
  adw_status_page_set_description (self->no_results, description);
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
update_filter_button (GpmVendorsPage *self)
{
  guint active = (self->segment != 0) + (self->origin != 0) + (self->status != 0)
                 + (self->role != 0);
  g_autofree char *label = NULL;

  /* Translators: the filter button with the number of filters in use, e.g. "Filters (2)" */
  label = active > 0 ? g_strdup_printf (_("Filters (%u)"), active) : g_strdup (_("Filters"));
  gtk_menu_button_set_label (self->filter_button, label);
}

static void
refilter (GpmVendorsPage   *self,
          GtkFilterChange   change)
{
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_filter_button (self);
  update_list_state (self);
}

static void
on_search_changed (GpmVendorsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  /* Typing on narrows the list; deleting widens it. Telling the filter lets it test only
   * the rows that can change. */
  if (self->search_text != NULL && *self->search_text != '\0' && strstr (text, self->search_text))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->search_text != NULL && strstr (self->search_text, text))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->search_text);
  self->search_text = g_strdup (text);
  refilter (self, change);
}

static void
on_stop_search (GpmVendorsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_dropdown_changed (GpmVendorsPage *self)
{
  self->segment = gtk_drop_down_get_selected (self->segment_dropdown);
  self->origin = gtk_drop_down_get_selected (self->origin_dropdown);
  self->status = gtk_drop_down_get_selected (self->status_dropdown);
  self->role = gtk_drop_down_get_selected (self->role_dropdown);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_sort_dropdown_changed (GpmVendorsPage *self)
{
  guint sort = gtk_drop_down_get_selected (self->sort_dropdown);

  self->sort = sort <= GPM_SORT_VALUATION ? sort : GPM_SORT_NAME;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

void
gpm_vendors_page_clear_filters (GpmVendorsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->segment_dropdown, 0);
  gtk_drop_down_set_selected (self->origin_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->role_dropdown, 0);
}

/* Selection */

/**
 * gpm_vendors_page_find_vendor:
 *
 * Returns: (transfer full) (nullable): the vendor with @vendor_id in the whole list
 */
GpmVendor *
gpm_vendors_page_find_vendor (GpmVendorsPage *self,
                              gint64          vendor_id)
{
  GListModel *model = G_LIST_MODEL (self->vendors);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GpmVendor) vendor = g_list_model_get_item (model, i);

      if (gpm_vendor_get_id (vendor) == vendor_id)
        return g_steal_pointer (&vendor);
    }

  return NULL;
}

static guint
find_position (GpmVendorsPage *self,
               gint64          vendor_id)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GpmVendor) vendor = g_list_model_get_item (model, i);

      if (gpm_vendor_get_id (vendor) == vendor_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

void
gpm_vendors_page_update_content (GpmVendorsPage *self)
{
  GpmVendor *vendor = gpm_vendor_profile_get_vendor (self->profile);

  if (self->compare_mode)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "compare");
      gtk_label_set_text (self->content_title, _("Compare Vendors"));
    }
  else if (vendor != NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "profile");
      gtk_label_set_text (self->content_title, gpm_vendor_primary_name (vendor, self->language));
    }
  else
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      gtk_label_set_text (self->content_title, "");
    }

  gpm_vendors_page_update_actions (self);
}

static void
show_vendor (GpmVendorsPage *self,
             GpmVendor      *vendor)
{
  self->selected_id = vendor != NULL ? gpm_vendor_get_id (vendor) : 0;
  gpm_vendor_profile_set_vendor (self->profile, vendor);
  gpm_vendors_page_update_content (self);
}

static void
on_selected_item_changed (GpmVendorsPage *self)
{
  GpmVendor *vendor = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GpmVendor) still_there = NULL;
  guint position;

  if (vendor != NULL)
    {
      show_vendor (self, vendor);
      return;
    }

  /* Nothing selected: the shown vendor was filtered out (keep showing it), replaced by
   * a reload (select its new object), or deleted (show the empty state). */
  if (self->selected_id == 0 || self->vendors == NULL)
    return;

  position = find_position (self, self->selected_id);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  else if ((still_there = gpm_vendors_page_find_vendor (self, self->selected_id)) != NULL)
    gpm_vendor_profile_set_vendor (self->profile, still_there);
  else if (!gpm_item_list_get_loading (self->vendors))
    show_vendor (self, NULL);
}

static void
on_selection_items_changed (GpmVendorsPage *self)
{
  gint64 wanted = self->pending_id != 0 ? self->pending_id : self->selected_id;
  guint position;

  update_list_state (self);
  if (wanted == 0 || gtk_single_selection_get_selected_item (self->selection) != NULL)
    return;

  position = find_position (self, wanted);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      self->pending_id = 0;
      gtk_single_selection_set_selected (self->selection, position);
    }
}

static void
on_vendors_items_changed (GpmVendorsPage *self)
{
  /* Vendors ticked for comparison get their new objects too. */
  if (self->compare_ids->len > 0)
    gpm_vendors_page_update_compare (self);
  on_selected_item_changed (self);
}

/**
 * gpm_vendors_page_select_vendor:
 *
 * Selects the vendor and shows its profile, clearing the search and filters if they
 * hide it.
 *
 * Returns: whether the list has that vendor
 */
gboolean
gpm_vendors_page_select_vendor (GpmVendorsPage *self,
                                gint64          vendor_id)
{
  guint position;

  g_return_val_if_fail (GPM_IS_VENDORS_PAGE (self), FALSE);

  position = find_position (self, vendor_id);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(GpmVendor) vendor = gpm_vendors_page_find_vendor (self, vendor_id);

      if (vendor == NULL)
        return FALSE;
      gpm_vendors_page_clear_filters (self);
      position = find_position (self, vendor_id);
      if (position == GTK_INVALID_LIST_POSITION)
        return FALSE;
    }

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                              position);
  return TRUE;
}

static void
on_list_activate (GtkListView    *view,
                  guint           position,
                  GpmVendorsPage *self)
{
  g_autoptr(GpmVendor) vendor = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                       position);

  if (vendor == NULL)
    return;

  if (self->compare_mode)
    {
      GtkWidget *row = NULL;
      GHashTableIter iter;
      gpointer bound;

      /* Activating a row in compare mode ticks it, as clicking its box does. */
      g_hash_table_iter_init (&iter, self->bound_rows);
      while (g_hash_table_iter_next (&iter, &bound, NULL))
        if (gpm_vendor_row_get_vendor (bound) == vendor)
          row = bound;
      if (row != NULL && gpm_vendor_row_get_check (GPM_VENDOR_ROW (row)) != NULL)
        {
          GtkCheckButton *check = gpm_vendor_row_get_check (GPM_VENDOR_ROW (row));

          gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
        }
      return;
    }

  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

/* Store */

static void
set_models (GpmVendorsPage *self)
{
  g_clear_object (&self->metrics);
  g_clear_object (&self->sources);
  if (self->vendors != NULL)
    g_signal_handlers_disconnect_by_data (self->vendors, self);
  g_clear_object (&self->vendors);
  g_hash_table_remove_all (self->summaries);

  if (self->store != NULL)
    {
      self->vendors = gpm_item_list_new_vendors (self->store);
      self->metrics = gpm_item_list_new_metrics (self->store);
      self->sources = gpm_item_list_new_sources (self->store);
      g_signal_connect_swapped (self->vendors, "notify::loading",
                                G_CALLBACK (update_list_state), self);
    }

  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->vendors));
  /* Connected after the sort model, so it runs once the chain has the new items. */
  if (self->vendors != NULL)
    g_signal_connect_swapped (self->vendors, "items-changed",
                              G_CALLBACK (on_vendors_items_changed), self);
  update_list_state (self);
}

void
gpm_vendors_page_set_store (GpmVendorsPage *self,
                            GpmStore       *store)
{
  g_return_if_fail (GPM_IS_VENDORS_PAGE (self));
  g_return_if_fail (store == NULL || GPM_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect (store, "changed", G_CALLBACK (gpm_vendors_page_on_store_changed), self);

  self->selected_id = 0;
  g_array_set_size (self->compare_ids, 0);
  gpm_vendor_profile_set_store (self->profile, store);
  gpm_vendor_compare_set_store (self->compare, store);
  gpm_vendor_profile_set_vendor (self->profile, NULL);
  set_models (self);
  gpm_vendors_page_load_summaries (self);
  gpm_vendors_page_update_compare (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

GpmStore *
gpm_vendors_page_get_store (GpmVendorsPage *self)
{
  g_return_val_if_fail (GPM_IS_VENDORS_PAGE (self), NULL);

  return self->store;
}

/**
 * gpm_vendors_page_get_model:
 *
 * Returns: (transfer none): the vendors as listed: searched, filtered and sorted
 */
GListModel *
gpm_vendors_page_get_model (GpmVendorsPage *self)
{
  g_return_val_if_fail (GPM_IS_VENDORS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * gpm_vendors_page_get_selected_vendor:
 *
 * Returns: (transfer none) (nullable): the vendor whose profile is shown
 */
GpmVendor *
gpm_vendors_page_get_selected_vendor (GpmVendorsPage *self)
{
  g_return_val_if_fail (GPM_IS_VENDORS_PAGE (self), NULL);

  return gpm_vendor_profile_get_vendor (self->profile);
}

/* Whether anything the page shows is still being read. */
gboolean
gpm_vendors_page_get_loading (GpmVendorsPage *self)
{
  g_return_val_if_fail (GPM_IS_VENDORS_PAGE (self), FALSE);

  return (self->vendors != NULL && gpm_item_list_get_loading (self->vendors))
         || (self->metrics != NULL && gpm_item_list_get_loading (self->metrics))
         || (self->sources != NULL && gpm_item_list_get_loading (self->sources))
         || self->summaries_cancellable != NULL || self->summaries_reload_id != 0
         || gpm_vendor_profile_get_loading (self->profile)
         || gpm_vendor_compare_get_loading (self->compare);
}

/* GObject */

static void
set_compare_mode (GpmVendorsPage *self,
                  gboolean        compare_mode)
{
  if (self->compare_mode == compare_mode)
    return;

  self->compare_mode = compare_mode;
  /* Start the comparison from the vendor being looked at. */
  if (compare_mode && self->compare_ids->len == 0 && self->selected_id != 0)
    g_array_append_val (self->compare_ids, self->selected_id);

  gpm_vendors_page_update_compare (self);
  if (compare_mode)
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARE_MODE]);
}

static void
gpm_vendors_page_dispose (GObject *object)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->summaries_cancellable);
  g_clear_object (&self->summaries_cancellable);
  g_clear_handle_id (&self->summaries_reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->vendors != NULL)
    g_signal_handlers_disconnect_by_data (self->vendors, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_pointer (&self->last_change, gpm_store_change_unref);
  self->last_toast = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_VENDORS_PAGE);
  /* Children the template did not name are ours to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->vendors);
  g_clear_object (&self->metrics);
  g_clear_object (&self->sources);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gpm_vendors_page_parent_class)->dispose (object);
}

static void
gpm_vendors_page_finalize (GObject *object)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (object);

  g_free (self->search_text);
  g_array_unref (self->compare_ids);
  g_hash_table_unref (self->bound_rows);
  g_hash_table_unref (self->summaries);

  G_OBJECT_CLASS (gpm_vendors_page_parent_class)->finalize (object);
}

static void
gpm_vendors_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_COMPARE_MODE:
      g_value_set_boolean (value, self->compare_mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_vendors_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      gpm_vendors_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_COMPARE_MODE:
      set_compare_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_vendors_page_class_init (GpmVendorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_vendors_page_dispose;
  object_class->finalize = gpm_vendors_page_finalize;
  object_class->get_property = gpm_vendors_page_get_property;
  object_class->set_property = gpm_vendors_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GPM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE_MODE] =
    g_param_spec_boolean ("compare-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  sort_key_quark = g_quark_from_static_string ("gpm-vendors-page-sort-key");

  g_type_ensure (GPM_TYPE_VENDOR_PROFILE);
  g_type_ensure (GPM_TYPE_VENDOR_COMPARE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-vendors-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, GpmVendorsPage, name)
  BIND (toast_overlay);
  BIND (leaflet);
  BIND (search_entry);
  BIND (filter_button);
  BIND (segment_dropdown);
  BIND (origin_dropdown);
  BIND (status_dropdown);
  BIND (role_dropdown);
  BIND (sort_dropdown);
  BIND (list_stack);
  BIND (list_spinner);
  BIND (list_view);
  BIND (no_results);
  BIND (count_label);
  BIND (back_button);
  BIND (content_title);
  BIND (content_stack);
  BIND (profile);
  BIND (compare);
#undef BIND

  gpm_vendors_page_class_init_actions (widget_class);
}

static void
on_rate_changed (GpmVendorsPage *self)
{
  double rate = g_settings_get_double (self->settings, "cny-per-usd");

  self->cny_per_usd = rate > 0 ? rate : DEFAULT_CNY_PER_USD;
  if (self->sort != GPM_SORT_NAME)
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

/* The exchange rate setting, where the schema is installed (a test may lack it). */
static void
watch_rate (GpmVendorsPage *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  self->cny_per_usd = DEFAULT_CNY_PER_USD;
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "cny-per-usd"))
    return;

  self->settings = g_settings_new_full (schema, NULL, NULL);
  g_signal_connect_object (self->settings, "changed::cny-per-usd",
                           G_CALLBACK (on_rate_changed), self, G_CONNECT_SWAPPED);
  on_rate_changed (self);
}

/* The page's styles, once per display. */
static void
ensure_styles (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PATH "/gpm-vendors.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  loaded = TRUE;
}

static void
gpm_vendors_page_init (GpmVendorsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ensure_styles ();

  self->language = gpm_vendors_language ();
  self->compare_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->bound_rows = g_hash_table_new (NULL, NULL);
  self->summaries = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                           (GDestroyNotify) gpm_vendor_summary_free);

  /* Sorted first, then filtered: a keystroke then only hides and shows rows of a list
   * already in order. Filtering first would make the sort model find and move every
   * row the filter changed, which GTK 4.8 does one row at a time (tens of ms for 1,000). */
  self->sorter = gtk_custom_sorter_new (compare_vendors, self, NULL);
  self->sort_model = gtk_sort_list_model_new (NULL, GTK_SORTER (g_object_ref (self->sorter)));
  self->filter = gtk_custom_filter_new (filter_vendor, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sort_model)),
                                                  GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filter_model)));
  watch_rate (self);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selected_item_changed), self);
  g_signal_connect_swapped (self->selection, "items-changed",
                            G_CALLBACK (on_selection_items_changed), self);

  gpm_vendors_page_set_up_rows (self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_list_activate), self);
  g_object_bind_property (self->leaflet, "folded", self->list_view, "single-click-activate",
                          G_BINDING_SYNC_CREATE);

  g_signal_connect_swapped (self->search_entry, "changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (on_stop_search),
                            self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  g_signal_connect_swapped (self->segment_dropdown, "notify::selected",
                            G_CALLBACK (on_filter_dropdown_changed), self);
  g_signal_connect_swapped (self->origin_dropdown, "notify::selected",
                            G_CALLBACK (on_filter_dropdown_changed), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected",
                            G_CALLBACK (on_filter_dropdown_changed), self);
  g_signal_connect_swapped (self->role_dropdown, "notify::selected",
                            G_CALLBACK (on_filter_dropdown_changed), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected",
                            G_CALLBACK (on_sort_dropdown_changed), self);

  update_list_state (self);
  gpm_vendors_page_update_content (self);
}

GtkWidget *
gpm_vendors_page_new (void)
{
  return g_object_new (GPM_TYPE_VENDORS_PAGE, NULL);
}
