/* gpm-timeline-page.c — the Timeline page.
 *
 * The store's events, vendors and sources arrive as GpmItemLists (loaded off the main
 * thread, reloaded after every edit). One filter, kept here, decides what both the
 * drawing and the list mode show. Selecting an event anywhere (a click, the keyboard,
 * a list row, another page) selects it everywhere and opens the detail pane.
 * Actions (zoom, add, edit, delete, undo) are in gpm-timeline-page-actions.c.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "gpm-timeline-page-private.h"
#include "gpm-timeline-text.h"

G_DEFINE_FINAL_TYPE (GpmTimelinePage, gpm_timeline_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LANES,
  PROP_LIST_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------- what is shown */

GpmEvent *
gpm_timeline_page_lookup (GpmTimelinePage *self,
                          gint64           event_id)
{
  for (guint i = 0; self->events != NULL
                    && i < g_list_model_get_n_items (G_LIST_MODEL (self->events)); i++)
    {
      GpmEvent *event = g_list_model_get_item (G_LIST_MODEL (self->events), i);

      g_object_unref (event);   /* the list keeps it */
      if (gpm_event_get_id (event) == event_id)
        return event;
    }

  return NULL;
}

static const char *
content_page (GpmTimelinePage *self)
{
  const GError *error;

  if (self->events == NULL)
    return "loading";
  error = gpm_item_list_get_error (self->events);
  if (error != NULL)
    {
      adw_status_page_set_description (self->error_status, error->message);
      return "error";
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (self->events)) == 0)
    return gpm_item_list_get_loading (self->events) ? "loading" : "none";
  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) == 0)
    return "empty";

  return self->list_mode ? "list" : "timeline";
}

static void
update_count (GpmTimelinePage *self)
{
  guint total = self->events ? g_list_model_get_n_items (G_LIST_MODEL (self->events)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  guint n_active = gpm_timeline_filter_popover_get_n_active (self->filter_popover);
  g_autofree char *count = NULL;
  g_autofree char *filter = NULL;

  if (total == 0)
    count = g_strdup ("");
  else if (shown == total)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", total),
                             total);
  else
    /* Translators: how many events the filter lets through, of how many */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u event", "%u of %u events",
                                          total), shown, total);
  gtk_label_set_text (self->count_label, count);

  /* Translators: the filter button when N kinds of restriction are in force */
  filter = n_active > 0 ? g_strdup_printf (_("Filter (%u)"), n_active) : g_strdup (_("Filter"));
  gtk_menu_button_set_label (self->filter_button, filter);
}

static void
update_period (GpmTimelinePage *self)
{
  g_autofree char *text = gpm_timeline_view_dup_period_text (self->view);
  g_autofree char *label = NULL;
  g_auto(GStrv) parts = NULL;
  double from, to;
  guint n;

  gtk_revealer_set_reveal_child (self->period_revealer, text != NULL);
  if (text == NULL)
    return;

  gpm_timeline_view_get_period (self->view, &from, &to);
  n = gpm_timeline_count_in_period (gpm_timeline_view_get_timeline (self->view), from, to);
  parts = g_strsplit (text, "/", 2);
  if (g_strcmp0 (parts[0], parts[1]) == 0)
    /* Translators: a period dragged on the timeline, and how many events fall in it */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u event", "%s: %u events", n),
                             parts[0], n);
  else
    /* Translators: a period dragged on the timeline (from – to), and its events */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s – %s: %u event",
                                          "%s – %s: %u events", n), parts[0], parts[1], n);
  gtk_label_set_text (self->period_label, label);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->chart_button), "s", text);
}

void
gpm_timeline_page_update (GpmTimelinePage *self)
{
  const char *page = content_page (self);

  gtk_stack_set_visible_child_name (self->content_stack, page);
  /* Only while seen: a spinner animates (and asks for frames) even on a hidden page. */
  gtk_spinner_set_spinning (self->spinner, g_str_equal (page, "loading")
                                           && gtk_widget_get_mapped (GTK_WIDGET (self)));
  update_count (self);
  update_period (self);
  gpm_timeline_page_update_actions (self);
}

/* ---------------------------------------------------------------- selection */

static void
show_detail (GpmTimelinePage *self,
             gint64           event_id)
{
  GpmEvent *event = event_id != 0 ? gpm_timeline_page_lookup (self, event_id) : NULL;

  if (event != NULL)
    gpm_event_detail_set_event (self->detail, event, G_LIST_MODEL (self->vendors),
                                G_LIST_MODEL (self->sources));
  gtk_revealer_set_reveal_child (self->detail_revealer, event != NULL);
}

static void
on_view_selected (GpmTimelinePage *self)
{
  gint64 id = gpm_timeline_view_get_selected (self->view);

  if (self->syncing)
    return;
  self->syncing = TRUE;
  gpm_timeline_list_select (self->list, id);
  self->syncing = FALSE;
  show_detail (self, id);
  gpm_timeline_page_update_actions (self);
}

static void
on_list_selected (GpmTimelinePage *self)
{
  gint64 id = gpm_timeline_list_get_selected (self->list);

  if (self->syncing)
    return;
  self->syncing = TRUE;
  gpm_timeline_view_select (self->view, id, TRUE);
  self->syncing = FALSE;
  show_detail (self, id);
  gpm_timeline_page_update_actions (self);
}

static void
on_activate_event (GpmTimelinePage *self,
                   gint64           event_id)
{
  show_detail (self, event_id);
}

/**
 * gpm_timeline_page_select_event:
 *
 * Shows the event (clearing a filter that hides it) and opens its details. Called
 * before the events have loaded, it selects the event once they have.
 */
void
gpm_timeline_page_select_event (GpmTimelinePage *self,
                                gint64           event_id)
{
  g_return_if_fail (GPM_IS_TIMELINE_PAGE (self));

  if (gpm_timeline_page_lookup (self, event_id) == NULL)
    {
      self->pending_id = event_id;
      return;
    }
  self->pending_id = 0;
  if (!gpm_timeline_event_matches (gpm_timeline_view_get_timeline (self->view), event_id))
    gpm_timeline_page_reset_filter (self);
  gpm_timeline_view_select (self->view, event_id, TRUE);
  show_detail (self, event_id);
}

gint64
gpm_timeline_page_get_selected (GpmTimelinePage *self)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_PAGE (self), 0);

  return gpm_timeline_view_get_selected (self->view);
}

/* ---------------------------------------------------------------- filter */

static gboolean
filter_event (gpointer item,
              gpointer user_data)
{
  GpmTimelinePage *self = user_data;
  GpmEvent *event = item;
  GpmTimelineCategory category;
  const gint64 *vendors;
  guint n_vendors;
  double start, end;

  if (!gpm_timeline_category_from_key (gpm_event_get_category (event), &category)
      || !gpm_timeline_period_to_days (gpm_event_get_date (event), &start, &end, NULL))
    return FALSE;
  vendors = gpm_event_get_vendor_ids (event, &n_vendors);

  return gpm_timeline_filter_match (&self->current, category, vendors, n_vendors, start, end);
}

static void
on_filter_changed (GpmTimelinePage *self)
{
  gpm_timeline_filter_popover_get_filter (self->filter_popover, &self->current);
  gpm_timeline_view_set_filter (self->view, &self->current);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gpm_timeline_page_update (self);
}

void
gpm_timeline_page_reset_filter (GpmTimelinePage *self)
{
  gpm_timeline_filter_popover_reset (self->filter_popover);
  on_filter_changed (self);
}

/* ---------------------------------------------------------------- data */

static void
on_events_changed (GpmTimelinePage *self)
{
  if (self->pending_id != 0 && gpm_timeline_page_lookup (self, self->pending_id) != NULL)
    gpm_timeline_page_select_event (self, self->pending_id);
  else if (gpm_timeline_view_get_selected (self->view) != 0)
    show_detail (self, gpm_timeline_view_get_selected (self->view));
  gpm_timeline_page_update (self);
}

static void
on_vendors_changed (GpmTimelinePage *self)
{
  gpm_timeline_filter_popover_set_vendors (self->filter_popover, G_LIST_MODEL (self->vendors));
  on_filter_changed (self);
}

static void
drop_lists (GpmTimelinePage *self)
{
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_data (self->events, self);
  if (self->vendors != NULL)
    g_signal_handlers_disconnect_by_data (self->vendors, self);
  gtk_filter_list_model_set_model (self->shown, NULL);
  gpm_timeline_view_set_items (self->view, NULL, NULL);
  gpm_timeline_list_set_models (self->list, NULL, NULL);
  g_clear_object (&self->events);
  g_clear_object (&self->vendors);
  g_clear_object (&self->sources);
}

void
gpm_timeline_page_set_store (GpmTimelinePage *self,
                             GpmStore        *store)
{
  g_return_if_fail (GPM_IS_TIMELINE_PAGE (self));
  g_return_if_fail (store == NULL || GPM_IS_STORE (store));

  if (self->store == store)
    return;

  drop_lists (self);
  g_clear_pointer (&self->last_change, gpm_store_change_unref);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      self->events = gpm_item_list_new_events (store);
      self->vendors = gpm_item_list_new_vendors (store);
      self->sources = gpm_item_list_new_sources (store);
      gtk_filter_list_model_set_model (self->shown, G_LIST_MODEL (self->events));
      gpm_timeline_view_set_items (self->view, G_LIST_MODEL (self->events),
                                   G_LIST_MODEL (self->vendors));
      gpm_timeline_list_set_models (self->list, G_LIST_MODEL (self->shown),
                                    G_LIST_MODEL (self->vendors));
      /* After the view and the list, so they are up to date when the page looks. */
      g_signal_connect_object (self->events, "items-changed", G_CALLBACK (on_events_changed),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      g_signal_connect_object (self->events, "notify::loading", G_CALLBACK (on_events_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->vendors, "items-changed", G_CALLBACK (on_vendors_changed),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }

  gpm_timeline_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

GpmStore *
gpm_timeline_page_get_store (GpmTimelinePage *self)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_PAGE (self), NULL);

  return self->store;
}

/* The events the filter lets through, in store order: what the page shows. */
GListModel *
gpm_timeline_page_get_shown (GpmTimelinePage *self)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_PAGE (self), NULL);

  return G_LIST_MODEL (self->shown);
}

gboolean
gpm_timeline_page_get_loading (GpmTimelinePage *self)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_PAGE (self), TRUE);

  return self->events == NULL || gpm_item_list_get_loading (self->events)
         || gpm_item_list_get_loading (self->vendors);
}

/**
 * gpm_timeline_page_get_period:
 * @from: (out): the first period of the dragged selection, as period text
 * @to: (out): the last one
 *
 * Returns: whether a period is selected on the axis
 */
gboolean
gpm_timeline_page_get_period (GpmTimelinePage  *self,
                              char            **from,
                              char            **to)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (GPM_IS_TIMELINE_PAGE (self), FALSE);

  text = gpm_timeline_view_dup_period_text (self->view);
  if (text == NULL)
    return FALSE;
  parts = g_strsplit (text, "/", 2);
  if (from != NULL)
    *from = g_strdup (parts[0]);
  if (to != NULL)
    *to = g_strdup (parts[1]);

  return TRUE;
}

/* ---------------------------------------------------------------- GObject */

static void
set_lanes (GpmTimelinePage *self,
           const char      *lanes)
{
  GpmTimelineLanes mode = g_strcmp0 (lanes, "vendor") == 0 ? GPM_TIMELINE_LANES_VENDOR
                                                           : GPM_TIMELINE_LANES_CATEGORY;

  if (self->lanes == mode)
    return;
  self->lanes = mode;
  gpm_timeline_view_set_lanes (self->view, mode);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANES]);
}

static void
set_list_mode (GpmTimelinePage *self,
               gboolean         list_mode)
{
  if (self->list_mode == list_mode)
    return;
  self->list_mode = list_mode;
  gpm_timeline_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST_MODE]);
}

static void
gpm_timeline_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GpmTimelinePage *self = GPM_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_LANES:
      /* Kept here: the lanes menu asks while the template is still being built. */
      g_value_set_string (value, self->lanes == GPM_TIMELINE_LANES_VENDOR ? "vendor"
                                                                          : "category");
      break;
    case PROP_LIST_MODE:
      g_value_set_boolean (value, self->list_mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_timeline_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  GpmTimelinePage *self = GPM_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      gpm_timeline_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_LANES:
      set_lanes (self, g_value_get_string (value));
      break;
    case PROP_LIST_MODE:
      set_list_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_timeline_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (gpm_timeline_page_parent_class)->map (widget);
  gpm_timeline_page_update (GPM_TIMELINE_PAGE (widget));
}

static void
gpm_timeline_page_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (gpm_timeline_page_parent_class)->unmap (widget);
  gpm_timeline_page_update (GPM_TIMELINE_PAGE (widget));
}

static void
gpm_timeline_page_dispose (GObject *object)
{
  GpmTimelinePage *self = GPM_TIMELINE_PAGE (object);

  drop_lists (self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->last_change, gpm_store_change_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_TIMELINE_PAGE);
  g_clear_object (&self->shown);

  G_OBJECT_CLASS (gpm_timeline_page_parent_class)->dispose (object);
}

static void
gpm_timeline_page_class_init (GpmTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_timeline_page_dispose;
  object_class->get_property = gpm_timeline_page_get_property;
  object_class->set_property = gpm_timeline_page_set_property;
  widget_class->map = gpm_timeline_page_map;
  widget_class->unmap = gpm_timeline_page_unmap;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GPM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANES] =
    g_param_spec_string ("lanes", NULL, NULL, "category",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIST_MODE] =
    g_param_spec_boolean ("list-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GPM_TYPE_TIMELINE_VIEW);
  g_type_ensure (GPM_TYPE_TIMELINE_LIST);
  g_type_ensure (GPM_TYPE_EVENT_DETAIL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-timeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, count_label);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, period_revealer);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, period_label);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, chart_button);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, detail_revealer);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, view);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, list);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, detail);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, error_status);
  gtk_widget_class_bind_template_child (widget_class, GpmTimelinePage, spinner);

  gpm_timeline_page_install_actions (widget_class);
}

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PATH "/gpm-timeline.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
gpm_timeline_page_init (GpmTimelinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  load_css ();

  gpm_timeline_filter_init (&self->current);
  self->filter = gtk_custom_filter_new (filter_event, self, NULL);
  self->shown = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  g_signal_connect_swapped (self->shown, "items-changed",
                            G_CALLBACK (gpm_timeline_page_update), self);

  self->filter_popover = GPM_TIMELINE_FILTER_POPOVER (gpm_timeline_filter_popover_new ());
  gtk_menu_button_set_popover (self->filter_button, GTK_WIDGET (self->filter_popover));
  g_signal_connect_swapped (self->filter_popover, "changed", G_CALLBACK (on_filter_changed),
                            self);

  g_signal_connect_swapped (self->view, "notify::selected-id", G_CALLBACK (on_view_selected),
                            self);
  g_signal_connect_swapped (self->view, "period-changed", G_CALLBACK (gpm_timeline_page_update),
                            self);
  g_signal_connect_swapped (self->view, "notify::has-period",
                            G_CALLBACK (gpm_timeline_page_update), self);
  g_signal_connect_swapped (self->view, "activate-event", G_CALLBACK (on_activate_event), self);
  g_signal_connect_swapped (self->list, "notify::selected-id", G_CALLBACK (on_list_selected),
                            self);
  g_signal_connect_swapped (self->detail_revealer, "notify::reveal-child",
                            G_CALLBACK (gpm_timeline_page_update_actions), self);

  gpm_timeline_page_update (self);
}

GtkWidget *
gpm_timeline_page_new (void)
{
  return g_object_new (GPM_TYPE_TIMELINE_PAGE, NULL);
}
