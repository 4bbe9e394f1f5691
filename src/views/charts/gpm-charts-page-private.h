/* gpm-charts-page-private.h — the Charts page's instance, shared by its files:
 * gpm-charts-page.c (builder, query, table), gpm-charts-page-actions.c (saving) and
 * gpm-charts-page-view.c (timeline events on the chart, zoom reset). */
#pragma once

#include "gpm-chart-data.h"
#include "gpm-chart-rows.h"
#include "gpm-chart-spec.h"
#include "gpm-table-export.h"
#include "gpm-chart-view.h"
#include "gpm-charts-page.h"
#include "gpm-item-list.h"

G_BEGIN_DECLS

struct _GpmChartsPage
{
  AdwBin          parent_instance;

  GpmStore       *store;
  GSettings      *settings;
  GpmItemList    *saved;
  GCancellable   *query_cancellable;
  GCancellable   *load_cancellable;
  GCancellable   *events_cancellable;
  GpmSavedChart  *current;        /* the saved chart shown, or NULL for a new one */
  char           *pending_select; /* a chart to select once the list has loaded */
  GPtrArray      *metric_checks;  /* GtkCheckButton, each with a "key" */
  GPtrArray      *subject_checks;
  GpmChartRows   *rows;           /* GpmDataRow, one a plotted point, made on demand */
  gboolean        filling;        /* widgets being set from a spec: no redraw per change */

  AdwFlap        *flap;
  GtkListBox     *saved_list;
  AdwComboRow    *type_row;
  AdwComboRow    *x_metric_row;   /* a scatter's metric across, or time */
  GPtrArray      *x_metric_keys;  /* char *, parallel to the row's labels; NULL first */
  GtkStringList  *x_metric_labels;
  AdwExpanderRow *metrics_row;
  AdwExpanderRow *subjects_row;
  AdwEntryRow    *from_row;
  AdwEntryRow    *to_row;
  GtkLabel       *period_error;
  AdwComboRow    *currency_row;
  GtkSpinButton  *rate_spin;
  AdwEntryRow    *rate_date_row;
  GtkSwitch      *log_switch;
  GtkSwitch      *forecast_switch;
  GtkLabel       *status_label;
  GtkToggleButton *events_button;
  GpmChartView   *chart_view;
  GtkRevealer    *pin_revealer;
  GtkLabel       *pin_label;
  GtkButton      *unpin_button;
  GtkColumnView  *table;
  GtkColumnViewColumn *share_column;   /* shown for 100 % charts only */
};

GpmChartSpec *gpm_charts_page_build_spec     (GpmChartsPage *self,
                                              GError       **error);
void          gpm_charts_page_refresh        (GpmChartsPage *self);
void          gpm_charts_page_show_chart     (GpmChartsPage *self,
                                              GpmSavedChart *chart);
void          gpm_charts_page_install_actions (GtkWidgetClass *widget_class);
void          gpm_charts_page_update_actions (GpmChartsPage *self);
void          gpm_charts_page_toast          (GpmChartsPage *self,
                                              AdwToast      *toast);

/* gpm-charts-page-export.c */
void          gpm_charts_page_install_export_action (GtkWidgetClass *widget_class);
GtkFileChooserNative *gpm_charts_page_export_data   (GpmChartsPage  *self);
void          gpm_charts_page_write_data     (GpmChartsPage       *self,
                                              GFile               *file,
                                              GpmTableFormat       format,
                                              GpmTableExportFlags  flags);

/* gpm-charts-page-view.c */
void          gpm_charts_page_class_init_view (GtkWidgetClass *widget_class);
void          gpm_charts_page_init_view      (GpmChartsPage *self);
void          gpm_charts_page_load_events    (GpmChartsPage *self);
void          gpm_charts_page_watch_store    (GpmChartsPage *self,
                                              GpmStore      *old_store);

/* gpm-charts-page-xy.c */
void          gpm_charts_page_init_x_metric  (GpmChartsPage *self);
void          gpm_charts_page_finalize_x_metric (GpmChartsPage *self);
void          gpm_charts_page_clear_x_metrics (GpmChartsPage *self);
void          gpm_charts_page_add_x_metric   (GpmChartsPage *self,
                                              const char    *key,
                                              const char    *label);
const char   *gpm_charts_page_get_x_metric   (GpmChartsPage *self);
void          gpm_charts_page_set_x_metric   (GpmChartsPage *self,
                                              const char    *key);

G_END_DECLS
