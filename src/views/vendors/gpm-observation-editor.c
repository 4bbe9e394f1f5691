/* gpm-observation-editor.c — adding and changing a figure.
 *
 * Messages appear beside a field once the user has touched it (or tried to save), so
 * a fresh form is not a wall of red; Save stays insensitive while anything is missing
 * or wrong either way. The store checks everything again inside its transaction: the
 * dialog's checks are for the user, the store's for the data.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "gpm-form.h"
#include "gpm-metric.h"
#include "gpm-observation-editor.h"
#include "gpm-period.h"
#include "gpm-source.h"
#include "gpm-vendor-format.h"

typedef enum
{
  FIELD_PERIOD = 1 << 0,
  FIELD_VALUE  = 1 << 1,
  FIELD_UNIT   = 1 << 2,
  FIELD_SOURCE = 1 << 3,
  FIELD_QUOTE  = 1 << 4,
} Field;

struct _GpmObservationEditor
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  GtkDropDown    *metric_dropdown;
  GtkEntry       *period_entry;
  GtkLabel       *period_error;
  GtkEntry       *value_entry;
  GtkDropDown    *scale_dropdown;
  GtkLabel       *value_error;
  GtkEntry       *unit_entry;
  GtkLabel       *unit_error;
  GtkDropDown    *qualifier_dropdown;
  GtkDropDown    *status_dropdown;
  GtkCheckButton *doubtful_check;
  GtkDropDown    *source_dropdown;
  GtkLabel       *source_error;
  GtkTextView    *quote_view;
  GtkLabel       *quote_error;
  GtkTextView    *note_view;

  GpmStore       *store;
  GpmVendor      *vendor;
  GpmObservation *observation;  /* the figure being changed, or NULL when adding */
  GPtrArray      *metrics;      /* GpmMetric, in dropdown order */
  GArray         *source_ids;   /* gint64, in dropdown order after the placeholder */
  Field           dirty;
  gboolean        show_all;
  gboolean        unit_edited;
};

G_DEFINE_FINAL_TYPE (GpmObservationEditor, gpm_observation_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const qualifiers[] = { "exact", "about", "more-than", "less-than" };
static const char * const statuses[] = { "reported", "forecast", "estimate" };
static const double scales[] = { 1, 1e3, 1e6, 1e9, 1e4, 1e8 };

/* Validation: each returns the message to show, or NULL when the field is fine. */

static char *
period_message (GpmObservationEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->period_entry));
  g_autoptr(GError) error = NULL;

  if (*text == '\0')
    return g_strdup (_("Enter the period: a year, a quarter, a month or a date."));
  if (!gpm_period_parse (text, NULL, &error))
    return g_strdup (error->message);

  return NULL;
}

static char *
value_message (GpmObservationEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->value_entry));
  double value;

  if (*text == '\0')
    return g_strdup (_("Enter the value as a number."));
  if (!gpm_form_parse_number (text, &value))
    return g_strdup_printf (_("“%s” is not a number. Use digits, a point for decimals and a "
                              "minus sign for losses."), text);

  return NULL;
}

static char *
unit_message (GpmObservationEditor *self)
{
  g_autofree char *unit = g_strstrip (g_strdup (gtk_editable_get_text (
                                        GTK_EDITABLE (self->unit_entry))));

  if (*unit == '\0')
    return g_strdup (_("Enter a unit, such as CNY, USD or %."));

  return NULL;
}

static char *
source_message (GpmObservationEditor *self)
{
  if (gtk_drop_down_get_selected (self->source_dropdown) == 0
      || gtk_drop_down_get_selected (self->source_dropdown) == GTK_INVALID_LIST_POSITION)
    return g_strdup (_("Choose the article or report the figure is taken from."));

  return NULL;
}

static char *
quote_message (GpmObservationEditor *self)
{
  g_autofree char *quote = gpm_form_get_text (self->quote_view);

  if (*g_strstrip (quote) == '\0')
    return g_strdup (_("Paste the sentence the figure is quoted from, so that anyone can "
                       "check it against the source."));

  return NULL;
}

static gboolean
check (GpmObservationEditor *self,
       Field                 field,
       GtkWidget            *widget,
       GtkLabel             *label,
       char                 *message)
{
  g_autofree char *owned = message;
  gboolean shown = owned != NULL && (self->show_all || (self->dirty & field));

  gpm_form_set_error (widget, label, shown ? owned : NULL);

  return owned == NULL;
}

static gboolean
validate (GpmObservationEditor *self)
{
  gboolean ok = TRUE;

  ok &= check (self, FIELD_PERIOD, GTK_WIDGET (self->period_entry), self->period_error,
               period_message (self));
  ok &= check (self, FIELD_VALUE, GTK_WIDGET (self->value_entry), self->value_error,
               value_message (self));
  ok &= check (self, FIELD_UNIT, GTK_WIDGET (self->unit_entry), self->unit_error,
               unit_message (self));
  ok &= check (self, FIELD_SOURCE, GTK_WIDGET (self->source_dropdown), self->source_error,
               source_message (self));
  ok &= check (self, FIELD_QUOTE, GTK_WIDGET (self->quote_view), self->quote_error,
               quote_message (self));
  ok &= self->metrics->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", ok);

  return ok;
}

static void
touch (GpmObservationEditor *self,
       Field                 field)
{
  self->dirty |= field;
  validate (self);
}

static void
on_period_changed (GpmObservationEditor *self)
{
  touch (self, FIELD_PERIOD);
}

static void
on_value_changed (GpmObservationEditor *self)
{
  touch (self, FIELD_VALUE);
}

static void
on_unit_changed (GpmObservationEditor *self)
{
  self->unit_edited = TRUE;
  touch (self, FIELD_UNIT);
}

static void
on_source_changed (GpmObservationEditor *self)
{
  touch (self, FIELD_SOURCE);
}

static void
on_quote_changed (GpmObservationEditor *self)
{
  touch (self, FIELD_QUOTE);
}

/* A new metric brings its default unit, unless the user has typed one. */
static void
on_metric_changed (GpmObservationEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->metric_dropdown);
  GpmMetric *metric;

  if (self->unit_edited || selected >= self->metrics->len)
    return;

  metric = g_ptr_array_index (self->metrics, selected);
  g_signal_handlers_block_by_func (self->unit_entry, on_unit_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_entry), gpm_metric_get_unit (metric));
  g_signal_handlers_unblock_by_func (self->unit_entry, on_unit_changed, self);
  validate (self);
}

static void
show_store_error (GpmObservationEditor *self,
                  const GError         *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
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

/* The figure as the form describes it; only called when the form is valid. */
static GpmObservation *
build_observation (GpmObservationEditor *self)
{
  GpmObservation *figure = self->observation != NULL ? gpm_observation_copy (self->observation)
                                                     : gpm_observation_new ();
  guint metric = gtk_drop_down_get_selected (self->metric_dropdown);
  guint scale = gtk_drop_down_get_selected (self->scale_dropdown);
  guint qualifier = gtk_drop_down_get_selected (self->qualifier_dropdown);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint source = gtk_drop_down_get_selected (self->source_dropdown);
  g_autofree char *unit = g_strstrip (g_strdup (gtk_editable_get_text (
                                        GTK_EDITABLE (self->unit_entry))));
  g_autofree char *quote = g_strstrip (gpm_form_get_text (self->quote_view));
  g_autofree char *note = g_strstrip (gpm_form_get_text (self->note_view));
  double value = 0;

  gpm_form_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->value_entry)), &value);

  gpm_observation_set_vendor_id (figure, gpm_vendor_get_id (self->vendor));
  gpm_observation_set_scope_id (figure, 0);
  gpm_observation_set_metric_id (figure,
                                 gpm_metric_get_id (g_ptr_array_index (self->metrics, metric)));
  gpm_observation_set_period (figure, gtk_editable_get_text (GTK_EDITABLE (self->period_entry)));
  gpm_observation_set_value (figure, value * scales[MIN (scale, G_N_ELEMENTS (scales) - 1)]);
  gpm_observation_set_unit (figure, unit);
  gpm_observation_set_qualifier (figure, qualifiers[MIN (qualifier, 3)]);
  gpm_observation_set_status (figure, statuses[MIN (status, 2)]);
  gpm_observation_set_doubtful (figure, gtk_check_button_get_active (self->doubtful_check));
  gpm_observation_set_source_id (figure, g_array_index (self->source_ids, gint64, source - 1));
  gpm_observation_set_quote (figure, quote);
  gpm_observation_set_note (figure, note);

  return figure;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmObservationEditor *self = GPM_OBSERVATION_EDITOR (widget);
  g_autoptr(GpmObservation) figure = NULL;
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->show_all = TRUE;
  if (!validate (self))
    return;

  figure = build_observation (self);
  ok = self->observation != NULL
       ? gpm_store_update_observation (self->store, figure, &change, &error)
       : gpm_store_add_observation (self->store, figure, &change, &error);
  if (!ok)
    {
      show_store_error (self, error);
      return;
    }

  /* An update that changed nothing has no change to offer for undo. */
  if (change != NULL)
    g_signal_emit (self, signals[SAVED], 0, change);
  gtk_window_close (GTK_WINDOW (self));
}

static void
gpm_observation_editor_dispose (GObject *object)
{
  GpmObservationEditor *self = GPM_OBSERVATION_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->vendor);
  g_clear_object (&self->observation);
  g_clear_pointer (&self->metrics, g_ptr_array_unref);
  g_clear_pointer (&self->source_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_OBSERVATION_EDITOR);

  G_OBJECT_CLASS (gpm_observation_editor_parent_class)->dispose (object);
}

static void
gpm_observation_editor_class_init (GpmObservationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_observation_editor_dispose;

  /**
   * GpmObservationEditor::saved:
   * @change: the committed change, to offer Undo
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, GPM_TYPE_STORE_CHANGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-observation-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, GpmObservationEditor, name)
  BIND (window_title);
  BIND (save_button);
  BIND (error_revealer);
  BIND (error_label);
  BIND (metric_dropdown);
  BIND (period_entry);
  BIND (period_error);
  BIND (value_entry);
  BIND (scale_dropdown);
  BIND (value_error);
  BIND (unit_entry);
  BIND (unit_error);
  BIND (qualifier_dropdown);
  BIND (status_dropdown);
  BIND (doubtful_check);
  BIND (source_dropdown);
  BIND (source_error);
  BIND (quote_view);
  BIND (quote_error);
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
gpm_observation_editor_init (GpmObservationEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->metrics = g_ptr_array_new_with_free_func (g_object_unref);
  self->source_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gpm_form_describe (GTK_WIDGET (self->period_entry), self->period_error);
  gpm_form_describe (GTK_WIDGET (self->value_entry), self->value_error);
  gpm_form_describe (GTK_WIDGET (self->unit_entry), self->unit_error);
  gpm_form_describe (GTK_WIDGET (self->source_dropdown), self->source_error);
  gpm_form_describe (GTK_WIDGET (self->quote_view), self->quote_error);
}

static void
fill_metrics (GpmObservationEditor *self,
              GListModel           *metrics,
              gint64                selected_id,
              GpmLanguage           language)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; metrics != NULL && i < g_list_model_get_n_items (metrics); i++)
    {
      g_autoptr(GpmMetric) metric = g_list_model_get_item (metrics, i);

      /* A new figure starts as revenue, the figure analysts add most. */
      if (gpm_metric_get_id (metric) == selected_id
          || (selected_id == 0 && g_str_equal (gpm_metric_get_key (metric), "revenue")))
        selected = self->metrics->len;
      gtk_string_list_append (labels, gpm_metric_label (metric, language));
      g_ptr_array_add (self->metrics, g_object_ref (metric));
    }

  gtk_drop_down_set_model (self->metric_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->metric_dropdown, selected);
}

static void
fill_sources (GpmObservationEditor *self,
              GListModel           *sources,
              gint64                selected_id,
              GpmLanguage           language)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (labels, _("Choose a source…"));
  for (guint i = 0; sources != NULL && i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(GpmSource) source = g_list_model_get_item (sources, i);
      g_autofree char *citation = gpm_source_citation (source, language);
      g_autofree char *label = g_strdup_printf ("%s — %s", citation,
                                                gpm_source_get_title (source));
      gint64 id = gpm_source_get_id (source);

      if (id == selected_id)
        selected = self->source_ids->len + 1;
      gtk_string_list_append (labels, label);
      g_array_append_val (self->source_ids, id);
    }

  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->source_dropdown, selected);
}

static void
fill_from_observation (GpmObservationEditor *self,
                       GpmObservation       *figure)
{
  g_autofree char *value = NULL;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  value = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g",
                                     gpm_observation_get_value (figure)));
  gtk_editable_set_text (GTK_EDITABLE (self->period_entry), gpm_observation_get_period (figure));
  gtk_editable_set_text (GTK_EDITABLE (self->value_entry), value);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_entry), gpm_observation_get_unit (figure));
  gtk_drop_down_set_selected (self->qualifier_dropdown,
                              index_of (qualifiers, G_N_ELEMENTS (qualifiers),
                                        gpm_observation_get_qualifier (figure)));
  gtk_drop_down_set_selected (self->status_dropdown,
                              index_of (statuses, G_N_ELEMENTS (statuses),
                                        gpm_observation_get_status (figure)));
  gtk_check_button_set_active (self->doubtful_check, gpm_observation_get_doubtful (figure));
  gpm_form_set_text (self->quote_view, gpm_observation_get_quote (figure));
  gpm_form_set_text (self->note_view, gpm_observation_get_note (figure));
  self->unit_edited = TRUE;
}

/**
 * gpm_observation_editor_new:
 * @observation: (nullable): the figure to change, or %NULL to add one to @vendor
 * @metrics: (nullable): the #GpmMetric items to choose from
 * @sources: (nullable): the #GpmSource items to choose from
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
GtkWidget *
gpm_observation_editor_new (GpmStore       *store,
                            GpmVendor      *vendor,
                            GpmObservation *observation,
                            GListModel     *metrics,
                            GListModel     *sources)
{
  GpmObservationEditor *self;
  GpmLanguage language = gpm_vendors_language ();

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (GPM_IS_VENDOR (vendor), NULL);
  g_return_val_if_fail (observation == NULL || GPM_IS_OBSERVATION (observation), NULL);

  self = g_object_new (GPM_TYPE_OBSERVATION_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->vendor = g_object_ref (vendor);
  self->observation = observation != NULL ? g_object_ref (observation) : NULL;

  adw_window_title_set_title (self->window_title, observation != NULL ? _("Edit Figure")
                                                                      : _("Add Figure"));
  adw_window_title_set_subtitle (self->window_title,
                                 gpm_vendor_primary_name (vendor, language));
  fill_metrics (self, metrics, observation ? gpm_observation_get_metric_id (observation) : 0,
                language);
  fill_sources (self, sources, observation ? gpm_observation_get_source_id (observation) : 0,
                language);
  if (observation != NULL)
    fill_from_observation (self, observation);
  else
    on_metric_changed (self);

  /* Connected after filling, so only what the user does marks a field as touched. */
  g_signal_connect_swapped (self->metric_dropdown, "notify::selected",
                            G_CALLBACK (on_metric_changed), self);
  g_signal_connect_swapped (self->period_entry, "changed", G_CALLBACK (on_period_changed), self);
  g_signal_connect_swapped (self->value_entry, "changed", G_CALLBACK (on_value_changed), self);
  g_signal_connect_swapped (self->unit_entry, "changed", G_CALLBACK (on_unit_changed), self);
  g_signal_connect_swapped (self->source_dropdown, "notify::selected",
                            G_CALLBACK (on_source_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->quote_view), "changed",
                            G_CALLBACK (on_quote_changed), self);
  validate (self);

  return GTK_WIDGET (self);
}
