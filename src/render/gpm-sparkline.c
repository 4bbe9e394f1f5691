/* gpm-sparkline.c — draws a sparkline into a width × height box of any cairo context.
 *
 * The vertical range is the data's own (a sparkline shows shape, not magnitude), widened
 * to include zero only when the series crosses it, in which case a faint zero line tells
 * profits from losses. Non-finite values are skipped, leaving a gap.
 */

#include "config.h"

#include <math.h>

#include "gpm-sparkline.h"

#define DOT_RADIUS 2.0
#define LINE_WIDTH 1.5

static void
set_color (cairo_t       *cr,
           const GpmRgba *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static gboolean
find_range (const double *values,
            guint         n_values,
            double       *lo,
            double       *hi)
{
  gboolean any = FALSE;

  *lo = INFINITY;
  *hi = -INFINITY;
  for (guint i = 0; i < n_values; i++)
    if (isfinite (values[i]))
      {
        *lo = MIN (*lo, values[i]);
        *hi = MAX (*hi, values[i]);
        any = TRUE;
      }

  if (any && *lo < 0 && *hi > 0)
    {
      *lo = MIN (*lo, 0);
      *hi = MAX (*hi, 0);
    }

  return any;
}

static void
draw_dot (cairo_t       *cr,
          double         x,
          double         y,
          guint8         flags,
          const GpmRgba *color,
          const GpmRgba *warning)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, DOT_RADIUS, 0, 2 * G_PI);
  if (flags & GPM_SPARKLINE_DOUBTFUL)
    {
      set_color (cr, warning, 1.0);
      cairo_set_line_width (cr, LINE_WIDTH);
      cairo_stroke (cr);
    }
  else if (flags & GPM_SPARKLINE_FORECAST)
    {
      set_color (cr, color, 1.0);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
  else
    {
      set_color (cr, color, 1.0);
      cairo_fill (cr);
    }
}

/**
 * gpm_sparkline_render:
 * @flags: (nullable) (array length=n_values): #GpmSparklineFlags for each value
 * @warning: (nullable): the ring colour of doubtful points; @color when %NULL
 *
 * Draws @values left to right, evenly spaced, into (0, 0, @width, @height).
 */
void
gpm_sparkline_render (cairo_t       *cr,
                      double         width,
                      double         height,
                      const double  *values,
                      const guint8  *flags,
                      guint          n_values,
                      const GpmRgba *color,
                      const GpmRgba *warning)
{
  static const double dashes[] = { 2.0, 2.0 };
  double inset = DOT_RADIUS + LINE_WIDTH / 2;
  double lo, hi, step, scale;
  gboolean have_previous = FALSE;
  double px = 0, py = 0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (color != NULL);
  g_return_if_fail (n_values == 0 || values != NULL);

  if (warning == NULL)
    warning = color;
  if (width <= 2 * inset || height <= 2 * inset || !find_range (values, n_values, &lo, &hi))
    return;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  step = n_values > 1 ? (width - 2 * inset) / (n_values - 1) : 0;
  scale = hi > lo ? (height - 2 * inset) / (hi - lo) : 0;

  if (lo < 0 && hi > 0)
    {
      double zero = floor (inset + hi * scale) + 0.5;

      set_color (cr, color, 0.3);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, 0, zero);
      cairo_line_to (cr, width, zero);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < n_values; i++)
    {
      guint8 f = flags != NULL ? flags[i] : 0;
      double x = n_values > 1 ? inset + i * step : width / 2;
      double y = scale > 0 ? inset + (hi - values[i]) * scale : height / 2;

      if (!isfinite (values[i]))
        {
          have_previous = FALSE;
          continue;
        }

      if (have_previous)
        {
          set_color (cr, color, 1.0);
          cairo_set_line_width (cr, LINE_WIDTH);
          cairo_set_dash (cr, dashes, (f & GPM_SPARKLINE_FORECAST) ? 2 : 0, 0);
          cairo_move_to (cr, px, py);
          cairo_line_to (cr, x, y);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }

      /* Dots only where they carry meaning: flagged points and the latest one. */
      if (f != 0 || i + 1 == n_values || n_values == 1)
        draw_dot (cr, x, y, f, color, warning);

      px = x;
      py = y;
      have_previous = TRUE;
    }

  cairo_restore (cr);
}
