/* bench-chart-export.c — a 1920 × 1080 PNG line chart of 1,000 to 1,000,000 points: this
 * app's command-line export against gnuplot (pngcairo) and matplotlib (Agg).
 *
 * One seeded random walk per size goes into a database made through the store (a
 * vendor, N figures of a metric with their source and quote, a saved chart) and into a
 * CSV of the same points for the two peers. Each tool then runs as its own process,
 * the three interleaved, RUNS times a size; the table gives median wall time and peak
 * memory (the child's maximum resident set, from wait4). Then the app's own phases,
 * measured in this process: reading the series, drawing, PNG encoding, the frame time
 * of a million-point chart once its data is prepared, and the main thread's work per
 * zoom step with the summary made while drawing and made by a worker.
 *
 * Dates: the app allows the years 1900–2200 (109,938 days), so a million daily figures do
 * not fit one a day. The schema allows several figures for one period (two sources may
 * both report a day), so N figures go on the first min (N, 109,938) days, spread evenly:
 * 1,000 and 100,000 points are one a day, 1,000,000 are nine or ten a day across all
 * 301 years. The CSV has the x each point is drawn at (days since 1970, mid-day).
 *
 * It reports; it never fails on a time. GPM_BENCH_RUNS and GPM_BENCH_SIZES
 * ("1000,100000") shorten a run while working on it.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "bench-summary.h"
#include "gpm-chart-export.h"
#include "gpm-chart-query.h"
#include "gpm-chart-renderer.h"
#include "gpm-png.h"
#include "gpm-store-private.h"
#include "gpm-store-series.h"

#define WIDTH        1920
#define HEIGHT       1080
#define RUNS         15
#define FRAMES       60
#define SEED         20261128
#define CHART_NAME   "Random walk"
#define FIRST_YEAR   1900
#define DAYS_ALLOWED 109938   /* 1900-01-01 … 2200-12-31 */

typedef enum
{
  TOOL_APP,
  TOOL_GNUPLOT,
  TOOL_MATPLOTLIB,
  N_TOOLS,
} Tool;

static const char * const tool_names[N_TOOLS] = { "gpu-market", "gnuplot", "matplotlib" };

typedef struct
{
  double ms[RUNS];
  double mb[RUNS];
  guint  n;
  gboolean missing;
} Samples;

typedef struct
{
  guint   n;
  char   *dir;
  char   *database;
  char   *csv;
  Samples tools[N_TOOLS];
} Size;

/* ---------------------------------------------------------------- statistics */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (const double *values,
        guint         n)
{
  g_autofree double *sorted = g_memdup2 (values, n * sizeof (double));

  if (n == 0)
    return NAN;
  qsort (sorted, n, sizeof (double), compare_doubles);

  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

/* ---------------------------------------------------------------- data */

static double
gaussian (GRand *rand)
{
  double u = 1.0 - g_rand_double (rand), v = g_rand_double (rand);

  return sqrt (-2.0 * log (u)) * cos (2.0 * G_PI * v);
}

/* Figure i of n goes on day floor (i · days / n) from 1900-01-01. */
static void
make_walk (guint    n,
           char  ***periods,
           double **x,
           double **y)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  guint days = MIN (n, DAYS_ALLOWED);
  GDate date;
  double value = 1000000.0;
  guint day = G_MAXUINT;
  char text[16] = "";

  *periods = g_new0 (char *, n + 1);
  *x = g_new (double, n);
  *y = g_new (double, n);
  g_date_clear (&date, 1);

  for (guint i = 0; i < n; i++)
    {
      guint d = (guint) ((guint64) i * days / n);

      if (d != day)
        {
          day = d;
          g_date_set_dmy (&date, 1, 1, FIRST_YEAR);
          g_date_add_days (&date, d);
          g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (&date),
                      g_date_get_month (&date), g_date_get_day (&date));
        }
      value += 1000.0 * gaussian (rand);
      (*periods)[i] = g_strdup (text);
      (*x)[i] = (double) g_date_get_julian (&date) - 719163 + 0.5;
      (*y)[i] = value;
    }
}

static gboolean
build_database (Size        *size,
                char       **periods,
                const double *y,
                GError     **error)
{
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GpmVendor) vendor = gpm_vendor_new ("random-walk", "Random Walk Co.");
  g_autoptr(GpmSavedChart) chart = NULL;
  g_autofree char *spec = NULL;

  store = gpm_store_open (size->database, error);
  if (store == NULL || !gpm_store_add_vendor (store, vendor, NULL, error))
    return FALSE;

  /* Source 1 is the bundled article; every figure quotes a sentence of it. */
  if (!gpm_store_insert_series_for_test (store, gpm_vendor_get_id (vendor), 0,
                                         gpm_store_query_int_for_test (
                                           store, "SELECT id FROM metrics WHERE key = 'shipments'"),
                                         (const char * const *) periods, y, size->n, "units", 1,
                                         "Shipments of the day, as the ledger recorded them.",
                                         error))
    return FALSE;

  spec = g_strdup ("{\"version\":1,\"type\":\"line\",\"metrics\":[\"shipments\"],"
                   "\"subjects\":[\"random-walk\"],\"from\":\"\",\"to\":\"\","
                   "\"currency\":\"as-stored\",\"log-scale\":false,\"show-forecasts\":true}");
  chart = gpm_saved_chart_new (CHART_NAME, spec);

  return gpm_store_save_chart (store, chart, NULL, error);
}

static gboolean
write_csv (Size          *size,
           const double  *x,
           const double  *y,
           GError       **error)
{
  g_autoptr(GString) text = g_string_sized_new (size->n * 24);

  for (guint i = 0; i < size->n; i++)
    g_string_append_printf (text, "%.1f,%.3f\n", x[i], y[i]);

  return g_file_set_contents (size->csv, text->str, text->len, error);
}

static gboolean
write_scripts (Size    *size,
               GError **error)
{
  g_autofree char *gp = g_build_filename (size->dir, "chart.gp", NULL);
  g_autofree char *py = g_build_filename (size->dir, "chart.py", NULL);
  g_autofree char *gp_text = NULL;
  g_autofree char *py_text = NULL;

  gp_text = g_strdup_printf ("set terminal pngcairo size %d,%d\n"
                             "set output '%s/gnuplot.png'\n"
                             "set datafile separator ','\n"
                             "plot '%s' using 1:2 with lines notitle\n",
                             WIDTH, HEIGHT, size->dir, size->csv);
  py_text = g_strdup_printf ("import matplotlib\n"
                             "matplotlib.use('Agg')\n"
                             "import matplotlib.pyplot as plt\n"
                             "import numpy as np\n"
                             "d = np.loadtxt('%s', delimiter=',')\n"
                             "fig = plt.figure(figsize=(%g, %g), dpi=100)\n"
                             "plt.plot(d[:, 0], d[:, 1], linewidth=1)\n"
                             "fig.savefig('%s/matplotlib.png')\n",
                             size->csv, WIDTH / 100.0, HEIGHT / 100.0, size->dir);

  return g_file_set_contents (gp, gp_text, -1, error)
         && g_file_set_contents (py, py_text, -1, error);
}

static gboolean
prepare_size (Size     *size,
              GError  **error)
{
  g_auto(GStrv) periods = NULL;
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;
  gint64 begin = g_get_monotonic_time ();

  size->dir = g_dir_make_tmp ("gpm-bench-XXXXXX", error);
  if (size->dir == NULL)
    return FALSE;
  size->database = g_build_filename (size->dir, "market.db", NULL);
  size->csv = g_build_filename (size->dir, "walk.csv", NULL);

  make_walk (size->n, &periods, &x, &y);
  if (!build_database (size, periods, y, error) || !write_csv (size, x, y, error)
      || !write_scripts (size, error))
    return FALSE;

  g_print ("  %'9u points: database and CSV written in %.1f s\n", size->n,
           elapsed_ms (begin) / 1000.0);
  return TRUE;
}

/* ---------------------------------------------------------------- processes */

static char *python;   /* one that has matplotlib, or NULL */

static char **
tool_argv (Tool        tool,
           const Size *size)
{
  g_autofree char *app = g_build_filename (g_getenv ("GPM_BUILD_DIR"), "src", "gpu-market",
                                           NULL);
  g_autofree char *out = g_build_filename (size->dir, "app.png", NULL);
  g_autofree char *gp = g_build_filename (size->dir, "chart.gp", NULL);
  g_autofree char *py = g_build_filename (size->dir, "chart.py", NULL);
  g_autofree char *width = g_strdup_printf ("%d", WIDTH);
  g_autofree char *height = g_strdup_printf ("%d", HEIGHT);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  switch (tool)
    {
    case TOOL_APP:
      g_strv_builder_add_many (builder, app, "export-chart", CHART_NAME, "-o", out,
                               "--width", width, "--height", height, "--lang", "en",
                               "--database", size->database, NULL);
      break;
    case TOOL_GNUPLOT:
      g_strv_builder_add_many (builder, "gnuplot", gp, NULL);
      break;
    case TOOL_MATPLOTLIB:
    default:
      g_strv_builder_add_many (builder, python, py, NULL);
      break;
    }

  return g_strv_builder_end (builder);
}

/* Runs @argv, waits for it with wait4 () for its peak memory; FALSE if it failed. */
static gboolean
run_once (char   **argv,
          double  *ms,
          double  *mb)
{
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  GPid pid;
  int status;
  gint64 begin = g_get_monotonic_time ();

  if (!g_spawn_async (NULL, argv, NULL,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH
                      | G_SPAWN_STDOUT_TO_DEV_NULL,
                      NULL, NULL, &pid, &error))
    {
      g_printerr ("could not run %s: %s\n", argv[0], error->message);
      return FALSE;
    }
  if (wait4 (pid, &status, 0, &usage) != pid)
    return FALSE;

  *ms = elapsed_ms (begin);
  *mb = usage.ru_maxrss / 1024.0;   /* kilobytes on Linux */
  g_spawn_close_pid (pid);

  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
run_tool (Tool  tool,
          Size *size,
          guint runs)
{
  Samples *samples = &size->tools[tool];
  g_auto(GStrv) argv = NULL;
  double ms, mb;

  if (samples->missing || samples->n >= runs)
    return;

  argv = tool_argv (tool, size);
  if (!run_once (argv, &ms, &mb))
    {
      g_printerr ("%s failed on %u points; left out\n", tool_names[tool], size->n);
      samples->missing = TRUE;
      return;
    }
  samples->ms[samples->n] = ms;
  samples->mb[samples->n] = mb;
  samples->n++;
}

static void
measure_tools (Size  *size,
               guint  runs)
{
  double ms, mb;

  size->tools[TOOL_MATPLOTLIB].missing = python == NULL;
  if (g_find_program_in_path ("gnuplot") == NULL)
    size->tools[TOOL_GNUPLOT].missing = TRUE;

  /* A first run of each warms the page cache and is not counted. */
  for (Tool t = 0; t < N_TOOLS; t++)
    if (!size->tools[t].missing)
      {
        g_auto(GStrv) argv = tool_argv (t, size);

        if (!run_once (argv, &ms, &mb))
          size->tools[t].missing = TRUE;
      }

  /* Interleaved, so a slow minute of the machine falls on all three alike. */
  for (guint r = 0; r < runs; r++)
    for (Tool t = 0; t < N_TOOLS; t++)
      run_tool (t, size, runs);
}

/* ---------------------------------------------------------------- the app, in process */

typedef struct
{
  double read_ms;      /* gpm_store_read_series alone */
  double query_ms;     /* the chart query: lookups, read, chart data */
  double prepare_ms;   /* per-column summaries for 1920 × 1080 */
  double draw_ms;      /* layout check and drawing onto the image */
  double encode_ms;    /* cairo's PNG writer */
  double total_ms;
} Phases;

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

static GpmChartData *
query (GpmStore *store,
       gboolean  sized,
       double   *ms)
{
  g_autoptr(GPtrArray) charts = gpm_store_list_saved_charts (store, NULL, NULL);
  g_autoptr(GpmChartSpec) spec = NULL;
  GpmChartQueryOptions options = { GPM_LANGUAGE_EN, 7.1724, "2025-07-15", CHART_NAME };
  gint64 begin;
  GpmChartData *data;

  for (guint i = 0; i < charts->len && spec == NULL; i++)
    if (g_str_equal (gpm_saved_chart_get_name (g_ptr_array_index (charts, i)), CHART_NAME))
      spec = gpm_chart_spec_new_from_json (
        gpm_saved_chart_get_spec (g_ptr_array_index (charts, i)), NULL);
  g_assert (spec != NULL);

  if (sized)
    {
      options.width = WIDTH;
      options.height = HEIGHT;
      options.scale = 1.0;
    }
  begin = g_get_monotonic_time ();
  data = gpm_chart_query_run (store, spec, &options, NULL, NULL);
  *ms = elapsed_ms (begin);
  g_assert (data != NULL);

  return data;
}

static double
read_series_ms (GpmStore *store)
{
  GpmSeriesColumns c = {
    g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)),
    g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (guint8)),
    NULL, g_array_new (FALSE, FALSE, sizeof (guint8)), g_ptr_array_new_with_free_func (g_free),
    g_array_new (FALSE, FALSE, sizeof (guint32)), g_array_new (FALSE, FALSE, sizeof (gint64)),
    10000, g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free),
  };
  GpmObservationFilter filter = { 0, };
  gint64 begin;
  double ms;

  filter.vendor_id = gpm_store_query_int_for_test (store, "SELECT id FROM vendors"
                                                          " WHERE key = 'random-walk'");
  filter.metric_id = gpm_store_query_int_for_test (store, "SELECT id FROM metrics"
                                                          " WHERE key = 'shipments'");
  begin = g_get_monotonic_time ();
  g_assert (gpm_store_read_series (store, &filter, &c, NULL, NULL));
  ms = elapsed_ms (begin);

  g_array_unref (c.x_start_days);
  g_array_unref (c.x_end_days);
  g_array_unref (c.values);
  g_array_unref (c.flags);
  g_array_unref (c.unit_indices);
  g_ptr_array_unref (c.units);
  g_array_unref (c.source_indices);
  g_array_unref (c.source_ids);
  g_ptr_array_unref (c.periods);
  g_ptr_array_unref (c.quotes);

  return ms;
}

static void
measure_phases (const Size *size,
                gboolean    sized,
                Phases     *out)
{
  g_autoptr(GpmStore) store = gpm_store_open (size->database, NULL);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                        GPM_LANGUAGE_EN);
  g_autoptr(GpmChartData) data = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize bytes = 0;
  gint64 begin;

  out->read_ms = read_series_ms (store);
  data = query (store, FALSE, &out->query_ms);
  out->prepare_ms = 0;
  if (sized)
    {
      begin = g_get_monotonic_time ();
      gpm_chart_prepare (data, style, WIDTH, HEIGHT, 1.0);
      out->prepare_ms = elapsed_ms (begin);
    }

  begin = g_get_monotonic_time ();
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  g_assert (gpm_chart_layout_check (WIDTH, HEIGHT, data, style, NULL));
  gpm_chart_render (cr, WIDTH, HEIGHT, data, style, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  out->draw_ms = elapsed_ms (begin);

  begin = g_get_monotonic_time ();
  gpm_png_write (surface, GPM_PNG_LEVEL, discard, &bytes);
  out->encode_ms = elapsed_ms (begin);
  cairo_surface_destroy (surface);

  out->total_ms = out->query_ms + out->prepare_ms + out->draw_ms + out->encode_ms;
}

static double
median_of (const Phases *runs,
           guint         n,
           gsize         offset)
{
  double values[8];

  for (guint r = 0; r < n; r++)
    values[r] = G_STRUCT_MEMBER (double, &runs[r], offset);

  return median (values, n);
}

static void
report_phases (const Size *size)
{
  Phases runs[5];
  guint n = G_N_ELEMENTS (runs);

  for (guint r = 0; r < n; r++)
    measure_phases (size, TRUE, &runs[r]);

  g_print ("  %'9u | %7.1f | %7.1f | %7.1f | %7.1f | %7.1f | %7.1f\n", size->n,
           median_of (runs, n, G_STRUCT_OFFSET (Phases, read_ms)),
           median_of (runs, n, G_STRUCT_OFFSET (Phases, query_ms)),
           median_of (runs, n, G_STRUCT_OFFSET (Phases, prepare_ms)),
           median_of (runs, n, G_STRUCT_OFFSET (Phases, draw_ms)),
           median_of (runs, n, G_STRUCT_OFFSET (Phases, encode_ms)),
           median_of (runs, n, G_STRUCT_OFFSET (Phases, total_ms)));
}

/* ---------------------------------------------------------------- PNG */

static double frame_ms (const GpmChartData  *data,
                        const GpmChartStyle *style,
                        cairo_t             *cr);

static double
encode_ms (cairo_surface_t *surface,
           int              level,
           gsize           *bytes)
{
  double times[9];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 begin = g_get_monotonic_time ();

      *bytes = 0;
      if (level < 0)
        cairo_surface_write_to_png_stream (surface, discard, bytes);
      else
        gpm_png_write (surface, level, discard, bytes);
      times[i] = elapsed_ms (begin);
    }

  return median (times, G_N_ELEMENTS (times));
}

/* How much of a small export the PNG encoder is, by zlib level. */
static void
report_png (const Size *size)
{
  g_autoptr(GpmStore) store = gpm_store_open (size->database, NULL);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                        GPM_LANGUAGE_EN);
  g_autoptr(GpmChartData) data = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const int levels[] = { -1, 1, 3, 6, 9 };
  double times[9], draw, ms;
  gsize bytes;

  data = query (store, TRUE, &ms);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    times[i] = frame_ms (data, style, cr);
  draw = median (times, G_N_ELEMENTS (times));
  cairo_destroy (cr);

  g_print ("\nPNG encoding of the %u-point chart (drawing it: %.1f ms):\n", size->n, draw);
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autofree char *name = levels[i] < 0 ? g_strdup ("cairo (zlib 6, adaptive filters)")
                              : g_strdup_printf ("gpm_png_write, zlib %d, no filter%s",
                                                 levels[i],
                                                 levels[i] == GPM_PNG_LEVEL ? " (used)" : "");

      ms = encode_ms (surface, levels[i], &bytes);
      g_print ("  %-40s %6.1f ms  %7.1f kB  %3.0f %% of draw + encode\n", name, ms,
               bytes / 1024.0, 100.0 * ms / (ms + draw));
    }
  cairo_surface_destroy (surface);
}

/* ---------------------------------------------------------------- frames */

static double
frame_ms (const GpmChartData  *data,
          const GpmChartStyle *style,
          cairo_t             *cr)
{
  gint64 begin = g_get_monotonic_time ();

  /* What the Charts view does for a frame: check the size fits, then draw. */
  gpm_chart_layout_check (WIDTH, HEIGHT, data, style, NULL);
  gpm_chart_render (cr, WIDTH, HEIGHT, data, style, NULL);
  cairo_surface_flush (cairo_get_target (cr));

  return elapsed_ms (begin);
}

static void
report_frames (const Size *size)
{
  g_autoptr(GpmStore) store = gpm_store_open (size->database, NULL);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                        GPM_LANGUAGE_EN);
  g_autoptr(GpmChartData) prepared = NULL;
  g_autoptr(GpmChartData) lazy = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double times[FRAMES], ms;

  prepared = query (store, TRUE, &ms);
  lazy = query (store, FALSE, &ms);

  for (guint i = 0; i < FRAMES; i++)
    times[i] = frame_ms (prepared, style, cr);
  g_print ("  frame, %'u points, data prepared for the size:  median %6.2f ms\n", size->n,
           median (times, FRAMES));
  bench_summary (median (times, FRAMES), "chart-frame.%u.prepared.ms", size->n);
  for (guint i = 0; i < FRAMES / 4; i++)
    times[i] = frame_ms (lazy, style, cr);
  g_print ("  frame, %'u points, summarised while drawing:    median %6.2f ms\n", size->n,
           median (times, FRAMES / 4));
  bench_summary (median (times, FRAMES / 4), "chart-frame.%u.lazy.ms", size->n);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---------------------------------------------------------------- zoom steps */

#define ZOOM_STEPS 12

/* Zooming in by 1.25× a step around the middle, as Ctrl + scroll does. The view used to
 * record each step on the main thread (check the size, then draw, the summary made while
 * drawing); now a worker makes the summary and the main thread draws once it arrives.
 * Both sides are measured here on the same data: "summarising" is the old frame, "worker"
 * the summary alone, "prepared" the frame once the summary is attached. */
static void
report_zoom (const Size *size)
{
  g_autoptr(GpmStore) store = gpm_store_open (size->database, NULL);
  g_autoptr(GpmChartStyle) style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT,
                                                        GPM_LANGUAGE_EN);
  g_autoptr(GpmChartData) data = NULL;
  g_autoptr(GpmChartLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double summarising[ZOOM_STEPS], worker[ZOOM_STEPS], prepared[ZOOM_STEPS];
  double ms, x0, x1;
  cairo_rectangle_t plot;

  data = query (store, TRUE, &ms);
  gpm_chart_render (cr, WIDTH, HEIGHT, data, style, &layout);
  gpm_chart_layout_get_plot_area (layout, &plot);
  gpm_chart_layout_get_x_range (layout, &x0, &x1);

  for (guint step = 0; step < ZOOM_STEPS; step++)
    {
      GpmChartSeries *series = gpm_chart_data_get_series (data, 0);
      double middle = (x0 + x1) / 2.0, half = (x1 - x0) / 2.0 / 1.25;
      g_autoptr(GpmDecimation) summary = NULL;
      gint64 begin;

      x0 = middle - half;
      x1 = middle + half;
      gpm_chart_style_set_x_range (style, x0, x1);

      gpm_chart_series_set_decimation (series, NULL);
      summarising[step] = frame_ms (data, style, cr);

      begin = g_get_monotonic_time ();
      summary = gpm_decimate (gpm_chart_series_get_x_starts (series),
                              gpm_chart_series_get_x_ends (series),
                              gpm_chart_series_get_values (series),
                              gpm_chart_series_get_n_points (series), x0, x1,
                              (guint) ceil (plot.width));
      worker[step] = elapsed_ms (begin);
      gpm_chart_series_set_decimation (series, summary);
      prepared[step] = frame_ms (data, style, cr);
    }

  g_print ("\nzoom, %'u points, %u steps of 1.25× at %d × %d, main thread per step "
           "(median ms):\n", size->n, ZOOM_STEPS, WIDTH, HEIGHT);
  g_print ("  summarised on the main thread (before):          %6.2f\n",
           median (summarising, ZOOM_STEPS));
  g_print ("  summary on a worker, frame once it is attached:   %6.2f (worker %6.2f)\n",
           median (prepared, ZOOM_STEPS), median (worker, ZOOM_STEPS));
  bench_summary (median (summarising, ZOOM_STEPS), "chart-zoom.%u.main-summarising.ms", size->n);
  bench_summary (median (prepared, ZOOM_STEPS), "chart-zoom.%u.main-prepared.ms", size->n);
  bench_summary (median (worker, ZOOM_STEPS), "chart-zoom.%u.worker.ms", size->n);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---------------------------------------------------------------- main */

static void
report_tools (Size  *sizes,
              guint  n_sizes)
{
  g_print ("\n%-10s", "points");
  for (Tool t = 0; t < N_TOOLS; t++)
    g_print (" | %10s ms %6s MB", tool_names[t], "");
  g_print (" | app/gnuplot | app/matplotlib\n");

  for (guint s = 0; s < n_sizes; s++)
    {
      double ms[N_TOOLS];

      g_print ("%'10u", sizes[s].n);
      for (Tool t = 0; t < N_TOOLS; t++)
        {
          Samples *samples = &sizes[s].tools[t];

          ms[t] = samples->missing ? NAN : median (samples->ms, samples->n);
          if (samples->missing)
            g_print (" | %13s %9s", "not run", "");
          else
            g_print (" | %10.0f ms %6.0f MB", ms[t], median (samples->mb, samples->n));
          if (!samples->missing)
            {
              bench_summary (ms[t], "export.%s.%u.ms", tool_names[t], sizes[s].n);
              bench_summary (median (samples->mb, samples->n), "export.%s.%u.mb",
                             tool_names[t], sizes[s].n);
            }
        }
      g_print (" | %10.2f× | %13.2f×\n", ms[TOOL_APP] / ms[TOOL_GNUPLOT],
               ms[TOOL_APP] / ms[TOOL_MATPLOTLIB]);
    }
}

static void
remove_size (Size *size)
{
  const char *files[] = { "market.db", "market.db-wal", "market.db-shm", "walk.csv",
                          "chart.gp", "chart.py", "app.png", "gnuplot.png",
                          "matplotlib.png" };

  /* GPM_BENCH_KEEP=1 leaves the files, to profile one tool on them. */
  if (g_strcmp0 (g_getenv ("GPM_BENCH_KEEP"), "1") == 0)
    g_print ("kept %s\n", size->dir);
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (files); i++)
        {
          g_autofree char *path = g_build_filename (size->dir, files[i], NULL);

          g_remove (path);
        }
      g_rmdir (size->dir);
    }
  g_free (size->dir);
  g_free (size->database);
  g_free (size->csv);
}

static void
find_python (void)
{
  const char *candidates[] = { g_getenv ("GPM_BENCH_PYTHON"), "/usr/bin/python3" };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      const char *argv[] = { candidates[i], "-c", "import matplotlib", NULL };
      int status = 1;

      if (candidates[i] != NULL
          && g_spawn_sync (NULL, (char **) argv, NULL,
                           G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                           NULL, NULL, &status, NULL)
          && g_spawn_check_wait_status (status, NULL))
        {
          python = g_strdup (candidates[i]);
          return;
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *sizes_env = g_getenv ("GPM_BENCH_SIZES");
  const char *runs_env = g_getenv ("GPM_BENCH_RUNS");
  g_auto(GStrv) size_names = g_strsplit (sizes_env ? sizes_env : "1000,100000,1000000", ",", 0);
  guint runs = runs_env ? CLAMP (atoi (runs_env), 1, RUNS) : RUNS;
  guint n_sizes = g_strv_length (size_names);
  g_autofree Size *sizes = g_new0 (Size, n_sizes);
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  find_python ();
  g_print ("chart export: %d × %d PNG line chart, random walk (seed %d), "
           "median of %u runs\n", WIDTH, HEIGHT, SEED, runs);

  for (guint s = 0; s < n_sizes; s++)
    {
      sizes[s].n = (guint) g_ascii_strtoull (size_names[s], NULL, 10);
      if (!prepare_size (&sizes[s], &error))
        g_error ("could not prepare %u points: %s", sizes[s].n, error->message);
      measure_tools (&sizes[s], runs);
    }
  report_tools (sizes, n_sizes);

  g_print ("\nthe app in process, medians of 5 (ms):\n"
           "  %9s | %7s | %7s | %7s | %7s | %7s | %7s\n",
           "points", "read", "query", "prepare", "draw", "PNG", "total");
  for (guint s = 0; s < n_sizes; s++)
    report_phases (&sizes[s]);

  report_png (&sizes[0]);
  g_print ("\n");
  report_frames (&sizes[n_sizes - 1]);
  report_zoom (&sizes[n_sizes - 1]);

  for (guint s = 0; s < n_sizes; s++)
    remove_size (&sizes[s]);
  g_free (python);

  return 0;
}
