/* gpm-form.c — helpers of the edit dialogs.
 *
 * A field in error gets the "error" style and its message in a label right under it;
 * the field is marked invalid for assistive technologies and described by that label,
 * so a screen reader says what is wrong when the field gets focus.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-form.h"

/**
 * gpm_form_set_error:
 * @message: (nullable): what is wrong, or %NULL when the field is fine
 */
void
gpm_form_set_error (GtkWidget  *field,
                    GtkLabel   *message_label,
                    const char *message)
{
  gboolean invalid = message != NULL;

  if (invalid)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");

  gtk_label_set_text (message_label, invalid ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (message_label), invalid);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE
                                       : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* Ties a field to the label that will hold its message. */
void
gpm_form_describe (GtkWidget *field,
                   GtkLabel  *message_label)
{
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, message_label, NULL,
                                  -1);
}

/**
 * gpm_form_parse_number:
 *
 * Reads a number as typed: "743,000,000", "-1.5", "−1.5" (a real minus sign, as the
 * app prints losses) or "4.26e9"; spaces and thousands separators are ignored. Always
 * a point for decimals, whatever the locale, as in the sources.
 */
gboolean
gpm_form_parse_number (const char *text,
                       double     *out)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  char *end = NULL;
  double value;

  if (text == NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2212)
        g_string_append_c (clean, '-');
      else if (c == ',' || c == 0x2009 || c == 0x202F || g_unichar_isspace (c))
        continue;
      else
        g_string_append_unichar (clean, c);
    }

  if (clean->len == 0)
    return FALSE;

  value = g_ascii_strtod (clean->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (value))
    return FALSE;

  *out = value;
  return TRUE;
}

char *
gpm_form_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
gpm_form_set_text (GtkTextView *view,
                   const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}
