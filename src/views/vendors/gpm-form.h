/* gpm-form.h — what the edit dialogs share: a message beside a field, numbers typed the
 * way analysts type them, and the text of a text view.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void      gpm_form_set_error     (GtkWidget   *field,
                                  GtkLabel    *message_label,
                                  const char  *message);
gboolean  gpm_form_parse_number  (const char  *text,
                                  double      *out);
char     *gpm_form_get_text      (GtkTextView *view);
void      gpm_form_set_text      (GtkTextView *view,
                                  const char  *text);
void      gpm_form_describe      (GtkWidget   *field,
                                  GtkLabel    *message_label);

G_END_DECLS
