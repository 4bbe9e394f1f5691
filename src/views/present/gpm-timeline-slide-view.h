/* gpm-timeline-slide-view.h — shows a timeline slide (gpm-timeline-slide.h) filling the
 * widget, at a type scale; the drawing is the renderer's. */
#pragma once

#include <gtk/gtk.h>

#include "gpm-timeline-slide.h"

G_BEGIN_DECLS

#define GPM_TYPE_TIMELINE_SLIDE_VIEW (gpm_timeline_slide_view_get_type ())
G_DECLARE_FINAL_TYPE (GpmTimelineSlideView, gpm_timeline_slide_view, GPM, TIMELINE_SLIDE_VIEW,
                      GtkWidget)

GtkWidget        *gpm_timeline_slide_view_new       (void);
/* @slide is not copied: it must outlive its place here (the presentation owns it). */
void              gpm_timeline_slide_view_set_slide (GpmTimelineSlideView *self,
                                                     GpmTimelineSlide     *slide);
GpmTimelineSlide *gpm_timeline_slide_view_get_slide (GpmTimelineSlideView *self);
void              gpm_timeline_slide_view_set_scale (GpmTimelineSlideView *self,
                                                     double                scale);

G_END_DECLS
