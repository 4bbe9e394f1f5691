/* gpm-timeline-slide.h — the timeline at a saved range, drawn as one slide: a screen of
 * the presentation or a page of the handout PDF.
 *
 * A thin layer over GpmTimeline: it keeps the range, shows only the events in it, fits
 * the view to it, and draws at a type scale (2 = labels twice the Timeline page's size)
 * by laying out on a page that much smaller and scaling the drawing up. Presentation and
 * export-deck both draw through it, so screen and handout show the same picture. A title
 * and subtitle above the timeline say what the slide is.
 */
#pragma once

#include "gpm-timeline-renderer.h"

G_BEGIN_DECLS

typedef struct _GpmTimelineSlide GpmTimelineSlide;

/* @events: GpmEvent; @vendors: GpmVendor (nullable); @range: "FROM/TO" period texts.
 * Returns NULL with G_IO_ERROR_INVALID_DATA when @range does not parse. */
GpmTimelineSlide *gpm_timeline_slide_new          (GListModel               *events,
                                                   GListModel               *vendors,
                                                   const char               *range,
                                                   GpmLanguage               language,
                                                   const GpmTimelineStrings *strings,
                                                   GError                  **error);
void              gpm_timeline_slide_free         (GpmTimelineSlide         *self);

/* The words a slide shows (lane names, "today", its title) in the slide's language, not
 * the process's: a handout written with --lang zh_CN from an English session is all
 * Chinese. The same words the Timeline page's translations use. */
void              gpm_timeline_slide_fill_strings (GpmTimelineStrings       *strings,
                                                   GpmLanguage               language);
const char       *gpm_timeline_slide_get_default_title
                                                  (GpmLanguage               language);

void              gpm_timeline_slide_set_theme    (GpmTimelineSlide         *self,
                                                   GpmChartTheme             theme);
void              gpm_timeline_slide_set_title    (GpmTimelineSlide         *self,
                                                   const char               *title,
                                                   const char               *subtitle);
GpmTimeline      *gpm_timeline_slide_get_timeline (GpmTimelineSlide         *self);
guint             gpm_timeline_slide_get_n_events (GpmTimelineSlide         *self);
void              gpm_timeline_slide_render       (GpmTimelineSlide         *self,
                                                   cairo_t                  *cr,
                                                   double                    width,
                                                   double                    height,
                                                   double                    scale);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmTimelineSlide, gpm_timeline_slide_free)

G_END_DECLS
