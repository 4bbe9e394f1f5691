/* gpm-chart-style.h — how a chart looks: theme, size of type and lines, language, font.
 *
 * Sizes are in logical pixels at scale 1.0 (the desk); the presentation preset doubles
 * them so labels read from the back of a meeting room. The language picks the labels,
 * the number format and the font: one Noto Sans CJK family draws both the Latin and the
 * Chinese text, so the two match and golden images do not depend on font fallback.
 *
 * The style also carries how the reader is looking at the chart: series hidden from the
 * legend, the visible span of a time axis (zoom and pan), and timeline events shown as
 * markers. They live here rather than in the data, which is shared between threads and
 * not modified once filled, and so an export made with the view's style draws what the
 * view shows.
 */
#pragma once

#include "gpm-palette.h"
#include "gpm-render-types.h"

G_BEGIN_DECLS

#define GPM_CHART_SCALE_DESK         1.0
#define GPM_CHART_SCALE_PRESENTATION 2.0

typedef struct _GpmChartStyle GpmChartStyle;

/* The colours of the chart furniture; series colours come from GpmPalette. */
typedef struct
{
  GpmRgba background;
  GpmRgba text;         /* title, legend */
  GpmRgba muted_text;   /* subtitle, ticks, footer */
  GpmRgba grid;
  GpmRgba axis;         /* the zero line and the baseline */
  GpmRgba focus;        /* the keyboard focus ring */
} GpmChartColors;

GpmChartStyle *gpm_chart_style_new              (GpmChartTheme         theme,
                                                 GpmLanguage           language);
GpmChartStyle *gpm_chart_style_new_presentation (GpmChartTheme         theme,
                                                 GpmLanguage           language);
GpmChartStyle *gpm_chart_style_copy             (const GpmChartStyle  *self);
void           gpm_chart_style_free             (GpmChartStyle        *self);

GpmChartTheme  gpm_chart_style_get_theme        (const GpmChartStyle  *self);
void           gpm_chart_style_set_theme        (GpmChartStyle        *self,
                                                 GpmChartTheme         theme);
GpmLanguage    gpm_chart_style_get_language     (const GpmChartStyle  *self);
void           gpm_chart_style_set_language     (GpmChartStyle        *self,
                                                 GpmLanguage           language);
double         gpm_chart_style_get_scale        (const GpmChartStyle  *self);
void           gpm_chart_style_set_scale        (GpmChartStyle        *self,
                                                 double                scale);
gboolean       gpm_chart_style_get_transparent  (const GpmChartStyle  *self);
void           gpm_chart_style_set_transparent  (GpmChartStyle        *self,
                                                 gboolean              transparent);
gboolean       gpm_chart_style_get_decimate     (const GpmChartStyle  *self);
void           gpm_chart_style_set_decimate     (GpmChartStyle        *self,
                                                 gboolean              decimate);
const char    *gpm_chart_style_get_font_family  (const GpmChartStyle  *self);
void           gpm_chart_style_set_font_family  (GpmChartStyle        *self,
                                                 const char           *family);
void           gpm_chart_style_get_colors       (const GpmChartStyle  *self,
                                                 GpmChartColors       *out);
void           gpm_chart_style_get_series_color (const GpmChartStyle  *self,
                                                 const char           *key,
                                                 GpmRgba              *out);

gboolean       gpm_chart_style_get_series_hidden (const GpmChartStyle *self,
                                                 guint                 series_index);
void           gpm_chart_style_set_series_hidden (GpmChartStyle       *self,
                                                 guint                 series_index,
                                                 gboolean              hidden);
guint          gpm_chart_style_get_n_hidden     (const GpmChartStyle  *self);
void           gpm_chart_style_show_all_series  (GpmChartStyle        *self);
gboolean       gpm_chart_style_get_x_range      (const GpmChartStyle  *self,
                                                 double               *start,
                                                 double               *end);
void           gpm_chart_style_set_x_range      (GpmChartStyle        *self,
                                                 double                start,
                                                 double                end);
void           gpm_chart_style_unset_x_range    (GpmChartStyle        *self);
GPtrArray     *gpm_chart_style_get_events       (const GpmChartStyle  *self);
void           gpm_chart_style_set_events       (GpmChartStyle        *self,
                                                 GPtrArray            *events);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmChartStyle, gpm_chart_style_free)

G_END_DECLS
