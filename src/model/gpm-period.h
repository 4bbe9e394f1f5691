/* gpm-period.h — a period with its precision: a year, a half year, a quarter, a month or a
 * day.
 *
 * Periods are stored as text ("2025", "2025-H1", "2025-Q1", "2025-07", "2025-07-15"), so
 * the form of the text is its precision. This is the one place that reads and writes that text.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GPM_PERIOD_ERROR (gpm_period_error_quark ())

typedef enum
{
  GPM_PERIOD_ERROR_INVALID,
  GPM_PERIOD_ERROR_OUT_OF_RANGE,
} GpmPeriodError;

/* Ordered from the longest span to the shortest. */
typedef enum
{
  GPM_PRECISION_YEAR,
  GPM_PRECISION_HALF,
  GPM_PRECISION_QUARTER,
  GPM_PRECISION_MONTH,
  GPM_PRECISION_DAY,
} GpmPrecision;

#define GPM_PERIOD_MIN_YEAR 1900
#define GPM_PERIOD_MAX_YEAR 2200

/* Enough to order any precision after a start day: start * GPM_PRECISION_N + precision. */
#define GPM_PRECISION_N     (GPM_PRECISION_DAY + 1)

/* Fields that the precision does not use are 0. */
typedef struct
{
  int          year;
  GpmPrecision precision;
  int          quarter;
  int          month;
  int          day;
  int          half;       /* 1 or 2; last so that older initialisers keep their meaning */
} GpmPeriod;

#define GPM_TYPE_PERIOD    (gpm_period_get_type ())
#define GPM_TYPE_PRECISION (gpm_precision_get_type ())

GQuark     gpm_period_error_quark      (void);
GType      gpm_period_get_type         (void) G_GNUC_CONST;
GType      gpm_precision_get_type      (void) G_GNUC_CONST;

GpmPeriod *gpm_period_copy             (const GpmPeriod  *self);
void       gpm_period_free             (GpmPeriod        *self);

gboolean   gpm_period_parse            (const char       *text,
                                        GpmPeriod        *out,
                                        GError          **error);
gboolean   gpm_period_is_valid_text    (const char       *text);
char      *gpm_period_to_string        (const GpmPeriod  *self);

void       gpm_period_get_start        (const GpmPeriod  *self,
                                        GDate            *date);
void       gpm_period_get_end          (const GpmPeriod  *self,
                                        GDate            *date);
guint32    gpm_period_get_start_julian (const GpmPeriod  *self);
guint32    gpm_period_get_end_julian   (const GpmPeriod  *self);

int        gpm_period_compare          (const GpmPeriod  *a,
                                        const GpmPeriod  *b);
gboolean   gpm_period_equal            (const GpmPeriod  *a,
                                        const GpmPeriod  *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmPeriod, gpm_period_free)

G_END_DECLS
