/* bench-csv-reader.c — how fast the CSV reader turns a big file into records.
 *
 * Writes a 1,000,000-row, 8-column CSV (about 60 MB: vendor names in Chinese, quoted
 * fields with commas and doubled quotes, numbers, dates) into a temporary directory,
 * then reads it five times through GpmTextDecoder + GpmCsvReader, as UTF-8 and once
 * more as GB18030, and prints the median time. The import must beat the sqlite3
 * shell's .import of the same file, so this part has to stay well under half a second.
 * It reports; it never fails on a time, because machines differ.
 */

#include "config.h"

#include <time.h>

#include <glib/gstdio.h>

#include "bench-summary.h"
#include "gpm-csv-reader.h"

#define N_ROWS 1000000
#define N_RUNS 5

static const char * const vendors[] = {
  "摩尔线程", "沐曦", "寒武纪", "华为昇腾", "海光信息", "壁仞科技", "燧原科技", "NVIDIA",
};

static char *
write_file (const char  *dir,
            const char  *name,
            const char  *charset,
            gsize       *size)
{
  g_autoptr(GString) csv = g_string_sized_new (64 * 1024 * 1024);
  g_autoptr(GError) error = NULL;
  g_autofree char *converted = NULL;
  char *path = g_build_filename (dir, name, NULL);
  GRand *rand = g_rand_new_with_seed (42);
  gsize n;

  g_string_append (csv, "id,vendor,metric,period,value,unit,source,note\n");
  for (guint i = 0; i < N_ROWS; i++)
    g_string_append_printf (csv, "%u,%s,revenue,2025-%02u-15,%.2f,亿元,src-%u,%s\n",
                            i, vendors[i % G_N_ELEMENTS (vendors)], 1 + i % 12,
                            g_rand_double_range (rand, 0, 1000), i % 97,
                            i % 5 == 0 ? "\"estimate, \"\"mid\"\" case\"" : "reported");
  g_rand_free (rand);

  if (g_strcmp0 (charset, "UTF-8") != 0)
    {
      converted = g_convert (csv->str, csv->len, charset, "UTF-8", NULL, &n, &error);
      g_assert_no_error (error);
    }
  else
    {
      n = csv->len;
      converted = g_string_free (g_steal_pointer (&csv), FALSE);
    }

  g_file_set_contents (path, converted, n, &error);
  g_assert_no_error (error);
  *size = n;
  return path;
}

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Returns the wall time; *cpu gets the CPU time, which a busy machine inflates less. */
static double
read_all (const char  *path,
          GpmEncoding  encoding,
          guint64     *n_fields,
          double      *cpu)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = G_INPUT_STREAM (g_file_read (file, NULL, &error));
  g_autoptr(GpmTextDecoder) decoder = gpm_text_decoder_new (stream, encoding);
  g_autoptr(GpmCsvReader) reader = gpm_csv_reader_new (decoder, ',');
  GPtrArray *fields;
  guint64 line;
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_seconds ();

  *n_fields = 0;
  while (gpm_csv_reader_next (reader, &fields, &line, NULL, &error))
    *n_fields += fields->len;
  g_assert_no_error (error);

  *cpu = cpu_seconds () - cpu_start;
  return (g_get_monotonic_time () - start) / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
bench (const char  *path,
       gsize        size,
       GpmEncoding  encoding)
{
  double times[N_RUNS], cpu[N_RUNS];
  guint64 n_fields = 0;

  for (guint i = 0; i < N_RUNS; i++)
    times[i] = read_all (path, encoding, &n_fields, &cpu[i]);
  qsort (times, N_RUNS, sizeof times[0], compare_doubles);
  qsort (cpu, N_RUNS, sizeof cpu[0], compare_doubles);
  g_assert_cmpuint (n_fields, ==, (guint64) (N_ROWS + 1) * 8);

  bench_summary (times[N_RUNS / 2], "csv-reader.%s.median.s",
                 gpm_encoding_to_string (encoding));
  bench_summary (cpu[N_RUNS / 2], "csv-reader.%s.cpu.s", gpm_encoding_to_string (encoding));
  g_print ("csv-reader %-8s %5.1f MB, %u rows: median %.3f s (min %.3f, max %.3f), "
           "%.0f MB/s; CPU median %.3f s\n",
           gpm_encoding_to_string (encoding), size / 1e6, N_ROWS, times[N_RUNS / 2],
           times[0], times[N_RUNS - 1], size / 1e6 / times[N_RUNS / 2], cpu[N_RUNS / 2]);
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gpm-bench-csv-XXXXXX", &error);
  g_autofree char *utf8 = NULL;
  g_autofree char *gb = NULL;
  gsize size;

  g_assert_no_error (error);

  utf8 = write_file (dir, "rows.csv", "UTF-8", &size);
  bench (utf8, size, GPM_ENCODING_UTF8);
  g_unlink (utf8);

  gb = write_file (dir, "rows-gb18030.csv", "GB18030", &size);
  bench (gb, size, GPM_ENCODING_GB18030);
  g_unlink (gb);

  g_rmdir (dir);
  return 0;
}
