/* gpm-import-dialog.c — the Import dialog: the choices and the preview table.
 *
 * The dialog never speaks SQL: it turns its widgets into GpmImportOptions and hands them
 * to the import engine on a worker thread (gpm-import-dialog-jobs.c), first for a dry run
 * after every change, then for the real import. The file's first rows are shown as read
 * with the current encoding and delimiter, each column titled with the field it feeds,
 * so a wrong encoding or a wrong mapping shows before anything is written. A mapping the
 * user chose is remembered for files with the same header.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "gpm-import-dialog-private.h"
#include "gpm-text-decoder.h"

/* The delimiters the dialog offers, in the order of its dropdown. */
static const char delimiters[] = { ',', ';', '\t', '|' };

G_DEFINE_FINAL_TYPE (GpmImportDialog, gpm_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------ options */

static guint
delimiter_index (char delimiter)
{
  for (guint i = 0; i < G_N_ELEMENTS (delimiters); i++)
    if (delimiters[i] == delimiter)
      return i;

  return 0;
}

void
gpm_import_dialog_get_options (GpmImportDialog  *self,
                               GpmImportOptions *options)
{
  guint delimiter = adw_combo_row_get_selected (self->delimiter_row);

  gpm_import_options_init (options);
  options->detect_encoding = FALSE;
  options->encoding = (GpmEncoding) MIN (adw_combo_row_get_selected (self->encoding_row),
                                         GPM_N_ENCODINGS - 1);
  options->delimiter = delimiters[MIN (delimiter, G_N_ELEMENTS (delimiters) - 1)];
  options->decimal_mark = (GpmDecimalMark) adw_combo_row_get_selected (self->decimal_row);
  options->policy = (GpmImportPolicy) adw_combo_row_get_selected (self->policy_row);
  options->has_mapping = TRUE;
  options->mapping = self->mapping;
}

/* ------------------------------------------------------------ mapping */

static const char * const *
header (GpmImportDialog *self)
{
  return (const char * const *) self->preview->header;
}

/* A mapping chosen for a file with this header before, else the guess from its names. */
static void
load_mapping (GpmImportDialog *self)
{
  g_autoptr(GVariant) saved = g_settings_get_value (self->settings, "import-mappings");
  const char *spec = NULL;
  GpmImportMapping mapping;

  gpm_import_mapping_clear (&mapping);
  if (g_variant_lookup (saved, self->signature, "&s", &spec)
      && gpm_import_mapping_parse (&mapping, spec, header (self), self->preview->n_columns,
                                   NULL)
      && gpm_import_mapping_check (&mapping, header (self), self->preview->n_columns, NULL))
    self->mapping = mapping;
  else
    self->mapping = self->preview->mapping;
}

void
gpm_import_dialog_remember (GpmImportDialog *self)
{
  g_autoptr(GVariant) saved = g_settings_get_value (self->settings, "import-mappings");
  g_autofree char *spec = gpm_import_mapping_to_string (&self->mapping, header (self),
                                                        self->preview->n_columns);
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  GVariantIter iter;
  const char *key, *value;

  g_variant_iter_init (&iter, saved);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (!g_str_equal (key, self->signature))
      g_variant_builder_add (&builder, "{ss}", key, value);
  g_variant_builder_add (&builder, "{ss}", self->signature, spec);
  g_settings_set_value (self->settings, "import-mappings", g_variant_builder_end (&builder));
}

/* Shows gpm_import_mapping_check's message; the dry run needs a complete mapping. */
static void
check_mapping (GpmImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  self->mapping_ok = gpm_import_mapping_check (&self->mapping, header (self),
                                               self->preview->n_columns, &error);
  gtk_label_set_text (self->mapping_message, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->mapping_message), error != NULL);
  gpm_import_dialog_update_titles (self);
}

static void
show_mapping (GpmImportDialog *self)
{
  self->updating = TRUE;
  for (guint f = 0; f < GPM_IMPORT_N_FIELDS; f++)
    adw_combo_row_set_selected (self->field_rows[f], (guint) (self->mapping.column[f] + 1));
  self->updating = FALSE;
  check_mapping (self);
}

static void
recheck (GpmImportDialog *self)
{
  g_clear_pointer (&self->report, gpm_import_report_free);
  g_clear_error (&self->check_error);
  if (self->mapping_ok)
    gpm_import_dialog_start_check (self);
  else
    {
      gpm_import_dialog_forget_job (self);
      gpm_import_dialog_show_report (self);
    }
}

static void
on_field_changed (GpmImportDialog *self,
                  GParamSpec      *pspec,
                  AdwComboRow     *row)
{
  GpmImportField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "gpm-field"));

  if (self->updating || self->preview == NULL)
    return;
  self->mapping.column[field] = (int) adw_combo_row_get_selected (row) - 1;
  check_mapping (self);
  recheck (self);
}

static void
add_field_rows (GpmImportDialog *self)
{
  for (guint f = 0; f < GPM_IMPORT_N_FIELDS; f++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gpm_import_field_get_label (f));
      if (gpm_import_field_is_required (f))
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Required"));
      adw_combo_row_set_model (row, G_LIST_MODEL (self->columns_model));
      g_object_set_data (G_OBJECT (row), "gpm-field", GUINT_TO_POINTER (f));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_field_changed), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      self->field_rows[f] = row;
    }
}

static void
show_reading (GpmImportDialog  *self,
              GpmImportPreview *preview,
              gboolean          detected)
{
  gboolean json = preview->format == GPM_IMPORT_FORMAT_JSON;
  gboolean doubt = detected && !preview->confident;

  self->updating = TRUE;
  adw_combo_row_set_selected (self->encoding_row, preview->encoding);
  if (!json)
    adw_combo_row_set_selected (self->delimiter_row, delimiter_index (preview->delimiter));
  self->updating = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->delimiter_row), !json);
  if (detected)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->encoding_warning), doubt);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->encoding_row),
                                   doubt ? _("Detected — check the preview") : "");
    }
}

/* Takes PREVIEW: a new reading of the file's start, after it opened or after the
 * encoding or the delimiter changed. */
void
gpm_import_dialog_show_preview (GpmImportDialog  *self,
                                GpmImportPreview *preview)
{
  gboolean detected = self->preview == NULL;
  g_autofree char *signature = gpm_import_header_signature (
    (const char * const *) preview->header, preview->n_columns);
  gboolean same_header = g_strcmp0 (signature, self->signature) == 0;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_clear_pointer (&self->preview, gpm_import_preview_free);
  self->preview = preview;
  g_free (self->signature);
  self->signature = g_steal_pointer (&signature);

  show_reading (self, preview, detected);
  g_ptr_array_add (names, (gpointer) "—");
  for (guint i = 0; i < preview->n_columns; i++)
    g_ptr_array_add (names, preview->header[i]);
  g_ptr_array_add (names, NULL);

  /* The same header read again (another delimiter that splits it the same way) keeps
   * the user's choices; a different one starts from what it names. */
  if (!same_header)
    load_mapping (self);
  self->updating = TRUE;
  gtk_string_list_splice (self->columns_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->columns_model)),
                          (const char * const *) names->pdata);
  self->updating = FALSE;
  gpm_import_dialog_fill_table (self);
  show_mapping (self);
  recheck (self);
}

/* ------------------------------------------------------------ reacting */

static void
on_reading_changed (GpmImportDialog *self)
{
  if (self->updating || self->preview == NULL)
    return;

  /* The user looked and chose: the detection's doubt no longer applies. */
  gtk_widget_set_visible (GTK_WIDGET (self->encoding_warning), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->encoding_row), "");
  gpm_import_dialog_start_preview (self, FALSE);
}

static void
on_check_changed (GpmImportDialog *self)
{
  if (self->updating || self->preview == NULL)
    return;

  recheck (self);
}

void
gpm_import_dialog_update_import (GpmImportDialog *self)
{
  const GpmImportReport *report = self->report;
  gboolean can = self->job == GPM_IMPORT_JOB_NONE && self->mapping_ok && report != NULL
                 && self->check_error == NULL && !report->mark_unsettled
                 && report->n_new + report->n_changed + report->n_unchanged > 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), can);
}

static void
on_point_clicked (GpmImportDialog *self)
{
  adw_combo_row_set_selected (self->decimal_row, GPM_DECIMAL_MARK_POINT);
}

static void
on_comma_clicked (GpmImportDialog *self)
{
  adw_combo_row_set_selected (self->decimal_row, GPM_DECIMAL_MARK_COMMA);
}

static void
on_import_clicked (GpmImportDialog *self)
{
  gpm_import_dialog_start_import (self);
}

static void
on_save_chosen (GtkNativeDialog *chooser,
                int              response,
                GpmImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) target = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      gpm_import_dialog_save_problems (self, target);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_save_list_clicked (GpmImportDialog *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *base = g_file_get_basename (self->file);
  char *dot = strrchr (base, '.');
  g_autofree char *name = NULL;

  if (dot != NULL && dot != base)
    *dot = '\0';
  /* Translators: the suggested name of the list of skipped rows; %s is the file's name
   * without its extension. */
  name = g_strdup_printf (_("%s-problems.csv"), base);
  chooser = gtk_file_chooser_native_new (_("Save List of Problems"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------ object */

static gboolean
gpm_import_dialog_close_request (GtkWindow *window)
{
  GpmImportDialog *self = GPM_IMPORT_DIALOG (window);

  /* A running import rolls back when cancelled: closing means "write nothing". */
  self->closing = TRUE;
  gpm_import_dialog_cancel_job (self);

  return GTK_WINDOW_CLASS (gpm_import_dialog_parent_class)->close_request (window);
}

static void
gpm_import_dialog_dispose (GObject *object)
{
  GpmImportDialog *self = GPM_IMPORT_DIALOG (object);

  /* A job still running finishes into a dialog that must not touch its widgets. */
  self->closing = TRUE;
  gpm_import_dialog_forget_job (self);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->columns_model);
  g_clear_object (&self->rows_model);
  g_clear_object (&self->problems_model);

  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (gpm_import_dialog_parent_class)->dispose (object);
}

static void
gpm_import_dialog_finalize (GObject *object)
{
  GpmImportDialog *self = GPM_IMPORT_DIALOG (object);

  g_clear_pointer (&self->preview, gpm_import_preview_free);
  g_clear_pointer (&self->report, gpm_import_report_free);
  g_clear_pointer (&self->change, gpm_store_change_unref);
  g_clear_error (&self->check_error);
  g_free (self->signature);

  G_OBJECT_CLASS (gpm_import_dialog_parent_class)->finalize (object);
}

static void
gpm_import_dialog_class_init (GpmImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = gpm_import_dialog_dispose;
  object_class->finalize = gpm_import_dialog_finalize;
  window_class->close_request = gpm_import_dialog_close_request;

  /* Emitted once the figures are committed: new figures, then changed ones. */
  signals[SIGNAL_IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_UINT64, G_TYPE_UINT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, encoding_row);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, encoding_warning);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, delimiter_row);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, decimal_row);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, mark_warning_row);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, mark_warning_label);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, policy_row);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, reading_group);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, mapping_message);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, preview_scroll);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, preview_view);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, counts_box);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, new_label);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, changed_label);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, unchanged_label);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, skipped_label);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, details_group);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, names_row);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, error_row);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, GpmImportDialog, problems_view);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_point_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_comma_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_reading_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_check_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_list_clicked);
  gtk_widget_class_bind_template_callback (widget_class, gpm_import_dialog_cancel_job);
}

static GtkStringList *
new_labels (const char * const *labels,
            guint               n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, labels[i]);

  return list;
}

static void
fill_choices (GpmImportDialog *self)
{
  const char *encodings[GPM_N_ENCODINGS];
  const char *delimiter_labels[G_N_ELEMENTS (delimiters)];
  const char *marks[] = { _("Automatic"), _("Point (1,234.5)"), _("Comma (1.234,5)") };
  const char *policies[] = { _("Skip and list them"), _("Stop at the first bad row") };
  g_autoptr(GtkStringList) encoding_list = NULL;
  g_autoptr(GtkStringList) delimiter_list = NULL;
  g_autoptr(GtkStringList) mark_list = new_labels (marks, G_N_ELEMENTS (marks));
  g_autoptr(GtkStringList) policy_list = new_labels (policies, G_N_ELEMENTS (policies));

  for (guint i = 0; i < GPM_N_ENCODINGS; i++)
    encodings[i] = gpm_encoding_get_label (i);
  for (guint i = 0; i < G_N_ELEMENTS (delimiters); i++)
    delimiter_labels[i] = gpm_import_delimiter_get_label (delimiters[i]);
  encoding_list = new_labels (encodings, GPM_N_ENCODINGS);
  delimiter_list = new_labels (delimiter_labels, G_N_ELEMENTS (delimiters));

  self->updating = TRUE;
  adw_combo_row_set_model (self->encoding_row, G_LIST_MODEL (encoding_list));
  adw_combo_row_set_model (self->delimiter_row, G_LIST_MODEL (delimiter_list));
  adw_combo_row_set_model (self->decimal_row, G_LIST_MODEL (mark_list));
  adw_combo_row_set_model (self->policy_row, G_LIST_MODEL (policy_list));
  self->updating = FALSE;
}

static void
gpm_import_dialog_init (GpmImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->columns_model = gtk_string_list_new (NULL);
  gpm_import_mapping_clear (&self->mapping);
  fill_choices (self);
  add_field_rows (self);

  gpm_import_dialog_setup_table (self);
  gpm_import_dialog_setup_problems (self);
}

GpmImportDialog *
gpm_import_dialog_new (GtkWindow *parent,
                       GpmStore  *store,
                       GFile     *file)
{
  GpmImportDialog *self;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (GPM_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);

  name = g_file_get_basename (file);
  /* Translators: the import dialog's title; %s is the file's name. */
  title = g_strdup_printf (_("Import “%s”"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);

  gpm_import_dialog_start_preview (self, TRUE);

  return self;
}

GpmStoreChange *
gpm_import_dialog_get_change (GpmImportDialog *self)
{
  g_return_val_if_fail (GPM_IS_IMPORT_DIALOG (self), NULL);

  return self->change;
}

void
gpm_import_dialog_emit_imported (GpmImportDialog *self,
                                 guint64          n_new,
                                 guint64          n_changed)
{
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, n_new, n_changed);
}
