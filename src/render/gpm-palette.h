/* gpm-palette.h — one colour per vendor everywhere in the app, and a second channel.
 *
 * Colours come from the Okabe–Ito palette (with a few of Paul Tol's muted colours for
 * the rest), so readers with the common colour-vision deficiencies can tell them apart.
 * Known vendor and market-scope keys have fixed colours; any other key gets one from a
 * hash of its text, so it is stable across runs. Each theme shifts the lightness, never
 * the hue, until the colour stands out from the background by at least 3:1 (4.5:1 in
 * high contrast). Because colour alone is not enough (print, projectors, 10 vendors),
 * each series index also has a marker shape, a dash pattern and a fill pattern.
 */
#pragma once

#include "gpm-render-types.h"

G_BEGIN_DECLS

typedef enum
{
  GPM_MARKER_CIRCLE,
  GPM_MARKER_SQUARE,
  GPM_MARKER_TRIANGLE,
  GPM_MARKER_DIAMOND,
  GPM_MARKER_TRIANGLE_DOWN,
  GPM_MARKER_PLUS,
} GpmMarkerShape;

/* Diagonal hatching is not in this list: it is reserved for forecasts. */
typedef enum
{
  GPM_FILL_SOLID,
  GPM_FILL_DOTS,
  GPM_FILL_HORIZONTAL,
  GPM_FILL_VERTICAL,
  GPM_FILL_CROSS,
} GpmFillPattern;

#define GPM_PALETTE_MIN_CONTRAST      3.0
#define GPM_PALETTE_MIN_CONTRAST_HIGH 4.5

void                gpm_palette_get_color        (const char    *key,
                                                  GpmChartTheme  theme,
                                                  GpmRgba       *out);
void                gpm_palette_get_background   (GpmChartTheme  theme,
                                                  GpmRgba       *out);
const char * const *gpm_palette_get_known_keys   (void);
gboolean            gpm_palette_is_known_key     (const char    *key);

GpmMarkerShape      gpm_palette_get_marker       (guint          series_index);
GpmFillPattern      gpm_palette_get_fill_pattern (guint          series_index);
const double       *gpm_palette_get_dashes       (guint          series_index,
                                                  guint         *n_dashes);

double              gpm_rgba_contrast_ratio      (const GpmRgba *a,
                                                  const GpmRgba *b);
void                gpm_rgba_mix                 (const GpmRgba *a,
                                                  const GpmRgba *b,
                                                  double         t,
                                                  GpmRgba       *out);

G_END_DECLS
