/* gpm-figure-table.h — figures by period in a GtkColumnView: one row per metric (in a
 * profile) or per vendor (in a comparison), one column per period, oldest first.
 */
#pragma once

#include <gtk/gtk.h>

#include "gpm-observation.h"
#include "gpm-render-types.h"

G_BEGIN_DECLS

#define GPM_TYPE_FIGURE_ROW (gpm_figure_row_get_type ())
G_DECLARE_FINAL_TYPE (GpmFigureRow, gpm_figure_row, GPM, FIGURE_ROW, GObject)

GpmFigureRow *gpm_figure_row_new              (const char     *label,
                                               const char     *metric_label);
const char   *gpm_figure_row_get_label        (GpmFigureRow   *self);
void          gpm_figure_row_add              (GpmFigureRow   *self,
                                               GpmObservation *figure);
GPtrArray    *gpm_figure_row_get_figures      (GpmFigureRow   *self,
                                               const char     *period);

GtkWidget    *gpm_figure_table_new            (const char     *first_title,
                                               GPtrArray      *rows,
                                               GHashTable     *sources,
                                               GpmLanguage     language);

G_END_DECLS
