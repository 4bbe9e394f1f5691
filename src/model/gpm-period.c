/* gpm-period.c — parsing, printing, spans and ordering of periods.
 *
 * The parser is strict on purpose: a period typed as "2025/07" or "25" is refused with a
 * message that shows the accepted forms, rather than guessed at, because a figure filed
 * under the wrong period is worse than one not filed yet.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gpm-period.h"

G_DEFINE_QUARK (gpm-period-error-quark, gpm_period_error)
G_DEFINE_BOXED_TYPE (GpmPeriod, gpm_period, gpm_period_copy, gpm_period_free)

GType
gpm_precision_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { GPM_PRECISION_YEAR, "GPM_PRECISION_YEAR", "year" },
        { GPM_PRECISION_HALF, "GPM_PRECISION_HALF", "half" },
        { GPM_PRECISION_QUARTER, "GPM_PRECISION_QUARTER", "quarter" },
        { GPM_PRECISION_MONTH, "GPM_PRECISION_MONTH", "month" },
        { GPM_PRECISION_DAY, "GPM_PRECISION_DAY", "day" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("GpmPrecision"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GpmPeriod *
gpm_period_copy (const GpmPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
gpm_period_free (GpmPeriod *self)
{
  g_free (self);
}

/* Reads exactly @n_digits ASCII digits; no sign, no spaces. */
static gboolean
read_digits (const char **cursor,
             int          n_digits,
             int         *out)
{
  int value = 0;

  for (int i = 0; i < n_digits; i++)
    {
      char c = (*cursor)[i];

      if (!g_ascii_isdigit (c))
        return FALSE;
      value = value * 10 + g_ascii_digit_value (c);
    }

  *cursor += n_digits;
  *out = value;

  return TRUE;
}

/* Fills @out from the text's shape alone; FALSE when the shape is not one of the five. */
static gboolean
parse_shape (const char *text,
             GpmPeriod  *out)
{
  const char *p = text;

  memset (out, 0, sizeof *out);

  if (!read_digits (&p, 4, &out->year))
    return FALSE;

  out->precision = GPM_PRECISION_YEAR;
  if (*p == '\0')
    return TRUE;
  if (*p++ != '-')
    return FALSE;

  if (*p == 'H')
    {
      p++;
      out->precision = GPM_PRECISION_HALF;
      return read_digits (&p, 1, &out->half) && *p == '\0'
             && out->half >= 1 && out->half <= 2;
    }

  if (*p == 'Q')
    {
      p++;
      out->precision = GPM_PRECISION_QUARTER;
      return read_digits (&p, 1, &out->quarter) && *p == '\0'
             && out->quarter >= 1 && out->quarter <= 4;
    }

  if (!read_digits (&p, 2, &out->month) || out->month < 1 || out->month > 12)
    return FALSE;

  out->precision = GPM_PRECISION_MONTH;
  if (*p == '\0')
    return TRUE;
  if (*p++ != '-')
    return FALSE;

  out->precision = GPM_PRECISION_DAY;
  return read_digits (&p, 2, &out->day) && *p == '\0';
}

gboolean
gpm_period_parse (const char  *text,
                  GpmPeriod   *out,
                  GError     **error)
{
  GpmPeriod period;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    text = "";

  if (!parse_shape (text, &period)
      || (period.precision == GPM_PRECISION_DAY
          && !g_date_valid_dmy (period.day, period.month, period.year)))
    {
      g_set_error (error, GPM_PERIOD_ERROR, GPM_PERIOD_ERROR_INVALID,
                   _("“%s” is not a year, quarter, month or date; "
                     "write 2025, 2025-Q1, 2025-07 or 2025-07-15, or 2025-H1 for a half year"),
                   text);
      return FALSE;
    }

  if (period.year < GPM_PERIOD_MIN_YEAR || period.year > GPM_PERIOD_MAX_YEAR)
    {
      g_set_error (error, GPM_PERIOD_ERROR, GPM_PERIOD_ERROR_OUT_OF_RANGE,
                   _("“%s” is outside the years GPU Market handles (%d to %d)."),
                   text, GPM_PERIOD_MIN_YEAR, GPM_PERIOD_MAX_YEAR);
      return FALSE;
    }

  if (out != NULL)
    *out = period;

  return TRUE;
}

gboolean
gpm_period_is_valid_text (const char *text)
{
  return gpm_period_parse (text, NULL, NULL);
}

char *
gpm_period_to_string (const GpmPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->precision)
    {
    case GPM_PRECISION_YEAR:
      return g_strdup_printf ("%04d", self->year);

    case GPM_PRECISION_HALF:
      return g_strdup_printf ("%04d-H%d", self->year, self->half);

    case GPM_PRECISION_QUARTER:
      return g_strdup_printf ("%04d-Q%d", self->year, self->quarter);

    case GPM_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", self->year, self->month);

    case GPM_PRECISION_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", self->year, self->month, self->day);

    default:
      g_return_val_if_reached (NULL);
    }
}

/* The first and last month of the span; a day's span is its month, narrowed by the caller. */
static void
month_span (const GpmPeriod *self,
            int             *first,
            int             *last)
{
  switch (self->precision)
    {
    case GPM_PRECISION_YEAR:
      *first = 1;
      *last = 12;
      break;

    case GPM_PRECISION_HALF:
      *first = (self->half - 1) * 6 + 1;
      *last = self->half * 6;
      break;

    case GPM_PRECISION_QUARTER:
      *first = (self->quarter - 1) * 3 + 1;
      *last = self->quarter * 3;
      break;

    case GPM_PRECISION_MONTH:
    case GPM_PRECISION_DAY:
    default:
      *first = *last = self->month;
      break;
    }
}

void
gpm_period_get_start (const GpmPeriod *self,
                      GDate           *date)
{
  int first, last;

  g_return_if_fail (self != NULL);
  g_return_if_fail (date != NULL);

  month_span (self, &first, &last);
  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  self->precision == GPM_PRECISION_DAY ? self->day : 1,
                  first, self->year);
}

void
gpm_period_get_end (const GpmPeriod *self,
                    GDate           *date)
{
  int first, last;
  GDateDay day;

  g_return_if_fail (self != NULL);
  g_return_if_fail (date != NULL);

  month_span (self, &first, &last);
  if (self->precision == GPM_PRECISION_DAY)
    day = self->day;
  else
    day = g_date_get_days_in_month (last, self->year);

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, last, self->year);
}

guint32
gpm_period_get_start_julian (const GpmPeriod *self)
{
  GDate date;

  gpm_period_get_start (self, &date);

  return g_date_get_julian (&date);
}

guint32
gpm_period_get_end_julian (const GpmPeriod *self)
{
  GDate date;

  gpm_period_get_end (self, &date);

  return g_date_get_julian (&date);
}

/* Chronological by start; at the same start the longer span comes first, so a year's
 * total sorts before the figures for its first quarter and first month. */
int
gpm_period_compare (const GpmPeriod *a,
                    const GpmPeriod *b)
{
  guint32 start_a, start_b;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  start_a = gpm_period_get_start_julian (a);
  start_b = gpm_period_get_start_julian (b);
  if (start_a != start_b)
    return start_a < start_b ? -1 : 1;
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;

  return 0;
}

gboolean
gpm_period_equal (const GpmPeriod *a,
                  const GpmPeriod *b)
{
  return gpm_period_compare (a, b) == 0;
}
