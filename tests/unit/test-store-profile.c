/* test-store-profile.c — the store's profile queries: products, relations (both ways),
 * a vendor's events with all their vendors, and the per-vendor summaries the list sorts
 * by, in their sync and async forms, with cancellation and edits.
 *
 * Every test opens its own copy of the bundled dataset in a temporary folder.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "gpm-store-private.h"
#include "gpm-store-profile.h"

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

  f->dir = g_dir_make_tmp ("gpm-profile-XXXXXX", &error);
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
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
vendor_id (Fixture    *f,
           const char *key)
{
  g_autoptr(GPtrArray) vendors = gpm_store_list_vendors (f->store, NULL, NULL);

  for (guint i = 0; i < vendors->len; i++)
    if (g_str_equal (gpm_vendor_get_key (g_ptr_array_index (vendors, i)), key))
      return gpm_vendor_get_id (g_ptr_array_index (vendors, i));

  g_assert_not_reached ();
}

static gint64
metric_id (Fixture    *f,
           const char *key)
{
  g_autoptr(GPtrArray) metrics = gpm_store_list_metrics (f->store, NULL, NULL);

  for (guint i = 0; i < metrics->len; i++)
    if (g_str_equal (gpm_metric_get_key (g_ptr_array_index (metrics, i)), key))
      return gpm_metric_get_id (g_ptr_array_index (metrics, i));

  g_assert_not_reached ();
}

static const GpmVendorSummary *
find_summary (GPtrArray *summaries,
              gint64     id)
{
  for (guint i = 0; i < summaries->len; i++)
    {
      const GpmVendorSummary *summary = g_ptr_array_index (summaries, i);

      if (summary->vendor_id == id)
        return summary;
    }

  return NULL;
}

static void
test_products (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) metax = gpm_store_list_products (f->store, vendor_id (f, "metax"),
                                                        NULL, &error);
  g_autoptr(GPtrArray) none = NULL;
  GpmProduct *first;

  g_assert_no_error (error);
  /* MetaX's three series, in the order the article names them. */
  g_assert_cmpuint (metax->len, ==, 3);
  first = g_ptr_array_index (metax, 0);
  g_assert_cmpstr (gpm_product_get_name (first), ==, "Xisi N series");
  g_assert_cmpstr (gpm_product_get_name_zh (first), ==, "曦思N系列");
  g_assert_cmpint (gpm_product_get_vendor_id (first), ==, vendor_id (f, "metax"));
  g_assert_cmpint (gpm_product_get_source_id (first), >, 0);
  g_assert_nonnull (strstr (gpm_product_get_quote (first), "曦思N係列"));
  g_assert_cmpstr (gpm_product_get_name (g_ptr_array_index (metax, 2)), ==, "Xicai G series");

  /* No products is an empty list, not an error. */
  none = gpm_store_list_products (f->store, vendor_id (f, "idc"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_relations_both_ways (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) metax = NULL;
  g_autoptr(GPtrArray) h3c = NULL;
  gint64 metax_id = vendor_id (f, "metax");
  gint64 h3c_id = vendor_id (f, "new-h3c");
  GpmRelation *relation;

  metax = gpm_store_list_relations (f->store, metax_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (metax->len, ==, 3);
  relation = g_ptr_array_index (metax, 0);
  g_assert_cmpint (gpm_relation_get_vendor_id (relation), ==, metax_id);
  g_assert_cmpint (gpm_relation_get_other_id (relation), ==, h3c_id);
  g_assert_cmpstr (gpm_relation_get_kind (relation), ==, "customer");
  g_assert_cmpstr (gpm_relation_get_period (relation), ==, "2024");
  g_assert_cmpstr (gpm_relation_get_text (relation, GPM_RELATION_OTHER_NAME), ==, "New H3C");
  g_assert_cmpstr (gpm_relation_get_text (relation, GPM_RELATION_OTHER_NAME_ZH), ==, "新华三");
  g_assert_cmpstr (gpm_relation_get_text (relation, GPM_RELATION_OTHER_NAME_ZH_HANT), ==,
                   "新華三");
  g_assert_cmpstr (gpm_relation_get_text (relation, GPM_RELATION_VENDOR_NAME), ==, "MetaX");
  g_assert_nonnull (strstr (gpm_relation_get_quote (relation), "新華三"));

  /* Seen from the customer's side, the same rows come back. */
  h3c = gpm_store_list_relations (f->store, h3c_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (h3c->len, ==, 2);
  for (guint i = 0; i < h3c->len; i++)
    g_assert_cmpint (gpm_relation_get_other_id (g_ptr_array_index (h3c, i)), ==, h3c_id);
}

static void
test_vendor_events (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) metax = NULL;
  g_autoptr(GPtrArray) nvidia = NULL;
  GpmEvent *event;
  guint n_ids;

  metax = gpm_store_list_vendor_events (f->store, vendor_id (f, "metax"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (metax->len, ==, 1);
  event = g_ptr_array_index (metax, 0);
  g_assert_cmpstr (gpm_event_get_date (event), ==, "2025-06-30");
  g_assert_cmpstr (gpm_event_get_category (event), ==, "capital");
  /* Every vendor of the event, not just the one asked about. */
  gpm_event_get_vendor_ids (event, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_true (gpm_event_has_vendor (event, vendor_id (f, "moore-threads")));
  g_assert_cmpstr (gpm_event_get_vendor_names (event), ==, "MetaX;Moore Threads");

  /* By date: "2023" comes before "2024-Q4", which comes before "2025-04". */
  nvidia = gpm_store_list_vendor_events (f->store, vendor_id (f, "nvidia"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nvidia->len, >=, 5);
  g_assert_cmpstr (gpm_event_get_date (g_ptr_array_index (nvidia, 0)), ==, "2023");
  g_assert_cmpstr (gpm_event_get_date (g_ptr_array_index (nvidia, 1)), ==, "2024-Q4");
  g_assert_cmpstr (gpm_event_get_date (g_ptr_array_index (nvidia, 2)), ==, "2025");
  g_assert_cmpstr (gpm_event_get_date (g_ptr_array_index (nvidia, 3)), ==, "2025-04");
}

static void
test_summaries (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) summaries = gpm_store_list_vendor_summaries (f->store, NULL, &error);
  const GpmVendorSummary *metax, *moore, *nvidia;

  g_assert_no_error (error);
  metax = find_summary (summaries, vendor_id (f, "metax"));
  g_assert_nonnull (metax);
  /* Full years only: 2025-Q1 is not on the yearly line. */
  g_assert_cmpuint (metax->n_revenue, ==, 3);
  g_assert_cmpstr (metax->revenue_periods[0], ==, "2022");
  g_assert_cmpstr (metax->revenue_periods[2], ==, "2024");
  g_assert_null (metax->revenue_periods[3]);
  g_assert_cmpfloat (metax->revenue[0], ==, 4264000000.0);
  g_assert_cmpint (metax->revenue_flags[0], ==, GPM_FIGURE_DOUBTFUL);
  g_assert_cmpint (metax->revenue_flags[1], ==, 0);
  g_assert_cmpstr (metax->revenue_unit, ==, "CNY");
  g_assert_cmpfloat (metax->latest_revenue, ==, 743000000.0);
  g_assert_cmpstr (metax->latest_revenue_period, ==, "2024");
  g_assert_cmpfloat (metax->valuation, ==, 21000000000.0);
  g_assert_cmpstr (metax->valuation_unit, ==, "CNY");

  moore = find_summary (summaries, vendor_id (f, "moore-threads"));
  g_assert_nonnull (moore);
  g_assert_cmpfloat (moore->latest_revenue, ==, 438000000.0);
  g_assert_cmpfloat (moore->valuation, ==, 24600000000.0);

  /* No valuation, but a market capitalisation. */
  nvidia = find_summary (summaries, vendor_id (f, "nvidia"));
  g_assert_nonnull (nvidia);
  g_assert_true (isnan (nvidia->latest_revenue));
  g_assert_cmpuint (nvidia->n_revenue, ==, 0);
  g_assert_cmpfloat (nvidia->valuation, ==, 4170000000000.0);
  g_assert_cmpstr (nvidia->valuation_unit, ==, "USD");

  /* Vendors without any of those figures have no summary. */
  g_assert_null (find_summary (summaries, vendor_id (f, "idc")));
}

static void
test_summaries_follow_edits (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmObservation) forecast = gpm_observation_new ();
  g_autoptr(GpmStoreChange) change = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  g_autoptr(GPtrArray) sources = gpm_store_list_sources (f->store, NULL, NULL);
  g_autoptr(GpmVendorSummary) copy = NULL;
  const GpmVendorSummary *metax;
  gint64 metax_id = vendor_id (f, "metax");

  gpm_observation_set_vendor_id (forecast, metax_id);
  gpm_observation_set_metric_id (forecast, metric_id (f, "revenue"));
  gpm_observation_set_period (forecast, "2025");
  gpm_observation_set_value (forecast, 1.5e9);
  gpm_observation_set_unit (forecast, "CNY");
  gpm_observation_set_status (forecast, "forecast");
  gpm_observation_set_source_id (forecast,
                                 gpm_source_get_id (g_ptr_array_index (sources, 0)));
  gpm_observation_set_quote (forecast, "A test sentence.");
  g_assert_true (gpm_store_add_observation (f->store, forecast, &change, &error));
  g_assert_no_error (error);

  after = gpm_store_list_vendor_summaries (f->store, NULL, &error);
  g_assert_no_error (error);
  metax = find_summary (after, metax_id);
  g_assert_cmpuint (metax->n_revenue, ==, 4);
  g_assert_cmpint (metax->revenue_flags[3], ==, GPM_FIGURE_FORECAST);
  /* A forecast is not the latest reported revenue. */
  g_assert_cmpstr (metax->latest_revenue_period, ==, "2024");

  copy = gpm_vendor_summary_copy (metax);
  g_assert_cmpuint (copy->n_revenue, ==, 4);
  g_assert_cmpstr (copy->revenue_periods[3], ==, "2025");
  g_assert_cmpfloat (copy->revenue[3], ==, 1.5e9);

  g_assert_true (gpm_store_undo (f->store, change, &error));
  g_assert_no_error (error);
  undone = gpm_store_list_vendor_summaries (f->store, NULL, &error);
  g_assert_cmpuint (find_summary (undone, metax_id)->n_revenue, ==, 3);
}

static void
on_ready (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *slot;
}

static void
test_async_and_cancel (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GAsyncResult) products = NULL;
  g_autoptr(GAsyncResult) relations = NULL;
  g_autoptr(GAsyncResult) events = NULL;
  g_autoptr(GAsyncResult) summaries = NULL;
  g_autoptr(GAsyncResult) stopped = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 metax_id = vendor_id (f, "metax");

  gpm_store_list_products_async (f->store, metax_id, NULL, on_ready, &products);
  gpm_store_list_relations_async (f->store, metax_id, NULL, on_ready, &relations);
  gpm_store_list_vendor_events_async (f->store, metax_id, NULL, on_ready, &events);
  gpm_store_list_vendor_summaries_async (f->store, NULL, on_ready, &summaries);

  items = gpm_store_list_products_finish (f->store, wait_for (&products), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 3);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = gpm_store_list_relations_finish (f->store, wait_for (&relations), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 3);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = gpm_store_list_vendor_events_finish (f->store, wait_for (&events), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = gpm_store_list_vendor_summaries_finish (f->store, wait_for (&summaries), &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_summary (items, metax_id));
  g_clear_pointer (&items, g_ptr_array_unref);

  g_cancellable_cancel (cancelled);
  gpm_store_list_vendor_summaries_async (f->store, cancelled, on_ready, &stopped);
  items = gpm_store_list_vendor_summaries_finish (f->store, wait_for (&stopped), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (items);
  g_clear_error (&error);

  items = gpm_store_list_relations (f->store, metax_id, cancelled, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (items);
}

/* Each metric of a vendor is counted, in key order; a filter's "latest" keeps the
 * latest figures by period, in the list's usual order, and honours the range too. */
static void
test_count_and_latest (Fixture       *f,
                       gconstpointer  data)
{
  gint64 metax = vendor_id (f, "metax");
  gint64 shipments = metric_id (f, "shipments");
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new (double, 100);
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GPtrArray) metrics = NULL;
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GPtrArray) ranged = NULL;
  g_autoptr(GError) error = NULL;
  GpmObservationFilter filter = { metax, 0, shipments, NULL, NULL, 3 };
  const char *last_key = "";
  gint64 seen = 0;

  for (guint i = 0; i < 100; i++)
    {
      g_ptr_array_add (periods, g_strdup_printf ("2020-01-%02u", 1 + i % 28));
      values[i] = i;
    }
  /* Days 1–28 of January, several figures a day (the same period from one source). */
  g_assert_true (gpm_store_insert_series_for_test (f->store, metax, 0, shipments,
                                                   (const char * const *) periods->pdata,
                                                   values, 100, "units", 1, "A sentence.",
                                                   &error));
  g_assert_no_error (error);

  counts = gpm_store_count_vendor_figures (f->store, metax, NULL, &error);
  g_assert_no_error (error);
  metrics = gpm_store_list_metrics (f->store, NULL, NULL);
  for (guint i = 0; i < counts->len; i++)
    {
      const GpmFigureCount *count = &g_array_index (counts, GpmFigureCount, i);
      const char *this_key = NULL;

      for (guint m = 0; m < metrics->len; m++)
        if (gpm_metric_get_id (g_ptr_array_index (metrics, m)) == count->metric_id)
          this_key = gpm_metric_get_key (g_ptr_array_index (metrics, m));
      g_assert_cmpstr (last_key, <, this_key);
      last_key = this_key;
      if (count->metric_id == shipments)
        g_assert_cmpint (count->count, ==, 100);
      seen += count->count;
    }
  g_assert_cmpint (seen, ==, 100 + 11);   /* and MetaX's 11 figures of the bundled data */

  /* The latest three: the figures of the 28th, the last one entered first among them. */
  latest = gpm_store_list_observations (f->store, &filter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (latest->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (gpm_observation_get_period (g_ptr_array_index (latest, i)), ==,
                     "2020-01-28");
  g_assert_cmpfloat (gpm_observation_get_value (g_ptr_array_index (latest, 2)), ==, 83);

  /* With a range ending before them, none of the latest three is in it. */
  filter.to = "2020-01-27";
  ranged = gpm_store_list_observations (f->store, &filter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranged->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store-profile/products", test_products);
  ADD ("/store-profile/relations-both-ways", test_relations_both_ways);
  ADD ("/store-profile/vendor-events", test_vendor_events);
  ADD ("/store-profile/summaries", test_summaries);
  ADD ("/store-profile/summaries-follow-edits", test_summaries_follow_edits);
  ADD ("/store-profile/async-and-cancel", test_async_and_cancel);
  ADD ("/store-profile/count-and-latest", test_count_and_latest);

#undef ADD

  return g_test_run ();
}
