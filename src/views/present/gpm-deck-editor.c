/* gpm-deck-editor.c — the deck editor: which deck, and undo of its edits.
 *
 * A dropdown picks the deck Present shows (remembered in the "presentation-deck"
 * setting); beside it, buttons create, rename and delete decks. Every edit is one store
 * transaction that hands back a GpmStoreChange: a toast offers Undo, and Ctrl+Z undoes
 * the last edit while the toast is gone. The rows of slides are in
 * gpm-deck-editor-slides.c. Lists are read off the main thread; after a change of deck,
 * or an undo, everything is read again rather than patched.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-deck-editor-private.h"
#include "gpm-presentation.h"
#include "gpm-timeline-page-private.h"
#include "gpm-timeline-text.h"

G_DEFINE_FINAL_TYPE (GpmDeckEditor, gpm_deck_editor, ADW_TYPE_WINDOW)

static void reload (GpmDeckEditor *self);

static void
set_current_deck (GpmDeckEditor *self,
                  gint64         deck_id)
{
  self->deck_id = deck_id;
  g_settings_set_int64 (self->settings, "presentation-deck", deck_id);
}

void
gpm_deck_editor_show_error (GpmDeckEditor *self,
                            const GError  *error)
{
  gtk_label_set_text (self->status_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), error != NULL);
}

/* ---------------------------------------------------------------- undo */

static void
on_toast_dismissed (AdwToast      *toast,
                    GpmDeckEditor *self)
{
  if (self->toast == toast)
    self->toast = NULL;
}

/* Remembers @change (taking it) for Undo and offers it in a toast. */
void
gpm_deck_editor_take_change (GpmDeckEditor  *self,
                             GpmStoreChange *change)
{
  AdwToast *toast;

  g_clear_pointer (&self->last_change, gpm_store_change_unref);
  self->last_change = change;
  self->change_deck_id = self->deck_id;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deck.undo", TRUE);

  /* One toast for a run of clicks: the one on screen says the latest edit. It is
   * retitled rather than dismissed and replaced, as libadwaita 1.2 crashes when a toast
   * is dismissed while it is still animating in. */
  if (self->toast != NULL)
    {
      adw_toast_set_title (self->toast, gpm_store_change_get_description (change));
      return;
    }
  toast = adw_toast_new (gpm_store_change_get_description (change));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "deck.undo");
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, 0);
  self->toast = toast;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);
  g_autoptr(GpmStoreChange) change = g_steal_pointer (&self->last_change);
  g_autoptr(GError) error = NULL;

  if (change == NULL)
    return;

  /* The toast may stay a moment after Ctrl+Z: its button then does nothing. */
  gtk_widget_action_set_enabled (widget, "deck.undo", FALSE);
  /* Back to the deck the edit was about: a deleted deck comes back into view. */
  if (gpm_store_undo (self->store, change, &error))
    set_current_deck (self, self->change_deck_id);
  gpm_deck_editor_show_error (self, error);
  reload (self);
}

/* ---------------------------------------------------------------- the chooser */

static void
fill_chooser (GpmDeckEditor *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < self->decks->len; i++)
    {
      GpmDeck *deck = g_ptr_array_index (self->decks, i);

      g_ptr_array_add (names, deck->name);
      if (deck->id == self->deck_id)
        selected = i;
    }
  g_ptr_array_add (names, NULL);

  self->syncing = TRUE;
  gtk_string_list_splice (self->deck_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->deck_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->deck_dropdown, selected);
  self->syncing = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->deck_dropdown), self->decks->len > 0);
  gtk_widget_set_sensitive (self->rename_button, self->deck_id != 0);
  gtk_widget_set_sensitive (self->delete_button, self->deck_id != 0);
}

static void
on_deck_selected (GtkDropDown   *dropdown,
                  GParamSpec    *pspec,
                  GpmDeckEditor *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->syncing || selected >= self->decks->len)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "deck.select", "x",
                              ((GpmDeck *) g_ptr_array_index (self->decks, selected))->id);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);
  gint64 deck_id = g_variant_get_int64 (param);

  if (deck_id == self->deck_id)
    return;

  set_current_deck (self, deck_id);
  reload (self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  GpmStoreChange *change = NULL;
  gint64 deck_id;

  deck_id = gpm_store_create_deck (self->store, g_variant_get_string (param, NULL), NULL,
                                   &change, &error);
  gpm_deck_editor_show_error (self, error);
  if (deck_id == 0)
    return;

  set_current_deck (self, deck_id);
  gpm_deck_editor_take_change (self, change);
  reload (self);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  GpmStoreChange *change = NULL;

  if (self->deck_id == 0)
    return;

  gpm_store_rename_deck (self->store, self->deck_id, g_variant_get_string (param, NULL),
                         &change, &error);
  gpm_deck_editor_show_error (self, error);
  if (change != NULL)
    gpm_deck_editor_take_change (self, change);
  reload (self);
}

/* No confirmation: the toast's Undo brings the deck back with its slides. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  GpmStoreChange *change = NULL;

  if (self->deck_id == 0)
    return;

  gpm_store_delete_deck (self->store, self->deck_id, &change, &error);
  gpm_deck_editor_show_error (self, error);
  if (change != NULL)
    {
      gpm_deck_editor_take_change (self, change);
      set_current_deck (self, 0);
    }
  reload (self);
}

static const char *
current_name (GpmDeckEditor *self)
{
  for (guint i = 0; i < self->decks->len; i++)
    if (((GpmDeck *) g_ptr_array_index (self->decks, i))->id == self->deck_id)
      return ((GpmDeck *) g_ptr_array_index (self->decks, i))->name;

  return NULL;
}

static void
new_deck_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  gpm_deck_editor_prompt_name (GPM_DECK_EDITOR (widget), _("New Deck"), NULL, _("C_reate"),
                               "deck.create");
}

static void
rename_deck_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);

  gpm_deck_editor_prompt_name (self, _("Rename Deck"), current_name (self), _("_Rename"),
                               "deck.rename");
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  gtk_window_present (GTK_WINDOW (gpm_presentation_new (self->store, parent)));
  gtk_window_close (GTK_WINDOW (self));
}

/* ---------------------------------------------------------------- loading */

typedef struct
{
  GPtrArray *charts;
  GPtrArray *decks;
  GPtrArray *slides;
  gint64     deck_id;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->charts, g_ptr_array_unref);
  g_clear_pointer (&loaded->decks, g_ptr_array_unref);
  g_clear_pointer (&loaded->slides, g_ptr_array_unref);
  g_free (loaded);
}

/* The wanted deck if it is there, else the first by name, as Present picks. */
static gint64
pick_deck (GPtrArray *decks,
           gint64     wanted)
{
  for (guint i = 0; i < decks->len; i++)
    if (((GpmDeck *) g_ptr_array_index (decks, i))->id == wanted)
      return wanted;

  return decks->len > 0 ? ((GpmDeck *) g_ptr_array_index (decks, 0))->id : 0;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GpmStore *store = g_task_get_task_data (task);
  Loaded *loaded = g_new0 (Loaded, 1);
  GError *error = NULL;

  loaded->deck_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (task), "deck-id"));
  loaded->charts = gpm_store_list_saved_charts (store, cancellable, &error);
  if (loaded->charts != NULL)
    loaded->decks = gpm_store_list_decks (store, cancellable, &error);
  if (loaded->decks != NULL)
    loaded->deck_id = pick_deck (loaded->decks, loaded->deck_id);
  if (loaded->deck_id != 0)
    loaded->slides = gpm_store_list_deck_slides (store, loaded->deck_id, cancellable, &error);

  if (error != NULL)
    {
      loaded_free (loaded);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  Loaded *loaded = g_task_propagate_pointer (G_TASK (result), &error);
  GpmDeckEditor *self = user_data;

  /* Cancelled means the dialog is gone or reading again: touch nothing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loaded = TRUE;
  if (loaded == NULL)
    {
      gpm_deck_editor_show_error (self, error);
      return;
    }

  g_ptr_array_set_size (self->charts, 0);
  g_ptr_array_extend_and_steal (self->charts, g_steal_pointer (&loaded->charts));
  g_ptr_array_unref (self->decks);
  self->decks = g_steal_pointer (&loaded->decks);
  self->deck_id = loaded->deck_id;
  g_ptr_array_set_size (self->order, 0);
  if (loaded->slides != NULL && loaded->slides->len > 0)
    g_ptr_array_extend_and_steal (self->order, g_steal_pointer (&loaded->slides));
  else
    gpm_deck_editor_fill_all_charts (self);
  loaded_free (loaded);

  fill_chooser (self);
  gpm_deck_editor_rebuild (self);
}

static void
reload (GpmDeckEditor *self)
{
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loaded = FALSE;

  task = g_task_new (NULL, self->cancellable, on_loaded, self);
  g_task_set_source_tag (task, reload);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_object_set_data (G_OBJECT (task), "deck-id", GSIZE_TO_POINTER (self->deck_id));
  g_task_run_in_thread (task, load_thread);
}

/* ---------------------------------------------------------------- object */

static void
gpm_deck_editor_dispose (GObject *object)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->last_change, gpm_store_change_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_DECK_EDITOR);

  G_OBJECT_CLASS (gpm_deck_editor_parent_class)->dispose (object);
}

static void
gpm_deck_editor_finalize (GObject *object)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (object);

  g_clear_object (&self->cancellable);
  g_ptr_array_unref (self->charts);
  g_ptr_array_unref (self->decks);
  g_ptr_array_unref (self->order);
  g_free (self->range_from);
  g_free (self->range_to);

  G_OBJECT_CLASS (gpm_deck_editor_parent_class)->finalize (object);
}

static void
gpm_deck_editor_class_init (GpmDeckEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_deck_editor_dispose;
  object_class->finalize = gpm_deck_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-deck-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, GpmDeckEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GpmDeckEditor, deck_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GpmDeckEditor, deck_names);
  gtk_widget_class_bind_template_child (widget_class, GpmDeckEditor, rename_button);
  gtk_widget_class_bind_template_child (widget_class, GpmDeckEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, GpmDeckEditor, list_box);
  gtk_widget_class_bind_template_child (widget_class, GpmDeckEditor, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_deck_selected);

  gpm_deck_editor_install_slide_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "deck.select", "x", select_action);
  gtk_widget_class_install_action (widget_class, "deck.create", "s", create_action);
  gtk_widget_class_install_action (widget_class, "deck.rename", "s", rename_action);
  gtk_widget_class_install_action (widget_class, "deck.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "deck.new-deck", NULL, new_deck_action);
  gtk_widget_class_install_action (widget_class, "deck.rename-deck", NULL, rename_deck_action);
  gtk_widget_class_install_action (widget_class, "deck.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "deck.present", NULL, present_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "deck.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "deck.undo",
                                       NULL);
}

static void
gpm_deck_editor_init (GpmDeckEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  self->charts = g_ptr_array_new_with_free_func (g_object_unref);
  self->decks = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_deck_free);
  self->order = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_deck_slide_free);
  self->deck_id = g_settings_get_int64 (self->settings, "presentation-deck");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deck.undo", FALSE);
}

/**
 * gpm_deck_editor_new:
 *
 * Returns: (transfer none): the new dialog, not yet presented
 */
GpmDeckEditor *
gpm_deck_editor_new (GpmStore  *store,
                     GtkWindow *parent)
{
  GpmDeckEditor *self;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (GPM_TYPE_DECK_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  reload (self);

  return self;
}

void
gpm_deck_editor_set_timeline_range (GpmDeckEditor *self,
                                    const char    *from,
                                    const char    *to)
{
  g_return_if_fail (GPM_IS_DECK_EDITOR (self));

  g_free (self->range_from);
  g_free (self->range_to);
  self->range_from = g_strdup (from);
  self->range_to = g_strdup (to);
}

/**
 * gpm_deck_editor_set_timeline_range_from_page:
 * @page: the Timeline page
 *
 * Offers the months the Timeline page shows as the range of a new timeline slide, so
 * what the presenter was just looking at becomes a slide in two clicks. A page never
 * laid out has no range of its own to offer.
 */
void
gpm_deck_editor_set_timeline_range_from_page (GpmDeckEditor *self,
                                              GtkWidget     *page)
{
  GpmTimelinePage *timeline_page;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  double start, span;

  g_return_if_fail (GPM_IS_DECK_EDITOR (self));
  g_return_if_fail (GPM_IS_TIMELINE_PAGE (page));

  timeline_page = GPM_TIMELINE_PAGE (page);
  if (gtk_widget_get_width (GTK_WIDGET (timeline_page->view)) <= 0)
    return;

  gpm_timeline_get_view (gpm_timeline_view_get_timeline (timeline_page->view), &start, &span);
  from = gpm_timeline_days_to_period (start, GPM_TIME_UNIT_MONTH);
  to = gpm_timeline_days_to_period (start + MAX (span - 1, 0), GPM_TIME_UNIT_MONTH);
  gpm_deck_editor_set_timeline_range (self, from, to);
}

gboolean
gpm_deck_editor_get_loaded (GpmDeckEditor *self)
{
  g_return_val_if_fail (GPM_IS_DECK_EDITOR (self), FALSE);

  return self->loaded;
}

gint64
gpm_deck_editor_get_deck_id (GpmDeckEditor *self)
{
  g_return_val_if_fail (GPM_IS_DECK_EDITOR (self), 0);

  return self->deck_id;
}

GPtrArray *
gpm_deck_editor_get_order (GpmDeckEditor *self)
{
  g_return_val_if_fail (GPM_IS_DECK_EDITOR (self), NULL);

  return self->order;
}

GpmStoreChange *
gpm_deck_editor_get_last_change (GpmDeckEditor *self)
{
  g_return_val_if_fail (GPM_IS_DECK_EDITOR (self), NULL);

  return self->last_change;
}
