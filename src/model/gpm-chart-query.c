/* gpm-chart-query.c — turns a chart spec and the database into GpmChartData.
 *
 * Time charts get one series per (subject, metric) with each figure placed on the span
 * of its period; bar-by-name charts (hbar, donut) get categories: the subjects, or, for
 * a single subject, the metrics (Moore Threads' IPO proceeds by planned use); an XY
 * scatter gets one series per subject, its first metric paired by period with the spec's
 * x metric (gpm-chart-pairs.c), both converted as the time series are. Every
 * point keeps its status, qualifier, doubt and quoted sentence, so the renderer can
 * draw forecasts apart and build the source footer. Labels come in the language asked
 * for, not the process locale, so a command-line export reads the same anywhere.
 */

#include "config.h"

#include <math.h>

#include "gpm-chart-pairs.h"
#include "gpm-chart-query.h"
#include "gpm-chart-renderer.h"
#include "gpm-hanzi.h"
#include "gpm-store-series.h"

G_DEFINE_QUARK (gpm-chart-query-error-quark, gpm_chart_query_error)

/* Up to this many figures a time series keeps, for each point, its period text and the
 * quoted sentence with its source, as the tooltips show them. A longer series is a
 * measured one: it costs no string a point, each point still names its source (title
 * and date, through one record a source, which is also what the footer lists), and its
 * tooltips give the subject, period, value and source without the quote. */
#define DETAIL_LIMIT 10000

/* The store's figure flags are the chart's point flags, so they pass on unchanged. */
G_STATIC_ASSERT (GPM_CHART_POINT_FLAGS (GPM_POINT_ESTIMATE, GPM_QUALIFIER_LESS_THAN, TRUE)
                 == (GPM_SERIES_ESTIMATE | GPM_SERIES_LESS_THAN << GPM_SERIES_QUALIFIER_SHIFT
                     | GPM_SERIES_DOUBTFUL));
G_STATIC_ASSERT (GPM_CHART_POINT_FLAGS (GPM_POINT_FORECAST, GPM_QUALIFIER_ABOUT, FALSE)
                 == (GPM_SERIES_FORECAST | GPM_SERIES_ABOUT << GPM_SERIES_QUALIFIER_SHIFT));
G_STATIC_ASSERT (GPM_CHART_POINT_FLAGS (GPM_POINT_REPORTED, GPM_QUALIFIER_MORE_THAN, FALSE)
                 == (GPM_SERIES_REPORTED | GPM_SERIES_MORE_THAN << GPM_SERIES_QUALIFIER_SHIFT));

typedef struct
{
  GpmStore           *store;
  GpmChartSpec       *spec;
  GpmChartQueryOptions options;
  char               *rate_date;
  char               *title;
  GpmChartStyle      *style;

  GHashTable         *metrics;    /* key → GpmMetric */
  GHashTable         *vendors;    /* key → GpmVendor */
  GHashTable         *scopes;     /* key → GpmScope */
  GHashTable         *sources;    /* id → GpmSource */
  gboolean            converted;
} Query;

static void
query_free (Query *q)
{
  g_clear_object (&q->store);
  g_clear_pointer (&q->spec, gpm_chart_spec_free);
  g_clear_pointer (&q->metrics, g_hash_table_unref);
  g_clear_pointer (&q->vendors, g_hash_table_unref);
  g_clear_pointer (&q->scopes, g_hash_table_unref);
  g_clear_pointer (&q->sources, g_hash_table_unref);
  g_free (q->rate_date);
  g_free (q->title);
  g_clear_pointer (&q->style, gpm_chart_style_free);
  g_free (q);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Query, query_free)

static GHashTable *
index_by_key (GPtrArray *items)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; i < items->len; i++)
    {
      GObject *item = g_ptr_array_index (items, i);
      char *key = NULL;

      g_object_get (item, "key", &key, NULL);
      g_hash_table_insert (table, key, g_object_ref (item));
    }

  return table;
}

static gboolean
load_lookups (Query         *q,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GPtrArray) metrics = gpm_store_list_metrics (q->store, cancellable, error);
  g_autoptr(GPtrArray) vendors = NULL;
  g_autoptr(GPtrArray) scopes = NULL;
  g_autoptr(GPtrArray) sources = NULL;

  if (metrics == NULL ||
      (vendors = gpm_store_list_vendors (q->store, cancellable, error)) == NULL ||
      (scopes = gpm_store_list_scopes (q->store, cancellable, error)) == NULL ||
      (sources = gpm_store_list_sources (q->store, cancellable, error)) == NULL)
    return FALSE;

  q->metrics = index_by_key (metrics);
  q->vendors = index_by_key (vendors);
  q->scopes = index_by_key (scopes);
  q->sources = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < sources->len; i++)
    {
      GpmSource *source = g_ptr_array_index (sources, i);
      gint64 *id = g_new (gint64, 1);

      *id = gpm_source_get_id (source);
      g_hash_table_insert (q->sources, id, g_object_ref (source));
    }

  return TRUE;
}

/* A label from the database in the reader's script. */
static char *
localize (const Query *q,
          const char  *english,
          const char  *simplified,
          const char  *traditional)
{
  switch (q->options.language)
    {
    case GPM_LANGUAGE_ZH_CN:
      return g_strdup (simplified && *simplified ? simplified : english);
    case GPM_LANGUAGE_ZH_TW:
      if (traditional && *traditional)
        return g_strdup (traditional);
      return simplified && *simplified ? gpm_hanzi_to_traditional (simplified)
                                       : g_strdup (english);
    case GPM_LANGUAGE_EN:
    default:
      return g_strdup (english);
    }
}

static char *
metric_label (const Query *q,
              GpmMetric   *metric)
{
  return localize (q, gpm_metric_get_name (metric), gpm_metric_get_name_zh (metric), NULL);
}

/* The subject's label, and its vendor or scope id through the out-parameters. */
static char *
subject_label (const Query  *q,
               const char   *key,
               gint64       *vendor_id,
               gint64       *scope_id,
               GError      **error)
{
  GpmVendor *vendor = g_hash_table_lookup (q->vendors, key);
  GpmScope *scope = g_hash_table_lookup (q->scopes, key);

  *vendor_id = vendor ? gpm_vendor_get_id (vendor) : 0;
  *scope_id = scope ? gpm_scope_get_id (scope) : 0;
  if (vendor != NULL)
    return localize (q, gpm_vendor_get_name (vendor), gpm_vendor_get_name_zh (vendor),
                     gpm_vendor_get_name_zh_hant (vendor));
  if (scope != NULL)
    return localize (q, gpm_scope_get_name (scope), gpm_scope_get_name_zh (scope), NULL);

  g_set_error (error, GPM_CHART_QUERY_ERROR, GPM_CHART_QUERY_ERROR_UNKNOWN_KEY,
               "The chart names the subject “%s”, which is not in the database.", key);
  return NULL;
}

static GpmValueKind
value_kind (GpmMetric *metric)
{
  static const char *kinds[] = { "money", "share", "count", "compute", "ratio" };
  const char *kind = gpm_metric_get_kind (metric);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i]) == 0)
      return (GpmValueKind) i;

  return GPM_VALUE_KIND_RATIO;
}

static GpmPointStatus
point_status (const char *status)
{
  if (g_strcmp0 (status, "forecast") == 0)
    return GPM_POINT_FORECAST;
  if (g_strcmp0 (status, "estimate") == 0)
    return GPM_POINT_ESTIMATE;
  return GPM_POINT_REPORTED;
}

static GpmQualifier
point_qualifier (const char *qualifier)
{
  if (g_strcmp0 (qualifier, "about") == 0)
    return GPM_QUALIFIER_ABOUT;
  if (g_strcmp0 (qualifier, "more-than") == 0)
    return GPM_QUALIFIER_MORE_THAN;
  if (g_strcmp0 (qualifier, "less-than") == 0)
    return GPM_QUALIFIER_LESS_THAN;
  return GPM_QUALIFIER_EXACT;
}

/* The unit a series is drawn in, after any conversion the spec asks for. */
static const char *
target_unit (const Query *q,
             const char  *unit)
{
  gboolean money = g_str_equal (unit, "CNY") || g_str_equal (unit, "USD");

  if (!money)
    return unit;
  switch (gpm_chart_spec_get_currency (q->spec))
    {
    case GPM_DISPLAY_CURRENCY_CNY:
      return "CNY";
    case GPM_DISPLAY_CURRENCY_USD:
      return "USD";
    case GPM_DISPLAY_CURRENCY_AS_STORED:
    default:
      return unit;
    }
}

/* Converts VALUE from UNIT to TARGET; FALSE when the two cannot be compared. */
static gboolean
convert (Query      *q,
         const char *unit,
         const char *target,
         double     *value)
{
  if (g_str_equal (unit, target))
    return TRUE;
  if (q->options.cny_per_usd <= 0)
    return FALSE;

  if (g_str_equal (unit, "USD") && g_str_equal (target, "CNY"))
    *value *= q->options.cny_per_usd;
  else if (g_str_equal (unit, "CNY") && g_str_equal (target, "USD"))
    *value /= q->options.cny_per_usd;
  else
    return FALSE;

  q->converted = TRUE;
  return TRUE;
}

/* "IT Times (IT時報)": the publisher, with its Chinese name when it has one. */
static char *
source_title (GpmSource *source)
{
  const char *publisher_zh = gpm_source_get_publisher_zh (source);

  if (publisher_zh != NULL && *publisher_zh != '\0')
    return g_strdup_printf ("%s (%s)", gpm_source_get_publisher (source), publisher_zh);

  return g_strdup (gpm_source_get_publisher (source));
}

static GpmSource *
lookup_source (const Query *q,
               gint64       source_id)
{
  return g_hash_table_lookup (q->sources, &source_id);
}

/* One figure as a category point of a bar-by-name or donut chart. */
static void
add_observation (Query          *q,
                 GpmChartSeries *series,
                 GpmObservation *o,
                 const char     *category)
{
  GpmSource *source = lookup_source (q, gpm_observation_get_source_id (o));
  double value = gpm_observation_get_value (o);
  guint index;

  if (!convert (q, gpm_observation_get_unit (o), gpm_chart_series_get_unit (series), &value))
    return;   /* the same fact in an unconvertible unit: the series keeps its own */

  index = gpm_chart_series_add_category_point (series, category, value);
  gpm_chart_series_set_point_status (series, index,
                                     point_status (gpm_observation_get_status (o)));
  gpm_chart_series_set_point_qualifier (series, index,
                                        point_qualifier (gpm_observation_get_qualifier (o)));
  gpm_chart_series_set_point_doubtful (series, index, gpm_observation_get_doubtful (o));

  if (source != NULL)
    {
      g_autofree char *title = source_title (source);

      gpm_chart_series_set_point_provenance (series, index, title,
                                             gpm_source_get_published (source),
                                             gpm_observation_get_quote (o));
    }
}

static GpmObservationFilter
figure_filter (const Query *q,
               GpmMetric   *metric,
               gint64       vendor_id,
               gint64       scope_id)
{
  const char *from = gpm_chart_spec_get_period_from (q->spec);
  const char *to = gpm_chart_spec_get_period_to (q->spec);
  GpmObservationFilter filter = {
    .vendor_id = vendor_id,
    .scope_id = scope_id,
    .metric_id = gpm_metric_get_id (metric),
    .from = from && *from ? from : NULL,
    .to = to && *to ? to : NULL,
  };

  return filter;
}

static GPtrArray *
list_figures (Query         *q,
              GpmMetric     *metric,
              gint64         vendor_id,
              gint64         scope_id,
              GCancellable  *cancellable,
              GError       **error)
{
  GpmObservationFilter filter = figure_filter (q, metric, vendor_id, scope_id);

  return gpm_store_list_observations (q->store, &filter, cancellable, error);
}

static gboolean
wanted (const Query    *q,
        GpmObservation *o)
{
  return gpm_chart_spec_get_show_forecasts (q->spec) ||
         g_strcmp0 (gpm_observation_get_status (o), "forecast") != 0;
}

static GpmMetric *
lookup_metric (const Query  *q,
               const char   *key,
               GError      **error)
{
  GpmMetric *metric = g_hash_table_lookup (q->metrics, key);

  if (metric == NULL)
    g_set_error (error, GPM_CHART_QUERY_ERROR, GPM_CHART_QUERY_ERROR_UNKNOWN_KEY,
                 "The chart names the metric “%s”, which is not in the database.", key);

  return metric;
}

/* ---------------------------------------------------------------- time series */

static void
series_columns_clear (GpmSeriesColumns *c)
{
  g_clear_pointer (&c->x_start_days, g_array_unref);
  g_clear_pointer (&c->x_end_days, g_array_unref);
  g_clear_pointer (&c->values, g_array_unref);
  g_clear_pointer (&c->flags, g_array_unref);
  g_clear_pointer (&c->unit_indices, g_array_unref);
  g_clear_pointer (&c->units, g_ptr_array_unref);
  g_clear_pointer (&c->source_indices, g_array_unref);
  g_clear_pointer (&c->source_ids, g_array_unref);
  g_clear_pointer (&c->periods, g_ptr_array_unref);
  g_clear_pointer (&c->quotes, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GpmSeriesColumns, series_columns_clear)

static void
series_columns_init (GpmSeriesColumns *c)
{
  c->x_start_days = g_array_new (FALSE, FALSE, sizeof (double));
  c->x_end_days = g_array_new (FALSE, FALSE, sizeof (double));
  c->values = g_array_new (FALSE, FALSE, sizeof (double));
  c->flags = g_array_new (FALSE, FALSE, sizeof (guint8));
  c->unit_indices = g_array_new (FALSE, FALSE, sizeof (guint8));
  c->units = g_ptr_array_new_with_free_func (g_free);
  c->source_indices = g_array_new (FALSE, FALSE, sizeof (guint32));
  c->source_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  c->max_details = DETAIL_LIMIT;
  c->periods = g_ptr_array_new_with_free_func (g_free);
  c->quotes = g_ptr_array_new_with_free_func (g_free);
}

/* How a figure in one of the series' units becomes one in the unit it is drawn in. */
typedef struct
{
  gboolean usable;     /* FALSE when the two units cannot be compared */
  gboolean same;
  gboolean divide;     /* by the rate, else times the rate */
} Conversion;

static Conversion *
unit_conversions (const Query    *q,
                  GPtrArray      *units,
                  GpmChartSeries *series)
{
  Conversion *conversions = g_new0 (Conversion, MAX (units->len, 1));
  const char *target = gpm_chart_series_get_unit (series);

  for (guint u = 0; u < units->len; u++)
    {
      const char *unit = g_ptr_array_index (units, u);
      Conversion *c = &conversions[u];

      c->same = g_str_equal (unit, target);
      c->divide = g_str_equal (unit, "CNY") && g_str_equal (target, "USD");
      c->usable = c->same
                  || (q->options.cny_per_usd > 0
                      && (c->divide || (g_str_equal (unit, "USD") && g_str_equal (target, "CNY"))));
    }

  return conversions;
}

/* Whether the chart shows the figure, and its value in the series' unit. */
static gboolean
take_figure (Query            *q,
             const Conversion *conversion,
             guint8            flags,
             double           *value)
{
  if ((flags & GPM_SERIES_STATUS_MASK) == GPM_SERIES_FORECAST
      && !gpm_chart_spec_get_show_forecasts (q->spec))
    return FALSE;
  if (!conversion->usable)
    return FALSE;   /* the same fact in an unconvertible unit: the series keeps its own */
  if (conversion->same)
    return TRUE;

  *value = conversion->divide ? *value / q->options.cny_per_usd
                              : *value * q->options.cny_per_usd;
  q->converted = TRUE;
  return TRUE;
}

/* A small series: every point with its period, source and quote. */
static void
add_detailed_points (Query                  *q,
                     GpmChartSeries         *series,
                     const GpmSeriesColumns *f,
                     const Conversion       *conversions)
{
  const guint8 *units = (const guint8 *) f->unit_indices->data;
  const guint8 *flags = (const guint8 *) f->flags->data;
  const guint32 *sources = (const guint32 *) (gpointer) f->source_indices->data;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  for (guint s = 0; s < f->source_ids->len; s++)
    {
      GpmSource *source = lookup_source (q, g_array_index (f->source_ids, gint64, s));

      g_ptr_array_add (titles, source != NULL ? source_title (source) : NULL);
    }

  for (guint i = 0; i < f->values->len; i++)
    {
      double value = g_array_index (f->values, double, i);
      GpmSource *source;
      guint index;

      if (!take_figure (q, &conversions[units[i]], flags[i], &value))
        continue;

      index = gpm_chart_series_add_point (series, g_array_index (f->x_start_days, double, i),
                                          g_array_index (f->x_end_days, double, i),
                                          g_ptr_array_index (f->periods, i), value);
      gpm_chart_series_set_point_status (series, index, flags[i] & GPM_SERIES_STATUS_MASK);
      gpm_chart_series_set_point_qualifier (series, index,
                                            (flags[i] & GPM_SERIES_QUALIFIER_MASK)
                                            >> GPM_SERIES_QUALIFIER_SHIFT);
      gpm_chart_series_set_point_doubtful (series, index, flags[i] & GPM_SERIES_DOUBTFUL);

      source = lookup_source (q, g_array_index (f->source_ids, gint64, sources[i]));
      if (source != NULL)
        gpm_chart_series_set_point_provenance (series, index,
                                               g_ptr_array_index (titles, sources[i]),
                                               gpm_source_get_published (source),
                                               g_ptr_array_index (f->quotes, i));
    }
}

/* A long series: the arrays pass to the chart in one go, given away rather than copied.
 * Points refer to one provenance record a source, made when the source is first used
 * by a point the chart shows. The arrays are compacted in place as figures are left
 * out. */
static void
add_bulk_points (Query            *q,
                 GpmChartSeries   *series,
                 GpmSeriesColumns *f,
                 const Conversion *conversions)
{
  double *x_start = (double *) (gpointer) f->x_start_days->data;
  double *x_end = (double *) (gpointer) f->x_end_days->data;
  double *values = (double *) (gpointer) f->values->data;
  guint8 *flags = (guint8 *) f->flags->data;
  const guint8 *units = (const guint8 *) f->unit_indices->data;
  guint32 *sources = (guint32 *) (gpointer) f->source_indices->data;
  g_autofree guint32 *records = g_new0 (guint32, MAX (f->source_ids->len, 1));
  guint kept = 0;

  for (guint i = 0; i < f->values->len; i++)
    {
      double value = values[i];
      guint32 s = sources[i];

      if (!take_figure (q, &conversions[units[i]], flags[i], &value))
        continue;

      if (records[s] == 0)
        {
          GpmSource *source = lookup_source (q, g_array_index (f->source_ids, gint64, s));
          g_autofree char *title = source != NULL ? source_title (source) : NULL;

          records[s] = source != NULL
                       ? gpm_chart_series_add_provenance (series, title,
                                                          gpm_source_get_published (source),
                                                          NULL)
                       : G_MAXUINT32;
        }

      x_start[kept] = x_start[i];
      x_end[kept] = x_end[i];
      values[kept] = value;
      flags[kept] = flags[i];
      sources[kept] = records[s] != G_MAXUINT32 ? records[s] : 0;
      kept++;
    }

  g_array_set_size (f->values, kept);
  gpm_chart_series_take_spans (series, g_steal_pointer (&f->x_start_days),
                               g_steal_pointer (&f->x_end_days),
                               g_steal_pointer (&f->values), g_steal_pointer (&f->flags),
                               g_steal_pointer (&f->source_indices));
}

/* The figures of one (subject, metric), each on the span of its period. */
static gboolean
add_time_points (Query           *q,
                 GpmChartSeries  *series,
                 GpmMetric       *metric,
                 gint64           vendor_id,
                 gint64           scope_id,
                 GCancellable    *cancellable,
                 GError         **error)
{
  GpmObservationFilter filter = figure_filter (q, metric, vendor_id, scope_id);
  g_auto(GpmSeriesColumns) figures = { 0 };
  g_autofree Conversion *conversions = NULL;

  series_columns_init (&figures);
  if (!gpm_store_read_series (q->store, &filter, &figures, cancellable, error))
    return FALSE;

  conversions = unit_conversions (q, figures.units, series);
  if (figures.periods->len == figures.values->len)
    add_detailed_points (q, series, &figures, conversions);
  else
    add_bulk_points (q, series, &figures, conversions);

  return TRUE;
}

/* One series per (metric, subject), each figure on the span of its period. */
static gboolean
build_time_series (Query         *q,
                   GpmChartData  *data,
                   GCancellable  *cancellable,
                   GError       **error)
{
  const char * const *metrics = gpm_chart_spec_get_metrics (q->spec);
  const char * const *subjects = gpm_chart_spec_get_subjects (q->spec);
  guint n_metrics = g_strv_length ((char **) metrics);
  guint n_subjects = g_strv_length ((char **) subjects);
  const char *first_unit = NULL;

  for (guint m = 0; m < n_metrics; m++)
    {
      GpmMetric *metric = lookup_metric (q, metrics[m], error);
      g_autofree char *mlabel = NULL;

      if (metric == NULL)
        return FALSE;
      mlabel = metric_label (q, metric);

      for (guint s = 0; s < n_subjects; s++)
        {
          g_autoptr(GpmChartSeries) series = NULL;
          g_autofree char *slabel = NULL;
          g_autofree char *label = NULL;
          const char *unit;
          gint64 vendor_id, scope_id;

          slabel = subject_label (q, subjects[s], &vendor_id, &scope_id, error);
          if (slabel == NULL)
            return FALSE;

          if (n_metrics == 1)
            label = g_strdup (slabel);
          else if (n_subjects == 1)
            label = g_strdup (mlabel);
          else
            label = g_strdup_printf ("%s · %s", slabel, mlabel);

          unit = target_unit (q, gpm_metric_get_unit (metric));
          series = gpm_chart_series_new (subjects[s], label, unit, value_kind (metric));
          /* In a combo the first metric is the bars and the rest are lines. */
          gpm_chart_series_set_mark (series, m == 0 ? GPM_CHART_MARK_BAR : GPM_CHART_MARK_LINE);
          if (first_unit == NULL)
            first_unit = gpm_chart_series_get_unit (series);
          else if (!g_str_equal (first_unit, unit))
            gpm_chart_series_set_axis (series, GPM_CHART_AXIS_SECONDARY);

          if (!add_time_points (q, series, metric, vendor_id, scope_id, cancellable, error))
            return FALSE;
          if (gpm_chart_series_get_n_points (series) > 0)
            gpm_chart_data_add_series (data, series);
        }
    }

  return TRUE;
}

/* An XY scatter: for each subject, the first metric (up) against the x metric (across),
 * each read as a time series in its display unit, then paired by period. */
static gboolean
build_xy (Query         *q,
          GpmChartData  *data,
          GCancellable  *cancellable,
          GError       **error)
{
  const char * const *metrics = gpm_chart_spec_get_metrics (q->spec);
  const char * const *subjects = gpm_chart_spec_get_subjects (q->spec);
  GpmMetric *x_metric = lookup_metric (q, gpm_chart_spec_get_x_metric (q->spec), error);
  GpmMetric *y_metric;
  g_autofree char *x_label = NULL;

  if (x_metric == NULL)
    return FALSE;
  if (metrics[0] == NULL)
    return TRUE;   /* nothing up yet: an empty chart that says so */
  if ((y_metric = lookup_metric (q, metrics[0], error)) == NULL)
    return FALSE;

  x_label = metric_label (q, x_metric);
  gpm_chart_data_set_x_axis_title (data, x_label);

  for (guint s = 0; subjects[s] != NULL; s++)
    {
      g_autoptr(GpmChartSeries) xs = NULL;
      g_autoptr(GpmChartSeries) ys = NULL;
      g_autoptr(GpmChartSeries) pairs = NULL;
      g_autofree char *slabel = NULL;
      gint64 vendor_id, scope_id;

      slabel = subject_label (q, subjects[s], &vendor_id, &scope_id, error);
      if (slabel == NULL)
        return FALSE;
      xs = gpm_chart_series_new (subjects[s], slabel,
                                 target_unit (q, gpm_metric_get_unit (x_metric)),
                                 value_kind (x_metric));
      ys = gpm_chart_series_new (subjects[s], slabel,
                                 target_unit (q, gpm_metric_get_unit (y_metric)),
                                 value_kind (y_metric));
      if (!add_time_points (q, xs, x_metric, vendor_id, scope_id, cancellable, error)
          || !add_time_points (q, ys, y_metric, vendor_id, scope_id, cancellable, error))
        return FALSE;

      pairs = gpm_chart_pairs_new (xs, ys, subjects[s], slabel);
      if (gpm_chart_series_get_n_points (pairs) > 0)
        gpm_chart_data_add_series (data, pairs);
    }

  return TRUE;
}

/* The latest figure among FIGURES that the chart shows. */
static GpmObservation *
latest (const Query *q,
        GPtrArray   *figures)
{
  GpmObservation *best = NULL;

  for (guint i = 0; i < figures->len; i++)
    {
      GpmObservation *o = g_ptr_array_index (figures, i);

      /* Figures come ordered by period; ties keep the first, as the source gave it. */
      if (wanted (q, o) &&
          (best == NULL ||
           g_strcmp0 (gpm_observation_get_period (o), gpm_observation_get_period (best)) > 0))
        best = o;
    }

  return best;
}

/* Categories for bar-by-name and donut charts: the subjects, one series per metric; or,
 * with a single subject, the metrics as categories of one series. A donut draws one
 * slice per series, so there every category becomes a series of its own, keyed by what
 * distinguishes it so each slice gets its own colour. */
static gboolean
build_categories (Query         *q,
                  GpmChartData  *data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  const char * const *metrics = gpm_chart_spec_get_metrics (q->spec);
  const char * const *subjects = gpm_chart_spec_get_subjects (q->spec);
  guint n_metrics = g_strv_length ((char **) metrics);
  guint n_subjects = g_strv_length ((char **) subjects);
  gboolean by_metric = n_subjects == 1 && n_metrics > 1;
  gboolean slices = gpm_chart_spec_get_chart_type (q->spec) == GPM_CHART_TYPE_DONUT;
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (
    (GDestroyNotify) gpm_chart_series_unref);
  GpmChartSeries *shared = NULL;           /* the one series of a by-metric chart */

  for (guint m = 0; m < n_metrics; m++)
    {
      GpmMetric *metric = lookup_metric (q, metrics[m], error);
      GpmChartSeries *per_metric = NULL;   /* the metric's series, owned by SERIES */
      g_autofree char *mlabel = NULL;
      const char *unit;

      if (metric == NULL)
        return FALSE;
      mlabel = metric_label (q, metric);
      unit = target_unit (q, gpm_metric_get_unit (metric));

      for (guint s = 0; s < n_subjects; s++)
        {
          g_autoptr(GPtrArray) figures = NULL;
          g_autofree char *slabel = NULL;
          GpmObservation *figure;
          GpmChartSeries *target;
          const char *category;
          gint64 vendor_id, scope_id;

          slabel = subject_label (q, subjects[s], &vendor_id, &scope_id, error);
          if (slabel == NULL)
            return FALSE;
          figures = list_figures (q, metric, vendor_id, scope_id, cancellable, error);
          if (figures == NULL)
            return FALSE;
          figure = latest (q, figures);
          if (figure == NULL)
            continue;

          category = by_metric ? mlabel : slabel;
          if (slices)
            {
              target = gpm_chart_series_new (by_metric ? metrics[m] : subjects[s], category,
                                             unit, value_kind (metric));
              g_ptr_array_add (series, target);
            }
          else if (by_metric)
            {
              if (shared == NULL)
                {
                  shared = gpm_chart_series_new (subjects[s], slabel, unit, value_kind (metric));
                  g_ptr_array_add (series, shared);
                }
              target = shared;
            }
          else
            {
              if (per_metric == NULL)
                {
                  per_metric = gpm_chart_series_new (metrics[m], mlabel, unit,
                                                     value_kind (metric));
                  g_ptr_array_add (series, per_metric);
                }
              target = per_metric;
            }

          add_observation (q, target, figure, category);
        }
    }

  for (guint i = 0; i < series->len; i++)
    if (gpm_chart_series_get_n_points (g_ptr_array_index (series, i)) > 0)
      gpm_chart_data_add_series (data, g_ptr_array_index (series, i));

  return TRUE;
}

static char *
join_labels (const Query        *q,
             const char * const *keys,
             gboolean            metrics)
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  const char *separator = q->options.language == GPM_LANGUAGE_EN ? ", " : "、";

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *label = NULL;
      gint64 vendor_id, scope_id;

      if (metrics)
        {
          GpmMetric *metric = g_hash_table_lookup (q->metrics, keys[i]);
          label = metric ? metric_label (q, metric) : NULL;
        }
      else
        label = subject_label (q, keys[i], &vendor_id, &scope_id, NULL);

      if (label != NULL)
        g_strv_builder_add (labels, label);
    }

  strv = g_strv_builder_end (labels);
  return g_strjoinv ((char *) separator, strv);
}

static char *
period_range_text (const Query *q)
{
  const char *from = gpm_chart_spec_get_period_from (q->spec);
  const char *to = gpm_chart_spec_get_period_to (q->spec);
  gboolean has_from = from != NULL && *from;
  gboolean has_to = to != NULL && *to;

  if (has_from && has_to)
    return g_strdup_printf ("%s – %s", from, to);
  if (has_from)
    return g_strdup_printf (q->options.language == GPM_LANGUAGE_EN ? "from %s" : "%s 起", from);
  if (has_to)
    return g_strdup_printf (q->options.language == GPM_LANGUAGE_EN ? "to %s" : "至 %s", to);
  return NULL;
}

static void
set_titles (Query        *q,
            GpmChartData *data)
{
  const char *title = gpm_chart_spec_get_title (q->spec);
  const char *subtitle = gpm_chart_spec_get_subtitle (q->spec);
  g_autofree char *metrics = join_labels (q, gpm_chart_spec_get_metrics (q->spec), TRUE);
  g_autofree char *subjects = join_labels (q, gpm_chart_spec_get_subjects (q->spec), FALSE);
  g_autofree char *range = period_range_text (q);
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;

  const char *x_title = gpm_chart_data_get_x_axis_title (data);
  g_autofree char *y_label = NULL;
  g_autofree char *xy_title = NULL;

  /* An XY scatter plots the first metric up against the x metric across. */
  if (x_title != NULL)
    {
      const char * const *keys = gpm_chart_spec_get_metrics (q->spec);
      GpmMetric *first = keys[0] ? g_hash_table_lookup (q->metrics, keys[0]) : NULL;

      y_label = first ? metric_label (q, first) : g_strdup ("");
      xy_title = g_strdup_printf (q->options.language == GPM_LANGUAGE_EN ? "%s vs %s"
                                  : q->options.language == GPM_LANGUAGE_ZH_TW ? "%s與%s"
                                  : "%s与%s", y_label, x_title);
    }

  if (title == NULL || *title == '\0')
    title = q->options.title;
  gpm_chart_data_set_title (data, title && *title ? title : xy_title ? xy_title : metrics);
  if (subtitle && *subtitle)
    gpm_chart_data_set_subtitle (data, subtitle);
  else if (range != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s · %s", subjects, range);
      gpm_chart_data_set_subtitle (data, text);
    }
  else
    gpm_chart_data_set_subtitle (data, subjects);

  /* Each value axis is titled by the metrics drawn against it (the unit is added by
   * the renderer). */
  for (guint i = 0; i < gpm_chart_data_get_n_series (data); i++)
    {
      GpmChartSeries *series = gpm_chart_data_get_series (data, i);
      gboolean second = gpm_chart_series_get_axis (series) == GPM_CHART_AXIS_SECONDARY;

      if (second && secondary == NULL)
        secondary = g_strdup (gpm_chart_series_get_label (series));
    }
  primary = g_strdup (metrics);
  if (secondary != NULL)
    {
      const char * const *keys = gpm_chart_spec_get_metrics (q->spec);
      GpmMetric *first = g_hash_table_lookup (q->metrics, keys[0]);

      g_free (primary);
      primary = first ? metric_label (q, first) : g_strdup ("");
    }
  gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_PRIMARY, y_label ? y_label : primary);
  if (secondary != NULL)
    gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_SECONDARY, secondary);
}

static void
set_conversion_note (Query        *q,
                     GpmChartData *data)
{
  g_autofree char *note = NULL;
  const char *date = q->rate_date ? q->rate_date : "";

  if (!q->converted)
    return;

  switch (q->options.language)
    {
    case GPM_LANGUAGE_ZH_CN:
      note = g_strdup_printf ("按 1 美元 = %.4g 元换算（汇率日期：%s）", q->options.cny_per_usd,
                              date);
      break;
    case GPM_LANGUAGE_ZH_TW:
      note = g_strdup_printf ("按 1 美元 = %.4g 元換算（匯率日期：%s）", q->options.cny_per_usd,
                              date);
      break;
    case GPM_LANGUAGE_EN:
    default:
      note = g_strdup_printf ("Converted at 1 USD = %.4g CNY (rate of %s)",
                              q->options.cny_per_usd, date);
    }
  gpm_chart_data_set_currency_converted (data, TRUE, note);
}

static gboolean
needs_rate (const Query *q)
{
  return gpm_chart_spec_get_currency (q->spec) != GPM_DISPLAY_CURRENCY_AS_STORED &&
         q->options.cny_per_usd <= 0;
}

/* Summarises long series for the size the caller will draw at, here in the worker. */
static void
prepare_for_size (Query        *q,
                  GpmChartData *data)
{
  g_autoptr(GpmChartStyle) style = NULL;

  if (q->options.width <= 0 || q->options.height <= 0)
    return;

  style = q->style != NULL ? gpm_chart_style_copy (q->style)
                           : gpm_chart_style_new (GPM_CHART_THEME_LIGHT, q->options.language);
  gpm_chart_prepare (data, style, q->options.width, q->options.height,
                     q->options.scale > 0 ? q->options.scale : 1.0);
}

static GpmChartData *
query_run (Query         *q,
           GCancellable  *cancellable,
           GError       **error)
{
  GpmChartType type = gpm_chart_spec_get_chart_type (q->spec);
  g_autoptr(GpmChartData) data = gpm_chart_data_new (type);
  gboolean ok;

  if (needs_rate (q))
    {
      g_set_error_literal (error, GPM_CHART_QUERY_ERROR, GPM_CHART_QUERY_ERROR_NO_RATE,
                           "Set a CNY per USD exchange rate to convert currencies.");
      return NULL;
    }
  if (!load_lookups (q, cancellable, error))
    return NULL;

  if (type == GPM_CHART_TYPE_HBAR || type == GPM_CHART_TYPE_DONUT)
    ok = build_categories (q, data, cancellable, error);
  else if (type == GPM_CHART_TYPE_SCATTER && gpm_chart_spec_get_x_metric (q->spec) != NULL)
    ok = build_xy (q, data, cancellable, error);
  else
    ok = build_time_series (q, data, cancellable, error);
  if (!ok)
    return NULL;

  gpm_chart_data_set_log_scale (data, gpm_chart_spec_get_log_scale (q->spec));
  set_titles (q, data);
  set_conversion_note (q, data);
  prepare_for_size (q, data);

  return g_steal_pointer (&data);
}

static Query *
query_new (GpmStore                   *store,
           const GpmChartSpec         *spec,
           const GpmChartQueryOptions *options)
{
  Query *q = g_new0 (Query, 1);

  q->store = g_object_ref (store);
  q->spec = gpm_chart_spec_copy (spec);
  q->options = *options;
  q->rate_date = g_strdup (options->rate_date);
  q->options.rate_date = q->rate_date;
  q->title = g_strdup (options->title);
  q->options.title = q->title;
  q->style = options->style != NULL ? gpm_chart_style_copy (options->style) : NULL;
  q->options.style = q->style;

  return q;
}

/**
 * gpm_chart_query_run:
 *
 * Reads what @spec plots from @store. It waits on SQLite: call it from a worker
 * thread or the command line, and gpm_chart_query_run_async () from the main thread.
 */
GpmChartData *
gpm_chart_query_run (GpmStore                    *store,
                     const GpmChartSpec          *spec,
                     const GpmChartQueryOptions  *options,
                     GCancellable                *cancellable,
                     GError                     **error)
{
  g_autoptr(Query) q = NULL;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  q = query_new (store, spec, options);
  return query_run (q, cancellable, error);
}

static void
run_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;
  GpmChartData *data = query_run (task_data, cancellable, &error);

  if (data != NULL)
    g_task_return_pointer (task, data, (GDestroyNotify) gpm_chart_data_unref);
  else
    g_task_return_error (task, error);
}

void
gpm_chart_query_run_async (GpmStore                   *store,
                           const GpmChartSpec         *spec,
                           const GpmChartQueryOptions *options,
                           GCancellable               *cancellable,
                           GAsyncReadyCallback         callback,
                           gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (GPM_IS_STORE (store));
  g_return_if_fail (spec != NULL);
  g_return_if_fail (options != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, gpm_chart_query_run_async);
  g_task_set_task_data (task, query_new (store, spec, options), (GDestroyNotify) query_free);
  g_task_run_in_thread (task, run_thread);
}

GpmChartData *
gpm_chart_query_run_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
