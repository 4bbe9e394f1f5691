/* gpm-chart-export.c — PNG, SVG and PDF export through the renderer that draws the screen.
 *
 * The picture is laid out at the logical size and drawn at SCALE device pixels per
 * logical pixel, so a 2× export is the on-screen chart, sharper. The file is written
 * through gpm-safe-file: a temporary file flushed and renamed over the target once
 * complete, so an interrupted export leaves the old file or the new one, never half.
 *
 * Metadata (title, sources, period) goes into PNG text chunks, an SVG <title> and <desc>
 * (cairo 1.16 has no SVG metadata call, so they are spliced in after the <svg> tag) and
 * the PDF document info. Nothing depends on the clock: the PDF's creation date, which
 * cairo would otherwise set to now, is the date of the newest source, so the same chart
 * gives the same bytes in every format.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "gpm-chart-export.h"
#include "gpm-chart-renderer.h"
#include "gpm-png.h"
#include "gpm-safe-file.h"

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

static gboolean
series_shown (const GpmChartStyle *style,
              guint                index)
{
  return style == NULL || !gpm_chart_style_get_series_hidden (style, index);
}

/* Every source of the shown series once, as the footer names them, without its label. */
char *
gpm_chart_export_dup_sources (const GpmChartData  *data,
                              const GpmChartStyle *style)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (data != NULL, NULL);

  for (guint s = 0; s < gpm_chart_data_get_n_series (data); s++)
    {
      GpmChartSeries *series = gpm_chart_data_get_series (data, s);

      if (!series_shown (style, s))
        continue;
      for (guint p = 0; p < gpm_chart_series_get_n_provenances (series); p++)
        {
          const char *title, *date;
          char *text;

          gpm_chart_series_get_provenance (series, p, &title, &date, NULL);
          if (title == NULL)
            continue;
          text = date != NULL ? g_strdup_printf ("%s, %s", title, date) : g_strdup (title);
          if (g_ptr_array_find_with_equal_func (seen, text, g_str_equal, NULL))
            g_free (text);
          else
            g_ptr_array_add (seen, text);
        }
    }
  g_ptr_array_add (seen, NULL);

  return g_strjoinv ("; ", (char **) seen->pdata);
}

/* A day as the reader knows it, for points without a period text. */
static char *
format_day (double days)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc ((gint64) floor (days) * 86400);

  return date != NULL ? g_date_time_format (date, "%Y-%m-%d") : g_strdup ("");
}

static char *
point_period (const GpmChartPoint *point,
              gboolean             end)
{
  if (point->period != NULL)
    return g_strdup (point->period);

  /* A span [start, end) ends the day before its end. */
  return format_day (end && point->x_end > point->x_start ? point->x_end - 1 : point->x_start);
}

/* "2022 – 2025-Q1": the first and last period plotted (within the zoom, if any). */
char *
gpm_chart_export_dup_period (const GpmChartData  *data,
                             const GpmChartStyle *style)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, from = -G_MAXDOUBLE, to = G_MAXDOUBLE;

  g_return_val_if_fail (data != NULL, NULL);

  if (style != NULL)
    gpm_chart_style_get_x_range (style, &from, &to);
  for (guint s = 0; s < gpm_chart_data_get_n_series (data); s++)
    {
      GpmChartSeries *series = gpm_chart_data_get_series (data, s);
      guint n = gpm_chart_series_get_n_points (series);
      /* A long series is in time order: its ends are enough. */
      guint jump = n > 4096 ? n - 1 : 1;

      if (!series_shown (style, s) || gpm_chart_series_is_categorical (series))
        continue;
      for (guint i = 0; i < n; i += i == 0 ? jump : 1)
        {
          GpmChartPoint point;

          if (!gpm_chart_series_get_point (series, i, &point) || point.category != NULL
              || !isfinite (point.value) || point.x_start > to
              || MAX (point.x_end, point.x_start) < from)
            continue;
          if (point.x_start < lo)
            {
              lo = point.x_start;
              g_free (first);
              first = point_period (&point, FALSE);
            }
          if (point.x_start > hi)
            {
              hi = point.x_start;
              g_free (last);
              last = point_period (&point, TRUE);
            }
        }
    }

  if (first == NULL)
    return g_strdup ("");
  if (g_str_equal (first, last))
    return g_steal_pointer (&first);

  return g_strdup_printf ("%s – %s", first, last);
}

/* The plotted values, one tab-separated line per point, then the sources: the text
 * that goes with a picture of the chart on the clipboard. */
char *
gpm_chart_export_dup_values (const GpmChartData  *data,
                             const GpmChartStyle *style)
{
  g_autoptr(GString) text = g_string_new (gpm_chart_data_get_title (data));
  g_autofree char *sources = gpm_chart_export_dup_sources (data, style);

  g_return_val_if_fail (data != NULL, NULL);

  if (text->len > 0)
    g_string_append_c (text, '\n');
  for (guint s = 0; s < gpm_chart_data_get_n_series (data); s++)
    {
      GpmChartSeries *series = gpm_chart_data_get_series (data, s);
      const char *unit = gpm_chart_series_get_unit (series);
      /* A clipboard text of a million lines helps nobody. */
      guint n = MIN (gpm_chart_series_get_n_points (series), 10000);

      if (!series_shown (style, s))
        continue;
      for (guint i = 0; i < n; i++)
        {
          GpmChartPoint point;
          g_autofree char *period = NULL;
          char value[G_ASCII_DTOSTR_BUF_SIZE];

          if (!gpm_chart_series_get_point (series, i, &point) || !isfinite (point.value))
            continue;
          period = point.category != NULL ? g_strdup (point.category)
                                          : point_period (&point, FALSE);
          g_ascii_formatd (value, sizeof value, "%.10g", point.value);
          g_string_append_printf (text, "%s\t%s\t%s%s%s\t%s%s%s\n",
                                  gpm_chart_series_get_label (series), period, value,
                                  unit != NULL && *unit != '\0' ? " " : "",
                                  unit != NULL ? unit : "",
                                  point.source_title != NULL ? point.source_title : "",
                                  point.source_date != NULL ? ", " : "",
                                  point.source_date != NULL ? point.source_date : "");
        }
    }
  if (*sources != '\0')
    g_string_append_printf (text, "\n%s\n", sources);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The newest source date as a PDF date, so the file does not change with the clock. */
char *
gpm_chart_export_dup_pdf_date (const GpmChartData *data)
{
  g_autofree char *newest = NULL;
  int year = 1970, month = 1;

  for (guint s = 0; s < gpm_chart_data_get_n_series (data); s++)
    {
      GpmChartSeries *series = gpm_chart_data_get_series (data, s);

      for (guint p = 0; p < gpm_chart_series_get_n_provenances (series); p++)
        {
          const char *date;

          gpm_chart_series_get_provenance (series, p, NULL, &date, NULL);
          if (date != NULL && g_ascii_isdigit (*date) && g_strcmp0 (date, newest) > 0)
            {
              g_free (newest);
              newest = g_strdup (date);
            }
        }
    }
  if (newest != NULL && sscanf (newest, "%4d-%2d", &year, &month) < 1)
    year = 1970;
  month = CLAMP (month, 1, 12);

  return g_strdup_printf ("%04d-%02d-01T00:00:00Z", CLAMP (year, 1970, 9999), month);
}

/* cairo stamps the clock's time unless told otherwise: a fixed @date keeps the same
 * input giving the same bytes. */
void
gpm_export_set_pdf_date (cairo_surface_t *surface,
                         const char      *date)
{
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

static void
set_pdf_metadata (cairo_surface_t     *surface,
                  const GpmChartData  *data,
                  const GpmChartStyle *style)
{
  g_autofree char *sources = gpm_chart_export_dup_sources (data, style);
  g_autofree char *period = gpm_chart_export_dup_period (data, style);
  g_autofree char *subject = NULL;
  g_autofree char *date = gpm_chart_export_dup_pdf_date (data);

  subject = *period != '\0' ? g_strdup_printf ("%s (%s)", sources, period) : g_strdup (sources);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  gpm_chart_data_get_title (data));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, period);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "GPU Market");
  gpm_export_set_pdf_date (surface, date);
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* The SVG with <title> and <desc> right after its opening tag, as SVG wants them. */
static cairo_status_t
write_svg (const GpmChartData  *data,
           const GpmChartStyle *style,
           int                  width,
           int                  height,
           Sink                *sink)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *sources = gpm_chart_export_dup_sources (data, style);
  g_autofree char *period = gpm_chart_export_dup_period (data, style);
  g_autofree char *meta = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  const char *svg, *open;
  gsize head = 0;

  surface = cairo_svg_surface_create_for_stream (append_to_bytes, bytes, width, height);
  draw (surface, data, style, width, height, 1.0);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    return status;

  g_byte_array_append (bytes, (const guint8 *) "", 1);
  svg = (const char *) bytes->data;
  if ((open = strstr (svg, "<svg")) != NULL && (open = strchr (open, '>')) != NULL)
    head = open + 1 - svg;
  meta = g_markup_printf_escaped ("\n<title>%s</title>\n<desc>%s%s%s%s</desc>",
                                  gpm_chart_data_get_title (data), sources,
                                  *period != '\0' ? " (" : "", period,
                                  *period != '\0' ? ")" : "");
  if (write_to_stream (sink, bytes->data, head) != CAIRO_STATUS_SUCCESS
      || (head > 0 && write_to_stream (sink, (const guchar *) meta, strlen (meta))
          != CAIRO_STATUS_SUCCESS))
    return CAIRO_STATUS_WRITE_ERROR;

  return write_to_stream (sink, bytes->data + head, bytes->len - 1 - head);
}

static cairo_status_t
write_png (const GpmChartData  *data,
           const GpmChartStyle *style,
           int                  width,
           int                  height,
           double               scale,
           Sink                *sink)
{
  g_autofree char *sources = gpm_chart_export_dup_sources (data, style);
  g_autofree char *period = gpm_chart_export_dup_period (data, style);
  const char *title = gpm_chart_data_get_title (data);
  const char *text[] = { "Title", title != NULL ? title : "", "Source", sources,
                         "Period", period, "Software", "GPU Market", NULL };
  cairo_surface_t *surface;
  cairo_status_t status;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * scale + 0.5),
                                        (int) (height * scale + 0.5));
  draw (surface, data, style, width, height, scale);
  status = gpm_png_write_with_text (surface, GPM_PNG_LEVEL, text, write_to_stream, sink);
  cairo_surface_destroy (surface);

  return status;
}

static cairo_status_t
write_surface (GpmChartFormat       format,
               const GpmChartData  *data,
               const GpmChartStyle *style,
               int                  width,
               int                  height,
               double               scale,
               Sink                *sink)
{
  cairo_surface_t *surface;
  cairo_status_t status;

  switch (format)
    {
    case GPM_CHART_FORMAT_SVG:
      /* Vector formats carry the logical size; cairo embeds the fonts' glyphs. */
      return write_svg (data, style, width, height, sink);
    case GPM_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_stream, sink, width, height);
      set_pdf_metadata (surface, data, style);
      draw (surface, data, style, width, height, 1.0);
      break;
    case GPM_CHART_FORMAT_PNG:
    default:
      return write_png (data, style, width, height, scale, sink);
    }

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

typedef cairo_status_t (*WriteFunc) (gpointer  user_data,
                                     Sink     *sink);

/* Runs WRITE into a temporary file renamed over FILE once complete and on disk
 * (gpm-safe-file.c); discarded on error or cancel. */
static gboolean
replace_file (GFile         *file,
              WriteFunc      write,
              gpointer       user_data,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GpmSafeFile) out = NULL;
  cairo_status_t status;
  Sink sink = { NULL, cancellable, NULL };

  out = gpm_safe_file_new (file, error);
  if (out == NULL)
    return FALSE;

  sink.stream = gpm_safe_file_get_stream (out);
  status = write (user_data, &sink);
  if (status != CAIRO_STATUS_SUCCESS || sink.error != NULL)
    {
      if (sink.error != NULL)
        g_propagate_error (error, sink.error);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write the chart: %s",
                     cairo_status_to_string (status));
      return FALSE;
    }

  return gpm_safe_file_commit (out, cancellable, error);
}

typedef struct
{
  GpmChartFormat       format;
  const GpmChartData  *data;
  const GpmChartStyle *style;
  int                  width;
  int                  height;
  double               scale;
} ChartJob;

static cairo_status_t
write_chart (gpointer  user_data,
             Sink     *sink)
{
  ChartJob *job = user_data;

  return write_surface (job->format, job->data, job->style, job->width, job->height,
                        job->scale, sink);
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
  ChartJob job = { format, data, style, width, height, scale };

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (scale > 0, FALSE);

  /* Refuse a size the chart cannot be laid out in before touching the file. */
  if (!gpm_chart_layout_check (width, height, data, style, error))
    return FALSE;

  return replace_file (file, write_chart, &job, cancellable, error);
}

typedef struct
{
  cairo_surface_t    *surface;
  const char * const *text;
} PngJob;

static cairo_status_t
write_png_surface (gpointer  user_data,
                   Sink     *sink)
{
  PngJob *job = user_data;

  return gpm_png_write_with_text (job->surface, GPM_PNG_LEVEL, job->text, write_to_stream,
                                  sink);
}

/**
 * gpm_export_png_surface:
 * @text: (nullable): key, value pairs for the PNG's text chunks, ending with NULL
 *
 * Writes a picture drawn elsewhere (the timeline) as PNG with the same atomic replace
 * as a chart export.
 */
gboolean
gpm_export_png_surface (cairo_surface_t     *surface,
                        const char * const  *text,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GError             **error)
{
  PngJob job = { surface, text };

  g_return_val_if_fail (surface != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return replace_file (file, write_png_surface, &job, cancellable, error);
}

/**
 * gpm_export_safe_file_name:
 *
 * A file name made from a chart's title: characters that file systems or shells
 * refuse become "-", Chinese stays, at most 80 characters, never empty.
 */
char *
gpm_export_safe_file_name (const char *title)
{
  g_autoptr(GString) name = g_string_new (NULL);
  const char *p;
  guint n = 0;

  for (p = title != NULL ? title : ""; *p != '\0' && n < 80; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        c = '-';
      if (c == '-' && name->len > 0 && name->str[name->len - 1] == '-')
        continue;
      g_string_append_unichar (name, c);
    }
  g_strstrip (name->str);
  name->len = strlen (name->str);
  while (name->len > 0 && (name->str[0] == '.' || name->str[0] == '-'))
    g_string_erase (name, 0, 1);
  if (name->len == 0)
    g_string_assign (name, "chart");

  return g_string_free (g_steal_pointer (&name), FALSE);
}
