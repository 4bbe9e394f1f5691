/* gpm-import-dialog-jobs.c — the import dialog's worker threads and what they report.
 *
 * Reading the file's start, the dry run and the real import all block on the file and
 * the database, so each runs in a GTask thread; one job runs at a time and a new choice
 * cancels the job it makes stale (the engine rolls a cancelled import back). Progress
 * arrives on the worker thread and reaches the progress bar through the dialog's main
 * context, at most one pending update at a time and no more than every 50 ms. The GTask
 * holds the dialog, so a closed dialog lives until its job has stopped.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-import-dialog-private.h"
#include "gpm-safe-file.h"
#include "gpm-text-decoder.h"

#define PROGRESS_INTERVAL (50 * G_TIME_SPAN_MILLISECOND)
#define NAMES_SHOWN       8

typedef struct
{
  GpmImportJobKind  kind;
  GpmStore         *store;
  GFile            *file;
  GpmImportOptions  options;
  GMainContext     *context;
  gint              permille;      /* atomic */
  gint              idle_pending;  /* atomic */
  gint64            last_post;     /* worker thread only */
} Job;

static void
job_free (Job *job)
{
  g_object_unref (job->store);
  g_object_unref (job->file);
  g_main_context_unref (job->context);
  g_free (job);
}

/* ------------------------------------------------------------ progress */

static gboolean
progress_idle (gpointer data)
{
  GTask *task = data;
  Job *job = g_task_get_task_data (task);
  GpmImportDialog *self = g_task_get_source_object (task);

  g_atomic_int_set (&job->idle_pending, 0);
  if (self->task == task)
    gtk_progress_bar_set_fraction (self->progress_bar,
                                   g_atomic_int_get (&job->permille) / 1000.0);

  return G_SOURCE_REMOVE;
}

/* Called on the worker thread. */
static void
on_progress (guint64  done,
             guint64  total,
             gpointer user_data)
{
  GTask *task = user_data;
  Job *job = g_task_get_task_data (task);
  gint64 now = g_get_monotonic_time ();

  g_atomic_int_set (&job->permille, total > 0 ? (gint) MIN (1000, done * 1000 / total) : 0);
  if (done < total && now - job->last_post < PROGRESS_INTERVAL)
    return;
  job->last_post = now;
  if (g_atomic_int_compare_and_exchange (&job->idle_pending, 0, 1))
    g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, progress_idle,
                                g_object_ref (task), g_object_unref);
}

/* ------------------------------------------------------------ running */

static void
run_job (GTask        *task,
         gpointer      source,
         gpointer      data,
         GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;

  if (job->kind == GPM_IMPORT_JOB_PREVIEW)
    {
      GpmImportPreview *preview = gpm_import_preview (job->file, &job->options, cancellable,
                                                      &error);

      if (preview != NULL)
        g_task_return_pointer (task, preview, (GDestroyNotify) gpm_import_preview_free);
      else
        g_task_return_error (task, error);
      return;
    }

  {
    GpmImportReport *report = gpm_import_run (job->store, job->file, &job->options,
                                              on_progress, task, cancellable, &error);

    if (report != NULL)
      g_task_return_pointer (task, report, (GDestroyNotify) gpm_import_report_free);
    else
      g_task_return_error (task, error);
  }
}

/* Drops the running job without waiting: it was superseded, or the dialog is closing. */
void
gpm_import_dialog_forget_job (GpmImportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->task = NULL;
  self->job = GPM_IMPORT_JOB_NONE;
}

static void
set_busy (GpmImportDialog *self,
          const char      *text)
{
  gboolean busy = self->job != GPM_IMPORT_JOB_NONE;
  gboolean importing = self->job == GPM_IMPORT_JOB_IMPORT;

  if (self->closing)
    return;
  gtk_widget_set_visible (self->progress_box, busy);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, text);
  /* The choices stay live during a check (a change restarts it), not during an import. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->reading_group), !importing);
  gtk_widget_set_sensitive (GTK_WIDGET (self->columns_group), !importing);
  gpm_import_dialog_update_import (self);
}

static void on_job_done (GObject      *source,
                         GAsyncResult *result,
                         gpointer      data);

static void
start_job (GpmImportDialog        *self,
           GpmImportJobKind        kind,
           const GpmImportOptions *options)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);
  const char *texts[] = { NULL, N_("Reading…"), N_("Checking…"), N_("Importing…") };

  gpm_import_dialog_forget_job (self);
  job->kind = kind;
  job->store = g_object_ref (self->store);
  job->file = g_object_ref (self->file);
  job->options = *options;
  job->context = g_main_context_ref_thread_default ();

  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, on_job_done, NULL);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  self->task = task;
  self->job = kind;
  set_busy (self, _(texts[kind]));
  g_task_run_in_thread (task, run_job);
}

void
gpm_import_dialog_start_preview (GpmImportDialog *self,
                                 gboolean         detect)
{
  GpmImportOptions options;

  if (detect)
    gpm_import_options_init (&options);
  else
    gpm_import_dialog_get_options (self, &options);
  options.has_mapping = FALSE;
  g_clear_pointer (&self->report, gpm_import_report_free);
  g_clear_error (&self->check_error);
  start_job (self, GPM_IMPORT_JOB_PREVIEW, &options);
  gpm_import_dialog_show_report (self);
}

void
gpm_import_dialog_start_check (GpmImportDialog *self)
{
  GpmImportOptions options;

  gpm_import_dialog_get_options (self, &options);
  options.dry_run = TRUE;
  start_job (self, GPM_IMPORT_JOB_CHECK, &options);
  gpm_import_dialog_show_report (self);
}

void
gpm_import_dialog_start_import (GpmImportDialog *self)
{
  GpmImportOptions options;

  g_return_if_fail (self->report != NULL && self->job == GPM_IMPORT_JOB_NONE);

  gpm_import_dialog_get_options (self, &options);
  start_job (self, GPM_IMPORT_JOB_IMPORT, &options);
}

/* The progress bar's Cancel: the job stops and says so when it has. */
void
gpm_import_dialog_cancel_job (GpmImportDialog *self)
{
  if (self->closing || self->job == GPM_IMPORT_JOB_NONE)
    {
      gpm_import_dialog_forget_job (self);
      return;
    }
  g_cancellable_cancel (self->cancellable);
}

/* ------------------------------------------------------------ outcomes */

static void
show_import_error (GpmImportDialog *self,
                   const GError    *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Nothing Was Imported"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
finish_import (GpmImportDialog *self,
               GpmImportReport *report,
               const GError    *error)
{
  if (report != NULL)
    {
      gpm_import_dialog_remember (self);
      self->change = g_steal_pointer (&report->change);
      gpm_import_dialog_emit_imported (self, report->n_new, report->n_changed);
      gpm_import_report_free (report);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("Import cancelled; nothing was written")));
  else
    show_import_error (self, error);
  gpm_import_dialog_show_report (self);
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  GpmImportDialog *self = GPM_IMPORT_DIALOG (source);
  GTask *task = G_TASK (result);
  Job *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gpointer value = g_task_propagate_pointer (task, &error);

  if (task != self->task || self->closing)
    {
      if (value != NULL)
        (job->kind == GPM_IMPORT_JOB_PREVIEW ? (GDestroyNotify) gpm_import_preview_free
                                             : (GDestroyNotify) gpm_import_report_free) (value);
      return;
    }

  self->task = NULL;
  self->job = GPM_IMPORT_JOB_NONE;
  g_clear_object (&self->cancellable);
  set_busy (self, NULL);

  switch (job->kind)
    {
    case GPM_IMPORT_JOB_PREVIEW:
      if (value != NULL)
        gpm_import_dialog_show_preview (self, value);
      else
        {
          self->check_error = g_steal_pointer (&error);
          gpm_import_dialog_show_report (self);
        }
      break;
    case GPM_IMPORT_JOB_CHECK:
      self->report = value;
      self->check_error = g_steal_pointer (&error);
      gpm_import_dialog_show_report (self);
      break;
    case GPM_IMPORT_JOB_IMPORT:
      finish_import (self, value, error);
      break;
    case GPM_IMPORT_JOB_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* ------------------------------------------------------------ the report */

static void
set_count (GtkLabel *label,
           guint64   count)
{
  g_autofree char *text = g_strdup_printf ("%" G_GUINT64_FORMAT, count);

  gtk_label_set_text (label, text);
}

static void
append_names (GString    *out,
              const char *label,
              GPtrArray  *names)
{
  if (names == NULL || names->len == 0)
    return;

  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append_printf (out, "%s: ", label);
  for (guint i = 0; i < names->len && i < NAMES_SHOWN; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? _(", ") : "",
                            (const char *) g_ptr_array_index (names, i));
  if (names->len > NAMES_SHOWN)
    /* Translators: after a list of names cut short; %u is how many were left out. */
    g_string_append_printf (out, _(" and %u more"), names->len - NAMES_SHOWN);
}

static void
show_names (GpmImportDialog       *self,
            const GpmImportReport *report)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  if (report != NULL)
    {
      append_names (text, _("Vendors"), report->new_subjects);
      append_names (text, _("Metrics"), report->new_metrics);
      append_names (text, _("Sources"), report->new_sources);
    }
  escaped = g_markup_escape_text (text->str, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->names_row), escaped);
  gtk_widget_set_visible (GTK_WIDGET (self->names_row), text->len > 0);
}

static void
show_error (GpmImportDialog *self)
{
  gboolean shown = self->check_error != NULL
                   && !g_error_matches (self->check_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_autofree char *escaped = NULL;

  if (shown)
    escaped = g_markup_escape_text (self->check_error->message, -1);
  adw_action_row_set_subtitle (self->error_row, escaped != NULL ? escaped : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_row), shown);
}

/* The example the engine found, read both ways, so the choice is concrete. */
static void
show_mark_warning (GpmImportDialog       *self,
                   const GpmImportReport *report)
{
  gboolean shown = report != NULL && report->mark_unsettled && report->ambiguous_text != NULL;
  g_autofree char *text = NULL;
  GpmNumber point = { 0 }, comma = { 0 };
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];

  gtk_widget_set_visible (self->mark_warning_row, shown);
  if (!shown)
    return;

  gpm_import_parse_number (report->ambiguous_text, GPM_DECIMAL_MARK_POINT, &point, NULL);
  gpm_import_parse_number (report->ambiguous_text, GPM_DECIMAL_MARK_COMMA, &comma, NULL);
  g_ascii_formatd (a, sizeof a, "%.15g", point.value);
  g_ascii_formatd (b, sizeof b, "%.15g", comma.value);
  /* Translators: the example number, its line, and what it means with a decimal point
   * and with a decimal comma, e.g. "“1,234” on line 2 is 1234 with a decimal point but
   * 1.234 with a decimal comma…". */
  text = g_strdup_printf (_("“%s” on line %lu is %s with a decimal point but %s with a "
                            "decimal comma, and nothing else in the file settles which. "
                            "Choose the decimal mark to import."),
                          report->ambiguous_text, (gulong) report->ambiguous_line, a, b);
  gtk_label_set_text (self->mark_warning_label, text);
}

static void
show_problems (GpmImportDialog       *self,
               const GpmImportReport *report)
{
  guint n = report != NULL ? report->problems->len : 0;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *description = NULL;

  for (guint i = 0; i < n; i++)
    {
      const GpmImportProblem *problem = g_ptr_array_index (report->problems, i);

      if (problem->column != NULL)
        /* Translators: a problem in the import's list: the line, the column, the reason. */
        g_ptr_array_add (lines, g_strdup_printf (_("Line %lu, “%s”: %s"), (gulong) problem->line,
                                                 problem->column, problem->reason));
      else
        g_ptr_array_add (lines, g_strdup_printf (_("Line %lu: %s"), (gulong) problem->line,
                                                 problem->reason));
    }
  g_ptr_array_add (lines, NULL);
  gtk_string_list_splice (self->problems_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->problems_model)),
                          (const char * const *) lines->pdata);

  if (report != NULL && n > 0)
    description = g_strdup_printf (n >= GPM_IMPORT_MAX_PROBLEMS
                                   ? _("The first %u of %lu rows that will be left out")
                                   : g_dngettext (GETTEXT_PACKAGE,
                                                  "%u row will be left out",
                                                  "%u rows will be left out", n),
                                   n, (gulong) report->n_skipped);
  adw_preferences_group_set_description (self->problems_group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), n > 0);
}

static char *
describe_status (GpmImportDialog       *self,
                 const GpmImportReport *report)
{
  g_autofree char *text = NULL;

  if (self->job != GPM_IMPORT_JOB_NONE)
    return NULL;
  if (self->preview == NULL)
    return g_strdup (self->check_error != NULL ? _("The file could not be read.") : NULL);
  if (!self->mapping_ok)
    return g_strdup (_("Choose the columns below to check the file."));
  if (self->check_error != NULL && g_error_matches (self->check_error, G_IO_ERROR,
                                                    G_IO_ERROR_CANCELLED))
    return g_strdup (_("The check was stopped. Change a choice to check again."));
  if (report == NULL)
    return NULL;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%lu row checked, read as %s, %s. Nothing has been "
                                       "written yet.",
                                       "%lu rows checked, read as %s, %s. Nothing has been "
                                       "written yet.", (gulong) report->n_rows),
                          (gulong) report->n_rows, gpm_encoding_get_label (report->encoding),
                          gpm_import_delimiter_get_label (report->delimiter));
  if (report->problems->len == 0)
    return g_steal_pointer (&text);

  /* The list can be long, so it comes after the choices; say where it is. */
  return g_strconcat (text, " ", _("The rows left out and why are listed at the end."), NULL);
}

void
gpm_import_dialog_show_report (GpmImportDialog *self)
{
  const GpmImportReport *report = self->job == GPM_IMPORT_JOB_NONE ? self->report : NULL;
  g_autofree char *status = describe_status (self, report);

  if (self->closing)
    return;
  gtk_label_set_text (self->status_label, status != NULL ? status : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), status != NULL);
  gtk_widget_set_visible (self->counts_box, report != NULL);
  if (report != NULL)
    {
      set_count (self->new_label, report->n_new);
      set_count (self->changed_label, report->n_changed);
      set_count (self->unchanged_label, report->n_unchanged);
      set_count (self->skipped_label, report->n_skipped);
    }
  show_names (self, report);
  show_error (self);
  show_mark_warning (self, report);
  gtk_widget_set_visible (self->details_group,
                          gtk_widget_get_visible (GTK_WIDGET (self->names_row))
                          || gtk_widget_get_visible (GTK_WIDGET (self->error_row))
                          || gtk_widget_get_visible (self->mark_warning_row));
  show_problems (self, report);
  gpm_import_dialog_update_import (self);
}

/* ------------------------------------------------------------ the list of problems */

/* A list box, not a list view: a reason wraps over lines, and a list view would not
 * give a wrapped row its height. At most GPM_IMPORT_MAX_PROBLEMS rows. */
static GtkWidget *
new_problem_row (gpointer item,
                 gpointer data)
{
  GtkWidget *label = gtk_label_new (gtk_string_object_get_string (item));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);

  return label;
}

void
gpm_import_dialog_setup_problems (GpmImportDialog *self)
{
  self->problems_model = gtk_string_list_new (NULL);
  gtk_list_box_bind_model (self->problems_view, G_LIST_MODEL (self->problems_model),
                           new_problem_row, NULL, NULL);
}

static void
write_problems (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GFile *target = g_object_get_data (G_OBJECT (task), "gpm-target");
  GError *error = NULL;

  if (gpm_safe_file_write_bytes (target, data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_problems_written (GObject      *source,
                     GAsyncResult *result,
                     gpointer      data)
{
  GpmImportDialog *self = GPM_IMPORT_DIALOG (source);
  GFile *target = g_object_get_data (G_OBJECT (result), "gpm-target");
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (target);
  g_autofree char *title = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    /* Translators: %s is the path of the saved list. A toast title is markup. */
    title = g_markup_printf_escaped (_("Saved the list to “%s”"), name);
  else
    /* Translators: %s says why, e.g. "Permission denied". A toast title is markup. */
    title = g_markup_printf_escaped (_("Could not save the list: %s. Choose another folder."),
                                     error->message);
  if (!self->closing)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* Writes the last dry run's problems as CSV, off the main thread and atomically. */
void
gpm_import_dialog_save_problems (GpmImportDialog *self,
                                 GFile           *target)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (target));
  if (self->report == NULL)
    return;

  task = g_task_new (self, NULL, on_problems_written, NULL);
  g_task_set_task_data (task, gpm_import_report_problems_to_csv (self->report),
                        (GDestroyNotify) g_bytes_unref);
  g_object_set_data_full (G_OBJECT (task), "gpm-target", g_object_ref (target),
                          g_object_unref);
  g_task_run_in_thread (task, write_problems);
}
