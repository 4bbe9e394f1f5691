/* gpm-png.h — a PNG writer for chart images, with the compression chosen for charts.
 *
 * cairo's own writer always uses zlib's default level (6) and libpng's adaptive filters:
 * for a 1920 × 1080 chart that is about 40 ms, nine tenths of a small export's drawing
 * and encoding. Charts are flat colour with thin lines, so no filter and zlib level
 * GPM_PNG_LEVEL encode the same picture in about a quarter of the time, in a file about
 * a quarter bigger (145 kB instead of 113 kB; the benchmark prints every level). An
 * opaque picture is written as RGB, a transparent one as RGBA, un-premultiplied.
 *
 * Text chunks (title, sources, period) go before the pixels, so a reader that stops at
 * the first IDAT still finds them; ASCII values as tEXt, anything else as UTF-8 iTXt.
 * Nothing time-dependent is written, so the same picture gives the same bytes.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define GPM_PNG_LEVEL 1

cairo_status_t gpm_png_write (cairo_surface_t    *surface,
                              int                 level,
                              cairo_write_func_t  write_func,
                              void               *closure);
cairo_status_t gpm_png_write_with_text (cairo_surface_t    *surface,
                                        int                 level,
                                        const char * const *text,
                                        cairo_write_func_t  write_func,
                                        void               *closure);

G_END_DECLS
