/* gpm-import-period.c — reading one cell as a period: the dates, months, quarters and
 * half years of Chinese and English sources, turned into the store's period text.
 *
 * The cell is folded to ASCII, cut into tokens (numbers, including 二〇二五 and 十二;
 * words such as 年, 季度, 上半年, Q, H, Jul) and the tokens' shape, e.g. "Yynm" for
 * 2025年7月, is looked up in one table of accepted forms. A shape that is not in the table
 * is refused, and so are forms that cannot be read without a guess: 7/15/2025 (day or
 * month first?), 2025.1 (January, or October with its 0 dropped by a spreadsheet) and
 * fiscal years, which differ between companies. The store's own parser has the last
 * word on whether the day, month, quarter or half exists.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gpm-import-value.h"
#include "gpm-import-value-private.h"
#include "gpm-period.h"

#define MAX_TOKENS 16

typedef struct
{
  char shape[MAX_TOKENS + 1];   /* one character a token */
  int  values[MAX_TOKENS];      /* the numbers, in the order they appear */
  int  n_tokens;
  int  n_values;
  int  value_digits[MAX_TOKENS];
} Tokens;

/* Y a four-digit number, n one of one or two digits, N any other; y 年, m 月, d 日, q 季度,
 * # 第, U 上半年/下半年 (a value: 1 or 2), F a fiscal year, M an English month name
 * (a value), Q H T Z those letters; - / . : , themselves; ? anything else. */
static const struct
{
  const char *word;
  char        shape;
  int         value;
} words[] = {
  { "上半年", 'U', 1 }, { "下半年", 'U', 2 },
  { "财年", 'F', 0 }, { "財年", 'F', 0 }, { "会计年度", 'F', 0 }, { "會計年度", 'F', 0 },
  { "财政年度", 'F', 0 }, { "財政年度", 'F', 0 },
  { "年度", 'y', 0 }, { "年", 'y', 0 }, { "月份", 'm', 0 }, { "月", 'm', 0 },
  { "日", 'd', 0 }, { "号", 'd', 0 }, { "號", 'd', 0 },
  { "季度", 'q', 0 }, { "季", 'q', 0 }, { "第", '#', 0 },
};

static const char * const month_names[] = {
  "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
  "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
  "OCTOBER", "NOVEMBER", "DECEMBER", "SEPT",
};

/* 〇 一 二 三 四 五 六 七 八 九, then 零 and ○, both typed for zero in years written
 * out (二零二五, 二○二五), and 十 (12 here). */
static const gunichar chinese_digits[] = {
  0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
  0x96F6, 0x25CB, 0x5341,
};

static int
chinese_digit_at (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  for (guint i = 0; i < G_N_ELEMENTS (chinese_digits); i++)
    if (c == chinese_digits[i])
      return i == 10 || i == 11 ? 0 : (int) i;

  return -1;
}

static gboolean
add_token (Tokens *tokens,
           char    shape)
{
  if (tokens->n_tokens == MAX_TOKENS)
    return FALSE;
  tokens->shape[tokens->n_tokens++] = shape;
  tokens->shape[tokens->n_tokens] = '\0';
  return TRUE;
}

static gboolean
add_number (Tokens *tokens,
            int     value,
            int     n_digits)
{
  char shape = n_digits == 4 ? 'Y' : n_digits == 1 || n_digits == 2 ? 'n' : 'N';

  if (!add_token (tokens, shape))
    return FALSE;
  tokens->value_digits[tokens->n_values] = n_digits;
  tokens->values[tokens->n_values++] = value;
  return TRUE;
}

/* 二〇二五 is read digit by digit; 十 makes a number of tens, as in 十二月 or 二十五日. */
static const char *
read_chinese_number (const char *p,
                     Tokens     *tokens,
                     gboolean   *ok)
{
  int value = 0, n_digits = 0, tens = -1, digit;

  while ((digit = chinese_digit_at (p)) >= 0 && n_digits < 8)
    {
      if (digit == 12)
        {
          if (tens >= 0)
            break;
          tens = n_digits == 0 ? 1 : value;
          value = 0;
          n_digits = 0;
        }
      else
        {
          value = value * 10 + digit;
          n_digits++;
        }
      p = g_utf8_next_char (p);
    }

  if (tens >= 0)
    *ok = n_digits <= 1 && tens <= 9 && add_number (tokens, tens * 10 + value, 2);
  else
    *ok = add_number (tokens, value, n_digits);

  return p;
}

static const char *
read_word (const char *p,
           Tokens     *tokens,
           gboolean   *ok)
{
  g_autofree char *upper = NULL;
  const char *end = p;

  while (g_ascii_isalpha (*end))
    end++;
  upper = g_ascii_strup (p, end - p);

  if (strlen (upper) == 1 && strchr ("QHTZ", upper[0]) != NULL)
    *ok = add_token (tokens, upper[0]);
  else if (strcmp (upper, "FY") == 0)
    *ok = add_token (tokens, 'F');
  else
    {
      *ok = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (month_names) && !*ok; i++)
        if (strcmp (upper, month_names[i]) == 0 && add_token (tokens, 'M'))
          {
            tokens->value_digits[tokens->n_values] = 0;
            tokens->values[tokens->n_values++] = i == 24 ? 9 : (int) (i % 12) + 1;
            *ok = TRUE;
          }
    }

  return end;
}

static const char *
read_token (const char *p,
            Tokens     *tokens,
            gboolean   *ok)
{
  int value = 0, n_digits = 0;

  if (g_ascii_isdigit (*p))
    {
      for (; g_ascii_isdigit (*p); p++, n_digits++)
        if (n_digits < 8)
          value = value * 10 + g_ascii_digit_value (*p);
      *ok = add_number (tokens, value, n_digits);
      return p;
    }

  if (g_ascii_isalpha (*p))
    return read_word (p, tokens, ok);

  if ((guchar) *p < 0x80)
    {
      *ok = add_token (tokens, strchr ("-/.:,", *p) != NULL ? *p : '?');
      return p + 1;
    }

  if (chinese_digit_at (p) >= 0)
    return read_chinese_number (p, tokens, ok);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (p[1] == words[i].word[1] && p[2] == words[i].word[2]
        && g_str_has_prefix (p, words[i].word))
      {
        *ok = add_token (tokens, words[i].shape);
        if (*ok && words[i].shape == 'U')
          {
            tokens->value_digits[tokens->n_values] = 0;
            tokens->values[tokens->n_values++] = words[i].value;
          }
        return p + strlen (words[i].word);
      }

  *ok = add_token (tokens, '?');
  return g_utf8_next_char (p);
}

static gboolean
tokenize (const char *text,
          Tokens     *tokens)
{
  gboolean ok = TRUE;

  memset (tokens, 0, sizeof *tokens);
  for (const char *p = text; *p != '\0' && ok;)
    {
      if (*p == ' ')
        p++;
      else
        p = read_token (p, tokens, &ok);
    }

  return ok;
}

/* ---------------------------------------------------------------- shapes */

/* Roles: y year, h half, q quarter, m month, d day, one a value in order. */
static const struct
{
  const char   *shape;
  const char   *roles;
  GpmPrecision  precision;
} forms[] = {
  { "Y", "y", GPM_PRECISION_YEAR }, { "Yy", "y", GPM_PRECISION_YEAR },

  { "YHn", "yh", GPM_PRECISION_HALF }, { "Y-Hn", "yh", GPM_PRECISION_HALF },
  { "YyHn", "yh", GPM_PRECISION_HALF }, { "HnY", "hy", GPM_PRECISION_HALF },
  { "Hn-Y", "hy", GPM_PRECISION_HALF }, { "nHY", "hy", GPM_PRECISION_HALF },
  { "YyU", "yh", GPM_PRECISION_HALF }, { "YU", "yh", GPM_PRECISION_HALF },

  { "YQn", "yq", GPM_PRECISION_QUARTER }, { "Y-Qn", "yq", GPM_PRECISION_QUARTER },
  { "YyQn", "yq", GPM_PRECISION_QUARTER }, { "QnY", "qy", GPM_PRECISION_QUARTER },
  { "Qn-Y", "qy", GPM_PRECISION_QUARTER }, { "Qn/Y", "qy", GPM_PRECISION_QUARTER },
  { "nQY", "qy", GPM_PRECISION_QUARTER }, { "Yynq", "yq", GPM_PRECISION_QUARTER },
  { "Yy#nq", "yq", GPM_PRECISION_QUARTER }, { "Ynq", "yq", GPM_PRECISION_QUARTER },
  { "Y#nq", "yq", GPM_PRECISION_QUARTER },

  { "Y-n", "ym", GPM_PRECISION_MONTH }, { "Y/n", "ym", GPM_PRECISION_MONTH },
  { "Y.n", "ym", GPM_PRECISION_MONTH }, { "Yynm", "ym", GPM_PRECISION_MONTH },
  { "MY", "my", GPM_PRECISION_MONTH }, { "M-Y", "my", GPM_PRECISION_MONTH },

  { "Y-n-n", "ymd", GPM_PRECISION_DAY }, { "Y/n/n", "ymd", GPM_PRECISION_DAY },
  { "Y.n.n", "ymd", GPM_PRECISION_DAY }, { "Yynmnd", "ymd", GPM_PRECISION_DAY },
  { "Yynmn", "ymd", GPM_PRECISION_DAY }, { "nMY", "dmy", GPM_PRECISION_DAY },
  { "n-M-Y", "dmy", GPM_PRECISION_DAY }, { "MnY", "mdy", GPM_PRECISION_DAY },
  { "Mn,Y", "mdy", GPM_PRECISION_DAY },
};

/* Numbers first and the year last: 7/15/2025 or 15.07.2025, or a two-digit year. */
static const char * const ambiguous_shapes[] = {
  "n/n/Y", "n-n-Y", "n.n.Y", "n/n/n", "n-n-n", "n.n.n",
};

/* Drops a time of day after a date ("2025/7/15 0:00", "2025-07-15T00:00:00Z"), which
 * spreadsheets add to dates; FALSE when what follows the first ':' is not a time. */
static gboolean
drop_time (Tokens   *tokens,
           gboolean *had_time)
{
  char *colon = strchr (tokens->shape, ':');
  char *time;
  int n_values = 0;

  *had_time = colon != NULL;
  if (colon == NULL)
    return TRUE;
  if (colon == tokens->shape || colon[-1] != 'n')
    return FALSE;

  time = colon - 1;
  if (strspn (time, "nN:.Z") != strlen (time))
    return FALSE;
  if (time > tokens->shape && time[-1] == 'T')
    time--;

  *time = '\0';
  for (const char *s = tokens->shape; *s != '\0'; s++)
    n_values += strchr ("YnNMU", *s) != NULL;
  tokens->n_values = n_values;

  return TRUE;
}

static char *
form_text (const Tokens *tokens,
           guint         form)
{
  GpmPeriod period = { 0, };
  const char *roles = forms[form].roles;

  period.precision = forms[form].precision;
  for (int i = 0; roles[i] != '\0'; i++)
    {
      int value = tokens->values[i];

      switch (roles[i])
        {
        case 'y': period.year = value; break;
        case 'h': period.half = value; break;
        case 'q': period.quarter = value; break;
        case 'm': period.month = value; break;
        case 'd': period.day = value; break;
        default: g_assert_not_reached ();
        }
    }

  /* Out-of-range fields print as text the store's parser refuses, e.g. "2025-Q5". */
  period.half = CLAMP (period.half, 0, 9);
  period.quarter = CLAMP (period.quarter, 0, 9);
  return gpm_period_to_string (&period);
}

/* ---------------------------------------------------------------- periods */

static char *
period_error (GError     **error,
              int          code,
              const char  *text,
              const char  *format)
{
  gpm_import_value_set_error (error, code, text, format);
  return NULL;
}

static char *
check_period (const char  *text,
              char        *period_text,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *owned = period_text;

  if (gpm_period_parse (owned, NULL, &local_error))
    return g_steal_pointer (&owned);

  /* The years go into the message first, which leaves its %s for the quoted cell. */
  if (g_error_matches (local_error, GPM_PERIOD_ERROR, GPM_PERIOD_ERROR_OUT_OF_RANGE))
    {
      g_autofree char *years = g_strdup_printf (
        _("“%s” is outside the years GPU Market handles (%d to %d)."), "%s",
        GPM_PERIOD_MIN_YEAR, GPM_PERIOD_MAX_YEAR);

      return period_error (error, GPM_IMPORT_VALUE_ERROR_OUT_OF_RANGE, text, years);
    }

  return period_error (error, GPM_IMPORT_VALUE_ERROR_INVALID, text,
                       _("“%s” names a day, month, quarter or half year that does "
                         "not exist."));
}

char *
gpm_import_parse_period (const char  *text,
                         GError     **error)
{
  g_autofree char *folded = NULL;
  gboolean had_time = FALSE;
  Tokens tokens;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  folded = gpm_import_value_fold (text, N_("The cell is empty; a date was expected."), error);
  if (folded == NULL)
    return NULL;

  if (strlen (folded) <= GPM_IMPORT_VALUE_MAX_LENGTH
      && tokenize (folded, &tokens) && drop_time (&tokens, &had_time))
    {
      if (strchr (tokens.shape, 'F') != NULL)
        return period_error (error, GPM_IMPORT_VALUE_ERROR_INVALID, text,
                             _("“%s” is a fiscal period, and fiscal years differ between "
                               "companies. Write the calendar period, e.g. 2025-Q1."));

      for (guint i = 0; i < G_N_ELEMENTS (ambiguous_shapes); i++)
        if (strcmp (tokens.shape, ambiguous_shapes[i]) == 0)
          return period_error (error, GPM_IMPORT_VALUE_ERROR_AMBIGUOUS, text,
                               _("“%s” could be read day first or month first. Write the "
                                 "year first, e.g. 2025-07-15 or 2025年7月15日."));

      /* A spreadsheet that took 2025.10 for a number shows it as 2025.1. */
      if (strcmp (tokens.shape, "Y.n") == 0 && tokens.values[1] == 1
          && tokens.value_digits[1] == 1)
        return period_error (error, GPM_IMPORT_VALUE_ERROR_AMBIGUOUS, text,
                             _("“%s” could be January, or October with its 0 dropped by "
                               "a spreadsheet. Write 2025-01 or 2025-10."));

      /* Only a day has a time of day. */
      for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
        if (tokens.shape[0] == forms[i].shape[0] && strcmp (tokens.shape, forms[i].shape) == 0
            && (!had_time || forms[i].precision == GPM_PRECISION_DAY))
          return check_period (text, form_text (&tokens, i), error);
    }

  return period_error (error, GPM_IMPORT_VALUE_ERROR_INVALID, text,
                       _("“%s” is not a date. Write e.g. 2025-07-15, 2025-07, 2025-Q1, "
                         "2025-H1 or 2025, or 2025年7月15日, 2025年一季度, 2025年上半年."));
}
