/* test-text-decoder.c — encodings in, the same UTF-8 out.
 *
 * One UTF-8 fixture per script is converted at test time into every supported
 * encoding (with and without a BOM): detection must name the encoding and decoding must
 * give back the fixture byte for byte, whether the stream hands out whole chunks or a
 * few bytes at a time, and whatever the size of the reader's buffer. Invalid bytes
 * become U+FFFD and are counted. The article in GPM_SOURCES_DIR, real Chinese prose,
 * must be recognised in GB18030 and Big5.
 */

#include "config.h"

#include <string.h>

#include "gpm-text-decoder.h"
#include "trickle-stream.h"

#define REPL GPM_TEXT_DECODER_REPLACEMENT

typedef struct
{
  const char  *fixture;
  GpmEncoding  encoding;
  const char  *bom;        /* prepended to the converted bytes, or NULL */
} Variant;

static const Variant variants[] = {
  { "vendors.zh-Hans.csv", GPM_ENCODING_UTF8, NULL },
  { "vendors.zh-Hans.csv", GPM_ENCODING_UTF8, "\xEF\xBB\xBF" },
  { "vendors.zh-Hans.csv", GPM_ENCODING_UTF16LE, "\xFF\xFE" },
  { "vendors.zh-Hans.csv", GPM_ENCODING_UTF16BE, "\xFE\xFF" },
  { "vendors.zh-Hans.csv", GPM_ENCODING_GB18030, NULL },
  { "vendors.zh-Hant.csv", GPM_ENCODING_UTF8, NULL },
  { "vendors.zh-Hant.csv", GPM_ENCODING_UTF16LE, "\xFF\xFE" },
  { "vendors.zh-Hant.csv", GPM_ENCODING_GB18030, NULL },
  { "vendors.zh-Hant.csv", GPM_ENCODING_BIG5, NULL },
};

static GByteArray *
encode (const char  *utf8,
        gsize        length,
        GpmEncoding  encoding,
        const char  *bom)
{
  static const char * const names[] = { "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "BIG5" };
  g_autoptr(GError) error = NULL;
  g_autofree char *converted = NULL;
  gsize n = 0;
  GByteArray *bytes = g_byte_array_new ();

  converted = g_convert (utf8, length, names[encoding], "UTF-8", NULL, &n, &error);
  g_assert_no_error (error);
  if (bom != NULL)
    g_byte_array_append (bytes, (const guint8 *) bom, strlen (bom));
  g_byte_array_append (bytes, (const guint8 *) converted, n);
  return bytes;
}

/* Decodes everything, asking for `size` bytes at a time; checks each piece is whole
 * UTF-8. */
static char *
decode_all (const void  *data,
            gsize        length,
            GpmEncoding  encoding,
            gboolean     trickle,
            gsize        size,
            guint64     *n_invalid)
{
  g_autoptr(GInputStream) stream = test_stream_new (data, length, trickle);
  g_autoptr(GpmTextDecoder) decoder = gpm_text_decoder_new (stream, encoding);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *buffer = g_malloc (size);
  g_autoptr(GError) error = NULL;
  gssize n;

  while ((n = gpm_text_decoder_read (decoder, buffer, size, NULL, &error)) > 0)
    {
      g_assert_cmpint (n, <=, size);
      g_assert_true (g_utf8_validate_len (buffer, n, NULL));
      g_string_append_len (text, buffer, n);
    }
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 0);
  g_assert_cmpuint (gpm_text_decoder_get_bytes_in (decoder), ==, length);
  if (n_invalid != NULL)
    *n_invalid = gpm_text_decoder_get_n_invalid (decoder);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_variants (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      const Variant *v = &variants[i];
      gsize length;
      g_autofree char *utf8 = test_load_fixture (v->fixture, &length);
      g_autoptr(GByteArray) bytes = encode (utf8, length, v->encoding, v->bom);
      gboolean confident = FALSE;
      static const gsize sizes[] = { 4, 5, 7, 64 * 1024 };

      g_test_message ("%s as %s%s", v->fixture, gpm_encoding_to_string (v->encoding),
                      v->bom ? " with BOM" : "");
      g_assert_cmpint (gpm_encoding_detect (bytes->data, bytes->len, &confident), ==,
                       v->encoding);
      g_assert_true (confident);

      for (guint t = 0; t < 2; t++)
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          {
            guint64 n_invalid = 1;
            g_autofree char *text = decode_all (bytes->data, bytes->len, v->encoding, t,
                                                sizes[s], &n_invalid);

            g_assert_cmpstr (text, ==, utf8);
            g_assert_cmpuint (n_invalid, ==, 0);
          }
    }
}

static void
check_decodes (const char  *input,
               gsize        length,
               GpmEncoding  encoding,
               const char  *expected,
               guint64      expected_invalid)
{
  for (guint t = 0; t < 2; t++)
    {
      guint64 n_invalid = 0;
      g_autofree char *text = decode_all (input, length, encoding, t, 4, &n_invalid);

      g_assert_cmpstr (text, ==, expected);
      g_assert_cmpuint (n_invalid, ==, expected_invalid);
    }
}

#define CHECK(input, encoding, expected, n) \
  check_decodes (input, sizeof input - 1, encoding, expected, n)

static void
test_invalid_utf8 (void)
{
  CHECK ("a\xFF" "b", GPM_ENCODING_UTF8, "a" REPL "b", 1);
  /* Overlong, surrogate, past U+10FFFF: each maximal bad prefix is one U+FFFD. */
  CHECK ("\xC0\x80,\xED\xA0\x80,\xF4\x90\x80\x80", GPM_ENCODING_UTF8,
         REPL REPL "," REPL REPL REPL "," REPL REPL REPL REPL, 9);
  /* A character cut short in the middle, and at the very end. */
  CHECK ("\xE6\x91,x\xE6", GPM_ENCODING_UTF8, REPL ",x" REPL, 2);
  /* NUL would cut a C string short. */
  CHECK ("a\0b", GPM_ENCODING_UTF8, "a" REPL "b", 1);
  /* A BOM anywhere but the start is kept. */
  CHECK ("\xEF\xBB\xBFx\xEF\xBB\xBF", GPM_ENCODING_UTF8, "x\xEF\xBB\xBF", 0);
  CHECK ("\xEF\xBB\xBF", GPM_ENCODING_UTF8, "", 0);
  CHECK ("", GPM_ENCODING_UTF8, "", 0);
}

static void
test_invalid_other (void)
{
  /* A bad GB18030 lead byte goes alone, so the delimiter after it survives. */
  CHECK ("\xE3\xE5,\x81,x", GPM_ENCODING_GB18030, "沐," REPL ",x", 1);
  CHECK ("a\xFF", GPM_ENCODING_GB18030, "a" REPL, 1);
  CHECK ("\xA8\x4E\xB1", GPM_ENCODING_BIG5, "沐" REPL, 1);
  CHECK ("\xA1\x30,", GPM_ENCODING_BIG5, REPL "0,", 1);
  /* A lone surrogate, a NUL, and half a code unit at the end. */
  CHECK ("a\0\x00\xD8,\0\0\0b", GPM_ENCODING_UTF16LE, "a" REPL "," REPL REPL, 3);
  CHECK ("\xFE\xFF\0x", GPM_ENCODING_UTF16BE, "x", 0);
}

/* A multibyte character across the decoder's 64 KiB read, in every encoding. */
static void
test_read_boundary (void)
{
  for (GpmEncoding e = 0; e < GPM_N_ENCODINGS; e++)
    for (gsize pad = 65530; pad < 65538; pad++)
      {
        g_autoptr(GString) utf8 = g_string_new (NULL);
        g_autoptr(GByteArray) bytes = NULL;
        g_autofree char *text = NULL;
        guint64 n_invalid = 1;

        for (gsize i = 0; i < pad / (e == GPM_ENCODING_UTF16LE
                                     || e == GPM_ENCODING_UTF16BE ? 2 : 1); i++)
          g_string_append_c (utf8, 'a' + i % 26);
        g_string_append (utf8, e == GPM_ENCODING_BIG5 ? "摩爾線程" : "摩尔线程𠀋");
        bytes = encode (utf8->str, utf8->len, e, NULL);
        text = decode_all (bytes->data, bytes->len, e, FALSE, 64 * 1024, &n_invalid);
        g_assert_cmpstr (text, ==, utf8->str);
        g_assert_cmpuint (n_invalid, ==, 0);
      }
}

static void
test_detect (void)
{
  gboolean confident = TRUE;

  g_assert_cmpint (gpm_encoding_detect ((const guint8 *) "", 0, &confident), ==,
                   GPM_ENCODING_UTF8);
  g_assert_cmpint (gpm_encoding_detect ((const guint8 *) "a,b\n1,2\n", 8, &confident), ==,
                   GPM_ENCODING_UTF8);
  g_assert_true (confident);
  /* Valid UTF-8 up to a character cut off by the sample's end. */
  g_assert_cmpint (gpm_encoding_detect ((const guint8 *) "摩尔线程,沐曦\xE5\xAF", 20,
                                        &confident), ==, GPM_ENCODING_UTF8);
  g_assert_true (confident);
  /* UTF-16 without a BOM, from the NULs of its ASCII. */
  g_assert_cmpint (gpm_encoding_detect ((const guint8 *) "a\0,\0b\0\n\0" "1\0,\0", 12,
                                        &confident), ==, GPM_ENCODING_UTF16LE);
  g_assert_false (confident);
  g_assert_cmpint (gpm_encoding_detect ((const guint8 *) "\0a\0,\0b\0\n\0" "1\0,", 12,
                                        &confident), ==, GPM_ENCODING_UTF16BE);
  /* Mostly UTF-8 with one damaged byte: still UTF-8, but look. */
  {
    g_autoptr(GString) s = g_string_new (NULL);

    for (guint i = 0; i < 10; i++)
      g_string_append (s, "摩尔线程,沐曦,寒武纪\n");
    g_string_append_c (s, '\xFF');
    g_assert_cmpint (gpm_encoding_detect ((const guint8 *) s->str, s->len, &confident), ==,
                     GPM_ENCODING_UTF8);
    g_assert_false (confident);
  }
}

/* The article: Traditional prose, in GB18030 and in Big5, whole and in short pieces. */
static void
test_detect_article (void)
{
  const char *dir = g_getenv ("GPM_SOURCES_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  gsize length;

  if (dir == NULL)
    {
      g_test_skip ("GPM_SOURCES_DIR is not set");
      return;
    }
  path = g_build_filename (dir, "china-ai-chip-market-2025-07.zh-Hant.txt", NULL);
  if (!g_file_get_contents (path, &text, &length, NULL))
    {
      g_test_skip ("the article is not there");
      return;
    }

  for (GpmEncoding e = GPM_ENCODING_GB18030; e <= GPM_ENCODING_BIG5; e++)
    {
      g_autofree char *decoded = NULL;
      g_autofree char *expected = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *converted = NULL;
      gsize n = 0;
      gboolean confident = FALSE;

      /* Big5 lacks a few characters of the article: convert what it has. */
      converted = g_convert_with_fallback (text, length, gpm_encoding_to_string (e), "UTF-8",
                                           "?", NULL, &n, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gpm_encoding_detect ((guint8 *) converted, n, &confident), ==, e);
      g_assert_true (confident);

      /* A spreadsheet cell's worth of it is enough too. */
      for (gsize offset = 0; offset + 200 < n; offset += 997)
        g_assert_cmpint (gpm_encoding_detect ((guint8 *) converted + offset, 200, &confident),
                         ==, e);

      /* Decodes as iconv reads the whole file at once. */
      decoded = decode_all (converted, n, e, FALSE, 64 * 1024, NULL);
      expected = g_convert (converted, n, "UTF-8", gpm_encoding_to_string (e), NULL, NULL,
                            &error);
      g_assert_no_error (error);
      g_assert_cmpstr (decoded, ==, expected);
      if (e == GPM_ENCODING_GB18030)
        g_assert_cmpstr (decoded, ==, text);
    }
}

static void
test_names (void)
{
  GpmEncoding e = GPM_ENCODING_UTF8;

  for (GpmEncoding i = 0; i < GPM_N_ENCODINGS; i++)
    {
      g_assert_true (gpm_encoding_from_string (gpm_encoding_to_string (i), &e));
      g_assert_cmpint (e, ==, i);
      g_assert_nonnull (gpm_encoding_get_label (i));
    }

  g_assert_true (gpm_encoding_from_string ("GBK", &e));
  g_assert_cmpint (e, ==, GPM_ENCODING_GB18030);
  g_assert_true (gpm_encoding_from_string ("cp950", &e));
  g_assert_cmpint (e, ==, GPM_ENCODING_BIG5);
  g_assert_true (gpm_encoding_from_string ("UTF-16", &e));
  g_assert_cmpint (e, ==, GPM_ENCODING_UTF16LE);
  g_assert_true (gpm_encoding_from_string ("UTF8", &e));
  g_assert_cmpint (e, ==, GPM_ENCODING_UTF8);
  g_assert_false (gpm_encoding_from_string ("latin1", &e));
  g_assert_cmpstr (gpm_encoding_get_label (GPM_ENCODING_GB18030), ==,
                   "Chinese Simplified (GB18030)");
}

static void
test_cancel (void)
{
  g_autoptr(GInputStream) stream = test_stream_new ("abc", 3, FALSE);
  g_autoptr(GpmTextDecoder) decoder = gpm_text_decoder_new (stream, GPM_ENCODING_GB18030);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  char buffer[16];

  g_cancellable_cancel (cancellable);
  g_assert_cmpint (gpm_text_decoder_read (decoder, buffer, sizeof buffer, cancellable,
                                          &error), ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-decoder/variants", test_variants);
  g_test_add_func ("/text-decoder/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/text-decoder/invalid-other", test_invalid_other);
  g_test_add_func ("/text-decoder/read-boundary", test_read_boundary);
  g_test_add_func ("/text-decoder/detect", test_detect);
  g_test_add_func ("/text-decoder/detect-article", test_detect_article);
  g_test_add_func ("/text-decoder/names", test_names);
  g_test_add_func ("/text-decoder/cancel", test_cancel);

  return g_test_run ();
}
