/* gpm-window.c — the main window.
 *
 * It restores its size, maximized state and last page from GSettings, installs the
 * window actions and their shortcuts (switching pages, opening an event or a period
 * from another page), and hands the store to the Vendors, Timeline and Charts pages.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-chart-clipboard.h"
#include "gpm-charts-page.h"
#include "gpm-export-dialog.h"
#include "gpm-deck-editor.h"
#include "gpm-presentation.h"
#include "gpm-timeline-page.h"
#include "gpm-vendors-page.h"
#include "gpm-window.h"
#include "gpm-window-backup.h"
#include "gpm-window-import.h"

struct _GpmWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GpmStore             *store;

  AdwViewStack         *stack;
  AdwToastOverlay      *toast_overlay;
  GpmVendorsPage       *vendors_page;
  GpmTimelinePage      *timeline_page;
  GpmChartsPage        *charts_page;
};

G_DEFINE_FINAL_TYPE (GpmWindow, gpm_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Opens an event on the Timeline page, from wherever it was shown (a vendor's profile,
 * a marker on a chart). */
/* Opens a chart spec (JSON) on the Charts page, e.g. a comparison of vendors. */
static void
chart_spec_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  GpmWindow *self = GPM_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmChartSpec) spec = gpm_chart_spec_new_from_json (g_variant_get_string (param, NULL),
                                                               &error);

  if (spec == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  gpm_charts_page_show_spec (self->charts_page, spec);
  gpm_window_show_page (self, "charts");
}

/* A new event for a vendor, asked for from its profile: the editor opens over the
 * current page, and the timeline shows the event once it is saved. */
static void
add_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  GpmWindow *self = GPM_WINDOW (widget);

  gpm_timeline_page_add_event_for_vendor (self->timeline_page, g_variant_get_int64 (param));
}

static void
show_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  GpmWindow *self = GPM_WINDOW (widget);

  gpm_window_show_page (self, "timeline");
  gpm_timeline_page_select_event (self->timeline_page, g_variant_get_int64 (param));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  gpm_window_show_page (GPM_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* "FROM/TO" in period texts, as the timeline sends a period dragged on its axis. */
static void
chart_period_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GpmWindow *self = GPM_WINDOW (widget);
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (param, NULL), "/", 2);

  if (parts[0] == NULL || parts[1] == NULL)
    return;
  gpm_charts_page_set_period (self->charts_page, parts[0], parts[1]);
  gpm_window_show_page (self, "charts");
}

static void
open_exported (AdwToast *toast,
               GFile    *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (folder != NULL ? folder : file);
  GtkWidget *window = g_object_get_data (G_OBJECT (toast), "gpm-window");

  gtk_show_uri (window != NULL ? GTK_WINDOW (window) : NULL, uri, GDK_CURRENT_TIME);
}

static void
on_exported (GpmWindow *self,
             GFile     *file)
{
  g_autofree char *name = g_file_get_parse_name (file);
  /* Translators: %s is the path of the exported file. A toast title is markup. */
  g_autofree char *title = g_markup_printf_escaped (_("Exported to “%s”"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("Open _Folder"));
  g_object_set_data (G_OBJECT (toast), "gpm-window", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_exported),
                         g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Export… draws what the Charts or the Timeline page shows. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmWindow *self = GPM_WINDOW (widget);
  GtkWidget *page = adw_view_stack_get_visible_child (self->stack);
  GpmExportDialog *dialog = gpm_export_dialog_new_for_page (GTK_WINDOW (self), page);

  if (dialog == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("There is nothing to export yet")));
      return;
    }
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_export_action (GpmWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->stack);

  /* Every page can show a chart once there is a database (the Vendors page in a
   * profile); when none is shown, the action says so in a toast. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export",
                                 page != NULL && self->store != NULL);
}

static void
on_visible_child_changed (GpmWindow *self)
{
  update_export_action (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
restore_state (GpmWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "last-page", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
save_state (GpmWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width, height;

  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  /* A maximized window keeps the size it should return to. */
  if (!maximized)
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
gpm_window_close_request (GtkWindow *window)
{
  save_state (GPM_WINDOW (window));

  return GTK_WINDOW_CLASS (gpm_window_parent_class)->close_request (window);
}

static void
gpm_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  GpmWindow *self = GPM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, gpm_window_get_store (self));
      break;
    case PROP_PAGE:
      g_value_set_string (value, gpm_window_get_page (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  GpmWindow *self = GPM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      gpm_window_set_store (self, g_value_get_object (value));
      break;
    case PROP_PAGE:
      gpm_window_show_page (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_window_dispose (GObject *object)
{
  GpmWindow *self = GPM_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_WINDOW);

  G_OBJECT_CLASS (gpm_window_parent_class)->dispose (object);
}

/* The keyboard shortcuts window, built on first use: building it with every window cost
 * about 8 ms before the first frame. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH
                                                                     "/gpm-shortcuts.ui");

      /* The window keeps it, shows the accelerators of this window's actions in it, and
       * destroys it with itself. */
      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

/* F5: the deck, fullscreen on the monitor this window is on. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  GpmWindow *self = GPM_WINDOW (widget);

  if (self->store == NULL)
    return;

  gtk_window_present (GTK_WINDOW (gpm_presentation_new (self->store, GTK_WINDOW (self))));
}

/* The decks, their slides and their order; a new timeline slide starts at the range the
 * Timeline page shows. */
static void
edit_deck_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  GpmWindow *self = GPM_WINDOW (widget);
  GpmDeckEditor *editor;

  if (self->store == NULL)
    return;

  editor = gpm_deck_editor_new (self->store, GTK_WINDOW (self));
  gpm_deck_editor_set_timeline_range_from_page (editor, GTK_WIDGET (self->timeline_page));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
gpm_window_class_init (GpmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = gpm_window_dispose;
  object_class->get_property = gpm_window_get_property;
  object_class->set_property = gpm_window_set_property;
  window_class->close_request = gpm_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GPM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "vendors",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GPM_TYPE_CHARTS_PAGE);
  g_type_ensure (GPM_TYPE_VENDORS_PAGE);
  g_type_ensure (GPM_TYPE_TIMELINE_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/gpm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GpmWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, GpmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GpmWindow, vendors_page);
  gtk_widget_class_bind_template_child (widget_class, GpmWindow, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, GpmWindow, charts_page);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.chart-period", "s", chart_period_action);
  gtk_widget_class_install_action (widget_class, "win.show-event", "x", show_event_action);
  gtk_widget_class_install_action (widget_class, "win.add-event", "x", add_event_action);
  gtk_widget_class_install_action (widget_class, "win.chart-spec", "s", chart_spec_action);
  /* Import needs a writable database; export and present are enabled when the page
   * and the database allow them. */
  gpm_window_import_install_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.edit-deck", NULL, edit_deck_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_shortcuts_action);
  gpm_window_backup_install_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK,
                                       "win.show-page", "s", "vendors");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK,
                                       "win.show-page", "s", "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK,
                                       "win.show-page", "s", "charts");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

/* GPM_BENCH_FIRST_FRAME=1 (tests/bench/run-bench.py): print the monotonic time (µs) of the
 * first frame, then of the first frame with the database open and the vendors loaded. */
static void
bench_after_paint (GdkFrameClock *clock,
                   GpmWindow     *self)
{
  static gboolean first_done;

  if (!first_done)
    g_printerr ("gpm-bench: first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  first_done = TRUE;
  if (self->store == NULL || gpm_vendors_page_get_loading (self->vendors_page))
    return;
  g_printerr ("gpm-bench: data-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint, self);
}

static void
bench_on_realize (GtkWidget *widget)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (bench_after_paint), widget, 0);
}

static void
gpm_window_init (GpmWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gpm_window_import_update_actions (self);
  gpm_window_import_init (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
  /* Presenting needs a database to read the deck from. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-deck", FALSE);
  gpm_window_backup_update_actions (self);

  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (on_visible_child_changed), self, G_CONNECT_SWAPPED);

  self->settings = g_settings_new (APP_ID);
  restore_state (self);
  update_export_action (self);
  gpm_chart_clipboard_attach (GTK_WIDGET (self->charts_page));
  if (g_getenv ("GPM_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect_after (self, "realize", G_CALLBACK (bench_on_realize), NULL);
}

GpmWindow *
gpm_window_new (GpmApplication *application)
{
  return g_object_new (GPM_TYPE_WINDOW, "application", application, NULL);
}

void
gpm_window_set_store (GpmWindow *self,
                      GpmStore  *store)
{
  g_return_if_fail (GPM_IS_WINDOW (self));
  g_return_if_fail (store == NULL || GPM_IS_STORE (store));

  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-deck", store != NULL);
  gpm_window_backup_update_actions (self);
  gpm_window_import_update_actions (self);
  gpm_charts_page_set_store (self->charts_page, store);
  gpm_timeline_page_set_store (self->timeline_page, store);
  gpm_vendors_page_set_store (self->vendors_page, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
gpm_window_add_toast (GpmWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (GPM_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

GpmStore *
gpm_window_get_store (GpmWindow *self)
{
  g_return_val_if_fail (GPM_IS_WINDOW (self), NULL);

  return self->store;
}

const char *
gpm_window_get_page (GpmWindow *self)
{
  g_return_val_if_fail (GPM_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
gpm_window_show_page (GpmWindow  *self,
                      const char *name)
{
  g_return_if_fail (GPM_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("No page named “%s”", name);
      return;
    }
  adw_view_stack_set_visible_child_name (self->stack, name);
}
