/* gpm-chart-renderer-xy.c — the across axis of an XY scatter: one metric against another.
 *
 * The chart's time axis is replaced by a second value axis along the bottom, with its
 * own nice ticks (as many as fit side by side), vertical grid lines and a title with the
 * unit under the tick labels. A log scale applies to both axes, each only when all its
 * values are positive. Each point is labelled with its period, and the latest point of
 * each subject with the subject's name, where the label has room: a label that would
 * cover another or leave the plot is left out (the legend and tooltip still name it).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"

/* A little room past the outermost points, so a marker (and a doubt badge beside it)
 * at the end of an axis is not cut by the plot's edge; never across zero. */
static void
pad_extent (GpmValueAxis *axis)
{
  double pad = (axis->hi - axis->lo) * 0.03;

  if (axis->log || !(pad > 0))
    return;
  if (!(axis->lo >= 0 && axis->lo - pad < 0))
    axis->lo -= pad;
  if (!(axis->hi <= 0 && axis->hi + pad > 0))
    axis->hi += pad;
}

void
gpm_render_xy_prepare (GpmRender *r)
{
  GpmValueAxis *axis = &r->x_axis;
  gboolean all_positive;

  axis->used = TRUE;
  axis->lo = G_MAXDOUBLE;
  axis->hi = -G_MAXDOUBLE;
  for (guint i = 0; i < r->series->len; i++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, i);

      if (axis->unit == NULL)
        axis->unit = gpm_chart_series_get_x_unit (info->series);
      for (guint p = 0; p < gpm_chart_series_get_n_points (info->series); p++)
        {
          GpmChartPoint point;

          gpm_chart_series_get_point (info->series, p, &point);
          if (isfinite (point.x_value) && isfinite (point.value))
            {
              axis->lo = MIN (axis->lo, point.x_value);
              axis->hi = MAX (axis->hi, point.x_value);
            }
        }
    }
  if (axis->lo > axis->hi)
    axis->lo = axis->hi = 0.0;

  all_positive = axis->lo > 0.0;
  axis->log = gpm_chart_data_get_log_scale (r->data) && all_positive;
  /* Zero in view when it is near anyway, as on the value axis (the 5/6 rule). */
  axis->include_zero = !axis->log && ((all_positive && axis->lo < axis->hi * 5.0 / 6.0)
                                      || (axis->hi < 0.0 && axis->hi > axis->lo * 5.0 / 6.0));
  pad_extent (axis);
  pad_extent (&r->axes[0]);
}

void
gpm_render_xy_prepare_title (GpmRender *r)
{
  GpmValueAxis *axis = &r->x_axis;
  g_autofree char *text = NULL;

  g_clear_object (&axis->title);
  text = gpm_number_format_axis_title (r->language, gpm_chart_data_get_x_axis_title (r->data),
                                       axis->unit);
  if (*text == '\0')
    return;
  if (axis->log)
    {
      char *with_scale = g_strconcat (text, gpm_render_text (r, GPM_TEXT_LOG_SCALE), NULL);

      g_free (text);
      text = with_scale;
    }
  axis->title = gpm_render_make_text (r, r->font_tick, text, MAX (r->width - 2 * r->pad, 10.0));
  pango_layout_set_alignment (axis->title, PANGO_ALIGN_RIGHT);
  gpm_render_text_size (axis->title, &axis->title_width, &axis->title_height);
}

static void
make_ticks (GpmRender *r,
            guint      max_ticks)
{
  GpmValueAxis *axis = &r->x_axis;

  if (!axis->log || !gpm_ticks_log (axis->lo, axis->hi, max_ticks, &axis->ticks))
    {
      axis->log = FALSE;
      gpm_ticks_linear (axis->lo, axis->hi, axis->include_zero, max_ticks, &axis->ticks);
    }
  g_clear_pointer (&axis->labels, g_strfreev);
  axis->labels = gpm_number_format_ticks (r->language, &axis->ticks, axis->unit);
}

/* Ticks for @plot_width; returns the height the axis needs below the plot. */
double
gpm_render_xy_layout (GpmRender *r,
                      double     plot_width)
{
  GpmValueAxis *axis = &r->x_axis;
  double height = r->tick_height + 5.0 * r->gap;

  /* As many ticks as fit side by side with a gap between labels. */
  for (guint max_ticks = 8; max_ticks >= 2; max_ticks--)
    {
      make_ticks (r, max_ticks);
      axis->label_width = gpm_render_widest_label (r, axis->labels);
      if (axis->ticks.n_values < 2
          || plot_width / (axis->ticks.n_values - 1) >= axis->label_width + 10.0 * r->s)
        break;
    }

  if (axis->title != NULL)
    height += axis->title_height + 4.0 * r->gap;

  return height;
}

double
gpm_render_xy_to_x (GpmRender *r,
                    double     value)
{
  return r->plot.x + r->plot.width * gpm_render_axis_fraction (&r->x_axis, value);
}

void
gpm_render_xy_draw_grid (GpmRender *r)
{
  double width = MAX (1.0 * r->s, 1.0 / r->device_scale);

  gpm_render_set_color (r, &r->colors.grid, 1.0);
  cairo_set_line_width (r->cr, width);
  for (guint i = 0; i < r->x_axis.ticks.n_values; i++)
    {
      double x = gpm_render_snap (r, gpm_render_xy_to_x (r, r->x_axis.ticks.values[i]), width);

      cairo_move_to (r->cr, x, r->plot.y);
      cairo_line_to (r->cr, x, r->plot.y + r->plot.height);
    }
  cairo_stroke (r->cr);

  /* The zero line across, when zero is inside: left of it revenue or profit is negative. */
  if (!r->x_axis.log && r->x_axis.ticks.min < 0 && r->x_axis.ticks.max > 0)
    {
      double x = gpm_render_snap (r, gpm_render_xy_to_x (r, 0.0), width);

      cairo_move_to (r->cr, x, r->plot.y);
      cairo_line_to (r->cr, x, r->plot.y + r->plot.height);
      gpm_render_set_color (r, &r->colors.axis, 1.0);
      cairo_stroke (r->cr);
    }
}

void
gpm_render_xy_draw_labels (GpmRender *r)
{
  GpmValueAxis *axis = &r->x_axis;
  double y = r->plot.y + r->plot.height + 5.0 * r->gap;
  double previous_right = -G_MAXDOUBLE;

  for (guint i = 0; i < axis->ticks.n_values && axis->labels[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = gpm_render_make_text (r, r->font_tick, axis->labels[i], -1);
      double w, h, x;

      gpm_render_text_size (layout, &w, &h);
      x = CLAMP (gpm_render_xy_to_x (r, axis->ticks.values[i]) - w / 2.0, r->pad,
                 r->width - r->pad - w);
      if (x < previous_right + 3.0 * r->s)
        continue;
      gpm_render_draw_text (r, layout, x, y, &r->colors.muted_text, GPM_CHART_BOX_X_TICK_LABEL,
                            -1);
      previous_right = x + w;
    }

  if (axis->title != NULL)
    gpm_render_draw_text (r, axis->title,
                          r->width - r->pad - pango_layout_get_width (axis->title)
                                              / (double) PANGO_SCALE,
                          y + r->tick_height + 4.0 * r->gap, &r->colors.muted_text,
                          GPM_CHART_BOX_AXIS_TITLE, -1);
}

/* ---------------------------------------------------------------- point labels */

static gboolean
overlaps (GArray                  *taken,
          const cairo_rectangle_t *box)
{
  for (guint i = 0; i < taken->len; i++)
    {
      const cairo_rectangle_t *t = &g_array_index (taken, cairo_rectangle_t, i);

      if (box->x < t->x + t->width && t->x < box->x + box->width
          && box->y < t->y + t->height && t->y < box->y + box->height)
        return TRUE;
    }

  return FALSE;
}

/* Puts @text beside the point where it covers nothing taken and stays in the plot. */
static void
place_label (GpmRender     *r,
             GArray        *taken,
             const char    *text,
             PangoFontDescription *font,
             double         x,
             double         y,
             const GpmRgba *color)
{
  g_autoptr(PangoLayout) layout = gpm_render_make_text (r, font, text, -1);
  double w, h, offset = 7.0 * r->s;

  /* Right, left, above, below, then the diagonals: the first that is free. */
  static const double places[][2] = {
    { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 }, { 1, 1 }, { 1, -1 }, { -1, 1 }, { -1, -1 },
  };

  gpm_render_text_size (layout, &w, &h);
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      double dx = places[i][0], dy = places[i][1];
      cairo_rectangle_t box = {
        dx > 0 ? x + offset : dx < 0 ? x - offset - w : x - w / 2.0,
        dy > 0 ? y + offset * (dx != 0 ? 0.5 : 1.0)
               : dy < 0 ? y - offset * (dx != 0 ? 0.5 : 1.0) - h : y - h / 2.0,
        w, h,
      };

      if (box.x < r->plot.x || box.x + box.width > r->plot.x + r->plot.width
          || box.y < r->plot.y || box.y + box.height > r->plot.y + r->plot.height
          || overlaps (taken, &box))
        continue;
      gpm_render_draw_text (r, layout, box.x, box.y, color, GPM_CHART_BOX_DATA_LABEL, -1);
      g_array_append_val (taken, box);
      return;
    }
}

/* Subject names at each subject's latest point first, then the periods of the others. */
void
gpm_render_xy_draw_point_labels (GpmRender *r)
{
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  double radius = 5.0 * r->s;

  /* Every marker is taken before any label is placed, so no label covers a point. */
  for (guint i = 0; i < r->series->len; i++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, i);

      for (guint p = 0; p < gpm_chart_series_get_n_points (info->series); p++)
        {
          GpmChartPoint point;
          cairo_rectangle_t box;

          gpm_chart_series_get_point (info->series, p, &point);
          if (!isfinite (point.x_value) || !isfinite (point.value))
            continue;
          box = (cairo_rectangle_t) { gpm_render_xy_to_x (r, point.x_value) - radius,
                                      gpm_render_value_to_y (r, 0, point.value) - radius,
                                      2 * radius, 2 * radius };
          g_array_append_val (taken, box);
        }
    }

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < r->series->len; i++)
      {
        GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, i);
        guint n = gpm_chart_series_get_n_points (info->series);
        int latest = -1;

        for (guint p = 0; p < n; p++)
          {
            GpmChartPoint point;

            gpm_chart_series_get_point (info->series, p, &point);
            if (isfinite (point.x_value) && isfinite (point.value))
              latest = (int) p;
          }

        for (guint p = 0; p < n; p++)
          {
            GpmChartPoint point;
            const char *text;

            if ((pass == 0) != ((int) p == latest))
              continue;
            gpm_chart_series_get_point (info->series, p, &point);
            if (!isfinite (point.x_value) || !isfinite (point.value))
              continue;
            text = pass == 0 ? gpm_chart_series_get_label (info->series) : point.period;
            if (text == NULL)
              continue;
            if (pass == 0 && point.period != NULL)
              {
                g_autofree char *both = g_strdup_printf ("%s %s", text, point.period);

                place_label (r, taken, both, r->font_tick, gpm_render_xy_to_x (r, point.x_value),
                             gpm_render_value_to_y (r, 0, point.value), &r->colors.text);
                continue;
              }
            place_label (r, taken, text, r->font_small, gpm_render_xy_to_x (r, point.x_value),
                         gpm_render_value_to_y (r, 0, point.value), &r->colors.muted_text);
          }
      }
}
