/* test-export-data.c — `gpu-market export-data` end to end, and the CSV it writes.
 *
 * Runs the real executable on a database made for the test, parses what it prints
 * and compares it, row by row, with what the store holds.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "gpm-csv.h"
#include "gpm-store.h"

typedef struct
{
  char     *dir;
  char     *db;
  GpmStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("gpm-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (f->db, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* Runs gpu-market with ARGS; returns its exit status and what it printed. */
static int
run_cli (const char *const *args,
         char              **out,
         char              **err)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exe = g_build_filename (g_getenv ("GPM_BUILD_DIR"), "src", "gpu-market",
                                           NULL);
  int status = 0;

  g_strv_builder_add (builder, exe);
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);

  g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static GPtrArray *
export_csv (Fixture    *f,
            const char *table)
{
  const char *args[] = { "export-data", table, "--database", f->db, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  rows = gpm_csv_parse (out, -1, ',', &error);
  g_assert_no_error (error);

  return rows;
}

static void
assert_header_starts_with (GPtrArray  *rows,
                           const char *expected)
{
  g_auto(GStrv) want = g_strsplit (expected, ",", -1);
  char **header = g_ptr_array_index (rows, 0);

  g_assert_cmpuint (g_strv_length (header), >=, g_strv_length (want));
  for (guint i = 0; want[i] != NULL; i++)
    g_assert_cmpstr (header[i], ==, want[i]);
}

static void
test_observations_csv_matches_store (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = export_csv (f, "observations");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = gpm_store_list_observations (f->store, NULL, NULL, &error);

  g_assert_no_error (error);
  assert_header_starts_with (rows, "subject,metric,period,value,unit,status,source,quote");
  g_assert_cmpuint (rows->len - 1, ==, items->len);
  g_assert_cmpuint (items->len, >, 0);

  for (guint i = 0; i < items->len; i++)
    {
      GpmObservation *o = g_ptr_array_index (items, i);
      char **row = g_ptr_array_index (rows, i + 1);

      g_assert_cmpstr (row[0], ==, gpm_observation_get_subject_name (o));
      g_assert_cmpstr (row[1], ==, gpm_observation_get_metric_key (o));
      g_assert_cmpstr (row[2], ==, gpm_observation_get_period (o));
      /* The number reads back to exactly the stored double. */
      g_assert_cmpfloat (g_ascii_strtod (row[3], NULL), ==, gpm_observation_get_value (o));
      g_assert_cmpstr (row[4], ==, gpm_observation_get_unit (o));
      g_assert_cmpstr (row[5], ==, gpm_observation_get_status (o));
      g_assert_cmpstr (row[6], ==, "ittimes-2025-07");
      g_assert_cmpstr (row[7], ==, gpm_observation_get_quote (o));
    }
}

static void
test_events_vendors_sources_csv (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) events = export_csv (f, "events");
  g_autoptr(GPtrArray) vendors = export_csv (f, "vendors");
  g_autoptr(GPtrArray) sources = export_csv (f, "sources");
  gboolean found_h20 = FALSE;

  assert_header_starts_with (events, "date,category,vendors,title,title_zh,source,quote");
  assert_header_starts_with (vendors,
                             "name,name_zh,country,headquarters,founded,segments,listing_status");
  assert_header_starts_with (sources, "key,publisher,publisher_zh,title,published,language,url");
  g_assert_cmpint (events->len - 1, ==, gpm_store_count (f->store, "events"));
  g_assert_cmpint (vendors->len - 1, ==, gpm_store_count (f->store, "vendors"));
  g_assert_cmpint (sources->len - 1, ==, gpm_store_count (f->store, "sources"));

  /* The licence decision of 15 July 2025 names NVIDIA among its vendors. */
  for (guint i = 1; i < events->len; i++)
    {
      char **row = g_ptr_array_index (events, i);
      g_auto(GStrv) names = g_strsplit (row[2], ";", -1);

      if (g_str_equal (row[0], "2025-07-15") && g_strv_contains ((const char **) names, "NVIDIA"))
        found_h20 = TRUE;
    }
  g_assert_true (found_h20);
}

static void
test_json_parses_and_matches (Fixture       *f,
                              gconstpointer  data)
{
  const char *args[] = { "export-data", "observations", "--format", "json",
                         "--database", f->db, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = gpm_store_list_observations (f->store, NULL, NULL, &error);
  JsonArray *array;

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, items->len);

  for (guint i = 0; i < items->len; i++)
    {
      GpmObservation *o = g_ptr_array_index (items, i);
      JsonObject *row = json_array_get_object_element (array, i);

      g_assert_cmpfloat (json_object_get_double_member (row, "value"), ==,
                         gpm_observation_get_value (o));
      g_assert_cmpstr (json_object_get_string_member (row, "quote"), ==,
                       gpm_observation_get_quote (o));
      g_assert_cmpint (json_object_get_boolean_member (row, "doubtful"), ==,
                       gpm_observation_get_doubtful (o));
    }
}

static void
test_output_file_equals_stdout (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "vendors.csv", NULL);
  const char *to_file[] = { "export-data", "vendors", "-o", path, "-d", f->db, NULL };
  const char *to_stdout[] = { "export-data", "vendors", "-d", f->db, NULL };
  g_autofree char *out = NULL;
  g_autofree char *file_out = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (run_cli (to_file, &file_out, NULL), ==, 0);
  g_assert_cmpstr (file_out, ==, "");
  g_assert_cmpint (run_cli (to_stdout, &out, NULL), ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, out);
}

static void
test_errors_exit_non_zero (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "no-such.db", NULL);
  g_autofree char *unwritable = g_build_filename (f->dir, "no-such-dir", "x.csv", NULL);
  const char *bad_table[] = { "export-data", "charts", "-d", f->db, NULL };
  const char *bad_format[] = { "export-data", "vendors", "--format", "xlsx", "-d", f->db, NULL };
  const char *no_db[] = { "export-data", "vendors", "-d", missing, NULL };
  const char *bad_out[] = { "export-data", "vendors", "-d", f->db, "-o", unwritable, NULL };
  struct { const char *const *args; int status; const char *says; } cases[] = {
    { bad_table, 2, "vendors, observations, events, sources" },
    { bad_format, 2, "xlsx" },
    { no_db, 1, "no-such.db" },
    { bad_out, 1, "x.csv" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (cases[i].args, &out, &err), ==, cases[i].status);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, cases[i].says));
      /* One clear line, not a dump. */
      g_assert_cmpint (strchr (err, '\n') - err, ==, (int) strlen (err) - 1);
    }

  /* A missing database is reported, never quietly created. */
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (unwritable, G_FILE_TEST_EXISTS));
}

static void
test_csv_round_trip (void)
{
  const char *fields[] = { "plain", "a,b", "say \"hi\"", "two\nlines", " padded ", "", "中文" };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  char **row;

  gpm_csv_append_row (out, fields, G_N_ELEMENTS (fields));
  gpm_csv_append_row (out, fields, 2);
  rows = gpm_csv_parse (out->str, out->len, ',', &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (g_strv_length (row), ==, G_N_ELEMENTS (fields));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpstr (row[i], ==, fields[i]);

  g_assert_null (gpm_csv_parse ("a,\"open\nb", -1, ',', &error));
  g_assert_error (error, GPM_CSV_ERROR, GPM_CSV_ERROR_UNTERMINATED_QUOTE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/round-trip", test_csv_round_trip);
  g_test_add ("/export-data/observations-csv", Fixture, NULL,
              fixture_set_up, test_observations_csv_matches_store, fixture_tear_down);
  g_test_add ("/export-data/events-vendors-sources-csv", Fixture, NULL,
              fixture_set_up, test_events_vendors_sources_csv, fixture_tear_down);
  g_test_add ("/export-data/json", Fixture, NULL,
              fixture_set_up, test_json_parses_and_matches, fixture_tear_down);
  g_test_add ("/export-data/output-file", Fixture, NULL,
              fixture_set_up, test_output_file_equals_stdout, fixture_tear_down);
  g_test_add ("/export-data/errors", Fixture, NULL,
              fixture_set_up, test_errors_exit_non_zero, fixture_tear_down);

  return g_test_run ();
}
