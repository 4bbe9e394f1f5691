/* gpm-deck-show.h — a deck as Present and export-deck show it: its slides, with each
 * timeline slide ready to draw and worded in the user's language. */
#pragma once

#include "gpm-store-decks.h"
#include "gpm-timeline-slide.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *slides;     /* GpmDeckSlide, chart filled in (gpm_store_list_deck_show ()) */
  GPtrArray *timelines;  /* GpmTimelineSlide, or NULL on a chart slide; one a slide */
} GpmDeckShow;

void         gpm_deck_show_free        (GpmDeckShow          *show);

/* Reads the deck (0: the first by name) and, when it has timeline slides, the events
 * and vendors they draw. Blocking: call it off the main thread. */
GpmDeckShow *gpm_deck_show_load        (GpmStore             *store,
                                        gint64                deck_id,
                                        GpmLanguage           language,
                                        GpmChartTheme         theme,
                                        GCancellable         *cancellable,
                                        GError              **error);
/* The same on a worker thread, in the language of the user interface. */
void         gpm_deck_show_load_async  (GpmStore             *store,
                                        gint64                deck_id,
                                        GpmChartTheme         theme,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
GpmDeckShow *gpm_deck_show_load_finish (GAsyncResult         *result,
                                        GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmDeckShow, gpm_deck_show_free)

G_END_DECLS
