/* test-csv-export.c — CSV that is safe to open in a spreadsheet.
 *
 * Every formula trigger (= + - @ tab CR, and ＝ ＋ － ＠), bare and after leading spaces,
 * is neutralised with an apostrophe in every text column of every table and of a chart's
 * data, while number columns keep -5 and +3.2 as numbers; the importer's rule takes the
 * apostrophe off again, so CSV → strip gives back exactly what JSON carries; the BOM is
 * there only when asked for; and `export-data --chart` writes the plotted numbers.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "gpm-chart-data-export.h"
#include "gpm-csv.h"
#include "gpm-safe-file.h"
#include "gpm-table-export.h"
#include "gpm-test-db.h"

#define BOM "\xEF\xBB\xBF"

static const char * const triggers[] = {
  "=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20",
};

static const char * const leading_spaces[] = { "", " ", "   ", "\u3000", " \u3000\u00a0 " };

typedef GpmTestStore Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gpm_test_store_set_up (f, "csv-export");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpm_test_store_tear_down (f);
}

static void
test_every_trigger (void)
{
  guint n = 0;

  for (guint s = 0; s < G_N_ELEMENTS (leading_spaces); s++)
    for (guint t = 0; t < G_N_ELEMENTS (triggers); t++)
      {
        g_autofree char *text = g_strconcat (leading_spaces[s], triggers[t], "SUM(A1:A9)",
                                             NULL);
        g_autofree char *safe = gpm_csv_neutralise (text);
        g_autofree char *expected = g_strconcat ("'", text, NULL);

        g_assert_true (gpm_csv_needs_neutralising (text));
        g_assert_cmpstr (safe, ==, expected);
        g_assert_cmpstr (gpm_csv_strip_neutraliser (safe), ==, text);
        n++;
      }
  g_assert_cmpuint (n, ==, 50);
}

static void
test_harmless_text_unchanged (void)
{
  static const char * const harmless[] = {
    "", "Moore Threads", "摩尔线程", "a=b", "5", "2025-Q1", "'quoted", "x-1", "(5)", "¥12",
    "\u2212" "5", "'", "''",
  };

  for (guint i = 0; i < G_N_ELEMENTS (harmless); i++)
    {
      g_autofree char *safe = gpm_csv_neutralise (harmless[i]);

      g_assert_false (gpm_csv_needs_neutralising (harmless[i]));
      g_assert_cmpstr (safe, ==, harmless[i]);
      /* The importer leaves anything this writer did not neutralise alone. */
      g_assert_true (gpm_csv_strip_neutraliser (harmless[i]) == harmless[i]);
    }
}

/* Text that already starts with an apostrophe before a trigger gets one more, so taking
 * exactly one off always gives the original back. */
static void
test_apostrophes_round_trip (void)
{
  static const char * const texts[] = { "'=1", "''=1", "' +1", "'''\uff20x" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *safe = gpm_csv_neutralise (texts[i]);
      g_autofree char *expected = g_strconcat ("'", texts[i], NULL);

      g_assert_cmpstr (safe, ==, expected);
      g_assert_cmpstr (gpm_csv_strip_neutraliser (safe), ==, texts[i]);
    }
}

/* Puts a trigger, after varying spaces, into every free-text column the export shows. */
static void
poison_database (Fixture *f)
{
  static const char * const updates[] = {
    "UPDATE vendors SET key = '=k' || id, name = ' =HYPERLINK(\"x\")' || id,"
    " name_zh = '\uff0b' || name_zh, name_zh_hant = '\uff0d' || id, aliases = '@a',"
    " country = char(9) || 'CN', headquarters = char(13) || 'Beijing',"
    " segments = '-gpgpu', listing_board = '\u3000\uff20b', note = '  +1'",
    "UPDATE sources SET key = '@s' || id, publisher = '=p', publisher_zh = '\uff1dp',"
    " title = '-t', language = '+zh', url = ' @u'",
    "UPDATE metrics SET key = '=m' || id",
    "UPDATE scopes SET name = '-' || name, name_zh = '@' || name_zh",
    "UPDATE observations SET unit = '@u', quote = '=q', note = char(9) || 'n'",
    "UPDATE observations SET value = -5 WHERE id = (SELECT min(id) FROM observations)",
    "UPDATE observations SET value = 3.2 WHERE id = (SELECT max(id) FROM observations)",
    "UPDATE events SET title = '=t', title_zh = '\uff20t', quote = '+q', note = ' -n'",
  };

  sqlite3 *db = NULL;

  /* A connection of the test's own: the store sees the rows as another writer left them. */
  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (updates); i++)
    if (sqlite3_exec (db, updates[i], NULL, NULL, NULL) != SQLITE_OK)
      g_error ("%s: %s", updates[i], sqlite3_errmsg (db));
  sqlite3_close (db);
}

static GPtrArray *
export_rows (Fixture            *f,
             GpmTable            table,
             GpmTableExportFlags flags,
             JsonArray         **out_json,
             JsonParser        **out_parser)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) json = NULL;
  JsonParser *parser = json_parser_new ();
  GPtrArray *rows;
  gsize size;
  const char *text;

  csv = gpm_table_export_full (f->store, table, GPM_TABLE_FORMAT_CSV, flags, NULL, &error);
  g_assert_no_error (error);
  json = gpm_table_export_full (f->store, table, GPM_TABLE_FORMAT_JSON, flags, NULL, &error);
  g_assert_no_error (error);

  text = g_bytes_get_data (csv, &size);
  rows = gpm_csv_parse (text, size, ',', &error);
  g_assert_no_error (error);

  text = g_bytes_get_data (json, &size);
  g_assert_false (g_str_has_prefix (text, BOM));
  json_parser_load_from_data (parser, text, size, &error);
  g_assert_no_error (error);
  *out_json = json_node_get_array (json_parser_get_root (parser));
  *out_parser = parser;

  return rows;
}

/* Every cell: a JSON string is the CSV text minus the neutralising apostrophe, which is
 * there exactly when a spreadsheet would run the text; anything else is written as is. */
static void
check_table (Fixture            *f,
             GpmTable            table,
             const char * const *must_neutralise)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) neutralised = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *objects = NULL;
  char **header;

  rows = export_rows (f, table, GPM_TABLE_EXPORT_DEFAULT, &objects, &parser);
  header = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (rows->len, ==, json_array_get_length (objects) + 1);
  g_assert_cmpuint (rows->len, >, 1);

  for (guint r = 1; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);
      JsonObject *object = json_array_get_object_element (objects, r - 1);

      for (guint c = 0; header[c] != NULL; c++)
        {
          JsonNode *node = json_object_get_member (object, header[c]);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            {
              const char *original = json_node_get_string (node);
              g_autofree char *expected = gpm_csv_neutralise (original);

              g_assert_cmpstr (cells[c], ==, expected);
              g_assert_cmpstr (gpm_csv_strip_neutraliser (cells[c]), ==, original);
              if (!g_str_equal (cells[c], original))
                g_hash_table_add (neutralised, header[c]);
            }
          else
            g_assert_false (g_str_has_prefix (cells[c], "'"));
        }
    }

  for (guint i = 0; must_neutralise[i] != NULL; i++)
    if (!g_hash_table_contains (neutralised, must_neutralise[i]))
      g_error ("column %s was not neutralised", must_neutralise[i]);
}

static void
test_every_text_column (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const vendors[] = {
    "name", "name_zh", "country", "headquarters", "segments", "name_zh_hant", "aliases",
    "listing_board", "note", "key", NULL
  };
  static const char * const observations[] = {
    "subject", "metric", "unit", "source", "quote", "note", "subject_zh", NULL
  };
  static const char * const events[] = {
    "vendors", "title", "title_zh", "source", "quote", "note", NULL
  };
  static const char * const sources[] = {
    "key", "publisher", "publisher_zh", "title", "language", "url", NULL
  };

  poison_database (f);
  check_table (f, GPM_TABLE_VENDORS, vendors);
  check_table (f, GPM_TABLE_OBSERVATIONS, observations);
  check_table (f, GPM_TABLE_EVENTS, events);
  check_table (f, GPM_TABLE_SOURCES, sources);
}

/* A value column holds numbers, so -5 and 3.2 are written as numbers, never as text. */
static void
test_numbers_stay_numbers (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  JsonArray *objects = NULL;
  gboolean seen_negative = FALSE, seen_fraction = FALSE;

  poison_database (f);
  rows = export_rows (f, GPM_TABLE_OBSERVATIONS, GPM_TABLE_EXPORT_DEFAULT, &objects, &parser);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 0))[3], ==, "value");
  for (guint r = 1; r < rows->len; r++)
    {
      const char *value = ((char **) g_ptr_array_index (rows, r))[3];
      JsonObject *object = json_array_get_object_element (objects, r - 1);

      seen_negative |= g_str_equal (value, "-5");
      seen_fraction |= g_str_equal (value, "3.2");
      g_assert_cmpfloat (g_ascii_strtod (value, NULL), ==,
                         json_object_get_double_member (object, "value"));
    }
  g_assert_true (seen_negative);
  g_assert_true (seen_fraction);
}

static void
test_bom_only_when_asked (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) excel = NULL;
  g_autoptr(GBytes) json = NULL;
  gsize plain_size, excel_size;
  const char *p, *e;

  plain = gpm_table_export_full (f->store, GPM_TABLE_VENDORS, GPM_TABLE_FORMAT_CSV, 0, NULL,
                                 &error);
  g_assert_no_error (error);
  excel = gpm_table_export_full (f->store, GPM_TABLE_VENDORS, GPM_TABLE_FORMAT_CSV,
                                 GPM_TABLE_EXPORT_BOM, NULL, &error);
  g_assert_no_error (error);
  json = gpm_table_export_full (f->store, GPM_TABLE_VENDORS, GPM_TABLE_FORMAT_JSON,
                                GPM_TABLE_EXPORT_BOM, NULL, &error);
  g_assert_no_error (error);

  p = g_bytes_get_data (plain, &plain_size);
  e = g_bytes_get_data (excel, &excel_size);
  g_assert_false (g_str_has_prefix (p, BOM));
  g_assert_true (g_str_has_prefix (e, BOM));
  g_assert_cmpuint (excel_size, ==, plain_size + 3);
  g_assert_cmpmem (e + 3, excel_size - 3, p, plain_size);
  g_assert_cmpint (((const char *) g_bytes_get_data (json, NULL))[0], ==, '[');
}

static void
test_chart_data (void)
{
  g_autoptr(GpmChartData) data = gpm_chart_data_new (GPM_CHART_TYPE_LINE);
  g_autoptr(GpmChartSeries) series = gpm_chart_series_new ("k", "=Evil series", "\uff20CNY",
                                                            GPM_VALUE_KIND_MONEY);
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *first;
  char **row;

  gpm_chart_series_add_point (series, 20089, 20179, "2025-Q1", -5);
  gpm_chart_series_add_point (series, 20179, 20270, "2025-Q2", 3.2);
  gpm_chart_series_set_point_provenance (series, 0, "+Source", "2025-04", " @quote");
  gpm_chart_data_add_series (data, series);

  csv = gpm_chart_data_export (data, GPM_TABLE_FORMAT_CSV, GPM_TABLE_EXPORT_BOM);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (csv, NULL), BOM));
  rows = gpm_csv_parse (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), ',', &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row[0], ==, "series");
  g_assert_cmpstr (row[2], ==, "value");
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row[0], ==, "'=Evil series");
  g_assert_cmpstr (row[1], ==, "2025-Q1");
  g_assert_cmpstr (row[2], ==, "-5");
  g_assert_cmpstr (row[3], ==, "'\uff20CNY");
  g_assert_cmpstr (row[4], ==, "reported");
  g_assert_cmpstr (row[5], ==, "'+Source");
  g_assert_cmpstr (row[6], ==, "' @quote");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 2))[2], ==, "3.2");

  json = gpm_chart_data_export (data, GPM_TABLE_FORMAT_JSON, 0);
  json_parser_load_from_data (parser, g_bytes_get_data (json, NULL), g_bytes_get_size (json),
                              &error);
  g_assert_no_error (error);
  first = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)),
                                         0);
  g_assert_cmpstr (json_object_get_string_member (first, "series"), ==, "=Evil series");
  g_assert_cmpfloat (json_object_get_double_member (first, "value"), ==, -5);
}

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

/* `export-data --chart` writes one row per plotted point, in both formats, to a file. */
static void
test_cli_chart (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) charts = gpm_store_list_saved_charts (f->store, NULL, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *id = NULL;
  g_autofree char *csv_path = g_build_filename (f->dir, "chart.csv", NULL);
  g_autofree char *json_path = g_build_filename (f->dir, "chart.json", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gsize size;

  g_assert_no_error (error);
  g_assert_cmpuint (charts->len, >, 0);
  id = g_strdup_printf ("%" G_GINT64_FORMAT,
                        gpm_saved_chart_get_id (g_ptr_array_index (charts, 0)));

  {
    const char *args[] = { "export-data", "--chart", id, "--bom", "-o", csv_path,
                           "--database", f->db, NULL };

    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_cmpstr (err, ==, "");
  }
  {
    const char *args[] = { "export-data", "--chart", id, "--format", "json", "-o", json_path,
                           "--database", f->db, NULL };

    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  }
  {
    const char *args[] = { "export-data", "--chart", "no such chart", "--database", f->db,
                           NULL };

    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_cli (args, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "no saved chart"));
    g_assert_null (strchr (strchr (err, '\n') + 1, '\n'));
  }

  g_file_get_contents (csv_path, &csv, &size, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (csv, BOM));
  rows = gpm_csv_parse (csv, size, ',', &error);
  g_assert_no_error (error);
  json_parser_load_from_file (parser, json_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >, 1);
  g_assert_cmpuint (rows->len - 1, ==,
                    json_array_get_length (json_node_get_array (json_parser_get_root (parser))));
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 0))[6], ==, "quote");
}

/* The writer every export uses: the target appears whole and keeps its mode, and the
 * temporary files of killed writers are swept, nothing else. */
static void
test_safe_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->dir, "t.csv", NULL);
  g_autofree char *stale = g_build_filename (f->dir, ".t.csv.AbC123", NULL);
  g_autofree char *other = g_build_filename (f->dir, ".t.csv.keep", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("a,b\r\n", 5);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (g_chmod (target, 0640), ==, 0);
  g_assert_true (g_file_set_contents (stale, "killed writer", -1, NULL));
  g_assert_true (g_file_set_contents (other, "not ours", -1, NULL));

  g_assert_true (gpm_safe_file_write_bytes (file, bytes, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "a,b\r\n");
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_remove (other);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-export/every-trigger", test_every_trigger);
  g_test_add_func ("/csv-export/harmless-text-unchanged", test_harmless_text_unchanged);
  g_test_add_func ("/csv-export/apostrophes-round-trip", test_apostrophes_round_trip);
  g_test_add ("/csv-export/every-text-column", Fixture, NULL, fixture_set_up,
              test_every_text_column, fixture_tear_down);
  g_test_add ("/csv-export/numbers-stay-numbers", Fixture, NULL, fixture_set_up,
              test_numbers_stay_numbers, fixture_tear_down);
  g_test_add ("/csv-export/bom-only-when-asked", Fixture, NULL, fixture_set_up,
              test_bom_only_when_asked, fixture_tear_down);
  g_test_add_func ("/csv-export/chart-data", test_chart_data);
  g_test_add ("/csv-export/safe-file", Fixture, NULL, fixture_set_up, test_safe_file,
              fixture_tear_down);
  g_test_add ("/csv-export/cli-chart", Fixture, NULL, fixture_set_up, test_cli_chart,
              fixture_tear_down);

  return g_test_run ();
}
