/* gpm-vendors-page-actions.c — what the user does on the Vendors page besides looking:
 * adding, changing and deleting vendors and figures, undo, comparing, and moving
 * between the list, the profile and the timeline.
 *
 * Every edit is one store call; its change goes into a toast whose Undo button calls
 * vendors.undo. Only the newest toast offers Undo (a new one dismisses the old), so
 * Undo always undoes what the visible toast names. Errors reach the user as a dialog
 * with the store's message, which says what to do.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-observation-editor.h"
#include "gpm-timeline-page.h"
#include "gpm-vendor-editor.h"
#include "gpm-vendors-page-private.h"

static GtkWindow *
parent_window (GpmVendorsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static gboolean
can_edit (GpmVendorsPage *self)
{
  return self->store != NULL && !gpm_store_is_read_only (self->store);
}

void
gpm_vendors_page_update_actions (GpmVendorsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean profile = !self->compare_mode
                     && gpm_vendor_profile_get_vendor (self->profile) != NULL;

  gtk_widget_action_set_enabled (widget, "vendors.add-vendor", can_edit (self));
  gtk_widget_action_set_enabled (widget, "vendors.edit-vendor", can_edit (self) && profile);
  gtk_widget_action_set_enabled (widget, "vendors.delete-vendor", can_edit (self) && profile);
  gtk_widget_action_set_enabled (widget, "vendors.add-figure", can_edit (self) && profile);
  gtk_widget_action_set_enabled (widget, "vendors.edit-figure", can_edit (self));
  gtk_widget_action_set_enabled (widget, "vendors.delete-figure", can_edit (self));
  gtk_widget_action_set_enabled (widget, "vendors.undo", self->last_change != NULL);
}

/* Toasts and errors */

static void
on_toast_dismissed (AdwToast       *toast,
                    GpmVendorsPage *self)
{
  if (self->last_toast != toast)
    return;

  self->last_toast = NULL;
  g_clear_pointer (&self->last_change, gpm_store_change_unref);
  gpm_vendors_page_update_actions (self);
}

/**
 * gpm_vendors_page_show_change:
 *
 * Shows what an edit did, with an Undo button, in place of the previous toast.
 */
void
gpm_vendors_page_show_change (GpmVendorsPage *self,
                              GpmStoreChange *change)
{
  AdwToast *toast;

  if (self->last_toast != NULL)
    {
      AdwToast *old = self->last_toast;

      self->last_toast = NULL;
      adw_toast_dismiss (old);
    }
  g_clear_pointer (&self->last_change, gpm_store_change_unref);
  self->last_change = gpm_store_change_ref (change);

  toast = adw_toast_new (gpm_store_change_get_description (change));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "vendors.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, 0);
  self->last_toast = toast;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  gpm_vendors_page_update_actions (self);
}

void
gpm_vendors_page_show_error (GpmVendorsPage *self,
                             const char     *heading,
                             const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (widget);
  g_autoptr(GpmStoreChange) change = g_steal_pointer (&self->last_change);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (change == NULL || self->store == NULL)
    return;

  self->last_toast = NULL;
  gpm_vendors_page_update_actions (self);
  if (!gpm_store_undo (self->store, change, &error))
    {
      gpm_vendors_page_show_error (self, _("Could Not Undo"), error);
      return;
    }

  /* Translators: shown after undoing, e.g. "Undone: Added figure “MetaX · Revenue · 2025”" */
  done = g_strdup_printf (_("Undone: %s"), gpm_store_change_get_description (change));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (done));
}

/* Vendors */

static void
on_vendor_saved (GpmVendorEditor *editor,
                 GpmStoreChange  *change,
                 GpmVendorsPage  *self)
{
  GpmVendor *vendor = gpm_vendor_editor_get_vendor (editor);

  /* The list reloads with the new row; select it once it is there. */
  if (vendor != NULL)
    self->pending_id = gpm_vendor_get_id (vendor);
  gpm_vendors_page_show_change (self, change);
}

static void
present_editor (GpmVendorsPage *self,
                GtkWidget      *editor)
{
  gtk_window_set_transient_for (GTK_WINDOW (editor), parent_window (self));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_vendor_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (widget);
  GtkWidget *editor = gpm_vendor_editor_new (self->store, NULL);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_vendor_saved), self, 0);
  present_editor (self, editor);
}

static void
edit_vendor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (widget);
  GpmVendor *vendor = gpm_vendor_profile_get_vendor (self->profile);
  GtkWidget *editor;

  if (vendor == NULL)
    return;

  editor = gpm_vendor_editor_new (self->store, vendor);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_vendor_saved), self, 0);
  present_editor (self, editor);
}

static void
delete_vendor_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (widget);
  GpmVendor *vendor = gpm_vendor_profile_get_vendor (self->profile);
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GError) error = NULL;

  if (vendor == NULL)
    return;

  /* The store refuses to delete a vendor that figures, events or relations still use,
   * and says which; that message is what the user needs to decide. */
  if (!gpm_store_delete_vendor (self->store, gpm_vendor_get_id (vendor), &change, &error))
    {
      gpm_vendors_page_show_error (self, _("Could Not Delete Vendor"), error);
      return;
    }

  gpm_vendors_page_show_change (self, change);
}

/* Figures */

static GpmObservation *
find_figure (GpmVendorsPage *self,
             gint64          id)
{
  GpmObservation *figure = gpm_profile_data_find_figure (
    gpm_vendor_profile_get_data (self->profile), id);

  if (figure == NULL)
    figure = gpm_profile_data_find_figure (gpm_vendor_compare_get_data (self->compare), id);

  return figure;
}

static void
on_figure_saved (GpmObservationEditor *editor,
                 GpmStoreChange       *change,
                 GpmVendorsPage       *self)
{
  gpm_vendors_page_show_change (self, change);
}

static void
open_figure_editor (GpmVendorsPage *self,
                    GpmVendor      *vendor,
                    GpmObservation *figure)
{
  GtkWidget *editor = gpm_observation_editor_new (self->store, vendor, figure,
                                                  G_LIST_MODEL (self->metrics),
                                                  G_LIST_MODEL (self->sources));

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_figure_saved), self, 0);
  present_editor (self, editor);
}

static void
add_figure_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (widget);
  GpmVendor *vendor = gpm_vendor_profile_get_vendor (self->profile);

  if (vendor != NULL)
    open_figure_editor (self, vendor, NULL);
}

static void
edit_figure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (widget);
  GpmObservation *figure = find_figure (self, g_variant_get_int64 (param));
  g_autoptr(GpmVendor) vendor = NULL;

  if (figure == NULL)
    return;

  vendor = gpm_vendors_page_find_vendor (self, gpm_observation_get_vendor_id (figure));
  if (vendor != NULL)
    open_figure_editor (self, vendor, figure);
}

static void
delete_figure_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (widget);
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GError) error = NULL;

  if (!gpm_store_delete_observation (self->store, g_variant_get_int64 (param), &change,
                                     &error))
    {
      gpm_vendors_page_show_error (self, _("Could Not Delete Figure"), error);
      return;
    }

  gpm_vendors_page_show_change (self, change);
}

/* Navigation */

static void
select_vendor_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (widget);

  if (gpm_vendors_page_select_vendor (self, g_variant_get_int64 (param)))
    adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Opens the Timeline page on the event. The page is a sibling in the same window, found
 * there rather than known to this one, so the Vendors page also works on its own. */
static void
show_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *timeline = root != NULL ? find_descendant (GTK_WIDGET (root),
                                                        GPM_TYPE_TIMELINE_PAGE)
                                     : NULL;

  gtk_widget_activate_action (widget, "win.show-page", "s", "timeline");
  if (timeline != NULL)
    gpm_timeline_page_select_event (GPM_TIMELINE_PAGE (timeline), g_variant_get_int64 (param));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmVendorsPage *self = GPM_VENDORS_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gpm_vendors_page_clear_filters (GPM_VENDORS_PAGE (widget));
}

void
gpm_vendors_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "vendors.add-vendor", NULL, add_vendor_action);
  gtk_widget_class_install_action (widget_class, "vendors.edit-vendor", NULL,
                                   edit_vendor_action);
  gtk_widget_class_install_action (widget_class, "vendors.delete-vendor", NULL,
                                   delete_vendor_action);
  gtk_widget_class_install_action (widget_class, "vendors.add-figure", NULL, add_figure_action);
  gtk_widget_class_install_action (widget_class, "vendors.edit-figure", "x",
                                   edit_figure_action);
  gtk_widget_class_install_action (widget_class, "vendors.delete-figure", "x",
                                   delete_figure_action);
  gtk_widget_class_install_action (widget_class, "vendors.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "vendors.select-vendor", "x",
                                   select_vendor_action);
  gtk_widget_class_install_action (widget_class, "vendors.show-event", "x", show_event_action);
  gtk_widget_class_install_action (widget_class, "vendors.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "vendors.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "vendors.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_install_property_action (widget_class, "vendors.compare", "compare-mode");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "vendors.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "vendors.add-figure", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "vendors.undo", NULL);
}
