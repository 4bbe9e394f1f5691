/* gpm-export-dialog.c — the Export dialog of the Charts and Timeline pages.
 *
 * The dialog owns what it exports: a chart's data (shared, read-only) and a copy of
 * the view's style (hidden series and zoom included), or a timeline of its own built
 * from the page's shown events. The preview draws that with the renderer at the target
 * logical size, scaled down, so it shows the very layout the file will have. The file
 * is written by a GTask thread; while it runs the controls are insensitive and nothing
 * on the main thread touches the timeline. Choices are remembered in GSettings.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-chart-export.h"
#include "gpm-chart-renderer.h"
#include "gpm-charts-page-private.h"
#include "gpm-export-dialog.h"
#include "gpm-time-axis.h"
#include "gpm-timeline-page-private.h"
#include "gpm-timeline-text.h"

/* The smallest timeline picture its renderer lays out (see gpm_timeline_render_to_png). */
#define TIMELINE_MIN_WIDTH  200
#define TIMELINE_MIN_HEIGHT 120
#define PREVIEW_WIDTH       520.0
#define PREVIEW_HEIGHT      300.0

typedef struct
{
  const char *id;
  const char *label;
  int         width;
  int         height;
} Preset;

static const Preset presets[] = {
  { "document", N_("Document (1600 × 900)"), 1600, 900 },
  { "slide-16-9", N_("Slide 16:9 (1920 × 1080)"), 1920, 1080 },
  { "slide-4-3", N_("Slide 4:3 (1600 × 1200)"), 1600, 1200 },
  { "square", N_("Square (1080 × 1080)"), 1080, 1080 },
  { "custom", N_("Custom"), 0, 0 },
};

static const char *format_ids[] = { "png", "svg", "pdf" };
static const char *theme_ids[] = { "light", "dark", "transparent" };

struct _GpmExportDialog
{
  AdwWindow        parent_instance;

  GSettings       *settings;
  GpmChartData    *data;       /* a chart, or */
  GpmChartStyle   *style;
  GpmTimeline     *timeline;   /* a timeline; freed in finalize, a running export uses it */
  char            *title;
  char            *period;     /* of a timeline: the visible range */
  char            *size_message;
  GCancellable    *cancellable;  /* of the running export: closing the dialog stops it */
  gboolean         busy;
  gboolean         closed;
  gboolean         restoring;

  AdwToastOverlay *toast_overlay;
  GtkButton       *export_button;
  GtkSpinner      *spinner;
  GtkWidget       *content;
  GtkPicture      *preview;
  AdwComboRow     *format_row;
  AdwComboRow     *preset_row;
  AdwActionRow    *custom_row;
  GtkSpinButton   *width_spin;
  GtkSpinButton   *height_spin;
  AdwComboRow     *scale_row;
  AdwComboRow     *theme_row;
  GtkLabel        *size_message_label;
  GtkLabel        *pixels_label;
};

G_DEFINE_FINAL_TYPE (GpmExportDialog, gpm_export_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------ choices */

static GpmChartFormat
current_format (GpmExportDialog *self)
{
  return self->timeline != NULL ? GPM_CHART_FORMAT_PNG
                                : (GpmChartFormat) adw_combo_row_get_selected (self->format_row);
}

void
gpm_export_dialog_get_size (GpmExportDialog *self,
                            int             *width,
                            int             *height)
{
  g_return_if_fail (GPM_IS_EXPORT_DIALOG (self));

  *width = gtk_spin_button_get_value_as_int (self->width_spin);
  *height = gtk_spin_button_get_value_as_int (self->height_spin);
}

double
gpm_export_dialog_get_scale (GpmExportDialog *self)
{
  g_return_val_if_fail (GPM_IS_EXPORT_DIALOG (self), 1.0);

  if (current_format (self) != GPM_CHART_FORMAT_PNG)
    return 1.0;

  return adw_combo_row_get_selected (self->scale_row) + 1.0;
}

/* The style the file is drawn with: the view's, in the theme chosen here. */
static GpmChartStyle *
export_style (GpmExportDialog *self)
{
  GpmChartStyle *style = gpm_chart_style_copy (self->style);
  guint theme = adw_combo_row_get_selected (self->theme_row);

  gpm_chart_style_set_theme (style, theme == 1 ? GPM_CHART_THEME_DARK : GPM_CHART_THEME_LIGHT);
  gpm_chart_style_set_transparent (style, theme == 2);

  return style;
}

static GpmChartTheme
timeline_theme (GpmExportDialog *self)
{
  return adw_combo_row_get_selected (self->theme_row) == 1 ? GPM_CHART_THEME_DARK
                                                           : GPM_CHART_THEME_LIGHT;
}

/* ------------------------------------------------------------ preview */

static void
draw_picture (GpmExportDialog *self,
              cairo_t         *cr,
              int              width,
              int              height)
{
  if (self->data != NULL)
    {
      g_autoptr(GpmChartStyle) style = export_style (self);

      gpm_chart_render (cr, width, height, self->data, style, NULL);
    }
  else
    {
      gpm_timeline_set_theme (self->timeline, timeline_theme (self));
      gpm_timeline_render (self->timeline, cr, width, height);
    }
}

static void
update_preview (GpmExportDialog *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  int width, height, pw, ph;
  double fit;
  cairo_surface_t *surface;
  cairo_t *cr;

  gpm_export_dialog_get_size (self, &width, &height);
  fit = MIN (PREVIEW_WIDTH / width, PREVIEW_HEIGHT / height);
  pw = MAX (1, (int) (width * fit + 0.5));
  ph = MAX (1, (int) (height * fit + 0.5));

  /* The picture at its export size, shrunk: its proportions and layout, not the
   * screen's. A transparent export shows over the card's own background. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw * scale_factor,
                                        ph * scale_factor);
  cr = cairo_create (surface);
  cairo_scale (cr, fit * scale_factor, fit * scale_factor);
  draw_picture (self, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface)
                                      * ph * scale_factor,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (pw * scale_factor, ph * scale_factor, GDK_MEMORY_DEFAULT,
                                    bytes, cairo_image_surface_get_stride (surface));
  /* No size request: the picture shrinks with a narrow window, keeping its ratio. */
  gtk_picture_set_paintable (self->preview, GDK_PAINTABLE (texture));
}

/* ------------------------------------------------------------ state */

static gboolean
check_size (GpmExportDialog  *self,
            GError          **error)
{
  int width, height;

  gpm_export_dialog_get_size (self, &width, &height);
  if (self->data != NULL)
    {
      g_autoptr(GpmChartStyle) style = export_style (self);

      return gpm_chart_layout_check (width, height, self->data, style, error);
    }
  if (width < TIMELINE_MIN_WIDTH || height < TIMELINE_MIN_HEIGHT)
    {
      g_set_error (error, GPM_TIMELINE_ERROR, GPM_TIMELINE_ERROR_SIZE,
                   _("A timeline picture needs at least %d × %d pixels."), TIMELINE_MIN_WIDTH,
                   TIMELINE_MIN_HEIGHT);
      return FALSE;
    }

  return TRUE;
}

static void
update_state (GpmExportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pixels = NULL;
  gboolean png = current_format (self) == GPM_CHART_FORMAT_PNG;
  gboolean fits;
  double scale = gpm_export_dialog_get_scale (self);
  int width, height;

  /* The combo rows get their models before the dialog has its picture. */
  if (self->data == NULL && self->timeline == NULL)
    return;

  fits = check_size (self, &error);
  g_clear_pointer (&self->size_message, g_free);
  if (!fits)
    self->size_message = g_strdup (error->message);
  gtk_label_set_label (self->size_message_label, self->size_message);
  gtk_widget_set_visible (GTK_WIDGET (self->size_message_label), !fits);
  if (fits)
    gtk_widget_remove_css_class (GTK_WIDGET (self->custom_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->custom_row), "error");

  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), fits && !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), png);
  gtk_widget_set_sensitive (self->content, !self->busy);

  gpm_export_dialog_get_size (self, &width, &height);
  if (png)
    /* Translators: the size of the PNG file in pixels */
    pixels = g_strdup_printf (_("The picture will be %d × %d pixels."),
                              (int) (width * scale + 0.5), (int) (height * scale + 0.5));
  else
    pixels = g_strdup (_("Vector file: sharp at any size, fonts embedded."));
  gtk_label_set_label (self->pixels_label, pixels);

  /* A picture too small to lay out would only show the renderer's "enlarge" note,
   * magnified: the message says it better. */
  if (!fits)
    gtk_picture_set_paintable (self->preview, NULL);
  else if (!self->busy)
    update_preview (self);
}

static void
save_choices (GpmExportDialog *self)
{
  guint preset = adw_combo_row_get_selected (self->preset_row);
  int width, height;

  if (self->restoring)
    return;

  gpm_export_dialog_get_size (self, &width, &height);
  if (self->timeline == NULL)
    g_settings_set_string (self->settings, "export-format",
                           format_ids[adw_combo_row_get_selected (self->format_row)]);
  g_settings_set_string (self->settings, "export-preset", presets[preset].id);
  g_settings_set_int (self->settings, "export-width", width);
  g_settings_set_int (self->settings, "export-height", height);
  g_settings_set_int (self->settings, "export-scale",
                      adw_combo_row_get_selected (self->scale_row) + 1);
  g_settings_set_string (self->settings, "export-theme",
                         theme_ids[adw_combo_row_get_selected (self->theme_row)]);
}

static void
on_choice_changed (GpmExportDialog *self)
{
  save_choices (self);
  update_state (self);
}

static void
on_preset_changed (GpmExportDialog *self)
{
  const Preset *preset = &presets[adw_combo_row_get_selected (self->preset_row)];
  gboolean custom = preset->width == 0;

  if (!custom)
    {
      gboolean restoring = self->restoring;

      /* Setting the spins must not flip the preset to Custom. */
      self->restoring = TRUE;
      gtk_spin_button_set_value (self->width_spin, preset->width);
      gtk_spin_button_set_value (self->height_spin, preset->height);
      self->restoring = restoring;
    }
  on_choice_changed (self);
}

static void
on_size_changed (GpmExportDialog *self)
{
  guint custom = G_N_ELEMENTS (presets) - 1;

  if (!self->restoring && adw_combo_row_get_selected (self->preset_row) != custom)
    {
      const Preset *preset = &presets[adw_combo_row_get_selected (self->preset_row)];
      int width, height;

      gpm_export_dialog_get_size (self, &width, &height);
      if (width != preset->width || height != preset->height)
        {
          self->restoring = TRUE;
          adw_combo_row_set_selected (self->preset_row, custom);
          self->restoring = FALSE;
        }
    }
  on_choice_changed (self);
}

static guint
index_of (const char * const *ids,
          guint               n,
          const char         *id)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (ids[i], id))
      return i;

  return 0;
}

static void
restore_choices (GpmExportDialog *self)
{
  g_autofree char *format = g_settings_get_string (self->settings, "export-format");
  g_autofree char *preset = g_settings_get_string (self->settings, "export-preset");
  g_autofree char *theme = g_settings_get_string (self->settings, "export-theme");
  guint p = G_N_ELEMENTS (presets) - 1;

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (g_str_equal (presets[i].id, preset))
      p = i;

  self->restoring = TRUE;
  adw_combo_row_set_selected (self->format_row,
                              index_of (format_ids, G_N_ELEMENTS (format_ids), format));
  adw_combo_row_set_selected (self->theme_row,
                              index_of (theme_ids, G_N_ELEMENTS (theme_ids), theme));
  adw_combo_row_set_selected (self->scale_row,
                              CLAMP (g_settings_get_int (self->settings, "export-scale"), 1, 3)
                              - 1);
  gtk_spin_button_set_value (self->width_spin, g_settings_get_int (self->settings,
                                                                   "export-width"));
  gtk_spin_button_set_value (self->height_spin, g_settings_get_int (self->settings,
                                                                    "export-height"));
  adw_combo_row_set_selected (self->preset_row, p);
  on_preset_changed (self);
  self->restoring = FALSE;
}

/* ------------------------------------------------------------ export */

typedef struct
{
  GpmChartData   *data;
  GpmChartStyle  *style;
  GpmTimeline    *timeline;   /* the dialog's */
  char           *title;
  char           *period;
  GpmChartFormat  format;
  int             width;
  int             height;
  double          scale;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->data, gpm_chart_data_unref);
  g_clear_pointer (&job->style, gpm_chart_style_free);
  g_free (job->title);
  g_free (job->period);
  g_free (job);
}

static gboolean
export_timeline (ExportJob     *job,
                 GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  const char *text[] = { "Title", job->title, "Period", job->period != NULL ? job->period : "",
                         "Software", "GPU Market", NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        (int) (job->width * job->scale + 0.5),
                                        (int) (job->height * job->scale + 0.5));
  cr = cairo_create (surface);
  cairo_scale (cr, job->scale, job->scale);
  gpm_timeline_render (job->timeline, cr, job->width, job->height);
  cairo_destroy (cr);
  ok = gpm_export_png_surface (surface, text, file, cancellable, error);
  cairo_surface_destroy (surface);

  return ok;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GFile *file = g_object_get_data (G_OBJECT (task), "file");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (job->data != NULL)
    ok = gpm_chart_export (job->data, job->style, job->format, job->width, job->height,
                           job->scale, file, cancellable, &error);
  else
    ok = export_timeline (job, file, cancellable, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
export_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GpmExportDialog *self = GPM_EXPORT_DIALOG (object);
  GFile *file = g_object_get_data (G_OBJECT (result), "file");
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  g_clear_object (&self->cancellable);
  /* Closed while writing: the export was cancelled, or finished unseen. */
  if (self->closed)
    return;
  gtk_spinner_stop (self->spinner);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* The dialog stays, with the choices, so the user can pick another place. */
      g_autofree char *message = g_strdup_printf (_("Could not export: %s"), error->message);
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      update_state (self);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, file);
  self->closed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * gpm_export_dialog_export:
 *
 * Writes the picture with the dialog's choices to @file off the main thread; on success
 * emits ::exported and closes, on failure shows the error and stays open.
 */
void
gpm_export_dialog_export (GpmExportDialog *self,
                          GFile           *file)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (GPM_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!self->busy);

  job = g_new0 (ExportJob, 1);
  job->format = current_format (self);
  job->scale = gpm_export_dialog_get_scale (self);
  job->title = g_strdup (self->title);
  job->period = g_strdup (self->period);
  gpm_export_dialog_get_size (self, &job->width, &job->height);
  if (self->data != NULL)
    {
      job->data = gpm_chart_data_ref (self->data);
      job->style = export_style (self);
    }
  else
    {
      gpm_timeline_set_theme (self->timeline, timeline_theme (self));
      job->timeline = self->timeline;
    }

  self->busy = TRUE;
  gtk_spinner_start (self->spinner);
  update_state (self);

  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, export_done, NULL);
  g_task_set_source_tag (task, gpm_export_dialog_export);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_object_set_data_full (G_OBJECT (task), "file", g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, export_thread);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  GpmExportDialog *self = GPM_EXPORT_DIALOG (user_data);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        gpm_export_dialog_export (self, file);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_export_clicked (GpmExportDialog *self)
{
  g_autofree char *name = gpm_export_dialog_dup_file_name (self);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------ public */

char *
gpm_export_dialog_dup_file_name (GpmExportDialog *self)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (GPM_IS_EXPORT_DIALOG (self), NULL);

  base = gpm_export_safe_file_name (self->title);

  return g_strconcat (base, ".", format_ids[current_format (self)], NULL);
}

void
gpm_export_dialog_select_preset (GpmExportDialog *self,
                                 const char      *preset)
{
  g_return_if_fail (GPM_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (g_str_equal (presets[i].id, preset))
      adw_combo_row_set_selected (self->preset_row, i);
}

void
gpm_export_dialog_set_custom_size (GpmExportDialog *self,
                                   int              width,
                                   int              height)
{
  g_return_if_fail (GPM_IS_EXPORT_DIALOG (self));

  gtk_spin_button_set_value (self->width_spin, width);
  gtk_spin_button_set_value (self->height_spin, height);
}

gboolean
gpm_export_dialog_get_can_export (GpmExportDialog *self)
{
  g_return_val_if_fail (GPM_IS_EXPORT_DIALOG (self), FALSE);

  return gtk_widget_get_sensitive (GTK_WIDGET (self->export_button));
}

const char *
gpm_export_dialog_get_size_message (GpmExportDialog *self)
{
  g_return_val_if_fail (GPM_IS_EXPORT_DIALOG (self), NULL);

  return self->size_message;
}

static void
fill_combo (AdwComboRow        *row,
            const char * const *labels,
            guint               n)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, _(labels[i]));
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

static GpmExportDialog *
dialog_new (GtkWindow  *parent,
            const char *title)
{
  GpmExportDialog *self = g_object_new (GPM_TYPE_EXPORT_DIALOG, NULL);

  gtk_window_set_transient_for (GTK_WINDOW (self), parent);

  self->title = g_strdup (title != NULL && *title != '\0' ? title : _("Chart"));

  return self;
}

static void
finish_setup (GpmExportDialog *self)
{
  restore_choices (self);
  if (self->timeline != NULL)
    {
      adw_combo_row_set_selected (self->format_row, 0);
      gtk_widget_set_sensitive (GTK_WIDGET (self->format_row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row),
                                   _("The timeline exports as PNG"));
      gtk_window_set_title (GTK_WINDOW (self), _("Export Timeline"));
    }
  update_state (self);
}

GpmExportDialog *
gpm_export_dialog_new_for_chart (GtkWindow           *parent,
                                 GpmChartData        *data,
                                 const GpmChartStyle *style)
{
  GpmExportDialog *self;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  self = dialog_new (parent, gpm_chart_data_get_title (data));
  self->data = gpm_chart_data_ref (data);
  self->style = gpm_chart_style_copy (style);
  gtk_window_set_title (GTK_WINDOW (self), _("Export Chart"));
  finish_setup (self);

  return self;
}

/**
 * gpm_export_dialog_new_for_timeline:
 * @timeline: (transfer full): a timeline of the dialog's own, its view set
 */
GpmExportDialog *
gpm_export_dialog_new_for_timeline (GtkWindow   *parent,
                                    GpmTimeline *timeline,
                                    const char  *title)
{
  GpmExportDialog *self;

  g_return_val_if_fail (timeline != NULL, NULL);

  self = dialog_new (parent, title);
  self->timeline = timeline;
  finish_setup (self);

  return self;
}

/* A timeline of the dialog's own with the page's shown events and visible range, so
 * the export thread draws it while the page goes on drawing its own. */
static GpmTimeline *
timeline_from_page (GpmTimelinePage *page)
{
  GpmTimeline *timeline = gpm_timeline_new ();
  GpmTimeline *shown = gpm_timeline_view_get_timeline (page->view);
  GpmLanguage language = gpm_timeline_ui_language ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GpmTimelineStrings strings;
  double start, span;

  gpm_timeline_fill_strings (&strings);
  gpm_timeline_set_strings (timeline, &strings);
  gpm_timeline_set_language (timeline, language);
  gpm_timeline_set_today (timeline, gpm_days_from_date (g_date_time_get_year (now),
                                                        g_date_time_get_month (now),
                                                        g_date_time_get_day_of_month (now)));
  gpm_timeline_set_items (timeline, gpm_timeline_page_get_shown (page),
                          G_LIST_MODEL (page->vendors), language);
  gpm_timeline_set_lanes (timeline, page->lanes);
  gpm_timeline_get_view (shown, &start, &span);
  gpm_timeline_set_view (timeline, start, span);

  return timeline;
}

static GpmExportDialog *
dialog_for_view (GtkWindow    *parent,
                 GpmChartView *view)
{
  GpmChartData *data = gpm_chart_view_get_data (view);
  g_autoptr(GpmChartStyle) style = NULL;

  if (data == NULL || gpm_chart_data_get_n_series (data) == 0)
    return NULL;
  /* The on-screen style: hidden series, zoom and theme come along. */
  style = gpm_chart_view_dup_style (view);

  return gpm_export_dialog_new_for_chart (parent, data, style);
}

/* The first chart on screen inside WIDGET, e.g. the chart of a vendor's profile. */
static GpmChartView *
find_shown_chart (GtkWidget *widget)
{
  if (GPM_IS_CHART_VIEW (widget) && gtk_widget_get_mapped (widget) &&
      gpm_chart_view_get_data (GPM_CHART_VIEW (widget)) != NULL)
    return GPM_CHART_VIEW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GpmChartView *view = find_shown_chart (child);

      if (view != NULL)
        return view;
    }

  return NULL;
}

/**
 * gpm_export_dialog_new_for_page:
 * @page: the Charts or the Timeline page, or another page that shows a chart (a
 *   vendor's profile)
 *
 * Returns: (nullable): the dialog for what the page shows, or NULL when it shows nothing
 *   to export yet
 */
GpmExportDialog *
gpm_export_dialog_new_for_page (GtkWindow *parent,
                                GtkWidget *page)
{
  if (GPM_IS_CHARTS_PAGE (page))
    return dialog_for_view (parent, GPM_CHARTS_PAGE (page)->chart_view);
  if (GPM_IS_TIMELINE_PAGE (page))
    {
      GpmTimelinePage *timeline = GPM_TIMELINE_PAGE (page);
      GpmExportDialog *self;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      double start, span;

      if (g_list_model_get_n_items (gpm_timeline_page_get_shown (timeline)) == 0)
        return NULL;

      self = gpm_export_dialog_new_for_timeline (parent, timeline_from_page (timeline),
                                                 _("Timeline"));
      gpm_timeline_get_view (self->timeline, &start, &span);
      from = gpm_timeline_days_to_period (start, GPM_TIME_UNIT_MONTH);
      to = gpm_timeline_days_to_period (start + span - 1, GPM_TIME_UNIT_MONTH);
      self->period = g_strdup_printf ("%s – %s", from, to);

      return self;
    }

  {
    GpmChartView *view = find_shown_chart (page);

    return view != NULL ? dialog_for_view (parent, view) : NULL;
  }
}

static gboolean
gpm_export_dialog_close_request (GtkWindow *window)
{
  GpmExportDialog *self = GPM_EXPORT_DIALOG (window);

  self->closed = TRUE;
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (gpm_export_dialog_parent_class)->close_request (window);
}

static void
gpm_export_dialog_dispose (GObject *object)
{
  GpmExportDialog *self = GPM_EXPORT_DIALOG (object);

  self->closed = TRUE;
  g_cancellable_cancel (self->cancellable);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (gpm_export_dialog_parent_class)->dispose (object);
}

static void
gpm_export_dialog_finalize (GObject *object)
{
  GpmExportDialog *self = GPM_EXPORT_DIALOG (object);

  /* Here rather than in dispose: a running export holds the dialog and draws this. */
  g_clear_pointer (&self->timeline, gpm_timeline_free);
  g_clear_pointer (&self->data, gpm_chart_data_unref);
  g_clear_pointer (&self->style, gpm_chart_style_free);
  g_free (self->title);
  g_free (self->period);
  g_free (self->size_message);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (gpm_export_dialog_parent_class)->finalize (object);
}

static void
gpm_export_dialog_class_init (GpmExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_export_dialog_dispose;
  object_class->finalize = gpm_export_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = gpm_export_dialog_close_request;

  /**
   * GpmExportDialog::exported:
   * @file: the file written
   *
   * The picture was written; the dialog closes next.
   */
  signals[SIGNAL_EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, content);
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, preset_row);
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, custom_row);
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, theme_row);
  gtk_widget_class_bind_template_child_full (widget_class, "size_message", FALSE,
                                             G_STRUCT_OFFSET (GpmExportDialog,
                                                              size_message_label));
  gtk_widget_class_bind_template_child (widget_class, GpmExportDialog, pixels_label);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_preset_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_size_changed);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
gpm_export_dialog_init (GpmExportDialog *self)
{
  static const char *formats[] = { "PNG", "SVG", "PDF" };
  static const char *scales[] = { N_("1×"), N_("2×"), N_("3×") };
  static const char *themes[] = { N_("Light"), N_("Dark"), N_("Transparent") };
  const char *preset_labels[G_N_ELEMENTS (presets)];

  self->restoring = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    preset_labels[i] = presets[i].label;
  fill_combo (self->format_row, formats, G_N_ELEMENTS (formats));
  fill_combo (self->preset_row, preset_labels, G_N_ELEMENTS (presets));
  fill_combo (self->scale_row, scales, G_N_ELEMENTS (scales));
  fill_combo (self->theme_row, themes, G_N_ELEMENTS (themes));
  self->restoring = FALSE;
}
