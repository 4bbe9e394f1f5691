/* test-ticks.c — 1-2-5 ticks (linear, across zero, log) and their labels per language. */

#include "config.h"

#include <math.h>

#include "gpm-number-format.h"

#define MINUS "\xe2\x88\x92"

static void
assert_nice (const GpmTicks *ticks,
             double          lo,
             double          hi)
{
  double mantissa = ticks->step / pow (10.0, floor (log10 (ticks->step)));

  g_assert_cmpuint (ticks->n_values, >=, 4);
  g_assert_cmpuint (ticks->n_values, <=, 8);
  g_assert_cmpfloat (ticks->min, <=, lo);
  g_assert_cmpfloat (ticks->max, >=, hi);
  g_assert_true (fabs (mantissa - 1) < 1e-9 || fabs (mantissa - 2) < 1e-9
                 || fabs (mantissa - 5) < 1e-9);
  for (guint i = 1; i < ticks->n_values; i++)
    g_assert_cmpfloat_with_epsilon (ticks->values[i] - ticks->values[i - 1], ticks->step,
                                    ticks->step * 1e-9);
}

static void
test_linear (void)
{
  static const double ranges[][2] = {
    { 0, 1 }, { 0.4608e8, 4.38e8 }, { 13.11, 95 }, { 158.7e9, 222.7e9 }, { 1, 1.01 },
    { -3, 7 }, { 1e-6, 9e-6 }, { 0, 2.7e6 }, { 999, 1001 }, { -1e12, 1e12 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      GpmTicks ticks;

      g_assert_true (gpm_ticks_linear (ranges[i][0], ranges[i][1], FALSE, 8, &ticks));
      assert_nice (&ticks, ranges[i][0], ranges[i][1]);
    }
}

static void
test_include_zero (void)
{
  GpmTicks ticks;

  g_assert_true (gpm_ticks_linear (158.7e9, 222.7e9, TRUE, 8, &ticks));
  assert_nice (&ticks, 0, 222.7e9);
  g_assert_cmpfloat (ticks.values[0], ==, 0.0);
  g_assert_cmpfloat (ticks.step, ==, 50e9);
}

/* Net losses: −18.40亿 … −2.33亿, and revenue with losses, keep zero on the axis. */
static void
test_negative (void)
{
  GpmTicks ticks;
  gboolean has_zero = FALSE;

  g_assert_true (gpm_ticks_linear (-18.40e8, -2.33e8, TRUE, 8, &ticks));
  assert_nice (&ticks, -18.40e8, 0);
  g_assert_cmpfloat (ticks.max, ==, 0.0);
  g_assert_cmpfloat (ticks.min, ==, -20e8);

  g_assert_true (gpm_ticks_linear (-18.40e8, 42.64e8, TRUE, 8, &ticks));
  assert_nice (&ticks, -18.40e8, 42.64e8);
  for (guint i = 0; i < ticks.n_values; i++)
    has_zero |= ticks.values[i] == 0.0;
  g_assert_true (has_zero);
}

static void
test_degenerate (void)
{
  GpmTicks ticks;

  /* One value, or none at all, still gives a sensible axis. */
  g_assert_true (gpm_ticks_linear (50, 50, FALSE, 8, &ticks));
  g_assert_cmpfloat (ticks.min, <, 50);
  g_assert_cmpfloat (ticks.max, >, 50);
  g_assert_true (gpm_ticks_linear (0, 0, TRUE, 8, &ticks));
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.max, >, 0);
  g_assert_false (gpm_ticks_linear (NAN, 1, FALSE, 8, &ticks));

  /* Little room: across zero needs three ticks, and gets them. */
  g_assert_true (gpm_ticks_linear (-1.84e9, 4.26e9, TRUE, 2, &ticks));
  g_assert_cmpuint (ticks.n_values, ==, 3);
  g_assert_cmpfloat (ticks.min, ==, -5e9);
  g_assert_cmpfloat (ticks.max, ==, 5e9);
}

static void
test_log (void)
{
  GpmTicks ticks;

  g_assert_true (gpm_ticks_log (3, 4500, 8, &ticks));
  g_assert_true (ticks.log);
  g_assert_cmpuint (ticks.n_values, ==, 5);
  g_assert_cmpfloat (ticks.values[0], ==, 1);
  g_assert_cmpfloat (ticks.values[4], ==, 10000);

  /* Twelve decades in at most seven ticks: every second decade. */
  g_assert_true (gpm_ticks_log (4.6e7, 4.17e12, 4, &ticks));
  g_assert_cmpuint (ticks.n_values, <=, 4);
  g_assert_cmpfloat (ticks.min, <=, 4.6e7);
  g_assert_cmpfloat (ticks.max, >=, 4.17e12);

  /* Within a decade: 1-2-5 marks. */
  g_assert_true (gpm_ticks_log (2, 9, 8, &ticks));
  g_assert_cmpuint (ticks.n_values, ==, 4);
  g_assert_cmpfloat (ticks.values[1], ==, 2);
  g_assert_cmpfloat (ticks.values[2], ==, 5);

  g_assert_false (gpm_ticks_log (0, 10, 8, &ticks));
  g_assert_false (gpm_ticks_log (-5, 10, 8, &ticks));
}

/* A second axis lands on the first axis's grid lines, zero on zero. */
static void
test_aligned (void)
{
  GpmTicks reference, ticks;

  g_assert_true (gpm_ticks_linear (0, 222.7e9, TRUE, 8, &reference));
  g_assert_true (gpm_ticks_aligned (0, 37.7, &reference, &ticks));
  g_assert_cmpuint (ticks.n_values, ==, reference.n_values);
  g_assert_cmpfloat (ticks.values[0], ==, 0.0);
  g_assert_cmpfloat (ticks.step, ==, 10.0);

  g_assert_true (gpm_ticks_linear (-18.40e8, 42.64e8, TRUE, 8, &reference));
  g_assert_cmpfloat (reference.values[2], ==, 0.0);
  g_assert_true (gpm_ticks_aligned (-0.5, 40, &reference, &ticks));
  g_assert_cmpuint (ticks.n_values, ==, reference.n_values);
  g_assert_cmpfloat (ticks.values[2], ==, 0.0);
  g_assert_cmpfloat (ticks.min, <=, -0.5);
  g_assert_cmpfloat (ticks.max, >=, 40);

  /* Against a log axis there is no grid to share. */
  g_assert_true (gpm_ticks_log (3, 4500, 8, &reference));
  g_assert_false (gpm_ticks_aligned (0, 1, &reference, &ticks));
}

static void
assert_labels (GpmLanguage         language,
               double              lo,
               double              hi,
               gboolean            log,
               const char         *unit,
               const char * const *expected)
{
  GpmTicks ticks;
  g_auto(GStrv) labels = NULL;

  if (log)
    g_assert_true (gpm_ticks_log (lo, hi, 8, &ticks));
  else
    g_assert_true (gpm_ticks_linear (lo, hi, TRUE, 8, &ticks));
  labels = gpm_number_format_ticks (language, &ticks, unit);
  for (guint i = 0; labels[i] != NULL; i++)
    g_test_message ("%s", labels[i]);
  g_assert_cmpstrv (labels, expected);
}

static void
test_labels (void)
{
  static const char *en_money[] = {
    MINUS "¥2B", MINUS "¥1B", "0", "¥1B", "¥2B", "¥3B", "¥4B", "¥5B", NULL,
  };
  static const char *zh_money[] = {
    MINUS "20亿元", MINUS "10亿元", "0", "10亿元", "20亿元", "30亿元", "40亿元", "50亿元", NULL,
  };
  static const char *tw_money[] = {
    "0", "1億元", "2億元", "3億元", "4億元", "5億元", NULL,
  };
  static const char *en_usd[] = { "0", "$50B", "$100B", "$150B", "$200B", "$250B", NULL };
  static const char *zh_usd[] = {
    "0", "500亿美元", "1,000亿美元", "1,500亿美元", "2,000亿美元", "2,500亿美元", NULL,
  };
  static const char *en_share[] = { "0", "20%", "40%", "60%", "80%", "100%", NULL };
  static const char *en_count[] = { "0", "0.5M", "1.0M", "1.5M", "2.0M", "2.5M", "3.0M", NULL };
  static const char *zh_count[] = {
    "0", "50万", "100万", "150万", "200万", "250万", "300万", NULL,
  };
  static const char *en_small[] = {
    "0", "200", "400", "600", "800", "1,000", "1,200", "1,400", NULL,
  };
  static const char *en_log[] = { "¥10M", "¥100M", "¥1B", "¥10B", "¥100B", NULL };

  assert_labels (GPM_LANGUAGE_EN, -18.40e8, 42.64e8, FALSE, "CNY", en_money);
  assert_labels (GPM_LANGUAGE_ZH_CN, -18.40e8, 42.64e8, FALSE, "CNY", zh_money);
  assert_labels (GPM_LANGUAGE_ZH_TW, 0.4608e8, 4.38e8, FALSE, "CNY", tw_money);
  assert_labels (GPM_LANGUAGE_EN, 158.7e9, 222.7e9, FALSE, "USD", en_usd);
  assert_labels (GPM_LANGUAGE_ZH_CN, 158.7e9, 222.7e9, FALSE, "USD", zh_usd);
  assert_labels (GPM_LANGUAGE_EN, 13.11, 95, FALSE, "%", en_share);
  assert_labels (GPM_LANGUAGE_EN, 0.82e6, 2.7e6, FALSE, "units", en_count);
  assert_labels (GPM_LANGUAGE_ZH_CN, 0.82e6, 2.7e6, FALSE, "units", zh_count);
  assert_labels (GPM_LANGUAGE_EN, 500, 1350, FALSE, "units", en_small);
  assert_labels (GPM_LANGUAGE_EN, 4.6e7, 42.64e9, TRUE, "CNY", en_log);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ticks/linear", test_linear);
  g_test_add_func ("/ticks/include-zero", test_include_zero);
  g_test_add_func ("/ticks/negative", test_negative);
  g_test_add_func ("/ticks/degenerate", test_degenerate);
  g_test_add_func ("/ticks/log", test_log);
  g_test_add_func ("/ticks/aligned", test_aligned);
  g_test_add_func ("/ticks/labels", test_labels);

  return g_test_run ();
}
