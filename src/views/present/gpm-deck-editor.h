/* gpm-deck-editor.h — a small dialog where the presenter picks the deck, and its saved
 * charts and timeline ranges in the order of the talk. */
#pragma once

#include <adwaita.h>

#include "gpm-store.h"

G_BEGIN_DECLS

#define GPM_TYPE_DECK_EDITOR (gpm_deck_editor_get_type ())
G_DECLARE_FINAL_TYPE (GpmDeckEditor, gpm_deck_editor, GPM, DECK_EDITOR, AdwWindow)

GpmDeckEditor *gpm_deck_editor_new                (GpmStore      *store,
                                                   GtkWindow     *parent);
/* What "Timeline Slide…" offers first, as period texts: the Timeline page's range. */
void           gpm_deck_editor_set_timeline_range (GpmDeckEditor *self,
                                                   const char    *from,
                                                   const char    *to);
void           gpm_deck_editor_set_timeline_range_from_page
                                                  (GpmDeckEditor *self,
                                                   GtkWidget     *page);
gboolean       gpm_deck_editor_get_loaded         (GpmDeckEditor *self);
/* The deck shown, 0 before the first change creates one. */
gint64         gpm_deck_editor_get_deck_id        (GpmDeckEditor *self);
/* The deck's slides as shown (GpmDeckSlide), in order. */
GPtrArray     *gpm_deck_editor_get_order          (GpmDeckEditor *self);
/* What the undo toast would undo, or NULL. */
GpmStoreChange *gpm_deck_editor_get_last_change   (GpmDeckEditor *self);

G_END_DECLS
