/* test-import.c — the import engine against a real database.
 *
 * What an analyst relies on: Chinese files come in exactly, in every encoding; a file
 * imported twice adds nothing; export → import gives back the same table; a bad row,
 * a cancel or a failing disk leaves the database exactly as it was.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "gpm-import.h"
#include "gpm-table-export.h"
#include "gpm-store-test.h"
#include "gpm-test-db.h"

typedef GpmTestStore Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gpm_test_store_set_up (f, "import");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpm_test_store_tear_down (f);
}

static GFile *
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* Every figure with the names it refers to, sorted: what a user would compare. */
static char *
observations_csv (GpmStore *store)
{
  char *text = gpm_store_query_text_for_test (store,
    "SELECT group_concat(row, char(10)) FROM (SELECT coalesce(v.name, '') "
    "|| '|' || coalesce(s.key, '') || '|' || m.key || '|' || o.period || '|' "
    "|| quote(o.value) || '|' || o.unit || '|' || o.qualifier || '|' || o.status || '|' "
    "|| o.doubtful || '|' || src.key || '|' || o.quote || '|' || o.note AS row "
    "FROM observations o LEFT JOIN vendors v ON v.id = o.vendor_id "
    "LEFT JOIN scopes s ON s.id = o.scope_id JOIN metrics m ON m.id = o.metric_id "
    "JOIN sources src ON src.id = o.source_id ORDER BY row)");

  g_assert_nonnull (text);
  return text;
}

static GBytes *
export_observations (GpmStore       *store,
                     GpmTableFormat  format)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = gpm_table_export (store, GPM_TABLE_OBSERVATIONS, format, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static GpmImportReport *
import (Fixture                *f,
        GFile                  *file,
        const GpmImportOptions *options,
        GError                **error)
{
  GpmImportOptions defaults;

  if (options == NULL)
    {
      gpm_import_options_init (&defaults);
      options = &defaults;
    }

  return gpm_import_run (f->store, file, options, NULL, NULL, NULL, error);
}

static double
value_of (GpmStore   *store,
          const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT value FROM observations o "
                                          "JOIN vendors v ON v.id = o.vendor_id WHERE %s",
                                          where);
  g_autofree char *text = gpm_store_query_text_for_test (store, sql);

  g_assert_nonnull (text);
  return g_ascii_strtod (text, NULL);
}

static const char chinese_csv[] =
  "厂商,指标,时间,数值,单位,来源\n"
  "摩尔线程,营业收入,2024年,4.38,亿元,\n"
  "沐曦,revenue,2024,\"7.43亿元\",,\n"
  "寒武紀,revenue,2025Q1,\"１１．１１亿\",元,年报\n"
  "新芯片公司,shipments,2025年上半年,\"12,000\",台,年报\n"
  "沐曦,revenue,2023,abc,亿元,\n";

static void
test_chinese_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (f, "厂商数据.csv", chinese_csv, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) report = import (f, file, NULL, &error);
  GpmImportProblem *problem;

  g_assert_no_error (error);
  g_assert_true (report->written);
  g_assert_cmpuint (report->n_rows, ==, 5);
  g_assert_cmpuint (report->n_new, ==, 4);
  g_assert_cmpuint (report->n_skipped, ==, 1);
  g_assert_cmpuint (report->new_subjects->len, ==, 1);
  g_assert_cmpstr (report->new_subjects->pdata[0], ==, "新芯片公司");

  problem = report->problems->pdata[0];
  g_assert_cmpuint (problem->line, ==, 6);
  g_assert_cmpstr (problem->column, ==, "数值");

  /* Exact decimal conversion, multipliers from the cell or from the unit column. */
  g_assert_cmpfloat (value_of (f->store, "v.key = 'moore-threads' AND o.period = '2024' "
                                         "AND o.note = ''"), ==, 438000000.0);
  g_assert_cmpfloat (value_of (f->store, "v.key = 'metax' AND o.period = '2024' "
                                         "AND o.note = ''"), ==, 743000000.0);
  g_assert_cmpfloat (value_of (f->store, "v.key = 'cambricon' AND o.period = '2025-Q1' "
                                         "AND o.note = ''"), ==, 1111000000.0);
  g_assert_cmpfloat (value_of (f->store, "v.name = '新芯片公司' AND o.period = '2025-H1'"),
                     ==, 12000.0);

  /* Every figure keeps where it came from: the row itself when there is no quote. */
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                     "SELECT count(*) FROM observations WHERE quote = "
                     "'摩尔线程,营业收入,2024年,4.38,亿元,'"), ==, 1);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                     "SELECT count(*) FROM sources WHERE title = '厂商数据.csv'"), ==, 1);

  /* The import checks its own references; the store's other edits get SQLite's again. */
  g_assert_cmpint (gpm_store_query_int_for_test (f->store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                     "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

/* Undo puts back exactly what was there: new figures, vendors and sources go, changed
 * figures get their old values; an import too big to keep its rows offers no undo. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (f, "a.csv", chinese_csv, -1);
  g_autofree char *before = observations_csv (f->store);
  gint64 vendors = gpm_store_count (f->store, "vendors");
  gint64 sources = gpm_store_count (f->store, "sources");
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) first = import (f, file, NULL, &error);
  g_autoptr(GpmImportReport) second = NULL;
  g_autoptr(GFile) changed = NULL;
  g_autofree char *after_first = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *edited = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (first->change);
  after_first = observations_csv (f->store);

  /* The same file with one value corrected: one changed figure. */
  edited = g_strdup (chinese_csv);
  memcpy (strstr (edited, "4.38"), "4.39", 4);
  changed = write_file (f, "a.csv", edited, -1);
  second = import (f, changed, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (second->n_changed, ==, 1);
  g_assert_nonnull (second->change);

  g_assert_true (gpm_store_undo (f->store, second->change, &error));
  g_assert_no_error (error);
  undone = observations_csv (f->store);
  g_assert_cmpstr (undone, ==, after_first);

  g_assert_true (gpm_store_undo (f->store, first->change, &error));
  g_assert_no_error (error);
  g_clear_pointer (&undone, g_free);
  undone = observations_csv (f->store);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpint (gpm_store_count (f->store, "vendors"), ==, vendors);
  g_assert_cmpint (gpm_store_count (f->store, "sources"), ==, sources);

  /* Redo brings the import back. */
  g_assert_true (gpm_store_redo (f->store, first->change, &error));
  g_assert_no_error (error);
  g_clear_pointer (&undone, g_free);
  undone = observations_csv (f->store);
  g_assert_cmpstr (undone, ==, after_first);
}

static void
test_reimport_adds_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (f, "a.csv", chinese_csv, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) first = import (f, file, NULL, &error);
  g_autoptr(GpmImportReport) second = NULL;
  g_autofree char *before = observations_csv (f->store);
  g_autofree char *after = NULL;
  gint64 vendors = gpm_store_count (f->store, "vendors");

  g_assert_no_error (error);
  second = import (f, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (second->n_new, ==, 0);
  g_assert_cmpuint (second->n_changed, ==, 0);
  g_assert_cmpuint (second->n_unchanged, ==, 4);
  g_assert_cmpuint (second->new_subjects->len, ==, 0);
  g_assert_cmpint (gpm_store_count (f->store, "vendors"), ==, vendors);

  after = observations_csv (f->store);
  g_assert_cmpstr (before, ==, after);
}

/* export → import into the database it came from changes nothing; export → import into
 * a database that has the same vendors, metrics and sources but no figures gives back
 * every figure exactly, for CSV and for JSON. */
static void
check_round_trip (Fixture        *f,
                  GpmTableFormat  format,
                  const char     *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) exported = export_observations (f->store, format);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GpmImportReport) same = NULL;
  g_autoptr(GpmImportReport) fresh = NULL;
  g_autoptr(GpmStore) empty = NULL;
  g_autofree char *empty_path = g_build_filename (f->dir, "empty.db", NULL);
  g_autofree char *original = observations_csv (f->store);
  g_autofree char *copied = NULL;
  GpmImportOptions options;

  file = write_file (f, name, g_bytes_get_data (exported, NULL),
                     (gssize) g_bytes_get_size (exported));
  gpm_import_options_init (&options);
  options.policy = GPM_IMPORT_STOP_AT_BAD_ROW;

  same = gpm_import_run (f->store, file, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (same->n_new + same->n_changed + same->n_skipped, ==, 0);
  g_assert_cmpuint (same->n_unchanged, ==, gpm_store_count (f->store, "observations"));

  empty = gpm_store_open (empty_path, &error);
  g_assert_no_error (error);
  g_assert_true (gpm_store_exec_for_test (empty, "DELETE FROM observations", &error));
  g_assert_no_error (error);
  fresh = gpm_import_run (empty, file, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fresh->n_new, ==, same->n_unchanged);

  copied = observations_csv (empty);
  g_assert_cmpstr (copied, ==, original);

  g_clear_object (&empty);
  g_remove (empty_path);
}

static void
test_round_trip_csv (Fixture       *f,
                     gconstpointer  data)
{
  check_round_trip (f, GPM_TABLE_FORMAT_CSV, "observations.csv");
}

static void
test_round_trip_json (Fixture       *f,
                      gconstpointer  data)
{
  check_round_trip (f, GPM_TABLE_FORMAT_JSON, "observations.json");
}

static const char traditional_tsv[] =
  "廠商\t指標\t時間\t數值\t單位\n"
  "摩爾線程\t營業收入\t2024年\t4.38\t億元\n"
  "沐曦\tnet-profit\t2024年第一季度\t-1.5\t億元\n";

/* The same table in every encoding gives the same figures, detected or chosen. */
static void
test_encodings (Fixture       *f,
                gconstpointer  data)
{
  static const struct { const char *iconv; GpmEncoding encoding; const char *bom; gsize bom_len; }
  cases[] = {
    { "UTF-8", GPM_ENCODING_UTF8, "", 0 },
    { "UTF-8", GPM_ENCODING_UTF8, "\xEF\xBB\xBF", 3 },
    { "UTF-16LE", GPM_ENCODING_UTF16LE, "\xFF\xFE", 2 },
    { "UTF-16BE", GPM_ENCODING_UTF16BE, "\xFE\xFF", 2 },
    { "GB18030", GPM_ENCODING_GB18030, "", 0 },
    { "BIG5", GPM_ENCODING_BIG5, "", 0 },
  };
  g_autofree char *expected = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *converted = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *name = g_strdup_printf ("table-%u.tsv", i);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GpmImportReport) report = NULL;
      g_autofree char *table = NULL;
      gsize length;

      converted = g_convert (traditional_tsv, -1, cases[i].iconv, "UTF-8", NULL, &length,
                             &error);
      g_assert_no_error (error);
      contents = g_malloc (cases[i].bom_len + length);
      memcpy (contents, cases[i].bom, cases[i].bom_len);
      memcpy (contents + cases[i].bom_len, converted, length);
      file = write_file (f, name, contents, (gssize) (cases[i].bom_len + length));

      report = import (f, file, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (report->encoding, ==, cases[i].encoding);
      g_assert_cmpint (report->delimiter, ==, '\t');
      g_assert_cmpuint (report->n_skipped, ==, 0);
      /* Each file is its own source, so each adds its two figures. */
      g_assert_cmpuint (report->n_new, ==, 2);

      g_assert_cmpfloat (value_of (f->store, "v.key = 'metax' AND o.period = '2024-Q1' "
                                             "AND o.value < 0 LIMIT 1"), ==, -150000000.0);
      table = gpm_store_query_text_for_test (f->store,
        "SELECT group_concat(quote, '|') FROM (SELECT o.quote FROM observations o "
        "JOIN sources s ON s.id = o.source_id WHERE s.title LIKE 'table-%' "
        "ORDER BY o.id DESC LIMIT 2)");
      if (expected == NULL)
        expected = g_steal_pointer (&table);
      else
        g_assert_cmpstr (table, ==, expected);
    }
}

/* Bytes that are not valid in the chosen encoding are reported where they are. */
static void
test_invalid_bytes (Fixture       *f,
                    gconstpointer  data)
{
  static const char bad[] = "subject,metric,period,value\n"
                            "MetaX,revenue,2024,1\n"
                            "Meta\xff\xfeX,revenue,2023,2\n";
  g_autoptr(GFile) file = write_file (f, "bad.csv", bad, sizeof bad - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) report = NULL;
  GpmImportOptions options;
  GpmImportProblem *problem;

  gpm_import_options_init (&options);
  options.detect_encoding = FALSE;
  options.encoding = GPM_ENCODING_UTF8;
  report = import (f, file, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_new, ==, 1);
  g_assert_cmpuint (report->n_skipped, ==, 1);
  problem = report->problems->pdata[0];
  g_assert_cmpuint (problem->line, ==, 3);
  g_assert_cmpstr (problem->column, ==, "subject");
  g_assert_nonnull (strstr (problem->reason, "UTF-8"));
}

/* Stopping at a bad row, cancelling, or a full disk: the database is as it was. */
static void
assert_nothing_written (Fixture    *f,
                        const char *before)
{
  g_autofree char *after = observations_csv (f->store);

  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                     "SELECT count(*) FROM vendors WHERE name = '新芯片公司'"), ==, 0);
}

static void
test_stop_at_bad_row (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (f, "a.csv", chinese_csv, -1);
  g_autofree char *before = observations_csv (f->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) report = NULL;
  GpmImportOptions options;

  gpm_import_options_init (&options);
  options.policy = GPM_IMPORT_STOP_AT_BAD_ROW;
  report = import (f, file, &options, &error);
  g_assert_null (report);
  g_assert_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_BAD_ROW);
  g_assert_nonnull (strstr (error->message, "6"));
  g_assert_nonnull (strstr (error->message, "数值"));
  assert_nothing_written (f, before);
}

static void
cancel_on_progress (guint64  done,
                    guint64  total,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("subject,metric,period,value\n");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *before = observations_csv (f->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) report = NULL;
  GpmImportOptions options;

  g_string_append (csv, "新芯片公司,revenue,2020,1\n");
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (csv, "MetaX,revenue,%u-%02u-%02u,%u\n", 1950 + i / 300,
                            1 + (i / 28) % 12, 1 + i % 28, i);
  file = write_file (f, "long.csv", csv->str, (gssize) csv->len);

  gpm_import_options_init (&options);
  report = gpm_import_run (f->store, file, &options, cancel_on_progress, cancellable,
                           cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_nothing_written (f, before);
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  static const int budgets[] = { 0, 3, 20 };
  int rc = GPOINTER_TO_INT (data);
  g_autoptr(GString) csv = g_string_new ("subject,metric,period,value\n");
  g_autoptr(GFile) file = NULL;
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) report = NULL;
  g_autoptr(GpmImportReport) retry = NULL;

  g_string_append (csv, "新芯片公司,revenue,2020,1\n");
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "MetaX,revenue,%u-%02u-%02u,%u\n", 1950 + i / 300,
                            1 + (i / 28) % 12, 1 + i % 28, i);
  file = write_file (f, "long.csv", csv->str, (gssize) csv->len);

  /* The fault VFS wraps connections opened after it is installed. */
  g_clear_object (&f->store);
  gpm_store_fault_install ();
  f->store = gpm_store_open (f->db, &error);
  g_assert_no_error (error);
  before = observations_csv (f->store);

  /* The disk fails at the first write of the commit, or a few writes into it. */
  for (guint i = 0; i < G_N_ELEMENTS (budgets); i++)
    {
      gpm_store_fault_set (budgets[i], rc);
      report = import (f, file, NULL, &error);
      g_assert_cmpuint (gpm_store_fault_get_n_failed (), >, 0);
      gpm_store_fault_set (-1, 0);
      g_assert_null (report);
      g_assert_error (error, GPM_STORE_ERROR, GPM_STORE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "market.db"));
      assert_nothing_written (f, before);
      g_clear_error (&error);
    }
  g_test_message ("%s during import: %u write budgets, %u refused, 0 changed",
                  rc == SQLITE_FULL ? "full" : "io-error", (guint) G_N_ELEMENTS (budgets),
                  (guint) G_N_ELEMENTS (budgets));

  /* The store is still usable: the same import succeeds once the disk has room. */
  retry = import (f, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (retry->n_new, ==, 20001);
  /* Too many rows to keep for an undo. */
  g_assert_null (retry->change);
}

static void
test_ambiguous_mark (Fixture       *f,
                     gconstpointer  data)
{
  static const char csv[] = "subject,metric,period,value\n"
                            "MetaX,shipments,2030,\"1,234\"\n";
  g_autoptr(GFile) file = write_file (f, "mark.csv", csv, -1);
  g_autofree char *before = observations_csv (f->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) dry = NULL;
  g_autoptr(GpmImportReport) report = NULL;
  GpmImportOptions options;

  gpm_import_options_init (&options);
  options.dry_run = TRUE;
  dry = import (f, file, &options, &error);
  g_assert_no_error (error);
  g_assert_true (dry->mark_unsettled);
  g_assert_cmpuint (dry->ambiguous_line, ==, 2);
  g_assert_cmpstr (dry->ambiguous_text, ==, "1,234");
  g_assert_false (dry->written);

  options.dry_run = FALSE;
  report = import (f, file, &options, &error);
  g_assert_null (report);
  g_assert_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_AMBIGUOUS);
  assert_nothing_written (f, before);
  g_clear_error (&error);

  options.decimal_mark = GPM_DECIMAL_MARK_COMMA;
  g_clear_pointer (&report, gpm_import_report_free);
  report = import (f, file, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (value_of (f->store, "v.key = 'metax' AND o.period = '2030'"), ==, 1.234);
}

/* A second number in the column that only a decimal point can read settles it. */
static void
test_mark_settled_by_column (Fixture       *f,
                             gconstpointer  data)
{
  static const char csv[] = "subject,metric,period,value\n"
                            "MetaX,shipments,2030,\"1,234\"\n"
                            "MetaX,shipments,2031,\"1,234.5\"\n";
  g_autoptr(GFile) file = write_file (f, "mark.csv", csv, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) report = import (f, file, NULL, &error);

  g_assert_no_error (error);
  g_assert_false (report->mark_unsettled);
  g_assert_cmpfloat (value_of (f->store, "v.key = 'metax' AND o.period = '2030'"), ==, 1234.0);
}

static void
test_row_problems (Fixture       *f,
                   gconstpointer  data)
{
  static const char csv[] = "subject,metric,period,value,unit,status\n"
                            "MetaX,revenue,2030,1,,\n"
                            "MetaX,revenue,2030,1,,\n"           /* the same line again */
                            "MetaX,revenue,2031,1\n"              /* ragged */
                            "MetaX,revenue,2032,¥5,USD,\n"        /* unit conflict */
                            "MetaX,revenue,2033,5,,maybe\n"       /* unknown status */
                            ",revenue,2034,5,,\n"                 /* no subject */
                            "MetaX,revenue,2035-13,5,,\n";        /* no such month */
  g_autoptr(GFile) file = write_file (f, "rows.csv", csv, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) report = import (f, file, NULL, &error);
  static const guint64 lines[] = { 3, 4, 5, 6, 7, 8 };
  g_autoptr(GBytes) list = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_new, ==, 1);
  g_assert_cmpuint (report->n_skipped, ==, G_N_ELEMENTS (lines));
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      GpmImportProblem *problem = report->problems->pdata[i];

      g_assert_cmpuint (problem->line, ==, lines[i]);
      g_assert_cmpstr (problem->reason, !=, "");
    }

  list = gpm_import_report_problems_to_csv (report);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (list, NULL), "line,column,reason\r\n"));
}

/* The apostrophe the CSV export puts before formula-like text is not imported. */
static void
test_formula_cells (Fixture       *f,
                    gconstpointer  data)
{
  static const char csv[] = "subject,metric,period,value,note\n"
                            "MetaX,revenue,2031,-5,'=1+1\n"
                            "MetaX,revenue,2032,+5,''@x\n"
                            "MetaX,revenue,2033,5,'plain\n";
  g_autoptr(GFile) file = write_file (f, "formula.csv", csv, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) report = import (f, file, NULL, &error);
  g_autofree char *notes = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_new, ==, 3);
  notes = gpm_store_query_text_for_test (f->store,
    "SELECT group_concat(note || '=' || value, ' | ') FROM (SELECT o.note, o.value "
    "FROM observations o JOIN vendors v ON v.id = o.vendor_id "
    "WHERE v.key = 'metax' AND o.period > '2030' ORDER BY o.period)");
  g_assert_cmpstr (notes, ==, "=1+1=-5.0 | '@x=5.0 | 'plain=5.0");
}

static void
test_mapping (void)
{
  const char *header[] = { "廠商", "指標", "日期", "金額", "備註", "subject_zh" };
  GpmImportMapping mapping;
  g_autoptr(GError) error = NULL;
  g_autofree char *spec = NULL;

  gpm_import_mapping_clear (&mapping);
  gpm_import_mapping_guess (&mapping, header, G_N_ELEMENTS (header));
  g_assert_cmpint (mapping.column[GPM_IMPORT_FIELD_SUBJECT], ==, 0);
  g_assert_cmpint (mapping.column[GPM_IMPORT_FIELD_METRIC], ==, 1);
  g_assert_cmpint (mapping.column[GPM_IMPORT_FIELD_PERIOD], ==, 2);
  g_assert_cmpint (mapping.column[GPM_IMPORT_FIELD_VALUE], ==, 3);
  g_assert_cmpint (mapping.column[GPM_IMPORT_FIELD_NOTE], ==, 4);
  g_assert_cmpint (mapping.column[GPM_IMPORT_FIELD_UNIT], ==, -1);
  g_assert_true (gpm_import_mapping_check (&mapping, header, G_N_ELEMENTS (header), &error));

  spec = gpm_import_mapping_to_string (&mapping, header, G_N_ELEMENTS (header));
  g_assert_cmpstr (spec, ==, "subject=1,metric=2,period=3,value=4,note=5");

  /* By header name in the other script, or by number; "none" unmaps. */
  g_assert_true (gpm_import_mapping_parse (&mapping, "value=金额, note=none,unit=6", header,
                                           G_N_ELEMENTS (header), &error));
  g_assert_cmpint (mapping.column[GPM_IMPORT_FIELD_VALUE], ==, 3);
  g_assert_cmpint (mapping.column[GPM_IMPORT_FIELD_NOTE], ==, -1);
  g_assert_cmpint (mapping.column[GPM_IMPORT_FIELD_UNIT], ==, 5);

  g_assert_false (gpm_import_mapping_parse (&mapping, "price=2", header, 6, &error));
  g_assert_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);
  g_assert_false (gpm_import_mapping_parse (&mapping, "value=利润", header, 6, &error));
  g_assert_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);

  mapping.column[GPM_IMPORT_FIELD_UNIT] = 3;
  g_assert_false (gpm_import_mapping_check (&mapping, header, 6, &error));
  g_assert_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);

  mapping.column[GPM_IMPORT_FIELD_UNIT] = -1;
  mapping.column[GPM_IMPORT_FIELD_PERIOD] = -1;
  g_assert_false (gpm_import_mapping_check (&mapping, header, 6, &error));
  g_assert_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_MAPPING);
}

static void
test_preview (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (f, "a.csv", chinese_csv, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportPreview) preview = NULL;
  GpmImportOptions options;

  gpm_import_options_init (&options);
  preview = gpm_import_preview (file, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (preview->format, ==, GPM_IMPORT_FORMAT_DELIMITED);
  g_assert_cmpint (preview->encoding, ==, GPM_ENCODING_UTF8);
  g_assert_cmpint (preview->delimiter, ==, ',');
  g_assert_cmpuint (preview->n_columns, ==, 6);
  g_assert_cmpuint (preview->rows->len, ==, 5);
  g_assert_cmpstr (((char **) preview->rows->pdata[1])[3], ==, "7.43亿元");
  g_assert_cmpint (preview->mapping.column[GPM_IMPORT_FIELD_SOURCE], ==, 5);
}

static void
test_empty_and_unreadable (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GFile) empty = write_file (f, "empty.csv", "", 0);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/table.csv");
  g_autoptr(GFile) header_only = write_file (f, "h.csv", "subject,period\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) report = NULL;

  report = import (f, empty, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_FORMAT);
  g_clear_error (&error);

  report = import (f, missing, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  report = import (f, header_only, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_MAPPING);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/import/chinese-file", test_chinese_file);
  ADD ("/import/reimport-adds-nothing", test_reimport_adds_nothing);
  ADD ("/import/undo", test_undo);
  ADD ("/import/round-trip/csv", test_round_trip_csv);
  ADD ("/import/round-trip/json", test_round_trip_json);
  ADD ("/import/encodings", test_encodings);
  ADD ("/import/invalid-bytes", test_invalid_bytes);
  ADD ("/import/stop-at-bad-row", test_stop_at_bad_row);
  ADD ("/import/cancel", test_cancel);
  g_test_add ("/import/disk-full", Fixture, GINT_TO_POINTER (SQLITE_FULL), fixture_set_up,
              test_disk_full, fixture_tear_down);
  g_test_add ("/import/io-error", Fixture, GINT_TO_POINTER (SQLITE_IOERR_WRITE),
              fixture_set_up, test_disk_full, fixture_tear_down);
  ADD ("/import/ambiguous-mark", test_ambiguous_mark);
  ADD ("/import/mark-settled-by-column", test_mark_settled_by_column);
  ADD ("/import/row-problems", test_row_problems);
  ADD ("/import/preview", test_preview);
  ADD ("/import/formula-cells", test_formula_cells);
  ADD ("/import/empty-and-unreadable", test_empty_and_unreadable);
  g_test_add_func ("/import/mapping", test_mapping);

  return g_test_run ();
}
