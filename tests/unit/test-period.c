/* test-period.c — the five period forms: what is accepted, what is refused and why,
 * the span each covers, and how periods of mixed precision sort.
 */

#include "config.h"

#include <string.h>

#include "gpm-period.h"

static void
assert_parses (const char   *text,
               int           year,
               GpmPrecision  precision,
               int           quarter,
               int           month,
               int           day)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *printed = NULL;
  GpmPeriod period;

  g_assert_true (gpm_period_parse (text, &period, &error));
  g_assert_no_error (error);
  g_assert_cmpint (period.year, ==, year);
  g_assert_cmpint (period.precision, ==, precision);
  g_assert_cmpint (period.quarter, ==, quarter);
  g_assert_cmpint (period.month, ==, month);
  g_assert_cmpint (period.day, ==, day);
  if (precision != GPM_PRECISION_HALF)
    g_assert_cmpint (period.half, ==, 0);

  /* Printing gives back the text it was read from. */
  printed = gpm_period_to_string (&period);
  g_assert_cmpstr (printed, ==, text);
}

static void
assert_parses_half (const char *text,
                    int         year,
                    int         half)
{
  GpmPeriod period;

  assert_parses (text, year, GPM_PRECISION_HALF, 0, 0, 0);
  g_assert_true (gpm_period_parse (text, &period, NULL));
  g_assert_cmpint (period.half, ==, half);
}

static void
test_accepted (void)
{
  assert_parses ("2025", 2025, GPM_PRECISION_YEAR, 0, 0, 0);
  assert_parses ("2025-Q1", 2025, GPM_PRECISION_QUARTER, 1, 0, 0);
  assert_parses ("2025-Q4", 2025, GPM_PRECISION_QUARTER, 4, 0, 0);
  assert_parses_half ("2025-H1", 2025, 1);
  assert_parses_half ("2025-H2", 2025, 2);
  assert_parses_half ("2200-H2", 2200, 2);
  assert_parses ("2025-07", 2025, GPM_PRECISION_MONTH, 0, 7, 0);
  assert_parses ("2025-12", 2025, GPM_PRECISION_MONTH, 0, 12, 0);
  assert_parses ("2025-07-15", 2025, GPM_PRECISION_DAY, 0, 7, 15);
  assert_parses ("2024-02-29", 2024, GPM_PRECISION_DAY, 0, 2, 29);
  assert_parses ("2000-02-29", 2000, GPM_PRECISION_DAY, 0, 2, 29);
  assert_parses ("1900", 1900, GPM_PRECISION_YEAR, 0, 0, 0);
  assert_parses ("2200-12-31", 2200, GPM_PRECISION_DAY, 0, 12, 31);
  g_assert_true (gpm_period_is_valid_text ("2023-01-31"));
}

static void
test_rejected (void)
{
  static const char * const shapes[] = {
    "", "25", "2025/07", "2025-13", "2025-00", "2025-Q5", "2025-Q0", "2025-q1", "2025-Q",
    "2025-Q12", "2025-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-07-00",
    "2025-7", "2025-07-1", " 2025", "2025 ", "2025-", "2025-07-", "20250", "２０２５",
    "2025-07-15T00:00", "abcd", "-2025", "+202", "2025-H3", "2025-H0", "2025-h1", "2025-H",
    "2025-H12", "2025H1", "2025-H1-01", "2025-HQ1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;
      GpmPeriod period = { 1, GPM_PRECISION_DAY, 1, 1, 1 };

      g_test_message ("refusing “%s”", shapes[i]);
      g_assert_false (gpm_period_parse (shapes[i], &period, &error));
      g_assert_error (error, GPM_PERIOD_ERROR, GPM_PERIOD_ERROR_INVALID);

      /* The message quotes the input and shows every accepted form. */
      expected = g_strdup_printf ("“%s”", shapes[i]);
      g_assert_nonnull (strstr (error->message, expected));
      g_assert_nonnull (strstr (error->message, "2025-Q1"));
      g_assert_nonnull (strstr (error->message, "2025-H1"));
      g_assert_nonnull (strstr (error->message, "2025-07-15"));

      /* A refusal leaves the output alone. */
      g_assert_cmpint (period.year, ==, 1);
    }

  g_assert_false (gpm_period_parse (NULL, NULL, NULL));
}

static void
test_year_range (void)
{
  static const char * const outside[] = { "1899", "2201", "0000", "9999-12-31", "1899-Q4",
                                           "2201-H1" };

  for (guint i = 0; i < G_N_ELEMENTS (outside); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (gpm_period_parse (outside[i], NULL, &error));
      g_assert_error (error, GPM_PERIOD_ERROR, GPM_PERIOD_ERROR_OUT_OF_RANGE);
      g_assert_nonnull (strstr (error->message, outside[i]));
    }
}

static void
assert_span (const char *text,
             const char *start,
             const char *end)
{
  GpmPeriod period;
  GDate date;
  char buffer[16];

  g_assert_true (gpm_period_parse (text, &period, NULL));

  gpm_period_get_start (&period, &date);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
  g_assert_cmpstr (buffer, ==, start);
  g_assert_cmpuint (gpm_period_get_start_julian (&period), ==, g_date_get_julian (&date));

  gpm_period_get_end (&period, &date);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
  g_assert_cmpstr (buffer, ==, end);
  g_assert_cmpuint (gpm_period_get_end_julian (&period), ==, g_date_get_julian (&date));
}

static void
test_spans (void)
{
  assert_span ("2025", "2025-01-01", "2025-12-31");
  assert_span ("2025-H1", "2025-01-01", "2025-06-30");
  assert_span ("2025-H2", "2025-07-01", "2025-12-31");
  assert_span ("2024-H1", "2024-01-01", "2024-06-30");
  assert_span ("2025-Q1", "2025-01-01", "2025-03-31");
  assert_span ("2025-Q2", "2025-04-01", "2025-06-30");
  assert_span ("2025-Q3", "2025-07-01", "2025-09-30");
  assert_span ("2025-Q4", "2025-10-01", "2025-12-31");
  assert_span ("2025-02", "2025-02-01", "2025-02-28");
  assert_span ("2024-02", "2024-02-01", "2024-02-29");
  assert_span ("2025-07", "2025-07-01", "2025-07-31");
  assert_span ("2025-07-15", "2025-07-15", "2025-07-15");
}

static int
compare_texts (const char *a,
               const char *b)
{
  GpmPeriod x, y;

  g_assert_true (gpm_period_parse (a, &x, NULL));
  g_assert_true (gpm_period_parse (b, &y, NULL));

  return gpm_period_compare (&x, &y);
}

static void
test_ordering (void)
{
  /* Sorted as the store sorts: by start, the longer span first at the same start. */
  static const char * const sorted[] = {
    "2024", "2024-H2", "2024-Q4", "2024-10", "2024-12-31",
    "2025", "2025-H1", "2025-Q1", "2025-01", "2025-01-01", "2025-01-02", "2025-02",
    "2025-Q2", "2025-06-30", "2025-H2", "2025-Q3", "2025-07", "2025-07-15", "2026",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    for (guint j = 0; j < G_N_ELEMENTS (sorted); j++)
      {
        int expected = i < j ? -1 : i > j ? 1 : 0;

        g_assert_cmpint (compare_texts (sorted[i], sorted[j]), ==, expected);
      }

  /* Text order would put the quarter after the month. */
  g_assert_cmpint (strcmp ("2025-Q1", "2025-07"), >, 0);
  g_assert_cmpint (compare_texts ("2025-Q1", "2025-07"), <, 0);
}

static void
test_boxed (void)
{
  GpmPeriod period;
  g_autoptr(GpmPeriod) copy = NULL;

  g_assert_true (gpm_period_parse ("2025-H2", &period, NULL));
  copy = gpm_period_copy (&period);
  g_assert_true (gpm_period_equal (copy, &period));
  g_assert_cmpint (copy->half, ==, 2);
  g_clear_pointer (&copy, gpm_period_free);

  g_assert_true (gpm_period_parse ("2025-Q3", &period, NULL));
  copy = gpm_period_copy (&period);
  g_assert_true (gpm_period_equal (copy, &period));
  g_assert_true (G_TYPE_IS_BOXED (GPM_TYPE_PERIOD));
  g_assert_true (G_TYPE_IS_ENUM (GPM_TYPE_PRECISION));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/period/accepted", test_accepted);
  g_test_add_func ("/period/rejected", test_rejected);
  g_test_add_func ("/period/year-range", test_year_range);
  g_test_add_func ("/period/spans", test_spans);
  g_test_add_func ("/period/ordering", test_ordering);
  g_test_add_func ("/period/boxed", test_boxed);

  return g_test_run ();
}
