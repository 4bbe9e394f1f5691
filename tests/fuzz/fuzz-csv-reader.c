/* fuzz-csv-reader.c — any bytes through detection, decoding and CSV parsing.
 *
 * The input is what a user might drop on the window: detect its encoding, sniff the
 * delimiter, then read records until the end or an error. Nothing may crash, hang or
 * leak; every field must be valid UTF-8, and the decoder must have consumed every byte.
 * The first byte, when it is a digit 0-4, forces an encoding instead, so every decoder
 * sees every kind of input.
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "gpm-csv-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GpmTextDecoder) decoder = NULL;
  g_autoptr(GpmCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GpmEncoding encoding;
  GPtrArray *fields;
  guint64 line, last_line = 0;
  char sample[4096];
  gssize n;

  if (size > 0 && data[0] >= '0' && data[0] < '0' + GPM_N_ENCODINGS)
    {
      encoding = data[0] - '0';
      data++;
      size--;
    }
  else
    encoding = gpm_encoding_detect (data, size, NULL);

  /* Sniff from the decoded start, as the importer does. */
  stream = g_memory_input_stream_new_from_data (data, size, NULL);
  decoder = gpm_text_decoder_new (stream, encoding);
  n = gpm_text_decoder_read (decoder, sample, sizeof sample, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate_len (sample, n, NULL));

  g_clear_object (&decoder);
  g_clear_object (&stream);
  stream = g_memory_input_stream_new_from_data (data, size, NULL);
  decoder = gpm_text_decoder_new (stream, encoding);
  reader = gpm_csv_reader_new (decoder, gpm_csv_sniff_delimiter (sample, n));

  while (gpm_csv_reader_next (reader, &fields, &line, NULL, &error))
    {
      g_assert_cmpuint (fields->len, >=, 1);
      g_assert_cmpuint (line, >, last_line);
      last_line = line;
      for (guint i = 0; i < fields->len; i++)
        g_assert_true (g_utf8_validate (fields->pdata[i], -1, NULL));
    }

  if (error == NULL)
    g_assert_cmpuint (gpm_csv_reader_get_bytes_in (reader), ==, size);
  else
    g_assert_true (error->domain == GPM_CSV_READER_ERROR);

  return 0;
}
