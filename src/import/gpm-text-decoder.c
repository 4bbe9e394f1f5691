/* gpm-text-decoder.c — UTF-8 out of a stream in any of the supported encodings.
 *
 * UTF-8 input is validated and copied straight into the caller's buffer (ASCII eight
 * bytes at a time, the rest through g_utf8_validate_len), because that is the common
 * case and the one the importer's speed depends on. Every other encoding goes through
 * g_iconv into a buffer of our own. Either way, a character is never split: bytes of an
 * incomplete sequence wait for the next read, and an invalid sequence becomes one
 * U+FFFD and is counted. A NUL byte counts as invalid too, since every consumer of
 * the text treats it as a C string. A leading U+FEFF (the BOM, in any encoding) is
 * dropped.
 *
 * The guess in gpm_encoding_detect () is in gpm-text-detect.c.
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gpm-text-decoder.h"
#include "gpm-text-decoder-private.h"

#define RAW_SIZE   (64 * 1024)
/* What iconv may write per refill before NULs are widened to U+FFFD (at most 3x). */
#define OUT_BUDGET (96 * 1024)
#define OUT_SIZE   (3 * OUT_BUDGET)
#define REPLACEMENT_LEN 3

struct _GpmTextDecoder
{
  GObject       parent_instance;

  GInputStream *stream;
  GpmEncoding   encoding;
  GIConv        cd;            /* (GIConv) -1 for UTF-8 */
  gsize         unit;          /* bytes skipped per invalid sequence under iconv */

  guint8       *raw;
  gsize         raw_pos;
  gsize         raw_end;
  gboolean      eof;
  gboolean      at_start;      /* nothing written yet: a BOM may follow */

  char         *out;           /* iconv only: decoded text not yet handed out */
  gsize         out_pos;
  gsize         out_end;

  guint64       bytes_read;
  guint64       n_invalid;
};

G_DEFINE_FINAL_TYPE (GpmTextDecoder, gpm_text_decoder, G_TYPE_OBJECT)

static const struct
{
  const char *name;
  const char *iconv_name;
  const char *label;
} encodings[GPM_N_ENCODINGS] = {
  [GPM_ENCODING_UTF8]    = { "utf-8",    "UTF-8",    N_("Unicode (UTF-8)") },
  [GPM_ENCODING_UTF16LE] = { "utf-16le", "UTF-16LE", N_("Unicode (UTF-16 LE)") },
  [GPM_ENCODING_UTF16BE] = { "utf-16be", "UTF-16BE", N_("Unicode (UTF-16 BE)") },
  [GPM_ENCODING_GB18030] = { "gb18030",  "GB18030",  N_("Chinese Simplified (GB18030)") },
  [GPM_ENCODING_BIG5]    = { "big5",     "BIG5",     N_("Chinese Traditional (Big5)") },
};

static const struct
{
  const char  *alias;
  GpmEncoding  encoding;
} aliases[] = {
  { "utf8", GPM_ENCODING_UTF8 },
  { "utf-8-sig", GPM_ENCODING_UTF8 },
  { "utf-16", GPM_ENCODING_UTF16LE },
  { "utf16", GPM_ENCODING_UTF16LE },
  { "utf16le", GPM_ENCODING_UTF16LE },
  { "utf16be", GPM_ENCODING_UTF16BE },
  { "unicode", GPM_ENCODING_UTF16LE },
  { "gbk", GPM_ENCODING_GB18030 },
  { "gb2312", GPM_ENCODING_GB18030 },
  { "cp936", GPM_ENCODING_GB18030 },
  { "euc-cn", GPM_ENCODING_GB18030 },
  { "cp950", GPM_ENCODING_BIG5 },
  { "big-5", GPM_ENCODING_BIG5 },
};

const char *
gpm_encoding_to_string (GpmEncoding encoding)
{
  g_return_val_if_fail (encoding < GPM_N_ENCODINGS, NULL);

  return encodings[encoding].name;
}

gboolean
gpm_encoding_from_string (const char  *name,
                          GpmEncoding *encoding)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < GPM_N_ENCODINGS; i++)
    if (g_ascii_strcasecmp (name, encodings[i].name) == 0)
      {
        if (encoding != NULL)
          *encoding = i;
        return TRUE;
      }

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (name, aliases[i].alias) == 0)
      {
        if (encoding != NULL)
          *encoding = aliases[i].encoding;
        return TRUE;
      }

  return FALSE;
}

const char *
gpm_encoding_get_label (GpmEncoding encoding)
{
  g_return_val_if_fail (encoding < GPM_N_ENCODINGS, NULL);

  return _(encodings[encoding].label);
}

const char *
gpm_encoding_get_iconv_name (GpmEncoding encoding)
{
  return encodings[encoding].iconv_name;
}

gsize
gpm_utf8_prefix (const guint8 *s,
                 gsize         n,
                 gsize        *char_len)
{
  guint8 lo = 0x80, hi = 0xBF;
  gsize len, k;

  if (s[0] >= 0xC2 && s[0] <= 0xDF)
    len = 2;
  else if (s[0] >= 0xE0 && s[0] <= 0xEF)
    len = 3;
  else if (s[0] >= 0xF0 && s[0] <= 0xF4)
    len = 4;
  else
    return *char_len = 1, 0;

  /* The second byte rules out overlong forms, surrogates and values past U+10FFFF. */
  if (s[0] == 0xE0)
    lo = 0xA0;
  else if (s[0] == 0xED)
    hi = 0x9F;
  else if (s[0] == 0xF0)
    lo = 0x90;
  else if (s[0] == 0xF4)
    hi = 0x8F;

  *char_len = len;
  for (k = 1; k < len && k < n; k++)
    {
      if (s[k] < lo || s[k] > hi)
        break;
      lo = 0x80;
      hi = 0xBF;
    }

  return k;
}

gsize
gpm_utf8_valid_prefix (const guint8 *p,
                       gsize         n)
{
  const guint8 *s = p, *e = p + n;

  while (s < e)
    {
      while (e - s >= 8)
        {
          guint64 w;

          memcpy (&w, s, sizeof w);
          /* High bits set: not ASCII; the second term finds a zero byte. */
          if ((w & 0x8080808080808080ull) != 0
              || ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) != 0)
            break;
          s += 8;
        }
      while (s < e && *s < 0x80 && *s != 0)
        s++;
      if (s == e || *s == 0)
        break;

      /* A character never spans an ASCII byte, so each non-ASCII run stands alone. */
      {
        const guint8 *q = s;
        const char *end;

        while (q < e && *q >= 0x80)
          q++;
        if (!g_utf8_validate_len ((const char *) s, q - s, &end))
          return (const guint8 *) end - p;
        s = q;
      }
    }

  return s - p;
}

static gboolean
fill_raw (GpmTextDecoder  *self,
          GCancellable    *cancellable,
          GError         **error)
{
  gssize n;

  if (self->raw_pos > 0)
    {
      memmove (self->raw, self->raw + self->raw_pos, self->raw_end - self->raw_pos);
      self->raw_end -= self->raw_pos;
      self->raw_pos = 0;
    }

  n = g_input_stream_read (self->stream, self->raw + self->raw_end, RAW_SIZE - self->raw_end,
                           cancellable, error);
  if (n < 0)
    return FALSE;
  if (n == 0)
    self->eof = TRUE;

  self->raw_end += n;
  self->bytes_read += n;
  return TRUE;
}

/* The BOM needs its three bytes in the buffer before anything is written. */
static gboolean
skip_utf8_bom (GpmTextDecoder  *self,
               GCancellable    *cancellable,
               GError         **error)
{
  while (self->raw_end - self->raw_pos < 3 && !self->eof)
    if (!fill_raw (self, cancellable, error))
      return FALSE;

  if (self->raw_end - self->raw_pos >= 3
      && memcmp (self->raw + self->raw_pos, GPM_TEXT_DECODER_BOM, 3) == 0)
    self->raw_pos += 3;

  self->at_start = FALSE;
  return TRUE;
}

static gssize
read_utf8 (GpmTextDecoder  *self,
           char            *buffer,
           gsize            size,
           GCancellable    *cancellable,
           GError         **error)
{
  gsize written = 0;

  if (self->at_start && !skip_utf8_bom (self, cancellable, error))
    return -1;

  while (written < size)
    {
      const guint8 *s = self->raw + self->raw_pos;
      gsize avail = self->raw_end - self->raw_pos;
      gsize n = MIN (avail, size - written);
      gsize valid, k, char_len;

      if (avail == 0)
        {
          if (written > 0 || self->eof)
            break;
          if (!fill_raw (self, cancellable, error))
            return -1;
          continue;
        }

      valid = gpm_utf8_valid_prefix (s, n);
      memcpy (buffer + written, s, valid);
      written += valid;
      self->raw_pos += valid;
      if (valid == n)
        continue;

      s += valid;
      avail -= valid;
      k = gpm_utf8_prefix (s, avail, &char_len);
      if (k == char_len)
        break;   /* a whole character that does not fit */
      if (k > 0 && k == avail && !self->eof)
        {
          /* Its other bytes are still in the stream. */
          if (written > 0)
            break;
          if (!fill_raw (self, cancellable, error))
            return -1;
          continue;
        }

      if (size - written < REPLACEMENT_LEN)
        break;
      memcpy (buffer + written, GPM_TEXT_DECODER_REPLACEMENT, REPLACEMENT_LEN);
      written += REPLACEMENT_LEN;
      self->raw_pos += MAX (k, 1);
      self->n_invalid++;
    }

  return written;
}

static void
put_replacement (GpmTextDecoder  *self,
                 char           **outp,
                 gsize           *outleft)
{
  memcpy (*outp, GPM_TEXT_DECODER_REPLACEMENT, REPLACEMENT_LEN);
  *outp += REPLACEMENT_LEN;
  *outleft -= REPLACEMENT_LEN;
  self->n_invalid++;
}

/* Widens each NUL in out[from, out_end) to U+FFFD; OUT_SIZE leaves room for it. */
static void
replace_nuls (GpmTextDecoder *self,
              gsize           from)
{
  char *z;

  while ((z = memchr (self->out + from, 0, self->out_end - from)) != NULL)
    {
      gsize at = z - self->out;

      memmove (z + REPLACEMENT_LEN, z + 1, self->out_end - at - 1);
      memcpy (z, GPM_TEXT_DECODER_REPLACEMENT, REPLACEMENT_LEN);
      self->out_end += REPLACEMENT_LEN - 1;
      self->n_invalid++;
      from = at + REPLACEMENT_LEN;
    }
}

/* Decodes raw bytes into out until OUT_BUDGET is spent, the input ends, or a read
 * would be needed after some text was produced. */
static gboolean
refill_out (GpmTextDecoder  *self,
            GCancellable    *cancellable,
            GError         **error)
{
  char *outp = self->out;
  gsize outleft = OUT_BUDGET;

  self->out_pos = self->out_end = 0;

  while (outleft >= 8)
    {
      char *inp = (char *) self->raw + self->raw_pos;
      gsize inleft = self->raw_end - self->raw_pos;
      gsize r;
      int saved;

      if (inleft == 0)
        {
          if (self->eof || outp > self->out)
            break;
          if (!fill_raw (self, cancellable, error))
            return FALSE;
          continue;
        }

      r = g_iconv (self->cd, &inp, &inleft, &outp, &outleft);
      saved = errno;
      self->raw_pos = (guint8 *) inp - self->raw;
      if (r != (gsize) -1)
        continue;

      if (saved == EILSEQ)
        {
          if (outleft < REPLACEMENT_LEN)
            break;
          put_replacement (self, &outp, &outleft);
          self->raw_pos += MIN (self->unit, inleft);
        }
      else if (saved == EINVAL)
        {
          /* A sequence cut at the end of what was read. */
          if (!self->eof)
            {
              if (outp > self->out)
                break;
              if (!fill_raw (self, cancellable, error))
                return FALSE;
            }
          else if (outleft >= REPLACEMENT_LEN)
            {
              put_replacement (self, &outp, &outleft);
              self->raw_pos = self->raw_end;
            }
          else
            break;
        }
      else if (saved == E2BIG)
        break;
      else
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Could not decode the text: %s"), g_strerror (saved));
          return FALSE;
        }
    }

  self->out_end = outp - self->out;
  replace_nuls (self, 0);

  if (self->at_start && self->out_end > 0)
    {
      if (self->out_end >= 3 && memcmp (self->out, GPM_TEXT_DECODER_BOM, 3) == 0)
        self->out_pos = 3;
      self->at_start = FALSE;
    }

  return TRUE;
}

static gssize
read_iconv (GpmTextDecoder  *self,
            char            *buffer,
            gsize            size,
            GCancellable    *cancellable,
            GError         **error)
{
  gsize n;

  while (self->out_pos == self->out_end)
    {
      if (self->eof && self->raw_pos == self->raw_end)
        return 0;
      if (!refill_out (self, cancellable, error))
        return -1;
    }

  n = MIN (size, self->out_end - self->out_pos);
  if (n < self->out_end - self->out_pos)
    {
      /* Back up to the start of the character that would be cut. */
      while (n > 0 && ((guint8) self->out[self->out_pos + n] & 0xC0) == 0x80)
        n--;
    }

  memcpy (buffer, self->out + self->out_pos, n);
  self->out_pos += n;
  return n;
}

static void
gpm_text_decoder_finalize (GObject *object)
{
  GpmTextDecoder *self = GPM_TEXT_DECODER (object);

  if (self->cd != (GIConv) -1)
    g_iconv_close (self->cd);
  g_clear_object (&self->stream);
  g_free (self->raw);
  g_free (self->out);

  G_OBJECT_CLASS (gpm_text_decoder_parent_class)->finalize (object);
}

static void
gpm_text_decoder_class_init (GpmTextDecoderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gpm_text_decoder_finalize;
}

static void
gpm_text_decoder_init (GpmTextDecoder *self)
{
  self->cd = (GIConv) -1;
  self->at_start = TRUE;
  self->raw = g_malloc (RAW_SIZE);
}

GpmTextDecoder *
gpm_text_decoder_new (GInputStream *stream,
                      GpmEncoding   encoding)
{
  GpmTextDecoder *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (encoding < GPM_N_ENCODINGS, NULL);

  self = g_object_new (GPM_TYPE_TEXT_DECODER, NULL);
  self->stream = g_object_ref (stream);
  self->encoding = encoding;

  if (encoding != GPM_ENCODING_UTF8)
    {
      self->cd = g_iconv_open ("UTF-8", encodings[encoding].iconv_name);
      self->out = g_malloc (OUT_SIZE);
      /* UTF-16 code units are two bytes; a bad GB18030 or Big5 lead byte is skipped
       * alone so that an ASCII delimiter after it survives. */
      self->unit = (encoding == GPM_ENCODING_UTF16LE || encoding == GPM_ENCODING_UTF16BE)
                   ? 2 : 1;
    }

  return self;
}

gssize
gpm_text_decoder_read (GpmTextDecoder  *self,
                       char            *buffer,
                       gsize            size,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_return_val_if_fail (GPM_IS_TEXT_DECODER (self), -1);
  g_return_val_if_fail (buffer != NULL, -1);
  g_return_val_if_fail (size >= 4, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  if (self->encoding == GPM_ENCODING_UTF8)
    return read_utf8 (self, buffer, size, cancellable, error);

  if (self->cd == (GIConv) -1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("This system cannot convert text from %s"),
                   gpm_encoding_get_label (self->encoding));
      return -1;
    }

  return read_iconv (self, buffer, size, cancellable, error);
}

guint64
gpm_text_decoder_get_bytes_in (GpmTextDecoder *self)
{
  g_return_val_if_fail (GPM_IS_TEXT_DECODER (self), 0);

  return self->bytes_read - (self->raw_end - self->raw_pos);
}

guint64
gpm_text_decoder_get_n_invalid (GpmTextDecoder *self)
{
  g_return_val_if_fail (GPM_IS_TEXT_DECODER (self), 0);

  return self->n_invalid;
}
