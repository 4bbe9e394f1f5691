/* test-import-bulk.c — big imports: what makes them fast must not change what they do.
 *
 * Past its first 10,000 rows an import queues new figures and writes them 64 at a time,
 * skips the find of a figure whose series has no row of its period, and reads the file
 * on a thread of its own (src/store/gpm-store-import-figures.c, src/import/
 * gpm-import-rows.c). These tests give such an import every case the row-by-row import
 * handled — a line given twice just after itself, two values for one figure, series in
 * rising, falling and no order, a market scope, older figures unchanged and changed —
 * and check each outcome, each line number and the database itself; then the reader's
 * errors, bad rows and progress past the first batches.
 */

#include "config.h"

#include <string.h>

#include "gpm-import.h"
#include "gpm-table-export.h"
#include "gpm-store-test.h"
#include "gpm-test-db.h"

#define N_DAYS 1500   /* section A: 4 subjects × 3 metrics × N_DAYS rows */

typedef GpmTestStore Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gpm_test_store_set_up (f, "import-bulk");
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
            GString    *contents)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents->str, (gssize) contents->len, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* The file being written, and what importing it must give. */
typedef struct
{
  GString   *csv;
  GPtrArray *expected;   /* "subject|metric|period|value" of the new metrics' figures */
  GArray    *repeated;   /* line numbers of rows given twice */
  guint      n_new;
  guint      next_line;  /* the line the next row is written on */
} Plan;

static char *
day (guint n)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1990);
  g_date_add_days (&date, n);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* One figure in the export's columns; EXPECT says it must end up in the database. */
static void
add_row (Plan       *plan,
         const char *subject,
         const char *metric,
         const char *period,
         int         value,
         gboolean    expect)
{
  g_string_append_printf (plan->csv, "%s,%s,%s,%d,CNY,reported,测试来源,,exact,false,,,\n",
                          subject, metric, period, value);
  plan->next_line++;
  if (!expect)
    return;

  plan->n_new++;
  if (g_str_has_prefix (metric, "测试"))
    g_ptr_array_add (plan->expected, g_strdup_printf ("%s|%s|%s|%d", subject, metric, period,
                                                      value));
}

static void
add_repeat (Plan       *plan,
            const char *subject,
            const char *metric,
            const char *period,
            int         value)
{
  guint line = plan->next_line;

  g_array_append_val (plan->repeated, line);
  add_row (plan, subject, metric, period, value, FALSE);
}

static const char * const subjects[] = { "测试甲", "测试乙", "测试丙", "测试丁" };
static const char * const metrics[] = { "测试营收", "测试出货", "测试份额" };

/* The database's own figures as the app exports them, two with a note edited. */
static void
add_older (Plan     *plan,
           GpmStore *store)
{
  static const char * const edits[][2] = {
    { "Pre-market move.", "Pre-market move (checked)." },
    { "One-night gain in market cap.", "One-night gain in market cap (checked)." },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = gpm_table_export (store, GPM_TABLE_OBSERVATIONS,
                                              GPM_TABLE_FORMAT_CSV, NULL, &error);
  g_autoptr(GString) rows = NULL;
  const char *text;

  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, NULL);
  rows = g_string_new_len (text, (gssize) g_bytes_get_size (bytes));
  g_string_erase (rows, 0, strchr (rows->str, '\n') + 1 - rows->str);   /* the header */
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_assert_nonnull (strstr (rows->str, edits[i][0]));
      g_assert_cmpuint (g_string_replace (rows, edits[i][0], edits[i][1], 1), ==, 1);
    }
  g_string_append (plan->csv, rows->str);
}

/* 25,000 rows or so; see the top of the file. */
static void
make_plan (Plan     *plan,
           GpmStore *store)
{
  plan->csv = g_string_new ("subject,metric,period,value,unit,status,source,quote,qualifier,"
                            "doubtful,note,subject_zh,id\n");
  plan->expected = g_ptr_array_new_with_free_func (g_free);
  plan->repeated = g_array_new (FALSE, FALSE, sizeof (guint));
  plan->n_new = 0;
  plan->next_line = 2;

  /* A: four new vendors, three new metrics, a figure a day, day by day. Past the
   * first 12,000 lines, now and then a line again two lines after itself (it may still
   * wait in the queue) and a second value for a figure just given (a range's ends). */
  for (guint d = 0; d < N_DAYS; d++)
    {
      g_autofree char *period = day (d);

      for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
        for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
          add_row (plan, subjects[s], metrics[m], period, (int) (d * 100 + s * 10 + m), TRUE);
      if (d % 97 == 0 && plan->next_line > 12000)
        {
          add_repeat (plan, subjects[3], metrics[1], period, (int) (d * 100 + 31));
          add_row (plan, subjects[3], metrics[2], period, (int) (d * 100 + 99), TRUE);
        }
    }

  /* An older series of the dataset, before, after and between its periods. */
  for (guint y = 2010; y <= 2021; y++)
    {
      g_autofree char *period = g_strdup_printf ("%u", y);

      add_row (plan, "NVIDIA", "market-share", period, 50, TRUE);
    }
  add_row (plan, "NVIDIA", "market-share", "2023", 60, TRUE);
  add_row (plan, "NVIDIA", "market-share", "2026", 40, TRUE);

  /* Falling, then in no order, then a market scope rising. */
  for (guint d = 0; d < 2000; d++)
    {
      g_autofree char *period = day (1999 - d);

      add_row (plan, "测试戊", "测试营收", period, (int) d, TRUE);
    }
  for (guint d = 0; d < 2000; d++)
    {
      g_autofree char *period = day (d * 7919 % 2000);

      add_row (plan, "测试己", "测试营收", period, (int) d, TRUE);
    }
  for (guint d = 0; d < 500; d++)
    {
      g_autofree char *period = day (d);

      add_row (plan, "China", "测试份额", period, (int) d, TRUE);
    }

  add_older (plan, store);
}

static void
plan_clear (Plan *plan)
{
  g_string_free (plan->csv, TRUE);
  g_ptr_array_unref (plan->expected);
  g_array_unref (plan->repeated);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The new series' figures in the database, as the plan writes them. */
static char *
new_figures (GpmStore *store)
{
  return gpm_store_query_text_for_test (store,
    "SELECT group_concat(row, char(10)) FROM (SELECT coalesce(v.name, s.name) || '|' "
    "|| m.name || '|' || o.period || '|' || CAST(o.value AS INTEGER) AS row "
    "FROM observations o LEFT JOIN vendors v ON v.id = o.vendor_id "
    "LEFT JOIN scopes s ON s.id = o.scope_id JOIN metrics m ON m.id = o.metric_id "
    "WHERE m.name LIKE '测试%' ORDER BY row)");
}

static char *
expected_figures (Plan *plan)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_ptr_array_sort (plan->expected, compare_lines);
  for (guint i = 0; i < plan->expected->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, plan->expected->pdata[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Compares two texts of many lines, naming the first line that differs rather than
 * printing both. */
static void
assert_same_lines (const char *actual,
                   const char *expected)
{
  g_auto(GStrv) a = g_strsplit (actual, "\n", -1);
  g_auto(GStrv) e = g_strsplit (expected, "\n", -1);
  guint i;

  for (i = 0; a[i] != NULL && e[i] != NULL; i++)
    if (strcmp (a[i], e[i]) != 0)
      break;
  if (a[i] != NULL || e[i] != NULL)
    g_error ("line %u: “%s”, expected “%s”", i + 1, a[i] != NULL ? a[i] : "(end)",
             e[i] != NULL ? e[i] : "(end)");
}

static void
check_report (GpmImportReport *report,
              Plan            *plan,
              guint            n_older)
{
  g_assert_cmpuint (report->n_new, ==, plan->n_new);
  g_assert_cmpuint (report->n_changed, ==, 2);
  g_assert_cmpuint (report->n_unchanged, ==, n_older - 2);
  g_assert_cmpuint (report->n_skipped, ==, plan->repeated->len);
  g_assert_cmpuint (report->problems->len, ==, plan->repeated->len);
  for (guint i = 0; i < plan->repeated->len; i++)
    {
      GpmImportProblem *problem = report->problems->pdata[i];

      g_assert_cmpuint (problem->line, ==, g_array_index (plan->repeated, guint, i));
      g_assert_null (problem->column);
    }
}

static void
test_same_outcomes (Fixture       *f,
                    gconstpointer  data)
{
  Plan plan;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) dry = NULL;
  g_autoptr(GpmImportReport) report = NULL;
  g_autoptr(GpmImportReport) again = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after_dry = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;
  gint64 n_older = gpm_store_count (f->store, "observations");
  GpmImportOptions options;

  make_plan (&plan, f->store);
  g_assert_cmpuint (plan.repeated->len, >, 3);
  file = write_file (f, "big.csv", plan.csv);
  before = gpm_test_dump_database (f->db);

  /* The dry run counts what the import does, and writes nothing. */
  gpm_import_options_init (&options);
  options.dry_run = TRUE;
  dry = gpm_import_run (f->store, file, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  check_report (dry, &plan, (guint) n_older);
  after_dry = gpm_test_dump_database (f->db);
  g_assert_cmpstr (after_dry, ==, before);

  options.dry_run = FALSE;
  report = gpm_import_run (f->store, file, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  check_report (report, &plan, (guint) n_older);
  g_assert_null (report->change);   /* too many rows for an undo */
  g_assert_cmpint (gpm_store_count (f->store, "observations"), ==, n_older + plan.n_new);

  figures = new_figures (f->store);
  expected = expected_figures (&plan);
  assert_same_lines (figures, expected);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                     "SELECT count(*) FROM observations WHERE note LIKE '%(checked).%'"), ==, 2);
  g_assert_cmpint (gpm_store_query_int_for_test (f->store,
                     "SELECT count(*) FROM observations o JOIN vendors v ON v.id = o.vendor_id "
                     "JOIN metrics m ON m.id = o.metric_id WHERE v.name = 'NVIDIA' "
                     "AND m.key = 'market-share'"), ==, 2 + 14);

  /* The same file again adds and changes nothing. */
  g_clear_pointer (&before, g_free);
  before = gpm_test_dump_database (f->db);
  again = gpm_import_run (f->store, file, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->n_new, ==, 0);
  g_assert_cmpuint (again->n_changed, ==, 0);
  after = gpm_test_dump_database (f->db);
  g_assert_cmpstr (after, ==, before);

  plan_clear (&plan);
}

/* A file of N good rows (lines 2 to N + 1), with TAIL after them. */
static GFile *
write_rows (Fixture    *f,
            guint       n,
            const char *tail)
{
  g_autoptr(GString) csv = g_string_new ("subject,metric,period,value\n");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *period = day (i);

      g_string_append_printf (csv, "测试庚,测试营收,%s,%u\n", period, i);
    }
  g_string_append (csv, tail);

  return write_file (f, "rows.csv", csv);
}

static void
test_read_error_after_batches (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GFile) file = write_rows (f, 5000, "测试庚,测试营收,\"2030\n");
  g_autofree char *before = gpm_test_dump_database (f->db);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) report = NULL;
  GpmImportOptions options;

  gpm_import_options_init (&options);
  report = gpm_import_run (f->store, file, &options, NULL, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, GPM_CSV_READER_ERROR, GPM_CSV_READER_ERROR_UNTERMINATED_QUOTE);
  g_assert_nonnull (strstr (error->message, "5002"));
  after = gpm_test_dump_database (f->db);
  g_assert_cmpstr (after, ==, before);
}

static void
test_bad_row_after_batches (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GString) tail = g_string_new ("测试庚,测试营收,2040,abc\n");
  g_autoptr(GFile) file = NULL;
  g_autofree char *before = gpm_test_dump_database (f->db);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) stopped = NULL;
  g_autoptr(GpmImportReport) skipped = NULL;
  GpmImportProblem *problem;
  GpmImportOptions options;

  for (guint y = 2041; y < 2100; y++)
    g_string_append_printf (tail, "测试庚,测试营收,%u,1\n", y);
  file = write_rows (f, 12000, tail->str);

  gpm_import_options_init (&options);
  options.policy = GPM_IMPORT_STOP_AT_BAD_ROW;
  stopped = gpm_import_run (f->store, file, &options, NULL, NULL, NULL, &error);
  g_assert_null (stopped);
  g_assert_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_BAD_ROW);
  g_assert_nonnull (strstr (error->message, "12002"));
  g_assert_nonnull (strstr (error->message, "value"));
  after = gpm_test_dump_database (f->db);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);

  options.policy = GPM_IMPORT_SKIP_BAD_ROWS;
  skipped = gpm_import_run (f->store, file, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (skipped->n_rows, ==, 12000 + 60);
  g_assert_cmpuint (skipped->n_new, ==, 12000 + 59);
  g_assert_cmpuint (skipped->n_skipped, ==, 1);
  problem = skipped->problems->pdata[0];
  g_assert_cmpuint (problem->line, ==, 12002);
  g_assert_cmpstr (problem->column, ==, "value");
}

typedef struct
{
  guint   n_calls;
  guint64 done;
  guint64 total;
} Progress;

static void
on_progress (guint64  done,
             guint64  total,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (done, >=, progress->done);
  g_assert_cmpuint (done, <=, total);
  progress->n_calls++;
  progress->done = done;
  progress->total = total;
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GFile) file = write_rows (f, 20000, "");
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmImportReport) report = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  Progress progress = { 0 };
  GpmImportOptions options;

  gpm_import_options_init (&options);
  options.dry_run = TRUE;
  report = gpm_import_run (f->store, file, &options, on_progress, &progress, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_new, ==, 20000);
  /* Every 1,024 rows, and once at the end. */
  g_assert_cmpuint (progress.n_calls, ==, 20000 / 1024 + 1);
  g_assert_cmpuint (progress.done, ==, (guint64) g_file_info_get_size (info));
  g_assert_cmpuint (progress.total, ==, progress.done);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/import-bulk/same-outcomes", test_same_outcomes);
  ADD ("/import-bulk/read-error-after-batches", test_read_error_after_batches);
  ADD ("/import-bulk/bad-row-after-batches", test_bad_row_after_batches);
  ADD ("/import-bulk/progress", test_progress);

  return g_test_run ();
}
