/* gpm-time-axis.c — calendar arithmetic and the choice of time-axis labels.
 *
 * The label unit and step are picked by trying candidates from fine to coarse and keeping
 * the first whose labels, measured as they will be drawn, leave a gap between neighbours.
 * Labels sit in the middle of the span they name (a year's label under the year), the way
 * spreadsheets and Datawrapper label period data, because the data are spans too.
 */

#include "config.h"

#include <math.h>

#include "gpm-time-axis.h"

struct _GpmTimeAxis
{
  double      start;
  double      end;
  double      width;
  GpmTimeUnit unit;
  guint       step;
  GArray     *ticks;    /* GpmTimeTick */
  GPtrArray  *labels;   /* owns the ticks' label text */
};

typedef struct
{
  GpmTimeUnit unit;
  guint       step;
} Candidate;

static const Candidate candidates[] = {
  { GPM_TIME_UNIT_DAY, 1 }, { GPM_TIME_UNIT_DAY, 2 }, { GPM_TIME_UNIT_DAY, 7 },
  { GPM_TIME_UNIT_DAY, 14 }, { GPM_TIME_UNIT_MONTH, 1 }, { GPM_TIME_UNIT_MONTH, 2 },
  { GPM_TIME_UNIT_QUARTER, 1 }, { GPM_TIME_UNIT_MONTH, 6 }, { GPM_TIME_UNIT_HALF, 1 },
  { GPM_TIME_UNIT_YEAR, 1 },
  { GPM_TIME_UNIT_YEAR, 2 }, { GPM_TIME_UNIT_YEAR, 5 }, { GPM_TIME_UNIT_YEAR, 10 },
  { GPM_TIME_UNIT_YEAR, 20 }, { GPM_TIME_UNIT_YEAR, 50 }, { GPM_TIME_UNIT_YEAR, 100 },
};

static const char *month_names_en[] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

/* g_date_get_julian() of 1970-01-01: GDate counts from 1 January of year 1. */
#define EPOCH_JULIAN 719163

double
gpm_days_from_date (int year,
                    int month,
                    int day)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_dmy (day, month, year), 0.0);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return (double) g_date_get_julian (&date) - (double) EPOCH_JULIAN;
}

void
gpm_days_to_date (double  days,
                  int    *year,
                  int    *month,
                  int    *day)
{
  GDate date;
  double julian = floor (days) + EPOCH_JULIAN;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) CLAMP (julian, 1.0, (double) G_MAXUINT32));
  if (year != NULL)
    *year = g_date_get_year (&date);
  if (month != NULL)
    *month = g_date_get_month (&date);
  if (day != NULL)
    *day = g_date_get_day (&date);
}

void
gpm_time_span_year (int     year,
                    double *start,
                    double *end)
{
  *start = gpm_days_from_date (year, 1, 1);
  *end = gpm_days_from_date (year + 1, 1, 1);
}

void
gpm_time_span_quarter (int     year,
                       int     quarter,
                       double *start,
                       double *end)
{
  g_return_if_fail (quarter >= 1 && quarter <= 4);

  *start = gpm_days_from_date (year, (quarter - 1) * 3 + 1, 1);
  *end = quarter == 4 ? gpm_days_from_date (year + 1, 1, 1)
                      : gpm_days_from_date (year, quarter * 3 + 1, 1);
}

void
gpm_time_span_half (int     year,
                    int     half,
                    double *start,
                    double *end)
{
  g_return_if_fail (half == 1 || half == 2);

  *start = gpm_days_from_date (year, half == 1 ? 1 : 7, 1);
  *end = half == 1 ? gpm_days_from_date (year, 7, 1) : gpm_days_from_date (year + 1, 1, 1);
}

void
gpm_time_span_month (int     year,
                     int     month,
                     double *start,
                     double *end)
{
  g_return_if_fail (month >= 1 && month <= 12);

  *start = gpm_days_from_date (year, month, 1);
  *end = month == 12 ? gpm_days_from_date (year + 1, 1, 1)
                     : gpm_days_from_date (year, month + 1, 1);
}

void
gpm_time_span_day (int     year,
                   int     month,
                   int     day,
                   double *start,
                   double *end)
{
  *start = gpm_days_from_date (year, month, day);
  *end = *start + 1.0;
}

GpmTimeUnit
gpm_time_unit_for_span (double start,
                        double end)
{
  double length = end - start;

  if (length >= 360.0)
    return GPM_TIME_UNIT_YEAR;
  if (length >= 180.0)
    return GPM_TIME_UNIT_HALF;
  if (length >= 88.0)
    return GPM_TIME_UNIT_QUARTER;
  if (length >= 28.0)
    return GPM_TIME_UNIT_MONTH;
  return GPM_TIME_UNIT_DAY;
}

/* Units are numbered consecutively so a loop can walk them: year y is y, quarter q of y
 * is y·4+q−1, month m is y·12+m−1, and a day is its day number. */
static gint64
unit_index (GpmTimeUnit unit,
            double      days)
{
  int year, month;

  if (unit == GPM_TIME_UNIT_DAY)
    return (gint64) floor (days);

  gpm_days_to_date (days, &year, &month, NULL);
  switch (unit)
    {
    case GPM_TIME_UNIT_YEAR:
      return year;
    case GPM_TIME_UNIT_QUARTER:
      return (gint64) year * 4 + (month - 1) / 3;
    case GPM_TIME_UNIT_HALF:
      return (gint64) year * 2 + (month - 1) / 6;
    case GPM_TIME_UNIT_MONTH:
    case GPM_TIME_UNIT_DAY:
    default:
      return (gint64) year * 12 + month - 1;
    }
}

static void
unit_span (GpmTimeUnit  unit,
           gint64       index,
           double      *start,
           double      *end)
{
  switch (unit)
    {
    case GPM_TIME_UNIT_YEAR:
      gpm_time_span_year ((int) index, start, end);
      break;
    case GPM_TIME_UNIT_QUARTER:
      gpm_time_span_quarter ((int) (index / 4), (int) (index % 4) + 1, start, end);
      break;
    case GPM_TIME_UNIT_HALF:
      gpm_time_span_half ((int) (index / 2), (int) (index % 2) + 1, start, end);
      break;
    case GPM_TIME_UNIT_MONTH:
      gpm_time_span_month ((int) (index / 12), (int) (index % 12) + 1, start, end);
      break;
    case GPM_TIME_UNIT_DAY:
    default:
      *start = (double) index;
      *end = *start + 1.0;
      break;
    }
}

/* Whether the thinned axis labels this unit: years divisible by the step, the 1st, 3rd…
 * month, and days 1, 8, 15, 22 (never a 29th crowding the next month's 1st). */
static gboolean
unit_is_labelled (GpmTimeUnit unit,
                  guint       step,
                  double      start)
{
  int year, month, day;

  if (step <= 1)
    return TRUE;

  gpm_days_to_date (start, &year, &month, &day);
  switch (unit)
    {
    case GPM_TIME_UNIT_YEAR:
      return year % (int) step == 0;
    case GPM_TIME_UNIT_MONTH:
      return (month - 1) % (int) step == 0;
    case GPM_TIME_UNIT_DAY:
      return (day - 1) % (int) step == 0
             && day + (int) step - 1 <= g_date_get_days_in_month (month, year);
    case GPM_TIME_UNIT_QUARTER:
    default:
      return TRUE;
    }
}

static char *
make_label (GpmTimeUnit unit,
            double      start,
            gboolean    first,
            GpmLanguage language)
{
  gboolean zh = language != GPM_LANGUAGE_EN;
  int year, month, day;

  gpm_days_to_date (start, &year, &month, &day);
  switch (unit)
    {
    case GPM_TIME_UNIT_YEAR:
      return g_strdup_printf ("%d", year);

    case GPM_TIME_UNIT_QUARTER:
      if (first || month == 1)
        return g_strdup_printf ("%d Q%d", year, (month - 1) / 3 + 1);
      return g_strdup_printf ("Q%d", (month - 1) / 3 + 1);

    case GPM_TIME_UNIT_HALF:
      if (zh)
        return first || month == 1
               ? g_strdup_printf ("%d年%s", year, month == 1 ? "上半年" : "下半年")
               : g_strdup (month == 1 ? "上半年" : "下半年");
      if (first || month == 1)
        return g_strdup_printf ("%d H%d", year, month == 1 ? 1 : 2);
      return g_strdup_printf ("H%d", month == 1 ? 1 : 2);

    case GPM_TIME_UNIT_MONTH:
      if (zh)
        return first || month == 1 ? g_strdup_printf ("%d年%d月", year, month)
                                   : g_strdup_printf ("%d月", month);
      return first || month == 1 ? g_strdup_printf ("%s %d", month_names_en[month - 1], year)
                                 : g_strdup (month_names_en[month - 1]);

    case GPM_TIME_UNIT_DAY:
    default:
      if (zh)
        {
          if (month == 1 && day == 1)
            return g_strdup_printf ("%d年1月1日", year);
          return first || day == 1 ? g_strdup_printf ("%d月%d日", month, day)
                                   : g_strdup_printf ("%d日", day);
        }
      if (month == 1 && day == 1)
        return g_strdup_printf ("Jan 1, %d", year);
      return first || day == 1 ? g_strdup_printf ("%s %d", month_names_en[month - 1], day)
                               : g_strdup_printf ("%d", day);
    }
}

static double
estimate_width (const char *label,
                gpointer    user_data)
{
  double width = 0.0;

  /* Latin digits about 0.6 em, CJK one em, at a 12 px font. */
  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    width += g_utf8_get_char (p) < 0x2E80 ? 7.0 : 12.0;

  return width;
}

static void
axis_clear (GpmTimeAxis *self)
{
  g_array_set_size (self->ticks, 0);
  g_ptr_array_set_size (self->labels, 0);
}

/* Fills the ticks for one candidate; FALSE when neighbouring labels would touch. */
static gboolean
axis_try (GpmTimeAxis        *self,
          const Candidate    *candidate,
          GpmLanguage         language,
          GpmTimeMeasureFunc  measure,
          gpointer            user_data,
          gboolean            force)
{
  gint64 first = unit_index (candidate->unit, self->start);
  gint64 last = unit_index (candidate->unit, MAX (self->start, self->end - 1e-6));
  double gap = measure ("0", user_data) * 1.2;
  double previous_right = -G_MAXDOUBLE;

  axis_clear (self);
  self->unit = candidate->unit;
  self->step = candidate->step;

  /* Far more units than pixels: cannot fit, do not build a label for each. */
  if (!force && (double) (last - first + 1) / candidate->step > self->width / 4.0)
    return FALSE;

  for (gint64 i = first; i <= last; i++)
    {
      GpmTimeTick tick;
      double centre, half, visible_start, visible_end;
      int month, day;
      char *label;

      unit_span (candidate->unit, i, &tick.start, &tick.end);
      if (!unit_is_labelled (candidate->unit, candidate->step, tick.start))
        continue;

      /* A unit cut by the range's edge is labelled over its visible part, if that part
       * is wide enough to be more than a sliver (a single quarter of a year is). */
      visible_start = MAX (tick.start, self->start);
      visible_end = MIN (tick.end, self->end);
      if (visible_end - visible_start < (tick.end - tick.start) * 0.2)
        continue;
      centre = (visible_start + visible_end) / 2.0;

      label = make_label (candidate->unit, tick.start, self->ticks->len == 0, language);
      half = measure (label, user_data) / 2.0;
      centre = gpm_time_axis_to_pixel (self, centre);
      if (centre - half < previous_right + gap && !force)
        {
          g_free (label);
          return FALSE;
        }

      gpm_days_to_date (tick.start, NULL, &month, &day);
      tick.major = month == 1 && day == 1;
      tick.label = label;
      tick.start = visible_start;
      tick.end = visible_end;
      g_ptr_array_add (self->labels, label);
      g_array_append_val (self->ticks, tick);
      previous_right = centre + half;
    }

  return TRUE;
}

GpmTimeAxis *
gpm_time_axis_new (double              start,
                   double              end,
                   double              pixel_width,
                   GpmTimeUnit         finest,
                   GpmLanguage         language,
                   GpmTimeMeasureFunc  measure,
                   gpointer            user_data)
{
  GpmTimeAxis *self;
  const Candidate *chosen = NULL;

  g_return_val_if_fail (end > start, NULL);

  self = g_new0 (GpmTimeAxis, 1);
  self->start = start;
  self->end = end;
  self->width = MAX (pixel_width, 1.0);
  self->ticks = g_array_new (FALSE, FALSE, sizeof (GpmTimeTick));
  self->labels = g_ptr_array_new_with_free_func (g_free);
  if (measure == NULL)
    measure = estimate_width;

  for (guint i = 0; i < G_N_ELEMENTS (candidates) && chosen == NULL; i++)
    {
      /* Half years label only data reported by half years, so quarterly and monthly
       * charts keep the labels they have always had. */
      if (candidates[i].unit < finest
          || (candidates[i].unit == GPM_TIME_UNIT_HALF && finest != GPM_TIME_UNIT_HALF))
        continue;
      if (axis_try (self, &candidates[i], language, measure, user_data, FALSE))
        chosen = &candidates[i];
    }

  /* Nothing fits: keep the coarsest, and let the caller drop what still collides. */
  if (chosen == NULL)
    axis_try (self, &candidates[G_N_ELEMENTS (candidates) - 1], language, measure,
              user_data, TRUE);

  return self;
}

void
gpm_time_axis_free (GpmTimeAxis *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->ticks);
  g_ptr_array_unref (self->labels);
  g_free (self);
}

GpmTimeUnit
gpm_time_axis_get_unit (const GpmTimeAxis *self)
{
  g_return_val_if_fail (self != NULL, GPM_TIME_UNIT_YEAR);

  return self->unit;
}

guint
gpm_time_axis_get_step (const GpmTimeAxis *self)
{
  g_return_val_if_fail (self != NULL, 1);

  return self->step;
}

guint
gpm_time_axis_get_n_ticks (const GpmTimeAxis *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->ticks->len;
}

const GpmTimeTick *
gpm_time_axis_get_tick (const GpmTimeAxis *self,
                        guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->ticks->len, NULL);

  return &g_array_index (self->ticks, GpmTimeTick, index);
}

double
gpm_time_axis_to_pixel (const GpmTimeAxis *self,
                        double             days)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return (days - self->start) / (self->end - self->start) * self->width;
}
