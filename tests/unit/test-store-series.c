/* test-store-series.c — a series read into arrays says what the objects say.
 *
 * Every day the app allows gets the span gpm-period gives it; every series of the
 * bundled dataset reads back in the order, with the values, flags, periods and quotes of
 * gpm_store_list_observations (); mixed precisions sort as gpm_period_key () does; the
 * per-figure text stops at the limit; and a chart of a long series keeps each point's
 * source and the footer's, without a string a point. The order, range, limit and
 * bundled-data tests run again with every read forced through the index, through one
 * table scan and through a scan split across two connections, so each way is held to
 * the same results; a long series entered out of order, in two units from two sources,
 * reads the same by the scan the reader picks for it as through the index.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "gpm-chart-query.h"
#include "gpm-chart-renderer.h"
#include "gpm-period.h"
#include "gpm-store-private.h"
#include "gpm-store-series.h"

#define JULIAN_1970 719163

typedef struct
{
  char     *dir;
  GpmStore *store;
  gint64    vendor_id;
  gint64    metric_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmVendor) vendor = gpm_vendor_new ("series-test", "Series Test Co.");
  g_autofree char *path = NULL;

  gpm_store_series_set_access_for_test (GPOINTER_TO_INT (data));
  f->dir = g_dir_make_tmp ("gpm-series-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (path, &error);
  g_assert_no_error (error);

  g_assert_true (gpm_store_add_vendor (f->store, vendor, NULL, &error));
  g_assert_no_error (error);
  f->vendor_id = gpm_vendor_get_id (vendor);
  f->metric_id = gpm_store_query_int_for_test (f->store,
                                               "SELECT id FROM metrics WHERE key = 'shipments'");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (gpm_store_get_path (f->store));
  const char *suffixes[] = { "", "-wal", "-shm" };

  gpm_store_series_set_access_for_test (GPM_SERIES_ACCESS_AUTO);
  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
columns_init (GpmSeriesColumns *c,
              guint             max_details)
{
  memset (c, 0, sizeof *c);
  c->x_start_days = g_array_new (FALSE, FALSE, sizeof (double));
  c->x_end_days = g_array_new (FALSE, FALSE, sizeof (double));
  c->values = g_array_new (FALSE, FALSE, sizeof (double));
  c->flags = g_array_new (FALSE, FALSE, sizeof (guint8));
  c->observation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  c->unit_indices = g_array_new (FALSE, FALSE, sizeof (guint8));
  c->units = g_ptr_array_new_with_free_func (g_free);
  c->source_indices = g_array_new (FALSE, FALSE, sizeof (guint32));
  c->source_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  c->max_details = max_details;
  c->periods = g_ptr_array_new_with_free_func (g_free);
  c->quotes = g_ptr_array_new_with_free_func (g_free);
}

static void
columns_clear (GpmSeriesColumns *c)
{
  g_clear_pointer (&c->x_start_days, g_array_unref);
  g_clear_pointer (&c->x_end_days, g_array_unref);
  g_clear_pointer (&c->values, g_array_unref);
  g_clear_pointer (&c->flags, g_array_unref);
  g_clear_pointer (&c->observation_ids, g_array_unref);
  g_clear_pointer (&c->unit_indices, g_array_unref);
  g_clear_pointer (&c->units, g_ptr_array_unref);
  g_clear_pointer (&c->source_indices, g_array_unref);
  g_clear_pointer (&c->source_ids, g_array_unref);
  g_clear_pointer (&c->periods, g_ptr_array_unref);
  g_clear_pointer (&c->quotes, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GpmSeriesColumns, columns_clear)

static void
insert_with (Fixture            *f,
             const char * const *periods,
             const double       *values,
             gsize               n,
             const char         *unit,
             gint64              source_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (gpm_store_insert_series_for_test (f->store, f->vendor_id, 0, f->metric_id,
                                                   periods, values, n, unit, source_id,
                                                   "A sentence.", &error));
  g_assert_no_error (error);
}

static void
insert (Fixture            *f,
        const char * const *periods,
        gsize               n)
{
  g_autofree double *values = g_new (double, n);

  for (gsize i = 0; i < n; i++)
    values[i] = (double) i;
  insert_with (f, periods, values, n, "units", 1);
}

static void
read_series (Fixture          *f,
             const char       *from,
             const char       *to,
             GpmSeriesColumns *c)
{
  GpmObservationFilter filter = { f->vendor_id, 0, f->metric_id, from, to };
  g_autoptr(GError) error = NULL;

  g_assert_true (gpm_store_read_series (f->store, &filter, c, NULL, &error));
  g_assert_no_error (error);
}

/* The arithmetic for "YYYY-MM-DD" and GDate agree on every day from 1900 to 2200. */
static void
test_every_day (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);
  g_auto(GpmSeriesColumns) c = { 0 };
  GDate date;

  g_date_clear (&date, 1);
  for (g_date_set_dmy (&date, 1, 1, GPM_PERIOD_MIN_YEAR);
       g_date_get_year (&date) <= GPM_PERIOD_MAX_YEAR; g_date_add_days (&date, 1))
    g_ptr_array_add (periods, g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                                               g_date_get_month (&date),
                                               g_date_get_day (&date)));
  insert (f, (const char * const *) periods->pdata, periods->len);

  columns_init (&c, 0);
  read_series (f, NULL, NULL, &c);
  g_assert_cmpuint (c.values->len, ==, periods->len);
  g_assert_cmpuint (c.periods->len, ==, 0);
  g_assert_cmpuint (c.quotes->len, ==, 0);

  for (guint i = 0; i < periods->len; i++)
    {
      GpmPeriod period;

      g_assert_true (gpm_period_parse (g_ptr_array_index (periods, i), &period, NULL));
      g_assert_cmpfloat (g_array_index (c.x_start_days, double, i), ==,
                         (double) gpm_period_get_start_julian (&period) - JULIAN_1970);
      g_assert_cmpfloat (g_array_index (c.x_end_days, double, i), ==,
                         (double) gpm_period_get_end_julian (&period) + 1 - JULIAN_1970);
    }
}

/* Invalid days are left out, as the charts leave them out. */
static void
test_invalid_days (Fixture       *f,
                   gconstpointer  data)
{
  const char *periods[] = { "2025-02-29", "2024-02-29", "1899-12-31", "2201-01-01",
                            "2025-13-01", "2025-1-01", "2025-04-31", "2025-04-30" };
  g_auto(GpmSeriesColumns) c = { 0 };

  insert (f, periods, G_N_ELEMENTS (periods));
  columns_init (&c, 100);
  read_series (f, NULL, NULL, &c);

  g_assert_cmpuint (c.values->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (c.periods, 0), ==, "2024-02-29");
  g_assert_cmpstr (g_ptr_array_index (c.periods, 1), ==, "2025-04-30");
}

/* Text order is not time order across precisions; the reader sorts like the objects. */
static void
test_mixed_precisions (Fixture       *f,
                       gconstpointer  data)
{
  const char *periods[] = { "2025-07", "2025", "2025-Q1", "2025-01-15", "2024-Q4", "2025-Q1" };
  const char *expected[] = { "2024-Q4", "2025", "2025-Q1", "2025-Q1", "2025-01-15", "2025-07" };
  const double values[] = { 4, 1, 2, 5, 3, 0 };   /* each figure's place in periods */
  g_auto(GpmSeriesColumns) c = { 0 };

  insert (f, periods, G_N_ELEMENTS (periods));
  columns_init (&c, 100);
  read_series (f, NULL, NULL, &c);

  g_assert_cmpuint (c.values->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (g_ptr_array_index (c.periods, i), ==, expected[i]);
      g_assert_cmpstr (g_ptr_array_index (c.quotes, i), ==, "A sentence.");
      g_assert_cmpfloat (g_array_index (c.values, double, i), ==, values[i]);
    }
  /* The two figures for 2025-Q1 stay in the order they were entered. */
  g_assert_cmpint (g_array_index (c.observation_ids, gint64, 2), <,
                   g_array_index (c.observation_ids, gint64, 3));
}

/* A range keeps the figures whose span overlaps it, as gpm_store_list_observations. */
static void
test_range (Fixture       *f,
            gconstpointer  data)
{
  const char *periods[] = { "2023", "2024", "2024-Q3", "2024-12-31", "2025-01-01", "2026" };
  g_auto(GpmSeriesColumns) c = { 0 };

  insert (f, periods, G_N_ELEMENTS (periods));
  columns_init (&c, 100);
  read_series (f, "2024-07", "2024-12", &c);

  g_assert_cmpuint (c.values->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (c.periods, 0), ==, "2024");
  g_assert_cmpstr (g_ptr_array_index (c.periods, 1), ==, "2024-Q3");
  g_assert_cmpstr (g_ptr_array_index (c.periods, 2), ==, "2024-12-31");
}

/* Past the limit, no string a figure; the sources are still counted once each. */
static void
test_details_limit (Fixture       *f,
                    gconstpointer  data)
{
  const char *periods[] = { "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04" };
  g_auto(GpmSeriesColumns) at_limit = { 0 };
  g_auto(GpmSeriesColumns) past_limit = { 0 };

  insert (f, periods, G_N_ELEMENTS (periods));
  columns_init (&at_limit, 4);
  read_series (f, NULL, NULL, &at_limit);
  g_assert_cmpuint (at_limit.periods->len, ==, 4);
  g_assert_cmpuint (at_limit.quotes->len, ==, 4);

  columns_init (&past_limit, 3);
  read_series (f, NULL, NULL, &past_limit);
  g_assert_cmpuint (past_limit.values->len, ==, 4);
  g_assert_cmpuint (past_limit.periods->len, ==, 0);
  g_assert_cmpuint (past_limit.quotes->len, ==, 0);
  g_assert_cmpuint (past_limit.source_ids->len, ==, 1);
  g_assert_cmpuint (past_limit.units->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (past_limit.units, 0), ==, "units");
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (g_array_index (past_limit.source_indices, guint32, i), ==, 0);
}

static guint8
expected_flags (GpmObservation *o)
{
  const char *status = gpm_observation_get_status (o);
  const char *qualifier = gpm_observation_get_qualifier (o);
  guint8 flags = g_strcmp0 (status, "forecast") == 0 ? GPM_SERIES_FORECAST
                 : g_strcmp0 (status, "estimate") == 0 ? GPM_SERIES_ESTIMATE
                 : GPM_SERIES_REPORTED;

  if (g_strcmp0 (qualifier, "about") == 0)
    flags |= GPM_SERIES_ABOUT << GPM_SERIES_QUALIFIER_SHIFT;
  else if (g_strcmp0 (qualifier, "more-than") == 0)
    flags |= GPM_SERIES_MORE_THAN << GPM_SERIES_QUALIFIER_SHIFT;
  else if (g_strcmp0 (qualifier, "less-than") == 0)
    flags |= GPM_SERIES_LESS_THAN << GPM_SERIES_QUALIFIER_SHIFT;
  if (gpm_observation_get_doubtful (o))
    flags |= GPM_SERIES_DOUBTFUL;

  return flags;
}

/* Every (subject, metric) of the bundled data reads as the objects list it. */
static void
test_matches_objects (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) all = gpm_store_list_observations (f->store, NULL, NULL, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_series = 0;

  g_assert_nonnull (all);
  for (guint i = 0; i < all->len; i++)
    {
      GpmObservation *first = g_ptr_array_index (all, i);
      GpmObservationFilter filter = {
        gpm_observation_get_vendor_id (first), gpm_observation_get_scope_id (first),
        gpm_observation_get_metric_id (first), NULL, NULL,
      };
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT
                                              "/%" G_GINT64_FORMAT, filter.vendor_id,
                                              filter.scope_id, filter.metric_id);
      g_autoptr(GPtrArray) objects = NULL;
      g_auto(GpmSeriesColumns) c = { 0 };

      if (!g_hash_table_add (seen, g_steal_pointer (&key)))
        continue;
      n_series++;

      objects = gpm_store_list_observations (f->store, &filter, NULL, NULL);
      columns_init (&c, 10000);
      g_assert_true (gpm_store_read_series (f->store, &filter, &c, NULL, NULL));
      g_assert_cmpuint (c.values->len, ==, objects->len);

      for (guint j = 0; j < objects->len; j++)
        {
          GpmObservation *o = g_ptr_array_index (objects, j);
          guint32 source = g_array_index (c.source_indices, guint32, j);
          guint8 unit = g_array_index (c.unit_indices, guint8, j);

          g_assert_cmpint (g_array_index (c.observation_ids, gint64, j), ==,
                           gpm_observation_get_id (o));
          g_assert_cmpstr (g_ptr_array_index (c.periods, j), ==, gpm_observation_get_period (o));
          g_assert_cmpstr (g_ptr_array_index (c.quotes, j), ==, gpm_observation_get_quote (o));
          g_assert_cmpfloat (g_array_index (c.values, double, j), ==,
                             gpm_observation_get_value (o));
          g_assert_cmpuint (g_array_index (c.flags, guint8, j), ==, expected_flags (o));
          g_assert_cmpstr (g_ptr_array_index (c.units, unit), ==, gpm_observation_get_unit (o));
          g_assert_cmpint (g_array_index (c.source_ids, gint64, source), ==,
                           gpm_observation_get_source_id (o));
        }
    }
  g_assert_cmpuint (n_series, >, 10);
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GpmSeriesColumns) c = { 0 };

  columns_init (&c, 10);
  g_cancellable_cancel (cancellable);
  g_assert_false (gpm_store_read_series (f->store, NULL, &c, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* A long series in a chart: no quote a point, but each point's source and the footer's. */
static void
test_long_chart (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GpmChartSpec) spec = gpm_chart_spec_new (GPM_CHART_TYPE_LINE);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                        GPM_LANGUAGE_EN);
  const char *metrics[] = { "shipments", NULL };
  const char *subjects[] = { "series-test", NULL };
  GpmChartQueryOptions options = { GPM_LANGUAGE_EN, 0, NULL, NULL, 640, 400, 2.0, NULL };
  g_autoptr(GpmChartData) chart = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tooltip = NULL;
  const char *title, *date, *quote;
  GpmChartSeries *series;
  GpmChartPoint point;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, 1, 1990);
  for (guint i = 0; i < 12000; i++, g_date_add_days (&day, 1))
    g_ptr_array_add (periods, g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&day),
                                               g_date_get_month (&day), g_date_get_day (&day)));
  insert (f, (const char * const *) periods->pdata, periods->len);

  gpm_chart_spec_set_metrics (spec, metrics);
  gpm_chart_spec_set_subjects (spec, subjects);
  chart = gpm_chart_query_run (f->store, spec, &options, NULL, &error);
  g_assert_no_error (error);

  series = gpm_chart_data_get_series (chart, 0);
  g_assert_cmpuint (gpm_chart_series_get_n_points (series), ==, 12000);
  g_assert_cmpuint (gpm_chart_series_get_n_provenances (series), ==, 1);
  gpm_chart_series_get_provenance (series, 0, &title, &date, &quote);
  g_assert_cmpstr (title, ==, "IT Times (IT時報)");
  g_assert_null (quote);

  g_assert_true (gpm_chart_series_get_point (series, 11999, &point));
  g_assert_cmpstr (point.source_title, ==, "IT Times (IT時報)");
  g_assert_null (point.quote);
  g_assert_null (point.period);
  g_assert_cmpfloat (point.x_end - point.x_start, ==, 1.0);
  g_assert_cmpfloat (point.value, ==, 11999.0);

  /* Prepared for 640 × 400 at 2×: the summary the drawing will use is attached. */
  g_assert_nonnull (gpm_chart_series_get_decimation (series));

  tooltip = gpm_chart_describe_point (chart, style, 0, 11999);
  g_assert_nonnull (strstr (tooltip, g_ptr_array_index (periods, 11999)));
  g_assert_nonnull (strstr (tooltip, "IT Times"));
}

static void
assert_same_arrays (GArray *a,
                    GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  g_assert_cmpmem (a->data, (gsize) a->len * g_array_get_element_size (a),
                   b->data, (gsize) b->len * g_array_get_element_size (b));
}

/* A day of the years the app allows, scattered: the @i-th of @n days in a shuffled order. */
static char *
scattered_day (guint i,
               guint n)
{
  g_autoptr(GDate) day = g_date_new_dmy (1, 1, 1900);

  g_date_add_days (day, (guint) (((guint64) i * 7919) % n));
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day), g_date_get_month (day),
                          g_date_get_day (day));
}

/* Long enough for a table scan, entered out of period order, the first quarter in one
 * unit from one source and the rest in another from another: the reader's own choice
 * (a scan, split where there are two cores) gives what the index gives, figure for
 * figure, with units and sources numbered the same. */
static void
test_long_scan (Fixture       *f,
                gconstpointer  data)
{
  const guint n = 80000;   /* coprime with 7919, so every day once */
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new (double, n);
  g_auto(GpmSeriesColumns) by_index = { 0 };
  g_auto(GpmSeriesColumns) chosen = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 second_source;

  g_assert_true (gpm_store_exec_for_test (f->store, "INSERT INTO sources (key, publisher, title,"
                                          " language) VALUES ('second', 'Second', 'Second',"
                                          " 'en')", &error));
  g_assert_no_error (error);
  second_source = gpm_store_query_int_for_test (f->store,
                                                "SELECT id FROM sources WHERE key = 'second'");
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (periods, scattered_day (i, n));
      values[i] = i * 0.5;
    }
  /* A quarter, then the rest: the second half of the ids has only the second unit and
   * source, which a split scan must number as the whole does. */
  insert_with (f, (const char * const *) periods->pdata, values, n / 4, "units", 1);
  insert_with (f, (const char * const *) periods->pdata + n / 4, values + n / 4, n - n / 4,
               "thousand units", second_source);

  gpm_store_series_set_access_for_test (GPM_SERIES_ACCESS_INDEX);
  columns_init (&by_index, 10);
  read_series (f, "1950", "2100", &by_index);
  gpm_store_series_set_access_for_test (GPM_SERIES_ACCESS_AUTO);
  columns_init (&chosen, 10);
  read_series (f, "1950", "2100", &chosen);

  g_assert_cmpuint (by_index.values->len, >, 1000);
  g_assert_cmpuint (by_index.values->len, <, n);
  assert_same_arrays (by_index.x_start_days, chosen.x_start_days);
  assert_same_arrays (by_index.x_end_days, chosen.x_end_days);
  assert_same_arrays (by_index.values, chosen.values);
  assert_same_arrays (by_index.flags, chosen.flags);
  assert_same_arrays (by_index.observation_ids, chosen.observation_ids);
  /* Units and sources are numbered in the order each way met them first. */
  g_assert_cmpuint (chosen.units->len, ==, 2);
  g_assert_cmpuint (chosen.source_ids->len, ==, 2);
  for (guint i = 0; i < chosen.values->len; i++)
    {
      guint8 unit = g_array_index (chosen.unit_indices, guint8, i);
      guint8 unit_by_index = g_array_index (by_index.unit_indices, guint8, i);
      guint32 source = g_array_index (chosen.source_indices, guint32, i);
      guint32 source_by_index = g_array_index (by_index.source_indices, guint32, i);

      g_assert_cmpstr (g_ptr_array_index (chosen.units, unit), ==,
                       g_ptr_array_index (by_index.units, unit_by_index));
      g_assert_cmpint (g_array_index (chosen.source_ids, gint64, source), ==,
                       g_array_index (by_index.source_ids, gint64, source_by_index));
    }
  g_assert_cmpuint (chosen.periods->len, ==, 0);
  g_assert_cmpuint (chosen.quotes->len, ==, 0);
  for (guint i = 1; i < chosen.x_start_days->len; i++)
    g_assert_cmpfloat (g_array_index (chosen.x_start_days, double, i - 1), <,
                       g_array_index (chosen.x_start_days, double, i));
}

/* Another connection commits while a split read runs: the two halves may have read
 * different states, so the read is done again by one connection, and gives what the
 * index gives afterwards, the new figure included. */
static void
commit_elsewhere (gpointer data,
                  gpointer unused)
{
  Fixture *f = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) other = gpm_store_open (gpm_store_get_path (f->store), &error);
  g_autofree char *sql = NULL;

  g_assert_no_error (error);
  sql = g_strdup_printf ("INSERT INTO observations (vendor_id, metric_id, period, value, unit,"
                         " source_id, quote) VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                         ", '2199-12-31', -1, 'units', 1, 'Committed meanwhile.')",
                         f->vendor_id, f->metric_id);
  g_assert_true (gpm_store_exec_for_test (other, sql, &error));
  g_assert_no_error (error);
  gpm_store_series_set_split_hook_for_test (NULL, NULL);   /* once */
}

static void
test_torn_split_is_read_again (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GpmSeriesColumns) split = { 0 };
  g_auto(GpmSeriesColumns) by_index = { 0 };

  g_assert_true (gpm_store_insert_days_for_test (f->store, f->vendor_id, f->metric_id, 1900,
                                                 70000, NULL, &error));
  g_assert_no_error (error);

  gpm_store_series_set_access_for_test (GPM_SERIES_ACCESS_SPLIT);
  gpm_store_series_set_split_hook_for_test (commit_elsewhere, f);
  columns_init (&split, 10);
  read_series (f, NULL, NULL, &split);
  gpm_store_series_set_split_hook_for_test (NULL, NULL);

  gpm_store_series_set_access_for_test (GPM_SERIES_ACCESS_INDEX);
  columns_init (&by_index, 10);
  read_series (f, NULL, NULL, &by_index);

  g_assert_cmpuint (split.values->len, ==, 70001);
  assert_same_arrays (by_index.values, split.values);
  assert_same_arrays (by_index.x_start_days, split.x_start_days);
  assert_same_arrays (by_index.observation_ids, split.observation_ids);
  g_assert_cmpfloat (g_array_index (split.values, double, 70000), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  static const struct
  {
    const char      *name;
    GpmSeriesAccess  access;
  } ways[] = {
    { "chosen", GPM_SERIES_ACCESS_AUTO },
    { "index", GPM_SERIES_ACCESS_INDEX },
    { "table", GPM_SERIES_ACCESS_TABLE },
    { "split", GPM_SERIES_ACCESS_SPLIT },
  };

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-series/every-day", test_every_day);
  ADD ("/store-series/invalid-days", test_invalid_days);
  ADD ("/store-series/cancelled", test_cancelled);
  ADD ("/store-series/long-chart", test_long_chart);
  ADD ("/store-series/long-scan", test_long_scan);
  ADD ("/store-series/torn-split-is-read-again", test_torn_split_is_read_again);
#undef ADD

  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    {
      gconstpointer way = GINT_TO_POINTER (ways[i].access);
      const struct
      {
        const char *name;
        void      (*func) (Fixture *, gconstpointer);
      } tests[] = {
        { "mixed-precisions", test_mixed_precisions },
        { "range", test_range },
        { "details-limit", test_details_limit },
        { "matches-objects", test_matches_objects },
      };

      for (guint t = 0; t < G_N_ELEMENTS (tests); t++)
        {
          g_autofree char *path = g_strdup_printf ("/store-series/%s/%s", ways[i].name,
                                                   tests[t].name);

          g_test_add (path, Fixture, way, fixture_set_up, tests[t].func, fixture_tear_down);
        }
    }

  return g_test_run ();
}
