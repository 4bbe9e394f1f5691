/* test-time-axis.c — calendar spans, and the unit, step and labels of a time axis chosen
 * by the range, the data's precision and the width. */

#include "config.h"

#include <math.h>

#include "gpm-time-axis.h"

/* 7 px a character: the axis must keep labels this wide apart. */
static double
measure (const char *label,
         gpointer    user_data)
{
  return g_utf8_strlen (label, -1) * 7.0;
}

static void
assert_labels (const GpmTimeAxis  *axis,
               const char * const *expected)
{
  guint n = gpm_time_axis_get_n_ticks (axis);

  for (guint i = 0; i < n; i++)
    g_test_message ("tick %u: %s", i, gpm_time_axis_get_tick (axis, i)->label);
  g_assert_cmpuint (n, ==, g_strv_length ((GStrv) expected));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (gpm_time_axis_get_tick (axis, i)->label, ==, expected[i]);
}

/* Neighbouring labels, centred on their spans, never touch. */
static void
assert_no_overlap (const GpmTimeAxis *axis)
{
  double previous_right = -G_MAXDOUBLE;

  for (guint i = 0; i < gpm_time_axis_get_n_ticks (axis); i++)
    {
      const GpmTimeTick *tick = gpm_time_axis_get_tick (axis, i);
      double centre = gpm_time_axis_to_pixel (axis, (tick->start + tick->end) / 2.0);
      double half = measure (tick->label, NULL) / 2.0;

      g_assert_cmpfloat (centre - half, >, previous_right);
      previous_right = centre + half;
    }
}

static void
test_days (void)
{
  int y, m, d;
  double start, end;

  g_assert_cmpfloat (gpm_days_from_date (1970, 1, 1), ==, 0.0);
  g_assert_cmpfloat (gpm_days_from_date (2025, 1, 1), ==, 20089.0);
  gpm_days_to_date (20089.0 + 0.75, &y, &m, &d);
  g_assert_cmpint (y, ==, 2025);
  g_assert_cmpint (m, ==, 1);
  g_assert_cmpint (d, ==, 1);

  gpm_time_span_quarter (2025, 1, &start, &end);
  g_assert_cmpfloat (end - start, ==, 90.0);
  gpm_time_span_quarter (2024, 4, &start, &end);
  g_assert_cmpfloat (end, ==, gpm_days_from_date (2025, 1, 1));
  gpm_time_span_year (2024, &start, &end);
  g_assert_cmpfloat (end - start, ==, 366.0);
  gpm_time_span_month (2024, 2, &start, &end);
  g_assert_cmpfloat (end - start, ==, 29.0);

  g_assert_cmpint (gpm_time_unit_for_span (start, start + 1), ==, GPM_TIME_UNIT_DAY);
  gpm_time_span_quarter (2025, 1, &start, &end);
  g_assert_cmpint (gpm_time_unit_for_span (start, end), ==, GPM_TIME_UNIT_QUARTER);
  gpm_time_span_year (2025, &start, &end);
  g_assert_cmpint (gpm_time_unit_for_span (start, end), ==, GPM_TIME_UNIT_YEAR);
}

static void
test_years (void)
{
  static const char *expected[] = { "2022", "2023", "2024", "2025", NULL };
  g_autoptr(GpmTimeAxis) axis = NULL;
  double start, end, unused;

  gpm_time_span_year (2022, &start, &unused);
  gpm_time_span_year (2025, &unused, &end);

  /* Yearly data stays yearly even with room for quarters. */
  axis = gpm_time_axis_new (start, end, 2000, GPM_TIME_UNIT_YEAR, GPM_LANGUAGE_EN, measure,
                            NULL);
  g_assert_cmpint (gpm_time_axis_get_unit (axis), ==, GPM_TIME_UNIT_YEAR);
  g_assert_cmpuint (gpm_time_axis_get_step (axis), ==, 1);
  assert_labels (axis, expected);
}

static void
test_years_thinned (void)
{
  g_autoptr(GpmTimeAxis) axis = NULL;
  double start = gpm_days_from_date (1990, 1, 1), end = gpm_days_from_date (2031, 1, 1);

  axis = gpm_time_axis_new (start, end, 300, GPM_TIME_UNIT_YEAR, GPM_LANGUAGE_EN, measure, NULL);
  g_assert_cmpint (gpm_time_axis_get_unit (axis), ==, GPM_TIME_UNIT_YEAR);
  g_assert_cmpuint (gpm_time_axis_get_step (axis), >=, 5);
  g_assert_cmpstr (gpm_time_axis_get_tick (axis, 0)->label, ==, "1990");
  assert_no_overlap (axis);
}

static void
test_quarters (void)
{
  static const char *expected[] = { "2024 Q1", "Q2", "Q3", "Q4", "2025 Q1", NULL };
  g_autoptr(GpmTimeAxis) axis = NULL;
  g_autoptr(GpmTimeAxis) narrow = NULL;
  double start = gpm_days_from_date (2024, 1, 1), end = gpm_days_from_date (2025, 4, 1);

  axis = gpm_time_axis_new (start, end, 800, GPM_TIME_UNIT_QUARTER, GPM_LANGUAGE_EN, measure,
                            NULL);
  g_assert_cmpint (gpm_time_axis_get_unit (axis), ==, GPM_TIME_UNIT_QUARTER);
  assert_labels (axis, expected);
  assert_no_overlap (axis);

  /* Too narrow for five quarter labels: years. */
  narrow = gpm_time_axis_new (start, end, 90, GPM_TIME_UNIT_QUARTER, GPM_LANGUAGE_EN, measure,
                              NULL);
  g_assert_cmpint (gpm_time_axis_get_unit (narrow), ==, GPM_TIME_UNIT_YEAR);
  assert_no_overlap (narrow);
}

static void
test_months (void)
{
  static const char *en[] = { "Jan 2024", "Feb", "Mar", "Apr", "May", "Jun", NULL };
  static const char *zh[] = { "2024年1月", "2月", "3月", "4月", "5月", "6月", NULL };
  g_autoptr(GpmTimeAxis) axis = NULL;
  g_autoptr(GpmTimeAxis) chinese = NULL;
  g_autoptr(GpmTimeAxis) thin = NULL;
  double start = gpm_days_from_date (2024, 1, 1), end = gpm_days_from_date (2024, 7, 1);

  axis = gpm_time_axis_new (start, end, 600, GPM_TIME_UNIT_MONTH, GPM_LANGUAGE_EN, measure,
                            NULL);
  g_assert_cmpint (gpm_time_axis_get_unit (axis), ==, GPM_TIME_UNIT_MONTH);
  assert_labels (axis, en);
  chinese = gpm_time_axis_new (start, end, 600, GPM_TIME_UNIT_MONTH, GPM_LANGUAGE_ZH_CN,
                               measure, NULL);
  assert_labels (chinese, zh);

  /* Narrower: every other month, or quarters. */
  thin = gpm_time_axis_new (start, end, 150, GPM_TIME_UNIT_MONTH, GPM_LANGUAGE_EN, measure,
                            NULL);
  g_assert_true (gpm_time_axis_get_unit (thin) > GPM_TIME_UNIT_MONTH
                 || gpm_time_axis_get_step (thin) > 1);
  assert_no_overlap (thin);
}

static void
test_days_axis (void)
{
  g_autoptr(GpmTimeAxis) axis = NULL;
  g_autoptr(GpmTimeAxis) weekly = NULL;
  double start = gpm_days_from_date (2025, 7, 1), end = gpm_days_from_date (2025, 7, 15);

  axis = gpm_time_axis_new (start, end, 800, GPM_TIME_UNIT_DAY, GPM_LANGUAGE_EN, measure, NULL);
  g_assert_cmpint (gpm_time_axis_get_unit (axis), ==, GPM_TIME_UNIT_DAY);
  g_assert_cmpuint (gpm_time_axis_get_n_ticks (axis), ==, 14);
  g_assert_cmpstr (gpm_time_axis_get_tick (axis, 0)->label, ==, "Jul 1");
  g_assert_cmpstr (gpm_time_axis_get_tick (axis, 1)->label, ==, "2");

  weekly = gpm_time_axis_new (start, end + 17, 200, GPM_TIME_UNIT_DAY, GPM_LANGUAGE_ZH_CN,
                              measure, NULL);
  g_assert_cmpint (gpm_time_axis_get_unit (weekly), ==, GPM_TIME_UNIT_DAY);
  g_assert_cmpuint (gpm_time_axis_get_step (weekly), >, 1);
  g_assert_cmpstr (gpm_time_axis_get_tick (weekly, 0)->label, ==, "7月1日");
  assert_no_overlap (weekly);
}

/* A quarter is a span: its pixels are its days' share of the axis, and its label sits in
 * the middle of them. */
static void
test_quarter_span (void)
{
  g_autoptr(GpmTimeAxis) axis = NULL;
  double start, end, q_start, q_end, unused;
  double x0, x1;
  const GpmTimeTick *tick;

  gpm_time_span_year (2024, &start, &unused);
  gpm_time_span_quarter (2025, 1, &unused, &end);
  gpm_time_span_quarter (2025, 1, &q_start, &q_end);

  axis = gpm_time_axis_new (start, end, 456, GPM_TIME_UNIT_QUARTER, GPM_LANGUAGE_EN, measure,
                            NULL);
  x0 = gpm_time_axis_to_pixel (axis, q_start);
  x1 = gpm_time_axis_to_pixel (axis, q_end);
  g_assert_cmpfloat_with_epsilon (x1, 456.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (x1 - x0, 456.0 * 90.0 / (end - start), 1e-9);

  tick = gpm_time_axis_get_tick (axis, gpm_time_axis_get_n_ticks (axis) - 1);
  g_assert_cmpstr (tick->label, ==, "2025 Q1");
  g_assert_cmpfloat (tick->start, ==, q_start);
  g_assert_cmpfloat (tick->end, ==, q_end);

  /* A range that ends inside a year labels that year over the part shown. */
  {
    g_autoptr(GpmTimeAxis) years = gpm_time_axis_new (start, end, 456, GPM_TIME_UNIT_YEAR,
                                                      GPM_LANGUAGE_EN, measure, NULL);
    const GpmTimeTick *last = gpm_time_axis_get_tick (years,
                                                      gpm_time_axis_get_n_ticks (years) - 1);

    g_assert_cmpstr (last->label, ==, "2025");
    g_assert_cmpfloat (last->start, ==, q_start);
    g_assert_cmpfloat (last->end, ==, q_end);
  }
}

/* Half years: a six-month span, their own labels, and only for data reported by halves. */
static void
test_halves (void)
{
  static const char * const en[] = { "2024 H1", "H2", "2025 H1", "H2", NULL };
  static const char * const zh[] = { "2024年上半年", "下半年", "2025年上半年", "下半年", NULL };
  g_autoptr(GpmTimeAxis) axis = NULL;
  g_autoptr(GpmTimeAxis) chinese = NULL;
  g_autoptr(GpmTimeAxis) quarterly = NULL;
  double start, end, unused;

  gpm_time_span_half (2025, 1, &start, &end);
  g_assert_cmpfloat (start, ==, gpm_days_from_date (2025, 1, 1));
  g_assert_cmpfloat (end, ==, gpm_days_from_date (2025, 7, 1));
  g_assert_cmpint (gpm_time_unit_for_span (start, end), ==, GPM_TIME_UNIT_HALF);
  gpm_time_span_half (2024, 2, &start, &end);
  g_assert_cmpfloat (start, ==, gpm_days_from_date (2024, 7, 1));
  g_assert_cmpfloat (end, ==, gpm_days_from_date (2025, 1, 1));
  g_assert_cmpint (gpm_time_unit_for_span (start, end), ==, GPM_TIME_UNIT_HALF);

  gpm_time_span_year (2024, &start, &unused);
  gpm_time_span_year (2025, &unused, &end);
  axis = gpm_time_axis_new (start, end, 800, GPM_TIME_UNIT_HALF, GPM_LANGUAGE_EN, measure,
                            NULL);
  g_assert_cmpint (gpm_time_axis_get_unit (axis), ==, GPM_TIME_UNIT_HALF);
  assert_labels (axis, en);
  assert_no_overlap (axis);
  g_assert_true (gpm_time_axis_get_tick (axis, 2)->major);
  g_assert_false (gpm_time_axis_get_tick (axis, 3)->major);

  chinese = gpm_time_axis_new (start, end, 800, GPM_TIME_UNIT_HALF, GPM_LANGUAGE_ZH_CN,
                               measure, NULL);
  assert_labels (chinese, zh);

  /* Quarterly data too crowded for quarters goes to years, as it always has. */
  quarterly = gpm_time_axis_new (start, end, 100, GPM_TIME_UNIT_QUARTER, GPM_LANGUAGE_EN,
                                 measure, NULL);
  g_assert_cmpint (gpm_time_axis_get_unit (quarterly), ==, GPM_TIME_UNIT_YEAR);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time-axis/days", test_days);
  g_test_add_func ("/time-axis/years", test_years);
  g_test_add_func ("/time-axis/years-thinned", test_years_thinned);
  g_test_add_func ("/time-axis/quarters", test_quarters);
  g_test_add_func ("/time-axis/months", test_months);
  g_test_add_func ("/time-axis/days-axis", test_days_axis);
  g_test_add_func ("/time-axis/quarter-span", test_quarter_span);
  g_test_add_func ("/time-axis/halves", test_halves);

  return g_test_run ();
}
