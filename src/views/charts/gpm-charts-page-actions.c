/* gpm-charts-page-actions.c — saving the chart the builder shows, and the other
 * actions on saved charts: save as, rename, duplicate, delete (with Undo), and copying
 * the plotted values as text.
 *
 * Each is one store call, so one transaction; the saved-chart list reloads itself from
 * the store's "changed" signal. Errors (a duplicate name, a read-only database) come
 * back as a toast with the store's message.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-charts-page-private.h"
#include "gpm-data-row.h"
#include "gpm-number-format.h"

void
gpm_charts_page_toast (GpmChartsPage *self,
                       AdwToast      *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
toast_error (GpmChartsPage *self,
             const GError  *error)
{
  gpm_charts_page_toast (self, adw_toast_new (error->message));
}

static void
on_undo_clicked (AdwToast *toast,
                 gpointer  user_data)
{
  GpmStoreChange *change = g_object_get_data (G_OBJECT (toast), "change");
  GpmStore *store = g_object_get_data (G_OBJECT (toast), "store");
  g_autoptr(GError) error = NULL;

  if (!gpm_store_undo (store, change, &error))
    g_warning ("Could not undo: %s", error->message);
}

/* A toast for a committed change, offering to undo it. */
static void
toast_change (GpmChartsPage  *self,
              GpmStoreChange *change)
{
  AdwToast *toast;

  if (change == NULL)
    return;

  toast = adw_toast_new (gpm_store_change_get_description (change));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "change", gpm_store_change_ref (change),
                          (GDestroyNotify) gpm_store_change_unref);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store),
                          g_object_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_clicked), NULL);
  gpm_charts_page_toast (self, toast);
}

/* Saves the builder's spec as CHART (new when its id is 0) and shows it. */
static void
save_chart (GpmChartsPage *self,
            GpmSavedChart *chart)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GpmChartSpec) spec = gpm_charts_page_build_spec (self, &error);
  g_autofree char *json = NULL;

  if (spec == NULL)
    {
      toast_error (self, error);
      return;
    }

  json = gpm_chart_spec_to_json (spec);
  gpm_saved_chart_set_spec (chart, json);
  if (!gpm_store_save_chart (self->store, chart, &change, &error))
    {
      toast_error (self, error);
      return;
    }

  g_set_object (&self->current, chart);
  g_free (self->pending_select);
  self->pending_select = g_strdup (gpm_saved_chart_get_name (chart));
  toast_change (self, change);
  gpm_charts_page_update_actions (self);
}

typedef enum
{
  PROMPT_SAVE_AS,
  PROMPT_RENAME,
} PromptKind;

static void
on_name_response (AdwMessageDialog *dialog,
                  const char       *response,
                  GpmChartsPage    *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  PromptKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStoreChange) change = NULL;

  if (g_strcmp0 (response, "save") != 0 || *name == '\0')
    return;

  if (kind == PROMPT_SAVE_AS)
    {
      g_autoptr(GpmSavedChart) chart = gpm_saved_chart_new (name, "{}");

      save_chart (self, chart);
      return;
    }

  if (!gpm_store_rename_chart (self->store, gpm_saved_chart_get_id (self->current), name,
                               &change, &error))
    {
      toast_error (self, error);
      return;
    }
  g_free (self->pending_select);
  self->pending_select = g_strdup (name);
  toast_change (self, change);
}

static void
on_name_changed (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "save", *name != '\0');
}

static void
prompt_name (GpmChartsPage *self,
             PromptKind     kind,
             const char    *initial)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = adw_message_dialog_new (parent,
                                   kind == PROMPT_RENAME ? _("Rename Chart") : _("Save Chart As"),
                                   _("Saved charts are kept in the database by name."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", kind == PROMPT_RENAME ? _("_Rename") : _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  gtk_editable_set_text (GTK_EDITABLE (entry), initial ? initial : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_name_changed), dialog);
  on_name_changed (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));

  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "kind", GUINT_TO_POINTER (kind));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_name_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
suggested_copy_name (GpmChartsPage *self)
{
  /* Translators: the name suggested for a copy of the chart named %s */
  return self->current ? g_strdup_printf (_("%s (copy)"), gpm_saved_chart_get_name (self->current))
                       : g_strdup (_("New chart"));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmChartsPage *self = GPM_CHARTS_PAGE (widget);
  g_autofree char *name = NULL;

  /* Bundled charts stay as shipped; changes to them are saved under a new name. */
  if (self->current != NULL && !gpm_saved_chart_get_builtin (self->current))
    {
      g_autoptr(GpmSavedChart) chart = gpm_saved_chart_copy (self->current);

      save_chart (self, chart);
      return;
    }

  name = suggested_copy_name (self);
  prompt_name (self, PROMPT_SAVE_AS, name);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  GpmChartsPage *self = GPM_CHARTS_PAGE (widget);
  g_autofree char *name = suggested_copy_name (self);

  prompt_name (self, PROMPT_SAVE_AS, name);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmChartsPage *self = GPM_CHARTS_PAGE (widget);

  prompt_name (self, PROMPT_RENAME, gpm_saved_chart_get_name (self->current));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  GpmChartsPage *self = GPM_CHARTS_PAGE (widget);
  g_autofree char *name = suggested_copy_name (self);
  g_autoptr(GpmSavedChart) chart = gpm_saved_chart_new (name, "{}");

  save_chart (self, chart);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmChartsPage *self = GPM_CHARTS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStoreChange) change = NULL;

  if (!gpm_store_delete_chart (self->store, gpm_saved_chart_get_id (self->current), &change,
                               &error))
    {
      toast_error (self, error);
      return;
    }
  toast_change (self, change);
}

/* More rows than this go to a file (Export Data…), not the clipboard: a million rows
 * are some 100 MB of text, formatted on the main thread, that no spreadsheet pastes. */
#define MAX_COPY_ROWS 100000

/* Says why the values were not copied, and offers the file instead. */
static void
refuse_copy (GpmChartsPage *self,
             guint          n_rows)
{
  g_autofree char *count = gpm_number_format (gpm_chart_view_get_language (self->chart_view),
                                              n_rows, "", GPM_NUMBER_LONG);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: %s is a number of rows, e.g. "1,000,000" */
  title = g_strdup_printf (_("%s rows are too many to copy; export them to a file "
                             "instead"), count);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("Export Data…"));
  adw_toast_set_action_name (toast, "charts.export-data");
  gpm_charts_page_toast (self, toast);
}

/* The plotted values with their sources, as tab-separated text for a spreadsheet. */
static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmChartsPage *self = GPM_CHARTS_PAGE (widget);
  GListModel *rows = G_LIST_MODEL (self->rows);
  g_autoptr(GString) text = NULL;

  if (g_list_model_get_n_items (rows) > MAX_COPY_ROWS)
    {
      refuse_copy (self, g_list_model_get_n_items (rows));
      return;
    }
  text = g_string_new (NULL);

  const char *titles[GPM_DATA_ROW_N_COLUMNS] = { _("Series"), _("Period"), _("Value"),
                                                 _("Share"), _("Status"),
                                                 _("Source Sentence") };
  /* The share is a column only where the chart draws shares, as in the table. */
  gboolean shares = gtk_column_view_column_get_visible (self->share_column);

  for (guint c = 0; c < GPM_DATA_ROW_N_COLUMNS; c++)
    if (c != GPM_DATA_ROW_SHARE || shares)
      g_string_append_printf (text, "%s%c", titles[c],
                              c < GPM_DATA_ROW_SOURCE ? '\t' : '\n');
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GpmDataRow) row = g_list_model_get_item (rows, i);

      for (guint c = 0; c < GPM_DATA_ROW_N_COLUMNS; c++)
        if (c != GPM_DATA_ROW_SHARE || shares)
          g_string_append_printf (text, "%s%c", gpm_data_row_get_column (row, c),
                                  c < GPM_DATA_ROW_SOURCE ? '\t' : '\n');
    }

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text->str);
  gpm_charts_page_toast (self, adw_toast_new (_("Plotted values copied")));
}

void
gpm_charts_page_update_actions (GpmChartsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_store = self->store != NULL && !gpm_store_is_read_only (self->store);
  gboolean has_chart = has_store && self->current != NULL;

  gtk_widget_action_set_enabled (widget, "charts.save", has_store);
  gtk_widget_action_set_enabled (widget, "charts.save-as", has_store);
  gtk_widget_action_set_enabled (widget, "charts.duplicate", has_store);
  gtk_widget_action_set_enabled (widget, "charts.rename", has_chart);
  gtk_widget_action_set_enabled (widget, "charts.delete", has_chart);
  gtk_widget_action_set_enabled (widget, "charts.export-data", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "charts.copy",
                                 g_list_model_get_n_items (G_LIST_MODEL (self->rows)) > 0 ||
                                 self->store != NULL);
}

void
gpm_charts_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "charts.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "charts.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "charts.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "charts.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "charts.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "charts.copy", NULL, copy_action);
  gpm_charts_page_install_export_action (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "charts.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "charts.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "charts.copy", NULL);
}
