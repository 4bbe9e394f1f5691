/* test-csv-reader.c — RFC 4180 and what spreadsheets actually write.
 *
 * Each corpus case is parsed twice, from whole chunks and from a stream that hands out
 * a few bytes per read (so every CRLF, doubled quote and character is split somewhere),
 * and rendered as "line:[field][field]" records to compare. The fixture table must give
 * the same records in every encoding; invalid bytes must land as U+FFFD in the field
 * they were in.
 */

#include "config.h"

#include <string.h>

#include "gpm-csv-reader.h"
#include "trickle-stream.h"

static GpmCsvReader *
reader_new (const void  *data,
            gsize        length,
            GpmEncoding  encoding,
            gboolean     trickle,
            char         delimiter)
{
  g_autoptr(GInputStream) stream = test_stream_new (data, length, trickle);
  g_autoptr(GpmTextDecoder) decoder = gpm_text_decoder_new (stream, encoding);

  return gpm_csv_reader_new (decoder, delimiter);
}

/* All records as "line:[a][b]" joined by spaces; an error appends "!code@line". */
static char *
render (const void  *data,
        gsize        length,
        GpmEncoding  encoding,
        gboolean     trickle,
        char         delimiter)
{
  g_autoptr(GpmCsvReader) reader = reader_new (data, length, encoding, trickle, delimiter);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *fields = NULL;
  guint64 line = 0;

  while (gpm_csv_reader_next (reader, &fields, &line, NULL, &error))
    {
      g_string_append_printf (out, "%s%" G_GUINT64_FORMAT ":", out->len ? " " : "", line);
      for (guint i = 0; i < fields->len; i++)
        g_string_append_printf (out, "[%s]", (char *) fields->pdata[i]);
    }
  if (error != NULL)
    {
      g_assert_true (error->domain == GPM_CSV_READER_ERROR);
      g_assert_nonnull (strstr (error->message, "Line "));
      g_string_append_printf (out, " !%d", error->code);
      /* A parse error is final. */
      g_clear_error (&error);
      g_assert_false (gpm_csv_reader_next (reader, &fields, &line, NULL, &error));
      g_assert_nonnull (error);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const struct
{
  const char *input;
  char        delimiter;
  const char *expected;
} corpus[] = {
  { "a,b,c\n1,2,3\n", ',', "1:[a][b][c] 2:[1][2][3]" },
  { "a,b\r\n1,2\r\n", ',', "1:[a][b] 2:[1][2]" },
  { "a,b\r1,2\r", ',', "1:[a][b] 2:[1][2]" },
  { "a,b\n1,2", ',', "1:[a][b] 2:[1][2]" },
  { "\"a,b\",\"c\"\"d\",\"\"\n", ',', "1:[a,b][c\"d][]" },
  { "\"x\r\ny\",z\r\nnext,1\r\n", ',', "1:[x\r\ny][z] 3:[next][1]" },
  { "\"one\ntwo\nthree\"\nafter\n", ',', "1:[one\ntwo\nthree] 4:[after]" },
  { "\"cr\rinside\"\r\rlast\r", ',', "1:[cr\rinside] 4:[last]" },
  { ",,\n,\n", ',', "1:[][][] 2:[][]" },
  { "a,b,\n1,2,\n", ',', "1:[a][b][] 2:[1][2][]" },
  { "a,b,c\n1\n1,2,3,4\n", ',', "1:[a][b][c] 2:[1] 3:[1][2][3][4]" },
  { "\n\r\n\ra\n\n\nb\n\n", ',', "4:[a] 7:[b]" },
  { "\"\"\n", ',', "1:[]" },
  { "ab\"c,d\n", ',', "1:[ab\"c][d]" },
  { "\"abc\"d,e\n", ',', "!1" },
  { "ok\n\"abc\n\ndef", ',', "1:[ok] !0" },
  { "\"a\"\"\"", ',', "1:[a\"]" },
  { "\"a\",\"b\"", ',', "1:[a][b]" },
  { "a;\"b;c\";d\n", ';', "1:[a][b;c][d]" },
  { "a\tb\t\"c\td\"\n", '\t', "1:[a][b][c\td]" },
  { "a|b||c\n", '|', "1:[a][b][][c]" },
  { "a, b ,c \n", ',', "1:[a][ b ][c ]" },
  { "摩尔线程,7.43亿,25%\n沐曦,\"1,234\",−5\n", ',',
    "1:[摩尔线程][7.43亿][25%] 2:[沐曦][1,234][−5]" },
  { "", ',', "" },
  { "\n\n", ',', "" },
  { "x", ',', "1:[x]" },
  { "\"unclosed", ',', "!0" },
};

static void
test_corpus (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    for (guint t = 0; t < 2; t++)
      {
        g_autofree char *got = render (corpus[i].input, strlen (corpus[i].input),
                                       GPM_ENCODING_UTF8, t, corpus[i].delimiter);
        const char *expected = corpus[i].expected;

        g_test_message ("case %u, trickle %u", i, t);
        /* Errors render after a space unless nothing came before. */
        if (expected[0] == '!')
          g_assert_cmpstr (got + 1, ==, expected);
        else
          g_assert_cmpstr (got, ==, expected);
      }
}

static void
test_error_lines (void)
{
  const char *stray = "a,b\n\"multi\nline\",\"x\"y\n";
  const char *unterminated = "a\n\nb,\"two\nlines\",\"starts here\n\n\n";
  g_autoptr(GpmCsvReader) r1 = reader_new (stray, strlen (stray), GPM_ENCODING_UTF8, FALSE,
                                           ',');
  g_autoptr(GpmCsvReader) r2 = reader_new (unterminated, strlen (unterminated),
                                           GPM_ENCODING_UTF8, TRUE, ',');
  g_autoptr(GError) error = NULL;
  GPtrArray *fields;
  guint64 line;

  g_assert_true (gpm_csv_reader_next (r1, &fields, &line, NULL, &error));
  g_assert_false (gpm_csv_reader_next (r1, &fields, &line, NULL, &error));
  g_assert_error (error, GPM_CSV_READER_ERROR, GPM_CSV_READER_ERROR_STRAY_QUOTE);
  /* The stray quote is on the third physical line. */
  g_assert_nonnull (strstr (error->message, "Line 3:"));
  g_clear_error (&error);

  g_assert_true (gpm_csv_reader_next (r2, &fields, &line, NULL, &error));
  g_assert_false (gpm_csv_reader_next (r2, &fields, &line, NULL, &error));
  g_assert_error (error, GPM_CSV_READER_ERROR, GPM_CSV_READER_ERROR_UNTERMINATED_QUOTE);
  g_assert_nonnull (strstr (error->message, "Line 4:"));
}

static void
test_too_long (void)
{
  gsize n = 16 * 1024 * 1024 + 10;
  g_autofree char *big = g_malloc (n);
  g_autoptr(GpmCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *fields;
  guint64 line;

  memcpy (big, "a,b\n\"", 5);
  memset (big + 5, 'x', n - 5);
  reader = reader_new (big, n, GPM_ENCODING_UTF8, FALSE, ',');
  g_assert_true (gpm_csv_reader_next (reader, &fields, &line, NULL, &error));
  g_assert_false (gpm_csv_reader_next (reader, &fields, &line, NULL, &error));
  g_assert_error (error, GPM_CSV_READER_ERROR, GPM_CSV_READER_ERROR_RECORD_TOO_LONG);
  g_assert_nonnull (strstr (error->message, "Line 2:"));
}

/* The fixture table gives the same records in every encoding, however it is read. */
static void
test_encodings (void)
{
  static const char * const fixtures[] = { "vendors.zh-Hans.csv", "vendors.zh-Hant.csv" };

  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      gsize length;
      g_autofree char *utf8 = test_load_fixture (fixtures[f], &length);
      g_autofree char *expected = render (utf8, length, GPM_ENCODING_UTF8, FALSE, ',');

      g_assert_nonnull (strstr (expected, "5:[寒武"));
      g_assert_nonnull (strstr (expected, "[多行\n"));
      for (GpmEncoding e = GPM_ENCODING_UTF16LE; e < GPM_N_ENCODINGS; e++)
        {
          g_autoptr(GError) error = NULL;
          gsize n;
          g_autofree char *bytes = NULL;
          gboolean confident;
          g_autofree char *whole = NULL;
          g_autofree char *trickled = NULL;

          bytes = g_convert (utf8, length, gpm_encoding_to_string (e), "UTF-8", NULL, &n,
                             &error);
          if (g_error_matches (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE))
            continue;   /* Big5 has no Simplified characters */
          g_assert_no_error (error);
          g_assert_cmpint (gpm_encoding_detect ((guint8 *) bytes, n, &confident), ==, e);
          whole = render (bytes, n, e, FALSE, ',');
          trickled = render (bytes, n, e, TRUE, ',');
          g_assert_cmpstr (whole, ==, expected);
          g_assert_cmpstr (trickled, ==, expected);
          g_assert_cmpint (gpm_csv_sniff_delimiter (utf8, length), ==, ',');
        }
    }
}

/* A bad byte becomes U+FFFD in its own field, and the count says there was one. */
static void
test_invalid_bytes (void)
{
  static const char input[] = "厂商,营收\n沐曦,7.43\xFF亿\n\"寒\x80\",x\n";
  g_autoptr(GInputStream) stream = test_stream_new (input, sizeof input - 1, TRUE);
  g_autoptr(GpmTextDecoder) decoder = gpm_text_decoder_new (stream, GPM_ENCODING_UTF8);
  g_autoptr(GpmCsvReader) reader = gpm_csv_reader_new (decoder, ',');
  g_autoptr(GError) error = NULL;
  GPtrArray *fields;
  guint64 line;

  g_assert_true (gpm_csv_reader_next (reader, &fields, &line, NULL, &error));
  g_assert_cmpuint (gpm_text_decoder_get_n_invalid (decoder), ==, 0);
  g_assert_true (gpm_csv_reader_next (reader, &fields, &line, NULL, &error));
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpstr (fields->pdata[1], ==, "7.43" GPM_TEXT_DECODER_REPLACEMENT "亿");
  g_assert_cmpuint (gpm_text_decoder_get_n_invalid (decoder), ==, 1);
  g_assert_true (gpm_csv_reader_next (reader, &fields, &line, NULL, &error));
  g_assert_cmpstr (fields->pdata[0], ==, "寒" GPM_TEXT_DECODER_REPLACEMENT);
  g_assert_cmpstr (fields->pdata[1], ==, "x");
  g_assert_cmpuint (gpm_text_decoder_get_n_invalid (decoder), ==, 2);
  g_assert_false (gpm_csv_reader_next (reader, &fields, &line, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (gpm_csv_reader_get_bytes_in (reader), ==, sizeof input - 1);
}

/* Records across the reader's 64 KiB chunks, and the field array reused throughout. */
/* The same through iconv: a bad GB18030 byte in the second field of line 2. */
static void
test_invalid_gb18030 (void)
{
  static const char input[] = "\xB3\xA7\xC9\xCC,x\r\n\xE3\xE5,\x81\xFF,y\r\n";
  g_autoptr(GInputStream) stream = test_stream_new (input, sizeof input - 1, TRUE);
  g_autoptr(GpmTextDecoder) decoder = gpm_text_decoder_new (stream, GPM_ENCODING_GB18030);
  g_autoptr(GpmCsvReader) reader = gpm_csv_reader_new (decoder, ',');
  g_autoptr(GError) error = NULL;
  GPtrArray *fields;
  guint64 line;

  g_assert_true (gpm_csv_reader_next (reader, &fields, &line, NULL, &error));
  g_assert_cmpstr (fields->pdata[0], ==, "厂商");
  g_assert_true (gpm_csv_reader_next (reader, &fields, &line, NULL, &error));
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (fields->len, ==, 3);
  g_assert_cmpstr (fields->pdata[0], ==, "沐");
  g_assert_cmpstr (fields->pdata[1], ==, GPM_TEXT_DECODER_REPLACEMENT
                                         GPM_TEXT_DECODER_REPLACEMENT);
  g_assert_cmpstr (fields->pdata[2], ==, "y");
  g_assert_cmpuint (gpm_text_decoder_get_n_invalid (decoder), ==, 2);
  g_assert_false (gpm_csv_reader_next (reader, &fields, &line, NULL, &error));
  g_assert_no_error (error);
}

static void
test_many_records (void)
{
  g_autoptr(GString) input = g_string_new (NULL);
  g_autoptr(GpmCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *fields = NULL, *first = NULL;
  guint64 line, expected_line = 1;
  guint n = 0;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (input, "%u,\"摩尔\r\n线程 %u\",\"q\"\"%u\",%s\r\n", i, i, i,
                            i % 7 ? "x" : "");
  reader = reader_new (input->str, input->len, GPM_ENCODING_UTF8, FALSE, ',');
  while (gpm_csv_reader_next (reader, &fields, &line, NULL, &error))
    {
      g_autofree char *number = g_strdup_printf ("%u", n);
      g_autofree char *name = g_strdup_printf ("摩尔\r\n线程 %u", n);
      g_autofree char *quoted = g_strdup_printf ("q\"%u", n);

      if (first == NULL)
        first = fields;
      g_assert_true (fields == first);
      g_assert_cmpuint (fields->len, ==, 4);
      g_assert_cmpstr (fields->pdata[0], ==, number);
      g_assert_cmpstr (fields->pdata[1], ==, name);
      g_assert_cmpstr (fields->pdata[2], ==, quoted);
      g_assert_cmpstr (fields->pdata[3], ==, n % 7 ? "x" : "");
      g_assert_cmpuint (line, ==, expected_line);
      expected_line += 2;
      n++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 20000);
}

static void
test_sniff (void)
{
  static const struct
  {
    const char *sample;
    char        delimiter;
  } cases[] = {
    { "a,b,c\n1,2,3\n", ',' },
    { "a;b;c\n1,5;2,5;3\n4;5;6\n", ';' },
    { "a\tb\tc\n1\t2\t3\n", '\t' },
    { "a|b|c\n1|2|3\n", '|' },
    { "name;\"x,y\";z\n\"1,2\";\"3,4\";5\n", ';' },
    { "\"multi\nline, with comma\"|b\nc|d\n", '|' },
    { "厂商\t营收，万元\n摩尔线程\t1,234\n", '\t' },
    { "just text\nmore text\n", ',' },
    { "", ',' },
    /* The last line, cut short by the sample, is not held against the delimiter. */
    { "a;b;c\n1;2;3\n4;5", ';' },
    { "a,b\r\n1,2\r\n", ',' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("sniff case %u", i);
      g_assert_cmpint (gpm_csv_sniff_delimiter (cases[i].sample, strlen (cases[i].sample)),
                       ==, cases[i].delimiter);
    }
}

static void
test_cancel (void)
{
  g_autoptr(GpmCsvReader) reader = reader_new ("a,b\n", 4, GPM_ENCODING_UTF8, FALSE, ',');
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *fields;

  g_cancellable_cancel (cancellable);
  g_assert_false (gpm_csv_reader_next (reader, &fields, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-reader/corpus", test_corpus);
  g_test_add_func ("/csv-reader/error-lines", test_error_lines);
  g_test_add_func ("/csv-reader/too-long", test_too_long);
  g_test_add_func ("/csv-reader/encodings", test_encodings);
  g_test_add_func ("/csv-reader/invalid-bytes", test_invalid_bytes);
  g_test_add_func ("/csv-reader/invalid-gb18030", test_invalid_gb18030);
  g_test_add_func ("/csv-reader/many-records", test_many_records);
  g_test_add_func ("/csv-reader/sniff", test_sniff);
  g_test_add_func ("/csv-reader/cancel", test_cancel);

  return g_test_run ();
}
