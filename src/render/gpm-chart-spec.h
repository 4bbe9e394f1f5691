/* gpm-chart-spec.h — what a chart plots, saved in the database as JSON text.
 *
 * A spec names metrics and subjects by their stable keys and periods by their text
 * ("2022", "2025-Q1"; empty means open-ended). Turning a spec and the database into a
 * GpmChartData is the store's job; this file only defines the spec and its JSON form.
 */
#pragma once

#include <glib.h>

#include "gpm-chart-data.h"

G_BEGIN_DECLS

#define GPM_CHART_SPEC_ERROR (gpm_chart_spec_error_quark ())

typedef enum
{
  GPM_CHART_SPEC_ERROR_PARSE,      /* not JSON, or not a JSON object */
  GPM_CHART_SPEC_ERROR_INVALID,    /* JSON, but a member has the wrong type or value */
  GPM_CHART_SPEC_ERROR_VERSION,    /* written by a newer version of the app */
} GpmChartSpecError;

typedef enum
{
  GPM_DISPLAY_CURRENCY_AS_STORED,
  GPM_DISPLAY_CURRENCY_CNY,
  GPM_DISPLAY_CURRENCY_USD,
} GpmDisplayCurrency;

#define GPM_CHART_SPEC_VERSION 1

typedef struct _GpmChartSpec GpmChartSpec;

GQuark              gpm_chart_spec_error_quark       (void);

GpmChartSpec       *gpm_chart_spec_new               (GpmChartType        type);
GpmChartSpec       *gpm_chart_spec_new_from_json     (const char         *json,
                                                      GError            **error);
GpmChartSpec       *gpm_chart_spec_copy              (const GpmChartSpec *self);
void                gpm_chart_spec_free              (GpmChartSpec       *self);
gboolean            gpm_chart_spec_equal             (const GpmChartSpec *a,
                                                      const GpmChartSpec *b);
char               *gpm_chart_spec_to_json           (const GpmChartSpec *self);

GpmChartType        gpm_chart_spec_get_chart_type    (const GpmChartSpec *self);
void                gpm_chart_spec_set_chart_type    (GpmChartSpec       *self,
                                                      GpmChartType        type);
const char * const *gpm_chart_spec_get_metrics       (const GpmChartSpec *self);
void                gpm_chart_spec_set_metrics       (GpmChartSpec       *self,
                                                      const char * const *metrics);
const char * const *gpm_chart_spec_get_subjects      (const GpmChartSpec *self);
void                gpm_chart_spec_set_subjects      (GpmChartSpec       *self,
                                                      const char * const *subjects);
const char         *gpm_chart_spec_get_period_from   (const GpmChartSpec *self);
const char         *gpm_chart_spec_get_period_to     (const GpmChartSpec *self);
void                gpm_chart_spec_set_period_range  (GpmChartSpec       *self,
                                                      const char         *from,
                                                      const char         *to);
GpmDisplayCurrency  gpm_chart_spec_get_currency      (const GpmChartSpec *self);
void                gpm_chart_spec_set_currency      (GpmChartSpec       *self,
                                                      GpmDisplayCurrency  currency);
gboolean            gpm_chart_spec_get_log_scale     (const GpmChartSpec *self);
void                gpm_chart_spec_set_log_scale     (GpmChartSpec       *self,
                                                      gboolean            log_scale);
gboolean            gpm_chart_spec_get_show_forecasts (const GpmChartSpec *self);
void                gpm_chart_spec_set_show_forecasts (GpmChartSpec      *self,
                                                      gboolean            show_forecasts);
const char         *gpm_chart_spec_get_title         (const GpmChartSpec *self);
void                gpm_chart_spec_set_title         (GpmChartSpec       *self,
                                                      const char         *title);
const char         *gpm_chart_spec_get_subtitle      (const GpmChartSpec *self);
void                gpm_chart_spec_set_subtitle      (GpmChartSpec       *self,
                                                      const char         *subtitle);
const char         *gpm_chart_spec_get_x_metric      (const GpmChartSpec *self);
void                gpm_chart_spec_set_x_metric      (GpmChartSpec       *self,
                                                      const char         *x_metric);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GpmChartSpec, gpm_chart_spec_free)

G_END_DECLS
