/* gpm-vendor-editor.c — adding and changing a vendor.
 *
 * The English name is the one thing a vendor needs (the store derives its key from it);
 * a country, if given, is a two-letter code, and a founding year a plausible year.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "gpm-form.h"
#include "gpm-period.h"
#include "gpm-vendor-editor.h"
#include "gpm-vendor-format.h"

typedef enum
{
  FIELD_NAME    = 1 << 0,
  FIELD_COUNTRY = 1 << 1,
  FIELD_FOUNDED = 1 << 2,
} Field;

struct _GpmVendorEditor
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  GtkEntry       *name_entry;
  GtkLabel       *name_error;
  GtkEntry       *name_zh_entry;
  GtkEntry       *name_zh_hant_entry;
  GtkEntry       *aliases_entry;
  GtkDropDown    *role_dropdown;
  GtkEntry       *country_entry;
  GtkLabel       *country_error;
  GtkEntry       *headquarters_entry;
  GtkEntry       *founded_entry;
  GtkLabel       *founded_error;
  GtkFlowBox     *segments_box;
  GtkDropDown    *status_dropdown;
  GtkEntry       *board_entry;
  GtkTextView    *note_view;

  GpmStore       *store;
  GpmVendor      *vendor;    /* the vendor being changed, or NULL when adding */
  GpmVendor      *saved;     /* what was saved, with its id */
  GPtrArray      *segment_checks;
  Field           dirty;
  gboolean        show_all;
};

G_DEFINE_FINAL_TYPE (GpmVendorEditor, gpm_vendor_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const roles[] = {
  "chipmaker", "customer", "supplier", "foundry", "cloud", "server-maker", "research", "other"
};
static const char * const statuses[] = {
  "listed", "ipo-filed", "ipo-tutoring", "private", "unknown"
};
static const char * const segments[] = {
  "gpgpu", "npu", "graphics", "inference-asic", "cpu", "server"
};

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static char *
name_message (GpmVendorEditor *self)
{
  g_autofree char *name = entry_text (self->name_entry);

  if (*name == '\0')
    return g_strdup (_("Every vendor needs an English name."));

  return NULL;
}

static char *
country_message (GpmVendorEditor *self)
{
  g_autofree char *country = entry_text (self->country_entry);

  if (*country == '\0')
    return NULL;
  if (strlen (country) != 2 || !g_ascii_isalpha (country[0]) || !g_ascii_isalpha (country[1]))
    return g_strdup (_("Use the two-letter country code, such as CN or US, or leave it "
                       "empty."));

  return NULL;
}

static char *
founded_message (GpmVendorEditor *self)
{
  g_autofree char *text = entry_text (self->founded_entry);
  guint64 year;

  if (*text == '\0')
    return NULL;
  if (!g_ascii_string_to_unsigned (text, 10, 1800, GPM_PERIOD_MAX_YEAR, &year, NULL))
    return g_strdup_printf (_("“%s” is not a year. Type four digits, such as 2020, or leave "
                              "it empty if the sources do not say."), text);

  return NULL;
}

static gboolean
check (GpmVendorEditor *self,
       Field            field,
       GtkWidget       *widget,
       GtkLabel        *label,
       char            *message)
{
  g_autofree char *owned = message;
  gboolean shown = owned != NULL && (self->show_all || (self->dirty & field));

  gpm_form_set_error (widget, label, shown ? owned : NULL);

  return owned == NULL;
}

static gboolean
validate (GpmVendorEditor *self)
{
  gboolean ok = TRUE;

  ok &= check (self, FIELD_NAME, GTK_WIDGET (self->name_entry), self->name_error,
               name_message (self));
  ok &= check (self, FIELD_COUNTRY, GTK_WIDGET (self->country_entry), self->country_error,
               country_message (self));
  ok &= check (self, FIELD_FOUNDED, GTK_WIDGET (self->founded_entry), self->founded_error,
               founded_message (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", ok);

  return ok;
}

static void
on_name_changed (GpmVendorEditor *self)
{
  self->dirty |= FIELD_NAME;
  validate (self);
}

static void
on_country_changed (GpmVendorEditor *self)
{
  self->dirty |= FIELD_COUNTRY;
  validate (self);
}

static void
on_founded_changed (GpmVendorEditor *self)
{
  self->dirty |= FIELD_FOUNDED;
  validate (self);
}

static char *
checked_segments (GpmVendorEditor *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->segment_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->segment_checks, i)))
      g_string_append_printf (text, "%s%s", text->len > 0 ? ";" : "", segments[i]);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GpmVendor *
build_vendor (GpmVendorEditor *self)
{
  GpmVendor *vendor = self->vendor != NULL ? gpm_vendor_copy (self->vendor)
                                           : gpm_vendor_new ("", "");
  g_autofree char *name = entry_text (self->name_entry);
  g_autofree char *name_zh = entry_text (self->name_zh_entry);
  g_autofree char *name_zh_hant = entry_text (self->name_zh_hant_entry);
  g_autofree char *aliases = entry_text (self->aliases_entry);
  g_autofree char *country = g_ascii_strup (gtk_editable_get_text (
                                              GTK_EDITABLE (self->country_entry)), -1);
  g_autofree char *headquarters = entry_text (self->headquarters_entry);
  g_autofree char *founded = entry_text (self->founded_entry);
  g_autofree char *vendor_segments = checked_segments (self);
  g_autofree char *board = entry_text (self->board_entry);
  g_autofree char *note = g_strstrip (gpm_form_get_text (self->note_view));
  guint role = gtk_drop_down_get_selected (self->role_dropdown);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);

  gpm_vendor_set_name (vendor, name);
  gpm_vendor_set_name_zh (vendor, name_zh);
  gpm_vendor_set_name_zh_hant (vendor, name_zh_hant);
  gpm_vendor_set_aliases (vendor, aliases);
  gpm_vendor_set_role (vendor, roles[MIN (role, G_N_ELEMENTS (roles) - 1)]);
  gpm_vendor_set_country (vendor, g_strstrip (country));
  gpm_vendor_set_headquarters (vendor, headquarters);
  gpm_vendor_set_founded (vendor, *founded != '\0' ? atoi (founded) : 0);
  gpm_vendor_set_segments (vendor, vendor_segments);
  gpm_vendor_set_listing_status (vendor, statuses[MIN (status, G_N_ELEMENTS (statuses) - 1)]);
  gpm_vendor_set_listing_board (vendor, board);
  gpm_vendor_set_note (vendor, note);

  return vendor;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmVendorEditor *self = GPM_VENDOR_EDITOR (widget);
  g_autoptr(GpmVendor) vendor = NULL;
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->show_all = TRUE;
  if (!validate (self))
    return;

  vendor = build_vendor (self);
  ok = self->vendor != NULL ? gpm_store_update_vendor (self->store, vendor, &change, &error)
                            : gpm_store_add_vendor (self->store, vendor, &change, &error);
  if (!ok)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  g_set_object (&self->saved, vendor);
  if (change != NULL)
    g_signal_emit (self, signals[SAVED], 0, change);
  gtk_window_close (GTK_WINDOW (self));
}

static void
gpm_vendor_editor_dispose (GObject *object)
{
  GpmVendorEditor *self = GPM_VENDOR_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->vendor);
  g_clear_object (&self->saved);
  g_clear_pointer (&self->segment_checks, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_VENDOR_EDITOR);

  G_OBJECT_CLASS (gpm_vendor_editor_parent_class)->dispose (object);
}

static void
gpm_vendor_editor_class_init (GpmVendorEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_vendor_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, GPM_TYPE_STORE_CHANGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-vendor-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, GpmVendorEditor, name)
  BIND (window_title);
  BIND (save_button);
  BIND (error_revealer);
  BIND (error_label);
  BIND (name_entry);
  BIND (name_error);
  BIND (name_zh_entry);
  BIND (name_zh_hant_entry);
  BIND (aliases_entry);
  BIND (role_dropdown);
  BIND (country_entry);
  BIND (country_error);
  BIND (headquarters_entry);
  BIND (founded_entry);
  BIND (founded_error);
  BIND (segments_box);
  BIND (status_dropdown);
  BIND (board_entry);
  BIND (note_view);
#undef BIND

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
gpm_vendor_editor_init (GpmVendorEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->segment_checks = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (segments); i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (gpm_segment_label (segments[i]));

      gtk_flow_box_append (self->segments_box, check);
      g_ptr_array_add (self->segment_checks, check);
    }

  gpm_form_describe (GTK_WIDGET (self->name_entry), self->name_error);
  gpm_form_describe (GTK_WIDGET (self->country_entry), self->country_error);
  gpm_form_describe (GTK_WIDGET (self->founded_entry), self->founded_error);
}

static guint
index_of (const char * const *values,
          guint               n_values,
          const char         *value)
{
  for (guint i = 0; i < n_values; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;

  return 0;
}

static void
fill_from_vendor (GpmVendorEditor *self,
                  GpmVendor       *vendor)
{
  g_autofree char *founded = NULL;

  if (gpm_vendor_get_founded (vendor) != 0)
    founded = g_strdup_printf ("%d", gpm_vendor_get_founded (vendor));

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), gpm_vendor_get_name (vendor));
  gtk_editable_set_text (GTK_EDITABLE (self->name_zh_entry), gpm_vendor_get_name_zh (vendor));
  gtk_editable_set_text (GTK_EDITABLE (self->name_zh_hant_entry),
                         gpm_vendor_get_name_zh_hant (vendor));
  gtk_editable_set_text (GTK_EDITABLE (self->aliases_entry), gpm_vendor_get_aliases (vendor));
  gtk_drop_down_set_selected (self->role_dropdown,
                              index_of (roles, G_N_ELEMENTS (roles),
                                        gpm_vendor_get_role (vendor)));
  gtk_editable_set_text (GTK_EDITABLE (self->country_entry), gpm_vendor_get_country (vendor));
  gtk_editable_set_text (GTK_EDITABLE (self->headquarters_entry),
                         gpm_vendor_get_headquarters (vendor));
  gtk_editable_set_text (GTK_EDITABLE (self->founded_entry), founded ? founded : "");
  for (guint i = 0; i < G_N_ELEMENTS (segments); i++)
    gtk_check_button_set_active (g_ptr_array_index (self->segment_checks, i),
                                 gpm_vendor_has_segment (vendor, segments[i]));
  gtk_drop_down_set_selected (self->status_dropdown,
                              index_of (statuses, G_N_ELEMENTS (statuses),
                                        gpm_vendor_get_listing_status (vendor)));
  gtk_editable_set_text (GTK_EDITABLE (self->board_entry), gpm_vendor_get_listing_board (vendor));
  gpm_form_set_text (self->note_view, gpm_vendor_get_note (vendor));
}

/**
 * gpm_vendor_editor_new:
 * @vendor: (nullable): the vendor to change, or %NULL to add one
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
GtkWidget *
gpm_vendor_editor_new (GpmStore  *store,
                       GpmVendor *vendor)
{
  GpmVendorEditor *self;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (vendor == NULL || GPM_IS_VENDOR (vendor), NULL);

  self = g_object_new (GPM_TYPE_VENDOR_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->vendor = vendor != NULL ? g_object_ref (vendor) : NULL;

  if (vendor != NULL)
    {
      adw_window_title_set_title (self->window_title, _("Edit Vendor"));
      adw_window_title_set_subtitle (self->window_title,
                                     gpm_vendor_primary_name (vendor, gpm_vendors_language ()));
      fill_from_vendor (self, vendor);
    }
  else
    {
      /* Nothing is assumed about a new vendor: the listing status starts as unknown. */
      gtk_drop_down_set_selected (self->status_dropdown,
                                  index_of (statuses, G_N_ELEMENTS (statuses), "unknown"));
    }

  g_signal_connect_swapped (self->name_entry, "changed", G_CALLBACK (on_name_changed), self);
  g_signal_connect_swapped (self->country_entry, "changed", G_CALLBACK (on_country_changed),
                            self);
  g_signal_connect_swapped (self->founded_entry, "changed", G_CALLBACK (on_founded_changed),
                            self);
  validate (self);

  return GTK_WIDGET (self);
}

/**
 * gpm_vendor_editor_get_vendor:
 *
 * Returns: (transfer none) (nullable): the vendor as saved, with its id, once saved
 */
GpmVendor *
gpm_vendor_editor_get_vendor (GpmVendorEditor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR_EDITOR (self), NULL);

  return self->saved;
}
