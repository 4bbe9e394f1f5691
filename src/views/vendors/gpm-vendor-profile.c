/* gpm-vendor-profile.c — the profile widget: the header at once from the vendor
 * object, the rest once its data has loaded off the main thread.
 *
 * Selecting another vendor cancels the load in flight. A committed edit of figures,
 * events or vendors reloads the profile in place (the old sections stay until the new
 * ones are ready, so an edit does not make the page jump).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-vendor-format.h"
#include "gpm-vendor-profile-private.h"
#include "gpm-vendor-profile.h"

struct _GpmVendorProfile
{
  GtkWidget       parent_instance;

  GtkScrolledWindow *scroller;
  GtkLabel       *title_label;
  GtkLabel       *badge;
  GtkLabel       *names_label;
  GtkLabel       *note_label;
  GtkSpinner     *spinner;
  GtkLabel       *error_label;
  GtkBox         *sections;

  GpmStore       *store;
  GpmVendor      *vendor;
  GpmProfileData *data;
  GCancellable   *cancellable;
  char           *badge_class;
  guint           reload_id;
};

G_DEFINE_FINAL_TYPE (GpmVendorProfile, gpm_vendor_profile, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VENDOR,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_sections (GpmVendorProfile *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections))) != NULL)
    gtk_box_remove (self->sections, child);
}

static void
append_section (GpmVendorProfile *self,
                GtkWidget        *section)
{
  if (section != NULL)
    gtk_box_append (self->sections, section);
}

static void
show_data (GpmVendorProfile *self)
{
  GpmLanguage language = gpm_vendors_language ();

  clear_sections (self);
  if (self->data == NULL || self->vendor == NULL)
    return;

  append_section (self, gpm_profile_section_overview (self->vendor, language));
  append_section (self, gpm_profile_section_listing (self->vendor, self->data, language));
  append_section (self, gpm_profile_section_products (self->data, language));
  append_section (self, gpm_profile_section_relations (self->vendor, self->data, language));
  append_section (self, gpm_profile_section_chart (self->store, self->vendor, self->data,
                                                  language));
  append_section (self, gpm_profile_section_financials (self->data, language));
  append_section (self, gpm_profile_section_long_metrics (self->vendor, self->data, language));
  append_section (self, gpm_profile_section_events (self->data, language));
  append_section (self, gpm_profile_section_sources (self->data, language));
}

static void
set_loading (GpmVendorProfile *self,
             gboolean          loading)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->spinner)) == loading)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  gtk_spinner_set_spinning (self->spinner, loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
on_data_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GpmProfileData *data = gpm_profile_data_load_finish (result, &error);
  GpmVendorProfile *self;

  /* Cancelled: superseded, or the widget is gone; user_data may be dangling. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GPM_VENDOR_PROFILE (user_data);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->data, gpm_profile_data_free);
  self->data = data;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), data == NULL);
  if (data == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The profile could not be read: %s"),
                                                  error->message);

      gtk_label_set_text (self->error_label, message);
    }

  show_data (self);
  set_loading (self, FALSE);
}

static void
load (GpmVendorProfile *self,
      gboolean          keep_sections)
{
  gint64 id;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);

  if (!keep_sections)
    {
      g_clear_pointer (&self->data, gpm_profile_data_free);
      clear_sections (self);
    }

  if (self->store == NULL || self->vendor == NULL)
    {
      set_loading (self, FALSE);
      return;
    }

  id = gpm_vendor_get_id (self->vendor);
  self->cancellable = g_cancellable_new ();
  gpm_profile_data_load_async (self->store, &id, 1, TRUE, self->cancellable, on_data_loaded,
                               self);
  set_loading (self, TRUE);
}

static gboolean
reload_cb (gpointer user_data)
{
  GpmVendorProfile *self = user_data;

  self->reload_id = 0;
  load (self, TRUE);

  return G_SOURCE_REMOVE;
}

static gboolean
schedule_reload (gpointer user_data)
{
  GpmVendorProfile *self = user_data;

  if (self->reload_id == 0 && self->store != NULL)
    self->reload_id = g_idle_add (reload_cb, self);

  return G_SOURCE_REMOVE;
}

/* Edits may be committed on any thread; the reload always runs on the main one, once
 * for a burst of changes. */
static void
on_store_changed (GpmStore         *store,
                  const char       *table,
                  GpmVendorProfile *self)
{
  if (g_strcmp0 (table, "observations") != 0 && g_strcmp0 (table, "events") != 0
      && g_strcmp0 (table, "vendors") != 0)
    return;

  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, schedule_reload,
                              g_object_ref (self), g_object_unref);
}

static void
update_header (GpmVendorProfile *self)
{
  GpmLanguage language = gpm_vendors_language ();
  g_auto(GStrv) aliases = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  const char *status, *note;

  if (self->vendor == NULL)
    return;

  gtk_label_set_text (self->title_label, gpm_vendor_primary_name (self->vendor, language));
  g_string_append (names, gpm_vendor_secondary_name (self->vendor, language));
  aliases = gpm_vendor_dup_aliases (self->vendor);
  for (guint i = 0; aliases[i] != NULL && i < 3; i++)
    g_string_append_printf (names, "%s%s", names->len > 0 ? " · " : "", aliases[i]);
  gtk_label_set_text (self->names_label, names->str);
  gtk_widget_set_visible (GTK_WIDGET (self->names_label), names->len > 0);

  status = gpm_vendor_get_listing_status (self->vendor);
  if (self->badge_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->badge), self->badge_class);
  g_free (self->badge_class);
  self->badge_class = g_strdup (status);
  gtk_widget_add_css_class (GTK_WIDGET (self->badge), status);
  gtk_label_set_text (self->badge, gpm_listing_status_label (status));

  note = gpm_vendor_get_note (self->vendor);
  gtk_label_set_text (self->note_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), *note != '\0');
}

static void
gpm_vendor_profile_dispose (GObject *object)
{
  GpmVendorProfile *self = GPM_VENDOR_PROFILE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->vendor);
  g_clear_pointer (&self->data, gpm_profile_data_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_VENDOR_PROFILE);
  /* Children the template did not name are ours to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gpm_vendor_profile_parent_class)->dispose (object);
}

static void
gpm_vendor_profile_finalize (GObject *object)
{
  g_free (GPM_VENDOR_PROFILE (object)->badge_class);

  G_OBJECT_CLASS (gpm_vendor_profile_parent_class)->finalize (object);
}

static void
gpm_vendor_profile_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GpmVendorProfile *self = GPM_VENDOR_PROFILE (object);

  switch (prop_id)
    {
    case PROP_VENDOR:
      g_value_set_object (value, self->vendor);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, gpm_vendor_profile_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_vendor_profile_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_VENDOR:
      gpm_vendor_profile_set_vendor (GPM_VENDOR_PROFILE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_vendor_profile_class_init (GpmVendorProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_vendor_profile_dispose;
  object_class->finalize = gpm_vendor_profile_finalize;
  object_class->get_property = gpm_vendor_profile_get_property;
  object_class->set_property = gpm_vendor_profile_set_property;

  properties[PROP_VENDOR] =
    g_param_spec_object ("vendor", NULL, NULL, GPM_TYPE_VENDOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-vendor-profile.ui");
  gtk_widget_class_bind_template_child (widget_class, GpmVendorProfile, scroller);
  gtk_widget_class_bind_template_child (widget_class, GpmVendorProfile, title_label);
  gtk_widget_class_bind_template_child (widget_class, GpmVendorProfile, badge);
  gtk_widget_class_bind_template_child (widget_class, GpmVendorProfile, names_label);
  gtk_widget_class_bind_template_child (widget_class, GpmVendorProfile, note_label);
  gtk_widget_class_bind_template_child (widget_class, GpmVendorProfile, spinner);
  gtk_widget_class_bind_template_child (widget_class, GpmVendorProfile, error_label);
  gtk_widget_class_bind_template_child (widget_class, GpmVendorProfile, sections);
}

static void
gpm_vendor_profile_init (GpmVendorProfile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gpm_vendor_profile_new (void)
{
  return g_object_new (GPM_TYPE_VENDOR_PROFILE, NULL);
}

void
gpm_vendor_profile_set_store (GpmVendorProfile *self,
                              GpmStore         *store)
{
  g_return_if_fail (GPM_IS_VENDOR_PROFILE (self));
  g_return_if_fail (store == NULL || GPM_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);

  load (self, FALSE);
}

/**
 * gpm_vendor_profile_set_vendor:
 * @vendor: (nullable): the vendor to show
 *
 * A vendor object with the id already shown (the list reloaded after an edit) only
 * updates the header; the figures follow through the store's "changed" signal.
 */
void
gpm_vendor_profile_set_vendor (GpmVendorProfile *self,
                               GpmVendor        *vendor)
{
  gboolean same_id;

  g_return_if_fail (GPM_IS_VENDOR_PROFILE (self));
  g_return_if_fail (vendor == NULL || GPM_IS_VENDOR (vendor));

  if (self->vendor == vendor)
    return;

  same_id = self->vendor != NULL && vendor != NULL
            && gpm_vendor_get_id (self->vendor) == gpm_vendor_get_id (vendor);
  g_set_object (&self->vendor, vendor);
  update_header (self);

  if (same_id)
    show_data (self);
  else
    {
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
      load (self, FALSE);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENDOR]);
}

/**
 * gpm_vendor_profile_get_vendor:
 *
 * Returns: (transfer none) (nullable): the vendor shown
 */
GpmVendor *
gpm_vendor_profile_get_vendor (GpmVendorProfile *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR_PROFILE (self), NULL);

  return self->vendor;
}

gboolean
gpm_vendor_profile_get_loading (GpmVendorProfile *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR_PROFILE (self), FALSE);

  return self->cancellable != NULL || self->reload_id != 0;
}

/**
 * gpm_vendor_profile_get_data:
 *
 * Returns: (transfer none) (nullable): what the profile shows, once loaded
 */
GpmProfileData *
gpm_vendor_profile_get_data (GpmVendorProfile *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR_PROFILE (self), NULL);

  return self->data;
}
