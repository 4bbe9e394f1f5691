/* gpm-charts-page-export.c — "Export Data…" on the Charts page: the numbers the chart
 * plots, as CSV or JSON, the same rows `gpu-market export-data --chart` writes.
 *
 * The data is the chart view's own (what is drawn, not a new query), so the file
 * matches the picture. Writing runs on a worker thread through gpm-safe-file: a long
 * series never blocks the window, and a failed write leaves no half file. The file
 * chooser's choices pick the format and the byte-order mark Excel needs for UTF-8.
 * (A JSON file never gets the mark: JSON must not start with one.)
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "gpm-chart-data-export.h"
#include "gpm-chart-export.h"
#include "gpm-charts-page-private.h"
#include "gpm-safe-file.h"

typedef struct
{
  GpmChartData        *data;
  GFile               *file;
  GpmTableFormat       format;
  GpmTableExportFlags  flags;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  gpm_chart_data_unref (job->data);
  g_object_unref (job->file);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GBytes) bytes = gpm_chart_data_export (job->data, job->format, job->flags);
  GError *error = NULL;

  if (gpm_safe_file_write_bytes (job->file, bytes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GpmChartsPage *self = GPM_CHARTS_PAGE (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *name = g_file_get_parse_name (job->file);
      /* Translators: %s is the path of the file. A toast title is markup. */
      g_autofree char *title = g_markup_printf_escaped (_("Chart data exported to “%s”"), name);

      gpm_charts_page_toast (self, adw_toast_new (title));
    }
  else
    {
      g_autofree char *title = g_markup_escape_text (error->message, -1);

      gpm_charts_page_toast (self, adw_toast_new (title));
    }
}

/* The Format choice decides; a name left with the other format's extension (the
 * suggested .csv, then JSON chosen) gets the chosen one instead. */
static GFile *
file_for_format (GFile          *file,
                 GpmTableFormat  format)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (base, -1);
  const char *wrong = format == GPM_TABLE_FORMAT_JSON ? ".csv" : ".json";
  const char *right = format == GPM_TABLE_FORMAT_JSON ? ".json" : ".csv";
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *renamed = NULL;

  if (parent == NULL || !g_str_has_suffix (lower, wrong))
    return g_object_ref (file);

  base[strlen (base) - strlen (wrong)] = '\0';
  renamed = g_strconcat (base, right, NULL);

  return g_file_get_child (parent, renamed);
}

/* Writes the plotted data to @file on a worker; a toast says how it went. */
void
gpm_charts_page_write_data (GpmChartsPage       *self,
                            GFile               *file,
                            GpmTableFormat       format,
                            GpmTableExportFlags  flags)
{
  GpmChartData *data = gpm_chart_view_get_data (self->chart_view);
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  if (data == NULL)
    return;

  job = g_new0 (ExportJob, 1);
  job->data = gpm_chart_data_ref (data);
  job->file = g_object_ref (file);
  job->format = format;
  job->flags = flags;

  task = g_task_new (self, NULL, on_exported, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     GpmChartsPage   *self)
{
  g_autoptr(GFile) file = NULL;
  GpmTableExportFlags flags = GPM_TABLE_EXPORT_DEFAULT;

  if (response == GTK_RESPONSE_ACCEPT
      && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format");
      GpmTableFormat format = g_strcmp0 (choice, "json") == 0 ? GPM_TABLE_FORMAT_JSON
                                                               : GPM_TABLE_FORMAT_CSV;
      g_autoptr(GFile) target = file_for_format (file, format);

      if (g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "bom"),
                     "true") == 0)
        flags |= GPM_TABLE_EXPORT_BOM;
      gpm_charts_page_write_data (self, target, format, flags);
    }
  g_object_unref (chooser);
}

static void
add_choices (GtkFileChooser *chooser)
{
  const char *ids[] = { "csv", "json", NULL };
  const char *labels[] = { _("CSV"), _("JSON"), NULL };

  gtk_file_chooser_add_choice (chooser, "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (chooser, "format", "csv");
  gtk_file_chooser_add_choice (chooser, "bom", _("For Excel (UTF-8 with BOM)"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "bom", "false");
}

/* Public to the page's files and the tests, which cannot drive a native chooser. */
GtkFileChooserNative *
gpm_charts_page_export_data (GpmChartsPage *self)
{
  GpmChartData *data = gpm_chart_view_get_data (self->chart_view);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (data == NULL || gpm_chart_data_get_n_series (data) == 0)
    {
      gpm_charts_page_toast (self, adw_toast_new (_("There is no chart data to export yet")));
      return NULL;
    }

  base = gpm_export_safe_file_name (gpm_chart_data_get_title (data));
  name = g_strconcat (base, ".csv", NULL);
  chooser = gtk_file_chooser_native_new (_("Export Chart Data"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  add_choices (GTK_FILE_CHOOSER (chooser));
  g_signal_connect_data (chooser, "response", G_CALLBACK (on_chooser_response),
                         g_object_ref (self),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));

  return chooser;
}

static void
export_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  gpm_charts_page_export_data (GPM_CHARTS_PAGE (widget));
}

void
gpm_charts_page_install_export_action (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "charts.export-data", NULL,
                                   export_data_action);
}
