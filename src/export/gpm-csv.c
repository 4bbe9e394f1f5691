/* gpm-csv.c — RFC 4180 CSV.
 *
 * Writing: CRLF line ends, and a field is quoted when it holds a comma, a quote, a
 * line break, or leading or trailing space (which some spreadsheets would trim).
 * Reading: quoted fields with embedded delimiters, doubled quotes and line breaks;
 * LF or CRLF line ends; errors name the line where the problem starts.
 *
 * Formulas: a spreadsheet runs a cell as a formula when it starts, perhaps after
 * spaces, with = + - @ (or their full-width forms ＝ ＋ － ＠, which Excel and WPS
 * also accept), and a tab or carriage return can smuggle one past a check. Text cells
 * like that are written with an apostrophe in front (OWASP's advice: the spreadsheet
 * then shows text). Numbers are never passed through here — the caller decides by the
 * column, so -5 stays a number. To make the apostrophe removable without ambiguity,
 * a cell that already starts with apostrophes followed by such text gets one more;
 * the importer removes exactly one (gpm_csv_strip_neutraliser ()).
 */

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

/* U+3000 ideographic space and U+00A0 no-break space count as spaces too. */
static const char *
skip_spaces (const char *p)
{
  for (;;)
    {
      if (*p == ' ')
        p++;
      else if (g_str_has_prefix (p, "\u3000"))
        p += strlen ("\u3000");
      else if (g_str_has_prefix (p, "\u00a0"))
        p += strlen ("\u00a0");
      else
        return p;
    }
}

static gboolean
starts_formula (const char *text)
{
  static const char * const full_width[] = { "\uff1d", "\uff0b", "\uff0d", "\uff20" };
  const char *p = skip_spaces (text);

  if (*p != '\0' && strchr ("=+-@\t\r", *p) != NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (full_width); i++)
    if (g_str_has_prefix (p, full_width[i]))
      return TRUE;

  return FALSE;
}

/**
 * gpm_csv_needs_neutralising:
 * @text: the text of a text cell
 *
 * Returns: whether @text, after any leading apostrophes, would start a formula
 */
gboolean
gpm_csv_needs_neutralising (const char *text)
{
  if (text == NULL)
    return FALSE;
  while (*text == '\'')
    text++;

  return starts_formula (text);
}

/* Returns: (transfer full): @text as it goes into a CSV text cell. */
char *
gpm_csv_neutralise (const char *text)
{
  if (gpm_csv_needs_neutralising (text))
    return g_strconcat ("'", text, NULL);

  return g_strdup (text);
}

/**
 * gpm_csv_strip_neutraliser:
 * @cell: a text cell as read from a CSV file
 *
 * Undoes gpm_csv_neutralise (): the cell without its first character when that is an
 * apostrophe this writer added, else @cell itself.
 *
 * Returns: (transfer none): a pointer into @cell
 */
const char *
gpm_csv_strip_neutraliser (const char *cell)
{
  g_return_val_if_fail (cell != NULL, NULL);

  if (cell[0] == '\'' && gpm_csv_needs_neutralising (cell + 1))
    return cell + 1;

  return cell;
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

G_DEFINE_QUARK (gpm-csv-error-quark, gpm_csv_error)

typedef struct
{
  GPtrArray *rows;
  GPtrArray *row;
  GString   *field;
} Reader;

static void
end_field (Reader *r)
{
  g_ptr_array_add (r->row, g_strdup (r->field->str));
  g_string_truncate (r->field, 0);
}

static void
end_row (Reader *r)
{
  end_field (r);
  g_ptr_array_add (r->row, NULL);
  g_ptr_array_add (r->rows, g_ptr_array_free (r->row, FALSE));
  r->row = g_ptr_array_new_with_free_func (g_free);
}

/**
 * gpm_csv_parse:
 * @text: UTF-8 text (a byte-order mark is skipped)
 *
 * Returns: (transfer full): an array of rows, each a %NULL-terminated #GStrv.
 */
GPtrArray *
gpm_csv_parse (const char  *text,
               gssize       length,
               char         delimiter,
               GError     **error)
{
  Reader r;
  const char *p, *end;
  gboolean quoted = FALSE;
  guint line = 1, quote_line = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  if (!g_utf8_validate (text, length, NULL))
    {
      g_set_error_literal (error, GPM_CSV_ERROR, GPM_CSV_ERROR_NOT_UTF8,
                           "The text is not valid UTF-8.");
      return NULL;
    }

  p = text;
  end = text + length;
  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  r.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  r.row = g_ptr_array_new_with_free_func (g_free);
  r.field = g_string_new (NULL);

  for (; p < end; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '"' && p + 1 < end && p[1] == '"')
            g_string_append_c (r.field, *++p);
          else if (c == '"')
            quoted = FALSE;
          else
            {
              line += c == '\n';
              g_string_append_c (r.field, c);
            }
        }
      else if (c == '"' && r.field->len == 0)
        {
          quoted = TRUE;
          quote_line = line;
        }
      else if (c == '"')
        {
          g_set_error (error, GPM_CSV_ERROR, GPM_CSV_ERROR_STRAY_QUOTE,
                       "Line %u: a quote inside an unquoted field.", line);
          goto fail;
        }
      else if (c == delimiter)
        end_field (&r);
      else if (c == '\r' && p + 1 < end && p[1] == '\n')
        continue;
      else if (c == '\n')
        {
          end_row (&r);
          line++;
        }
      else
        g_string_append_c (r.field, c);
    }

  if (quoted)
    {
      g_set_error (error, GPM_CSV_ERROR, GPM_CSV_ERROR_UNTERMINATED_QUOTE,
                   "Line %u: a quoted field is never closed.", quote_line);
      goto fail;
    }
  /* The last line needs no line break. */
  if (r.field->len > 0 || r.row->len > 0)
    end_row (&r);

  g_ptr_array_free (r.row, TRUE);
  g_string_free (r.field, TRUE);
  return r.rows;

fail:
  g_ptr_array_free (r.row, TRUE);
  g_string_free (r.field, TRUE);
  g_ptr_array_unref (r.rows);
  return NULL;
}
