/* gpm-store-decks.h — presentation decks: named, ordered lists of saved charts.
 *
 * Same contract as gpm-store.h: every call is safe from any thread and holds the
 * store's mutex; edits are single transactions that emit "changed" with "decks".
 * Deck edits are not recorded for undo: a deck is a running order, rebuilt in a few
 * clicks, and the chart edits it refers to keep their own undo.
 */
#pragma once

#include "gpm-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *name;
} GpmDeck;

#define GPM_TYPE_DECK (gpm_deck_get_type ())

GType       gpm_deck_get_type           (void) G_GNUC_CONST;
GpmDeck    *gpm_deck_copy               (const GpmDeck  *deck);
void        gpm_deck_free               (GpmDeck        *deck);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmDeck, gpm_deck_free)

/* The decks by name, as GpmDeck (free func set). */
GPtrArray  *gpm_store_list_decks        (GpmStore       *self,
                                         GCancellable   *cancellable,
                                         GError        **error);
/* The saved-chart ids of a deck's chart slides, in slide order (gint64 elements).
 * Timeline slides are not listed. */
GArray     *gpm_store_list_deck_slides  (GpmStore       *self,
                                         gint64          deck_id,
                                         GCancellable   *cancellable,
                                         GError        **error);

/* What Present shows and the handout prints: the chart slides of the first deck (by
 * name), as GpmSavedChart in slide order; without a deck, or with an empty one, every
 * saved chart in list order, so there is always something to show. */
GPtrArray  *gpm_store_list_deck_charts  (GpmStore       *self,
                                         GCancellable   *cancellable,
                                         GError        **error);

/* Returns the new deck's id, or 0 on error. */
gint64      gpm_store_create_deck       (GpmStore       *self,
                                         const char     *name,
                                         GError        **error);
/* Replaces the deck's slides by @chart_ids, in that order, in one transaction. */
gboolean    gpm_store_set_deck_slides   (GpmStore       *self,
                                         gint64          deck_id,
                                         const gint64   *chart_ids,
                                         guint           n_chart_ids,
                                         GError        **error);
gboolean    gpm_store_rename_deck       (GpmStore       *self,
                                         gint64          deck_id,
                                         const char     *name,
                                         GError        **error);
gboolean    gpm_store_delete_deck       (GpmStore       *self,
                                         gint64          deck_id,
                                         GError        **error);

G_END_DECLS
