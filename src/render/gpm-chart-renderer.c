/* gpm-chart-renderer.c — the entry points, the shared helpers and the page layout.
 *
 * The page is stacked from the edges inward: title and subtitle from the top, the footer
 * (sources, notes) from the bottom, then the legend, and the plot gets what is left. The
 * axes need the plot's size and the plot needs the axes' labels, so that part is iterated
 * until the x-axis height stops changing (two or three rounds). A picture that cannot fit
 * the minimum plot is refused by gpm_chart_layout_check() with the size it would need.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"

#define MIN_PLOT_WIDTH  60.0
#define MIN_PLOT_HEIGHT 40.0

G_DEFINE_QUARK (gpm-chart-render-error-quark, gpm_chart_render_error)

/* ---------------------------------------------------------------- helpers */

/* Puts a line of @line_width on the device pixel grid, so hairlines stay crisp at 1×. */
double
gpm_render_snap (GpmRender *r,
                 double     coordinate,
                 double     line_width)
{
  double device = line_width * r->device_scale;
  double pixels = round (device);
  double offset = fmod (MAX (pixels, 1.0), 2.0) == 1.0 ? 0.5 : 0.0;

  return (floor (coordinate * r->device_scale) + offset) / r->device_scale;
}

void
gpm_render_add_box (GpmRender       *r,
                    GpmChartBoxKind  kind,
                    double           x,
                    double           y,
                    double           width,
                    double           height,
                    int              series,
                    const char      *text)
{
  cairo_rectangle_t rect = { x, y, width, height };

  gpm_chart_layout_add_box (r->layout, kind, &rect, series, text);
}

gboolean
gpm_render_point_visible (GpmRender           *r,
                          const GpmChartPoint *point)
{
  return isfinite (point->value) && (r->type != GPM_CHART_TYPE_DONUT || point->value >= 0);
}

/* ---------------------------------------------------------------- set-up */

static GpmChartMark
effective_mark (GpmChartType  type,
                GpmChartMark  own)
{
  switch (type)
    {
    case GPM_CHART_TYPE_LINE:
      return GPM_CHART_MARK_LINE;
    case GPM_CHART_TYPE_AREA:
    case GPM_CHART_TYPE_AREA_100:
      return GPM_CHART_MARK_AREA;
    case GPM_CHART_TYPE_SCATTER:
      return GPM_CHART_MARK_SCATTER;
    case GPM_CHART_TYPE_COMBO:
      return own;
    case GPM_CHART_TYPE_BAR:
    case GPM_CHART_TYPE_HBAR:
    case GPM_CHART_TYPE_GROUPED_BAR:
    case GPM_CHART_TYPE_STACKED_BAR:
    case GPM_CHART_TYPE_STACKED_100:
    case GPM_CHART_TYPE_DONUT:
    default:
      return GPM_CHART_MARK_BAR;
    }
}

static void
add_category (GpmRender  *r,
              const char *category)
{
  for (guint i = 0; i < r->categories->len; i++)
    if (g_strcmp0 (g_ptr_array_index (r->categories, i), category) == 0)
      return;

  g_ptr_array_add (r->categories, (gpointer) category);
}

/* Status flags, categories and the time range of one series. A long bulk series has no
 * flags and is sorted, so only its ends are read for the range. */
static void
scan_series (GpmRender     *r,
             GpmSeriesInfo *info)
{
  guint n = gpm_chart_series_get_n_points (info->series);
  gboolean hbar = r->type == GPM_CHART_TYPE_HBAR;
  gboolean categorical = gpm_chart_series_is_categorical (info->series) || hbar;
  /* Past a few thousand points it is a measured series: no flags, sorted. */
  guint jump = n > GPM_LONG_SERIES ? n - 1 : 1;

  for (guint i = 0; i < n; i += i == 0 ? jump : 1)
    {
      GpmChartPoint point;

      gpm_chart_series_get_point (info->series, i, &point);
      if (!gpm_render_point_visible (r, &point))
        continue;

      r->empty = FALSE;
      if (point.status == GPM_POINT_FORECAST)
        {
          r->has_forecast = TRUE;
          if (info->mark == GPM_CHART_MARK_BAR)
            r->forecast_bars = TRUE;
          else
            r->forecast_lines = TRUE;
        }
      if (point.status == GPM_POINT_ESTIMATE)
        {
          r->has_estimate = TRUE;
          r->estimate_bars |= info->mark == GPM_CHART_MARK_BAR;
        }
      r->has_doubtful |= point.doubtful;

      if (categorical)
        {
          add_category (r, point.category != NULL ? point.category
                           : point.period != NULL ? point.period : "");
          continue;
        }

      r->x0 = MIN (r->x0, point.x_start);
      r->x1 = MAX (r->x1, point.x_end);
      r->unit_counts[point.x_end > point.x_start
                     ? gpm_time_unit_for_span (point.x_start, point.x_end)
                     : GPM_TIME_UNIT_DAY]++;
    }

  if (categorical)
    r->x_kind = GPM_X_CATEGORY;
}

/* Two units on one chart need two axes: series whose unit differs from the first one's
 * go to the secondary axis unless the data already said where they belong. */
static void
assign_axes (GpmRender *r)
{
  gboolean any_secondary = FALSE;
  const char *first_unit = NULL;

  for (guint i = 0; i < r->series->len; i++)
    any_secondary |= g_array_index (r->series, GpmSeriesInfo, i).axis == 1;

  for (guint i = 0; i < r->series->len; i++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, i);
      const char *unit = gpm_chart_series_get_unit (info->series);

      if (first_unit == NULL)
        first_unit = unit;
      if (!any_secondary && g_strcmp0 (unit, first_unit) != 0)
        info->axis = 1;
      r->axes[info->axis].used = TRUE;
      if (r->axes[info->axis].unit == NULL)
        r->axes[info->axis].unit = unit;
    }

  if (r->axes[1].used && !r->axes[0].used)
    {
      for (guint i = 0; i < r->series->len; i++)
        g_array_index (r->series, GpmSeriesInfo, i).axis = 0;
      r->axes[0] = r->axes[1];
      memset (&r->axes[1], 0, sizeof r->axes[1]);
    }
}

static void
prepare_series (GpmRender *r)
{
  guint n = gpm_chart_data_get_n_series (r->data);
  /* An XY scatter plots one metric against one other: one value axis each way. */
  gboolean xy = r->type == GPM_CHART_TYPE_SCATTER && gpm_chart_data_is_xy (r->data);
  gboolean single_axis = r->type == GPM_CHART_TYPE_STACKED_100
                         || r->type == GPM_CHART_TYPE_AREA_100 || xy
                         || r->type == GPM_CHART_TYPE_DONUT
                         || r->type == GPM_CHART_TYPE_HBAR;

  r->empty = TRUE;
  r->x0 = G_MAXDOUBLE;
  r->x1 = -G_MAXDOUBLE;
  r->finest = GPM_TIME_UNIT_YEAR;
  r->x_kind = r->type == GPM_CHART_TYPE_DONUT ? GPM_X_NONE : GPM_X_TIME;

  for (guint i = 0; i < n; i++)
    {
      GpmSeriesInfo info = { 0 };

      info.series = gpm_chart_data_get_series (r->data, i);
      info.data_index = i;
      info.mark = effective_mark (r->type, gpm_chart_series_get_mark (info.series));
      info.axis = single_axis ? 0 : gpm_chart_series_get_axis (info.series);
      info.channel = i;
      info.hidden = gpm_chart_style_get_series_hidden (r->style, i);
      gpm_chart_style_get_series_color (r->style, gpm_chart_series_get_key (info.series),
                                        &info.color);
      /* A hidden series keeps its colour, marker and legend entry, and nothing else. */
      g_array_append_val (r->legend_series, info);
      if (info.hidden)
        continue;
      if (info.mark == GPM_CHART_MARK_BAR)
        info.bar_slot = r->n_bar_slots++;
      g_array_append_val (r->series, info);
      scan_series (r, &info);
    }
  r->all_hidden = n > 0 && r->series->len == 0;

  /* The series of a stack share one slot instead of standing side by side. */
  if (r->type == GPM_CHART_TYPE_STACKED_BAR || r->type == GPM_CHART_TYPE_STACKED_100)
    r->n_bar_slots = MIN (r->n_bar_slots, 1);

  if (r->type == GPM_CHART_TYPE_DONUT)
    r->x_kind = GPM_X_NONE;
  else if (xy)
    {
      r->xy = TRUE;
      r->x_kind = GPM_X_NONE;
    }
  else if (r->x_kind == GPM_X_TIME && !(r->x1 > r->x0))
    r->empty = TRUE;

  /* The reader's zoom: the axis shows the span asked for and marks are clipped to it. */
  r->data_x0 = r->x0;
  r->data_x1 = r->x1;
  if (r->x_kind == GPM_X_TIME && !r->empty
      && gpm_chart_style_get_x_range (r->style, &r->x0, &r->x1))
    r->zoomed = TRUE;

  /* Label in the precision most points have: yearly figures with one quarter are read
   * by year, and the quarter still sits on its own span. */
  for (int unit = GPM_TIME_UNIT_YEAR; unit >= GPM_TIME_UNIT_DAY; unit--)
    if (r->unit_counts[unit] >= r->unit_counts[r->finest])
      r->finest = unit;

  assign_axes (r);
  if (r->type == GPM_CHART_TYPE_STACKED_100 || r->type == GPM_CHART_TYPE_AREA_100)
    r->axes[0].unit = "%";
  if (r->x_kind == GPM_X_TIME && !r->empty)
    gpm_render_areas_prepare (r);
}

static void
render_init (GpmRender           *r,
             cairo_t             *cr,
             double               width,
             double               height,
             const GpmChartData  *data,
             const GpmChartStyle *style,
             gboolean             compact)
{
  double dx = 1.0, dy = 0.0;

  memset (r, 0, sizeof *r);
  r->cr = cr;
  r->width = width;
  r->height = height;
  r->data = data;
  r->style = style;
  r->language = gpm_chart_style_get_language (style);
  r->type = gpm_chart_data_get_chart_type (data);
  r->s = gpm_chart_style_get_scale (style);
  r->compact = compact;
  r->pad = (r->compact ? 8.0 : 14.0) * r->s;
  r->gap = (r->compact ? 0.6 : 1.0) * r->s;
  gpm_chart_style_get_colors (style, &r->colors);

  cairo_user_to_device_distance (cr, &dx, &dy);
  r->device_scale = MAX (hypot (dx, dy), 0.25);

  r->layout = gpm_chart_layout_new (width, height);
  gpm_chart_layout_set_hit_radius (r->layout, 8.0 * r->s);
  gpm_chart_layout_set_scale (r->layout, r->s);
  r->series = g_array_new (FALSE, TRUE, sizeof (GpmSeriesInfo));
  r->legend_series = g_array_new (FALSE, TRUE, sizeof (GpmSeriesInfo));
  r->categories = g_ptr_array_new ();
  r->category_labels = g_ptr_array_new_with_free_func (g_object_unref);
  r->legend = g_array_new (FALSE, TRUE, sizeof (GpmLegendItem));

  gpm_render_setup_text (r);
  prepare_series (r);
}

static void
render_clear (GpmRender *r)
{
  gpm_render_axes_clear (r);
  gpm_render_legend_clear (r);
  g_clear_object (&r->title);
  g_clear_object (&r->subtitle);
  g_clear_object (&r->footer);
  g_clear_object (&r->message);
  g_clear_pointer (&r->time_axis, gpm_time_axis_free);
  g_clear_pointer (&r->stack, gpm_area_stack_free);
  g_clear_pointer (&r->series, g_array_unref);
  g_clear_pointer (&r->legend_series, g_array_unref);
  g_clear_pointer (&r->categories, g_ptr_array_unref);
  g_clear_pointer (&r->category_labels, g_ptr_array_unref);
  g_clear_pointer (&r->legend, g_array_unref);
  g_clear_pointer (&r->font_title, pango_font_description_free);
  g_clear_pointer (&r->font_subtitle, pango_font_description_free);
  g_clear_pointer (&r->font_text, pango_font_description_free);
  g_clear_pointer (&r->font_tick, pango_font_description_free);
  g_clear_pointer (&r->font_small, pango_font_description_free);
  g_clear_object (&r->pango);
  g_clear_pointer (&r->layout, gpm_chart_layout_free);
}

/* ---------------------------------------------------------------- layout */

/* The plot of a chart with a vertical value axis and a horizontal time or category axis. */
static void
layout_xy (GpmRender *r,
           double     top,
           double     bottom)
{
  double x_height = r->tick_height + 6.0 * r->gap;
  double plot_top, left = 0, right = 0, plot_height = 0;

  /* Room above the plot for the axis titles and half of the top tick label. */
  plot_top = top + r->tick_height / 2.0 + 2.0 * r->gap;
  if (r->axis_title_height > 0)
    plot_top += r->axis_title_height + 4.0 * r->gap;

  for (guint pass = 0; pass < 4; pass++)
    {
      double needed;

      plot_height = bottom - x_height - plot_top;
      left = r->pad;
      right = r->width - r->pad;
      for (guint a = 0; a < 2; a++)
        if (r->axes[a].used)
          gpm_render_axes_layout_y (r, a, plot_height);
      if (r->axes[0].used)
        left += r->axes[0].label_width + 6.0 * r->s;
      if (r->axes[1].used)
        right -= r->axes[1].label_width + 6.0 * r->s;

      needed = gpm_render_axes_layout_x (r, right - left);
      if (fabs (needed - x_height) < 0.01)
        break;
      x_height = needed;
    }

  r->plot.x = left;
  r->plot.y = plot_top;
  r->plot.width = right - left;
  r->plot.height = plot_height;
}

static gboolean
compute_layout (GpmRender *r)
{
  double top = r->pad;
  double bottom = r->height - r->pad;

  gpm_render_header_layout (r, &top);
  gpm_render_footer_layout (r, &bottom);
  gpm_render_legend_layout (r, &top, &bottom);
  gpm_render_axes_prepare (r);

  if (r->empty || r->type == GPM_CHART_TYPE_DONUT)
    {
      r->plot.x = r->pad;
      r->plot.y = top;
      r->plot.width = r->width - 2 * r->pad;
      r->plot.height = bottom - top;
    }
  else if (r->type == GPM_CHART_TYPE_HBAR)
    {
      r->plot.y = top;
      r->plot.height = bottom - top;
      gpm_render_axes_layout_hbar (r);
    }
  else
    {
      layout_xy (r, top, bottom);
    }

  gpm_chart_layout_set_plot_area (r->layout, &r->plot);
  if (r->x_kind == GPM_X_TIME && !r->empty)
    {
      gpm_chart_layout_set_x_range (r->layout, r->x0, r->x1);
      gpm_chart_layout_set_full_x_range (r->layout, r->data_x0, r->data_x1);
    }

  return r->plot.width >= MIN_PLOT_WIDTH * r->s && r->plot.height >= MIN_PLOT_HEIGHT * r->s;
}

/* Lays out with the full-size type and gaps first; a picture too small for those gets
 * the compact ones before it is refused, so whether a size fits only grows with it. */
static gboolean
lay_out (GpmRender           *r,
         cairo_t             *cr,
         double               width,
         double               height,
         const GpmChartData  *data,
         const GpmChartStyle *style)
{
  render_init (r, cr, width, height, data, style, FALSE);
  if (compute_layout (r))
    return TRUE;

  render_clear (r);
  render_init (r, cr, width, height, data, style, TRUE);

  return compute_layout (r);
}

static gboolean
fits (double               width,
      double               height,
      const GpmChartData  *data,
      const GpmChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  GpmRender r;
  gboolean ok;

  ok = lay_out (&r, cr, width, height, data, style);
  render_clear (&r);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return ok;
}

/* The smallest size in one direction that fits, to the pixel, by bisection. */
static double
smallest_fitting (double               low,
                  double               high,
                  gboolean             vary_width,
                  double               other,
                  const GpmChartData  *data,
                  const GpmChartStyle *style)
{
  while (high - low > 1.0)
    {
      double middle = floor ((low + high) / 2.0);

      if (vary_width ? fits (middle, other, data, style) : fits (other, middle, data, style))
        high = middle;
      else
        low = middle;
    }

  return ceil (high);
}

static char *
too_small_message (GpmLanguage language,
                   int         need_width,
                   int         need_height,
                   int         width,
                   int         height)
{
  switch (language)
    {
    case GPM_LANGUAGE_ZH_CN:
      return g_strdup_printf ("此图表至少需要 %d × %d 像素，当前只有 %d × %d。",
                              need_width, need_height, width, height);
    case GPM_LANGUAGE_ZH_TW:
      return g_strdup_printf ("此圖表至少需要 %d × %d 像素，目前只有 %d × %d。",
                              need_width, need_height, width, height);
    case GPM_LANGUAGE_EN:
    default:
      return g_strdup_printf ("This chart needs at least %d × %d pixels to lay out; "
                              "it has %d × %d.", need_width, need_height, width, height);
    }
}

gboolean
gpm_chart_layout_check (double                width,
                        double                height,
                        const GpmChartData   *data,
                        const GpmChartStyle  *style,
                        GError              **error)
{
  double need_width, need_height;
  const double big = 20000.0;
  g_autofree char *message = NULL;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (width > 0 && height > 0 && fits (width, height, data, style))
    return TRUE;

  /* Width first (with all the height it could want), then the height at that width. */
  need_width = fits (MAX (width, 1.0), big, data, style)
               ? MAX (width, 1.0)
               : smallest_fitting (MAX (width, 1.0), big, TRUE, big, data, style);
  need_height = smallest_fitting (1.0, big, FALSE, need_width, data, style);

  message = too_small_message (gpm_chart_style_get_language (style), (int) need_width,
                               (int) need_height, (int) width, (int) height);
  g_set_error_literal (error, GPM_CHART_RENDER_ERROR, GPM_CHART_RENDER_ERROR_TOO_SMALL,
                       message);
  return FALSE;
}

/**
 * gpm_chart_prepare:
 * @device_scale: device pixels per logical pixel of the surface it will be drawn on
 *
 * Lays @data out at this size and attaches to each long series the per-pixel-column
 * summary that drawing at this size uses, so that gpm_chart_render () then costs
 * O(width) instead of O(points). Call it where @data is filled (a worker thread), before
 * handing it on: it changes the series. Drawing at another size stays correct, and
 * summarises on the fly.
 */
void
gpm_chart_prepare (GpmChartData        *data,
                   const GpmChartStyle *style,
                   double               width,
                   double               height,
                   double               device_scale)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  GpmRender r;

  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (device_scale > 0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  cairo_scale (cr, device_scale, device_scale);

  if (lay_out (&r, cr, width, height, data, style) && !r.empty)
    for (guint i = 0; i < r.series->len; i++)
      {
        const GpmSeriesInfo *info = &g_array_index (r.series, GpmSeriesInfo, i);
        g_autoptr(GpmDecimation) summary = NULL;

        if (gpm_render_long_series_summarized (&r, info)
            && (summary = gpm_render_long_series_summary (&r, info)) != NULL)
          gpm_chart_series_set_decimation (info->series, summary);
      }

  render_clear (&r);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---------------------------------------------------------------- drawing */

static void
draw_background (GpmRender *r)
{
  if (r->colors.background.alpha <= 0.0)
    return;

  gpm_render_set_color (r, &r->colors.background, 1.0);
  cairo_rectangle (r->cr, 0, 0, r->width, r->height);
  cairo_fill (r->cr);
}

static void
draw_message (GpmRender  *r,
              GpmTextId   id)
{
  double w, h, x, y;

  g_clear_object (&r->message);
  r->message = gpm_render_make_text (r, r->font_text, gpm_render_text (r, id),
                                     MAX (r->width - 2 * r->pad, 10.0));
  pango_layout_set_alignment (r->message, PANGO_ALIGN_CENTER);
  gpm_render_text_size (r->message, &w, &h);
  x = r->pad;
  y = r->plot.height > h ? r->plot.y + (r->plot.height - h) / 2.0 : (r->height - h) / 2.0;
  gpm_render_draw_text (r, r->message, x, y, &r->colors.muted_text, GPM_CHART_BOX_DATA_LABEL,
                        -1);
}

static void
draw_marks (GpmRender *r)
{
  cairo_save (r->cr);
  switch (r->type)
    {
    case GPM_CHART_TYPE_DONUT:
      gpm_render_donut_draw (r);
      break;
    case GPM_CHART_TYPE_HBAR:
      gpm_render_hbars_draw (r);
      break;
    case GPM_CHART_TYPE_LINE:
    case GPM_CHART_TYPE_AREA:
    case GPM_CHART_TYPE_AREA_100:
    case GPM_CHART_TYPE_SCATTER:
    case GPM_CHART_TYPE_BAR:
    case GPM_CHART_TYPE_GROUPED_BAR:
    case GPM_CHART_TYPE_STACKED_BAR:
    case GPM_CHART_TYPE_STACKED_100:
    case GPM_CHART_TYPE_COMBO:
    default:
      gpm_render_areas_draw (r);
      gpm_render_lines_draw (r, TRUE);
      gpm_render_bars_draw (r);
      gpm_render_lines_draw (r, FALSE);
      if (r->xy)
        gpm_render_xy_draw_point_labels (r);
      break;
    }
  cairo_restore (r->cr);
}

gboolean
gpm_chart_render (cairo_t              *cr,
                  double                width,
                  double                height,
                  const GpmChartData   *data,
                  const GpmChartStyle  *style,
                  GpmChartLayout      **out_layout)
{
  GpmRender r;
  gboolean ok;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);

  cairo_save (cr);
  ok = lay_out (&r, cr, width, height, data, style);

  draw_background (&r);
  if (!ok)
    {
      /* Better a clear request than an unreadable jumble. */
      draw_message (&r, GPM_TEXT_TOO_SMALL);
    }
  else
    {
      gpm_render_header_draw (&r);
      if (r.empty)
        {
          draw_message (&r, r.all_hidden ? GPM_TEXT_ALL_HIDDEN : GPM_TEXT_NO_DATA);
        }
      else
        {
          gpm_render_add_box (&r, GPM_CHART_BOX_PLOT, r.plot.x, r.plot.y, r.plot.width,
                              r.plot.height, -1, NULL);
          if (r.type != GPM_CHART_TYPE_DONUT)
            gpm_render_axes_draw_grid (&r);
          draw_marks (&r);
          if (r.x_kind == GPM_X_TIME)
            gpm_render_events_draw (&r);
          if (r.type != GPM_CHART_TYPE_DONUT)
            gpm_render_axes_draw_labels (&r);
        }
      gpm_render_legend_draw (&r);
      gpm_render_footer_draw (&r);
    }

  if (out_layout != NULL)
    *out_layout = g_steal_pointer (&r.layout);
  render_clear (&r);
  cairo_restore (cr);

  return ok;
}
