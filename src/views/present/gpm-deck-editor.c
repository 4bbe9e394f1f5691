/* gpm-deck-editor.c — picking and ordering the charts of the presentation deck.
 *
 * One row a saved chart: ticked rows are the deck, first and in slide order, each with
 * move up / move down and dragged to a new place; unticked ones follow in the Charts page's order. With no deck in
 * the database every chart is ticked, as that is what Present then shows; the first
 * change creates the deck. Each change is one small transaction (the list of slides is
 * replaced whole), so there is no Save button to forget. The lists are read off the
 * main thread.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-chart-presets.h"
#include "gpm-chart-view.h"
#include "gpm-deck-editor.h"
#include "gpm-presentation.h"
#include "gpm-store-decks.h"

typedef enum
{
  FOCUS_NONE,
  FOCUS_CHECK,
  FOCUS_UP,
  FOCUS_DOWN,
} FocusKind;

struct _GpmDeckEditor
{
  AdwWindow     parent_instance;

  GpmStore     *store;
  GCancellable *cancellable;

  gboolean      loaded;
  GPtrArray    *charts;       /* GpmSavedChart, in the Charts page's order */
  GArray       *order;        /* gint64 chart ids of the deck, in slide order */
  gint64        deck_id;      /* 0 until the first change creates the deck */

  guint         rebuild_id;
  gint64        focus_id;     /* what had the keyboard before the rows were rebuilt */
  FocusKind     focus_kind;

  GtkListBox   *list_box;
  GtkLabel     *status_label;
};

G_DEFINE_FINAL_TYPE (GpmDeckEditor, gpm_deck_editor, ADW_TYPE_WINDOW)

static int
find_in_order (GpmDeckEditor *self,
               gint64         id)
{
  for (guint i = 0; i < self->order->len; i++)
    if (g_array_index (self->order, gint64, i) == id)
      return i;

  return -1;
}

static GpmSavedChart *
find_chart (GpmDeckEditor *self,
            gint64         id)
{
  for (guint i = 0; i < self->charts->len; i++)
    if (gpm_saved_chart_get_id (g_ptr_array_index (self->charts, i)) == id)
      return g_ptr_array_index (self->charts, i);

  return NULL;
}

/* ---------------------------------------------------------------- rows */

static void
on_check_toggled (GtkCheckButton *check,
                  GpmDeckEditor  *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "chart-id"));

  gtk_widget_activate_action (GTK_WIDGET (self), "deck.toggle", "x", id);
}

static void
on_move_clicked (GtkButton     *button,
                 GpmDeckEditor *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "chart-id"));
  const char *action = g_object_get_data (G_OBJECT (button), "action");

  gtk_widget_activate_action (GTK_WIDGET (self), action, "x", id);
}

/* Clicked by hand rather than bound to the action, so the first row's "up" and the
 * last row's "down" can be insensitive while the actions stay enabled. */
static GtkWidget *
new_move_button (GpmDeckEditor *self,
                 const char    *icon,
                 const char    *tooltip,
                 const char    *action,
                 FocusKind      kind,
                 gint64         id,
                 gboolean       sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data (G_OBJECT (button), "chart-id", GSIZE_TO_POINTER (id));
  g_object_set_data (G_OBJECT (button), "action", (gpointer) action);
  g_object_set_data (G_OBJECT (button), "focus-kind", GINT_TO_POINTER (kind));
  g_signal_connect (button, "clicked", G_CALLBACK (on_move_clicked), self);

  return button;
}

/* ---------------------------------------------------------------- drag and drop */

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 gpointer       user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "chart-id"));

  return gdk_content_provider_new_typed (G_TYPE_INT64, id);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               gpointer       user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

/* A row dropped on a ticked row takes that row's place in the deck. */
static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GpmDeckEditor *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "position"));

  gtk_widget_activate_action (GTK_WIDGET (self), "deck.move-to", "(xu)",
                              g_value_get_int64 (value), position);
  return TRUE;
}

static void
add_drag_and_drop (GpmDeckEditor *self,
                   GtkWidget     *row,
                   gint64         id,
                   int            position)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

  g_object_set_data (G_OBJECT (row), "position", GUINT_TO_POINTER (position));
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), NULL);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), NULL);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

static GtkWidget *
new_row (GpmDeckEditor *self,
         GpmSavedChart *chart,
         int            position,
         guint          n_in_deck)
{
  gint64 id = gpm_saved_chart_get_id (chart);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *subtitle = NULL;
  const char *title;

  title = gpm_chart_preset_title (gpm_saved_chart_get_name (chart), gpm_ui_language ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (position >= 0)
    {
      /* Translators: the place of a chart in the presentation deck */
      subtitle = g_strdup_printf (_("Slide %d"), position + 1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), position >= 0);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Show in the presentation"));
  g_object_set_data (G_OBJECT (check), "chart-id", GSIZE_TO_POINTER (id));
  g_object_set_data (G_OBJECT (check), "focus-kind", GINT_TO_POINTER (FOCUS_CHECK));
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  if (position >= 0)
    {
      GtkWidget *up = new_move_button (self, "go-up-symbolic", _("Move up"), "deck.move-up",
                                       FOCUS_UP, id, position > 0);
      GtkWidget *down = new_move_button (self, "go-down-symbolic", _("Move down"),
                                         "deck.move-down", FOCUS_DOWN, id,
                                         (guint) position + 1 < n_in_deck);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
    }

  g_object_set_data (G_OBJECT (row), "chart-id", GSIZE_TO_POINTER (id));
  if (position >= 0)
    add_drag_and_drop (self, row, id, position);
  return row;
}

/* Gives the keyboard back to the same control of the same chart after a rebuild. */
static void
restore_focus (GpmDeckEditor *self,
               GtkWidget     *row)
{
  GtkWidget *widget = row;

  if (self->focus_kind == FOCUS_NONE)
    return;

  /* Depth-first through the row, for the control of that kind. */
  while (widget != NULL)
    {
      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "focus-kind"))
          == (int) self->focus_kind && gtk_widget_is_sensitive (widget))
        {
          gtk_widget_grab_focus (widget);
          return;
        }
      if (gtk_widget_get_first_child (widget) != NULL)
        widget = gtk_widget_get_first_child (widget);
      else
        {
          while (widget != row && gtk_widget_get_next_sibling (widget) == NULL)
            widget = gtk_widget_get_parent (widget);
          widget = widget != row ? gtk_widget_get_next_sibling (widget) : NULL;
        }
    }
  gtk_widget_grab_focus (row);
}

static void
rebuild (GpmDeckEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < self->order->len; i++)
    {
      gint64 id = g_array_index (self->order, gint64, i);
      GtkWidget *row = new_row (self, find_chart (self, id), i, self->order->len);

      gtk_list_box_append (self->list_box, row);
      if (id == self->focus_id)
        restore_focus (self, row);
    }
  for (guint i = 0; i < self->charts->len; i++)
    {
      GpmSavedChart *chart = g_ptr_array_index (self->charts, i);
      GtkWidget *row;

      if (find_in_order (self, gpm_saved_chart_get_id (chart)) >= 0)
        continue;
      row = new_row (self, chart, -1, self->order->len);
      gtk_list_box_append (self->list_box, row);
      if (gpm_saved_chart_get_id (chart) == self->focus_id)
        restore_focus (self, row);
    }
  self->focus_kind = FOCUS_NONE;
}

static gboolean
rebuild_idle (gpointer user_data)
{
  GpmDeckEditor *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Rows are rebuilt after the click that changed them has finished with its button. */
static void
queue_rebuild (GpmDeckEditor *self,
               gint64         focus_id,
               FocusKind      focus_kind)
{
  self->focus_id = focus_id;
  self->focus_kind = focus_kind;
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

/* ---------------------------------------------------------------- saving */

static void
show_error (GpmDeckEditor *self,
            const GError  *error)
{
  gtk_label_set_text (self->status_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), error != NULL);
}

static gboolean
save (GpmDeckEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->deck_id == 0)
    {
      /* Translators: the name of the deck made when the user first edits it */
      self->deck_id = gpm_store_create_deck (self->store, _("Presentation"), &error);
    }
  if (self->deck_id != 0)
    gpm_store_set_deck_slides (self->store, self->deck_id, (const gint64 *) self->order->data,
                               self->order->len, &error);
  show_error (self, error);

  return error == NULL;
}

/* ---------------------------------------------------------------- actions */

static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);
  gint64 id = g_variant_get_int64 (param);
  int index = find_in_order (self, id);

  if (find_chart (self, id) == NULL)
    return;

  if (index >= 0)
    g_array_remove_index (self->order, index);
  else
    g_array_append_val (self->order, id);
  save (self);
  queue_rebuild (self, id, FOCUS_CHECK);
}

static void
move (GpmDeckEditor *self,
      gint64         id,
      int            delta,
      FocusKind      focus_kind)
{
  int index = find_in_order (self, id);
  int target = index + delta;
  gint64 *ids = (gint64 *) self->order->data;

  if (index < 0 || target < 0 || target >= (int) self->order->len)
    return;

  ids[index] = ids[target];
  ids[target] = id;
  save (self);
  queue_rebuild (self, id, focus_kind);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  move (GPM_DECK_EDITOR (widget), g_variant_get_int64 (param), -1, FOCUS_UP);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  move (GPM_DECK_EDITOR (widget), g_variant_get_int64 (param), 1, FOCUS_DOWN);
}

/* Drag and drop: @id goes to @position in the deck; the rows between close up. */
static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);
  gint64 id;
  guint position;
  int index;

  g_variant_get (param, "(xu)", &id, &position);
  index = find_in_order (self, id);
  if (index < 0 || position >= self->order->len || (guint) index == position)
    return;

  g_array_remove_index (self->order, index);
  g_array_insert_val (self->order, position, id);
  save (self);
  queue_rebuild (self, id, FOCUS_NONE);
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
  GArray    *ids;
  gint64     deck_id;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->charts, g_ptr_array_unref);
  g_clear_pointer (&loaded->ids, g_array_unref);
  g_free (loaded);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GpmStore *store = task_data;
  g_autoptr(GPtrArray) decks = NULL;
  Loaded *loaded = g_new0 (Loaded, 1);
  GError *error = NULL;

  loaded->charts = gpm_store_list_saved_charts (store, cancellable, &error);
  if (loaded->charts != NULL)
    decks = gpm_store_list_decks (store, cancellable, &error);
  if (decks != NULL && decks->len > 0)
    {
      loaded->deck_id = ((GpmDeck *) g_ptr_array_index (decks, 0))->id;
      loaded->ids = gpm_store_list_deck_slides (store, loaded->deck_id, cancellable, &error);
    }

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

  /* Cancelled means the dialog is gone: touch nothing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loaded = TRUE;
  if (loaded == NULL)
    {
      show_error (self, error);
      return;
    }

  g_ptr_array_extend_and_steal (self->charts, g_steal_pointer (&loaded->charts));
  self->deck_id = loaded->deck_id;
  /* No deck, or an empty one: Present shows every chart, so every chart is ticked. */
  if (loaded->ids != NULL && loaded->ids->len > 0)
    g_array_append_vals (self->order, loaded->ids->data, loaded->ids->len);
  else
    for (guint i = 0; i < self->charts->len; i++)
      {
        gint64 id = gpm_saved_chart_get_id (g_ptr_array_index (self->charts, i));

        g_array_append_val (self->order, id);
      }
  loaded_free (loaded);
  rebuild (self);
}

/* ---------------------------------------------------------------- object */

static void
gpm_deck_editor_dispose (GObject *object)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_DECK_EDITOR);

  G_OBJECT_CLASS (gpm_deck_editor_parent_class)->dispose (object);
}

static void
gpm_deck_editor_finalize (GObject *object)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (object);

  g_clear_object (&self->cancellable);
  g_ptr_array_unref (self->charts);
  g_array_unref (self->order);

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
  gtk_widget_class_bind_template_child (widget_class, GpmDeckEditor, list_box);
  gtk_widget_class_bind_template_child (widget_class, GpmDeckEditor, status_label);

  gtk_widget_class_install_action (widget_class, "deck.toggle", "x", toggle_action);
  gtk_widget_class_install_action (widget_class, "deck.move-up", "x", move_up_action);
  gtk_widget_class_install_action (widget_class, "deck.move-down", "x", move_down_action);
  gtk_widget_class_install_action (widget_class, "deck.move-to", "(xu)", move_to_action);
  gtk_widget_class_install_action (widget_class, "deck.present", NULL, present_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "deck.present", NULL);
}

static void
gpm_deck_editor_init (GpmDeckEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->charts = g_ptr_array_new_with_free_func (g_object_unref);
  self->order = g_array_new (FALSE, FALSE, sizeof (gint64));
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
  g_autoptr(GTask) task = NULL;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (GPM_TYPE_DECK_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  task = g_task_new (NULL, self->cancellable, on_loaded, self);
  g_task_set_source_tag (task, gpm_deck_editor_new);
  g_task_set_task_data (task, g_object_ref (store), g_object_unref);
  g_task_run_in_thread (task, load_thread);

  return self;
}

gboolean
gpm_deck_editor_get_loaded (GpmDeckEditor *self)
{
  g_return_val_if_fail (GPM_IS_DECK_EDITOR (self), FALSE);

  return self->loaded;
}

const GArray *
gpm_deck_editor_get_order (GpmDeckEditor *self)
{
  g_return_val_if_fail (GPM_IS_DECK_EDITOR (self), NULL);

  return self->order;
}
