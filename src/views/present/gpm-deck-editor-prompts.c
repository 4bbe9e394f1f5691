/* gpm-deck-editor-prompts.c — the deck editor's small questions: a deck's name, and the
 * range of a timeline slide.
 *
 * Each is an AdwMessageDialog whose answer is checked as it is typed (the button stays
 * insensitive, with the reason underneath, until it is valid) and then handed to an
 * action of the editor, the same ones the tests drive.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-deck-editor-private.h"

/* ---------------------------------------------------------------- deck name */

static void
on_name_changed (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "ok", *name != '\0');
}

static void
on_name_response (AdwMessageDialog *dialog,
                  const char       *response,
                  GpmDeckEditor    *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  const char *action = g_object_get_data (G_OBJECT (dialog), "action");

  if (g_str_equal (response, "ok"))
    gtk_widget_activate_action (GTK_WIDGET (self), action, "s", gtk_editable_get_text (entry));
}

void
gpm_deck_editor_prompt_name (GpmDeckEditor *self,
                             const char    *heading,
                             const char    *initial,
                             const char    *response_label,
                             const char    *action)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), initial != NULL ? initial : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Deck name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "ok", response_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "action", (gpointer) action);
  g_signal_connect (entry, "changed", G_CALLBACK (on_name_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_name_response), self, 0);
  on_name_changed (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* ---------------------------------------------------------------- timeline range */

typedef struct
{
  GtkEditable *from;
  GtkEditable *to;
  GtkLabel    *message;
  int          position;  /* the slide changed, or -1 for a new one */
} RangePrompt;

static char *
prompt_range (RangePrompt *prompt)
{
  g_autofree char *from = g_strstrip (g_strdup (gtk_editable_get_text (prompt->from)));
  g_autofree char *to = g_strstrip (g_strdup (gtk_editable_get_text (prompt->to)));

  return g_strdup_printf ("%s/%s", from, to);
}

/* Checks as the user types, through the same parser the store uses. */
static void
on_range_changed (GtkEditable      *entry,
                  AdwMessageDialog *dialog)
{
  RangePrompt *prompt = g_object_get_data (G_OBJECT (dialog), "prompt");
  g_autofree char *range = prompt_range (prompt);
  g_autoptr(GError) error = NULL;
  gboolean valid = gpm_deck_parse_timeline_range (range, NULL, NULL, &error);

  adw_message_dialog_set_response_enabled (dialog, "ok", valid);
  gtk_label_set_text (prompt->message, valid ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (prompt->message), !valid);
}

static void
on_range_response (AdwMessageDialog *dialog,
                   const char       *response,
                   GpmDeckEditor    *self)
{
  RangePrompt *prompt = g_object_get_data (G_OBJECT (dialog), "prompt");
  g_autofree char *range = prompt_range (prompt);

  if (!g_str_equal (response, "ok"))
    return;

  if (prompt->position < 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "deck.add-timeline", "s", range);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "deck.set-timeline", "(us)",
                                (guint) prompt->position, range);
}

static GtkWidget *
new_range_row (const char   *title,
               const char   *text,
               GtkEditable **out)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  *out = GTK_EDITABLE (row);

  return row;
}

/* Where a new slide starts: the Timeline page's visible range, else the last two years. */
static void
default_range (GpmDeckEditor  *self,
               char          **from,
               char          **to)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->range_from != NULL && self->range_to != NULL)
    {
      *from = g_strdup (self->range_from);
      *to = g_strdup (self->range_to);
      return;
    }

  now = g_date_time_new_now_local ();
  *from = g_strdup_printf ("%d-01", g_date_time_get_year (now) - 2);
  *to = g_date_time_format (now, "%Y-%m");
}

void
gpm_deck_editor_prompt_range (GpmDeckEditor *self,
                              int            position)
{
  RangePrompt *prompt = g_new0 (RangePrompt, 1);
  GtkWidget *dialog, *box, *list, *message;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (position >= 0 && (guint) position < self->order->len)
    gpm_deck_parse_timeline_range (((GpmDeckSlide *) g_ptr_array_index (self->order,
                                                                        position))
                                   ->timeline_range, &from, &to, NULL);
  if (from == NULL)
    default_range (self, &from, &to);

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   position < 0 ? _("Timeline Slide") : _("Timeline Range"),
                                   _("The timeline shows the events from the first period to "
                                     "the end of the last: a year (2024), a half year "
                                     "(2024-H2), a quarter (2024-Q3), a month (2024-07) or a "
                                     "day (2024-07-15)."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  /* Translators: the first period a timeline slide shows */
  gtk_list_box_append (GTK_LIST_BOX (list), new_range_row (_("From"), from, &prompt->from));
  /* Translators: the last period a timeline slide shows */
  gtk_list_box_append (GTK_LIST_BOX (list), new_range_row (_("To"), to, &prompt->to));
  message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_widget_add_css_class (message, "error");
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), message);
  prompt->message = GTK_LABEL (message);
  prompt->position = position;

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "ok", position < 0 ? _("_Add") : _("_Change"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "prompt", prompt, g_free);
  g_signal_connect (prompt->from, "changed", G_CALLBACK (on_range_changed), dialog);
  g_signal_connect (prompt->to, "changed", G_CALLBACK (on_range_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_range_response), self, 0);
  on_range_changed (prompt->from, ADW_MESSAGE_DIALOG (dialog));

  gtk_window_present (GTK_WINDOW (dialog));
}
