/* gpm-stack.h — the arithmetic of a stack: where each series' band starts and ends.
 *
 * A pure function over a table of values (series × slots), so stacked areas can be
 * tested without drawing. Positive values pile up from zero and negative ones down from
 * it, as stacked bars do. A missing value (NAN) counts as zero — the band closes to a
 * line there instead of the stack above it dropping — and is counted, so the chart can
 * say so. A share stack (100 %) divides by the slot's total of absolute values; a slot
 * whose total is zero has every band at zero rather than dividing by it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint gpm_stack_compute (const double *values,
                         guint         n_series,
                         guint         n_slots,
                         gboolean      percent,
                         double       *lower,
                         double       *upper);

G_END_DECLS
