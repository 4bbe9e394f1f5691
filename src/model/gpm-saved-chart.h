/* gpm-saved-chart.h — a chart spec (JSON) saved under a unique name, so the window, the
 * presentation deck and the command line all render the same chart.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GPM_TYPE_SAVED_CHART (gpm_saved_chart_get_type ())
G_DECLARE_FINAL_TYPE (GpmSavedChart, gpm_saved_chart, GPM, SAVED_CHART, GObject)

GpmSavedChart *gpm_saved_chart_new          (const char    *name,
                                             const char    *spec);
GpmSavedChart *gpm_saved_chart_copy         (GpmSavedChart *self);
gint64         gpm_saved_chart_get_id       (GpmSavedChart *self);
void           gpm_saved_chart_set_id       (GpmSavedChart *self,
                                             gint64         id);
const char    *gpm_saved_chart_get_name     (GpmSavedChart *self);
void           gpm_saved_chart_set_name     (GpmSavedChart *self,
                                             const char    *name);
const char    *gpm_saved_chart_get_spec     (GpmSavedChart *self);
void           gpm_saved_chart_set_spec     (GpmSavedChart *self,
                                             const char    *spec);
gboolean       gpm_saved_chart_get_builtin  (GpmSavedChart *self);
void           gpm_saved_chart_set_builtin  (GpmSavedChart *self,
                                             gboolean       builtin);
const char    *gpm_saved_chart_get_created  (GpmSavedChart *self);
void           gpm_saved_chart_set_created  (GpmSavedChart *self,
                                             const char    *created);
const char    *gpm_saved_chart_get_modified (GpmSavedChart *self);
void           gpm_saved_chart_set_modified (GpmSavedChart *self,
                                             const char    *modified);

G_END_DECLS
