/* test-export-dialog.c — Export… from the main window, under a real display.
 *
 * Opens the dialog through win.export on the Charts page, picks a preset, makes the
 * size too small (Export goes insensitive and the renderer's message shows), exports
 * a PNG to a temporary path (calling the dialog's export instead of the native file
 * chooser) and checks its pixel size; then checks that the chart widget's own picture
 * and the exported PNG at the same logical size are the same picture. Set
 * GPM_TEST_SHOT_DIR to keep screenshots of the dialog.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "gpm-chart-clipboard.h"
#include "gpm-chart-export.h"
#include "gpm-charts-page-private.h"
#include "gpm-export-dialog.h"
#include "gpm-resources.h"
#include "gpm-timeline-page.h"
#include "gpm-vendors-page.h"
#include "gpm-window.h"

typedef struct
{
  char          *dir;
  GpmStore      *store;
  GtkWindow     *window;
  GpmChartsPage *page;
} Fixture;

static void
wait_until (gboolean (*done) (Fixture *f),
            Fixture  *f)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (f))
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
}

static gboolean
chart_drawn (Fixture *f)
{
  double x, y;

  return f->page->query_cancellable == NULL
         && gpm_chart_view_get_data (f->page->chart_view) != NULL
         && gpm_chart_view_get_point_position (f->page->chart_view, 0, 0, &x, &y);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("gpm-export-dialog-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (path, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (g_object_new (GPM_TYPE_WINDOW, "store", f->store, NULL));
  gtk_window_set_default_size (f->window, 1200, 800);
  gpm_window_show_page (GPM_WINDOW (f->window), "charts");
  gtk_window_present (f->window);
  f->page = GPM_CHARTS_PAGE (find_descendant (GTK_WIDGET (f->window), GPM_TYPE_CHARTS_PAGE));
  g_assert_nonnull (f->page);
  wait_until (chart_drawn, f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (gpm_store_get_path (f->store));
  const char *suffixes[] = { "", "-wal", "-shm" };
  gpointer weak = f->window;

  g_object_add_weak_pointer (G_OBJECT (f->window), &weak);
  gtk_window_destroy (f->window);
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);

  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static GpmExportDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GPM_IS_EXPORT_DIALOG (window))
        return GPM_EXPORT_DIALOG (window);
    }

  return NULL;
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_for_frame (GtkWidget *widget)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong handler;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

/* The widget as it is on screen, drawn by its window's renderer. */
static GdkTexture *
render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (renderer, node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
save_shot (GtkWidget  *widget,
           const char *name)
{
  const char *dir = g_getenv ("GPM_TEST_SHOT_DIR");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  wait_for_frame (widget);
  texture = render_widget (widget);
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static void
on_exported (GpmExportDialog *dialog,
             GFile           *file,
             gboolean        *done)
{
  *done = TRUE;
}

static void
test_dialog_presets_preflight_and_export (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *target = g_build_filename (f->dir, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autofree char *name = NULL;
  GpmExportDialog *dialog;
  gpointer weak;
  gboolean done = FALSE;
  cairo_surface_t *png;
  int width, height;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == f->window);
  wait_for_frame (GTK_WIDGET (dialog));
  save_shot (GTK_WIDGET (dialog), "export-dialog.png");
  if (g_getenv ("GPM_TEST_SHOT_DIR") != NULL)
    {
      /* The narrowest a phone-sized window gets. */
      gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 700);
      save_shot (GTK_WIDGET (dialog), "export-dialog-narrow.png");
    }

  /* A preset sets the size and is remembered. */
  gpm_export_dialog_select_preset (dialog, "slide-4-3");
  gpm_export_dialog_get_size (dialog, &width, &height);
  g_assert_cmpint (width, ==, 1600);
  g_assert_cmpint (height, ==, 1200);
  g_assert_true (gpm_export_dialog_get_can_export (dialog));
  {
    g_autofree char *preset = g_settings_get_string (settings, "export-preset");

    g_assert_cmpstr (preset, ==, "slide-4-3");
  }

  /* Too small to lay the chart out: the renderer's message, Export insensitive. */
  gpm_export_dialog_set_custom_size (dialog, 60, 40);
  g_assert_false (gpm_export_dialog_get_can_export (dialog));
  g_assert_nonnull (gpm_export_dialog_get_size_message (dialog));
  g_assert_cmpstr (gpm_export_dialog_get_size_message (dialog), !=, "");
  {
    g_autofree char *preset = g_settings_get_string (settings, "export-preset");

    g_assert_cmpstr (preset, ==, "custom");
  }
  save_shot (GTK_WIDGET (dialog), "export-dialog-too-small.png");

  /* A size that fits: exported at 2× off the main thread, then the dialog closes. */
  gpm_export_dialog_set_custom_size (dialog, 800, 450);
  g_assert_true (gpm_export_dialog_get_can_export (dialog));
  g_assert_cmpfloat (gpm_export_dialog_get_scale (dialog), ==, 2.0);
  name = gpm_export_dialog_dup_file_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".png"));
  g_assert_null (strchr (name, '/'));

  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported), &done);
  gpm_export_dialog_export (dialog, file);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);

  png = cairo_image_surface_create_from_png (target);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 900);
  cairo_surface_destroy (png);
  g_remove (target);
}

/* What you see is what you export: the widget and the PNG at its logical size. */
static void
test_widget_equals_export (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (f->page->chart_view);
  g_autofree char *target = g_build_filename (f->dir, "same.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GpmChartStyle) style = NULL;
  g_autoptr(GdkTexture) shown = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guchar *pixels = NULL;
  cairo_surface_t *png;
  int width, height, stride, png_stride;
  const guchar *exported;
  guint differing = 0;

  wait_for_frame (view);
  width = gtk_widget_get_width (view);
  height = gtk_widget_get_height (view);
  shown = render_widget (view);
  g_assert_cmpint (gdk_texture_get_width (shown), ==, width);

  style = gpm_chart_view_dup_style (f->page->chart_view);
  g_assert_true (gpm_chart_export (gpm_chart_view_get_data (f->page->chart_view), style,
                                   GPM_CHART_FORMAT_PNG, width, height, 1.0, file, NULL,
                                   &error));
  g_assert_no_error (error);

  stride = width * 4;
  pixels = g_malloc ((gsize) stride * height);
  gdk_texture_download (shown, pixels, stride);
  png = cairo_image_surface_create_from_png (target);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, height);
  exported = cairo_image_surface_get_data (png);
  png_stride = cairo_image_surface_get_stride (png);

  /* Both are premultiplied native-endian ARGB; allow the renderers' rounding. */
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width * 4; x++)
      if (abs ((int) pixels[y * stride + x] - (int) exported[y * png_stride + x]) > 8)
        {
          differing++;
          break;
        }
  cairo_surface_destroy (png);
  g_remove (target);
  g_test_message ("%u of %d rows differ", differing, height);
  g_assert_cmpuint (differing, <=, (guint) height / 100);
}

/* Cancel closes the dialog, and closing it while it writes leaves no temporary file. */
static void
test_cancel_and_close_while_writing (Fixture       *f,
                                     gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->dir, "closed.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GDir) dir = NULL;
  GpmExportDialog *dialog;
  gpointer weak;
  const char *name;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL));
  dialog = find_dialog ();
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL));
  dialog = find_dialog ();
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gpm_export_dialog_select_preset (dialog, "slide-16-9");
  gpm_export_dialog_export (dialog, file);
  gtk_window_close (GTK_WINDOW (dialog));
  while (weak != NULL)
    g_main_context_iteration (NULL, TRUE);

  /* Either the whole picture (it finished first) or nothing; never a temporary. */
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_has_prefix (name, "market.db") || g_str_equal (name, "closed.png"));
  g_remove (target);
}

static GpmTimelinePage *timeline_page;

static gboolean
timeline_loaded (Fixture *f)
{
  return !gpm_timeline_page_get_loading (timeline_page)
         && g_list_model_get_n_items (gpm_timeline_page_get_shown (timeline_page)) > 0;
}

/* The Timeline page exports its visible range as PNG; other formats are greyed out. */
static void
test_timeline_export (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->dir, "timeline.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  GpmExportDialog *dialog;
  gboolean done = FALSE;
  cairo_surface_t *png;

  gpm_window_show_page (GPM_WINDOW (f->window), "timeline");
  timeline_page = GPM_TIMELINE_PAGE (find_descendant (GTK_WIDGET (f->window),
                                                      GPM_TYPE_TIMELINE_PAGE));
  wait_until (timeline_loaded, f);
  wait_for_frame (GTK_WIDGET (f->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  wait_for_frame (GTK_WIDGET (dialog));
  save_shot (GTK_WIDGET (dialog), "export-dialog-timeline.png");
  gpm_export_dialog_select_preset (dialog, "document");
  gpm_export_dialog_set_custom_size (dialog, 100, 60);
  g_assert_false (gpm_export_dialog_get_can_export (dialog));
  gpm_export_dialog_set_custom_size (dialog, 1000, 500);
  g_assert_true (gpm_export_dialog_get_can_export (dialog));
  g_assert_cmpfloat (gpm_export_dialog_get_scale (dialog), ==, 2.0);

  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported), &done);
  gpm_export_dialog_export (dialog, file);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  png = cairo_image_surface_create_from_png (target);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 2000);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1000);
  cairo_surface_destroy (png);
  if (g_getenv ("GPM_TEST_SHOT_DIR") == NULL)
    g_remove (target);
  else
    {
      g_autofree char *keep = g_build_filename (g_getenv ("GPM_TEST_SHOT_DIR"),
                                                "timeline-export.png", NULL);
      g_rename (target, keep);
    }
}

/* Copy chart: a 2× texture and the plotted values as text, in one provider. */
static void
test_copy_chart (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (f->page->chart_view);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (view);
  GdkContentProvider *provider;
  g_autoptr(GdkContentFormats) formats = NULL;
  g_auto(GValue) texture = G_VALUE_INIT;
  g_auto(GValue) text = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  wait_for_frame (view);
  gtk_widget_grab_focus (view);
  g_assert_true (gpm_chart_clipboard_copy (f->page->chart_view));
  provider = gdk_clipboard_get_content (clipboard);
  g_assert_nonnull (provider);
  formats = gdk_content_provider_ref_formats (provider);
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));
  g_assert_true (gdk_content_formats_contain_gtype (formats, G_TYPE_STRING));

  g_value_init (&texture, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (provider, &texture, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (g_value_get_object (&texture)), ==,
                   2 * gtk_widget_get_width (view));
  g_value_init (&text, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (provider, &text, &error));
  g_assert_nonnull (strstr (g_value_get_string (&text), "IT Times"));
  g_assert_nonnull (strstr (g_value_get_string (&text), "\t"));
}

static gint64
metax_id (Fixture *f)
{
  g_autoptr(GPtrArray) vendors = gpm_store_list_vendors (f->store, NULL, NULL);

  for (guint i = 0; i < vendors->len; i++)
    if (g_str_equal (gpm_vendor_get_key (g_ptr_array_index (vendors, i)), "metax"))
      return gpm_vendor_get_id (g_ptr_array_index (vendors, i));

  g_assert_not_reached ();
}

static gboolean
vendors_loaded (Fixture *f)
{
  GtkWidget *vendors = find_descendant (GTK_WIDGET (f->window), GPM_TYPE_VENDORS_PAGE);

  return !gpm_vendors_page_get_loading (GPM_VENDORS_PAGE (vendors));
}

/* A vendor's profile shows a chart of revenue and net profit: Export… takes that one. */
static gboolean
profile_chart_drawn (Fixture *f)
{
  GtkWidget *vendors = find_descendant (GTK_WIDGET (f->window), GPM_TYPE_VENDORS_PAGE);
  GtkWidget *view = find_descendant (vendors, GPM_TYPE_CHART_VIEW);

  return view != NULL && gtk_widget_get_mapped (view) &&
         gpm_chart_view_get_data (GPM_CHART_VIEW (view)) != NULL;
}

static void
test_profile_chart_exports (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *vendors = find_descendant (GTK_WIDGET (f->window), GPM_TYPE_VENDORS_PAGE);
  GpmExportDialog *dialog;

  gpm_window_show_page (GPM_WINDOW (f->window), "vendors");
  /* Until a vendor is picked there is no chart, and Export… says so rather than open. */
  g_assert_null (gpm_export_dialog_new_for_page (f->window, vendors));

  wait_until (vendors_loaded, f);
  g_assert_true (gpm_vendors_page_select_vendor (GPM_VENDORS_PAGE (vendors), metax_id (f)));
  wait_until (profile_chart_drawn, f);

  dialog = gpm_export_dialog_new_for_page (f->window, vendors);
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gpm_register_resource ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export-dialog/presets-preflight-export", test_dialog_presets_preflight_and_export);
  ADD ("/export-dialog/widget-equals-export", test_widget_equals_export);
  ADD ("/export-dialog/copy-chart", test_copy_chart);
  ADD ("/export-dialog/timeline", test_timeline_export);
  ADD ("/export-dialog/cancel", test_cancel_and_close_while_writing);
  ADD ("/export-dialog/profile-chart", test_profile_chart_exports);
#undef ADD

  return g_test_run ();
}
