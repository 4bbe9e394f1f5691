/* gpm-chart-renderer-axes.c — value axes, the time or category axis, grid and labels.
 *
 * Tick counts follow the room available (one label per 1.6 lines of text vertically, and
 * horizontally only as many as fit side by side), so labels never overlap by
 * construction. Category labels wrap to two lines and end in an ellipsis beyond that;
 * when even that leaves no room, every second (third…) category is labelled.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-renderer-private.h"

/* ---------------------------------------------------------------- value extents */

static void
extend (GpmValueAxis *axis,
        double        value)
{
  if (!isfinite (value))
    return;
  axis->lo = MIN (axis->lo, value);
  axis->hi = MAX (axis->hi, value);
}

/* Sums of the positive and of the negative parts of each stack; with @percent, as
 * shares of the stack's total of absolute values, as a 100 % bar draws them. */
static void
extend_stacked (GpmRender    *r,
                GpmValueAxis *axis,
                gboolean      percent)
{
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  double *sum;

  for (guint i = 0; i < r->series->len; i++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, i);

      for (guint p = 0; p < gpm_chart_series_get_n_points (info->series); p++)
        {
          GpmChartPoint point;
          char *key;

          gpm_chart_series_get_point (info->series, p, &point);
          if (!gpm_render_point_visible (r, &point))
            continue;
          key = gpm_render_stack_key (&point);
          sum = g_hash_table_lookup (sums, key);
          if (sum == NULL)
            {
              sum = g_new0 (double, 3);
              g_hash_table_insert (sums, key, sum);
            }
          else
            {
              g_free (key);
            }
          sum[point.value < 0 ? 1 : 0] += point.value;
          sum[2] += fabs (point.value);
        }
    }

  g_hash_table_iter_init (&iter, sums);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &sum))
    {
      double scale = !percent ? 1.0 : sum[2] > 0 ? 100.0 / sum[2] : 0.0;

      extend (axis, sum[0] * scale);
      extend (axis, sum[1] * scale);
    }
}

/* A 100 % stack runs from 0 to 100 %; negative figures stack below zero (a loss among
 * revenues), so then the axis runs from the lowest negative share to the highest
 * positive one instead of hiding them under the axis. */
static void
prepare_share_extent (GpmRender    *r,
                      GpmValueAxis *axis)
{
  GpmValueAxis shares = { 0 };

  shares.lo = 0.0;
  shares.hi = 0.0;
  if (r->type == GPM_CHART_TYPE_STACKED_100)
    extend_stacked (r, &shares, TRUE);
  else
    gpm_render_areas_extent (r, &shares.lo, &shares.hi);

  axis->include_zero = TRUE;
  axis->lo = shares.lo < 0.0 ? shares.lo : 0.0;
  axis->hi = shares.lo < 0.0 ? MAX (shares.hi, 0.0) : 100.0;
}

/* The extent of one series, kept by the series as its points were added. */
static void
extend_series (GpmValueAxis  *axis,
               GpmSeriesInfo *info)
{
  double lo, hi;

  if (gpm_chart_series_get_extent (info->series, &lo, &hi))
    {
      extend (axis, lo);
      extend (axis, hi);
    }
}

static void
prepare_extent (GpmRender *r,
                guint      a)
{
  GpmValueAxis *axis = &r->axes[a];
  gboolean all_positive;

  axis->lo = G_MAXDOUBLE;
  axis->hi = -G_MAXDOUBLE;

  if (r->type == GPM_CHART_TYPE_STACKED_100 || (r->stack != NULL && a == 0
                                                && r->type == GPM_CHART_TYPE_AREA_100))
    {
      prepare_share_extent (r, axis);
      return;
    }

  if (r->type == GPM_CHART_TYPE_STACKED_BAR)
    extend_stacked (r, axis, FALSE);

  for (guint i = 0; i < r->series->len; i++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, i);

      if (info->axis != a)
        continue;
      if (info->mark == GPM_CHART_MARK_BAR || info->mark == GPM_CHART_MARK_AREA)
        axis->include_zero = TRUE;
      if (gpm_render_areas_stacked (r, info))
        gpm_render_areas_extent (r, &axis->lo, &axis->hi);
      else if (r->type != GPM_CHART_TYPE_STACKED_BAR)
        extend_series (axis, info);
    }

  if (axis->lo > axis->hi)
    axis->lo = axis->hi = 0.0;

  all_positive = axis->lo > 0.0;
  axis->log = gpm_chart_data_get_log_scale (r->data) && all_positive;

  /* Lines start at zero when zero is near anyway, as spreadsheets do (the 5/6 rule):
   * a drop from 95 % to 50 % should not look like a fall to nothing. */
  if (!axis->log && ((all_positive && axis->lo < axis->hi * 5.0 / 6.0)
                     || (axis->hi < 0.0 && axis->hi > axis->lo * 5.0 / 6.0)))
    axis->include_zero = TRUE;
}

static void
prepare_axis_titles (GpmRender *r)
{
  double available = r->width - 2 * r->pad;
  gboolean both = r->axes[0].used && r->axes[1].used;
  double wrap = both ? (available - 16.0 * r->s) / 2.0 : available;

  r->axis_title_height = 0.0;
  for (guint a = 0; a < 2; a++)
    {
      GpmValueAxis *axis = &r->axes[a];
      g_autofree char *text = NULL;

      if (!axis->used)
        continue;
      text = gpm_number_format_axis_title (r->language,
                                           gpm_chart_data_get_axis_title (r->data, a),
                                           axis->unit);
      if (*text == '\0')
        continue;
      /* A log axis must say so: equal steps there are ratios, not differences. */
      if (axis->log)
        {
          char *with_scale = g_strconcat (text, gpm_render_text (r, GPM_TEXT_LOG_SCALE), NULL);

          g_free (text);
          text = with_scale;
        }
      axis->title = gpm_render_make_text (r, r->font_tick, text, MAX (wrap, 10.0));
      if (a == 1)
        pango_layout_set_alignment (axis->title, PANGO_ALIGN_RIGHT);
      gpm_render_text_size (axis->title, &axis->title_width, &axis->title_height);
      r->axis_title_height = MAX (r->axis_title_height, axis->title_height);
    }
}

void
gpm_render_axes_prepare (GpmRender *r)
{
  if (r->empty || r->type == GPM_CHART_TYPE_DONUT)
    return;

  for (guint a = 0; a < 2; a++)
    if (r->axes[a].used)
      prepare_extent (r, a);
  if (r->xy)
    gpm_render_xy_prepare (r);
  prepare_axis_titles (r);
  if (r->xy)
    gpm_render_xy_prepare_title (r);
}

/* ---------------------------------------------------------------- value ticks */

static void
make_ticks (GpmRender *r,
            guint      a,
            guint      max_ticks)
{
  GpmValueAxis *axis = &r->axes[a];
  double lo = axis->include_zero ? MIN (axis->lo, 0.0) : axis->lo;
  double hi = axis->include_zero ? MAX (axis->hi, 0.0) : axis->hi;
  /* The second axis shares the first one's grid lines when it can. */
  gboolean aligned = a == 1 && r->axes[0].used && !axis->log
                     && gpm_ticks_aligned (lo, hi, &r->axes[0].ticks, &axis->ticks);

  if (!aligned && (!axis->log || !gpm_ticks_log (axis->lo, axis->hi, max_ticks, &axis->ticks)))
    {
      axis->log = FALSE;
      gpm_ticks_linear (axis->lo, axis->hi, axis->include_zero, max_ticks, &axis->ticks);
    }

  /* A 100 % stack ends at 100 %, not at the next tick above it. */
  if ((r->type == GPM_CHART_TYPE_STACKED_100 || (a == 0 && r->type == GPM_CHART_TYPE_AREA_100))
      && axis->lo >= 0.0)
    {
      axis->ticks.min = 0.0;
      axis->ticks.max = 100.0;
    }

  g_clear_pointer (&axis->labels, g_strfreev);
  axis->labels = gpm_number_format_ticks (r->language, &axis->ticks, axis->unit);
}

double
gpm_render_widest_label (GpmRender *r,
                         char     **labels)
{
  double widest = 0.0;

  for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = gpm_render_make_text (r, r->font_tick, labels[i], -1);
      double width;

      gpm_render_text_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  return widest;
}

void
gpm_render_axes_layout_y (GpmRender *r,
                          guint      a,
                          double     plot_height)
{
  double per_tick = r->tick_height * 1.6;
  guint max_ticks = (guint) CLAMP (floor (plot_height / per_tick) + 1, 2, 8);

  make_ticks (r, a, max_ticks);
  r->axes[a].label_width = gpm_render_widest_label (r, r->axes[a].labels);
}

double
gpm_render_axis_fraction (const GpmValueAxis *axis,
                          double              value)
{
  if (axis->log)
    {
      double lo = log10 (axis->ticks.min), hi = log10 (axis->ticks.max);

      return (log10 (MAX (value, axis->ticks.min * 1e-3)) - lo) / (hi - lo);
    }

  return (value - axis->ticks.min) / (axis->ticks.max - axis->ticks.min);
}

double
gpm_render_value_to_y (GpmRender *r,
                       guint      a,
                       double     value)
{
  return r->plot.y + r->plot.height * (1.0 - gpm_render_axis_fraction (&r->axes[a], value));
}

double
gpm_render_value_to_x (GpmRender *r,
                       double     value)
{
  return r->plot.x + r->plot.width * gpm_render_axis_fraction (&r->axes[0], value);
}

double
gpm_render_days_to_x (GpmRender *r,
                      double     days)
{
  return r->plot.x + (days - r->x0) / (r->x1 - r->x0) * r->plot.width;
}

/* ---------------------------------------------------------------- x axis */

static double
measure_tick (const char *label,
              gpointer    user_data)
{
  GpmRender *r = user_data;
  g_autoptr(PangoLayout) layout = gpm_render_make_text (r, r->font_tick, label, -1);
  double width;

  gpm_render_text_size (layout, &width, NULL);

  return width;
}

static guint
category_index (GpmRender           *r,
                const GpmChartPoint *point)
{
  const char *name = point->category != NULL ? point->category
                     : point->period != NULL ? point->period : "";

  for (guint i = 0; i < r->categories->len; i++)
    if (g_strcmp0 (g_ptr_array_index (r->categories, i), name) == 0)
      return i;

  return 0;
}

/* The extent of a point's slot along the category or time axis, in pixels. */
gboolean
gpm_render_point_slot (GpmRender           *r,
                       const GpmChartPoint *point,
                       double              *from,
                       double              *to)
{
  if (r->x_kind == GPM_X_CATEGORY)
    {
      gboolean vertical = r->type == GPM_CHART_TYPE_HBAR;
      double origin = vertical ? r->plot.y : r->plot.x;
      double size = (vertical ? r->plot.height : r->plot.width) / MAX (r->categories->len, 1);
      guint index = category_index (r, point);

      *from = origin + index * size;
      *to = *from + size;
      return TRUE;
    }

  *from = gpm_render_days_to_x (r, point->x_start);
  *to = gpm_render_days_to_x (r, point->x_end);

  /* An instant in a bar chart still needs a bar: give it a narrow one. */
  if (*to - *from < 2.0 * r->s)
    {
      double middle = (*from + *to) / 2.0;

      *from = middle - 3.0 * r->s;
      *to = middle + 3.0 * r->s;
    }

  return TRUE;
}

/* Builds one wrapped, ellipsized label per category that fits in @slot pixels, labelling
 * only every @step-th category when slots are too small for anything readable. */
static double
layout_category_labels (GpmRender *r,
                        double     slot,
                        double     wrap,
                        gboolean   vertical)
{
  double min_slot = vertical ? r->tick_height * 1.05 : r->tick_height * 2.6;
  guint step = (guint) MAX (1.0, ceil (min_slot / MAX (slot, 0.5)));
  double tallest = 0.0;

  g_ptr_array_set_size (r->category_labels, 0);
  for (guint i = 0; i < r->categories->len; i++)
    {
      PangoLayout *layout = NULL;

      if (i % step == 0)
        {
          double width = vertical ? wrap : slot * step - 4.0 * r->s;
          double height;

          layout = gpm_render_make_text (r, r->font_tick, g_ptr_array_index (r->categories, i),
                                         MAX (width, 8.0));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_height (layout, vertical && slot * step < r->tick_height * 2.2
                                           ? -1 : -2);
          pango_layout_set_alignment (layout, vertical ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER);
          gpm_render_text_size (layout, NULL, &height);
          tallest = MAX (tallest, height);
        }
      g_ptr_array_add (r->category_labels, layout);
    }

  return tallest;
}

double
gpm_render_axes_layout_x (GpmRender *r,
                          double     plot_width)
{
  double gap = 5.0 * r->gap;

  if (r->xy)
    return gpm_render_xy_layout (r, plot_width);
  if (r->x_kind == GPM_X_TIME)
    {
      g_clear_pointer (&r->time_axis, gpm_time_axis_free);
      r->time_axis = gpm_time_axis_new (r->x0, r->x1, plot_width, r->finest, r->language,
                                        measure_tick, r);
      return r->tick_height + gap;
    }

  if (r->x_kind == GPM_X_CATEGORY)
    {
      double slot = plot_width / MAX (r->categories->len, 1);

      return layout_category_labels (r, slot, 0, FALSE) + gap;
    }

  return gap;
}

static double
widest_value_label (GpmRender *r)
{
  double widest = 0.0;

  for (guint i = 0; i < r->series->len; i++)
    {
      GpmSeriesInfo *info = &g_array_index (r->series, GpmSeriesInfo, i);

      for (guint p = 0; p < gpm_chart_series_get_n_points (info->series); p++)
        {
          GpmChartPoint point;
          g_autofree char *value = NULL;
          g_autofree char *text = NULL;

          gpm_chart_series_get_point (info->series, p, &point);
          value = gpm_number_format (r->language, point.value,
                                     gpm_chart_series_get_unit (info->series), GPM_NUMBER_LONG);
          text = g_strconcat (gpm_render_qualifier_sign (point.qualifier), value, NULL);
          /* A doubtful value's badge follows its label. */
          widest = MAX (widest, measure_tick (text, r) + (point.doubtful ? 17.0 * r->s : 0.0));
        }
    }

  return widest;
}

/* Horizontal bars: categories down the left, values along the bottom. */
void
gpm_render_axes_layout_hbar (GpmRender *r)
{
  double available = r->width - 2 * r->pad;
  double natural = 0.0, column, slot, value_room;
  guint max_ticks;

  for (guint i = 0; i < r->categories->len; i++)
    natural = MAX (natural, measure_tick (g_ptr_array_index (r->categories, i), r));
  column = MIN (ceil (natural) + 1.0, MAX (available * 0.35, 40.0 * r->s));

  if (r->axis_title_height > 0)
    {
      r->plot.y += r->axis_title_height + 4.0 * r->gap;
      r->plot.height -= r->axis_title_height + 4.0 * r->gap;
    }
  r->plot.height -= r->tick_height + 5.0 * r->gap;
  r->plot.x = r->pad + column + 8.0 * r->s;

  /* Room right of the bars for their value labels. */
  value_room = widest_value_label (r) + 8.0 * r->s;
  r->plot.width = r->width - r->pad - r->plot.x - value_room;

  /* As many value ticks as fit side by side. */
  for (max_ticks = 8; max_ticks >= 2; max_ticks--)
    {
      double widest;

      make_ticks (r, 0, max_ticks);
      widest = gpm_render_widest_label (r, r->axes[0].labels);
      if (r->axes[0].ticks.n_values < 2
          || r->plot.width / (r->axes[0].ticks.n_values - 1) >= widest + 10.0 * r->s)
        break;
    }
  r->axes[0].label_width = gpm_render_widest_label (r, r->axes[0].labels);

  slot = r->plot.height / MAX (r->categories->len, 1);
  r->category_width = column;
  layout_category_labels (r, slot, column, TRUE);
}

/* ---------------------------------------------------------------- drawing */

static void
hline (GpmRender     *r,
       double         y,
       double         width,
       const GpmRgba *color)
{
  y = gpm_render_snap (r, y, width);
  cairo_move_to (r->cr, r->plot.x, y);
  cairo_line_to (r->cr, r->plot.x + r->plot.width, y);
  cairo_set_line_width (r->cr, width);
  gpm_render_set_color (r, color, 1.0);
  cairo_stroke (r->cr);
}

static void
vline (GpmRender     *r,
       double         x,
       double         y0,
       double         y1,
       double         width,
       const GpmRgba *color)
{
  x = gpm_render_snap (r, x, width);
  cairo_move_to (r->cr, x, y0);
  cairo_line_to (r->cr, x, y1);
  cairo_set_line_width (r->cr, width);
  gpm_render_set_color (r, color, 1.0);
  cairo_stroke (r->cr);
}

void
gpm_render_axes_draw_grid (GpmRender *r)
{
  const GpmValueAxis *axis = &r->axes[0];
  double width = MAX (1.0 * r->s, 1.0 / r->device_scale);

  if (r->xy)
    gpm_render_xy_draw_grid (r);
  for (guint i = 0; i < axis->ticks.n_values; i++)
    {
      if (r->type == GPM_CHART_TYPE_HBAR)
        vline (r, gpm_render_value_to_x (r, axis->ticks.values[i]), r->plot.y,
               r->plot.y + r->plot.height, width, &r->colors.grid);
      else
        hline (r, gpm_render_value_to_y (r, 0, axis->ticks.values[i]), width, &r->colors.grid);
    }
}

/* The zero line (or the bottom of the axis) on top of bars, as their baseline. */
static void
draw_baseline (GpmRender *r)
{
  const GpmValueAxis *axis = &r->axes[0];
  double width = MAX (1.0 * r->s, 1.0 / r->device_scale);
  double base = axis->log || axis->ticks.min > 0 ? axis->ticks.min
                : axis->ticks.max < 0 ? axis->ticks.max : 0.0;

  if (r->type == GPM_CHART_TYPE_HBAR)
    vline (r, gpm_render_value_to_x (r, base), r->plot.y, r->plot.y + r->plot.height, width,
           &r->colors.axis);
  else
    hline (r, gpm_render_value_to_y (r, 0, base), width, &r->colors.axis);
}

static void
draw_value_labels (GpmRender *r,
                   guint      a)
{
  GpmValueAxis *axis = &r->axes[a];

  for (guint i = 0; i < axis->ticks.n_values && axis->labels[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = gpm_render_make_text (r, r->font_tick, axis->labels[i], -1);
      double w, h, x, y;

      gpm_render_text_size (layout, &w, &h);
      if (r->type == GPM_CHART_TYPE_HBAR)
        {
          x = gpm_render_value_to_x (r, axis->ticks.values[i]) - w / 2.0;
          x = CLAMP (x, r->pad, r->width - r->pad - w);
          y = r->plot.y + r->plot.height + 5.0 * r->gap;
          gpm_render_draw_text (r, layout, x, y, &r->colors.muted_text,
                                GPM_CHART_BOX_X_TICK_LABEL, -1);
        }
      else
        {
          y = gpm_render_value_to_y (r, a, axis->ticks.values[i]) - h / 2.0;
          x = a == 0 ? r->plot.x - 6.0 * r->s - w : r->plot.x + r->plot.width + 6.0 * r->s;
          gpm_render_draw_text (r, layout, x, y, &r->colors.muted_text,
                                GPM_CHART_BOX_Y_TICK_LABEL, -1);
        }
    }
}

static void
draw_time_labels (GpmRender *r)
{
  double previous_right = -G_MAXDOUBLE;
  double y = r->plot.y + r->plot.height;
  /* Labels may overhang the plot a little, never into the value labels beside it. */
  double left = r->axes[0].used ? r->plot.x - 4.0 * r->s : r->pad;
  double right = r->axes[1].used ? r->plot.x + r->plot.width + 4.0 * r->s : r->width - r->pad;
  double tick_width = MAX (1.0 * r->s, 1.0 / r->device_scale);

  for (guint i = 0; i < gpm_time_axis_get_n_ticks (r->time_axis); i++)
    {
      const GpmTimeTick *tick = gpm_time_axis_get_tick (r->time_axis, i);
      g_autoptr(PangoLayout) layout = gpm_render_make_text (r, r->font_tick, tick->label, -1);
      double centre = gpm_render_days_to_x (r, (tick->start + tick->end) / 2.0);
      double w, h, x;

      gpm_render_text_size (layout, &w, &h);
      x = CLAMP (centre - w / 2.0, left, right - w);
      if (x < previous_right + 3.0 * r->s)
        continue;

      /* Boundary ticks where labelled spans begin, so spans read as spans. */
      if (tick->start > r->x0)
        vline (r, gpm_render_days_to_x (r, tick->start), y, y + 4.0 * r->s, tick_width,
               &r->colors.axis);
      gpm_render_draw_text (r, layout, x, y + 5.0 * r->gap, &r->colors.muted_text,
                            GPM_CHART_BOX_X_TICK_LABEL, -1);
      previous_right = x + w;
    }
}

static void
draw_category_labels (GpmRender *r)
{
  gboolean vertical = r->type == GPM_CHART_TYPE_HBAR;
  double origin = vertical ? r->plot.y : r->plot.x;
  double slot = (vertical ? r->plot.height : r->plot.width) / MAX (r->categories->len, 1);

  for (guint i = 0; i < r->category_labels->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (r->category_labels, i);
      double layout_width, h, x, y;

      if (layout == NULL)
        continue;
      gpm_render_text_size (layout, NULL, &h);
      layout_width = pango_layout_get_width (layout) / (double) PANGO_SCALE;
      if (vertical)
        {
          x = r->pad + r->category_width - layout_width;
          y = origin + (i + 0.5) * slot - h / 2.0;
        }
      else
        {
          x = origin + (i + 0.5) * slot - layout_width / 2.0;
          y = r->plot.y + r->plot.height + 5.0 * r->gap;
        }
      gpm_render_draw_text (r, layout, x, y, &r->colors.muted_text,
                            vertical ? GPM_CHART_BOX_Y_TICK_LABEL : GPM_CHART_BOX_X_TICK_LABEL,
                            -1);
    }
}

static void
draw_axis_titles (GpmRender *r)
{
  double y = r->plot.y - r->axis_title_height - 4.0 * r->gap;

  if (r->type != GPM_CHART_TYPE_HBAR)
    y -= r->tick_height / 2.0 + 2.0 * r->gap;

  for (guint a = 0; a < 2; a++)
    {
      GpmValueAxis *axis = &r->axes[a];
      double x;

      if (axis->title == NULL)
        continue;
      x = a == 0 ? r->pad
                 : r->width - r->pad - pango_layout_get_width (axis->title) / (double) PANGO_SCALE;
      gpm_render_draw_text (r, axis->title, x, y, &r->colors.muted_text,
                            GPM_CHART_BOX_AXIS_TITLE, -1);
    }
}

void
gpm_render_axes_draw_labels (GpmRender *r)
{
  draw_baseline (r);
  draw_axis_titles (r);
  for (guint a = 0; a < 2; a++)
    if (r->axes[a].used)
      draw_value_labels (r, a);

  if (r->x_kind == GPM_X_TIME && r->time_axis != NULL)
    draw_time_labels (r);
  else if (r->x_kind == GPM_X_CATEGORY)
    draw_category_labels (r);
  else if (r->xy)
    gpm_render_xy_draw_labels (r);
}

void
gpm_render_axes_clear (GpmRender *r)
{
  for (guint a = 0; a < 2; a++)
    {
      g_clear_pointer (&r->axes[a].labels, g_strfreev);
      g_clear_object (&r->axes[a].title);
    }
  g_clear_pointer (&r->x_axis.labels, g_strfreev);
  g_clear_object (&r->x_axis.title);
}
