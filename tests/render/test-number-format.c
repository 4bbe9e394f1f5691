/* test-number-format.c — values and axis titles in English, Simplified and Traditional
 * Chinese, compared as exact strings. */

#include "config.h"

#include <locale.h>

#include "gpm-number-format.h"

#define MINUS "\xe2\x88\x92"

typedef struct
{
  GpmLanguage     language;
  double          value;
  const char     *unit;
  GpmNumberStyle  style;
  const char     *expected;
} Case;

static void
check_cases (const Case *cases,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = gpm_number_format (cases[i].language, cases[i].value,
                                                 cases[i].unit, cases[i].style);

      g_test_message ("%g %s → %s", cases[i].value, cases[i].unit, text);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_english (void)
{
  static const Case cases[] = {
    { GPM_LANGUAGE_EN, 7.43e8, "CNY", GPM_NUMBER_SHORT, "¥743M" },
    { GPM_LANGUAGE_EN, 7.43e9, "CNY", GPM_NUMBER_SHORT, "¥7.43B" },
    { GPM_LANGUAGE_EN, 158.7e9, "USD", GPM_NUMBER_LONG, "$158.7B" },
    { GPM_LANGUAGE_EN, 25, "%", GPM_NUMBER_SHORT, "25%" },
    { GPM_LANGUAGE_EN, 26.42, "%", GPM_NUMBER_LONG, "26.42%" },
    { GPM_LANGUAGE_EN, 820000, "units", GPM_NUMBER_LONG, "820,000 units" },
    { GPM_LANGUAGE_EN, 820000, "units", GPM_NUMBER_SHORT, "820K" },
    { GPM_LANGUAGE_EN, 2.7e6, "units", GPM_NUMBER_SHORT, "2.7M" },
    { GPM_LANGUAGE_EN, 1, "units", GPM_NUMBER_LONG, "1 unit" },
    { GPM_LANGUAGE_EN, 1037.3, "EFLOPS", GPM_NUMBER_LONG, "1,037.3 EFLOPS" },
    { GPM_LANGUAGE_EN, 6.2, "x", GPM_NUMBER_LONG, "6.2×" },
    { GPM_LANGUAGE_EN, 4.608e7, "CNY", GPM_NUMBER_LONG, "¥46.08M" },
    { GPM_LANGUAGE_EN, 4.17e12, "USD", GPM_NUMBER_LONG, "$4.17T" },
    { GPM_LANGUAGE_EN, 999.96e6, "CNY", GPM_NUMBER_LONG, "¥1B" },
    { GPM_LANGUAGE_EN, 0, "CNY", GPM_NUMBER_SHORT, "¥0" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_simplified (void)
{
  static const Case cases[] = {
    { GPM_LANGUAGE_ZH_CN, 7.43e8, "CNY", GPM_NUMBER_SHORT, "7.43亿元" },
    { GPM_LANGUAGE_ZH_CN, 7.43e6, "CNY", GPM_NUMBER_SHORT, "743万元" },
    { GPM_LANGUAGE_ZH_CN, 158.7e9, "USD", GPM_NUMBER_LONG, "1,587亿美元" },
    { GPM_LANGUAGE_ZH_CN, 25, "%", GPM_NUMBER_SHORT, "25%" },
    { GPM_LANGUAGE_ZH_CN, 820000, "units", GPM_NUMBER_SHORT, "82万" },
    { GPM_LANGUAGE_ZH_CN, 820000, "units", GPM_NUMBER_LONG, "82万" },
    { GPM_LANGUAGE_ZH_CN, 2.7e6, "units", GPM_NUMBER_LONG, "270万" },
    { GPM_LANGUAGE_ZH_CN, 4.608e7, "CNY", GPM_NUMBER_LONG, "4,608万元" },
    { GPM_LANGUAGE_ZH_CN, 4.17e12, "USD", GPM_NUMBER_LONG, "4.17万亿美元" },
    { GPM_LANGUAGE_ZH_CN, 9999.6e4, "CNY", GPM_NUMBER_LONG, "1亿元" },
    { GPM_LANGUAGE_ZH_CN, 5, "years", GPM_NUMBER_LONG, "5年" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_traditional (void)
{
  static const Case cases[] = {
    { GPM_LANGUAGE_ZH_TW, 7.43e8, "CNY", GPM_NUMBER_SHORT, "7.43億元" },
    { GPM_LANGUAGE_ZH_TW, 7.43e6, "CNY", GPM_NUMBER_SHORT, "743萬元" },
    { GPM_LANGUAGE_ZH_TW, 820000, "units", GPM_NUMBER_SHORT, "82萬" },
    { GPM_LANGUAGE_ZH_TW, 4.17e12, "USD", GPM_NUMBER_LONG, "4.17萬億美元" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Net losses: a real minus sign, before the currency sign. */
static void
test_negative (void)
{
  static const Case cases[] = {
    { GPM_LANGUAGE_EN, -18.40e8, "CNY", GPM_NUMBER_LONG, MINUS "¥1.84B" },
    { GPM_LANGUAGE_EN, -2.33e8, "CNY", GPM_NUMBER_LONG, MINUS "¥233M" },
    { GPM_LANGUAGE_ZH_CN, -18.40e8, "CNY", GPM_NUMBER_LONG, MINUS "18.4亿元" },
    { GPM_LANGUAGE_ZH_TW, -2.33e8, "CNY", GPM_NUMBER_LONG, MINUS "2.33億元" },
    { GPM_LANGUAGE_EN, -5, "%", GPM_NUMBER_SHORT, MINUS "5%" },
    /* Rounds to zero: no sign at all. */
    { GPM_LANGUAGE_EN, -0.0001, "%", GPM_NUMBER_SHORT, "0%" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_axis_titles (void)
{
  static const struct { GpmLanguage language; const char *title, *unit, *expected; } cases[] = {
    { GPM_LANGUAGE_EN, "Revenue", "CNY", "Revenue (CNY)" },
    { GPM_LANGUAGE_ZH_CN, "营业收入", "CNY", "营业收入（元）" },
    { GPM_LANGUAGE_ZH_TW, "營業收入", "CNY", "營業收入（元）" },
    { GPM_LANGUAGE_ZH_CN, "市场规模", "USD", "市场规模（美元）" },
    { GPM_LANGUAGE_EN, "Share", "%", "Share (%)" },
    { GPM_LANGUAGE_EN, "Shipments", "units", "Shipments (units)" },
    { GPM_LANGUAGE_ZH_TW, "出貨量", "units", "出貨量（個）" },
    { GPM_LANGUAGE_EN, "Compute", "EFLOPS", "Compute (EFLOPS)" },
    { GPM_LANGUAGE_EN, NULL, "USD", "USD" },
    { GPM_LANGUAGE_ZH_CN, "", "CNY", "元" },
    { GPM_LANGUAGE_EN, "Score", NULL, "Score" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = gpm_number_format_axis_title (cases[i].language, cases[i].title,
                                                            cases[i].unit);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* A decimal comma locale must not leak into the output. */
static void
test_locale_independent (void)
{
  g_autofree char *text = NULL;

  setlocale (LC_NUMERIC, "de_DE.UTF-8");
  text = gpm_number_format (GPM_LANGUAGE_EN, 7.43e9, "CNY", GPM_NUMBER_SHORT);
  setlocale (LC_NUMERIC, "C");
  g_assert_cmpstr (text, ==, "¥7.43B");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/number-format/english", test_english);
  g_test_add_func ("/number-format/simplified-chinese", test_simplified);
  g_test_add_func ("/number-format/traditional-chinese", test_traditional);
  g_test_add_func ("/number-format/negative", test_negative);
  g_test_add_func ("/number-format/axis-titles", test_axis_titles);
  g_test_add_func ("/number-format/locale-independent", test_locale_independent);

  return g_test_run ();
}
