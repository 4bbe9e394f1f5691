/* bench-summary.h — the figures run-bench.py gathers into its summary table.
 *
 * When GPM_BENCH_SUMMARY names a file, a benchmark appends one line a figure,
 * "KEY<TAB>VALUE", so the table is built without parsing the human-readable report.
 */
#pragma once

#include <stdio.h>

#include <glib.h>

G_GNUC_PRINTF (2, 3) static inline void
bench_summary (double      value,
               const char *key_format,
               ...)
{
  const char *path = g_getenv ("GPM_BENCH_SUMMARY");
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *key = NULL;
  va_list args;
  FILE *file;

  if (path == NULL || (file = fopen (path, "a")) == NULL)
    return;

  va_start (args, key_format);
  key = g_strdup_vprintf (key_format, args);
  va_end (args);
  fprintf (file, "%s\t%s\n", key, g_ascii_dtostr (number, sizeof number, value));
  fclose (file);
}
