/* gpm-chart-export.c — PNG, SVG and PDF export through the renderer that draws the screen.
 *
 * The picture is laid out at the logical size and drawn at SCALE device pixels per
 * logical pixel, so a 2× export is the on-screen chart, sharper. The file is written
 * through GIO's replace: a temporary file renamed over the target once complete, so an
 * interrupted export leaves the old file or the new one, never half of one.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include "gpm-chart-export.h"
#include "gpm-chart-renderer.h"
#include "gpm-png.h"

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, sink->cancellable,
                                  &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

gboolean
gpm_chart_format_from_name (const char     *name,
                            GpmChartFormat *format)
{
  static const char *names[] = { "png", "svg", "pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = (GpmChartFormat) i;
        return TRUE;
      }

  return FALSE;
}

static void
draw (cairo_surface_t    *surface,
      const GpmChartData  *data,
      const GpmChartStyle *style,
      int                  width,
      int                  height,
      double               scale)
{
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  gpm_chart_render (cr, width, height, data, style, NULL);
  cairo_destroy (cr);
}

static cairo_status_t
write_surface (GpmChartFormat       format,
               const GpmChartData  *data,
               const GpmChartStyle *style,
               int                  width,
               int                  height,
               double               scale,
               Sink             *sink)
{
  cairo_surface_t *surface;
  cairo_status_t status;

  switch (format)
    {
    case GPM_CHART_FORMAT_SVG:
      /* Vector formats carry the logical size; cairo embeds the fonts' glyphs. */
      surface = cairo_svg_surface_create_for_stream (write_to_stream, sink, width, height);
      draw (surface, data, style, width, height, 1.0);
      break;
    case GPM_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_stream, sink, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      gpm_chart_data_get_title (data));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "GPU Market");
      draw (surface, data, style, width, height, 1.0);
      break;
    case GPM_CHART_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * scale + 0.5),
                                            (int) (height * scale + 0.5));
      draw (surface, data, style, width, height, scale);
      status = gpm_png_write (surface, GPM_PNG_LEVEL, write_to_stream, sink);
      cairo_surface_destroy (surface);
      return status;
    }

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

gboolean
gpm_chart_export (const GpmChartData   *data,
                  const GpmChartStyle  *style,
                  GpmChartFormat        format,
                  int                   width,
                  int                   height,
                  double                scale,
                  GFile                *file,
                  GCancellable         *cancellable,
                  GError              **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  cairo_status_t status;
  Sink sink = { NULL, cancellable, NULL };

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (scale > 0, FALSE);

  /* Refuse a size the chart cannot be laid out in before touching the file. */
  if (!gpm_chart_layout_check (width, height, data, style, error))
    return FALSE;

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable,
                        error);
  if (out == NULL)
    return FALSE;

  sink.stream = G_OUTPUT_STREAM (out);
  status = write_surface (format, data, style, width, height, scale, &sink);
  if (status != CAIRO_STATUS_SUCCESS || sink.error != NULL)
    {
      /* Closing a cancelled replace discards the temporary file. */
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (out), abort, NULL);
      if (sink.error != NULL)
        g_propagate_error (error, sink.error);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write the chart: %s",
                     cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error);
}
