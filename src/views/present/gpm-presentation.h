/* gpm-presentation.h — the fullscreen window that shows a deck, a saved chart or the
 * timeline at a saved range a slide, with the keys presenter clickers send. */
#pragma once

#include <adwaita.h>

#include "gpm-render-types.h"
#include "gpm-store.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_PRESENTATION_BLANK_NONE,
  GPM_PRESENTATION_BLANK_BLACK,
  GPM_PRESENTATION_BLANK_WHITE,
} GpmPresentationBlank;

#define GPM_TYPE_PRESENTATION (gpm_presentation_get_type ())
G_DECLARE_FINAL_TYPE (GpmPresentation, gpm_presentation, GPM, PRESENTATION, AdwWindow)

GpmPresentation     *gpm_presentation_new           (GpmStore         *store,
                                                     GtkWindow        *parent);
GpmStore            *gpm_presentation_get_store     (GpmPresentation  *self);
gboolean             gpm_presentation_get_loaded    (GpmPresentation  *self);
guint                gpm_presentation_get_n_slides  (GpmPresentation  *self);
guint                gpm_presentation_get_slide     (GpmPresentation  *self);
void                 gpm_presentation_set_slide     (GpmPresentation  *self,
                                                     guint             slide);
gboolean             gpm_presentation_get_slide_ready (GpmPresentation *self,
                                                       guint            index);
gint64               gpm_presentation_get_chart_id  (GpmPresentation  *self,
                                                     guint             index);
GpmPresentationBlank gpm_presentation_get_blank     (GpmPresentation  *self);
GpmChartTheme        gpm_presentation_get_theme     (GpmPresentation  *self);
GtkWidget           *gpm_presentation_get_chart_view (GpmPresentation *self);
gboolean             gpm_presentation_get_slide_is_timeline (GpmPresentation *self,
                                                             guint            index);
GtkWidget           *gpm_presentation_get_timeline_view (GpmPresentation *self);

G_END_DECLS
