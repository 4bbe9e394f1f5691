/* gpm-export-dialog.h — Export…: format, size, scale and theme of a chart or timeline
 * picture, with a live preview drawn by the same renderer, written off the main thread.
 */
#pragma once

#include <adwaita.h>

#include "gpm-chart-data.h"
#include "gpm-chart-style.h"
#include "gpm-timeline-renderer.h"

G_BEGIN_DECLS

#define GPM_TYPE_EXPORT_DIALOG (gpm_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GpmExportDialog, gpm_export_dialog, GPM, EXPORT_DIALOG, AdwWindow)

GpmExportDialog *gpm_export_dialog_new_for_chart    (GtkWindow           *parent,
                                                     GpmChartData        *data,
                                                     const GpmChartStyle *style);
GpmExportDialog *gpm_export_dialog_new_for_timeline (GtkWindow           *parent,
                                                     GpmTimeline         *timeline,
                                                     const char          *title);
GpmExportDialog *gpm_export_dialog_new_for_page     (GtkWindow           *parent,
                                                     GtkWidget           *page);

void             gpm_export_dialog_select_preset    (GpmExportDialog     *self,
                                                     const char          *preset);
void             gpm_export_dialog_set_custom_size  (GpmExportDialog     *self,
                                                     int                  width,
                                                     int                  height);
void             gpm_export_dialog_get_size         (GpmExportDialog     *self,
                                                     int                 *width,
                                                     int                 *height);
double           gpm_export_dialog_get_scale        (GpmExportDialog     *self);
gboolean         gpm_export_dialog_get_can_export   (GpmExportDialog     *self);
const char      *gpm_export_dialog_get_size_message (GpmExportDialog     *self);
char            *gpm_export_dialog_dup_file_name    (GpmExportDialog     *self);
void             gpm_export_dialog_export           (GpmExportDialog     *self,
                                                     GFile               *file);

G_END_DECLS
