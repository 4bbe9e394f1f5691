/* test-chart-query.c — a chart spec and the bundled database make the right data:
 * series per subject and metric, periods as spans, provenance and doubt kept, labels
 * in the language asked for, currency converted only with a rate, forecasts optional.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gpm-chart-query.h"
#include "gpm-store.h"

typedef struct
{
  char     *dir;
  GpmStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("gpm-query-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (gpm_store_get_path (f->store));
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static GpmChartSpec *
make_spec (GpmChartType        type,
           const char * const *metrics,
           const char * const *subjects)
{
  GpmChartSpec *spec = gpm_chart_spec_new (type);

  gpm_chart_spec_set_metrics (spec, metrics);
  gpm_chart_spec_set_subjects (spec, subjects);
  gpm_chart_spec_set_show_forecasts (spec, TRUE);

  return spec;
}

static GpmChartData *
run (Fixture            *f,
     const GpmChartSpec *spec,
     GpmLanguage         language,
     double              rate)
{
  GpmChartQueryOptions options = { language, rate, "2025-07-15", NULL };
  g_autoptr(GError) error = NULL;
  GpmChartData *data = gpm_chart_query_run (f->store, spec, &options, NULL, &error);

  g_assert_no_error (error);
  return data;
}

static GpmChartSeries *
find_series (GpmChartData *data,
             const char   *label)
{
  for (guint i = 0; i < gpm_chart_data_get_n_series (data); i++)
    if (g_str_equal (gpm_chart_series_get_label (gpm_chart_data_get_series (data, i)), label))
      return gpm_chart_data_get_series (data, i);

  g_error ("no series “%s”", label);
}

static void
test_combo_revenue_and_profit (Fixture       *f,
                               gconstpointer  unused)
{
  const char *metrics[] = { "revenue", "net-profit", NULL };
  const char *subjects[] = { "moore-threads", "metax", NULL };
  g_autoptr(GpmChartSpec) spec = make_spec (GPM_CHART_TYPE_COMBO, metrics, subjects);
  g_autoptr(GpmChartData) data = run (f, spec, GPM_LANGUAGE_EN, 0);
  GpmChartSeries *metax_revenue, *metax_profit;
  GpmChartPoint point;

  g_assert_cmpuint (gpm_chart_data_get_n_series (data), ==, 4);
  metax_revenue = find_series (data, "MetaX · Revenue");
  metax_profit = find_series (data, "MetaX · Net profit");
  g_assert_cmpint (gpm_chart_series_get_mark (metax_revenue), ==, GPM_CHART_MARK_BAR);
  g_assert_cmpint (gpm_chart_series_get_mark (metax_profit), ==, GPM_CHART_MARK_LINE);
  g_assert_cmpstr (gpm_chart_series_get_key (metax_revenue), ==, "metax");
  g_assert_cmpuint (gpm_chart_series_get_n_points (metax_revenue), ==, 4);

  /* 2022: printed as 42.64億元, kept, flagged, with its sentence. */
  g_assert_true (gpm_chart_series_get_point (metax_revenue, 0, &point));
  g_assert_cmpstr (point.period, ==, "2022");
  g_assert_cmpfloat (point.value, ==, 4264000000.0);
  g_assert_true (point.doubtful);
  g_assert_nonnull (strstr (point.quote, "42.64億元"));
  g_assert_nonnull (strstr (point.source_title, "IT Times"));
  /* A year spans 365 days; the quarter 2025-Q1 spans 90. */
  g_assert_cmpfloat (point.x_end - point.x_start, ==, 365.0);
  g_assert_true (gpm_chart_series_get_point (metax_revenue, 3, &point));
  g_assert_cmpstr (point.period, ==, "2025-Q1");
  g_assert_cmpfloat (point.x_end - point.x_start, ==, 90.0);

  /* Losses are negative. */
  g_assert_cmpfloat (gpm_chart_series_get_value (metax_profit, 0), ==, -777000000.0);
}

static void
test_donut_slices_by_metric (Fixture       *f,
                             gconstpointer  unused)
{
  const char *metrics[] = { "ipo-use-ai-chip", "ipo-use-graphics-chip", "ipo-use-ai-soc", NULL };
  const char *subjects[] = { "moore-threads", NULL };
  g_autoptr(GpmChartSpec) spec = make_spec (GPM_CHART_TYPE_DONUT, metrics, subjects);
  g_autoptr(GpmChartData) data = run (f, spec, GPM_LANGUAGE_EN, 0);
  double total = 0;

  /* One slice per planned use, each with its own key (so its own colour). */
  g_assert_cmpuint (gpm_chart_data_get_n_series (data), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      GpmChartSeries *series = gpm_chart_data_get_series (data, i);

      g_assert_cmpstr (gpm_chart_series_get_key (series), ==, metrics[i]);
      g_assert_true (gpm_chart_series_is_categorical (series));
      total += gpm_chart_series_get_value (series, 0);
    }
  g_assert_cmpfloat_with_epsilon (total, 6990000000.0, 1.0);
}

static void
test_labels_follow_language (Fixture       *f,
                             gconstpointer  unused)
{
  const char *metrics[] = { "revenue", NULL };
  const char *subjects[] = { "moore-threads", NULL };
  g_autoptr(GpmChartSpec) spec = make_spec (GPM_CHART_TYPE_BAR, metrics, subjects);
  g_autoptr(GpmChartData) zh_cn = run (f, spec, GPM_LANGUAGE_ZH_CN, 0);
  g_autoptr(GpmChartData) zh_tw = run (f, spec, GPM_LANGUAGE_ZH_TW, 0);

  g_assert_cmpstr (gpm_chart_series_get_label (gpm_chart_data_get_series (zh_cn, 0)), ==,
                   "摩尔线程");
  g_assert_cmpstr (gpm_chart_series_get_label (gpm_chart_data_get_series (zh_tw, 0)), ==,
                   "摩爾線程");
  g_assert_cmpstr (gpm_chart_data_get_title (zh_cn), ==, "营业收入");
  /* Metric names exist in Simplified only; a Traditional reader gets them converted. */
  g_assert_cmpstr (gpm_chart_data_get_title (zh_tw), ==, "營業收入");
}

static void
test_currency_needs_a_rate (Fixture       *f,
                            gconstpointer  unused)
{
  const char *metrics[] = { "revenue", NULL };
  const char *subjects[] = { "metax", NULL };
  g_autoptr(GpmChartSpec) spec = make_spec (GPM_CHART_TYPE_BAR, metrics, subjects);
  GpmChartQueryOptions no_rate = { GPM_LANGUAGE_EN, 0, NULL, NULL };
  g_autoptr(GpmChartData) data = NULL;
  g_autoptr(GpmChartData) refused = NULL;
  g_autoptr(GError) error = NULL;
  const char *note = NULL;

  gpm_chart_spec_set_currency (spec, GPM_DISPLAY_CURRENCY_USD);
  refused = gpm_chart_query_run (f->store, spec, &no_rate, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, GPM_CHART_QUERY_ERROR, GPM_CHART_QUERY_ERROR_NO_RATE);

  data = run (f, spec, GPM_LANGUAGE_EN, 7.0);
  g_assert_cmpstr (gpm_chart_series_get_unit (gpm_chart_data_get_series (data, 0)), ==, "USD");
  g_assert_cmpfloat_with_epsilon (gpm_chart_series_get_value (gpm_chart_data_get_series (data, 0),
                                                              2),
                                  743000000.0 / 7.0, 1e-3);
  /* Whenever a conversion was applied, the footer says at which rate and of when. */
  g_assert_true (gpm_chart_data_get_currency_converted (data, &note));
  g_assert_nonnull (strstr (note, "7"));
  g_assert_nonnull (strstr (note, "2025-07-15"));
}

static void
test_forecasts_can_be_hidden (Fixture       *f,
                              gconstpointer  unused)
{
  const char *metrics[] = { "ai-server-market", NULL };
  const char *subjects[] = { "global", NULL };
  g_autoptr(GpmChartSpec) spec = make_spec (GPM_CHART_TYPE_BAR, metrics, subjects);
  g_autoptr(GpmChartData) with = run (f, spec, GPM_LANGUAGE_EN, 0);
  g_autoptr(GpmChartData) without = NULL;
  GpmChartPoint point;

  g_assert_cmpuint (gpm_chart_data_get_n_series (with), ==, 1);
  g_assert_true (gpm_chart_series_get_point (gpm_chart_data_get_series (with, 0), 0, &point));
  g_assert_cmpint (point.status, ==, GPM_POINT_FORECAST);

  gpm_chart_spec_set_show_forecasts (spec, FALSE);
  without = run (f, spec, GPM_LANGUAGE_EN, 0);
  g_assert_cmpuint (gpm_chart_data_get_n_series (without), ==, 0);
}

/* Net profit against revenue: one point per company and period, both in USD at the
 * rate, each with both figures' sentences. */
static void
test_xy_scatter_pairs_by_period (Fixture       *f,
                                 gconstpointer  unused)
{
  const char *metrics[] = { "net-profit", NULL };
  const char *subjects[] = { "moore-threads", "metax", NULL };
  g_autoptr(GpmChartSpec) spec = make_spec (GPM_CHART_TYPE_SCATTER, metrics, subjects);
  g_autoptr(GpmChartData) data = NULL;
  g_autoptr(GpmChartSpec) back = NULL;
  g_autofree char *json = NULL;
  GpmChartSeries *metax;
  GpmChartPoint point;

  gpm_chart_spec_set_x_metric (spec, "revenue");
  gpm_chart_spec_set_currency (spec, GPM_DISPLAY_CURRENCY_USD);
  data = run (f, spec, GPM_LANGUAGE_EN, 7.0);

  g_assert_true (gpm_chart_data_is_xy (data));
  g_assert_cmpuint (gpm_chart_data_get_n_series (data), ==, 2);
  g_assert_cmpstr (gpm_chart_data_get_x_axis_title (data), ==, "Revenue");
  g_assert_cmpstr (gpm_chart_data_get_axis_title (data, GPM_CHART_AXIS_PRIMARY), ==,
                   "Net profit");
  g_assert_cmpstr (gpm_chart_data_get_title (data), ==, "Net profit vs Revenue");
  g_assert_cmpuint (gpm_chart_series_get_n_points (find_series (data, "Moore Threads")), ==, 3);

  metax = find_series (data, "MetaX");
  g_assert_cmpstr (gpm_chart_series_get_x_unit (metax), ==, "USD");
  g_assert_cmpstr (gpm_chart_series_get_unit (metax), ==, "USD");
  /* 2022–2024 and the quarter 2025-Q1, which pairs with its own quarter only. */
  g_assert_cmpuint (gpm_chart_series_get_n_points (metax), ==, 4);
  g_assert_true (gpm_chart_series_get_point (metax, 0, &point));
  g_assert_cmpstr (point.period, ==, "2022");
  g_assert_cmpfloat_with_epsilon (point.x_value, 4264000000.0 / 7.0, 1e-3);
  g_assert_cmpfloat_with_epsilon (point.value, -777000000.0 / 7.0, 1e-3);
  g_assert_true (point.doubtful);   /* the revenue figure is doubtful */
  g_assert_nonnull (point.x_quote);
  g_assert_nonnull (point.quote);
  g_assert_true (gpm_chart_series_get_point (metax, 3, &point));
  g_assert_cmpstr (point.period, ==, "2025-Q1");
  g_assert_true (gpm_chart_data_get_currency_converted (data, NULL));

  /* The x metric survives saving; a spec without it is a time scatter, as before. */
  json = gpm_chart_spec_to_json (spec);
  back = gpm_chart_spec_new_from_json (json, NULL);
  g_assert_cmpstr (gpm_chart_spec_get_x_metric (back), ==, "revenue");
  g_assert_true (gpm_chart_spec_equal (spec, back));
  gpm_chart_spec_set_x_metric (spec, NULL);
  g_clear_pointer (&data, gpm_chart_data_unref);
  data = run (f, spec, GPM_LANGUAGE_EN, 7.0);
  g_assert_false (gpm_chart_data_is_xy (data));
}

static void
test_unknown_key_is_an_error (Fixture       *f,
                              gconstpointer  unused)
{
  const char *metrics[] = { "no-such-metric", NULL };
  const char *subjects[] = { "nvidia", NULL };
  g_autoptr(GpmChartSpec) spec = make_spec (GPM_CHART_TYPE_LINE, metrics, subjects);
  GpmChartQueryOptions options = { GPM_LANGUAGE_EN, 0, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmChartData) data = gpm_chart_query_run (f->store, spec, &options, NULL, &error);

  g_assert_null (data);
  g_assert_error (error, GPM_CHART_QUERY_ERROR, GPM_CHART_QUERY_ERROR_UNKNOWN_KEY);
  g_assert_nonnull (strstr (error->message, "no-such-metric"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/chart-query/combo", test_combo_revenue_and_profit);
  ADD ("/chart-query/donut", test_donut_slices_by_metric);
  ADD ("/chart-query/language", test_labels_follow_language);
  ADD ("/chart-query/currency", test_currency_needs_a_rate);
  ADD ("/chart-query/forecasts", test_forecasts_can_be_hidden);
  ADD ("/chart-query/unknown-key", test_unknown_key_is_an_error);
  ADD ("/chart-query/xy-scatter", test_xy_scatter_pairs_by_period);
#undef ADD

  return g_test_run ();
}
