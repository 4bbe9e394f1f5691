/* gpm-timeline-slide-view.c — the widget the presentation shows a timeline slide in.
 *
 * Nothing but a place to draw: snapshot hands a cairo context of the widget's size to
 * gpm_timeline_slide_render (), the same call the handout PDF makes for its page.
 */

#include "config.h"

#include "gpm-timeline-slide-view.h"

struct _GpmTimelineSlideView
{
  GtkWidget         parent_instance;

  GpmTimelineSlide *slide;  /* not owned */
  double            scale;
};

G_DEFINE_FINAL_TYPE (GpmTimelineSlideView, gpm_timeline_slide_view, GTK_TYPE_WIDGET)

static void
gpm_timeline_slide_view_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  GpmTimelineSlideView *self = GPM_TIMELINE_SLIDE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->slide == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gpm_timeline_slide_render (self->slide, cr, width, height, self->scale);
  cairo_destroy (cr);
}

static void
gpm_timeline_slide_view_class_init (GpmTimelineSlideViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = gpm_timeline_slide_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "timelineslide");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
gpm_timeline_slide_view_init (GpmTimelineSlideView *self)
{
  self->scale = 1.0;
}

GtkWidget *
gpm_timeline_slide_view_new (void)
{
  return g_object_new (GPM_TYPE_TIMELINE_SLIDE_VIEW, NULL);
}

void
gpm_timeline_slide_view_set_slide (GpmTimelineSlideView *self,
                                   GpmTimelineSlide     *slide)
{
  g_return_if_fail (GPM_IS_TIMELINE_SLIDE_VIEW (self));

  self->slide = slide;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GpmTimelineSlide *
gpm_timeline_slide_view_get_slide (GpmTimelineSlideView *self)
{
  g_return_val_if_fail (GPM_IS_TIMELINE_SLIDE_VIEW (self), NULL);

  return self->slide;
}

void
gpm_timeline_slide_view_set_scale (GpmTimelineSlideView *self,
                                   double                scale)
{
  g_return_if_fail (GPM_IS_TIMELINE_SLIDE_VIEW (self));

  self->scale = scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
