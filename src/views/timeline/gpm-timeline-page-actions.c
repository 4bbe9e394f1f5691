/* gpm-timeline-page-actions.c — what the Timeline page's buttons and menus do.
 *
 * Zooming goes to the view. Adding and editing open the event editor; every edit the
 * store commits (an add, an update, a delete) is answered with a toast that can undo it,
 * as on the Vendors page. Actions that cannot act are disabled, so their buttons are
 * insensitive rather than silently doing nothing.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-event-editor.h"
#include "gpm-timeline-page-private.h"

void
gpm_timeline_page_update_actions (GpmTimelinePage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean writable = self->store != NULL && !gpm_store_is_read_only (self->store);
  gboolean drawing = !self->list_mode
                     && g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0;
  gboolean selected = gpm_timeline_view_get_selected (self->view) != 0;

  gtk_widget_action_set_enabled (widget, "timeline.zoom-in", drawing);
  gtk_widget_action_set_enabled (widget, "timeline.zoom-out", drawing);
  gtk_widget_action_set_enabled (widget, "timeline.fit-all", drawing);
  gtk_widget_action_set_enabled (widget, "timeline.zoom-to-selection",
                                 drawing && gpm_timeline_view_can_zoom_to_selection (self->view));
  gtk_widget_action_set_enabled (widget, "timeline.add-event", writable);
  gtk_widget_action_set_enabled (widget, "timeline.edit-event", writable && selected);
  gtk_widget_action_set_enabled (widget, "timeline.delete-event", writable && selected);
  gtk_widget_action_set_enabled (widget, "timeline.undo", self->last_change != NULL);
  gtk_widget_action_set_enabled (widget, "timeline.clear-period",
                                 gpm_timeline_view_get_period (self->view, NULL, NULL));
}

/* ---------------------------------------------------------------- undo */

static void
show_error (GpmTimelinePage *self,
            const char      *what,
            const GError    *error)
{
  g_autofree char *title = g_strdup_printf ("%s: %s", what, error->message);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Offers to undo @change (which may be NULL: nothing changed, nothing to say). */
void
gpm_timeline_page_show_change (GpmTimelinePage *self,
                               GpmStoreChange  *change,
                               const char      *message)
{
  AdwToast *toast;

  if (change == NULL)
    return;

  g_clear_pointer (&self->last_change, gpm_store_change_unref);
  self->last_change = gpm_store_change_ref (change);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "timeline.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  gpm_timeline_page_update_actions (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmTimelinePage *self = GPM_TIMELINE_PAGE (widget);
  g_autoptr(GpmStoreChange) change = g_steal_pointer (&self->last_change);
  g_autoptr(GError) error = NULL;

  gpm_timeline_page_update_actions (self);
  if (change == NULL || self->store == NULL)
    return;
  if (!gpm_store_undo (self->store, change, &error))
    show_error (self, _("Could not undo"), error);
}

/* ---------------------------------------------------------------- editing */

static void
on_editor_saved (GpmEventEditor  *editor,
                 GpmStoreChange  *change,
                 gint64           event_id,
                 GpmTimelinePage *self)
{
  gboolean added = gpm_event_editor_get_event (editor) == NULL;

  gpm_timeline_page_show_change (self, change, added ? _("Event added") : _("Event saved"));
  /* The list reloads off the main thread: select the event when it arrives. */
  self->pending_id = event_id;
  gpm_timeline_page_select_event (self, event_id);
}

static void
open_editor (GpmTimelinePage *self,
             GpmEvent        *event)
{
  GpmEventEditor *editor;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->store == NULL)
    return;

  editor = gpm_event_editor_new (self->store, event, G_LIST_MODEL (self->vendors),
                                 G_LIST_MODEL (self->sources));
  if (event == NULL)
    {
      g_autofree char *from = NULL;
      GpmEvent *selected = gpm_timeline_page_lookup (self,
                                                     gpm_timeline_view_get_selected (self->view));

      /* A new event starts where the user is looking: the dragged period, or beside the
       * selected event with its vendors. */
      if (gpm_timeline_page_get_period (self, &from, NULL))
        gpm_event_editor_set_date (editor, from);
      if (selected != NULL)
        {
          const gint64 *ids;
          guint n_ids;

          ids = gpm_event_get_vendor_ids (selected, &n_ids);
          gpm_event_editor_set_vendor_ids (editor, ids, n_ids);
        }
    }

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Opens the editor for a new event of VENDOR_ID, from another page (a vendor's profile). */
void
gpm_timeline_page_add_event_for_vendor (GpmTimelinePage *self,
                                        gint64           vendor_id)
{
  GpmEventEditor *editor;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_return_if_fail (GPM_IS_TIMELINE_PAGE (self));

  if (self->store == NULL)
    return;

  editor = gpm_event_editor_new (self->store, NULL, G_LIST_MODEL (self->vendors),
                                 G_LIST_MODEL (self->sources));
  gpm_event_editor_set_vendor_ids (editor, &vendor_id, 1);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  open_editor (GPM_TIMELINE_PAGE (widget), NULL);
}

static void
edit_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  GpmTimelinePage *self = GPM_TIMELINE_PAGE (widget);
  GpmEvent *event = gpm_timeline_page_lookup (self, gpm_timeline_view_get_selected (self->view));

  if (event != NULL)
    open_editor (self, event);
}

static void
delete_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GpmTimelinePage *self = GPM_TIMELINE_PAGE (widget);
  gint64 id = gpm_timeline_view_get_selected (self->view);
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GError) error = NULL;

  if (id == 0 || self->store == NULL)
    return;
  /* No "are you sure": the toast's Undo is a better safety net than a question. */
  if (!gpm_store_delete_event (self->store, id, &change, &error))
    {
      show_error (self, _("Could not delete the event"), error);
      return;
    }
  gpm_timeline_page_show_change (self, change, _("Event deleted"));
}

/* ---------------------------------------------------------------- view */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmTimelinePage *self = GPM_TIMELINE_PAGE (widget);

  if (g_str_equal (action_name, "timeline.zoom-in"))
    gpm_timeline_view_zoom (self->view, 1.5);
  else if (g_str_equal (action_name, "timeline.zoom-out"))
    gpm_timeline_view_zoom (self->view, 1.0 / 1.5);
  else if (g_str_equal (action_name, "timeline.fit-all"))
    gpm_timeline_view_fit_all (self->view);
  else
    gpm_timeline_view_zoom_to_selection (self->view);
}

static void
clear_filter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  gpm_timeline_page_reset_filter (GPM_TIMELINE_PAGE (widget));
}

static void
clear_period_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  gpm_timeline_view_clear_period (GPM_TIMELINE_PAGE (widget)->view);
}

static void
close_detail_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GpmTimelinePage *self = GPM_TIMELINE_PAGE (widget);

  gtk_revealer_set_reveal_child (self->detail_revealer, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* A vendor button in the details: the Vendors page, with that vendor selected when the
 * page offers it (found through the window's stack, so neither page needs the other). */
static void
show_vendor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GtkWidget *stack = gtk_widget_get_ancestor (widget, ADW_TYPE_VIEW_STACK);
  GtkWidget *vendors;

  gtk_widget_activate_action (widget, "win.show-page", "s", "vendors");
  if (stack == NULL)
    return;
  vendors = adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), "vendors");
  if (vendors != NULL)
    gtk_widget_activate_action_variant (vendors, "vendors.select-vendor", param);
}

void
gpm_timeline_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.fit-all", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-to-selection", NULL,
                                   zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.add-event", NULL, add_event_action);
  gtk_widget_class_install_action (widget_class, "timeline.edit-event", NULL,
                                   edit_event_action);
  gtk_widget_class_install_action (widget_class, "timeline.delete-event", NULL,
                                   delete_event_action);
  gtk_widget_class_install_action (widget_class, "timeline.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "timeline.clear-filter", NULL,
                                   clear_filter_action);
  gtk_widget_class_install_action (widget_class, "timeline.clear-period", NULL,
                                   clear_period_action);
  gtk_widget_class_install_action (widget_class, "timeline.close-detail", NULL,
                                   close_detail_action);
  gtk_widget_class_install_action (widget_class, "timeline.show-vendor", "x",
                                   show_vendor_action);
  gtk_widget_class_install_property_action (widget_class, "timeline.lanes", "lanes");
  gtk_widget_class_install_property_action (widget_class, "timeline.list-mode", "list-mode");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "timeline.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "timeline.delete-event", NULL);
}
