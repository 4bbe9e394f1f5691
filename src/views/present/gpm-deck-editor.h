/* gpm-deck-editor.h — a small dialog where the presenter picks the saved charts of the
 * deck and puts them in the order of the talk. */
#pragma once

#include <adwaita.h>

#include "gpm-store.h"

G_BEGIN_DECLS

#define GPM_TYPE_DECK_EDITOR (gpm_deck_editor_get_type ())
G_DECLARE_FINAL_TYPE (GpmDeckEditor, gpm_deck_editor, GPM, DECK_EDITOR, AdwWindow)

GpmDeckEditor *gpm_deck_editor_new         (GpmStore      *store,
                                            GtkWindow     *parent);
gboolean       gpm_deck_editor_get_loaded  (GpmDeckEditor *self);
/* The saved-chart ids of the deck as shown, in order. */
const GArray  *gpm_deck_editor_get_order   (GpmDeckEditor *self);

G_END_DECLS
