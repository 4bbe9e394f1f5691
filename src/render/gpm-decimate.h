/* gpm-decimate.h — per-pixel-column min/max of a long series, so drawing is O(width).
 *
 * For each column the summary keeps the first, lowest, highest and last point (as
 * indices into the caller's arrays). Drawing those four in their original order visits a
 * subsequence of the full polyline that reaches the same extremes in every column, so the
 * picture matches drawing every point except for antialiasing, and no peak is lost.
 *
 * gpm_decimate() is a pure function over arrays: call it from a worker thread once per
 * data set and plot width, then hand the result to the main thread (it is immutable and
 * reference counted).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define GPM_DECIMATE_NONE G_MAXUINT32

typedef struct
{
  guint32 count;   /* points in this column; 0 for an empty column */
  guint32 first;   /* indices into the source arrays */
  guint32 min;
  guint32 max;
  guint32 last;
} GpmDecimatedColumn;

typedef struct _GpmDecimation GpmDecimation;

GpmDecimation            *gpm_decimate                  (const double        *x_start,
                                                         const double        *x_end,
                                                         const double        *y,
                                                         gsize                n,
                                                         double               x0,
                                                         double               x1,
                                                         guint                n_columns);
GpmDecimation            *gpm_decimation_ref            (GpmDecimation       *self);
void                      gpm_decimation_unref          (GpmDecimation       *self);
guint                     gpm_decimation_get_n_columns  (const GpmDecimation *self);
const GpmDecimatedColumn *gpm_decimation_get_column     (const GpmDecimation *self,
                                                         guint                column);
guint32                   gpm_decimation_get_before     (const GpmDecimation *self);
guint32                   gpm_decimation_get_after      (const GpmDecimation *self);
gsize                     gpm_decimation_get_n_source   (const GpmDecimation *self);
gboolean                  gpm_decimation_matches        (const GpmDecimation *self,
                                                         gsize                n,
                                                         double               x0,
                                                         double               x1,
                                                         guint                n_columns);
guint                     gpm_decimated_column_get_indices (const GpmDecimatedColumn *column,
                                                            guint32              indices[4]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmDecimation, gpm_decimation_unref)

G_END_DECLS
