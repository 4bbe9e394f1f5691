/* gpm-deck-editor-private.h — the insides of GpmDeckEditor, shared between
 * gpm-deck-editor.c (loading, the deck chooser, undo) and gpm-deck-editor-slides.c (the
 * rows of slides and their actions).
 */
#pragma once

#include "gpm-deck-editor.h"
#include "gpm-store-decks.h"

G_BEGIN_DECLS

typedef enum
{
  FOCUS_NONE,
  FOCUS_CHECK,
  FOCUS_UP,
  FOCUS_DOWN,
  FOCUS_EDIT,
} FocusKind;

struct _GpmDeckEditor
{
  AdwWindow       parent_instance;

  GpmStore       *store;
  GSettings      *settings;
  GCancellable   *cancellable;  /* the read in flight; replaced by each reload */

  gboolean        loaded;
  GPtrArray      *charts;       /* GpmSavedChart, in the Charts page's order */
  GPtrArray      *decks;        /* GpmDeck, by name */
  GPtrArray      *order;        /* GpmDeckSlide of the deck, in slide order */
  gint64          deck_id;      /* 0 until the first change creates a deck */
  char           *range_from;   /* what a new timeline slide shows, as period texts */
  char           *range_to;

  GpmStoreChange *last_change;  /* what Undo undoes */
  gint64          change_deck_id; /* the deck it was about */
  AdwToast       *toast;        /* the undo toast on screen, not owned */
  gboolean        syncing;      /* the chooser is being filled, not picked from */

  guint           rebuild_id;
  gint64          focus_key;    /* what had the keyboard before the rows were rebuilt */
  FocusKind       focus_kind;

  AdwToastOverlay *toast_overlay;
  GtkDropDown     *deck_dropdown;
  GtkStringList   *deck_names;
  GtkWidget       *rename_button;
  GtkWidget       *delete_button;
  GtkListBox      *list_box;
  GtkLabel        *status_label;
};

/* gpm-deck-editor.c */
void     gpm_deck_editor_show_error        (GpmDeckEditor  *self,
                                            const GError   *error);
void     gpm_deck_editor_take_change       (GpmDeckEditor  *self,
                                            GpmStoreChange *change);

/* gpm-deck-editor-slides.c */
void     gpm_deck_editor_install_slide_actions (GtkWidgetClass *widget_class);
void     gpm_deck_editor_rebuild           (GpmDeckEditor  *self);
gboolean gpm_deck_editor_save              (GpmDeckEditor  *self);
void     gpm_deck_editor_fill_all_charts   (GpmDeckEditor  *self);

/* gpm-deck-editor-prompts.c: small dialogs that ask for a deck name or a timeline range
 * and then activate the action named with what was typed. */
void     gpm_deck_editor_prompt_name       (GpmDeckEditor  *self,
                                            const char     *heading,
                                            const char     *initial,
                                            const char     *response_label,
                                            const char     *action);
void     gpm_deck_editor_prompt_range      (GpmDeckEditor  *self,
                                            int             position);

G_END_DECLS
