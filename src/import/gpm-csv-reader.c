/* gpm-csv-reader.c — RFC 4180 records out of decoded text, fast.
 *
 * The reader pulls 64 KiB of UTF-8 at a time from the decoder and scans it with a
 * byte-class table (unquoted fields) or memchr (quoted fields), copying each field's
 * bytes once into a record buffer that is reused for every record; the GPtrArray
 * handed out points into that buffer. A million-row file therefore costs a few scans
 * and copies of its bytes and no allocation per record.
 *
 * Line numbers count physical lines (LF, CRLF or CR), including those inside quoted
 * fields, so an error or a bad value can be found in a text editor. A quote inside an
 * unquoted field is kept as text, as spreadsheets do; text after the closing quote of a
 * quoted field ("abc"d) is an error, since the field's end is then unclear.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gpm-csv-reader.h"

#define CHUNK_SIZE      (64 * 1024)
#define MAX_RECORD_SIZE (16 * 1024 * 1024)

/* Byte classes for the unquoted scan. */
enum
{
  PLAIN,
  DELIMITER,
  LINE_END,
};

typedef enum
{
  FIELD_START,
  UNQUOTED,
  QUOTED,
  QUOTE_IN_QUOTED,   /* a quote inside a quoted field: its end, or the first of "" */
  RECORD_END,        /* at the line end that ends the record */
  STRAY_QUOTE,
} ParseState;

struct _GpmCsvReader
{
  GObject         parent_instance;

  GpmTextDecoder *decoder;
  char            delimiter;
  guint8          classes[256];

  char           *chunk;
  gsize           pos;
  gsize           end;
  gboolean        eof;
  gboolean        skip_lf;     /* the last line ended in CR: an LF next is part of it */

  char           *record;      /* the current record's fields, each NUL-terminated */
  gsize           record_len;
  gsize           record_size;
  guint          *starts;      /* offset of each field in record */
  guint           n_starts;
  guint           starts_size;
  GPtrArray      *fields;

  guint64         line;        /* line number at pos */
  GError         *failure;     /* a parse error is final */
};

G_DEFINE_FINAL_TYPE (GpmCsvReader, gpm_csv_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (gpm-csv-reader-error-quark, gpm_csv_reader_error)

static void
gpm_csv_reader_finalize (GObject *object)
{
  GpmCsvReader *self = GPM_CSV_READER (object);

  g_clear_object (&self->decoder);
  g_free (self->chunk);
  g_free (self->record);
  g_free (self->starts);
  g_ptr_array_unref (self->fields);
  g_clear_error (&self->failure);

  G_OBJECT_CLASS (gpm_csv_reader_parent_class)->finalize (object);
}

static void
gpm_csv_reader_class_init (GpmCsvReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gpm_csv_reader_finalize;
}

static void
gpm_csv_reader_init (GpmCsvReader *self)
{
  self->chunk = g_malloc (CHUNK_SIZE + 1);
  self->record_size = 4096;
  self->record = g_malloc (self->record_size);
  self->starts_size = 64;
  self->starts = g_new (guint, self->starts_size);
  self->fields = g_ptr_array_sized_new (self->starts_size);
  self->line = 1;
}

GpmCsvReader *
gpm_csv_reader_new (GpmTextDecoder *decoder,
                    char            delimiter)
{
  GpmCsvReader *self;

  g_return_val_if_fail (GPM_IS_TEXT_DECODER (decoder), NULL);
  /* An ASCII byte: anything else could be part of a character. */
  g_return_val_if_fail ((guchar) delimiter < 0x80 && delimiter != '"' && delimiter != '\r'
                        && delimiter != '\n' && delimiter != '\0', NULL);

  self = g_object_new (GPM_TYPE_CSV_READER, NULL);
  self->decoder = g_object_ref (decoder);
  self->delimiter = delimiter;
  self->classes[(guint8) delimiter] = DELIMITER;
  self->classes['\r'] = LINE_END;
  self->classes['\n'] = LINE_END;

  return self;
}

static gboolean
fail (GpmCsvReader       *self,
      GpmCsvReaderError   code,
      guint64             line,
      GError            **error)
{
  g_autofree char *where = g_strdup_printf ("%" G_GUINT64_FORMAT, line);
  const char *format;

  switch (code)
    {
    case GPM_CSV_READER_ERROR_UNTERMINATED_QUOTE:
      /* Translators: %s is a line number. */
      format = _("Line %s: a quoted field starts here but is never closed");
      break;
    case GPM_CSV_READER_ERROR_STRAY_QUOTE:
      /* Translators: %s is a line number. */
      format = _("Line %s: text follows the closing quote of a field");
      break;
    case GPM_CSV_READER_ERROR_RECORD_TOO_LONG:
    default:
      /* Translators: %s is a line number. */
      format = _("Line %s: a record longer than 16 MiB; this file does not look like a table");
      break;
    }

  self->failure = g_error_new (GPM_CSV_READER_ERROR, code, format, where);
  g_propagate_error (error, g_error_copy (self->failure));
  return FALSE;
}

/* Reads the next chunk; FALSE only on a read error. At the end, sets eof. */
static gboolean
refill (GpmCsvReader  *self,
        GCancellable  *cancellable,
        GError       **error)
{
  gssize n = gpm_text_decoder_read (self->decoder, self->chunk, CHUNK_SIZE,
                                    cancellable, error);

  if (n < 0)
    return FALSE;

  self->pos = 0;
  self->end = n;
  self->eof = n == 0;
  /* A sentinel: the unquoted scan stops on it without checking the end. */
  self->chunk[n] = '\n';
  return TRUE;
}

/* Makes room for n more bytes of the record. */
static void
reserve (GpmCsvReader *self,
         gsize         n)
{
  if (G_LIKELY (self->record_len + n <= self->record_size))
    return;

  while (self->record_len + n > self->record_size)
    self->record_size *= 2;
  self->record = g_realloc (self->record, self->record_size);
}

static inline void
start_field (GpmCsvReader *self,
             gsize         offset)
{
  if (G_UNLIKELY (self->n_starts == self->starts_size))
    {
      self->starts_size *= 2;
      self->starts = g_renew (guint, self->starts, self->starts_size);
    }
  self->starts[self->n_starts++] = offset;
}

/* Counts the line ends in text inside a quoted field. */
static void
count_lines (GpmCsvReader *self,
             const char   *p,
             const char   *e)
{
  for (; p < e; p++)
    {
      if (*p == '\n')
        {
          if (!self->skip_lf)
            self->line++;
          self->skip_lf = FALSE;
        }
      else if (*p == '\r')
        {
          self->line++;
          self->skip_lf = TRUE;
        }
      else
        self->skip_lf = FALSE;
    }
}

/* Consumes the line end at pos (CR, LF or the LF half of CRLF). */
static void
take_line_end (GpmCsvReader *self)
{
  char c = self->chunk[self->pos++];

  if (c == '\n' && self->skip_lf)
    {
      self->skip_lf = FALSE;
      return;
    }
  self->line++;
  self->skip_lf = c == '\r';
}

/* Skips blank lines; FALSE at the end of the input or on an error. */
static gboolean
skip_blank_lines (GpmCsvReader  *self,
                  GCancellable  *cancellable,
                  GError       **error)
{
  for (;;)
    {
      if (self->pos == self->end)
        {
          if (!refill (self, cancellable, error) || self->eof)
            return FALSE;
          continue;
        }
      if (self->classes[(guint8) self->chunk[self->pos]] != LINE_END)
        {
          self->skip_lf = FALSE;
          return TRUE;
        }
      take_line_end (self);
    }
}

/* Reads unquoted fields, one after another, until the chunk ends (UNQUOTED or
 * FIELD_START), a quoted field starts (QUOTED) or the line ends (RECORD_END). This is
 * where almost all the time goes, hence the sentinel and the copy in the scan loop. */
static ParseState
scan_unquoted (GpmCsvReader *self)
{
  const guint8 *classes = self->classes;
  const char *p = self->chunk + self->pos;
  const char *e = self->chunk + self->end;
  char *record = self->record;
  char *out = record + self->record_len;
  ParseState state;

  for (;;)
    {
      char c;

      while (classes[(guint8) (c = *p)] == PLAIN)
        *out++ = c, p++;
      if (p == e)
        {
          state = UNQUOTED;
          break;
        }
      if (c != self->delimiter)
        {
          state = RECORD_END;
          break;
        }

      *out++ = '\0';
      p++;
      start_field (self, out - record);
      if (p == e)
        {
          state = FIELD_START;
          break;
        }
      if (*p == '"')
        {
          p++;
          state = QUOTED;
          break;
        }
    }

  self->record_len = out - record;
  self->pos = p - self->chunk;
  return state;
}

/* Copies quoted text up to the next quote; TRUE when it found one. */
static gboolean
scan_quoted (GpmCsvReader *self)
{
  const char *start = self->chunk + self->pos;
  const char *e = self->chunk + self->end;
  const char *q = memchr (start, '"', e - start);

  if (q == NULL)
    q = e;
  count_lines (self, start, q);
  if (q < e)
    self->skip_lf = FALSE;
  memcpy (self->record + self->record_len, start, q - start);
  self->record_len += q - start;
  self->pos = q - self->chunk + (q < e);
  return q < e;
}

/* After a quote inside a quoted field: a doubled quote, the field's end or an error. */
static ParseState
after_quote (GpmCsvReader *self)
{
  char c = self->chunk[self->pos];

  if (c == '"')
    {
      self->pos++;
      self->record[self->record_len++] = '"';
      return QUOTED;
    }
  if (c == self->delimiter)
    {
      self->pos++;
      self->record[self->record_len++] = '\0';
      start_field (self, self->record_len);
      return FIELD_START;
    }
  if (c == '\r' || c == '\n')
    return RECORD_END;

  return STRAY_QUOTE;
}

static void
publish (GpmCsvReader  *self,
         GPtrArray    **fields)
{
  self->record[self->record_len++] = '\0';
  g_ptr_array_set_size (self->fields, self->n_starts);
  for (guint i = 0; i < self->n_starts; i++)
    self->fields->pdata[i] = self->record + self->starts[i];
  *fields = self->fields;
}

gboolean
gpm_csv_reader_next (GpmCsvReader  *self,
                     GPtrArray    **fields,
                     guint64       *line,
                     GCancellable  *cancellable,
                     GError       **error)
{
  ParseState state = FIELD_START;
  guint64 record_line, quote_line = 0;

  g_return_val_if_fail (GPM_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->failure != NULL)
    {
      g_propagate_error (error, g_error_copy (self->failure));
      return FALSE;
    }

  if (!skip_blank_lines (self, cancellable, error))
    return FALSE;

  record_line = self->line;
  self->record_len = 0;
  self->n_starts = 0;
  start_field (self, 0);

  while (state != RECORD_END)
    {
      if (self->pos == self->end)
        {
          if (!refill (self, cancellable, error))
            return FALSE;
          if (self->eof)
            break;
        }

      /* Every chunk byte makes at most one record byte, and one more ends it. */
      reserve (self, self->end - self->pos + 1);
      /* Where the quoted field that may never end starts. */
      if (state != QUOTED && state != QUOTE_IN_QUOTED)
        quote_line = self->line;

      switch (state)
        {
        case FIELD_START:
          if (self->chunk[self->pos] == '"')
            {
              self->pos++;
              state = QUOTED;
            }
          else
            state = scan_unquoted (self);
          break;
        case UNQUOTED:
          state = scan_unquoted (self);
          break;
        case QUOTED:
          if (scan_quoted (self))
            state = QUOTE_IN_QUOTED;
          break;
        case QUOTE_IN_QUOTED:
          state = after_quote (self);
          if (state == STRAY_QUOTE)
            return fail (self, GPM_CSV_READER_ERROR_STRAY_QUOTE, self->line, error);
          break;
        case RECORD_END:
        case STRAY_QUOTE:
        default:
          g_assert_not_reached ();
        }

      if (G_UNLIKELY (self->record_len > MAX_RECORD_SIZE))
        return fail (self, GPM_CSV_READER_ERROR_RECORD_TOO_LONG, record_line, error);
    }

  if (state == RECORD_END)
    take_line_end (self);
  else if (state == QUOTED)
    return fail (self, GPM_CSV_READER_ERROR_UNTERMINATED_QUOTE, quote_line, error);

  publish (self, fields);
  if (line != NULL)
    *line = record_line;
  return TRUE;
}

guint64
gpm_csv_reader_get_bytes_in (GpmCsvReader *self)
{
  g_return_val_if_fail (GPM_IS_CSV_READER (self), 0);

  return gpm_text_decoder_get_bytes_in (self->decoder);
}

#define SNIFF_MAX_RECORDS 64

/* Field counts of the sample's records split at delimiter, outside quotes. A last
 * record without its line end may be cut short by the sample, so it is left out
 * unless it is the only one. */
static guint
count_fields (const char *sample,
              gsize       length,
              char        delimiter,
              guint      *counts)
{
  guint n_records = 0, n_fields = 1;
  gboolean quoted = FALSE, blank = TRUE;

  for (gsize i = 0; i < length && n_records < SNIFF_MAX_RECORDS; i++)
    {
      char c = sample[i];

      if (c == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (c == delimiter)
        n_fields++;
      else if (c == '\n' || c == '\r')
        {
          if (!blank)
            counts[n_records++] = n_fields;
          n_fields = 1;
          blank = TRUE;
          continue;
        }
      blank = FALSE;
    }

  if (!blank && n_records == 0)
    counts[n_records++] = n_fields;

  return n_records;
}

char
gpm_csv_sniff_delimiter (const char *sample,
                         gsize       length)
{
  static const char candidates[] = { ',', ';', '\t', '|' };
  char best = ',';
  double best_agreement = 0;
  guint best_fields = 0;

  g_return_val_if_fail (sample != NULL || length == 0, ',');

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      guint counts[SNIFF_MAX_RECORDS];
      guint n = count_fields (sample, length, candidates[c], counts);
      guint mode = 0, mode_n = 0;
      double agreement;

      /* The most frequent field count, the larger one on a tie. */
      for (guint i = 0; i < n; i++)
        {
          guint same = 0;

          for (guint j = 0; j < n; j++)
            same += counts[j] == counts[i];
          if (same > mode_n || (same == mode_n && counts[i] > mode))
            {
              mode = counts[i];
              mode_n = same;
            }
        }

      if (mode < 2)
        continue;
      agreement = (double) mode_n / n;
      if (agreement > best_agreement || (agreement == best_agreement && mode > best_fields))
        {
          best = candidates[c];
          best_agreement = agreement;
          best_fields = mode;
        }
    }

  return best;
}
