/* gpm-text-decoder.h — the text of a file someone sent, whatever its encoding.
 *
 * Spreadsheets exported on Chinese systems arrive as UTF-8 (with or without a BOM),
 * UTF-16 with a BOM (Excel's "Unicode text"), GB18030/GBK/GB2312 or Big5. The
 * encoding is detected from the first bytes and may be overridden by the user;
 * the decoder streams UTF-8 out of any of them with g_iconv, so memory does not
 * grow with the file. Bytes that are invalid in the chosen encoding become U+FFFD
 * (never garbled text), so whoever reads the text can report where they were; so does
 * a NUL character, which would cut a C string short.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  GPM_ENCODING_UTF8,        /* with or without a BOM; a BOM is skipped */
  GPM_ENCODING_UTF16LE,
  GPM_ENCODING_UTF16BE,
  GPM_ENCODING_GB18030,     /* also reads GBK and GB2312, its subsets */
  GPM_ENCODING_BIG5,
} GpmEncoding;

#define GPM_N_ENCODINGS (GPM_ENCODING_BIG5 + 1)

/* The replacement for bytes invalid in the chosen encoding, as UTF-8. */
#define GPM_TEXT_DECODER_REPLACEMENT "\xEF\xBF\xBD"

/* The name for the command line and saved settings: "utf-8", "utf-16le", "utf-16be",
 * "gb18030", "big5". */
const char *gpm_encoding_to_string   (GpmEncoding   encoding);
/* Accepts those names in any case, and common aliases (utf8, gbk, gb2312, cp936,
 * cp950, utf-16 meaning LE). */
gboolean    gpm_encoding_from_string (const char   *name,
                                      GpmEncoding  *encoding);
/* A translated name to show the user, e.g. "Chinese Simplified (GB18030)". */
const char *gpm_encoding_get_label   (GpmEncoding   encoding);

/* Guesses the encoding of a file from its first bytes (any length; 64 KiB is
 * plenty). A BOM decides; otherwise valid UTF-8 wins; otherwise GB18030 or Big5,
 * whichever reads as more likely Chinese. *confident is FALSE when the guess
 * was close and the user should look. */
GpmEncoding gpm_encoding_detect      (const guint8 *head,
                                      gsize         length,
                                      gboolean     *confident);

#define GPM_TYPE_TEXT_DECODER (gpm_text_decoder_get_type ())
G_DECLARE_FINAL_TYPE (GpmTextDecoder, gpm_text_decoder, GPM, TEXT_DECODER, GObject)

GpmTextDecoder *gpm_text_decoder_new            (GInputStream   *stream,
                                                 GpmEncoding     encoding);
/* Reads decoded UTF-8 into buffer (never splits a character; size must be at least 4);
 * returns the number of bytes written, 0 at the end of the input, -1 on a read error
 * or cancellation. The text is not NUL-terminated. */
gssize          gpm_text_decoder_read           (GpmTextDecoder *self,
                                                 char           *buffer,
                                                 gsize           size,
                                                 GCancellable   *cancellable,
                                                 GError        **error);
/* Bytes of the input consumed so far: for progress bars. */
guint64         gpm_text_decoder_get_bytes_in   (GpmTextDecoder *self);
/* How many invalid byte sequences were replaced so far. */
guint64         gpm_text_decoder_get_n_invalid  (GpmTextDecoder *self);

G_END_DECLS
