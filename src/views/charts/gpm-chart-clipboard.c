/* gpm-chart-clipboard.c — Ctrl+C on a chart puts it on the clipboard.
 *
 * One content provider offers two forms: a texture of the chart drawn by the renderer
 * at twice the view's logical size (sharp when pasted into a document), and plain text
 * with the plotted values and their sources, for editors that take no pictures. The
 * picture uses the view's style, so hidden series and zoom are what is copied.
 */

#include "config.h"

#include "gpm-chart-clipboard.h"
#include "gpm-chart-export.h"
#include "gpm-chart-renderer.h"

#define COPY_SCALE 2

static GdkTexture *
chart_texture (GpmChartData        *data,
               const GpmChartStyle *style,
               int                  width,
               int                  height)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int stride;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * COPY_SCALE,
                                        height * COPY_SCALE);
  cr = cairo_create (surface);
  cairo_scale (cr, COPY_SCALE, COPY_SCALE);
  gpm_chart_render (cr, width, height, data, style, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height * COPY_SCALE,
                                      (GDestroyNotify) cairo_surface_destroy, surface);

  return gdk_memory_texture_new (width * COPY_SCALE, height * COPY_SCALE, GDK_MEMORY_DEFAULT,
                                 bytes, stride);
}

/**
 * gpm_chart_clipboard_copy:
 *
 * Returns: whether there was a chart to copy
 */
gboolean
gpm_chart_clipboard_copy (GpmChartView *view)
{
  GpmChartData *data = gpm_chart_view_get_data (view);
  g_autoptr(GpmChartStyle) style = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  g_autofree char *text = NULL;
  GdkContentProvider *forms[2];
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));

  g_return_val_if_fail (GPM_IS_CHART_VIEW (view), FALSE);

  if (data == NULL || width <= 0 || height <= 0)
    return FALSE;

  style = gpm_chart_view_dup_style (view);
  texture = chart_texture (data, style, width, height);
  text = gpm_chart_export_dup_values (data, style);
  forms[0] = gdk_content_provider_new_typed (GDK_TYPE_TEXTURE, texture);
  forms[1] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  provider = gdk_content_provider_new_union (forms, G_N_ELEMENTS (forms));

  return gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (view)), provider);
}

static gboolean
copy_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  return gpm_chart_clipboard_copy (GPM_CHART_VIEW (widget));
}

/* Ctrl+C while the chart has the focus; the page keeps Ctrl+Shift+C for the values. */
static void
attach (GpmChartView *view)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (
                                                            GDK_KEY_c, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (
                                                            copy_shortcut, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (view), controller);
}

/**
 * gpm_chart_clipboard_attach:
 * @root: a widget, e.g. the Charts page
 *
 * Gives every chart view inside @root Copy chart on Ctrl+C.
 */
void
gpm_chart_clipboard_attach (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GPM_IS_CHART_VIEW (root))
    attach (GPM_CHART_VIEW (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gpm_chart_clipboard_attach (child);
}
