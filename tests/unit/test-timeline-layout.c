/* test-timeline-layout.c — the timeline renderer's layout, without a display.
 *
 * Ticks from centuries down to days; periods drawn over their whole span; lanes by
 * category and by vendor; labels that never overlap however dense the data; the visible
 * marks found by binary search; hit-testing a pixel back to its event; keyboard order;
 * the filter; and the bundled timeline written to a PNG (kept in the build directory to
 * be looked at).
 */

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "gpm-item-list.h"
#include "gpm-store.h"
#include "gpm-timeline-private.h"

static const GpmTimelineStrings strings = {
  { "Export controls", "Capital", "Mergers", "Products", "Market", "Statements" },
  "No vendor", "Today",
};

static GpmTimeline *
new_timeline (void)
{
  GpmTimeline *timeline = gpm_timeline_new ();

  gpm_timeline_set_strings (timeline, &strings);

  return timeline;
}

static double
days (int year,
      int month,
      int day)
{
  return gpm_days_from_date (year, month, day);
}

static void
render (GpmTimeline *timeline,
        int          width,
        int          height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  gpm_timeline_render (timeline, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---------------------------------------------------------------- ticks */

static double
tick_interval (GpmTimeUnit unit,
               guint       step)
{
  static const double unit_days[] = { 1.0, 30.4, 91.3, 182.6, 365.25 };

  return unit_days[unit] * step;
}

static void
assert_ticks (double      visible_days,
              GpmTimeUnit unit,
              guint       step)
{
  GpmTimeUnit got_unit;
  guint got_step;

  gpm_timeline_choose_ticks (1000.0 / visible_days, GPM_LANGUAGE_EN, NULL, NULL, &got_unit,
                             &got_step);
  g_assert_cmpint (got_unit, ==, unit);
  g_assert_cmpuint (got_step, ==, step);
}

static void
test_ticks_fixed_widths (void)
{
  /* With the built-in estimate (7 px a Latin character), over 1000 px. */
  assert_ticks (400 * 365.25, GPM_TIME_UNIT_YEAR, 20);
  assert_ticks (150 * 365.25, GPM_TIME_UNIT_YEAR, 10);
  assert_ticks (60 * 365.25, GPM_TIME_UNIT_YEAR, 5);
  assert_ticks (20 * 365.25, GPM_TIME_UNIT_YEAR, 1);
  assert_ticks (6 * 365.25, GPM_TIME_UNIT_QUARTER, 1);
  assert_ticks (2 * 365.25, GPM_TIME_UNIT_MONTH, 1);
  assert_ticks (120, GPM_TIME_UNIT_DAY, 7);
  assert_ticks (20, GPM_TIME_UNIT_DAY, 1);
}

static double
measure_with_pango (const char *text,
                    gpointer    user_data)
{
  GpmTimeline *timeline = user_data;

  return gpm_timeline_measure_text (timeline, timeline->font_axis, text);
}

/* Every zoom, in both languages, with the real font: the interval only shrinks as the
 * zoom grows, labelled ticks never crowd their labels, and both ends are reached. */
static void
test_ticks_every_zoom (void)
{
  GpmLanguage languages[] = { GPM_LANGUAGE_EN, GPM_LANGUAGE_ZH_CN };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GpmTimeline) timeline = new_timeline ();
      double previous = INFINITY;
      gboolean saw_days = FALSE, saw_decades = FALSE;

      gpm_timeline_set_language (timeline, languages[l]);
      gpm_timeline_ensure_text (timeline);
      for (double ppd = 0.002; ppd < 400.0; ppd *= 1.15)
        {
          GpmTimeUnit unit;
          guint step;
          double interval;

          gpm_timeline_choose_ticks (ppd, languages[l], measure_with_pango, timeline, &unit,
                                     &step);
          interval = tick_interval (unit, step);
          g_assert_cmpfloat (interval, <=, previous);
          previous = interval;
          saw_days |= unit == GPM_TIME_UNIT_DAY && step == 1;
          saw_decades |= unit == GPM_TIME_UNIT_YEAR && step == 10;
        }
      g_assert_true (saw_days);
      g_assert_true (saw_decades);
    }
}

static void
test_tick_labels (void)
{
  g_autofree char *year = tl_tick_label (GPM_TIME_UNIT_YEAR, 2025, GPM_LANGUAGE_EN);
  g_autofree char *quarter = tl_tick_label (GPM_TIME_UNIT_QUARTER, 2025 * 4 + 2,
                                            GPM_LANGUAGE_EN);
  g_autofree char *month = tl_tick_label (GPM_TIME_UNIT_MONTH, 2025 * 12 + 6, GPM_LANGUAGE_EN);
  g_autofree char *month_zh = tl_tick_label (GPM_TIME_UNIT_MONTH, 2025 * 12 + 6,
                                             GPM_LANGUAGE_ZH_CN);
  g_autofree char *major = tl_major_label (GPM_TIME_UNIT_MONTH, 2025 * 12 + 6, GPM_LANGUAGE_EN);
  g_autofree char *major_zh = tl_major_label (GPM_TIME_UNIT_MONTH, 2025 * 12 + 6,
                                              GPM_LANGUAGE_ZH_CN);

  g_assert_cmpstr (year, ==, "2025");
  g_assert_cmpstr (quarter, ==, "Q3");
  g_assert_cmpstr (month, ==, "Jul");
  g_assert_cmpstr (month_zh, ==, "7月");
  g_assert_cmpstr (major, ==, "July 2025");
  g_assert_cmpstr (major_zh, ==, "2025年7月");

  /* Weeks are labelled on the 1st, 8th, 15th and 22nd only. */
  g_assert_true (tl_unit_is_labelled (GPM_TIME_UNIT_DAY, 7, (gint64) days (2025, 7, 15)));
  g_assert_false (tl_unit_is_labelled (GPM_TIME_UNIT_DAY, 7, (gint64) days (2025, 7, 29)));
  g_assert_true (tl_unit_is_labelled (GPM_TIME_UNIT_YEAR, 10, 2020));
  g_assert_false (tl_unit_is_labelled (GPM_TIME_UNIT_YEAR, 10, 2025));
}

/* ---------------------------------------------------------------- spans */

static void
test_spans_cover_their_period (void)
{
  g_autoptr(GpmTimeline) timeline = new_timeline ();
  const struct
  {
    gint64      id;
    const char *date;
    const char *category;
    double      start;
    double      end;
  } cases[] = {
    { 1, "2025", "export-control", days (2025, 1, 1), days (2026, 1, 1) },
    { 2, "2025-Q3", "capital", days (2025, 7, 1), days (2025, 10, 1) },
    { 3, "2025-07", "m-and-a", days (2025, 7, 1), days (2025, 8, 1) },
    { 4, "2024-02", "product", days (2024, 2, 1), days (2024, 3, 1) },
  };
  const int width = 1400, height = 600;
  GpmTimelineBox box;
  double ppd, left;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_true (gpm_timeline_add_event (timeline, cases[i].id, cases[i].date,
                                           cases[i].category, "A period", NULL, 0));
  g_assert_true (gpm_timeline_add_event (timeline, 5, "2025-07-15", "market", "A day", NULL, 0));
  g_assert_false (gpm_timeline_add_event (timeline, 6, "2025-13", "market", "Bad", NULL, 0));
  g_assert_false (gpm_timeline_add_event (timeline, 7, "2025", "gossip", "Bad", NULL, 0));

  gpm_timeline_set_view (timeline, days (2023, 7, 1), 3 * 365.0);
  render (timeline, width, height);
  left = gpm_timeline_get_plot_left (timeline, width);
  ppd = (width - left) / (3 * 365.0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (gpm_timeline_get_marker_box (timeline, cases[i].id, &box));
      g_assert_cmpfloat_with_epsilon (box.x, gpm_timeline_days_to_x (timeline, width,
                                                                     cases[i].start), 1e-6);
      g_assert_cmpfloat_with_epsilon (box.width, (cases[i].end - cases[i].start) * ppd, 1e-6);
    }

  /* A day is a point in the middle of its day, not a bar. */
  g_assert_true (gpm_timeline_get_marker_box (timeline, 5, &box));
  g_assert_cmpfloat_with_epsilon (box.x + box.width / 2.0,
                                  gpm_timeline_days_to_x (timeline, width,
                                                          days (2025, 7, 15) + 0.5), 1e-6);
  g_assert_cmpfloat (box.width, ==, TL_MARKER_SIZE);
}

/* ---------------------------------------------------------------- lanes */

static void
add_vendors (GpmTimeline *timeline)
{
  gpm_timeline_add_vendor (timeline, 1, "nvidia", "NVIDIA");
  gpm_timeline_add_vendor (timeline, 2, "huawei", "Huawei");
  gpm_timeline_add_vendor (timeline, 3, "cambricon", "Cambricon");
}

static guint
count_marker_boxes (GpmTimeline *timeline,
                    gint64       id)
{
  guint count = 0;

  for (guint i = 0; i < timeline->marker_boxes->len; i++)
    count += g_array_index (timeline->marker_boxes, TlMarkerBox, i).id == id;

  return count;
}

static void
test_lane_assignment (void)
{
  g_autoptr(GpmTimeline) timeline = new_timeline ();
  const gint64 both[] = { 1, 2 };
  const gint64 huawei[] = { 2 };
  const gint64 unknown[] = { 99 };
  GpmTimelineFilter filter;
  guint lane;

  add_vendors (timeline);
  gpm_timeline_add_event (timeline, 10, "2023-10-17", "export-control", "Rules", both, 2);
  gpm_timeline_add_event (timeline, 11, "2024-Q2", "product", "Launch", huawei, 1);
  gpm_timeline_add_event (timeline, 12, "2025", "market", "Nobody", NULL, 0);
  gpm_timeline_add_event (timeline, 13, "2025-03", "capital", "Stranger", unknown, 1);
  gpm_timeline_set_view (timeline, days (2023, 1, 1), 4 * 365.0);

  /* By category: one lane per category that has events, in the fixed order. */
  render (timeline, 1200, 500);
  g_assert_cmpuint (gpm_timeline_get_n_lanes (timeline), ==, 4);
  g_assert_true (gpm_timeline_get_event_lane (timeline, 10, &lane, NULL));
  g_assert_cmpstr (gpm_timeline_get_lane_title (timeline, lane), ==, "Export controls");
  g_assert_true (gpm_timeline_get_event_lane (timeline, 13, &lane, NULL));
  g_assert_cmpstr (gpm_timeline_get_lane_title (timeline, lane), ==, "Capital");
  g_assert_true (gpm_timeline_get_event_lane (timeline, 12, &lane, NULL));
  g_assert_cmpstr (gpm_timeline_get_lane_title (timeline, lane), ==, "Market");
  g_assert_cmpuint (gpm_timeline_get_n_drawn_events (timeline), ==, 4);

  /* By vendor: an event shows in each of its vendors' lanes; one without a known vendor
   * in the lane for none. */
  gpm_timeline_set_lanes (timeline, GPM_TIMELINE_LANES_VENDOR);
  render (timeline, 1200, 500);
  g_assert_cmpuint (gpm_timeline_get_n_lanes (timeline), ==, 3);
  g_assert_cmpstr (gpm_timeline_get_lane_title (timeline, 0), ==, "NVIDIA");
  g_assert_cmpstr (gpm_timeline_get_lane_title (timeline, 1), ==, "Huawei");
  g_assert_cmpstr (gpm_timeline_get_lane_title (timeline, 2), ==, "No vendor");
  g_assert_cmpuint (count_marker_boxes (timeline, 10), ==, 2);
  g_assert_true (gpm_timeline_get_event_lane (timeline, 13, &lane, NULL));
  g_assert_cmpuint (lane, ==, 2);
  g_assert_cmpuint (gpm_timeline_get_n_drawn_events (timeline), ==, 4);

  /* Filtered to Huawei, only Huawei's lane remains, with both its events. */
  gpm_timeline_filter_init (&filter);
  filter.vendor_ids = huawei;
  filter.n_vendor_ids = 1;
  gpm_timeline_set_filter (timeline, &filter);
  render (timeline, 1200, 500);
  g_assert_cmpuint (gpm_timeline_get_n_lanes (timeline), ==, 1);
  g_assert_cmpuint (gpm_timeline_get_n_drawn_events (timeline), ==, 2);
  g_assert_cmpuint (count_marker_boxes (timeline, 10), ==, 1);
}

/* ---------------------------------------------------------------- labels */

static GpmTimeline *
dense_timeline (guint n,
                guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GpmTimeline *timeline = new_timeline ();
  const char *words[] = { "Export", "rules", "IPO", "filing", "出口管制", "科创板", "上市",
                          "merger", "launch", "accelerator", "订单" };

  add_vendors (timeline);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *date = NULL;
      GString *label = g_string_new (NULL);
      int kind = g_rand_int_range (rand, 0, 10);
      int year = g_rand_int_range (rand, 2020, 2026);
      gint64 vendor = g_rand_int_range (rand, 1, 4);

      if (kind < 7)
        date = g_strdup_printf ("%d-%02d-%02d", year, g_rand_int_range (rand, 1, 13),
                                g_rand_int_range (rand, 1, 29));
      else if (kind < 9)
        date = g_strdup_printf ("%d-%02d", year, g_rand_int_range (rand, 1, 13));
      else
        date = g_strdup_printf ("%d-Q%d", year, g_rand_int_range (rand, 1, 5));
      for (int w = g_rand_int_range (rand, 1, 6); w > 0; w--)
        g_string_append_printf (label, "%s ", words[g_rand_int_range (rand, 0,
                                                                      G_N_ELEMENTS (words))]);
      g_assert_true (gpm_timeline_add_event (timeline, i + 1, date,
                                             gpm_timeline_category_to_key (
                                               g_rand_int_range (rand, 0, 3)),
                                             label->str, &vendor, 1));
      g_string_free (label, TRUE);
    }

  return timeline;
}

static gboolean
boxes_intersect (const GpmTimelineBox *a,
                 const GpmTimelineBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
assert_no_label_overlaps (GpmTimeline *timeline)
{
  const GpmTimelineBox *boxes;
  guint n;

  boxes = gpm_timeline_get_label_boxes (timeline, &n);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (boxes_intersect (&boxes[i], &boxes[j]))
        g_error ("Labels %u (%.1f,%.1f %.1f×%.1f) and %u (%.1f,%.1f %.1f×%.1f) overlap",
                 i, boxes[i].x, boxes[i].y, boxes[i].width, boxes[i].height,
                 j, boxes[j].x, boxes[j].y, boxes[j].width, boxes[j].height);
}

static void
test_labels_never_overlap (void)
{
  const struct { int width, height; } sizes[] = { { 1920, 1080 }, { 900, 600 }, { 360, 420 } };
  const double spans[] = { 7 * 365.0, 365.0, 60.0, 10.0 };
  GpmTimelineLanes modes[] = { GPM_TIMELINE_LANES_CATEGORY, GPM_TIMELINE_LANES_VENDOR };

  for (guint seed = 1; seed <= 3; seed++)
    {
      g_autoptr(GpmTimeline) timeline = dense_timeline (1500, seed);

      for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          for (guint z = 0; z < G_N_ELEMENTS (spans); z++)
            {
              gpm_timeline_set_lanes (timeline, modes[m]);
              gpm_timeline_set_view (timeline, days (2022, 3, 1), spans[z]);
              render (timeline, sizes[s].width, sizes[s].height);
              assert_no_label_overlaps (timeline);
            }
    }
}

/* Zooming in to a cluster splits it up into events with labels. */
static void
test_clusters_expand_on_zoom (void)
{
  g_autoptr(GpmTimeline) timeline = dense_timeline (1500, 7);
  const int width = 1200, height = 600;
  const TlMarkerBox *cluster = NULL;
  GpmTimelineHit hit;
  guint singles = 0;
  guint n_labels, clusters_wide;

  gpm_timeline_set_view (timeline, days (2020, 1, 1), 6 * 365.0);
  render (timeline, width, height);
  clusters_wide = gpm_timeline_get_n_drawn_clusters (timeline);
  g_assert_cmpuint (clusters_wide, >, 0);
  g_assert_cmpuint (gpm_timeline_get_n_drawn_events (timeline), ==, 1500);

  for (guint i = 0; i < timeline->marker_boxes->len && cluster == NULL; i++)
    if (g_array_index (timeline->marker_boxes, TlMarkerBox, i).id == 0)
      cluster = &g_array_index (timeline->marker_boxes, TlMarkerBox, i);
  g_assert_nonnull (cluster);
  g_assert_true (gpm_timeline_hit_test (timeline, width, height,
                                        cluster->box.x + cluster->box.width / 2.0,
                                        cluster->box.y + cluster->box.height / 2.0, &hit));
  g_assert_cmpint (hit.kind, ==, GPM_TIMELINE_HIT_CLUSTER);

  gpm_timeline_set_view (timeline, hit.start - 1.0, MAX (hit.end - hit.start, 4.0) + 2.0);
  render (timeline, width, height);
  for (guint i = 0; i < timeline->marker_boxes->len; i++)
    singles += g_array_index (timeline->marker_boxes, TlMarkerBox, i).id != 0;
  gpm_timeline_get_label_boxes (timeline, &n_labels);
  /* Most of its events now stand on their own (a few may still share a moment). */
  g_assert_cmpuint (singles * 2, >=, hit.n_events);
  g_assert_cmpuint (n_labels, >=, singles);
  g_assert_cmpuint (gpm_timeline_get_n_drawn_clusters (timeline), <, clusters_wide);
}

/* ---------------------------------------------------------------- visible range */

static void
test_visible_range_search (void)
{
  g_autoptr(GpmTimeline) timeline = dense_timeline (3000, 11);
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  const int width = 1300, height = 700;

  gpm_timeline_set_view (timeline, days (2021, 1, 1), 400.0);
  render (timeline, width, height);

  for (guint l = 0; l < timeline->lanes->len; l++)
    {
      TlLane *lane = timeline->lanes->pdata[l];

      for (guint k = 0; k < 200; k++)
        {
          double left = g_rand_double_range (rand, -2000.0, lane->max_end->len > 0
                                             ? g_array_index (lane->max_end, double,
                                                              lane->max_end->len - 1) + 100.0
                                             : 100.0);
          guint first = tl_lane_first_visible (lane, left);
          guint expected = 0;

          if (k % 20 == 0)
            left = 20000.0 * timeline->px_per_day;
          first = tl_lane_first_visible (lane, left);
          while (expected < lane->marks->len
                 && g_array_index (lane->max_end, double, expected) < left)
            expected++;
          g_assert_cmpuint (first, ==, expected);
          for (guint i = 0; i < first; i++)
            g_assert_cmpfloat (g_array_index (lane->marks, TlMark, i).end, <, left);
        }
    }

  /* What was drawn is exactly what a walk over every mark finds in view. */
  {
    double world_left = timeline->view_start * timeline->px_per_day;
    double world_right = world_left + width - timeline->header_width;
    guint expected = 0;

    for (guint l = 0; l < timeline->lanes->len; l++)
      {
        TlLane *lane = timeline->lanes->pdata[l];

        for (guint i = 0; i < lane->marks->len; i++)
          {
            const TlMark *mark = &g_array_index (lane->marks, TlMark, i);

            expected += mark->end >= world_left && mark->x0 <= world_right;
          }
      }
    g_assert_cmpuint (timeline->marker_boxes->len, ==, expected);
  }
}

/* ---------------------------------------------------------------- hit-testing */

static void
test_hit_testing (void)
{
  g_autoptr(GpmTimeline) timeline = dense_timeline (400, 3);
  const int width = 1400, height = 800;
  guint checked = 0;
  GpmTimelineHit hit;

  gpm_timeline_set_view (timeline, days (2022, 1, 1), 200.0);
  render (timeline, width, height);

  for (guint i = 0; i < timeline->marker_boxes->len; i++)
    {
      const TlMarkerBox *marker = &g_array_index (timeline->marker_boxes, TlMarkerBox, i);
      double x = marker->box.x + marker->box.width / 2.0;
      double y = marker->box.y + marker->box.height / 2.0;

      if (x < gpm_timeline_get_plot_left (timeline, width) || x >= width || y >= height)
        continue;
      g_assert_true (gpm_timeline_hit_test (timeline, width, height, x, y, &hit));
      if (marker->id == 0)
        {
          g_assert_cmpint (hit.kind, ==, GPM_TIMELINE_HIT_CLUSTER);
          g_assert_cmpuint (hit.n_events, >, 1);
          g_assert_cmpfloat (hit.end, >, hit.start);
        }
      else
        {
          g_assert_cmpint (hit.kind, ==, GPM_TIMELINE_HIT_EVENT);
          g_assert_cmpint (hit.event_id, ==, marker->id);
        }
      checked++;
    }
  g_assert_cmpuint (checked, >, 20);

  g_assert_true (gpm_timeline_hit_test (timeline, width, height, 700, 10, &hit));
  g_assert_cmpint (hit.kind, ==, GPM_TIMELINE_HIT_AXIS);
  g_assert_cmpfloat_with_epsilon (hit.start, gpm_timeline_x_to_days (timeline, width, 700),
                                  1e-9);
  g_assert_true (gpm_timeline_hit_test (timeline, width, height, 10, 60, &hit));
  g_assert_cmpint (hit.kind, ==, GPM_TIMELINE_HIT_LANE_HEADER);
  g_assert_false (gpm_timeline_hit_test (timeline, width, height, -5, 60, &hit));
}

/* ---------------------------------------------------------------- order and filter */

static void
test_keyboard_order (void)
{
  g_autoptr(GpmTimeline) timeline = dense_timeline (300, 9);
  GpmTimelineFilter filter;
  double previous = -INFINITY;
  guint visited = 0;
  gint64 id;

  gpm_timeline_filter_init (&filter);
  filter.categories = 1u << GPM_TIMELINE_CATEGORY_CAPITAL;
  gpm_timeline_set_filter (timeline, &filter);

  for (id = gpm_timeline_step (timeline, 0, 1); id != 0; id = gpm_timeline_step (timeline, id, 1))
    {
      double start;

      g_assert_true (gpm_timeline_event_matches (timeline, id));
      g_assert_true (gpm_timeline_get_event_span (timeline, id, &start, NULL));
      g_assert_cmpfloat (start, >=, previous);
      previous = start;
      visited++;
    }
  g_assert_cmpuint (visited, ==, gpm_timeline_get_n_matching (timeline));
  g_assert_cmpuint (visited, >, 50);

  id = gpm_timeline_step (timeline, 0, -1);
  g_assert_cmpint (gpm_timeline_step (timeline, id, 1), ==, 0);
  g_assert_cmpint (gpm_timeline_step (timeline, gpm_timeline_step (timeline, id, -1), 1), ==,
                   id);
}

static void
test_filter (void)
{
  g_autoptr(GpmTimeline) timeline = new_timeline ();
  const gint64 huawei[] = { 2 };
  const gint64 none[] = { 0 };
  GpmTimelineFilter filter;

  add_vendors (timeline);
  gpm_timeline_add_event (timeline, 1, "2023", "export-control", "A", huawei, 1);
  gpm_timeline_add_event (timeline, 2, "2024-06-01", "product", "B", NULL, 0);
  gpm_timeline_add_event (timeline, 3, "2025-Q1", "capital", "C", huawei, 1);
  g_assert_cmpuint (gpm_timeline_get_n_matching (timeline), ==, 3);

  gpm_timeline_filter_init (&filter);
  filter.categories = (1u << GPM_TIMELINE_CATEGORY_PRODUCT)
                      | (1u << GPM_TIMELINE_CATEGORY_CAPITAL);
  gpm_timeline_set_filter (timeline, &filter);
  g_assert_cmpuint (gpm_timeline_get_n_matching (timeline), ==, 2);
  g_assert_false (gpm_timeline_event_matches (timeline, 1));

  /* A period overlapping the range counts: the year 2023 reaches into a range from July. */
  gpm_timeline_filter_init (&filter);
  filter.from = days (2023, 7, 1);
  filter.to = days (2024, 1, 1);
  gpm_timeline_set_filter (timeline, &filter);
  g_assert_cmpuint (gpm_timeline_get_n_matching (timeline), ==, 1);
  g_assert_true (gpm_timeline_event_matches (timeline, 1));

  gpm_timeline_filter_init (&filter);
  filter.vendor_ids = none;
  filter.n_vendor_ids = 1;
  gpm_timeline_set_filter (timeline, &filter);
  g_assert_cmpuint (gpm_timeline_get_n_matching (timeline), ==, 1);
  g_assert_true (gpm_timeline_event_matches (timeline, 2));

  gpm_timeline_set_filter (timeline, NULL);
  g_assert_cmpuint (gpm_timeline_count_in_period (timeline, days (2024, 1, 1),
                                                  days (2025, 2, 1)), ==, 2);
}

/* ---------------------------------------------------------------- the bundled timeline */

static void
wait_loaded (GpmItemList *list)
{
  while (gpm_item_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static void
write_bundled (GpmStore    *store,
               GpmLanguage  language,
               GpmChartTheme theme,
               GpmTimelineLanes lanes,
               const char  *name)
{
  g_autoptr(GpmItemList) events = gpm_item_list_new_events (store);
  g_autoptr(GpmItemList) vendors = gpm_item_list_new_vendors (store);
  g_autoptr(GpmTimeline) timeline = new_timeline ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), name, NULL);
  cairo_surface_t *png;

  wait_loaded (events);
  wait_loaded (vendors);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (events)), >, 0);
  g_assert_cmpuint (gpm_timeline_set_items (timeline, G_LIST_MODEL (events),
                                            G_LIST_MODEL (vendors), language), ==, 0);
  gpm_timeline_set_language (timeline, language);
  gpm_timeline_set_theme (timeline, theme);
  gpm_timeline_set_lanes (timeline, lanes);
  gpm_timeline_set_today (timeline, days (2026, 11, 28));
  gpm_timeline_set_selected (timeline, gpm_timeline_step (timeline, 0, 3), FALSE);
  g_assert_true (gpm_timeline_fit_all (timeline, 1600, 700));

  g_assert_true (gpm_timeline_render_to_png (timeline, path, 1600, 700, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (gpm_timeline_get_n_drawn_events (timeline), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (events)));
  assert_no_label_overlaps (timeline);

  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 700);
  cairo_surface_destroy (png);
}

static void
test_bundled_png (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gpm-timeline-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "market.db", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "t.png", NULL);
  g_autoptr(GpmStore) store = gpm_store_open (db, &error);
  g_autoptr(GpmTimeline) empty = new_timeline ();
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_assert_no_error (error);
  write_bundled (store, GPM_LANGUAGE_EN, GPM_CHART_THEME_LIGHT, GPM_TIMELINE_LANES_CATEGORY,
                 "timeline-bundled.png");
  write_bundled (store, GPM_LANGUAGE_ZH_CN, GPM_CHART_THEME_DARK, GPM_TIMELINE_LANES_VENDOR,
                 "timeline-bundled-zh-dark.png");

  /* Failures say so and leave nothing behind. */
  g_assert_false (gpm_timeline_render_to_png (empty, bad, 800, 400, &error));
  g_assert_error (error, GPM_TIMELINE_ERROR, GPM_TIMELINE_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_false (gpm_timeline_render_to_png (empty, bad, 10, 10, &error));
  g_assert_error (error, GPM_TIMELINE_ERROR, GPM_TIMELINE_ERROR_SIZE);

  g_clear_object (&store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (db, suffixes[i], NULL);
      g_remove (file);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/ticks/fixed-widths", test_ticks_fixed_widths);
  g_test_add_func ("/timeline/ticks/every-zoom", test_ticks_every_zoom);
  g_test_add_func ("/timeline/ticks/labels", test_tick_labels);
  g_test_add_func ("/timeline/spans", test_spans_cover_their_period);
  g_test_add_func ("/timeline/lanes", test_lane_assignment);
  g_test_add_func ("/timeline/labels/no-overlap", test_labels_never_overlap);
  g_test_add_func ("/timeline/labels/clusters-expand", test_clusters_expand_on_zoom);
  g_test_add_func ("/timeline/visible-range", test_visible_range_search);
  g_test_add_func ("/timeline/hit-test", test_hit_testing);
  g_test_add_func ("/timeline/keyboard-order", test_keyboard_order);
  g_test_add_func ("/timeline/filter", test_filter);
  g_test_add_func ("/timeline/png/bundled", test_bundled_png);

  return g_test_run ();
}
