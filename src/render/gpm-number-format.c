/* gpm-number-format.c — locale-aware numbers and 1-2-5 tick values.
 *
 * English groups by thousands (K, M, B, T); Chinese by ten-thousands (万, 亿, 万亿), so
 * 743,000,000 yuan is ¥743M in one and 7.43亿元 in the other. A value keeps up to four
 * significant digits, which is what the sources quote (158.7 billion, 26.42 %). Ticks on
 * one axis share one magnitude and one number of decimals so they line up and read as a
 * scale. All printing goes through g_ascii_formatd: printf would follow LC_NUMERIC and
 * print "7,43" for a reader whose locale uses a decimal comma.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-number-format.h"

#define MINUS_SIGN "\xe2\x88\x92"   /* U+2212 */

typedef enum
{
  UNIT_CNY,
  UNIT_USD,
  UNIT_OTHER_CURRENCY,
  UNIT_PERCENT,
  UNIT_COUNT,
  UNIT_COMPUTE,
  UNIT_RATIO,
  UNIT_YEARS,
  UNIT_OTHER,
} UnitClass;

typedef struct
{
  double      factor;
  const char *suffix;
} Magnitude;

static const Magnitude magnitudes_en[] = {
  { 1e12, "T" }, { 1e9, "B" }, { 1e6, "M" }, { 1e3, "K" }, { 1, "" },
};
static const Magnitude magnitudes_zh_cn[] = {
  { 1e12, "万亿" }, { 1e8, "亿" }, { 1e4, "万" }, { 1, "" },
};
static const Magnitude magnitudes_zh_tw[] = {
  { 1e12, "萬億" }, { 1e8, "億" }, { 1e4, "萬" }, { 1, "" },
};

static UnitClass
classify_unit (const char *unit)
{
  static const struct { const char *name; UnitClass klass; } units[] = {
    { "CNY", UNIT_CNY }, { "RMB", UNIT_CNY }, { "USD", UNIT_USD }, { "%", UNIT_PERCENT },
    { "units", UNIT_COUNT }, { "EFLOPS", UNIT_COMPUTE }, { "x", UNIT_RATIO },
    { "years", UNIT_YEARS },
  };

  if (unit == NULL || *unit == '\0')
    return UNIT_OTHER;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_ascii_strcasecmp (units[i].name, unit) == 0)
      return units[i].klass;

  /* Three capitals is an ISO 4217 code: treat it as money. */
  if (strlen (unit) == 3 && g_ascii_isupper (unit[0]) && g_ascii_isupper (unit[1])
      && g_ascii_isupper (unit[2]))
    return UNIT_OTHER_CURRENCY;

  return UNIT_OTHER;
}

static gboolean
is_money (UnitClass klass)
{
  return klass == UNIT_CNY || klass == UNIT_USD || klass == UNIT_OTHER_CURRENCY;
}

static const Magnitude *
get_magnitudes (GpmLanguage  language,
                guint       *n)
{
  switch (language)
    {
    case GPM_LANGUAGE_ZH_CN:
      *n = G_N_ELEMENTS (magnitudes_zh_cn);
      return magnitudes_zh_cn;
    case GPM_LANGUAGE_ZH_TW:
      *n = G_N_ELEMENTS (magnitudes_zh_tw);
      return magnitudes_zh_tw;
    case GPM_LANGUAGE_EN:
    default:
      *n = G_N_ELEMENTS (magnitudes_en);
      return magnitudes_en;
    }
}

/* Whether values in this unit are written with a magnitude word (M, 亿…). */
static gboolean
uses_magnitudes (GpmLanguage     language,
                 UnitClass       klass,
                 GpmNumberStyle  style)
{
  if (is_money (klass))
    return TRUE;
  if (klass == UNIT_COUNT)
    return style == GPM_NUMBER_SHORT || language != GPM_LANGUAGE_EN;
  return FALSE;
}

/* The index of the largest magnitude not above @abs_value; the last entry is 1. */
static guint
pick_magnitude (GpmLanguage language,
                double      abs_value)
{
  guint n;
  const Magnitude *table = get_magnitudes (language, &n);

  for (guint i = 0; i < n; i++)
    if (abs_value >= table[i].factor)
      return i;

  return n - 1;
}

/* Prints a non-negative number with @decimals decimals, trailing zeros dropped when
 * @strip is set, and a comma between thousands (Chinese uses it too: 1,587亿). */
static void
append_number (GString *out,
               double   value,
               int      decimals,
               gboolean strip)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[16];
  const char *dot;
  gsize int_len;

  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, 9));
  g_ascii_formatd (buffer, sizeof buffer, format, value);

  if (strip && strchr (buffer, '.') != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }

  dot = strchr (buffer, '.');
  int_len = dot != NULL ? (gsize) (dot - buffer) : strlen (buffer);
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, buffer[i]);
    }
  if (dot != NULL)
    g_string_append (out, dot);
}

static const char *
zh_currency_word (UnitClass klass)
{
  if (klass == UNIT_CNY)
    return "元";
  if (klass == UNIT_USD)
    return "美元";
  return NULL;
}

/* Wraps the bare number (already with its magnitude) in the unit's signs and words. */
static void
decorate (GString        *out,
          GpmLanguage     language,
          gboolean        negative,
          const char     *number,
          const char     *unit,
          UnitClass       klass,
          GpmNumberStyle  style)
{
  gboolean zh = language != GPM_LANGUAGE_EN;

  if (negative)
    g_string_append (out, MINUS_SIGN);

  if (!zh && klass == UNIT_CNY)
    g_string_append (out, "¥");
  else if (!zh && klass == UNIT_USD)
    g_string_append (out, "$");

  g_string_append (out, number);

  switch (klass)
    {
    case UNIT_CNY:
    case UNIT_USD:
      if (zh)
        g_string_append (out, zh_currency_word (klass));
      break;
    case UNIT_OTHER_CURRENCY:
      g_string_append_printf (out, " %s", unit);
      break;
    case UNIT_PERCENT:
      g_string_append (out, "%");
      break;
    case UNIT_RATIO:
      g_string_append (out, "×");
      break;
    case UNIT_COUNT:
      if (!zh && style == GPM_NUMBER_LONG)
        g_string_append (out, strcmp (number, "1") == 0 ? " unit" : " units");
      break;
    case UNIT_COMPUTE:
      if (style == GPM_NUMBER_LONG)
        g_string_append (out, " EFLOPS");
      break;
    case UNIT_YEARS:
      if (style == GPM_NUMBER_LONG)
        g_string_append (out, zh ? "年" : (strcmp (number, "1") == 0 ? " year" : " years"));
      break;
    case UNIT_OTHER:
    default:
      if (style == GPM_NUMBER_LONG && unit != NULL && *unit != '\0')
        g_string_append_printf (out, " %s", unit);
      break;
    }
}

/* Decimals that keep four significant digits, at most two after the point. */
static int
significant_decimals (double mantissa)
{
  int int_digits = mantissa >= 1.0 ? (int) floor (log10 (mantissa)) + 1 : 1;

  return CLAMP (4 - int_digits, 0, 2);
}

static double
round_to (double value,
          int    decimals)
{
  double f = pow (10.0, decimals);

  return round (value * f) / f;
}

char *
gpm_number_format (GpmLanguage     language,
                   double          value,
                   const char     *unit,
                   GpmNumberStyle  style)
{
  UnitClass klass = classify_unit (unit);
  g_autoptr(GString) number = g_string_new (NULL);
  GString *out = g_string_new (NULL);
  double abs_value = fabs (value);
  const Magnitude *magnitude = NULL;
  double mantissa = abs_value;
  int decimals = 2;

  if (!isfinite (value))
    {
      g_string_append (out, "–");
      return g_string_free (out, FALSE);
    }

  if (uses_magnitudes (language, klass, style))
    {
      guint n;
      const Magnitude *table = get_magnitudes (language, &n);
      guint level = pick_magnitude (language, abs_value);

      mantissa = abs_value / table[level].factor;
      decimals = significant_decimals (mantissa);

      /* 999.96M rounds to 1000.0M: say 1B instead. */
      if (level > 0 && round_to (mantissa, decimals) * table[level].factor
                       >= table[level - 1].factor)
        {
          level--;
          mantissa = abs_value / table[level].factor;
          decimals = significant_decimals (mantissa);
        }
      magnitude = &table[level];
    }

  append_number (number, round_to (mantissa, decimals), decimals, TRUE);
  if (magnitude != NULL)
    g_string_append (number, magnitude->suffix);

  decorate (out, language, value < 0 && round_to (mantissa, decimals) != 0.0,
            number->str, unit, klass, style);

  return g_string_free (out, FALSE);
}

/* Decimals needed to tell ticks @step apart once divided by @factor. */
static int
tick_decimals (double step,
               double factor)
{
  double scaled = step / factor;
  int decimals = 0;

  while (decimals < 6 && fabs (scaled - round (scaled)) > scaled * 1e-6)
    {
      scaled *= 10.0;
      decimals++;
    }

  return decimals;
}

char **
gpm_number_format_ticks (GpmLanguage     language,
                         const GpmTicks *ticks,
                         const char     *unit)
{
  UnitClass klass = classify_unit (unit);
  GPtrArray *labels;
  const Magnitude *magnitude = NULL;
  double largest = 0.0;
  int decimals;

  g_return_val_if_fail (ticks != NULL, NULL);

  labels = g_ptr_array_new ();

  /* A log axis spans decades: each tick is its own magnitude. */
  if (ticks->log)
    {
      for (guint i = 0; i < ticks->n_values; i++)
        g_ptr_array_add (labels, gpm_number_format (language, ticks->values[i], unit,
                                                    GPM_NUMBER_SHORT));
      g_ptr_array_add (labels, NULL);
      return (char **) g_ptr_array_free (labels, FALSE);
    }

  for (guint i = 0; i < ticks->n_values; i++)
    largest = MAX (largest, fabs (ticks->values[i]));

  if (uses_magnitudes (language, klass, GPM_NUMBER_SHORT))
    {
      guint n;
      const Magnitude *table = get_magnitudes (language, &n);
      guint level = pick_magnitude (language, largest);

      /* 0, 200 … 1,400 reads better than 0, 0.2K … 1.4K: plain numbers when the ticks are
       * finer than the smallest magnitude and the numbers stay short. */
      if (level + 2 == n && ticks->step < table[level].factor
          && largest < (is_money (klass) ? 1000.0 : 10000.0))
        level++;
      magnitude = &table[level];
    }
  decimals = tick_decimals (ticks->step, magnitude != NULL ? magnitude->factor : 1.0);

  for (guint i = 0; i < ticks->n_values; i++)
    {
      double value = ticks->values[i];
      g_autoptr(GString) number = g_string_new (NULL);
      GString *out;

      if (value == 0.0)
        {
          g_ptr_array_add (labels, g_strdup ("0"));
          continue;
        }

      out = g_string_new (NULL);
      append_number (number, fabs (value) / (magnitude != NULL ? magnitude->factor : 1.0),
                     decimals, FALSE);
      if (magnitude != NULL)
        g_string_append (number, magnitude->suffix);
      decorate (out, language, value < 0, number->str, unit, klass, GPM_NUMBER_SHORT);
      g_ptr_array_add (labels, g_string_free (out, FALSE));
    }

  g_ptr_array_add (labels, NULL);
  return (char **) g_ptr_array_free (labels, FALSE);
}

static const char *
unit_word (GpmLanguage  language,
           const char  *unit)
{
  static const char *words[][4] = {
    /* unit      en        zh_CN    zh_TW */
    { "CNY", "CNY", "元", "元" },
    { "USD", "USD", "美元", "美元" },
    { "%", "%", "%", "%" },
    { "units", "units", "个", "個" },
    { "EFLOPS", "EFLOPS", "EFLOPS", "EFLOPS" },
    { "x", "×", "倍", "倍" },
    { "years", "years", "年", "年" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (words[i][0], unit) == 0)
      return words[i][1 + CLAMP ((int) language, 0, 2)];

  return unit;
}

char *
gpm_number_format_axis_title (GpmLanguage  language,
                              const char  *title,
                              const char  *unit)
{
  gboolean zh = language != GPM_LANGUAGE_EN;
  const char *word;

  if (unit == NULL || *unit == '\0')
    return g_strdup (title != NULL ? title : "");

  word = unit_word (language, unit);
  if (title == NULL || *title == '\0')
    return g_strdup (word);

  return g_strdup_printf (zh ? "%s（%s）" : "%s (%s)", title, word);
}

static void
ticks_fill (GpmTicks *out,
            double    first,
            double    step,
            guint     n)
{
  out->n_values = n;
  for (guint i = 0; i < n; i++)
    {
      double value = first + i * step;

      /* Snap away the 0.30000000000000004s, and the negative zero. */
      value = round (value / step) * step;
      out->values[i] = value == 0.0 ? 0.0 : value;
    }
  out->min = out->values[0];
  out->max = out->values[n - 1];
}

gboolean
gpm_ticks_linear (double    lo,
                  double    hi,
                  gboolean  include_zero,
                  guint     max_ticks,
                  GpmTicks *out)
{
  static const double multiples[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };
  double raw, magnitude, best_step = 0, best_first = 0;
  guint best_n = G_MAXUINT;

  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  if (!isfinite (lo) || !isfinite (hi))
    return FALSE;
  if (lo > hi)
    {
      double tmp = lo;
      lo = hi;
      hi = tmp;
    }

  max_ticks = CLAMP (max_ticks, 2, GPM_TICKS_MAX);
  if (include_zero)
    {
      lo = MIN (lo, 0.0);
      hi = MAX (hi, 0.0);
    }

  /* One value (or all equal): open a range around it that still reads sensibly. */
  if (hi - lo <= fabs (hi) * 1e-12)
    {
      double pad = lo == 0.0 ? 1.0 : fabs (lo) * 0.1;

      lo = lo == 0.0 ? 0.0 : lo - pad;
      hi += pad;
    }

  /* Candidates start a decade below the smallest step that could do, because with the
   * ends rounded outward a smaller step sometimes needs no more ticks. */
  raw = (hi - lo) / (max_ticks - 1);
  magnitude = pow (10.0, floor (log10 (raw)) - 1.0);

  /* The smallest 1-2-5 step that needs no more than @max_ticks ticks. A range across
   * zero needs three at least: when nothing fits, the fewest ticks win. */
  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      double step = multiples[i] * magnitude;
      double first, last;
      guint n;

      first = floor (lo / step + 1e-9) * step;
      last = ceil (hi / step - 1e-9) * step;
      n = (guint) lround ((last - first) / step) + 1;
      if (n < best_n)
        {
          best_n = n;
          best_step = step;
          best_first = first;
        }
      if (n <= max_ticks)
        break;
    }

  out->step = best_step;
  ticks_fill (out, best_first, best_step, CLAMP (best_n, 2, GPM_TICKS_MAX));

  return TRUE;
}

/* Ticks for a second axis that fall on the first axis's grid lines: as many ticks, with
 * zero at the same position when the first axis has one, and the smallest 1-2-2.5-5
 * step that then covers [lo, hi]. */
gboolean
gpm_ticks_aligned (double          lo,
                   double          hi,
                   const GpmTicks *reference,
                   GpmTicks       *out)
{
  static const double multiples[] = { 1, 2, 2.5, 5 };
  guint n, zero = G_MAXUINT;
  double magnitude;

  g_return_val_if_fail (reference != NULL && out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  n = reference->n_values;
  if (!isfinite (lo) || !isfinite (hi) || reference->log || n < 2)
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (reference->values[i] == 0.0)
      zero = i;

  magnitude = pow (10.0, floor (log10 (MAX (hi - lo, MAX (fabs (hi), fabs (lo))) / n)) - 1.0);
  for (guint decade = 0; decade < 6; decade++, magnitude *= 10.0)
    for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
      {
        double step = multiples[i] * magnitude;
        double first = zero != G_MAXUINT ? -(double) zero * step : floor (lo / step) * step;

        if (first <= lo + step * 1e-9 && first + (n - 1) * step >= hi - step * 1e-9)
          {
            out->step = step;
            ticks_fill (out, first, step, n);
            return TRUE;
          }
      }

  return FALSE;
}

gboolean
gpm_ticks_log (double    lo,
               double    hi,
               guint     max_ticks,
               GpmTicks *out)
{
  static const double one_two_five[] = { 1, 2, 5 };
  int first, last, decades, per;

  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  if (!isfinite (lo) || !isfinite (hi) || lo <= 0.0 || hi <= 0.0)
    return FALSE;
  if (lo > hi)
    {
      double tmp = lo;
      lo = hi;
      hi = tmp;
    }

  max_ticks = CLAMP (max_ticks, 2, GPM_TICKS_MAX);
  out->log = TRUE;
  first = (int) floor (log10 (lo) + 1e-9);
  last = (int) ceil (log10 (hi) - 1e-9);
  if (last <= first)
    last = first + 1;
  decades = last - first;

  /* Within one or two decades, 1-2-5 marks read better than two lonely powers of ten. */
  if ((guint) decades * 3 + 1 <= max_ticks && decades <= 2)
    {
      for (int d = first; d < last; d++)
        for (guint i = 0; i < G_N_ELEMENTS (one_two_five); i++)
          out->values[out->n_values++] = one_two_five[i] * pow (10.0, d);
      out->values[out->n_values++] = pow (10.0, last);
      out->step = 0;
    }
  else
    {
      int aligned = first;

      /* Decades per tick, counting the start aligned down to a multiple of it. */
      for (per = 1; ; per++)
        {
          aligned = (int) floor ((double) first / per) * per;
          if ((last - aligned + per - 1) / per + 1 <= (int) max_ticks)
            break;
        }
      first = aligned;
      for (int d = first; out->n_values < GPM_TICKS_MAX; d += per)
        {
          out->values[out->n_values++] = pow (10.0, d);
          if (d >= last)
            break;
        }
      out->step = per;
    }

  out->min = out->values[0];
  out->max = out->values[out->n_values - 1];

  return TRUE;
}
