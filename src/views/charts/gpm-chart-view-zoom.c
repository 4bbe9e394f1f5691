/* gpm-chart-view-zoom.c — zooming a long series without summarising it on the main thread.
 *
 * A series of a million points is drawn from a per-pixel-column min/max summary made for
 * the span shown; making one reads every point (tens of milliseconds). So when the reader
 * zooms or pans a chart that has such a series, the view keeps its last picture, draws it
 * stretched and shifted to the new span (the plot only; titles, legend and axes stay), and
 * asks a worker for the new summaries. Each new zoom step cancels the request it
 * supersedes; the answer of the latest is attached to the series on the main thread and
 * the chart is recorded again, now in O(width). Charts of short series redraw at once, as
 * before: for them a full redraw is cheaper than a round trip.
 */

#include "config.h"

#include <math.h>

#include "gpm-chart-renderer.h"
#include "gpm-chart-view-private.h"

typedef struct
{
  GpmChartData *data;
  double        x0;
  double        x1;
  guint         n_columns;
} SummaryJob;

static void
summary_job_free (SummaryJob *job)
{
  gpm_chart_data_unref (job->data);
  g_free (job);
}

static void
summarize_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  SummaryJob *job = task_data;
  GPtrArray *summaries = g_ptr_array_new_with_free_func (
    (GDestroyNotify) gpm_decimation_unref);

  for (guint i = 0; i < gpm_chart_data_get_n_series (job->data); i++)
    {
      if (g_task_return_error_if_cancelled (task))
        {
          g_ptr_array_unref (summaries);
          return;
        }
      g_ptr_array_add (summaries,
                       gpm_chart_summarize_series (gpm_chart_data_get_series (job->data, i),
                                                   job->x0, job->x1, job->n_columns));
    }

  g_task_return_pointer (task, summaries, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_summaries_done (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SummaryJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) summaries = g_task_propagate_pointer (G_TASK (result), NULL);
  GpmChartView *self;

  if (summaries == NULL)
    return;   /* superseded by a later step, or the view is gone: it must not be touched */

  self = GPM_CHART_VIEW (user_data);
  g_clear_object (&self->summary_cancellable);
  self->summary_pending = FALSE;
  if (job->data == self->data)
    for (guint i = 0; i < summaries->len; i++)
      if (g_ptr_array_index (summaries, i) != NULL)
        gpm_chart_series_set_decimation (gpm_chart_data_get_series (self->data, i),
                                         g_ptr_array_index (summaries, i));
  gpm_chart_view_invalidate (self);
}

void
gpm_chart_view_cancel_summaries (GpmChartView *self)
{
  g_cancellable_cancel (self->summary_cancellable);
  g_clear_object (&self->summary_cancellable);
  self->summary_pending = FALSE;
}

/* Called once the style has the new span. TRUE when a worker makes the summaries and
 * frames show the last picture stretched meanwhile; FALSE when the caller should simply
 * redraw (short series, or no picture of this data to stretch). */
gboolean
gpm_chart_view_zoom_in_background (GpmChartView *self)
{
  g_autoptr(GTask) task = NULL;
  SummaryJob *job;
  double x0, x1;

  if (self->data == NULL || self->chart_node == NULL || !self->recorded
      || self->node_serial != self->data_serial || self->plot_width <= 0
      || !gpm_chart_style_get_decimate (self->style)
      || !gpm_chart_data_has_long_series (self->data)
      || !gpm_chart_view_get_x_range (self, &x0, &x1))
    return FALSE;

  gpm_chart_view_cancel_summaries (self);
  self->summary_cancellable = g_cancellable_new ();
  self->summary_pending = TRUE;
  /* The marks under the pointer are about to move: no stale hover until they are redrawn. */
  self->has_hover = FALSE;

  job = g_new0 (SummaryJob, 1);
  job->data = gpm_chart_data_ref (self->data);
  job->x0 = x0;
  job->x1 = x1;
  /* The renderer's columns: one per device pixel of the plot, whose width a zoom keeps. */
  job->n_columns = (guint) MAX (ceil (self->plot_width
                                      * gtk_widget_get_scale_factor (GTK_WIDGET (self))), 1.0);

  task = g_task_new (NULL, self->summary_cancellable, on_summaries_done, self);
  g_task_set_source_tag (task, gpm_chart_view_zoom_in_background);
  g_task_set_task_data (task, job, (GDestroyNotify) summary_job_free);
  g_task_run_in_thread (task, summarize_thread);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
append_clipped (GtkSnapshot   *snapshot,
                GskRenderNode *node,
                double         x,
                double         y,
                double         width,
                double         height)
{
  if (width <= 0 || height <= 0)
    return;
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (x, y, width, height));
  gtk_snapshot_append_node (snapshot, node);
  gtk_snapshot_pop (snapshot);
}

/* The last picture with its plot stretched from the span it shows to the span asked
 * for: what the summaries on their way will draw, at the resolution of the old ones. */
void
gpm_chart_view_snapshot_stretched (GpmChartView *self,
                                   GtkSnapshot  *snapshot)
{
  double px = self->plot_x, py = self->plot_y, pw = self->plot_width, ph = self->plot_height;
  double w = self->node_width, h = self->node_height;
  double x0, x1, k, shift;

  if (!gpm_chart_view_get_x_range (self, &x0, &x1) || !(x1 > x0)
      || !(self->node_x1 > self->node_x0))
    {
      gtk_snapshot_append_node (snapshot, self->chart_node);
      return;
    }

  k = (self->node_x1 - self->node_x0) / (x1 - x0);
  shift = px + (self->node_x0 - x0) / (x1 - x0) * pw;

  /* Around the plot: as it was. */
  append_clipped (snapshot, self->chart_node, 0, 0, px, h);
  append_clipped (snapshot, self->chart_node, px + pw, 0, w - px - pw, h);
  append_clipped (snapshot, self->chart_node, px, 0, pw, py);
  append_clipped (snapshot, self->chart_node, px, py + ph, pw, h - py - ph);

  /* The plot: day d, drawn at px + (d − old x0) / old span × pw, goes where it belongs. */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (px, py, pw, ph));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (shift, 0));
  gtk_snapshot_scale (snapshot, k, 1.0);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-px, 0));
  gtk_snapshot_append_node (snapshot, self->chart_node);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}
