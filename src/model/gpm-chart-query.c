/* gpm-chart-query.c — turns a chart spec and the database into GpmChartData.
 *
 * Time charts get one series per (subject, metric) with each figure placed on the span
 * of its period; bar-by-name charts (hbar, donut) get categories: the subjects, or, for
 * a single subject, the metrics (Moore Threads' IPO proceeds by planned use). Every
 * point keeps its status, qualifier, doubt and quoted sentence, so the renderer can
 * draw forecasts apart and build the source footer. Labels come in the language asked
 * for, not the process locale, so a command-line export reads the same anywhere.
 */

#include "config.h"

#include "gpm-chart-query.h"
#include "gpm-hanzi.h"
#include "gpm-period.h"

G_DEFINE_QUARK (gpm-chart-query-error-quark, gpm_chart_query_error)

/* Julian day (GDate numbering) of 1970-01-01, where chart x values start. */
#define JULIAN_1970 719163

typedef struct
{
  GpmStore           *store;
  GpmChartSpec       *spec;
  GpmChartQueryOptions options;
  char               *rate_date;
  char               *title;

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

static void
add_observation (Query          *q,
                 GpmChartSeries *series,
                 GpmObservation *o,
                 const char     *category)
{
  GpmSource *source;
  gint64 source_id = gpm_observation_get_source_id (o);
  g_autofree char *source_title = NULL;
  double value = gpm_observation_get_value (o);
  GpmPeriod period;
  guint index;

  if (!convert (q, gpm_observation_get_unit (o), gpm_chart_series_get_unit (series), &value))
    return;   /* the same fact in an unconvertible unit: the series keeps its own */

  if (category != NULL)
    {
      index = gpm_chart_series_add_category_point (series, category, value);
    }
  else
    {
      if (!gpm_period_parse (gpm_observation_get_period (o), &period, NULL))
        return;
      /* A period is a span: from its first day to the day after its last. */
      index = gpm_chart_series_add_point (series,
                                          (double) gpm_period_get_start_julian (&period)
                                          - JULIAN_1970,
                                          (double) gpm_period_get_end_julian (&period) + 1
                                          - JULIAN_1970,
                                          gpm_observation_get_period (o), value);
    }

  gpm_chart_series_set_point_status (series, index,
                                     point_status (gpm_observation_get_status (o)));
  gpm_chart_series_set_point_qualifier (series, index,
                                        point_qualifier (gpm_observation_get_qualifier (o)));
  gpm_chart_series_set_point_doubtful (series, index, gpm_observation_get_doubtful (o));

  source = g_hash_table_lookup (q->sources, &source_id);
  if (source != NULL)
    {
      const char *publisher_zh = gpm_source_get_publisher_zh (source);

      source_title = publisher_zh && *publisher_zh
                     ? g_strdup_printf ("%s (%s)", gpm_source_get_publisher (source), publisher_zh)
                     : g_strdup (gpm_source_get_publisher (source));
      gpm_chart_series_set_point_provenance (series, index, source_title,
                                             gpm_source_get_published (source),
                                             gpm_observation_get_quote (o));
    }
}

static GPtrArray *
list_figures (Query         *q,
              GpmMetric     *metric,
              gint64         vendor_id,
              gint64         scope_id,
              GCancellable  *cancellable,
              GError       **error)
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
          g_autoptr(GPtrArray) figures = NULL;
          g_autofree char *slabel = NULL;
          g_autofree char *label = NULL;
          const char *unit;
          gint64 vendor_id, scope_id;

          slabel = subject_label (q, subjects[s], &vendor_id, &scope_id, error);
          if (slabel == NULL)
            return FALSE;
          figures = list_figures (q, metric, vendor_id, scope_id, cancellable, error);
          if (figures == NULL)
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

          for (guint i = 0; i < figures->len; i++)
            if (wanted (q, g_ptr_array_index (figures, i)))
              add_observation (q, series, g_ptr_array_index (figures, i), NULL);

          if (gpm_chart_series_get_n_points (series) > 0)
            gpm_chart_data_add_series (data, series);
        }
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

  if (title == NULL || *title == '\0')
    title = q->options.title;
  gpm_chart_data_set_title (data, title && *title ? title : metrics);
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
  gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_PRIMARY, primary);
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
  else
    ok = build_time_series (q, data, cancellable, error);
  if (!ok)
    return NULL;

  gpm_chart_data_set_log_scale (data, gpm_chart_spec_get_log_scale (q->spec));
  set_titles (q, data);
  set_conversion_note (q, data);

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
