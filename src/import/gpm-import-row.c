/* gpm-import-row.c — one row of a file checked, before the database is asked.
 *
 * The cells a figure is made of are read here: numbers, periods, units, status,
 * qualifier, doubtful flag and quote, each bad row given its reason and column. It runs
 * on the import's reader thread (gpm-import-rows.c) and keeps what it found in the
 * batch that carries the row to the import, texts as offsets into the batch's buffer.
 * The names it finds are only trimmed and given keys; the import looks them up.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gpm-csv.h"
#include "gpm-import-row.h"
#include "gpm-import-rows.h"

static gsize
keep (GpmImportParser *parser,
      const char      *text)
{
  gsize offset = parser->texts->len;

  g_string_append_len (parser->texts, text, (gssize) strlen (text) + 1);
  return offset;
}

/* The key of a name: looking texts up here, on the reader's thread, spares the thread
 * that writes (the one that limits an import's speed) hashing three names a row. */
static guint
key (GpmImportParser *parser,
     guint            field,
     const char      *text)
{
  GHashTable *keys = parser->keys[field];
  guint n = g_hash_table_size (keys);
  gpointer found = g_hash_table_lookup (keys, text);

  if (found != NULL)
    return GPOINTER_TO_UINT (found);
  if (n >= GPM_IMPORT_ROWS_MAX_KEYS)
    return 0;

  g_hash_table_insert (keys, g_strdup (text), GUINT_TO_POINTER (n + 1));
  return n + 1;
}

static gboolean
row_fail (GpmImportParser *parser,
          int              column,
          const char      *format,
          ...) G_GNUC_PRINTF (3, 4);

static gboolean
row_fail (GpmImportParser *parser,
          int              column,
          const char      *format,
          ...)
{
  va_list args;

  va_start (args, format);
  parser->slot->problem = parser->texts->len;
  g_string_append_vprintf (parser->texts, format, args);
  g_string_append_c (parser->texts, '\0');
  parser->slot->column = column;
  va_end (args);

  return FALSE;
}

static gboolean
row_fail_with (GpmImportParser *parser,
               int              column,
               GError          *error)
{
  parser->slot->problem = keep (parser, error->message);
  parser->slot->column = column;
  g_error_free (error);
  return FALSE;
}

/* A text cell as the file means it: the apostrophe that the app's own CSV export (and
 * spreadsheets) put before text that looks like a formula is not part of the text. */
static const char *
unneutralise (GpmImportParser *parser,
              GpmImportField   field,
              const char      *text)
{
  if (parser->format != GPM_IMPORT_FORMAT_DELIMITED || field == GPM_IMPORT_FIELD_VALUE)
    return text;

  return gpm_csv_strip_neutraliser (text);
}

static const char *
cell (GpmImportParser *parser,
      GPtrArray       *fields,
      GpmImportField   field)
{
  int c = parser->mapping.column[field];

  return c >= 0 && (guint) c < fields->len ? unneutralise (parser, field, fields->pdata[c])
                                           : "";
}

/* The cell without the spaces around it; the reader's buffer is ours to trim. */
static const char *
trimmed (GpmImportParser *parser,
         GPtrArray       *fields,
         GpmImportField   field)
{
  int c = parser->mapping.column[field];

  if (c < 0 || (guint) c >= fields->len)
    return "";

  return unneutralise (parser, field, g_strstrip ((char *) fields->pdata[c]));
}

static const char *
number_unit (GpmNumberFlags flags)
{
  if (flags & GPM_NUMBER_PERCENT)
    return "%";
  if (flags & GPM_NUMBER_CURRENCY_CNY)
    return "CNY";
  if (flags & GPM_NUMBER_CURRENCY_USD)
    return "USD";

  return NULL;
}

static const char *
number_qualifier (GpmNumberFlags flags)
{
  if (flags & GPM_NUMBER_ABOUT)
    return "about";
  if (flags & GPM_NUMBER_MORE_THAN)
    return "more-than";
  if (flags & GPM_NUMBER_LESS_THAN)
    return "less-than";

  return "exact";
}

/* The value, with the unit column's multiplier ("亿元") applied by the parser, so the
 * decimal text is converted once and exactly. */
static gboolean
read_value (GpmImportParser *parser,
            const char      *text,
            const char      *multiplier,
            GpmNumber       *number)
{
  int column = parser->mapping.column[GPM_IMPORT_FIELD_VALUE];
  GError *error = NULL;

  if (!gpm_import_parse_number (text, parser->options->decimal_mark, number, &error))
    return row_fail_with (parser, column, error);

  if (*multiplier != '\0')
    {
      g_autofree char *scaled = g_strconcat (text, multiplier, NULL);

      if (number->flags & GPM_NUMBER_SCALED)
        return row_fail (parser, column, _("“%s” carries its own multiplier, and the unit "
                                           "column says %s as well."), text, multiplier);
      if (!gpm_import_parse_number (scaled, parser->options->decimal_mark, number, &error))
        return row_fail_with (parser, column, error);
    }

  if (number->flags & GPM_NUMBER_AMBIGUOUS_MARK)
    {
      if (parser->n_ambiguous++ == 0)
        {
          parser->ambiguous_text = g_strdup (text);
          parser->ambiguous_line = parser->line;
        }
    }
  else if (parser->options->decimal_mark == GPM_DECIMAL_MARK_AUTO && !parser->point_evidence
           && strpbrk (text, ",.") != NULL)
    {
      GpmNumber other;

      parser->point_evidence = !gpm_import_parse_number (text, GPM_DECIMAL_MARK_COMMA, &other,
                                                         NULL);
    }

  return TRUE;
}

static const char *
read_period (GpmImportParser *parser,
             const char      *text)
{
  GError *error = NULL;
  char *period;

  if (parser->period_text != NULL && g_str_equal (parser->period_text, text))
    return parser->period;

  period = gpm_import_parse_period (text, &error);
  if (period == NULL)
    {
      row_fail_with (parser, parser->mapping.column[GPM_IMPORT_FIELD_PERIOD], error);
      return NULL;
    }

  g_free (parser->period_text);
  g_free (parser->period);
  parser->period_text = g_strdup (text);
  parser->period = period;
  return period;
}

static const GpmImportUnit *
read_unit (GpmImportParser *parser,
           const char      *text)
{
  if (parser->unit_text == NULL || !g_str_equal (parser->unit_text, text))
    {
      g_free (parser->unit_text);
      gpm_import_unit_clear (&parser->unit);
      parser->unit_text = g_strdup (text);
      gpm_import_unit_parse (text, &parser->unit);
    }

  return &parser->unit;
}

static const char *
row_quote (GpmImportParser *parser,
           GPtrArray       *fields)
{
  const char *quote = cell (parser, fields, GPM_IMPORT_FIELD_QUOTE);

  if (*quote != '\0')
    return quote;

  /* The row as the file has it: the sentence a spreadsheet figure comes from. */
  g_string_truncate (parser->quote, 0);
  for (guint c = 0; c < fields->len; c++)
    {
      if (c > 0 && parser->delimiter != '\0')
        g_string_append_c (parser->quote, parser->delimiter);
      else if (c > 0)
        g_string_append (parser->quote, ", ");
      g_string_append (parser->quote, fields->pdata[c]);
    }

  return parser->quote->str;
}

static gboolean
check_text (GpmImportParser *parser,
            GPtrArray       *fields)
{
  if (fields->len != parser->n_columns)
    return row_fail (parser, -1, _("The row has %u cells where the header has %u."),
                     fields->len, parser->n_columns);

  for (guint c = 0; c < fields->len; c++)
    if (strstr (fields->pdata[c], GPM_TEXT_DECODER_REPLACEMENT) != NULL)
      return row_fail (parser, (int) c, _("The cell holds bytes that are not valid %s. "
                                          "Choose the file’s encoding and import again."),
                       gpm_encoding_get_label (parser->encoding));

  return TRUE;
}

/* Reads one row into the parser's slot; FALSE with the slot's problem set for a bad
 * row. The names it gives are looked up by the import. */
static gboolean
read_row (GpmImportParser *parser,
          GPtrArray       *fields)
{
  const GpmImportMapping *m = &parser->mapping;
  GpmImportSlot *slot = parser->slot;
  const char *subject = trimmed (parser, fields, GPM_IMPORT_FIELD_SUBJECT);
  const char *metric = trimmed (parser, fields, GPM_IMPORT_FIELD_METRIC);
  const char *period, *value_unit, *unit_name, *source;
  const GpmImportUnit *unit;
  GpmNumber number;

  if (!check_text (parser, fields))
    return FALSE;
  if (*subject == '\0')
    return row_fail (parser, m->column[GPM_IMPORT_FIELD_SUBJECT], _("The subject is empty."));
  if (*metric == '\0')
    return row_fail (parser, m->column[GPM_IMPORT_FIELD_METRIC], _("The metric is empty."));

  period = read_period (parser, cell (parser, fields, GPM_IMPORT_FIELD_PERIOD));
  if (period == NULL)
    return FALSE;

  unit = read_unit (parser, cell (parser, fields, GPM_IMPORT_FIELD_UNIT));
  if (!read_value (parser, cell (parser, fields, GPM_IMPORT_FIELD_VALUE), unit->multiplier,
                   &number))
    return FALSE;
  slot->value = number.value;

  value_unit = number_unit (number.flags);
  if (value_unit != NULL && *unit->unit != '\0' && !g_str_equal (value_unit, unit->unit))
    return row_fail (parser, m->column[GPM_IMPORT_FIELD_VALUE],
                     _("The value is in %s but the unit column says %s."),
                     value_unit, unit->unit);

  slot->status = gpm_import_parse_status (cell (parser, fields, GPM_IMPORT_FIELD_STATUS));
  if (slot->status == NULL)
    return row_fail (parser, m->column[GPM_IMPORT_FIELD_STATUS],
                     _("The status is not one of reported, forecast or estimate."));
  slot->qualifier = gpm_import_parse_qualifier (cell (parser, fields,
                                                      GPM_IMPORT_FIELD_QUALIFIER));
  if (slot->qualifier == NULL)
    return row_fail (parser, m->column[GPM_IMPORT_FIELD_QUALIFIER],
                     _("The qualifier is not one of exact, about, more-than or less-than."));
  if (g_str_equal (slot->qualifier, "exact"))
    slot->qualifier = number_qualifier (number.flags);
  if (!gpm_import_parse_doubtful (cell (parser, fields, GPM_IMPORT_FIELD_DOUBTFUL),
                                  &slot->doubtful))
    return row_fail (parser, m->column[GPM_IMPORT_FIELD_DOUBTFUL],
                     _("The doubtful flag is not yes or no."));

  unit_name = *unit->unit != '\0' ? unit->unit : value_unit;
  source = trimmed (parser, fields, GPM_IMPORT_FIELD_SOURCE);
  slot->subject = keep (parser, subject);
  slot->metric = keep (parser, metric);
  slot->source = keep (parser, source);
  slot->keys[0] = key (parser, 0, subject);
  slot->keys[1] = key (parser, 1, metric);
  slot->keys[2] = key (parser, 2, source);
  slot->period = keep (parser, period);
  slot->unit = unit_name != NULL ? keep (parser, unit_name) : GPM_IMPORT_NO_TEXT;
  slot->note = keep (parser, cell (parser, fields, GPM_IMPORT_FIELD_NOTE));
  slot->quote = keep (parser, row_quote (parser, fields));
  return TRUE;
}

void
gpm_import_parser_init (GpmImportParser        *parser,
                        const GpmImportOptions *options,
                        const GpmImportMapping *mapping,
                        const GpmImportReport  *report,
                        guint                   n_columns)
{
  memset (parser, 0, sizeof *parser);
  parser->options = options;
  parser->mapping = *mapping;
  parser->format = report->format;
  parser->encoding = report->encoding;
  parser->delimiter = report->delimiter;
  parser->n_columns = n_columns;
  parser->quote = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (parser->keys); i++)
    parser->keys[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
gpm_import_parser_read (GpmImportParser *parser,
                        GPtrArray       *fields,
                        guint64          line,
                        GpmImportSlot   *slot,
                        GString         *texts)
{
  parser->line = line;
  parser->slot = slot;
  parser->texts = texts;
  slot->line = line;
  slot->problem = GPM_IMPORT_NO_TEXT;
  slot->column = -1;
  read_row (parser, fields);
}

void
gpm_import_parser_clear (GpmImportParser *parser)
{
  g_free (parser->ambiguous_text);
  g_string_free (parser->quote, TRUE);
  g_free (parser->period_text);
  g_free (parser->period);
  g_free (parser->unit_text);
  gpm_import_unit_clear (&parser->unit);
  for (guint i = 0; i < G_N_ELEMENTS (parser->keys); i++)
    g_hash_table_unref (parser->keys[i]);
}
