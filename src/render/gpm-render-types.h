/* gpm-render-types.h — small types shared by every part of the chart engine.
 *
 * The engine is plain cairo + Pango, so it has its own colour type instead of GdkRGBA,
 * and takes the language explicitly: a chart exported from the command line must read
 * the same whatever locale the process happens to run in.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  GPM_LANGUAGE_EN,
  GPM_LANGUAGE_ZH_CN,
  GPM_LANGUAGE_ZH_TW,
} GpmLanguage;

typedef enum
{
  GPM_CHART_THEME_LIGHT,
  GPM_CHART_THEME_DARK,
  GPM_CHART_THEME_HIGH_CONTRAST,
} GpmChartTheme;

/* Components in 0..1, sRGB, not premultiplied. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} GpmRgba;

GpmLanguage  gpm_language_from_string (const char  *tag);
const char  *gpm_language_to_string   (GpmLanguage  language);

G_END_DECLS
