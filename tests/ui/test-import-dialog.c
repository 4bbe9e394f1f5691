/* test-import-dialog.c — the Import dialog over the main window, under a real display.
 *
 * A temporary database and small CSV files written here (a Chinese header, a bad row,
 * an ambiguous "1,234"). The dialog is opened the way a dropped file opens it, its dry
 * run is awaited and the counts it shows are checked; the mapping and the encoding are
 * changed through its widgets and the re-check is awaited; Import writes the rows and
 * closes the dialog; closing or cancelling writes nothing. Every wait is bounded. Set
 * GPM_TEST_SHOT_DIR to keep screenshots of the dialog.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "gpm-import-dialog-private.h"
#include "gpm-resources.h"
#include "gpm-window.h"
#include "gpm-window-import.h"

#define WAIT_SECONDS 30

static const char chinese_csv[] =
  "厂商,指标,时间,数值,单位\n"
  "华为,出货量,2025Q1,\"12,345\",万片\n"
  "寒武纪,收入,2025年一季度,7.43亿,元\n"
  "海光,出货量,2025-07,abc,万片\n";

typedef struct
{
  char      *dir;
  GpmStore  *store;
  GtkWindow *window;
} Fixture;

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until DONE (DATA) holds, for at most WAIT_SECONDS. */
static void
wait_until (gboolean (*done) (gpointer data),
            gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  guint wake = g_timeout_add (20, tick, NULL);

  while (!done (data))
    {
      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
  g_source_remove (wake);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
dialog_settled (gpointer data)
{
  GpmImportDialog *self = data;

  return self->job == GPM_IMPORT_JOB_NONE && self->preview != NULL
         && (self->report != NULL || self->check_error != NULL || !self->mapping_ok);
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
wait_for_frame (GtkWidget *widget)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint),
                                     &painted);

  gtk_widget_queue_draw (widget);
  wait_until (is_true, &painted);
  g_signal_handler_disconnect (clock, handler);
}

static void
save_shot (GtkWidget  *widget,
           const char *name)
{
  const char *dir = g_getenv ("GPM_TEST_SHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  wait_for_frame (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static GFile *
write_fixture (Fixture    *f,
               const char *name,
               const char *contents)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static guint
count_figures (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) figures = gpm_store_list_observations (f->store, NULL, NULL, &error);

  g_assert_no_error (error);
  return figures->len;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("gpm-import-dialog-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (path, &error);
  g_assert_no_error (error);
  f->window = GTK_WINDOW (g_object_new (GPM_TYPE_WINDOW, "store", f->store, NULL));
  gtk_window_set_default_size (f->window, 1100, 800);
  gtk_window_present (f->window);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpointer weak = f->window;

  g_object_add_weak_pointer (G_OBJECT (f->window), &weak);
  gtk_window_destroy (f->window);
  wait_until (is_null, &weak);
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->dir);
}

/* Opens FILE as a dropped file would, and waits for the dry run. */
static GpmImportDialog *
open_dialog (Fixture *f,
             GFile   *file)
{
  GtkWindow *dialog = gpm_window_import_file (GPM_WINDOW (f->window), file);

  g_assert_true (GPM_IS_IMPORT_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == f->window);
  g_assert_true (gtk_window_get_modal (dialog));
  wait_until (dialog_settled, dialog);

  return GPM_IMPORT_DIALOG (dialog);
}

static void
close_and_assert_finalized (GpmImportDialog *dialog)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_close (GTK_WINDOW (dialog));
  wait_until (is_null, &weak);
}

static const char *
label_text (GtkLabel *label)
{
  return gtk_label_get_text (label);
}

static gboolean
import_enabled (GpmImportDialog *dialog)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (dialog->import_button));
}

static char *
column_title (GpmImportDialog *dialog,
              guint            i)
{
  GListModel *columns = gtk_column_view_get_columns (dialog->preview_view);
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

  return g_strdup (gtk_column_view_column_get_title (column));
}

static void
select_and_wait (GpmImportDialog *dialog,
                 AdwComboRow     *row,
                 guint            position)
{
  adw_combo_row_set_selected (row, position);
  wait_until (dialog_settled, dialog);
}

/* For a screenshot of the list of problems, which comes last. */
static void
scroll_to_end (GpmImportDialog *dialog)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (dialog->problems_group),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;

  wait_for_frame (GTK_WIDGET (dialog));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

/* NAME.png at the default size and NAME-narrow.png at 360 px; with WHOLE, also tall ones
 * that show what lies below the fold, and the end of the page. */
static void
save_shots (GpmImportDialog *dialog,
            const char      *name,
            gboolean         whole)
{
  const struct { const char *suffix; int width, height; gboolean end; } shots[] = {
    { "", 960, 720, FALSE }, { "-narrow", 360, 720, FALSE },
    { "-narrow-tall", 360, 1900, FALSE }, { "-tall", 960, 1900, FALSE },
    { "-end", 960, 1900, TRUE },
  };

  if (g_getenv ("GPM_TEST_SHOT_DIR") == NULL)
    return;
  for (guint i = 0; i < (whole ? G_N_ELEMENTS (shots) : 2); i++)
    {
      g_autofree char *file = g_strconcat (name, shots[i].suffix, ".png", NULL);

      gtk_window_set_default_size (GTK_WINDOW (dialog), shots[i].width, shots[i].height);
      if (shots[i].end)
        scroll_to_end (dialog);
      save_shot (GTK_WIDGET (dialog), file);
    }
  gtk_window_set_default_size (GTK_WINDOW (dialog), 960, 720);
}

static void
test_check_change_and_import (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GFile) file = write_fixture (f, "figures.csv", chinese_csv);
  guint before = count_figures (f);
  GpmImportDialog *dialog = open_dialog (f, file);
  gpointer weak = dialog;
  g_autofree char *title = column_title (dialog, 0);
  g_autofree char *window_title = g_strdup_printf (_("Import “%s”"), "figures.csv");
  g_autofree char *mapped = g_strdup_printf (_("%s → %s"), "厂商",
                                             gpm_import_field_get_label (GPM_IMPORT_FIELD_SUBJECT));

  /* What the dry run found, as the user reads it. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, window_title);
  g_assert_no_error (dialog->check_error);
  g_assert_cmpstr (label_text (dialog->new_label), ==, "2");
  g_assert_cmpstr (label_text (dialog->changed_label), ==, "0");
  g_assert_cmpstr (label_text (dialog->unchanged_label), ==, "0");
  g_assert_cmpstr (label_text (dialog->skipped_label), ==, "1");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dialog->problems_model)), ==, 1);
  g_assert_nonnull (strstr (gtk_string_list_get_string (dialog->problems_model, 0), "“abc”"));
  g_assert_cmpuint (((GpmImportProblem *) g_ptr_array_index (dialog->report->problems, 0))->line,
                    ==, 4);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog->problems_group)));
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->encoding_row), ==, 0);
  g_assert_cmpstr (title, ==, mapped);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dialog->rows_model)), ==, 3);
  g_assert_true (import_enabled (dialog));
  save_shots (dialog, "import-dialog", TRUE);

  /* No value column: the mapping's message shows and nothing can be imported… */
  select_and_wait (dialog, dialog->field_rows[GPM_IMPORT_FIELD_VALUE], 0);
  g_assert_false (dialog->mapping_ok);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog->mapping_message)));
  g_assert_false (import_enabled (dialog));
  /* …until it is given back, and checked again. */
  select_and_wait (dialog, dialog->field_rows[GPM_IMPORT_FIELD_VALUE], 4);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog->mapping_message)));
  g_assert_cmpstr (label_text (dialog->new_label), ==, "2");
  g_assert_true (import_enabled (dialog));

  /* Read as Big5 the header names nothing; read as UTF-8 again it does. */
  select_and_wait (dialog, dialog->encoding_row, 4);
  g_assert_cmpint (dialog->preview->encoding, ==, 4);
  g_assert_false (import_enabled (dialog));
  select_and_wait (dialog, dialog->encoding_row, 0);
  g_assert_true (import_enabled (dialog));

  /* The unit is left to the metric: a choice to remember for this header. */
  select_and_wait (dialog, dialog->field_rows[GPM_IMPORT_FIELD_UNIT], 0);
  g_assert_cmpstr (label_text (dialog->new_label), ==, "2");

  /* Import: the rows are in the database and the dialog is gone. */
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_signal_emit_by_name (dialog->import_button, "clicked");
  wait_until (is_null, &weak);
  g_assert_cmpuint (count_figures (f), ==, before + 2);

  /* The same file again: the remembered mapping, and nothing new. */
  dialog = open_dialog (f, file);
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->field_rows[GPM_IMPORT_FIELD_UNIT]), ==,
                    0);
  g_assert_cmpstr (label_text (dialog->new_label), ==, "0");
  g_assert_cmpstr (label_text (dialog->unchanged_label), ==, "2");
  close_and_assert_finalized (dialog);

  /* The toast's Undo takes the import back, once. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window),
                                                    "undo-import"));
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "undo-import", NULL);
  g_assert_cmpuint (count_figures (f), ==, before);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window),
                                                     "undo-import"));
}

/* The same table as a Chinese Windows spreadsheet saves it: detected, read right. */
static void
test_gb18030_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = g_convert (chinese_csv, -1, "GB18030", "UTF-8", NULL, NULL, &error);
  g_autoptr(GFile) file = NULL;
  GpmImportDialog *dialog;
  GStrv first;

  g_assert_no_error (error);
  file = write_fixture (f, "gbk.csv", bytes);
  dialog = open_dialog (f, file);
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->encoding_row), ==, GPM_ENCODING_GB18030);
  g_assert_cmpstr (dialog->preview->header[0], ==, "厂商");
  first = g_ptr_array_index (dialog->preview->rows, 0);
  g_assert_cmpstr (first[0], ==, "华为");
  g_assert_cmpstr (label_text (dialog->new_label), ==, "2");
  g_assert_cmpstr (label_text (dialog->skipped_label), ==, "1");
  /* The warning follows the detector's doubt, and goes once the user has chosen. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog->encoding_warning))
                 == !dialog->preview->confident);
  save_shots (dialog, "import-dialog-gb18030", FALSE);
  close_and_assert_finalized (dialog);
}

/* Resizes a mapped window as its user would, by the window system: GTK 4.8 applies a
 * new default size only when a window is mapped. */
static gboolean
resize_live (GtkWindow *window,
             int        width,
             int        height)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  if (!GDK_IS_X11_DISPLAY (display))
    return FALSE;
  XResizeWindow (gdk_x11_display_get_xdisplay (display), gdk_x11_surface_get_xid (surface),
                 width, height);
  XFlush (gdk_x11_display_get_xdisplay (display));
  while (gtk_widget_get_width (GTK_WIDGET (window)) > width + 40)
    {
      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
  wait_for_frame (GTK_WIDGET (window));
  return TRUE;
#else
  return FALSE;
#endif
}

/* The preview's cell label showing @text, if it is on screen. */
static GtkLabel *
find_cell (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_cell (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* In a 360 px window the preview scrolls sideways rather than cutting short values to
 * "7.…": the values the preview is there to check read whole. */
static void
test_narrow_preview_reads_whole (Fixture       *f,
                                 gconstpointer  data)
{
  /* Columns the dialog cannot map keep their short headers ("营收"), so only the cells
   * could make them wide enough; and a long note. */
  static const char wide_csv[] =
    "厂商,营收,份额,期间,备注\n"
    "摩尔线程,7.43亿,25%,2024年,据供应链人士称，该季度出货量较上一季度明显回升，主要来自数据中心客户\n"
    "沐曦,11.74亿元,1.5%,2025年一季度,公司公告披露的未经审计数据\n";
  g_autoptr(GFile) file = write_fixture (f, "figures.csv", wide_csv);
  GpmImportDialog *dialog = open_dialog (f, file);
  const char *values[] = { "7.43亿", "11.74亿元", "25%", "1.5%", "2025年一季度" };

  if (!resize_live (GTK_WINDOW (dialog), 360, 720))
    {
      close_and_assert_finalized (dialog);
      g_test_skip ("needs an X11 display to resize a window live");
      return;
    }
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 400);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 400);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      GtkLabel *cell = find_cell (GTK_WIDGET (dialog->preview_view), values[i]);

      g_assert_nonnull (cell);
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (cell)));
    }
  close_and_assert_finalized (dialog);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_query_exists (data, NULL);
}

static void
test_problems_are_saved (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GFile) file = write_fixture (f, "figures.csv", chinese_csv);
  g_autofree char *path = g_build_filename (f->dir, "problems.csv", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  GpmImportDialog *dialog = open_dialog (f, file);

  gpm_import_dialog_save_problems (dialog, target);
  wait_until (file_exists, target);
  /* The toast comes once the file is renamed into place. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "4"));
  g_assert_nonnull (strstr (contents, "数值"));
  close_and_assert_finalized (dialog);
}

static char *
many_rows (guint n)
{
  GString *text = g_string_new ("厂商,指标,时间,数值\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "华为,出货量,%u-%02u,%u\n", 1950 + i / 12, i % 12 + 1, i);

  return g_string_free (text, FALSE);
}

static void
test_cancel_writes_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *rows = many_rows (3000);
  g_autoptr(GFile) file = write_fixture (f, "many.csv", rows);
  guint before = count_figures (f);
  GpmImportDialog *dialog = open_dialog (f, file);

  g_assert_cmpstr (label_text (dialog->new_label), ==, "3000");
  g_assert_true (import_enabled (dialog));

  /* Cancel during the import: it rolls back and says so; the dialog stays. */
  g_signal_emit_by_name (dialog->import_button, "clicked");
  g_assert_cmpint (dialog->job, ==, GPM_IMPORT_JOB_IMPORT);
  g_assert_true (gtk_widget_get_visible (dialog->progress_box));
  g_assert_false (import_enabled (dialog));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (dialog->reading_group)));
  gpm_import_dialog_cancel_job (dialog);
  save_shots (dialog, "import-dialog-cancelling", FALSE);
  wait_until (dialog_settled, dialog);
  g_assert_cmpuint (count_figures (f), ==, before);
  g_assert_true (import_enabled (dialog));

  /* Closing with Cancel writes nothing either. */
  close_and_assert_finalized (dialog);
  g_assert_cmpuint (count_figures (f), ==, before);
}

static void
test_unsettled_mark_blocks_import (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_fixture (f, "ambiguous.csv",
                                         "厂商,指标,时间,数值\n华为,出货量,2025Q1,\"1,234\"\n");
  GpmImportDialog *dialog = open_dialog (f, file);
  const char *subtitle;

  g_assert_nonnull (dialog->report);
  g_assert_true (dialog->report->mark_unsettled);
  g_assert_true (gtk_widget_get_visible (dialog->mark_warning_row));
  subtitle = gtk_label_get_text (dialog->mark_warning_label);
  g_assert_nonnull (strstr (subtitle, "1,234"));
  g_assert_cmpuint (dialog->report->ambiguous_line, ==, 2);
  g_assert_false (import_enabled (dialog));
  save_shots (dialog, "import-dialog-mark", FALSE);

  /* Point decides it. */
  select_and_wait (dialog, dialog->decimal_row, GPM_DECIMAL_MARK_POINT);
  g_assert_nonnull (dialog->report);
  g_assert_false (dialog->report->mark_unsettled);
  g_assert_false (gtk_widget_get_visible (dialog->mark_warning_row));
  g_assert_true (import_enabled (dialog));
  close_and_assert_finalized (dialog);
}

static void
test_unreadable_file (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "missing.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GpmImportDialog *dialog = GPM_IMPORT_DIALOG (gpm_window_import_file (GPM_WINDOW (f->window),
                                                                       file));
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  /* No preview ever comes: the reason shows, and Import stays off. */
  while (dialog->job != GPM_IMPORT_JOB_NONE)
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
  g_assert_null (dialog->preview);
  g_assert_nonnull (dialog->check_error);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog->error_row)));
  g_assert_false (import_enabled (dialog));
  close_and_assert_finalized (dialog);
}

/* Whether a button bound to ACTION would be sensitive, as the menu item would be. */
static gboolean
action_is_enabled (GtkWindow  *window,
                   const char *action)
{
  GtkWidget *box = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  GtkWidget *button = gtk_button_new ();
  gboolean sensitive;

  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (button), action);
  gtk_box_append (GTK_BOX (box), button);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  sensitive = gtk_widget_get_sensitive (button);
  gtk_box_remove (GTK_BOX (box), button);

  return sensitive;
}

static void
test_action_needs_a_store (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GFile) file = write_fixture (f, "figures.csv", chinese_csv);

  g_assert_true (action_is_enabled (f->window, "win.import"));
  gpm_window_set_store (GPM_WINDOW (f->window), NULL);
  g_assert_false (action_is_enabled (f->window, "win.import"));
  /* A dropped file is refused too: there is nowhere to put it. */
  g_assert_null (gpm_window_import_file (GPM_WINDOW (f->window), file));
  gpm_window_set_store (GPM_WINDOW (f->window), f->store);
  g_assert_true (action_is_enabled (f->window, "win.import"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* For screenshots in another language: a folder of <lang>/LC_MESSAGES/gpu-market.mo. */
  if (g_getenv ("GPM_TEST_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("GPM_TEST_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  adw_init ();
  gpm_register_resource ();

  g_test_add ("/import-dialog/check-change-import", Fixture, NULL, fixture_set_up,
              test_check_change_and_import, fixture_tear_down);
  g_test_add ("/import-dialog/narrow-preview", Fixture, NULL, fixture_set_up,
              test_narrow_preview_reads_whole, fixture_tear_down);
  g_test_add ("/import-dialog/gb18030", Fixture, NULL, fixture_set_up,
              test_gb18030_file, fixture_tear_down);
  g_test_add ("/import-dialog/save-problems", Fixture, NULL, fixture_set_up,
              test_problems_are_saved, fixture_tear_down);
  g_test_add ("/import-dialog/cancel", Fixture, NULL, fixture_set_up,
              test_cancel_writes_nothing, fixture_tear_down);
  g_test_add ("/import-dialog/unsettled-mark", Fixture, NULL, fixture_set_up,
              test_unsettled_mark_blocks_import, fixture_tear_down);
  g_test_add ("/import-dialog/unreadable-file", Fixture, NULL, fixture_set_up,
              test_unreadable_file, fixture_tear_down);
  g_test_add ("/import-dialog/action-needs-store", Fixture, NULL, fixture_set_up,
              test_action_needs_a_store, fixture_tear_down);

  return g_test_run ();
}
