/* gpm-store-decks.h — presentation decks: named, ordered lists of slides, each a saved
 * chart or the timeline at a saved range.
 *
 * Same contract as gpm-store.h: every call is safe from any thread and holds the
 * store's mutex; edits are single transactions that emit "changed" with "decks" and
 * hand back a GpmStoreChange for gpm_store_undo () / gpm_store_redo ().
 */
#pragma once

#include "gpm-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *name;
} GpmDeck;

/* One slide. Exactly one of chart_id and timeline_range is set, as the schema checks. */
typedef struct
{
  gint64         chart_id;        /* 0 on a timeline slide */
  char          *timeline_range;  /* "FROM/TO" period texts on a timeline slide, else NULL */
  GpmSavedChart *chart;           /* the chart itself, from gpm_store_list_deck_show () */
} GpmDeckSlide;

#define GPM_TYPE_DECK       (gpm_deck_get_type ())
#define GPM_TYPE_DECK_SLIDE (gpm_deck_slide_get_type ())

GType         gpm_deck_get_type              (void) G_GNUC_CONST;
GpmDeck      *gpm_deck_copy                  (const GpmDeck       *deck);
void          gpm_deck_free                  (GpmDeck             *deck);

GType         gpm_deck_slide_get_type        (void) G_GNUC_CONST;
GpmDeckSlide *gpm_deck_slide_new_chart       (gint64               chart_id);
GpmDeckSlide *gpm_deck_slide_new_timeline    (const char          *range);
GpmDeckSlide *gpm_deck_slide_copy            (const GpmDeckSlide  *slide);
void          gpm_deck_slide_free            (GpmDeckSlide        *slide);

/* Checks "FROM/TO": two period texts, FROM not after TO. @from and @to (optional) get
 * the two halves. The deck editor uses it for its messages, the store before writing. */
gboolean      gpm_deck_parse_timeline_range  (const char          *range,
                                              char               **from,
                                              char               **to,
                                              GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmDeck, gpm_deck_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmDeckSlide, gpm_deck_slide_free)

/* The decks by name, as GpmDeck (free func set). */
GPtrArray    *gpm_store_list_decks           (GpmStore            *self,
                                              GCancellable        *cancellable,
                                              GError             **error);
/* The deck named @name, or 0 with GPM_STORE_ERROR_NOT_FOUND. */
gint64        gpm_store_find_deck            (GpmStore            *self,
                                              const char          *name,
                                              GError             **error);
/* The slides of a deck as GpmDeckSlide (chart not filled in), in slide order. */
GPtrArray    *gpm_store_list_deck_slides     (GpmStore            *self,
                                              gint64               deck_id,
                                              GCancellable        *cancellable,
                                              GError             **error);

/* What Present shows and the handout prints: the slides of deck @deck_id, or of the
 * first deck by name when @deck_id is 0 or gone, as GpmDeckSlide with the chart filled
 * in. Without a deck, or with an empty one, every saved chart in list order, so there
 * is always something to show. */
GPtrArray    *gpm_store_list_deck_show       (GpmStore            *self,
                                              gint64               deck_id,
                                              GCancellable        *cancellable,
                                              GError             **error);

/* Edits (gpm-store-deck-edit.c). @slides: GpmDeckSlide, may be NULL for none.
 * Returns the new deck's id, or 0 on error. */
gint64        gpm_store_create_deck          (GpmStore            *self,
                                              const char          *name,
                                              GPtrArray           *slides,
                                              GpmStoreChange     **change,
                                              GError             **error);
/* Replaces the deck's slides by @slides, in that order. */
gboolean      gpm_store_set_deck_slides      (GpmStore            *self,
                                              gint64               deck_id,
                                              GPtrArray           *slides,
                                              GpmStoreChange     **change,
                                              GError             **error);
gboolean      gpm_store_rename_deck          (GpmStore            *self,
                                              gint64               deck_id,
                                              const char          *name,
                                              GpmStoreChange     **change,
                                              GError             **error);
gboolean      gpm_store_delete_deck          (GpmStore            *self,
                                              gint64               deck_id,
                                              GpmStoreChange     **change,
                                              GError             **error);

G_END_DECLS
