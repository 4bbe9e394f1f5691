/* gpm-event-editor.c — adds or edits one event.
 *
 * The same rules as the store checks, told beside each field as the user types (once a
 * field has been touched, or everywhere after a first try to save), and Save stays off
 * until every rule holds. Saving is one store call, one transaction; the page then offers
 * to undo it. If the store still refuses (a vendor deleted meanwhile, a read-only file),
 * its message shows at the top and nothing is lost from the form.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-event-editor.h"
#include "gpm-source.h"
#include "gpm-timeline-text.h"
#include "gpm-vendor.h"

struct _GpmEventEditor
{
  AdwWindow        parent_instance;

  GpmStore        *store;
  GpmEvent        *original;      /* NULL when adding */
  GListModel      *sources;
  GArray          *source_ids;    /* gint64, parallel to the source drop-down */
  GArray          *vendor_ids;    /* gint64, parallel to vendor_checks */
  GPtrArray       *vendor_checks; /* GtkCheckButton, borrowed */
  GHashTable      *touched;       /* the fields the user has changed */
  gboolean         tried;
  gint64           wanted_source;

  AdwWindowTitle  *window_title;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  GtkEntry        *date_entry;
  GtkLabel        *date_error;
  GtkDropDown     *category_dropdown;
  GtkListBox      *vendors_list;
  GtkEntry        *title_entry;
  GtkLabel        *title_error;
  GtkEntry        *title_zh_entry;
  GtkDropDown     *source_dropdown;
  GtkLabel        *source_error;
  GtkTextView     *quote_view;
  GtkLabel        *quote_error;
  GtkEntry        *note_entry;
};

G_DEFINE_FINAL_TYPE (GpmEventEditor, gpm_event_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------- fields */

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* Shows @message under @field (or hides it), and tells assistive technologies. */
static void
set_field_error (GtkWidget  *field,
                 GtkLabel   *label,
                 const char *message)
{
  gboolean invalid = message != NULL;

  if (invalid)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  gtk_label_set_text (label, invalid ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), invalid);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE
                                       : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static gint64
selected_source (GpmEventEditor *self)
{
  guint position = gtk_drop_down_get_selected (self->source_dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position >= self->source_ids->len)
    return 0;

  return g_array_index (self->source_ids, gint64, position);
}

static void
show (GpmEventEditor *self,
      const char     *field,
      GtkWidget      *widget,
      GtkLabel       *label,
      const char     *message)
{
  if (self->tried || g_hash_table_contains (self->touched, field))
    set_field_error (widget, label, message);
  else
    set_field_error (widget, label, NULL);
}

/* Checks every field; shows the messages of touched fields; enables Save when valid. */
static gboolean
validate (GpmEventEditor *self)
{
  g_autofree char *date = entry_text (self->date_entry);
  g_autofree char *title = entry_text (self->title_entry);
  g_autofree char *quote = text_view_get_text (self->quote_view);
  g_autoptr(GError) error = NULL;
  const char *date_message = NULL, *source_message = NULL;
  gboolean valid = TRUE;

  if (*date == '\0')
    date_message = _("Every event needs a date.");
  else if (!gpm_period_parse (date, NULL, &error))
    date_message = error->message;
  show (self, "date", GTK_WIDGET (self->date_entry), self->date_error, date_message);
  valid &= date_message == NULL;

  show (self, "title", GTK_WIDGET (self->title_entry), self->title_error,
        is_blank (title) ? _("Every event needs a title in English.") : NULL);
  valid &= !is_blank (title);

  if (self->source_ids->len == 0)
    source_message = _("There is no source to choose from yet: import the article or report "
                       "first.");
  else if (selected_source (self) == 0)
    source_message = _("Choose the article or report the event was taken from.");
  show (self, "source", GTK_WIDGET (self->source_dropdown), self->source_error,
        source_message);
  valid &= source_message == NULL;

  show (self, "quote", GTK_WIDGET (self->quote_view), self->quote_error,
        is_blank (quote) ? _("Paste the sentence the event comes from, so that it can be "
                             "checked against its source.")
                         : NULL);
  valid &= !is_blank (quote);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);

  return valid;
}

static void
touch (GpmEventEditor *self,
       const char     *field)
{
  g_hash_table_add (self->touched, (gpointer) field);
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  validate (self);
}

static void
on_date_changed (GpmEventEditor *self)
{
  touch (self, "date");
}

static void
on_title_changed (GpmEventEditor *self)
{
  touch (self, "title");
}

static void
on_source_changed (GpmEventEditor *self)
{
  touch (self, "source");
}

static void
on_quote_changed (GpmEventEditor *self)
{
  touch (self, "quote");
}

/* ---------------------------------------------------------------- lists */

static void
fill_sources (GpmEventEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 keep = selected_source (self);
  guint position = GTK_INVALID_LIST_POSITION;

  if (keep == 0)
    keep = self->wanted_source;

  g_array_set_size (self->source_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (self->sources); i++)
    {
      g_autoptr(GpmSource) source = g_list_model_get_item (self->sources, i);
      gint64 id = gpm_source_get_id (source);
      g_autofree char *name = NULL;

      /* Translators: a source in a list: publisher — title */
      name = g_strdup_printf (_("%s — %s"), gpm_source_get_publisher (source),
                              gpm_source_get_title (source));
      gtk_string_list_append (names, name);
      g_array_append_val (self->source_ids, id);
      if (id == keep)
        position = i;
    }

  /* A single source is the obvious choice; with several, the user picks. */
  if (position == GTK_INVALID_LIST_POSITION && self->source_ids->len == 1)
    position = 0;
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->source_dropdown, position);
  validate (self);
}

static void
fill_vendors (GpmEventEditor *self,
              GListModel     *vendors)
{
  GpmLanguage language = gpm_timeline_ui_language ();

  for (guint i = 0; vendors != NULL && i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(GpmVendor) vendor = g_list_model_get_item (vendors, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gint64 id = gpm_vendor_get_id (vendor);
      const char *other = language == GPM_LANGUAGE_EN ? gpm_vendor_get_name_zh (vendor)
                                                      : gpm_vendor_get_name (vendor);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     gpm_timeline_vendor_name (vendor, language));
      if (other != NULL && g_strcmp0 (other, gpm_timeline_vendor_name (vendor, language)) != 0)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), other);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->vendors_list, row);
      g_array_append_val (self->vendor_ids, id);
      g_ptr_array_add (self->vendor_checks, check);
    }
}

void
gpm_event_editor_set_vendor_ids (GpmEventEditor *self,
                                 const gint64   *ids,
                                 guint           n_ids)
{
  g_return_if_fail (GPM_IS_EVENT_EDITOR (self));

  for (guint i = 0; i < self->vendor_ids->len; i++)
    {
      gboolean wanted = FALSE;

      for (guint j = 0; j < n_ids && !wanted; j++)
        wanted = ids[j] == g_array_index (self->vendor_ids, gint64, i);
      gtk_check_button_set_active (g_ptr_array_index (self->vendor_checks, i), wanted);
    }
}

void
gpm_event_editor_set_date (GpmEventEditor *self,
                           const char     *date)
{
  g_return_if_fail (GPM_IS_EVENT_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date != NULL ? date : "");
}

gboolean
gpm_event_editor_get_valid (GpmEventEditor *self)
{
  g_return_val_if_fail (GPM_IS_EVENT_EDITOR (self), FALSE);

  return validate (self);
}

GpmEvent *
gpm_event_editor_get_event (GpmEventEditor *self)
{
  g_return_val_if_fail (GPM_IS_EVENT_EDITOR (self), NULL);

  return self->original;
}

/* ---------------------------------------------------------------- saving */

static GpmEvent *
build_event (GpmEventEditor *self)
{
  g_autofree char *date = entry_text (self->date_entry);
  g_autofree char *title = entry_text (self->title_entry);
  g_autofree char *title_zh = entry_text (self->title_zh_entry);
  g_autofree char *note = entry_text (self->note_entry);
  g_autofree char *quote = text_view_get_text (self->quote_view);
  g_autoptr(GArray) vendors = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint category = gtk_drop_down_get_selected (self->category_dropdown);
  GpmEvent *event;

  event = self->original != NULL ? gpm_event_copy (self->original)
                                 : gpm_event_new (date, title);
  gpm_event_set_date (event, date);
  gpm_event_set_title (event, title);
  gpm_event_set_title_zh (event, title_zh);
  gpm_event_set_category (event, gpm_timeline_category_to_key (MIN (category,
                                                                    GPM_TIMELINE_N_CATEGORIES
                                                                    - 1)));
  gpm_event_set_source_id (event, selected_source (self));
  gpm_event_set_quote (event, g_strstrip (quote));
  gpm_event_set_note (event, note);
  for (guint i = 0; i < self->vendor_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->vendor_checks, i)))
      g_array_append_val (vendors, g_array_index (self->vendor_ids, gint64, i));
  gpm_event_set_vendor_ids (event, (const gint64 *) (gpointer) vendors->data, vendors->len);

  return event;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmEventEditor *self = GPM_EVENT_EDITOR (widget);
  g_autoptr(GpmEvent) event = NULL;
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->tried = TRUE;
  if (!validate (self))
    return;

  event = build_event (self);
  if (self->original != NULL)
    ok = gpm_store_update_event (self->store, event, &change, &error);
  else
    ok = gpm_store_add_event (self->store, event, &change, &error);

  if (!ok)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, change, gpm_event_get_id (event));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---------------------------------------------------------------- GObject */

static void
gpm_event_editor_dispose (GObject *object)
{
  GpmEventEditor *self = GPM_EVENT_EDITOR (object);

  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_data (self->sources, self);
  g_clear_object (&self->sources);
  g_clear_object (&self->store);
  g_clear_object (&self->original);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_EVENT_EDITOR);

  G_OBJECT_CLASS (gpm_event_editor_parent_class)->dispose (object);
}

static void
gpm_event_editor_finalize (GObject *object)
{
  GpmEventEditor *self = GPM_EVENT_EDITOR (object);

  g_array_unref (self->source_ids);
  g_array_unref (self->vendor_ids);
  g_ptr_array_unref (self->vendor_checks);
  g_hash_table_unref (self->touched);

  G_OBJECT_CLASS (gpm_event_editor_parent_class)->finalize (object);
}

static void
gpm_event_editor_class_init (GpmEventEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_event_editor_dispose;
  object_class->finalize = gpm_event_editor_finalize;

  /* The edit was committed: the change to offer to undo (NULL when nothing changed) and
   * the event's id. */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, GPM_TYPE_STORE_CHANGE, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-event-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, date_entry);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, date_error);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, vendors_list);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, title_zh_entry);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, source_error);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, quote_view);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, quote_error);
  gtk_widget_class_bind_template_child (widget_class, GpmEventEditor, note_entry);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
gpm_event_editor_init (GpmEventEditor *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->source_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->vendor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->vendor_checks = g_ptr_array_new ();
  self->touched = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < GPM_TIMELINE_N_CATEGORIES; i++)
    gtk_string_list_append (categories, gpm_timeline_category_name (i));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->date_entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->date_error, NULL,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->title_entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->title_error, NULL,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->source_dropdown),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->source_error, NULL,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->quote_view),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->quote_error, NULL,
                                  -1);
}

static void
load_event (GpmEventEditor *self,
            GpmEvent       *event)
{
  GpmTimelineCategory category = GPM_TIMELINE_CATEGORY_MARKET;
  const gint64 *ids;
  guint n_ids;

  adw_window_title_set_title (self->window_title, _("Edit Event"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), gpm_event_get_date (event));
  gpm_timeline_category_from_key (gpm_event_get_category (event), &category);
  gtk_drop_down_set_selected (self->category_dropdown, category);
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), gpm_event_get_title (event));
  gtk_editable_set_text (GTK_EDITABLE (self->title_zh_entry), gpm_event_get_title_zh (event));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->quote_view),
                            gpm_event_get_quote (event), -1);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), gpm_event_get_note (event));
  ids = gpm_event_get_vendor_ids (event, &n_ids);
  gpm_event_editor_set_vendor_ids (self, ids, n_ids);
  self->wanted_source = gpm_event_get_source_id (event);
}

/**
 * gpm_event_editor_new:
 * @event: (nullable): the event to edit, or %NULL to add one
 * @sources: a list of GpmSource; may still be loading (the choice fills in when it has)
 */
GpmEventEditor *
gpm_event_editor_new (GpmStore   *store,
                      GpmEvent   *event,
                      GListModel *vendors,
                      GListModel *sources)
{
  GpmEventEditor *self;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (event == NULL || GPM_IS_EVENT (event), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (sources), NULL);

  self = g_object_new (GPM_TYPE_EVENT_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->sources = g_object_ref (sources);
  self->original = event != NULL ? g_object_ref (event) : NULL;
  fill_vendors (self, vendors);
  if (event != NULL)
    load_event (self, event);
  else
    gtk_drop_down_set_selected (self->category_dropdown, GPM_TIMELINE_CATEGORY_MARKET);

  g_signal_connect_object (sources, "items-changed", G_CALLBACK (fill_sources), self,
                           G_CONNECT_SWAPPED);
  fill_sources (self);

  /* Connected last: filling the form is not the user touching it. */
  g_signal_connect_swapped (self->date_entry, "changed", G_CALLBACK (on_date_changed), self);
  g_signal_connect_swapped (self->title_entry, "changed", G_CALLBACK (on_title_changed), self);
  g_signal_connect_swapped (self->source_dropdown, "notify::selected",
                            G_CALLBACK (on_source_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->quote_view), "changed",
                            G_CALLBACK (on_quote_changed), self);
  validate (self);

  return self;
}
