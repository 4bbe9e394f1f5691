/* gpm-figure-cell.h — one cell of a figures table: the value with its marks, the source
 * sentence on hover, and on click or Enter a popover with the quote and the edit actions.
 *
 * A button, so that keyboard users reach every figure and its source too.
 */
#pragma once

#include <gtk/gtk.h>

#include "gpm-render-types.h"

G_BEGIN_DECLS

#define GPM_TYPE_FIGURE_CELL (gpm_figure_cell_get_type ())
G_DECLARE_FINAL_TYPE (GpmFigureCell, gpm_figure_cell, GPM, FIGURE_CELL, GtkButton)

GtkWidget  *gpm_figure_cell_new          (void);
void        gpm_figure_cell_set_figures  (GpmFigureCell *self,
                                          GPtrArray     *figures,
                                          const char    *metric_label,
                                          GHashTable    *sources,
                                          GpmLanguage    language);
GPtrArray  *gpm_figure_cell_get_figures  (GpmFigureCell *self);
const char *gpm_figure_cell_get_text     (GpmFigureCell *self);
void        gpm_figure_cell_popup        (GpmFigureCell *self);

G_END_DECLS
