/* bench-timeline.c — frame times of the timeline renderer while panning 10,000 events.
 *
 * Draws a 1920 × 1080 timeline of 10,000 random events (fixed seed) on an image surface,
 * pans it across 200 frames and prints the median and 95th percentile frame time, in
 * lanes by category and by vendor, plus the cost of the first frame (which measures every
 * label) and of zoom frames (which lay the lanes out again). It reports; it never fails
 * on a time, because machines differ.
 */

#include "config.h"

#include <math.h>

#include "bench-summary.h"
#include "gpm-timeline-renderer.h"

#define N_EVENTS 10000
#define N_FRAMES 200
#define WIDTH    1920
#define HEIGHT   1080

static const char * const words[] = {
  "Export", "rules", "tighten", "IPO", "filing", "accepted", "merger", "launch", "of",
  "accelerator", "cluster", "order", "tender", "results", "profit", "guidance", "statement",
  "出口管制", "科创板", "上市", "发布", "算力", "芯片", "订单", "融资",
};

static const char * const vendor_keys[] = {
  "nvidia", "amd", "huawei", "cambricon", "moore-threads", "metax", "enflame", "biren",
  "hygon", "vastai",
};

static char *
random_date (GRand *rand)
{
  int year = g_rand_int_range (rand, 1996, 2027);
  int kind = g_rand_int_range (rand, 0, 10);

  if (kind < 6)
    return g_strdup_printf ("%d-%02d-%02d", year, g_rand_int_range (rand, 1, 13),
                            g_rand_int_range (rand, 1, 29));
  if (kind < 8)
    return g_strdup_printf ("%d-%02d", year, g_rand_int_range (rand, 1, 13));
  if (kind < 9)
    return g_strdup_printf ("%d-Q%d", year, g_rand_int_range (rand, 1, 5));
  return g_strdup_printf ("%d", year);
}

static char *
random_label (GRand *rand)
{
  GString *label = g_string_new (NULL);
  int n = g_rand_int_range (rand, 2, 7);

  for (int i = 0; i < n; i++)
    g_string_append_printf (label, "%s%s", i > 0 ? " " : "",
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);

  return g_string_free (label, FALSE);
}

static GpmTimeline *
make_timeline (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  GpmTimeline *timeline = gpm_timeline_new ();
  GpmTimelineStrings strings = {
    { "Export controls", "Capital", "Mergers", "Products", "Market", "Statements" },
    "No vendor", "Today",
  };

  gpm_timeline_set_strings (timeline, &strings);
  for (guint v = 0; v < G_N_ELEMENTS (vendor_keys); v++)
    gpm_timeline_add_vendor (timeline, v + 1, vendor_keys[v], vendor_keys[v]);

  for (guint i = 0; i < N_EVENTS; i++)
    {
      g_autofree char *date = random_date (rand);
      g_autofree char *label = random_label (rand);
      gint64 vendors[3];
      guint n_vendors = g_rand_int_range (rand, 0, 4);

      for (guint v = 0; v < n_vendors; v++)
        vendors[v] = g_rand_int_range (rand, 1, G_N_ELEMENTS (vendor_keys) + 1);
      gpm_timeline_add_event (timeline, i + 1, date,
                              gpm_timeline_category_to_key (g_rand_int_range (rand, 0, 6)),
                              label, vendors, n_vendors);
    }
  gpm_timeline_set_today (timeline, gpm_days_from_date (2026, 11, 28));

  return timeline;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
frame_ms (GpmTimeline *timeline,
          cairo_t     *cr)
{
  gint64 begin = g_get_monotonic_time ();

  gpm_timeline_render (timeline, cr, WIDTH, HEIGHT);
  cairo_surface_flush (cairo_get_target (cr));

  return (g_get_monotonic_time () - begin) / 1000.0;
}

/* KEY names the figures in run-bench.py's summary. */
static void
report (const char *what,
        const char *key,
        double     *times,
        guint       n)
{
  qsort (times, n, sizeof (double), compare_doubles);
  bench_summary (times[n / 2], "timeline.%s.median.ms", key);
  bench_summary (times[(guint) floor (n * 0.95)], "timeline.%s.p95.ms", key);
  g_print ("%-34s median %6.2f ms   p95 %6.2f ms   max %6.2f ms\n", what, times[n / 2],
           times[(guint) floor (n * 0.95)], times[n - 1]);
}

static void
pan (GpmTimeline      *timeline,
     cairo_t          *cr,
     GpmTimelineLanes  lanes,
     double            span,
     const char       *what,
     const char       *key)
{
  double times[N_FRAMES];
  double start = gpm_days_from_date (2012, 1, 1);
  double first;
  guint drawn, clusters;
  g_autofree char *title = NULL;

  gpm_timeline_set_lanes (timeline, lanes);
  gpm_timeline_set_view (timeline, start, span);
  first = frame_ms (timeline, cr);
  drawn = gpm_timeline_get_n_drawn_events (timeline);
  clusters = gpm_timeline_get_n_drawn_clusters (timeline);

  /* Pan across two widths, a frame every few pixels as a drag does. */
  for (guint i = 0; i < N_FRAMES; i++)
    {
      gpm_timeline_set_view (timeline, start + 2.0 * span * i / N_FRAMES, span);
      times[i] = frame_ms (timeline, cr);
    }
  title = g_strdup_printf ("pan, %s:", what);
  report (title, key, times, N_FRAMES);
  g_print ("%-34s %6.2f ms (%u events shown, %u clusters)\n", "  first frame (layout):",
           first, drawn, clusters);
}

static void
zoom (GpmTimeline *timeline,
      cairo_t     *cr)
{
  double times[N_FRAMES / 4];
  double centre = gpm_days_from_date (2018, 6, 1);

  gpm_timeline_set_lanes (timeline, GPM_TIMELINE_LANES_CATEGORY);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      double span = 365.25 * 20.0 * pow (0.93, i);

      gpm_timeline_set_view (timeline, centre - span / 2.0, span);
      times[i] = frame_ms (timeline, cr);
    }
  report ("zoom 20 years to 5 months:", "zoom", times, G_N_ELEMENTS (times));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GpmTimeline) timeline = make_timeline ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  g_print ("timeline: %d events, %d x %d, %d frames\n", N_EVENTS, WIDTH, HEIGHT, N_FRAMES);
  pan (timeline, cr, GPM_TIMELINE_LANES_CATEGORY, 365.25 * 3, "3 years, lanes by category",
       "pan-3y-category");
  pan (timeline, cr, GPM_TIMELINE_LANES_VENDOR, 365.25 * 3, "3 years, lanes by vendor",
       "pan-3y-vendor");
  pan (timeline, cr, GPM_TIMELINE_LANES_CATEGORY, 120.0, "4 months, lanes by category",
       "pan-4m-category");
  pan (timeline, cr, GPM_TIMELINE_LANES_CATEGORY, 365.25 * 30, "30 years, lanes by category",
       "pan-30y-category");
  zoom (timeline, cr);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return 0;
}
