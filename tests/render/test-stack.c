/* test-stack.c — the arithmetic of stacked areas: bands, gaps counted as zero, negative
 * values stacked downward, and 100 % stacks including a period whose total is zero. */

#include "config.h"

#include <math.h>

#include "gpm-stack.h"

static void
test_absolute (void)
{
  /* Two series over three periods; the second has no value in the first period. */
  const double values[] = { 1, 2, 3,
                            NAN, 4, 5 };
  double lower[6], upper[6];

  g_assert_cmpuint (gpm_stack_compute (values, 2, 3, FALSE, lower, upper), ==, 1);
  g_assert_cmpfloat (lower[0], ==, 0);
  g_assert_cmpfloat (upper[0], ==, 1);
  g_assert_cmpfloat (lower[3], ==, 1);   /* the gap is a band of no height on top */
  g_assert_cmpfloat (upper[3], ==, 1);
  g_assert_cmpfloat (lower[4], ==, 2);
  g_assert_cmpfloat (upper[4], ==, 6);
  g_assert_cmpfloat (upper[5], ==, 8);
}

static void
test_negative_goes_down (void)
{
  const double values[] = { 3, -2, 1 };
  double lower[3], upper[3];

  gpm_stack_compute (values, 3, 1, FALSE, lower, upper);
  g_assert_cmpfloat (upper[0], ==, 3);
  g_assert_cmpfloat (upper[1], ==, 0);
  g_assert_cmpfloat (lower[1], ==, -2);
  g_assert_cmpfloat (lower[2], ==, 3);   /* the next positive continues above */
  g_assert_cmpfloat (upper[2], ==, 4);
}

static void
test_percent (void)
{
  /* Period 0: 1 and 3; period 1: both zero; period 2: only the second has a value. */
  const double values[] = { 1, 0, NAN,
                            3, 0, 7 };
  double lower[6], upper[6];

  g_assert_cmpuint (gpm_stack_compute (values, 2, 3, TRUE, lower, upper), ==, 1);
  g_assert_cmpfloat (upper[0], ==, 25);
  g_assert_cmpfloat (lower[3], ==, 25);
  g_assert_cmpfloat (upper[3], ==, 100);
  /* A zero total is no division by zero: every band is empty. */
  for (guint i = 1; i < 6; i += 3)
    {
      g_assert_true (isfinite (lower[i]) && isfinite (upper[i]));
      g_assert_cmpfloat (lower[i], ==, 0);
      g_assert_cmpfloat (upper[i], ==, 0);
    }
  g_assert_cmpfloat (upper[2], ==, 0);
  g_assert_cmpfloat (upper[5], ==, 100);
}

static void
test_empty (void)
{
  g_assert_cmpuint (gpm_stack_compute (NULL, 0, 0, TRUE, NULL, NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stack/absolute", test_absolute);
  g_test_add_func ("/stack/negative", test_negative_goes_down);
  g_test_add_func ("/stack/percent", test_percent);
  g_test_add_func ("/stack/empty", test_empty);

  return g_test_run ();
}
