/* gpm-number-format.h — numbers for axis ticks and tooltips, and "nice" tick values.
 *
 * Formatting follows the reader's language, passed explicitly (never the process
 * locale): ¥743M / 7.43亿元 / 7.43億元, $158.7B / 1,587亿美元, 25%, 820,000 units / 82万.
 * Negative numbers use a real minus sign (U+2212), which lines up with the plus sign and
 * does not vanish next to a dash. Money is in base units (yuan, dollars); a share is in
 * percentage points (25 means 25 %).
 */
#pragma once

#include "gpm-render-types.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_NUMBER_SHORT,   /* axis ticks: 820K, 82万 */
  GPM_NUMBER_LONG,    /* tooltips and tables: 820,000 units, 82万 */
} GpmNumberStyle;

#define GPM_TICKS_MAX 16

typedef struct
{
  double   min;       /* the axis range, which covers the data */
  double   max;
  double   step;      /* linear: the interval; log: decades per tick (0 for 1-2-5) */
  gboolean log;
  guint    n_values;
  double   values[GPM_TICKS_MAX];
} GpmTicks;

char      *gpm_number_format             (GpmLanguage      language,
                                          double           value,
                                          const char      *unit,
                                          GpmNumberStyle   style);
char     **gpm_number_format_ticks       (GpmLanguage      language,
                                          const GpmTicks  *ticks,
                                          const char      *unit);
char      *gpm_number_format_axis_title  (GpmLanguage      language,
                                          const char      *title,
                                          const char      *unit);

gboolean   gpm_ticks_linear              (double           lo,
                                          double           hi,
                                          gboolean         include_zero,
                                          guint            max_ticks,
                                          GpmTicks        *out);
gboolean   gpm_ticks_aligned             (double           lo,
                                          double           hi,
                                          const GpmTicks  *reference,
                                          GpmTicks        *out);
gboolean   gpm_ticks_log                 (double           lo,
                                          double           hi,
                                          guint            max_ticks,
                                          GpmTicks        *out);

G_END_DECLS
