/* test-dataset.c — the bundled dataset: it loads, and every figure and event in it
 * carries a source and a quote that occurs verbatim in the article it came from.
 *
 * The article is read from GPM_SOURCES_DIR (../shared/sources by default); it is not
 * copied into the project.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "gpm-period.h"
#include "gpm-store.h"

#define ARTICLE "china-ai-chip-market-2025-07.zh-Hant.txt"

typedef struct
{
  char     *dir;
  GpmStore *store;
  char     *article;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *article_path = NULL;

  f->dir = g_dir_make_tmp ("gpm-dataset-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (path, &error);
  g_assert_no_error (error);

  article_path = g_build_filename (g_getenv ("GPM_SOURCES_DIR"), ARTICLE, NULL);
  if (!g_file_get_contents (article_path, &f->article, NULL, NULL))
    f->article = NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (gpm_store_get_path (f->store));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_object (&f->store);
  g_remove (wal);
  g_remove (shm);
  g_remove (path);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->article);
}

static gboolean
need_article (Fixture *f)
{
  if (f->article != NULL)
    return TRUE;
  g_test_skip ("The source article is not at GPM_SOURCES_DIR (" ARTICLE "); "
               "configure with -Dsources_dir=… to check the quotes");
  return FALSE;
}

static void
test_dataset_loads (Fixture       *f,
                    gconstpointer  data)
{
  /* Floors, not exact counts: the dataset may grow, never silently shrink to nothing. */
  g_assert_cmpint (gpm_store_count (f->store, "sources"), >=, 1);
  g_assert_cmpint (gpm_store_count (f->store, "vendors"), >=, 20);
  g_assert_cmpint (gpm_store_count (f->store, "metrics"), >=, 10);
  g_assert_cmpint (gpm_store_count (f->store, "observations"), >=, 50);
  g_assert_cmpint (gpm_store_count (f->store, "events"), >=, 15);
}

static void
test_observations_quote_the_article (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = gpm_store_list_observations (f->store, NULL, NULL, &error);
  guint doubtful = 0;

  g_assert_no_error (error);
  if (!need_article (f))
    return;

  for (guint i = 0; i < items->len; i++)
    {
      GpmObservation *o = g_ptr_array_index (items, i);
      const char *quote = gpm_observation_get_quote (o);
      GpmPeriod period;

      g_test_message ("%s %s %s", gpm_observation_get_subject_name (o),
                      gpm_observation_get_metric_key (o), gpm_observation_get_period (o));
      g_assert_cmpint (gpm_observation_get_source_id (o), >, 0);
      g_assert_cmpstr (quote, !=, "");
      g_assert_nonnull (strstr (f->article, quote));
      g_assert_true (gpm_period_parse (gpm_observation_get_period (o), &period, NULL));
      g_assert_true (isfinite (gpm_observation_get_value (o)));

      /* A flagged figure must say why. */
      if (gpm_observation_get_doubtful (o))
        {
          doubtful++;
          g_assert_cmpstr (gpm_observation_get_note (o), !=, "");
        }
    }

  /* The article prints MetaX's 2022 revenue as 42.64億元 against its own "never above
   * 8億 in three years": that figure must stay flagged. */
  g_assert_cmpuint (doubtful, >=, 1);
}

static void
test_metax_2022_revenue_is_flagged (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = gpm_store_list_observations (f->store, NULL, NULL, &error);
  gboolean found = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      GpmObservation *o = g_ptr_array_index (items, i);

      if (g_strcmp0 (gpm_observation_get_subject_name (o), "MetaX") == 0 &&
          g_strcmp0 (gpm_observation_get_metric_key (o), "revenue") == 0 &&
          g_strcmp0 (gpm_observation_get_period (o), "2022") == 0)
        {
          found = TRUE;
          /* Kept as printed, never silently fixed. */
          g_assert_cmpfloat (gpm_observation_get_value (o), ==, 4264000000.0);
          g_assert_true (gpm_observation_get_doubtful (o));
        }
    }
  g_assert_true (found);
}

static void
test_events_quote_the_article (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = gpm_store_list_events (f->store, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  if (!need_article (f))
    return;

  for (guint i = 0; i < items->len; i++)
    {
      GpmEvent *e = g_ptr_array_index (items, i);
      GpmPeriod date;

      g_test_message ("%s %s", gpm_event_get_date (e), gpm_event_get_title (e));
      g_assert_cmpint (gpm_event_get_source_id (e), >, 0);
      g_assert_cmpstr (gpm_event_get_title (e), !=, "");
      g_assert_cmpstr (gpm_event_get_title_zh (e), !=, "");
      g_assert_nonnull (strstr (f->article, gpm_event_get_quote (e)));
      g_assert_true (gpm_period_parse (gpm_event_get_date (e), &date, NULL));
    }
}

static void
test_vendors_have_both_names (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = gpm_store_list_vendors (f->store, NULL, &error);
  const char *chipmakers[] = { "NVIDIA", "AMD", "Huawei", "Cambricon", "Moore Threads",
                               "MetaX", "Enflame", "Biren Technology", "Hygon" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (chipmakers); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < items->len && !found; j++)
        {
          GpmVendor *v = g_ptr_array_index (items, j);

          if (g_strcmp0 (gpm_vendor_get_name (v), chipmakers[i]) != 0)
            continue;
          found = TRUE;
          g_assert_cmpstr (gpm_vendor_get_name_zh (v), !=, "");
          g_assert_cmpstr (gpm_vendor_get_name_zh_hant (v), !=, "");
        }
      g_assert_true (found);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/dataset/loads", Fixture, NULL,
              fixture_set_up, test_dataset_loads, fixture_tear_down);
  g_test_add ("/dataset/observations-quote-the-article", Fixture, NULL,
              fixture_set_up, test_observations_quote_the_article, fixture_tear_down);
  g_test_add ("/dataset/metax-2022-revenue-flagged", Fixture, NULL,
              fixture_set_up, test_metax_2022_revenue_is_flagged, fixture_tear_down);
  g_test_add ("/dataset/events-quote-the-article", Fixture, NULL,
              fixture_set_up, test_events_quote_the_article, fixture_tear_down);
  g_test_add ("/dataset/vendors-have-both-names", Fixture, NULL,
              fixture_set_up, test_vendors_have_both_names, fixture_tear_down);

  return g_test_run ();
}
