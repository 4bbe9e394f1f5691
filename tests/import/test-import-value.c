/* test-import-value.c — numbers and dates as Chinese sources and spreadsheets write them:
 * every accepted form, exact decimal conversion (== on doubles, as the C compiler rounds
 * a literal just as one correct conversion does), the decimal-mark ambiguity, and the
 * cells that must be refused, with the error code each gets.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-import-value.h"
#include "gpm-period.h"

#define OK (-1)
#define A  GPM_DECIMAL_MARK_AUTO
#define P  GPM_DECIMAL_MARK_POINT
#define C  GPM_DECIMAL_MARK_COMMA

#define PCT   GPM_NUMBER_PERCENT
#define CNY   GPM_NUMBER_CURRENCY_CNY
#define USD   GPM_NUMBER_CURRENCY_USD
#define SCL   GPM_NUMBER_SCALED
#define ABOUT GPM_NUMBER_ABOUT
#define MORE  GPM_NUMBER_MORE_THAN
#define LESS  GPM_NUMBER_LESS_THAN
#define AMB   GPM_NUMBER_AMBIGUOUS_MARK

#define EMPTY   GPM_IMPORT_VALUE_ERROR_EMPTY
#define INVALID GPM_IMPORT_VALUE_ERROR_INVALID
#define AMBIG   GPM_IMPORT_VALUE_ERROR_AMBIGUOUS
#define RANGE   GPM_IMPORT_VALUE_ERROR_OUT_OF_RANGE

typedef struct
{
  const char     *text;
  GpmDecimalMark  mark;
  int             error;  /* OK, or the error code expected */
  double          value;
  GpmNumberFlags  flags;
} NumberCase;

static const NumberCase plain_numbers[] = {
  { "0", A, OK, 0, 0 }, { "5", A, OK, 5, 0 }, { "123", A, OK, 123, 0 },
  { "007", A, OK, 7, 0 }, { "-5", A, OK, -5, 0 }, { "+5", A, OK, 5, 0 },
  { "0.3", A, OK, 0.3, 0 }, { "0.1", P, OK, 0.1, 0 }, { ".5", A, OK, 0.5, 0 },
  { "12,345.6", A, OK, 12345.6, 0 }, { "1,234,567", A, OK, 1234567, 0 },
  { "1,000,000.00", A, OK, 1000000, 0 }, { "1234.5", A, OK, 1234.5, 0 },
  { "0.30000000000000004", A, OK, 0.30000000000000004, 0 },
  { "3.14159265358979323846264338327950288", A, OK, 3.14159265358979323846, 0 },
  { "9007199254740993", A, OK, 9007199254740992.0, 0 },
  { "123456789012345678901234567890", A, OK, 123456789012345678901234567890.0, 0 },
  { "1.7976931348623157e308", A, OK, 1.7976931348623157e308, 0 },
  { "1.5E+10", A, OK, 1.5e10, 0 }, { "1e3", A, OK, 1000, 0 },
  { "2.5e-3", A, OK, 0.0025, 0 }, { "-0", A, OK, 0, 0 }, { "0.0", A, OK, 0, 0 },
  { "(0)", A, OK, 0, 0 },
  /* Full width, the minus sign, ideographic space and the stray spaces of spreadsheets. */
  { "１２，３４５．６", A, OK, 12345.6, 0 }, { "１２３", A, OK, 123, 0 },
  { "－５", A, OK, -5, 0 }, { "−5", A, OK, -5, 0 }, { "﹣5", A, OK, -5, 0 },
  { "（5）", A, OK, -5, 0 }, { "(5)", A, OK, -5, 0 }, { "(1,234.5)", A, OK, -1234.5, 0 },
  { " 5 ", A, OK, 5, 0 }, { "\t5\r\n", A, OK, 5, 0 }, { "\u00a05\u00a0", A, OK, 5, 0 },
  { "\u30005\u3000", A, OK, 5, 0 }, { "\ufeff5", A, OK, 5, 0 },
  { "＋５", A, OK, 5, 0 }, { "- 5", A, OK, -5, 0 },
};

static const NumberCase decimal_marks[] = {
  { "1,234", A, OK, 1234, AMB }, { "1.234", A, OK, 1.234, AMB },
  { "1,000", A, OK, 1000, AMB }, { "1.000", A, OK, 1, AMB },
  { "-1,234", A, OK, -1234, AMB }, { "1,234万", A, OK, 12340000, SCL | AMB },
  { "1,234", P, OK, 1234, 0 }, { "1,234", C, OK, 1.234, 0 },
  { "1.234", P, OK, 1.234, 0 }, { "1.234", C, OK, 1234, 0 },
  { "1.234,5", A, OK, 1234.5, 0 }, { "1.234,5", C, OK, 1234.5, 0 },
  { "1.234.567", A, OK, 1234567, 0 }, { "1.234.567,89", C, OK, 1234567.89, 0 },
  { "1,5", A, OK, 1.5, 0 }, { "0,5", A, OK, 0.5, 0 }, { "12,34", A, OK, 12.34, 0 },
  { "0,123", A, OK, 0.123, 0 }, { "1234,5", C, OK, 1234.5, 0 },
  { "12,5%", C, OK, 12.5, PCT }, { "1,5万", C, OK, 15000, SCL },
  { "1,5E+3", C, OK, 1500, 0 }, { "1234", C, OK, 1234, 0 }, { "0,3", C, OK, 0.3, 0 },
  { "1.234,5", P, INVALID, 0, 0 }, { "1,234.5", C, INVALID, 0, 0 },
  { "1,5", P, INVALID, 0, 0 }, { "1234,5", P, INVALID, 0, 0 },
  { "1234.5", C, INVALID, 0, 0 },
};

static const NumberCase multipliers[] = {
  { "7.43亿", A, OK, 743000000, SCL }, { "1.1万", A, OK, 11000, SCL },
  { "0.1万", A, OK, 1000, SCL }, { "1万亿", A, OK, 1e12, SCL },
  { "1.5萬億", A, OK, 1.5e12, SCL }, { "3億", A, OK, 3e8, SCL },
  { "2萬", A, OK, 20000, SCL }, { "5千", A, OK, 5000, SCL },
  { "3百万", A, OK, 3e6, SCL }, { "3百萬", A, OK, 3e6, SCL },
  { "2千万", A, OK, 2e7, SCL }, { "1十亿", A, OK, 1e9, SCL },
  { "5千亿", A, OK, 5e11, SCL }, { "2百亿", A, OK, 2e10, SCL },
  { "1.23456789亿", A, OK, 123456789, SCL }, { "0.000001亿", A, OK, 100, SCL },
  { "12.34万", A, OK, 123400, SCL }, { "0.07万", A, OK, 700, SCL },
  { "1,234.5678万", A, OK, 12345678, SCL }, { "１．５亿", A, OK, 150000000, SCL },
  { "5 万", A, OK, 50000, SCL }, { "-7.43亿", A, OK, -743000000, SCL },
  { "(2.5万)", A, OK, -25000, SCL }, { "5十万", A, OK, 500000, SCL },
};

static const NumberCase currencies[] = {
  { "¥100", A, OK, 100, CNY }, { "￥100", A, OK, 100, CNY }, { "100元", A, OK, 100, CNY },
  { "7.43亿元", A, OK, 743000000, CNY | SCL }, { "$5", A, OK, 5, USD },
  { "US$5", A, OK, 5, USD }, { "USD 5", A, OK, 5, USD }, { "5 USD", A, OK, 5, USD },
  { "5美元", A, OK, 5, USD }, { "3亿美元", A, OK, 3e8, USD | SCL },
  { "RMB 100", A, OK, 100, CNY }, { "CNY100", A, OK, 100, CNY },
  { "100人民币", A, OK, 100, CNY }, { "人民币100", A, OK, 100, CNY },
  { "1.2万元", A, OK, 12000, CNY | SCL }, { "¥-5", A, OK, -5, CNY },
  { "-¥5", A, OK, -5, CNY }, { "(¥5)", A, OK, -5, CNY }, { "¥(5)", A, OK, -5, CNY },
  { "¥ 1,234.50", A, OK, 1234.5, CNY }, { "1,234.50 元", A, OK, 1234.5, CNY },
  { "＄５", A, OK, 5, USD }, { "5亿美金", A, OK, 5e8, USD | SCL },
  { "2万亿元", A, OK, 2e12, CNY | SCL }, { "人民幣3億", A, OK, 3e8, CNY | SCL },
  { "¥5美元", A, INVALID, 0, 0 }, { "$5元", A, INVALID, 0, 0 },
  { "HK$5", A, INVALID, 0, 0 }, { "€5", A, INVALID, 0, 0 }, { "5元5", A, INVALID, 0, 0 },
};

static const NumberCase percents_and_qualifiers[] = {
  { "25%", A, OK, 25, PCT }, { "25％", A, OK, 25, PCT }, { "-3.5%", A, OK, -3.5, PCT },
  { "百分之25", A, OK, 25, PCT }, { "０．５％", A, OK, 0.5, PCT },
  { "12.5 %", A, OK, 12.5, PCT }, { "(3%)", A, OK, -3, PCT },
  { "约5亿", A, OK, 5e8, ABOUT | SCL }, { "近10万", A, OK, 100000, ABOUT | SCL },
  { "~5", A, OK, 5, ABOUT }, { "～5", A, OK, 5, ABOUT }, { "≈5", A, OK, 5, ABOUT },
  { "5左右", A, OK, 5, ABOUT }, { "约5亿元左右", A, OK, 5e8, ABOUT | CNY | SCL },
  { "大约3000", A, OK, 3000, ABOUT }, { "約3億", A, OK, 3e8, ABOUT | SCL },
  { "超过100", A, OK, 100, MORE }, { "逾100", A, OK, 100, MORE },
  { "超100万", A, OK, 1e6, MORE | SCL }, { ">5", A, OK, 5, MORE },
  { "＞５", A, OK, 5, MORE }, { "100以上", A, OK, 100, MORE },
  { "5000多", A, OK, 5000, MORE }, { "50多万", A, OK, 500000, MORE | SCL },
  { "1000余万元", A, OK, 1e7, MORE | SCL | CNY }, { "超过5亿美元", A, OK, 5e8, MORE | SCL | USD },
  { "50%以上", A, OK, 50, MORE | PCT }, { "不足5", A, OK, 5, LESS },
  { "不到5", A, OK, 5, LESS }, { "<5", A, OK, 5, LESS }, { "5以下", A, OK, 5, LESS },
  { "约超过5", A, OK, 5, ABOUT | MORE },
  { "超过5以下", A, INVALID, 0, 0 }, { "5%%", A, INVALID, 0, 0 },
  { "百分之5%", A, INVALID, 0, 0 }, { "5万%", A, INVALID, 0, 0 },
  { "¥5%", A, INVALID, 0, 0 }, { "%", A, INVALID, 0, 0 }, { "约", A, INVALID, 0, 0 },
};

static const NumberCase bad_numbers[] = {
  { "", A, EMPTY, 0, 0 }, { "   ", A, EMPTY, 0, 0 }, { "\u3000", A, EMPTY, 0, 0 },
  { "\t\r\n", A, EMPTY, 0, 0 },
  { "1,23,4", A, INVALID, 0, 0 }, { "1,23,4", P, INVALID, 0, 0 },
  { "--5", A, INVALID, 0, 0 }, { "5-", A, INVALID, 0, 0 }, { "+-5", A, INVALID, 0, 0 },
  { "-(5)", A, INVALID, 0, 0 }, { "(-5)", A, INVALID, 0, 0 }, { "(5", A, INVALID, 0, 0 },
  { "5)", A, INVALID, 0, 0 }, { "-", A, INVALID, 0, 0 }, { "()", A, INVALID, 0, 0 },
  { "1e999", A, RANGE, 0, 0 }, { "1e-999", A, RANGE, 0, 0 }, { "1.8e308", A, RANGE, 0, 0 },
  { "1e308万", A, RANGE, 0, 0 }, { "1e99999999999", A, RANGE, 0, 0 },
  { "1e", A, INVALID, 0, 0 }, { "e5", A, INVALID, 0, 0 }, { "1e+", A, INVALID, 0, 0 },
  { "亿", A, INVALID, 0, 0 }, { "万", A, INVALID, 0, 0 }, { "5亿万", A, INVALID, 0, 0 },
  { "5万万", A, INVALID, 0, 0 }, { "abc", A, INVALID, 0, 0 }, { "1a", A, INVALID, 0, 0 },
  { "1.2.3", A, INVALID, 0, 0 }, { "1,,234", A, INVALID, 0, 0 }, { "1..2", A, INVALID, 0, 0 },
  { "1 2", A, INVALID, 0, 0 }, { "1 234", A, INVALID, 0, 0 }, { "NaN", A, INVALID, 0, 0 },
  { "inf", A, INVALID, 0, 0 }, { "Infinity", A, INVALID, 0, 0 }, { "0x10", A, INVALID, 0, 0 },
  { "１２a", A, INVALID, 0, 0 }, { "5 5", A, INVALID, 0, 0 }, { "一百", A, INVALID, 0, 0 },
  { "5.", A, INVALID, 0, 0 }, { ",5", P, INVALID, 0, 0 }, { "1,234,56", A, INVALID, 0, 0 },
  { "12,3456", P, INVALID, 0, 0 }, { "1234,567", P, INVALID, 0, 0 },
  { "01,234", P, INVALID, 0, 0 }, { "\xff", A, INVALID, 0, 0 },
  { "1\xc3", A, INVALID, 0, 0 }, { "5²", A, INVALID, 0, 0 }, { "①", A, INVALID, 0, 0 },
  { "5–10", A, INVALID, 0, 0 }, { "5~10", A, INVALID, 0, 0 },
};

static void
check_number (const NumberCase *c)
{
  g_autoptr(GError) error = NULL;
  GpmNumber number = { 42, 0 };
  gboolean ok;

  g_test_message ("number “%s” (mark %d)", c->text, c->mark);
  ok = gpm_import_parse_number (c->text, c->mark, &number, &error);

  if (c->error == OK)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      /* Exact: the one correctly rounded conversion gives what the compiler gives. */
      g_assert_true (number.value == c->value);
      g_assert_false (signbit (number.value) && number.value == 0);
      g_assert_cmphex (number.flags, ==, c->flags);
      return;
    }

  g_assert_false (ok);
  g_assert_error (error, GPM_IMPORT_VALUE_ERROR, c->error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  /* A refusal leaves the output alone. */
  g_assert_true (number.value == 42);
}

static void
check_numbers (gconstpointer data)
{
  const NumberCase *cases = ((const NumberCase * const *) data)[0];
  gsize n = GPOINTER_TO_SIZE (((gconstpointer const *) data)[1]);

  for (gsize i = 0; i < n; i++)
    check_number (&cases[i]);
}

static void
test_number_exactness (void)
{
  GpmNumber number;

  /* Multiplying after conversion would not be exact; that is why digits and the power of
   * ten are joined first. */
  g_assert_true (gpm_import_parse_number ("7.43亿", A, &number, NULL));
  g_assert_true (number.value == 743000000.0);
  g_assert_true (gpm_import_parse_number ("0.3", A, &number, NULL));
  g_assert_true (number.value == g_ascii_strtod ("0.3", NULL));
  g_assert_true (gpm_import_parse_number ("1.1万", A, &number, NULL));
  g_assert_true (number.value == 11000.0);

  for (int i = 1; i < 1000; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d.%02d亿", i / 100, i % 100);
      double expected = (double) i * 1000000.0;

      g_assert_true (gpm_import_parse_number (text, A, &number, NULL));
      g_assert_true (number.value == expected);
    }

  /* Short decimals take a fast exact path, long ones strtod: both agree with strtod on
   * the same digits, with or without a multiplier. */
  {
    g_autoptr(GRand) rand = g_rand_new_with_seed (20251128);
    static const struct { const char *word; int power; } scales[] = {
      { "", 0 }, { "万", 4 }, { "亿", 8 }, { "万亿", 12 },
    };

    for (int i = 0; i < 20000; i++)
      {
        int n_digits = g_rand_int_range (rand, 1, 20);
        int n_frac = g_rand_int_range (rand, 0, n_digits);
        guint scale = g_rand_int_range (rand, 0, G_N_ELEMENTS (scales));
        g_autoptr(GString) digits = g_string_new (NULL);
        g_autofree char *text = NULL;
        g_autofree char *plain = NULL;

        for (int d = 0; d < n_digits; d++)
          g_string_append_c (digits, (char) ('0' + g_rand_int_range (rand, d == 0, 10)));
        text = g_strdup_printf ("%.*s%s%s%s", n_digits - n_frac, digits->str,
                                n_frac > 0 ? "." : "", digits->str + n_digits - n_frac,
                                scales[scale].word);
        plain = g_strdup_printf ("%se%d", digits->str, scales[scale].power - n_frac);

        g_assert_true (gpm_import_parse_number (text, P, &number, NULL));
        if (number.value != g_ascii_strtod (plain, NULL))
          g_error ("“%s” read as %.17g, not %.17g", text, number.value,
                   g_ascii_strtod (plain, NULL));
      }
  }
}

static void
test_number_messages (void)
{
  g_autoptr(GError) invalid = NULL;
  g_autoptr(GError) grouping = NULL;
  g_autoptr(GError) wrong_mark = NULL;
  g_autoptr(GError) empty = NULL;
  g_autofree char *long_cell = g_strnfill (300, '1');
  GpmNumber number;

  g_assert_false (gpm_import_parse_number ("abc", A, NULL, &invalid));
  g_assert_nonnull (strstr (invalid->message, "“abc”"));
  g_assert_false (gpm_import_parse_number ("1,23,4", A, NULL, &grouping));
  g_assert_nonnull (strstr (grouping->message, "three"));
  g_assert_false (gpm_import_parse_number ("1.234,5", P, NULL, &wrong_mark));
  g_assert_nonnull (strstr (wrong_mark->message, "comma"));
  g_assert_false (gpm_import_parse_number (NULL, A, NULL, &empty));
  g_assert_error (empty, GPM_IMPORT_VALUE_ERROR, GPM_IMPORT_VALUE_ERROR_EMPTY);

  /* Without an error or an output, and cells no number is that long. */
  g_assert_true (gpm_import_parse_number ("5", A, NULL, NULL));
  g_assert_false (gpm_import_parse_number ("x", A, &number, NULL));
  g_assert_false (gpm_import_parse_number (long_cell, A, &number, NULL));
}

typedef struct
{
  const char *text;
  int         error;
  const char *period;
} PeriodCase;

static const PeriodCase periods[] = {
  { "2025", OK, "2025" }, { "2025年", OK, "2025" }, { "2025年度", OK, "2025" },
  { "２０２５", OK, "2025" }, { "二〇二五年", OK, "2025" }, { "二○二五年", OK, "2025" },
  { "二零二五年", OK, "2025" }, { " 2025 ", OK, "2025" }, { "1900", OK, "1900" },
  /* Half years. */
  { "2025H1", OK, "2025-H1" }, { "2025-H1", OK, "2025-H1" }, { "2025 H2", OK, "2025-H2" },
  { "2025h1", OK, "2025-H1" }, { "H1 2025", OK, "2025-H1" }, { "1H2025", OK, "2025-H1" },
  { "1H 2025", OK, "2025-H1" }, { "H2-2025", OK, "2025-H2" },
  { "2025年上半年", OK, "2025-H1" }, { "2025年下半年", OK, "2025-H2" },
  { "2025上半年", OK, "2025-H1" }, { "2025年H2", OK, "2025-H2" },
  { "２０２５年上半年", OK, "2025-H1" }, { "２０２５Ｈ２", OK, "2025-H2" },
  /* Quarters. */
  { "2025Q1", OK, "2025-Q1" }, { "2025-Q1", OK, "2025-Q1" }, { "2025 Q1", OK, "2025-Q1" },
  { "2025q3", OK, "2025-Q3" }, { "Q1 2025", OK, "2025-Q1" }, { "Q4-2025", OK, "2025-Q4" },
  { "Q2/2025", OK, "2025-Q2" }, { "1Q2025", OK, "2025-Q1" }, { "1Q 2025", OK, "2025-Q1" },
  { "2025年一季度", OK, "2025-Q1" }, { "2025年第一季度", OK, "2025-Q1" },
  { "2025年第1季度", OK, "2025-Q1" }, { "2025年1季度", OK, "2025-Q1" },
  { "2025年Q1", OK, "2025-Q1" }, { "2025年四季度", OK, "2025-Q4" },
  { "2025年第四季", OK, "2025-Q4" }, { "2025 年 第 二 季度", OK, "2025-Q2" },
  { "２０２５年第三季度", OK, "2025-Q3" }, { "2025一季度", OK, "2025-Q1" },
  { "２０２５Ｑ１", OK, "2025-Q1" },
  /* Months. */
  { "2025-07", OK, "2025-07" }, { "2025-7", OK, "2025-07" }, { "2025/07", OK, "2025-07" },
  { "2025/7", OK, "2025-07" }, { "2025.07", OK, "2025-07" }, { "2025.7", OK, "2025-07" },
  { "2025.10", OK, "2025-10" }, { "2025年7月", OK, "2025-07" },
  { "2025年07月", OK, "2025-07" }, { "2025年十二月", OK, "2025-12" },
  { "2025年十月", OK, "2025-10" }, { "二〇二五年七月", OK, "2025-07" },
  { "Jul 2025", OK, "2025-07" }, { "July 2025", OK, "2025-07" },
  { "jul-2025", OK, "2025-07" }, { "Sept 2025", OK, "2025-09" },
  { "２０２５－０７", OK, "2025-07" }, { "2025年7月份", OK, "2025-07" },
  /* Days. */
  { "2025-07-15", OK, "2025-07-15" }, { "2025/7/15", OK, "2025-07-15" },
  { "2025.7.15", OK, "2025-07-15" }, { "2025-7-5", OK, "2025-07-05" },
  { "2025年7月15日", OK, "2025-07-15" }, { "2025年7月15号", OK, "2025-07-15" },
  { "2025年07月05日", OK, "2025-07-05" }, { "２０２５年７月１５日", OK, "2025-07-15" },
  { "二〇二五年七月十五日", OK, "2025-07-15" },
  { "二〇二五年十二月三十一日", OK, "2025-12-31" }, { "2025年7月15", OK, "2025-07-15" },
  { "2025-07-15 00:00", OK, "2025-07-15" }, { "2025/7/15 0:00", OK, "2025-07-15" },
  { "2025-07-15T00:00:00", OK, "2025-07-15" }, { "2025-07-15T08:30:00Z", OK, "2025-07-15" },
  { "2025-07-15 00:00:00.000", OK, "2025-07-15" }, { "15 Jul 2025", OK, "2025-07-15" },
  { "15-Jul-2025", OK, "2025-07-15" }, { "Jul 15 2025", OK, "2025-07-15" },
  { "July 15, 2025", OK, "2025-07-15" }, { "2024-02-29", OK, "2024-02-29" },
  { "2200-12-31", OK, "2200-12-31" }, { "２０２５／７／１５", OK, "2025-07-15" },
  /* Refused. */
  { "", EMPTY, NULL }, { " ", EMPTY, NULL }, { "\u3000", EMPTY, NULL },
  { "2025H3", INVALID, NULL }, { "2025H0", INVALID, NULL }, { "2025-H", INVALID, NULL },
  { "2025Q5", INVALID, NULL }, { "2025-Q5", INVALID, NULL }, { "2025-Q0", INVALID, NULL },
  { "2025年五季度", INVALID, NULL }, { "2025Q12", INVALID, NULL }, { "Q5 2025", INVALID, NULL },
  { "2025-13", INVALID, NULL }, { "2025-00", INVALID, NULL }, { "2025年13月", INVALID, NULL },
  { "2025年0月", INVALID, NULL }, { "2025年二十月", INVALID, NULL },
  { "2025-02-29", INVALID, NULL }, { "2025-02-30", INVALID, NULL },
  { "2025-04-31", INVALID, NULL }, { "2025年2月30日", INVALID, NULL },
  { "2025-07-32", INVALID, NULL }, { "2025-07-00", INVALID, NULL },
  { "25", INVALID, NULL }, { "20250", INVALID, NULL }, { "2025-07-15-01", INVALID, NULL },
  { "2025-07/15", INVALID, NULL }, { "abc", INVALID, NULL },
  { "2025年7月15日下午", INVALID, NULL }, { "2025 07 15", INVALID, NULL },
  { "12:30", INVALID, NULL }, { "2025 12:30", INVALID, NULL },
  { "2025-07 00:00", INVALID, NULL }, { "2025-07-15 12", INVALID, NULL },
  { "\xff", INVALID, NULL }, { "2025\xe5", INVALID, NULL },
  { "2025年第一季度上半年", INVALID, NULL }, { "Q1", INVALID, NULL }, { "H1", INVALID, NULL },
  { "2025-Q1-01", INVALID, NULL }, { "1H25", INVALID, NULL }, { "Foo 2025", INVALID, NULL },
  { "2025-W27", INVALID, NULL }, { "2025-", INVALID, NULL }, { "-2025", INVALID, NULL },
  { "2025.7.15.", INVALID, NULL }, { "十", INVALID, NULL },
  { "FY2025", INVALID, NULL }, { "FY25", INVALID, NULL }, { "2025财年", INVALID, NULL },
  { "2025财年Q1", INVALID, NULL }, { "2025財年", INVALID, NULL },
  { "7/15/2025", AMBIG, NULL }, { "15/7/2025", AMBIG, NULL }, { "15.07.2025", AMBIG, NULL },
  { "07-15-2025", AMBIG, NULL }, { "25-07-15", AMBIG, NULL }, { "7/15/25", AMBIG, NULL },
  { "2025.1", AMBIG, NULL },
  { "1899", RANGE, NULL }, { "2201", RANGE, NULL }, { "1899-12", RANGE, NULL },
  { "2201年上半年", RANGE, NULL }, { "0000", RANGE, NULL }, { "9999-12-31", RANGE, NULL },
};

static void
test_periods (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      const PeriodCase *c = &periods[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *period = NULL;

      g_test_message ("period “%s”", c->text);
      period = gpm_import_parse_period (c->text, &error);

      if (c->error == OK)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (period, ==, c->period);
          g_assert_true (gpm_period_is_valid_text (period));
        }
      else
        {
          g_assert_null (period);
          g_assert_error (error, GPM_IMPORT_VALUE_ERROR, c->error);
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
        }
    }
}

static void
test_period_messages (void)
{
  g_autoptr(GError) fiscal = NULL;
  g_autoptr(GError) ambiguous = NULL;
  g_autoptr(GError) invalid = NULL;
  g_autoptr(GError) range = NULL;
  g_autoptr(GError) empty = NULL;
  g_autofree char *long_cell = g_strnfill (1000, '2');

  g_assert_null (gpm_import_parse_period ("FY2025", &fiscal));
  g_assert_nonnull (strstr (fiscal->message, "fiscal"));
  g_assert_null (gpm_import_parse_period ("7/15/2025", &ambiguous));
  g_assert_nonnull (strstr (ambiguous->message, "“7/15/2025”"));
  g_assert_nonnull (strstr (ambiguous->message, "2025-07-15"));
  g_assert_null (gpm_import_parse_period ("xyz", &invalid));
  g_assert_nonnull (strstr (invalid->message, "“xyz”"));
  g_assert_nonnull (strstr (invalid->message, "2025-Q1"));
  g_assert_null (gpm_import_parse_period ("1899", &range));
  g_assert_nonnull (strstr (range->message, "1900"));
  g_assert_null (gpm_import_parse_period (NULL, &empty));
  g_assert_error (empty, GPM_IMPORT_VALUE_ERROR, GPM_IMPORT_VALUE_ERROR_EMPTY);

  g_assert_null (gpm_import_parse_period (long_cell, NULL));
  g_assert_null (gpm_import_parse_period ("1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9", NULL));
}

#define ADD_TABLE(path, table) \
  G_STMT_START { \
    static gconstpointer data[] = { table, GSIZE_TO_POINTER (G_N_ELEMENTS (table)) }; \
    g_test_add_data_func (path, data, check_numbers); \
  } G_STMT_END

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TABLE ("/import-value/number/plain", plain_numbers);
  ADD_TABLE ("/import-value/number/decimal-marks", decimal_marks);
  ADD_TABLE ("/import-value/number/multipliers", multipliers);
  ADD_TABLE ("/import-value/number/currencies", currencies);
  ADD_TABLE ("/import-value/number/percents-and-qualifiers", percents_and_qualifiers);
  ADD_TABLE ("/import-value/number/bad", bad_numbers);
  g_test_add_func ("/import-value/number/exactness", test_number_exactness);
  g_test_add_func ("/import-value/number/messages", test_number_messages);
  g_test_add_func ("/import-value/period/table", test_periods);
  g_test_add_func ("/import-value/period/messages", test_period_messages);

  return g_test_run ();
}
