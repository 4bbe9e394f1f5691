/* gpm-stack.c — band bounds of a stack; see gpm-stack.h for the rules. */

#include "config.h"

#include <math.h>

#include "gpm-stack.h"

/**
 * gpm_stack_compute:
 * @values: @n_series rows of @n_slots values each; NAN where a series has no value
 * @percent: each slot as shares of its total (100 % stack)
 * @lower: (out): @n_series × @n_slots, where each band starts
 * @upper: (out): the same, where each band ends
 *
 * Returns: how many missing values were counted as zero
 */
guint
gpm_stack_compute (const double *values,
                   guint         n_series,
                   guint         n_slots,
                   gboolean      percent,
                   double       *lower,
                   double       *upper)
{
  guint filled = 0;

  g_return_val_if_fail (n_series == 0 || n_slots == 0 || values != NULL, 0);

  for (guint slot = 0; slot < n_slots; slot++)
    {
      double total = 0.0, up = 0.0, down = 0.0;

      for (guint s = 0; s < n_series; s++)
        {
          double v = values[s * n_slots + slot];

          if (isfinite (v))
            total += fabs (v);
          else
            filled++;
        }

      for (guint s = 0; s < n_series; s++)
        {
          guint i = s * n_slots + slot;
          double v = isfinite (values[i]) ? values[i] : 0.0;

          if (percent)
            v = total > 0.0 ? v / total * 100.0 : 0.0;
          if (v >= 0.0)
            {
              lower[i] = up;
              upper[i] = up += v;
            }
          else
            {
              upper[i] = down;
              lower[i] = down += v;
            }
        }
    }

  return filled;
}
