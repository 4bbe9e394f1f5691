/* gpm-chart-presets.h — the titles of the charts that ship with the app, per language. */
#pragma once

#include "gpm-render-types.h"

G_BEGIN_DECLS

const char *gpm_chart_preset_title (const char  *name,
                                    GpmLanguage  language);

G_END_DECLS
