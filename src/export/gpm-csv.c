/* gpm-csv.c — RFC 4180 CSV output: CRLF line ends, and a field is quoted when it
 * holds a comma, a quote, a line break, or leading or trailing space (which some
 * spreadsheets would otherwise trim). */

#include "gpm-csv.h"

#include <string.h>

static gboolean
needs_quotes (const char *field)
{
  size_t len = strlen (field);

  if (len == 0)
    return FALSE;
  if (strpbrk (field, ",\"\r\n") != NULL)
    return TRUE;

  return g_ascii_isspace (field[0]) || g_ascii_isspace (field[len - 1]);
}

void
gpm_csv_append_field (GString    *out,
                      const char *field)
{
  g_return_if_fail (out != NULL);

  if (field == NULL)
    return;
  if (!needs_quotes (field))
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
gpm_csv_append_row (GString           *out,
                    const char *const *fields,
                    guint              n_fields)
{
  g_return_if_fail (out != NULL);

  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      gpm_csv_append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}
