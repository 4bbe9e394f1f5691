/* gpm-decimate.c — one pass over the points, one summary per pixel column.
 *
 * The pass also checks that x never decreases: a series out of order cannot be summarised
 * by column without changing its picture, so it is refused (NULL) and drawn point by point.
 * NaN values are skipped, as the renderer skips them when drawing every point.
 */

#include "config.h"

#include <math.h>

#include "gpm-decimate.h"

struct _GpmDecimation
{
  gatomicrefcount     ref_count;
  gsize               n_source;
  double              x0;
  double              x1;
  guint               n_columns;
  guint32             before;   /* last point left of x0, or GPM_DECIMATE_NONE */
  guint32             after;    /* first point right of x1, or GPM_DECIMATE_NONE */
  GpmDecimatedColumn *columns;
};

static inline double
point_x (const double *x_start,
         const double *x_end,
         gsize         i)
{
  return x_end != NULL ? (x_start[i] + x_end[i]) / 2.0 : x_start[i];
}

static inline void
column_add (GpmDecimatedColumn *column,
            const double       *y,
            guint32             i)
{
  if (column->count == 0)
    {
      column->first = column->min = column->max = i;
    }
  else
    {
      if (y[i] < y[column->min])
        column->min = i;
      if (y[i] > y[column->max])
        column->max = i;
    }
  column->last = i;
  column->count++;
}

GpmDecimation *
gpm_decimate (const double *x_start,
              const double *x_end,
              const double *y,
              gsize         n,
              double        x0,
              double        x1,
              guint         n_columns)
{
  g_autoptr(GpmDecimation) self = NULL;
  double previous_x = -INFINITY;
  double scale;

  g_return_val_if_fail (x_start != NULL || n == 0, NULL);
  g_return_val_if_fail (y != NULL || n == 0, NULL);
  g_return_val_if_fail (n < G_MAXUINT32, NULL);
  g_return_val_if_fail (x1 > x0, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  self = g_new0 (GpmDecimation, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_source = n;
  self->x0 = x0;
  self->x1 = x1;
  self->n_columns = n_columns;
  self->before = self->after = GPM_DECIMATE_NONE;
  self->columns = g_new0 (GpmDecimatedColumn, n_columns);
  scale = n_columns / (x1 - x0);

  for (gsize i = 0; i < n; i++)
    {
      double x = point_x (x_start, x_end, i);
      double c;

      if (x < previous_x)
        return NULL;
      previous_x = x;
      if (isnan (y[i]))
        continue;

      if (x < x0)
        {
          self->before = (guint32) i;
          continue;
        }
      if (x > x1)
        {
          if (self->after == GPM_DECIMATE_NONE)
            self->after = (guint32) i;
          continue;
        }

      c = floor ((x - x0) * scale);
      column_add (&self->columns[(guint) CLAMP (c, 0.0, n_columns - 1.0)], y, (guint32) i);
    }

  return g_steal_pointer (&self);
}

GpmDecimation *
gpm_decimation_ref (GpmDecimation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
gpm_decimation_unref (GpmDecimation *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->columns);
      g_free (self);
    }
}

guint
gpm_decimation_get_n_columns (const GpmDecimation *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_columns;
}

const GpmDecimatedColumn *
gpm_decimation_get_column (const GpmDecimation *self,
                           guint                column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);

  return &self->columns[column];
}

guint32
gpm_decimation_get_before (const GpmDecimation *self)
{
  g_return_val_if_fail (self != NULL, GPM_DECIMATE_NONE);

  return self->before;
}

guint32
gpm_decimation_get_after (const GpmDecimation *self)
{
  g_return_val_if_fail (self != NULL, GPM_DECIMATE_NONE);

  return self->after;
}

gsize
gpm_decimation_get_n_source (const GpmDecimation *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_source;
}

/* Whether this summary was made for the same points, range and width. */
gboolean
gpm_decimation_matches (const GpmDecimation *self,
                        gsize                n,
                        double               x0,
                        double               x1,
                        guint                n_columns)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->n_source == n && self->n_columns == n_columns
         && fabs (self->x0 - x0) < 1e-9 && fabs (self->x1 - x1) < 1e-9;
}

/* The column's distinct points in drawing order; returns how many (0 to 4). */
guint
gpm_decimated_column_get_indices (const GpmDecimatedColumn *column,
                                  guint32                   indices[4])
{
  guint32 low, high;
  guint n = 0;

  g_return_val_if_fail (column != NULL, 0);

  if (column->count == 0)
    return 0;

  low = MIN (column->min, column->max);
  high = MAX (column->min, column->max);
  indices[n++] = column->first;
  if (low != indices[n - 1])
    indices[n++] = low;
  if (high != indices[n - 1])
    indices[n++] = high;
  if (column->last != indices[n - 1])
    indices[n++] = column->last;

  return n;
}
