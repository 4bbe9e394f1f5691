/* gpm-deck-editor-slides.c — the rows of the deck editor and what they do.
 *
 * One row a saved chart: ticked rows are the deck, first and in slide order, mixed with
 * the deck's timeline slides, each with move up / move down and dragged to a new place;
 * unticked charts follow in the Charts page's order. Each change replaces the deck's
 * slides in one undoable transaction, so there is no Save button to forget.
 *
 * Rows are rebuilt after each change; a row's "focus key" (the chart id, or minus one
 * minus the position of a timeline slide) gives the keyboard back to the same control.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-chart-presets.h"
#include "gpm-chart-view.h"
#include "gpm-deck-editor-private.h"

static int
find_chart_in_order (GpmDeckEditor *self,
                     gint64         id)
{
  for (guint i = 0; i < self->order->len; i++)
    if (((GpmDeckSlide *) g_ptr_array_index (self->order, i))->chart_id == id)
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

static gint64
slide_key (GpmDeckEditor *self,
           guint          position)
{
  GpmDeckSlide *slide = g_ptr_array_index (self->order, position);

  return slide->chart_id > 0 ? slide->chart_id : -1 - (gint64) position;
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
on_row_button_clicked (GtkButton     *button,
                       GpmDeckEditor *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));
  const char *action = g_object_get_data (G_OBJECT (button), "action");

  gtk_widget_activate_action (GTK_WIDGET (self), action, "u", position);
}

/* Clicked by hand rather than bound to the action, so the first row's "up" and the
 * last row's "down" can be insensitive while the actions stay enabled. */
static GtkWidget *
new_row_button (GpmDeckEditor *self,
                const char    *icon,
                const char    *tooltip,
                const char    *action,
                FocusKind      kind,
                guint          position,
                gboolean       sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (position));
  g_object_set_data (G_OBJECT (button), "action", (gpointer) action);
  g_object_set_data (G_OBJECT (button), "focus-kind", GINT_TO_POINTER (kind));
  g_signal_connect (button, "clicked", G_CALLBACK (on_row_button_clicked), self);

  return button;
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 gpointer       user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  return gdk_content_provider_new_typed (G_TYPE_UINT,
                                         GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row),
                                                                              "position")));
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

/* A row dropped on a slide's row takes that row's place in the deck. */
static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GpmDeckEditor *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "position"));

  gtk_widget_activate_action (GTK_WIDGET (self), "deck.move-to", "(uu)",
                              g_value_get_uint (value), position);
  return TRUE;
}

static void
add_drag_and_drop (GpmDeckEditor *self,
                   GtkWidget     *row)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), NULL);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), NULL);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

/* Up and down for a row of the deck, and its place for drag and drop. */
static void
add_deck_controls (GpmDeckEditor *self,
                   GtkWidget     *row,
                   guint          position)
{
  GtkWidget *up = new_row_button (self, "go-up-symbolic", _("Move up"), "deck.move-up",
                                  FOCUS_UP, position, position > 0);
  GtkWidget *down = new_row_button (self, "go-down-symbolic", _("Move down"),
                                    "deck.move-down", FOCUS_DOWN, position,
                                    position + 1 < self->order->len);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
  g_object_set_data (G_OBJECT (row), "position", GUINT_TO_POINTER (position));
  add_drag_and_drop (self, row);
}

static GtkWidget *
new_chart_row (GpmDeckEditor *self,
               GpmSavedChart *chart,
               int            position)
{
  gint64 id = gpm_saved_chart_get_id (chart);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  const char *title;

  title = gpm_chart_preset_title (gpm_saved_chart_get_name (chart), gpm_ui_language ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

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
      /* Translators: the place of a slide in the presentation deck */
      g_autofree char *subtitle = g_strdup_printf (_("Slide %d"), position + 1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      add_deck_controls (self, row, position);
    }
  return row;
}

static GtkWidget *
new_timeline_row (GpmDeckEditor *self,
                  GpmDeckSlide  *slide,
                  guint          position)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("x-office-calendar-symbolic");
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *subtitle = NULL;

  gpm_deck_parse_timeline_range (slide->timeline_range, &from, &to, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Timeline"));
  /* Translators: a timeline slide's place in the deck and its range, "Slide 3 · 2023-01
   * to 2025-06" */
  subtitle = g_strdup_printf (_("Slide %u · %s to %s"), position + 1,
                              from != NULL ? from : "?", to != NULL ? to : "?");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_size_request (icon, 16, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_row_button (self, "document-edit-symbolic",
                                             _("Change the range"), "deck.edit-timeline",
                                             FOCUS_EDIT, position, TRUE));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_row_button (self, "user-trash-symbolic",
                                             _("Remove from the deck"), "deck.remove",
                                             FOCUS_NONE, position, TRUE));
  add_deck_controls (self, row, position);

  return row;
}

/* Gives the keyboard back to the same control of the same slide after a rebuild. */
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
append_row (GpmDeckEditor *self,
            GtkWidget     *row,
            gint64         key)
{
  gtk_list_box_append (self->list_box, row);
  if (key == self->focus_key)
    restore_focus (self, row);
}

void
gpm_deck_editor_rebuild (GpmDeckEditor *self)
{
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < self->order->len; i++)
    {
      GpmDeckSlide *slide = g_ptr_array_index (self->order, i);
      GpmSavedChart *chart = find_chart (self, slide->chart_id);

      if (slide->timeline_range != NULL)
        append_row (self, new_timeline_row (self, slide, i), slide_key (self, i));
      else if (chart != NULL)
        append_row (self, new_chart_row (self, chart, i), slide_key (self, i));
    }
  for (guint i = 0; i < self->charts->len; i++)
    {
      GpmSavedChart *chart = g_ptr_array_index (self->charts, i);
      gint64 id = gpm_saved_chart_get_id (chart);

      if (find_chart_in_order (self, id) < 0)
        append_row (self, new_chart_row (self, chart, -1), id);
    }
  self->focus_kind = FOCUS_NONE;
}

static gboolean
rebuild_idle (gpointer user_data)
{
  GpmDeckEditor *self = user_data;

  self->rebuild_id = 0;
  gpm_deck_editor_rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Rows are rebuilt after the click that changed them has finished with its button. */
static void
queue_rebuild (GpmDeckEditor *self,
               gint64         focus_key,
               FocusKind      focus_kind)
{
  self->focus_key = focus_key;
  self->focus_kind = focus_kind;
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

/* No deck, or an empty one: Present shows every chart, so every chart is ticked. */
void
gpm_deck_editor_fill_all_charts (GpmDeckEditor *self)
{
  g_ptr_array_set_size (self->order, 0);
  for (guint i = 0; i < self->charts->len; i++)
    g_ptr_array_add (self->order, gpm_deck_slide_new_chart (
                       gpm_saved_chart_get_id (g_ptr_array_index (self->charts, i))));
}

/* ---------------------------------------------------------------- saving */

gboolean
gpm_deck_editor_save (GpmDeckEditor *self)
{
  g_autoptr(GError) error = NULL;
  GpmStoreChange *change = NULL;

  if (self->deck_id == 0)
    {
      /* Translators: the name of the deck made when the user first edits it */
      self->deck_id = gpm_store_create_deck (self->store, _("Presentation"), self->order,
                                             &change, &error);
      if (self->deck_id != 0)
        g_settings_set_int64 (self->settings, "presentation-deck", self->deck_id);
    }
  else
    gpm_store_set_deck_slides (self->store, self->deck_id, self->order, &change, &error);

  gpm_deck_editor_show_error (self, error);
  if (change != NULL)
    gpm_deck_editor_take_change (self, change);

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
  int index = find_chart_in_order (self, id);

  if (find_chart (self, id) == NULL)
    return;

  if (index >= 0)
    g_ptr_array_remove_index (self->order, index);
  else
    g_ptr_array_add (self->order, gpm_deck_slide_new_chart (id));
  gpm_deck_editor_save (self);
  queue_rebuild (self, id, FOCUS_CHECK);
}

/* Takes the slide at @from out and puts it at @to, the slides between closing up. */
static void
move (GpmDeckEditor *self,
      guint          from,
      guint          to,
      FocusKind      focus_kind)
{
  GpmDeckSlide *slide;

  if (from >= self->order->len || to >= self->order->len || from == to)
    return;

  slide = g_ptr_array_steal_index (self->order, from);
  g_ptr_array_insert (self->order, to, slide);
  gpm_deck_editor_save (self);
  queue_rebuild (self, slide_key (self, to), focus_kind);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  guint position = g_variant_get_uint32 (param);

  if (position > 0)
    move (GPM_DECK_EDITOR (widget), position, position - 1, FOCUS_UP);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  guint position = g_variant_get_uint32 (param);

  move (GPM_DECK_EDITOR (widget), position, position + 1, FOCUS_DOWN);
}

static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  guint from, to;

  g_variant_get (param, "(uu)", &from, &to);
  move (GPM_DECK_EDITOR (widget), from, to, FOCUS_NONE);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);
  guint position = g_variant_get_uint32 (param);

  if (position >= self->order->len)
    return;

  g_ptr_array_remove_index (self->order, position);
  gpm_deck_editor_save (self);
  queue_rebuild (self, 0, FOCUS_NONE);
}

/* "FROM/TO" as a new slide at the end of the deck; checked by the store. */
static void
add_timeline_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);
  const char *range = g_variant_get_string (param, NULL);

  g_ptr_array_add (self->order, gpm_deck_slide_new_timeline (range));
  if (!gpm_deck_editor_save (self))
    g_ptr_array_remove_index (self->order, self->order->len - 1);
  queue_rebuild (self, slide_key (self, self->order->len - 1), FOCUS_EDIT);
}

static void
set_timeline_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GpmDeckEditor *self = GPM_DECK_EDITOR (widget);
  g_autofree char *old = NULL;
  GpmDeckSlide *slide;
  const char *range;
  guint position;

  g_variant_get (param, "(u&s)", &position, &range);
  if (position >= self->order->len)
    return;
  slide = g_ptr_array_index (self->order, position);
  if (slide->timeline_range == NULL)
    return;

  old = g_steal_pointer (&slide->timeline_range);
  slide->timeline_range = g_strdup (range);
  if (!gpm_deck_editor_save (self))
    {
      g_free (slide->timeline_range);
      slide->timeline_range = g_steal_pointer (&old);
    }
  queue_rebuild (self, slide_key (self, position), FOCUS_EDIT);
}

static void
timeline_slide_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  gpm_deck_editor_prompt_range (GPM_DECK_EDITOR (widget), -1);
}

static void
edit_timeline_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gpm_deck_editor_prompt_range (GPM_DECK_EDITOR (widget), g_variant_get_uint32 (param));
}

void
gpm_deck_editor_install_slide_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "deck.toggle", "x", toggle_action);
  gtk_widget_class_install_action (widget_class, "deck.move-up", "u", move_up_action);
  gtk_widget_class_install_action (widget_class, "deck.move-down", "u", move_down_action);
  gtk_widget_class_install_action (widget_class, "deck.move-to", "(uu)", move_to_action);
  gtk_widget_class_install_action (widget_class, "deck.remove", "u", remove_action);
  gtk_widget_class_install_action (widget_class, "deck.add-timeline", "s",
                                   add_timeline_action);
  gtk_widget_class_install_action (widget_class, "deck.set-timeline", "(us)",
                                   set_timeline_action);
  gtk_widget_class_install_action (widget_class, "deck.timeline-slide", NULL,
                                   timeline_slide_action);
  gtk_widget_class_install_action (widget_class, "deck.edit-timeline", "u",
                                   edit_timeline_action);
}
