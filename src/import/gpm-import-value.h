/* gpm-import-value.h — numbers and dates as Chinese sources and spreadsheets write them.
 *
 * Numbers: full-width digits and punctuation (１２，３４５．６), thousands separators,
 * 万/萬 (1e4), 亿/億 (1e8), 万亿/萬億 (1e12) and 千, 十万, 百万, 千万, 十亿, 百亿, 千亿,
 * percent signs (25%, 百分之25), negatives as −5, -5 or (5), currency marks (¥, ￥, 元,
 * 人民币, 美元, 美金, $, US$, USD, CNY, RMB), qualifiers (约, 超过, 不足, 左右, 多…) and
 * spreadsheets' exponents (1.5E+10). The decimal text is converted exactly: digits and
 * the multiplier's power of ten are combined before one correctly rounded conversion to
 * a double, so 7.43亿 is exactly 743000000.
 *
 * Dates and periods: 2025-07-15, 2025/7/15, 2025.7.15, 2025年7月15日, 2025年7月,
 * 2025-07, 2025年, 2025, 2025Q1, 2025-Q1, 2025 Q1, 2025年一季度, 2025年第一季度,
 * 2025H1, 2025-H1, 2025年上半年, also Q1 2025, H1 2025, Jul 2025, 15 Jul 2025, 二〇二五年七月
 * and a date with a time of day (2025/7/15 0:00) → the period text the store keeps (see
 * gpm-period.h). Refused with a message that says what to write instead: day-first or
 * month-first dates (7/15/2025: AMBIGUOUS), 2025.1 (January, or 2025.10 cut short by a
 * spreadsheet: AMBIGUOUS), fiscal years (FY2025, 2025财年: INVALID), two-digit years.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define GPM_IMPORT_VALUE_ERROR (gpm_import_value_error_quark ())

typedef enum
{
  GPM_IMPORT_VALUE_ERROR_EMPTY,
  GPM_IMPORT_VALUE_ERROR_INVALID,       /* not a number / not a date */
  GPM_IMPORT_VALUE_ERROR_AMBIGUOUS,     /* "1,234" with ',' as decimal comma possible, etc. */
  GPM_IMPORT_VALUE_ERROR_OUT_OF_RANGE,  /* overflow, or a date outside 1900..2200 */
} GpmImportValueError;

typedef enum
{
  GPM_NUMBER_PERCENT         = 1 << 0,  /* "25%" → value 25, unit "%" */
  GPM_NUMBER_CURRENCY_CNY    = 1 << 1,  /* ¥ ￥ 元 人民币 RMB CNY */
  GPM_NUMBER_CURRENCY_USD    = 1 << 2,  /* $ US$ 美元 美金 USD */
  GPM_NUMBER_SCALED          = 1 << 3,  /* a 万/亿/万亿 multiplier was applied */
  GPM_NUMBER_ABOUT           = 1 << 4,  /* 约 近 ~ ≈ 左右 */
  GPM_NUMBER_MORE_THAN       = 1 << 5,  /* 超过, 逾, 超, >, 以上, 多, 余 */
  GPM_NUMBER_LESS_THAN       = 1 << 6,  /* 不足, 不到, <, 以下 */
  GPM_NUMBER_AMBIGUOUS_MARK  = 1 << 7,  /* read with GPM_DECIMAL_MARK_AUTO, and the text
                                         * ("1,234", "1.234") means something else
                                         * with the other decimal mark */
} GpmNumberFlags;

/* Which character separates the decimals. AUTO reads a lone separator before exactly
 * three digits ("1,234", "1.234") as Chinese and English sources write numbers —
 * ',' groups thousands, '.' marks decimals — and flags it AMBIGUOUS_MARK, so the
 * caller can look at the rest of the column and ask the user when nothing decides. */
typedef enum
{
  GPM_DECIMAL_MARK_AUTO,
  GPM_DECIMAL_MARK_POINT,   /* 1,234.5 */
  GPM_DECIMAL_MARK_COMMA,   /* 1.234,5 */
} GpmDecimalMark;

typedef struct
{
  double         value;   /* multiplier applied; a percentage stays in percent (25 for 25%) */
  GpmNumberFlags flags;
} GpmNumber;

GQuark   gpm_import_value_error_quark (void);

/* Parses one cell as a number. Grouping separators must group digits by three;
 * anything else is INVALID, never guessed. Text that is a number with either mark but
 * whose meaning depends on the mark is read as AUTO says above and flagged; text that
 * only one mark reads ("1,5", "1.234.567") is read with it. Blank → EMPTY; too large
 * or too small for a double (1e999) → OUT_OF_RANGE. @out may be NULL, and is left
 * alone on failure. */
gboolean gpm_import_parse_number (const char     *text,
                                  GpmDecimalMark  mark,
                                  GpmNumber      *out,
                                  GError        **error);

/* Parses one cell as a period and returns the store's period text, e.g. "2025-Q1".
 * Returns NULL and sets error when the cell is not a date this app can read. */
char    *gpm_import_parse_period (const char  *text,
                                  GError     **error);

G_END_DECLS
