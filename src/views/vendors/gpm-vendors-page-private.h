/* gpm-vendors-page-private.h — the page's instance, shared by gpm-vendors-page.c (list,
 * filters, selection), gpm-vendors-page-rows.c (rows and their figures) and
 * gpm-vendors-page-actions.c (editing, undo, navigation).
 */
#pragma once

#include "gpm-item-list.h"
#include "gpm-render-types.h"
#include "gpm-vendor-compare.h"
#include "gpm-vendor-profile.h"
#include "gpm-vendors-page.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_SORT_NAME,
  GPM_SORT_REVENUE,
  GPM_SORT_VALUATION,
} GpmVendorSort;

struct _GpmVendorsPage
{
  GtkWidget           parent_instance;

  AdwToastOverlay    *toast_overlay;
  AdwLeaflet         *leaflet;
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkDropDown        *segment_dropdown;
  GtkDropDown        *origin_dropdown;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *role_dropdown;
  GtkDropDown        *sort_dropdown;
  GtkStack           *list_stack;
  GtkSpinner         *list_spinner;
  GtkListView        *list_view;
  AdwStatusPage      *no_results;
  GtkLabel           *count_label;
  GtkWidget          *back_button;
  GtkLabel           *content_title;
  GtkStack           *content_stack;
  GpmVendorProfile   *profile;
  GpmVendorCompare   *compare;

  GpmStore           *store;
  GpmItemList        *vendors;
  GpmItemList        *metrics;
  GpmItemList        *sources;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkCustomSorter    *sorter;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;

  GpmLanguage         language;
  char               *search_text;
  guint               segment;      /* dropdown positions; 0 is "any" */
  guint               origin;
  guint               status;
  guint               role;
  GpmVendorSort       sort;
  GSettings          *settings;
  double              cny_per_usd;  /* for ordering by valuation only */

  gint64              selected_id;  /* the vendor whose profile is shown */
  gint64              pending_id;   /* to select once the list has it (a new vendor) */
  gboolean            compare_mode;
  GArray             *compare_ids;  /* gint64, in the order they were ticked */
  GHashTable         *bound_rows;   /* GpmVendorRow set, to refresh in place */

  GHashTable         *summaries;    /* gint64 vendor id → GpmVendorSummary */
  GCancellable       *summaries_cancellable;
  guint               summaries_reload_id;

  GpmStoreChange     *last_change;  /* what the visible toast's Undo undoes */
  AdwToast           *last_toast;
};

/* gpm-vendors-page.c */
void       gpm_vendors_page_update_content   (GpmVendorsPage *self);
void       gpm_vendors_page_clear_filters    (GpmVendorsPage *self);
void       gpm_vendors_page_update_compare   (GpmVendorsPage *self);
GpmVendor *gpm_vendors_page_find_vendor      (GpmVendorsPage *self,
                                              gint64          vendor_id);

/* gpm-vendors-page-rows.c */
void       gpm_vendors_page_set_up_rows      (GpmVendorsPage *self);
void       gpm_vendors_page_load_summaries   (GpmVendorsPage *self);
void       gpm_vendors_page_on_store_changed (GpmStore       *store,
                                              const char     *table,
                                              GpmVendorsPage *self);

/* gpm-vendors-page-actions.c */
void       gpm_vendors_page_class_init_actions (GtkWidgetClass *widget_class);
void       gpm_vendors_page_update_actions   (GpmVendorsPage *self);
void       gpm_vendors_page_show_change      (GpmVendorsPage *self,
                                              GpmStoreChange *change);
void       gpm_vendors_page_show_error       (GpmVendorsPage *self,
                                              const char     *heading,
                                              const GError   *error);

G_END_DECLS
