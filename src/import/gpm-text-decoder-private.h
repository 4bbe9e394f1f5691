/* gpm-text-decoder-private.h — what the decoder shares with the encoding guesser. */
#pragma once

#include "gpm-text-decoder.h"

G_BEGIN_DECLS

/* U+FEFF as UTF-8. */
#define GPM_TEXT_DECODER_BOM "\xEF\xBB\xBF"

/* How many of the n bytes at p are valid UTF-8 without NUL, up to the first byte that
 * is not (which may start a character cut off by the end of the bytes). */
gsize       gpm_utf8_valid_prefix       (const guint8 *p,
                                         gsize         n);
/* Of the n bytes at s, how many form a valid prefix of a UTF-8 character (0 when the
 * first byte cannot start one), and how long the whole character would be. */
gsize       gpm_utf8_prefix             (const guint8 *s,
                                         gsize         n,
                                         gsize        *char_len);
const char *gpm_encoding_get_iconv_name (GpmEncoding   encoding);

G_END_DECLS
