/* gpm-import-value.c — reading one cell as a number the way Chinese sources and
 * spreadsheets write it.
 *
 * The cell is folded to ASCII first (full-width digits and punctuation, the minus sign,
 * ideographic space), then words around the digits are taken off from both ends —
 * qualifiers, currencies, 万/亿 multipliers, signs, parentheses, percent — and what is
 * left must be a plain decimal. Its digits and power of ten are kept apart until the one
 * correctly rounded conversion at the end, so 7.43亿 is exactly 743000000: multiplying
 * the double 7.43 by 1e8 would not be.
 *
 * Anything the grammar does not cover is refused rather than guessed; an analyst can fix
 * a cell they are told about, but not a figure silently read a thousand times too big.
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gpm-import-value.h"
#include "gpm-import-value-private.h"

G_DEFINE_QUARK (gpm-import-value-error-quark, gpm_import_value_error)

/* ---------------------------------------------------------------- folding */

static gunichar
fold_char (gunichar c)
{
  /* The full-width block mirrors ASCII from '!' to '~'. */
  if (c >= 0xFF01 && c <= 0xFF5E)
    return c - 0xFF01 + 0x21;

  switch (c)
    {
    case 0x2212:  /* − MINUS SIGN */
    case 0xFE63:  /* ﹣ SMALL HYPHEN-MINUS */
      return '-';

    case 0x301C:  /* 〜 WAVE DASH, written for "about" */
      return '~';

    case 0xFFE5:  /* ￥ FULLWIDTH YEN SIGN */
      return 0x00A5;

    case 0x200B:  /* ZERO WIDTH SPACE and the BOM that spreadsheets leave behind */
    case 0xFEFF:
      return ' ';

    default:
      return g_unichar_isspace (c) ? ' ' : c;
    }
}

/* The cell trimmed and folded to ASCII where it has an ASCII twin; bytes that are not
 * UTF-8 become U+FFFD, which no reader accepts. Not NFKC: that would turn "5²" into "52".
 * NULL, with EMPTY set, for a cell (or NULL) of nothing but spaces. */
char *
gpm_import_value_fold (const char  *text,
                       const char  *empty_message,
                       GError     **error)
{
  g_autofree char *repaired = NULL;
  GString *out;
  char *folded;

  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    text = repaired = g_utf8_make_valid (text, -1);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      /* Most cells are ASCII; a million of them should not each pay for Unicode. */
      if ((guchar) *p < 0x80)
        g_string_append_c (out, g_ascii_isspace (*p) ? ' ' : *p);
      else
        g_string_append_unichar (out, fold_char (g_utf8_get_char (p)));
    }

  folded = g_strstrip (g_string_free (out, FALSE));
  if (*folded != '\0')
    return folded;

  g_free (folded);
  g_set_error_literal (error, GPM_IMPORT_VALUE_ERROR, GPM_IMPORT_VALUE_ERROR_EMPTY,
                       _(empty_message));
  return NULL;
}

/* Sets @error with @format, whose one %s is the cell: valid UTF-8, and cut short. */
void
gpm_import_value_set_error (GError     **error,
                            int          code,
                            const char  *text,
                            const char  *format)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autofree char *quoted = NULL;

  if (g_utf8_strlen (valid, -1) > 40)
    {
      const char *cut = g_utf8_offset_to_pointer (valid, 40);

      quoted = g_strdup_printf ("%.*s…", (int) (cut - valid), valid);
    }

  g_set_error (error, GPM_IMPORT_VALUE_ERROR, code, format, quoted != NULL ? quoted : valid);
}

/* ---------------------------------------------------------------- affixes */

typedef enum
{
  AFFIX_QUALIFIER,
  AFFIX_CURRENCY,
  AFFIX_MULTIPLIER,
  AFFIX_SIGN,
  AFFIX_OPEN,
  AFFIX_CLOSE,
  AFFIX_PERCENT,
} AffixKind;

typedef struct
{
  const char *word;
  gsize       length;
  AffixKind   kind;
  int         value;  /* a flag, a power of ten, or 1 for a minus sign */
} Affix;

#define A(word, kind, value) { word, sizeof (word) - 1, kind, value }

#define ABOUT GPM_NUMBER_ABOUT
#define MORE  GPM_NUMBER_MORE_THAN
#define LESS  GPM_NUMBER_LESS_THAN
#define CNY   GPM_NUMBER_CURRENCY_CNY
#define USD   GPM_NUMBER_CURRENCY_USD

/* A word that ends another comes after it ("US$" before "$" is not needed: prefixes
 * match from the start). */
static const Affix prefixes[] = {
  A ("大约", AFFIX_QUALIFIER, ABOUT), A ("约", AFFIX_QUALIFIER, ABOUT),
  A ("約", AFFIX_QUALIFIER, ABOUT), A ("将近", AFFIX_QUALIFIER, ABOUT),
  A ("將近", AFFIX_QUALIFIER, ABOUT), A ("接近", AFFIX_QUALIFIER, ABOUT),
  A ("近", AFFIX_QUALIFIER, ABOUT), A ("~", AFFIX_QUALIFIER, ABOUT),
  A ("≈", AFFIX_QUALIFIER, ABOUT),
  A ("超过", AFFIX_QUALIFIER, MORE), A ("超過", AFFIX_QUALIFIER, MORE),
  A ("逾", AFFIX_QUALIFIER, MORE), A ("超", AFFIX_QUALIFIER, MORE),
  A (">", AFFIX_QUALIFIER, MORE),
  A ("不足", AFFIX_QUALIFIER, LESS), A ("不到", AFFIX_QUALIFIER, LESS),
  A ("<", AFFIX_QUALIFIER, LESS),
  A ("US$", AFFIX_CURRENCY, USD), A ("USD", AFFIX_CURRENCY, USD),
  A ("$", AFFIX_CURRENCY, USD),
  A ("¥", AFFIX_CURRENCY, CNY), A ("CNY", AFFIX_CURRENCY, CNY),
  A ("RMB", AFFIX_CURRENCY, CNY), A ("人民币", AFFIX_CURRENCY, CNY),
  A ("人民幣", AFFIX_CURRENCY, CNY),
  A ("-", AFFIX_SIGN, 1), A ("+", AFFIX_SIGN, 0), A ("(", AFFIX_OPEN, 0),
  A ("百分之", AFFIX_PERCENT, 0),
};

/* Suffixes match at the end, so a longer word comes before any word it ends with:
 * 万亿 before 亿, 千万 before 万, 美元 before 元. */
static const Affix suffixes[] = {
  A ("左右", AFFIX_QUALIFIER, ABOUT),
  A ("以上", AFFIX_QUALIFIER, MORE), A ("多", AFFIX_QUALIFIER, MORE),
  A ("余", AFFIX_QUALIFIER, MORE), A ("餘", AFFIX_QUALIFIER, MORE),
  A ("以下", AFFIX_QUALIFIER, LESS),
  A ("美元", AFFIX_CURRENCY, USD), A ("美金", AFFIX_CURRENCY, USD),
  A ("USD", AFFIX_CURRENCY, USD),
  A ("元", AFFIX_CURRENCY, CNY), A ("人民币", AFFIX_CURRENCY, CNY),
  A ("人民幣", AFFIX_CURRENCY, CNY), A ("CNY", AFFIX_CURRENCY, CNY),
  A ("RMB", AFFIX_CURRENCY, CNY),
  A ("%", AFFIX_PERCENT, 0), A (")", AFFIX_CLOSE, 0),
  A ("万亿", AFFIX_MULTIPLIER, 12), A ("萬億", AFFIX_MULTIPLIER, 12),
  A ("千亿", AFFIX_MULTIPLIER, 11), A ("千億", AFFIX_MULTIPLIER, 11),
  A ("百亿", AFFIX_MULTIPLIER, 10), A ("百億", AFFIX_MULTIPLIER, 10),
  A ("十亿", AFFIX_MULTIPLIER, 9), A ("十億", AFFIX_MULTIPLIER, 9),
  A ("亿", AFFIX_MULTIPLIER, 8), A ("億", AFFIX_MULTIPLIER, 8),
  A ("千万", AFFIX_MULTIPLIER, 7), A ("千萬", AFFIX_MULTIPLIER, 7),
  A ("百万", AFFIX_MULTIPLIER, 6), A ("百萬", AFFIX_MULTIPLIER, 6),
  A ("十万", AFFIX_MULTIPLIER, 5), A ("十萬", AFFIX_MULTIPLIER, 5),
  A ("万", AFFIX_MULTIPLIER, 4), A ("萬", AFFIX_MULTIPLIER, 4),
  A ("千", AFFIX_MULTIPLIER, 3),
};

typedef struct
{
  GpmNumberFlags flags;
  int            power;     /* of the multiplier */
  guint          seen;      /* 1 << AffixKind, for the kinds that may appear once */
  gboolean       negative;
} Affixes;

/* FALSE when the affix contradicts or repeats what was already read. */
static gboolean
take_affix (Affixes     *self,
            const Affix *affix)
{
  guint bit = 1u << affix->kind;

  switch (affix->kind)
    {
    case AFFIX_QUALIFIER:
      /* "约5亿左右" says "about" twice, which Chinese writing does; "more" and "less"
       * together say nothing. */
      self->flags |= affix->value;
      return (self->flags & (MORE | LESS)) != (MORE | LESS);

    case AFFIX_CURRENCY:
      self->flags |= affix->value;
      return (self->flags & (CNY | USD)) != (CNY | USD);

    case AFFIX_MULTIPLIER:
    case AFFIX_SIGN:
    case AFFIX_OPEN:
    case AFFIX_CLOSE:
    case AFFIX_PERCENT:
    default:
      break;
    }

  if (self->seen & bit)
    return FALSE;
  self->seen |= bit;

  if (affix->kind == AFFIX_MULTIPLIER)
    {
      self->power = affix->value;
      self->flags |= GPM_NUMBER_SCALED;
    }
  else if (affix->kind == AFFIX_SIGN || affix->kind == AFFIX_OPEN)
    self->negative = affix->kind == AFFIX_OPEN || affix->value == 1;
  else if (affix->kind == AFFIX_PERCENT)
    self->flags |= GPM_NUMBER_PERCENT;

  return TRUE;
}

/* Takes affixes off both ends of [*start, *end) until none is left; FALSE when they do not
 * make sense together. */
static gboolean
strip_affixes (const char **start,
               const char **end,
               Affixes     *affixes)
{
  const char *p = *start, *q = *end;
  gboolean more = TRUE;

  while (more)
    {
      more = FALSE;
      while (p < q && *p == ' ')
        p++;
      for (guint i = 0; i < G_N_ELEMENTS (prefixes) && !more; i++)
        {
          gsize n = prefixes[i].length;

          if (p < q && *p == prefixes[i].word[0] && (gsize) (q - p) >= n
              && memcmp (p, prefixes[i].word, n) == 0)
            {
              if (!take_affix (affixes, &prefixes[i]))
                return FALSE;
              p += n;
              more = TRUE;
            }
        }
    }

  more = TRUE;
  while (more)
    {
      more = FALSE;
      while (q > p && q[-1] == ' ')
        q--;
      for (guint i = 0; i < G_N_ELEMENTS (suffixes) && !more; i++)
        {
          gsize n = suffixes[i].length;

          if (q > p && q[-1] == suffixes[i].word[n - 1] && (gsize) (q - p) >= n
              && memcmp (q - n, suffixes[i].word, n) == 0)
            {
              if (!take_affix (affixes, &suffixes[i]))
                return FALSE;
              q -= n;
              more = TRUE;
            }
        }
    }

  *start = p;
  *end = q;

  /* Parentheses pair up and are the sign; a percentage has no currency or multiplier. */
  if (!(affixes->seen & (1u << AFFIX_OPEN)) != !(affixes->seen & (1u << AFFIX_CLOSE)))
    return FALSE;
  if ((affixes->seen & (1u << AFFIX_OPEN)) && (affixes->seen & (1u << AFFIX_SIGN)))
    return FALSE;
  if ((affixes->flags & GPM_NUMBER_PERCENT)
      && (affixes->flags & (CNY | USD | GPM_NUMBER_SCALED)))
    return FALSE;

  return TRUE;
}

/* ---------------------------------------------------------------- the decimal */

typedef enum
{
  READ_OK,
  READ_INVALID,
  READ_GROUPING,
} ReadResult;

typedef struct
{
  GString *digits;    /* significant digits: no leading or trailing zeros; empty for 0 */
  gint64   exponent;  /* the power of ten of the last digit */
} Decimal;

/* Digits grouped by @group ("1,234,567": a first group of one to three digits that does
 * not start with 0, then groups of three), or ungrouped. */
static ReadResult
read_integer (const char **cursor,
              const char  *end,
              char         group,
              GString     *digits)
{
  const char *p = *cursor;
  gsize run = 0, n_groups = 0;

  for (; p < end; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (digits, *p);
          run++;
        }
      else if (*p == group)
        {
          if (n_groups == 0 ? run < 1 || run > 3 || *(p - run) == '0' : run != 3)
            return READ_GROUPING;
          n_groups++;
          run = 0;
        }
      else
        break;
    }

  if (n_groups > 0 && run != 3)
    return READ_GROUPING;

  *cursor = p;
  return READ_OK;
}

/* "e+10" as spreadsheets print large numbers; clamped, as the range check comes later. */
static gboolean
read_exponent (const char **cursor,
               const char  *end,
               gint64      *exponent)
{
  const char *p = *cursor;
  gboolean negative = FALSE;
  gint64 value = 0;

  if (p == end || (*p != 'e' && *p != 'E'))
    return TRUE;
  p++;
  if (p < end && (*p == '+' || *p == '-'))
    negative = *p++ == '-';
  if (p == end || !g_ascii_isdigit (*p))
    return FALSE;
  for (; p < end && g_ascii_isdigit (*p); p++)
    value = MIN (value * 10 + g_ascii_digit_value (*p), 1000000);

  *exponent = negative ? -value : value;
  *cursor = p;
  return TRUE;
}

static ReadResult
read_decimal (const char *p,
              const char *end,
              char        mark,
              char        group,
              Decimal    *out)
{
  gsize n_int, n_frac = 0, n_zeros = 0;
  gint64 exponent = 0;
  ReadResult result;

  g_string_truncate (out->digits, 0);
  result = read_integer (&p, end, group, out->digits);
  if (result != READ_OK)
    return result;
  n_int = out->digits->len;

  if (p < end && *p == mark)
    {
      for (p++; p < end && g_ascii_isdigit (*p); p++, n_frac++)
        g_string_append_c (out->digits, *p);
      if (n_frac == 0)
        return READ_INVALID;
    }

  if (n_int + n_frac == 0 || !read_exponent (&p, end, &exponent) || p != end)
    return READ_INVALID;

  /* Canonical form, so that two readings compare equal exactly when their values do. */
  while (n_zeros < out->digits->len && out->digits->str[n_zeros] == '0')
    n_zeros++;
  g_string_erase (out->digits, 0, n_zeros);
  out->exponent = exponent - (gint64) n_frac;
  while (out->digits->len > 0 && out->digits->str[out->digits->len - 1] == '0')
    {
      g_string_truncate (out->digits, out->digits->len - 1);
      out->exponent++;
    }
  if (out->digits->len == 0)
    out->exponent = 0;

  return READ_OK;
}

static gboolean
decimal_equal (const Decimal *a,
               const Decimal *b)
{
  return a->exponent == b->exponent && g_string_equal (a->digits, b->digits);
}

/* Reads the decimal with the mark asked for; AUTO tries both and, when both read but
 * differently, keeps the decimal point and says so. */
static ReadResult
read_with_mark (const char     *start,
                const char     *end,
                GpmDecimalMark  mark,
                Decimal        *out,
                GpmNumberFlags *flags,
                gboolean       *other_mark_reads)
{
  Decimal comma = { g_string_new (NULL), 0 };
  ReadResult point_result = READ_INVALID, comma_result = READ_INVALID, result;

  if (mark != GPM_DECIMAL_MARK_COMMA)
    point_result = read_decimal (start, end, '.', ',', out);
  comma_result = read_decimal (start, end, ',', '.', &comma);

  if (mark == GPM_DECIMAL_MARK_POINT)
    {
      result = point_result;
      *other_mark_reads = comma_result == READ_OK;
    }
  else if (mark == GPM_DECIMAL_MARK_COMMA)
    {
      result = comma_result;
      *other_mark_reads = read_decimal (start, end, '.', ',', out) == READ_OK;
      g_string_assign (out->digits, comma.digits->str);
      out->exponent = comma.exponent;
    }
  else if (point_result == READ_OK)
    {
      result = READ_OK;
      if (comma_result == READ_OK && !decimal_equal (out, &comma))
        *flags |= GPM_NUMBER_AMBIGUOUS_MARK;
    }
  else
    {
      result = comma_result == READ_OK ? READ_OK : point_result;
      g_string_assign (out->digits, comma.digits->str);
      out->exponent = comma.exponent;
    }

  g_string_free (comma.digits, TRUE);
  return result;
}

/* The one conversion: "DIGITSeN" through a correctly rounding strtod. FALSE when the
 * value does not fit a double (or is too small to be told from zero). */
static gboolean
decimal_to_double (const Decimal *decimal,
                   int            power,
                   gboolean       negative,
                   double        *value)
{
  gint64 exponent = decimal->exponent + power;
  gint64 magnitude = (gint64) decimal->digits->len + exponent;
  g_autofree char *text = NULL;

  if (decimal->digits->len == 0)
    {
      *value = 0.0;  /* never -0, which would print as "-0" */
      return TRUE;
    }
  if (magnitude > 400 || magnitude < -400)
    return FALSE;

  /* Up to 15 digits are an exact double, and so are the powers of ten up to 1e22: one
   * multiplication or division of the two is correctly rounded (Clinger's fast path). */
  if (decimal->digits->len <= 15 && exponent >= -22 && exponent <= 22)
    {
      static const double powers[] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
        1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
      };
      double digits = (double) g_ascii_strtoull (decimal->digits->str, NULL, 10);

      *value = exponent >= 0 ? digits * powers[exponent] : digits / powers[-exponent];
      if (negative)
        *value = -*value;
      return TRUE;
    }

  text = g_strdup_printf ("%s%se%" G_GINT64_FORMAT,
                          negative ? "-" : "", decimal->digits->str, exponent);
  errno = 0;
  *value = g_ascii_strtod (text, NULL);

  return errno != ERANGE && isfinite (*value) && *value != 0.0;
}

/* ---------------------------------------------------------------- numbers */

static gboolean
number_error (GError     **error,
              int          code,
              const char  *text,
              const char  *format)
{
  gpm_import_value_set_error (error, code, text, format);
  return FALSE;
}

gboolean
gpm_import_parse_number (const char      *text,
                         GpmDecimalMark   mark,
                         GpmNumber       *out,
                         GError         **error)
{
  g_autofree char *folded = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);
  Decimal decimal = { digits, 0 };
  Affixes affixes = { 0, };
  const char *start, *end;
  gboolean other_mark_reads = FALSE;
  ReadResult result;
  double value;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  folded = gpm_import_value_fold (text, N_("The cell is empty; a number was expected."), error);
  if (folded == NULL)
    return FALSE;

  result = READ_INVALID;
  if (strlen (folded) <= GPM_IMPORT_VALUE_MAX_LENGTH)
    {
      start = folded;
      end = folded + strlen (folded);
      if (strip_affixes (&start, &end, &affixes))
        result = read_with_mark (start, end, mark, &decimal, &affixes.flags,
                                 &other_mark_reads);
    }

  if (result == READ_OK
      && !decimal_to_double (&decimal, affixes.power, affixes.negative, &value))
    return number_error (error, GPM_IMPORT_VALUE_ERROR_OUT_OF_RANGE, text,
                         _("“%s” is too large or too small a number to keep."));

  if (result != READ_OK && other_mark_reads)
    return number_error (error, GPM_IMPORT_VALUE_ERROR_INVALID, text,
                         mark == GPM_DECIMAL_MARK_POINT
                         ? _("“%s” is written with a decimal comma, but a decimal point "
                             "was chosen for this column.")
                         : _("“%s” is written with a decimal point, but a decimal comma "
                             "was chosen for this column."));

  if (result == READ_GROUPING)
    return number_error (error, GPM_IMPORT_VALUE_ERROR_INVALID, text,
                         _("“%s” has its digits grouped unevenly; thousands separators "
                           "must mark off groups of three digits."));

  if (result != READ_OK)
    return number_error (error, GPM_IMPORT_VALUE_ERROR_INVALID, text,
                         _("“%s” is not a number. Write digits, optionally with 万, 亿, "
                           "%% or a currency sign."));

  if (out != NULL)
    {
      out->value = value;
      out->flags = affixes.flags;
    }

  return TRUE;
}
