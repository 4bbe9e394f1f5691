/* gpm-timeline-layout.c — where everything on the timeline goes, computed once per zoom.
 *
 * Ticks: the finest unit (day, week, month, quarter, half-year, year, 2, 5, 10… years)
 * whose narrowest labelled interval still holds its widest label. The choice depends on
 * the zoom only, never on the position, so labels do not change unit while panning.
 *
 * Lanes and rows: each lane's events are packed into at most TL_MAX_ROWS stagger rows
 * from left to right. An event goes into the first row where it fits with its whole label;
 * failing that, where the label of the row's last event can be shortened (with an
 * ellipsis, never below TL_MIN_LABEL) to make room; failing that, it joins a cluster,
 * drawn as a count that splits up again as the user zooms in. So no two labels ever
 * overlap, by construction. The rows per lane shrink until all lanes fit the height.
 *
 * Everything is in "world" pixels (days × pixels per day), so panning is a translation:
 * the frame finds the visible marks of each lane by binary search on their sorted starts.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-timeline-private.h"

typedef struct
{
  GpmTimeUnit unit;
  guint       step;
  double      min_days;   /* shortest distance between two labelled ticks */
} TickCandidate;

static const TickCandidate tick_candidates[] = {
  { GPM_TIME_UNIT_DAY, 1, 1.0 },
  { GPM_TIME_UNIT_DAY, 2, 2.0 },
  { GPM_TIME_UNIT_DAY, 7, 7.0 },
  { GPM_TIME_UNIT_MONTH, 1, 28.0 },
  { GPM_TIME_UNIT_QUARTER, 1, 90.0 },
  { GPM_TIME_UNIT_MONTH, 6, 181.0 },
  { GPM_TIME_UNIT_YEAR, 1, 365.0 },
  { GPM_TIME_UNIT_YEAR, 2, 730.0 },
  { GPM_TIME_UNIT_YEAR, 5, 1826.0 },
  { GPM_TIME_UNIT_YEAR, 10, 3652.0 },
  { GPM_TIME_UNIT_YEAR, 20, 7305.0 },
  { GPM_TIME_UNIT_YEAR, 50, 18262.0 },
  { GPM_TIME_UNIT_YEAR, 100, 36524.0 },
};

static const char * const month_abbr[] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

static const char * const month_full[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};

/* ---------------------------------------------------------------- ticks */

gint64
tl_unit_index (GpmTimeUnit unit,
               double      days)
{
  int year, month;

  if (unit == GPM_TIME_UNIT_DAY)
    return (gint64) floor (days);

  gpm_days_to_date (days, &year, &month, NULL);
  switch (unit)
    {
    case GPM_TIME_UNIT_YEAR:
      return year;
    case GPM_TIME_UNIT_QUARTER:
      return (gint64) year * 4 + (month - 1) / 3;
    case GPM_TIME_UNIT_MONTH:
    case GPM_TIME_UNIT_DAY:
    default:
      return (gint64) year * 12 + month - 1;
    }
}

double
tl_unit_start (GpmTimeUnit unit,
               gint64      index)
{
  switch (unit)
    {
    case GPM_TIME_UNIT_YEAR:
      return gpm_days_from_date ((int) index, 1, 1);
    case GPM_TIME_UNIT_QUARTER:
      return gpm_days_from_date ((int) (index / 4), (int) (index % 4) * 3 + 1, 1);
    case GPM_TIME_UNIT_MONTH:
      return gpm_days_from_date ((int) (index / 12), (int) (index % 12) + 1, 1);
    case GPM_TIME_UNIT_DAY:
    default:
      return (double) index;
    }
}

/* Days 1, 8, 15, 22 for weeks (never a 29th crowding the next 1st); January and July
 * for half-years; years divisible by the step. */
gboolean
tl_unit_is_labelled (GpmTimeUnit unit,
                     guint       step,
                     gint64      index)
{
  int year, month, day;

  if (step <= 1)
    return TRUE;

  switch (unit)
    {
    case GPM_TIME_UNIT_YEAR:
      return index % step == 0;
    case GPM_TIME_UNIT_MONTH:
      return (index % 12) % step == 0;
    case GPM_TIME_UNIT_DAY:
      gpm_days_to_date ((double) index, &year, &month, &day);
      return (day - 1) % (int) step == 0
             && day + (int) step - 1 <= g_date_get_days_in_month (month, year);
    case GPM_TIME_UNIT_QUARTER:
    default:
      return TRUE;
    }
}

char *
tl_tick_label (GpmTimeUnit unit,
               gint64      index,
               GpmLanguage language)
{
  gboolean zh = language != GPM_LANGUAGE_EN;
  int day;

  switch (unit)
    {
    case GPM_TIME_UNIT_YEAR:
      return g_strdup_printf ("%d", (int) index);
    case GPM_TIME_UNIT_QUARTER:
      return g_strdup_printf ("Q%d", (int) (index % 4) + 1);
    case GPM_TIME_UNIT_MONTH:
      return zh ? g_strdup_printf ("%d月", (int) (index % 12) + 1)
                : g_strdup (month_abbr[index % 12]);
    case GPM_TIME_UNIT_DAY:
    default:
      gpm_days_to_date ((double) index, NULL, NULL, &day);
      return zh ? g_strdup_printf ("%d日", day) : g_strdup_printf ("%d", day);
    }
}

/* The unit of the axis' upper row, which names the context of the ticks below it. */
GpmTimeUnit
tl_major_unit (GpmTimeUnit unit)
{
  return unit == GPM_TIME_UNIT_DAY ? GPM_TIME_UNIT_MONTH : GPM_TIME_UNIT_YEAR;
}

char *
tl_major_label (GpmTimeUnit unit,
                gint64      index,
                GpmLanguage language)
{
  gboolean zh = language != GPM_LANGUAGE_EN;

  if (unit == GPM_TIME_UNIT_MONTH)
    return zh ? g_strdup_printf ("%d年%d月", (int) (index / 12), (int) (index % 12) + 1)
              : g_strdup_printf ("%s %d", month_full[index % 12], (int) (index / 12));

  return zh ? g_strdup_printf ("%d年", (int) index) : g_strdup_printf ("%d", (int) index);
}

static double
widest_tick_label (GpmTimeUnit             unit,
                   GpmLanguage             language,
                   GpmTimelineMeasureFunc  measure,
                   gpointer                user_data)
{
  double widest = 0.0;

  /* A sample of each unit's labels with the widest glyphs: every month, two-digit days. */
  switch (unit)
    {
    case GPM_TIME_UNIT_MONTH:
      for (gint64 m = 0; m < 12; m++)
        {
          g_autofree char *label = tl_tick_label (unit, 2000 * 12 + m, language);
          widest = MAX (widest, measure (label, user_data));
        }
      return widest;

    case GPM_TIME_UNIT_DAY:
      {
        g_autofree char *label = tl_tick_label (unit, (gint64) gpm_days_from_date (2000, 1, 28),
                                                language);
        return measure (label, user_data);
      }

    case GPM_TIME_UNIT_QUARTER:
      return measure ("Q4", user_data);

    case GPM_TIME_UNIT_YEAR:
    default:
      return measure ("2000", user_data);
    }
}

static double
estimate_width (const char *text,
                gpointer    user_data)
{
  double width = 0.0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_utf8_get_char (p) < 0x2E80 ? 7.0 : 11.0;

  return width;
}

void
gpm_timeline_choose_ticks (double                  px_per_day,
                           GpmLanguage             language,
                           GpmTimelineMeasureFunc  measure,
                           gpointer                user_data,
                           GpmTimeUnit            *unit,
                           guint                  *step)
{
  double widths[GPM_TIME_UNIT_YEAR + 1] = { -1.0, -1.0, -1.0, -1.0, -1.0 };
  guint chosen = G_N_ELEMENTS (tick_candidates) - 1;

  g_return_if_fail (unit != NULL && step != NULL);

  if (measure == NULL)
    measure = estimate_width;

  for (guint i = 0; i < G_N_ELEMENTS (tick_candidates); i++)
    {
      const TickCandidate *c = &tick_candidates[i];

      if (widths[c->unit] < 0.0)
        widths[c->unit] = widest_tick_label (c->unit, language, measure, user_data);
      if (c->min_days * px_per_day >= widths[c->unit] + TL_TICK_GAP)
        {
          chosen = i;
          break;
        }
    }

  *unit = tick_candidates[chosen].unit;
  *step = tick_candidates[chosen].step;
}

/* ---------------------------------------------------------------- lanes */

void
tl_lane_free (gpointer data)
{
  TlLane *lane = data;

  for (guint i = 0; lane->marks != NULL && i < lane->marks->len; i++)
    {
      TlMark *mark = &g_array_index (lane->marks, TlMark, i);

      g_clear_pointer (&mark->members, g_array_unref);
      g_clear_object (&mark->layout);
    }
  g_clear_pointer (&lane->marks, g_array_unref);
  g_clear_pointer (&lane->max_end, g_array_unref);
  g_clear_pointer (&lane->events, g_array_unref);
  g_clear_object (&lane->title_layout);
  g_free (lane->title);
  g_free (lane);
}

static TlLane *
lane_new (const char    *title,
          const GpmRgba *color)
{
  TlLane *lane = g_new0 (TlLane, 1);

  lane->title = g_strdup (title != NULL ? title : "");
  lane->color = *color;
  lane->events = g_array_new (FALSE, FALSE, sizeof (guint));
  lane->marks = g_array_new (FALSE, FALSE, sizeof (TlMark));
  lane->max_end = g_array_new (FALSE, FALSE, sizeof (double));

  return lane;
}

static const gint64 *
event_vendors (GpmTimeline   *self,
               const TlEvent *event)
{
  return &g_array_index (self->event_vendors, gint64, event->vendor_offset);
}

static gboolean
vendor_wanted (GpmTimeline *self,
               gint64       vendor_id)
{
  if (self->filter_vendors == NULL)
    return TRUE;
  for (guint i = 0; i < self->filter_vendors->len; i++)
    if (g_array_index (self->filter_vendors, gint64, i) == vendor_id)
      return TRUE;

  return FALSE;
}

static void
build_category_lanes (GpmTimeline *self)
{
  TlLane *by_category[GPM_TIMELINE_N_CATEGORIES] = { NULL };

  for (guint i = 0; i < self->events->len; i++)
    {
      const TlEvent *event = &g_array_index (self->events, TlEvent, i);
      guint c = event->category;

      if (!event->matches)
        continue;
      if (by_category[c] == NULL)
        {
          by_category[c] = lane_new (self->category_names[c] ? self->category_names[c]
                                                              : gpm_timeline_category_to_key (c),
                                     &self->category_colors[c]);
          by_category[c]->category = c;
        }
      g_array_append_val (by_category[c]->events, i);
    }

  for (guint c = 0; c < GPM_TIMELINE_N_CATEGORIES; c++)
    if (by_category[c] != NULL)
      g_ptr_array_add (self->lanes, by_category[c]);
}

/* One lane per vendor, in the order the vendors were added, and one for events without
 * a (known) vendor. An event with three vendors shows in three lanes. */
static void
build_vendor_lanes (GpmTimeline *self)
{
  g_autoptr(GPtrArray) lanes = g_ptr_array_new ();
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  TlLane *none = NULL;
  GpmRgba grey;

  for (guint v = 0; v < self->vendors->len; v++)
    {
      TlVendor *vendor = &g_array_index (self->vendors, TlVendor, v);

      g_hash_table_insert (by_id, &vendor->id, GUINT_TO_POINTER (v + 1));
      g_ptr_array_add (lanes, NULL);
    }

  gpm_palette_get_color ("other", self->theme, &grey);
  for (guint i = 0; i < self->events->len; i++)
    {
      const TlEvent *event = &g_array_index (self->events, TlEvent, i);
      const gint64 *vendors = event_vendors (self, event);
      gboolean placed = FALSE;

      if (!event->matches)
        continue;
      for (guint j = 0; j < event->n_vendors; j++)
        {
          guint v = GPOINTER_TO_UINT (g_hash_table_lookup (by_id, &vendors[j]));
          TlVendor *vendor;
          GpmRgba color;

          if (v == 0 || !vendor_wanted (self, vendors[j]))
            continue;
          vendor = &g_array_index (self->vendors, TlVendor, v - 1);
          if (lanes->pdata[v - 1] == NULL)
            {
              gpm_palette_get_color (vendor->key, self->theme, &color);
              lanes->pdata[v - 1] = lane_new (vendor->name, &color);
              ((TlLane *) lanes->pdata[v - 1])->is_vendor = TRUE;
              ((TlLane *) lanes->pdata[v - 1])->vendor_id = vendor->id;
            }
          g_array_append_val (((TlLane *) lanes->pdata[v - 1])->events, i);
          placed = TRUE;
        }
      if (!placed)
        {
          if (none == NULL)
            none = lane_new (self->no_vendor_name ? self->no_vendor_name : "—", &grey);
          g_array_append_val (none->events, i);
        }
    }

  for (guint v = 0; v < lanes->len; v++)
    if (lanes->pdata[v] != NULL)
      g_ptr_array_add (self->lanes, lanes->pdata[v]);
  if (none != NULL)
    g_ptr_array_add (self->lanes, none);
}

/* ---------------------------------------------------------------- rows and clusters */

typedef struct
{
  double      x0;
  double      x1;
  double      label_width;
  guint       event;
  TlMarkKind  kind;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->x0 != y->x0)
    return x->x0 < y->x0 ? -1 : 1;
  return x->event < y->event ? -1 : x->event > y->event;
}

static double
event_label_width (GpmTimeline *self,
                   TlEvent     *event)
{
  if (event->label_width < 0.0)
    event->label_width = gpm_timeline_measure_text (self, self->font_label, event->label);

  return event->label_width;
}

/* The marker or bar of an event at this zoom. Day events are points at the middle of
 * their day; longer periods are bars over their whole span, never thinner than
 * TL_MIN_BAR. */
static void
make_candidate (GpmTimeline *self,
                guint        index,
                Candidate   *c)
{
  TlEvent *event = &g_array_index (self->events, TlEvent, index);
  double ppd = self->px_per_day;

  c->event = index;
  c->label_width = event_label_width (self, event);
  if (event->precision == GPM_PRECISION_DAY)
    {
      double centre = (event->start + 0.5) * ppd;

      c->kind = TL_MARK_POINT;
      c->x0 = centre - TL_MARKER_SIZE / 2.0;
      c->x1 = centre + TL_MARKER_SIZE / 2.0;
    }
  else
    {
      c->kind = TL_MARK_SPAN;
      c->x0 = event->start * ppd;
      c->x1 = event->end * ppd;
      if (c->x1 - c->x0 < TL_MIN_BAR)
        {
          double middle = (c->x0 + c->x1) / 2.0;

          c->x0 = middle - TL_MIN_BAR / 2.0;
          c->x1 = middle + TL_MIN_BAR / 2.0;
        }
    }
}

/* Room inside a bar before its label: the category symbol. */
#define TL_INSIDE_ICON 14.0

static void
mark_from_candidate (const Candidate *c,
                     guint            row,
                     TlMark          *mark)
{
  double inner;

  memset (mark, 0, sizeof *mark);
  mark->x0 = c->x0;
  mark->x1 = c->x1;
  mark->event = c->event;
  mark->row = row;
  mark->kind = c->kind;
  mark->label_width = c->label_width;

  inner = c->x1 - c->x0 - 2.0 * TL_INSIDE_PAD - TL_INSIDE_ICON;
  if (c->kind == TL_MARK_SPAN && (inner >= c->label_width || inner >= TL_MIN_LABEL * 2.5))
    {
      /* A wide bar carries its label inside; shortened if need be. */
      mark->label_inside = TRUE;
      mark->shortened = inner < c->label_width;
      mark->label_width = MIN (inner, c->label_width);
      mark->end = c->x1;
    }
  else
    {
      mark->end = c->x1 + TL_LABEL_PAD + c->label_width;
    }
}

static double
badge_width (guint count)
{
  /* Bold 11 px digits are under 7 px: a safe estimate keeps the layout free of Pango. */
  return 7.0 * (floor (log10 (MAX (count, 1))) + 1.0) + 16.0;
}

static void
grow_cluster (TlMark          *mark,
              const Candidate *c)
{
  if (mark->members == NULL)
    {
      mark->members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (mark->members, mark->event);
      mark->kind = TL_MARK_CLUSTER;
      mark->label_inside = FALSE;
      mark->shortened = FALSE;
      mark->label_width = 0.0;
    }
  g_array_append_val (mark->members, c->event);
  mark->x1 = MAX (mark->x1, c->x1);
  mark->x1 = MAX (mark->x1, mark->x0 + badge_width (mark->members->len));
  mark->end = mark->x1;
}

/* Packs one lane into at most @max_rows rows; returns the rows used. */
static guint
pack_lane (GpmTimeline *self,
           TlLane      *lane,
           guint        max_rows,
           GArray      *candidates)
{
  int last[TL_MAX_ROWS];
  guint used = 0;

  for (guint i = 0; i < lane->marks->len; i++)
    {
      TlMark *mark = &g_array_index (lane->marks, TlMark, i);

      g_clear_pointer (&mark->members, g_array_unref);
      g_clear_object (&mark->layout);
    }
  g_array_set_size (lane->marks, 0);
  for (guint r = 0; r < TL_MAX_ROWS; r++)
    last[r] = -1;

  for (guint i = 0; i < candidates->len; i++)
    {
      const Candidate *c = &g_array_index (candidates, Candidate, i);
      int row = -1;
      TlMark mark;

      /* 1. A row where the whole label fits. */
      for (guint r = 0; r < max_rows && row < 0; r++)
        if (last[r] < 0 || g_array_index (lane->marks, TlMark, last[r]).end + TL_GAP <= c->x0)
          row = (int) r;

      /* 2. A row where the previous label can give way. */
      for (guint r = 0; r < max_rows && row < 0; r++)
        {
          TlMark *prev = &g_array_index (lane->marks, TlMark, last[r]);
          double label_x = prev->x1 + TL_LABEL_PAD;

          if (prev->kind == TL_MARK_CLUSTER || prev->label_inside)
            continue;
          if (label_x + TL_MIN_LABEL + TL_GAP <= c->x0)
            {
              prev->label_width = c->x0 - TL_GAP - label_x;
              prev->end = c->x0 - TL_GAP;
              prev->shortened = TRUE;
              row = (int) r;
            }
        }

      if (row >= 0)
        {
          mark_from_candidate (c, (guint) row, &mark);
          g_array_append_val (lane->marks, mark);
          last[row] = (int) lane->marks->len - 1;
          used = MAX (used, (guint) row + 1);
          continue;
        }

      /* 3. No room: join the cluster it touches, or else cluster with the last mark that
       * starts latest (every row has one here, or step 1 would have used the empty row). */
      for (guint r = 0; r < max_rows && row < 0; r++)
        {
          TlMark *prev = &g_array_index (lane->marks, TlMark, last[r]);

          if (prev->kind == TL_MARK_CLUSTER && prev->end + TL_GAP > c->x0
              && c->x1 - prev->x0 <= TL_CLUSTER_MAX)
            row = (int) r;
        }
      if (row < 0)
        {
          row = 0;
          for (guint r = 1; r < max_rows; r++)
            if (g_array_index (lane->marks, TlMark, last[r]).x0
                > g_array_index (lane->marks, TlMark, last[row]).x0)
              row = (int) r;
        }
      grow_cluster (&g_array_index (lane->marks, TlMark, last[row]), c);
    }

  return MAX (used, 1);
}

static void
lane_candidates (GpmTimeline *self,
                 TlLane      *lane,
                 GArray      *candidates)
{
  g_array_set_size (candidates, lane->events->len);
  for (guint i = 0; i < lane->events->len; i++)
    make_candidate (self, g_array_index (lane->events, guint, i),
                    &g_array_index (candidates, Candidate, i));
  /* Events are in date order; points sit mid-day, so sort by where they start drawing. */
  g_array_sort (candidates, compare_candidates);
}

static void
finish_lane (TlLane *lane)
{
  double max_end = -INFINITY;

  g_array_set_size (lane->max_end, lane->marks->len);
  for (guint i = 0; i < lane->marks->len; i++)
    {
      max_end = MAX (max_end, g_array_index (lane->marks, TlMark, i).end);
      g_array_index (lane->max_end, double, i) = max_end;
    }
}

static double
pack_all (GpmTimeline *self,
          GPtrArray   *candidates,
          guint        max_rows)
{
  double y = 0.0;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      TlLane *lane = self->lanes->pdata[l];

      lane->n_rows = pack_lane (self, lane, max_rows, candidates->pdata[l]);
      lane->y = y;
      lane->height = lane->n_rows * TL_ROW_HEIGHT + 2.0 * TL_LANE_PADDING;
      y += lane->height;
    }

  return y;
}

/* The first mark whose drawing may reach @world_left: the sorted prefix maxima of the
 * marks' ends make this a binary search. */
guint
tl_lane_first_visible (const TlLane *lane,
                       double        world_left)
{
  guint lo = 0, hi = lane->max_end->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (lane->max_end, double, mid) < world_left)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* ---------------------------------------------------------------- the whole layout */

static double
header_width (double width)
{
  return CLAMP (floor (width * 0.14), 84.0, 168.0);
}

double
tl_lanes_top (GpmTimeline *self)
{
  return TL_AXIS_HEIGHT;
}

/* The legend names the category symbols when colour stands for the vendor. */
static double
legend_height (GpmTimeline *self,
               double       width)
{
  double x = 12.0, rows = 1.0;

  if (self->lanes_mode != GPM_TIMELINE_LANES_VENDOR)
    return 0.0;

  for (guint c = 0; c < GPM_TIMELINE_N_CATEGORIES; c++)
    {
      const char *name = self->category_names[c] ? self->category_names[c]
                                                 : gpm_timeline_category_to_key (c);
      double item = 18.0 + gpm_timeline_measure_text (self, self->font_axis, name) + 16.0;

      if (x + item > width - 8.0 && x > 12.0)
        {
          rows += 1.0;
          x = 12.0;
        }
      x += item;
    }

  return rows * TL_LEGEND_ROW + 4.0;
}

static double
measure_axis_cb (const char *text,
                 gpointer    user_data)
{
  GpmTimeline *self = user_data;

  return gpm_timeline_measure_text (self, self->font_axis, text);
}

void
gpm_timeline_prepare (GpmTimeline *self,
                      double       width,
                      double       height)
{
  g_autoptr(GPtrArray) candidates = NULL;
  double plot_width, area;
  guint max_rows;

  g_return_if_fail (self != NULL);

  width = MAX (width, 1.0);
  height = MAX (height, 1.0);
  if (self->layout_valid && self->layout_width == width && self->layout_height == height
      && self->layout_span == self->view_span)
    return;

  gpm_timeline_ensure_text (self);
  gpm_timeline_ensure_colors (self);
  gpm_timeline_ensure_matches (self);

  self->layout_width = width;
  self->layout_height = height;
  self->layout_span = self->view_span;
  self->header_width = header_width (width);
  plot_width = MAX (width - self->header_width, 1.0);
  self->px_per_day = plot_width / self->view_span;
  self->legend_height = legend_height (self, width);
  gpm_timeline_choose_ticks (self->px_per_day, self->language, measure_axis_cb, self,
                             &self->tick_unit, &self->tick_step);

  g_ptr_array_set_size (self->lanes, 0);
  if (self->lanes_mode == GPM_TIMELINE_LANES_VENDOR)
    build_vendor_lanes (self);
  else
    build_category_lanes (self);

  candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint l = 0; l < self->lanes->len; l++)
    {
      GArray *array = g_array_new (FALSE, FALSE, sizeof (Candidate));

      lane_candidates (self, self->lanes->pdata[l], array);
      g_ptr_array_add (candidates, array);
    }

  /* Fewer stagger rows (and so more clusters) until every lane fits the height. */
  area = height - TL_AXIS_HEIGHT - self->legend_height;
  for (max_rows = TL_MAX_ROWS; max_rows >= 1; max_rows--)
    {
      self->content_height = pack_all (self, candidates, max_rows);
      if (self->content_height <= area || max_rows == 1)
        break;
    }
  for (guint l = 0; l < self->lanes->len; l++)
    {
      TlLane *lane = self->lanes->pdata[l];

      finish_lane (lane);
      lane->background = self->colors.background;
      if (l % 2 == 1)
        gpm_rgba_mix (&lane->background, &self->colors.stripe, self->colors.stripe.alpha,
                      &lane->background);
      lane->background.alpha = 1.0;
      gpm_rgba_mix (&lane->background, &lane->color,
                    self->theme == GPM_CHART_THEME_DARK ? 0.32 : 0.18, &lane->tint);
      lane->tint.alpha = 1.0;
    }

  self->scroll_y = CLAMP (self->scroll_y, 0.0, MAX (self->content_height - area, 0.0));
  self->layout_valid = TRUE;
}

/* ---------------------------------------------------------------- fitting */

/* The span that shows every mark from view_start with its whole label. */
static double
span_for_labels (GpmTimeline *self,
                 double       plot_width)
{
  double span = self->view_span;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      TlLane *lane = self->lanes->pdata[l];

      for (guint i = 0; i < lane->marks->len; i++)
        {
          const TlMark *mark = &g_array_index (lane->marks, TlMark, i);
          double label = MIN (mark->end - mark->x1, plot_width * 0.5);
          double x1 = mark->x1 / self->px_per_day - self->view_start;

          if (x1 > 0.0)
            span = MAX (span, x1 * plot_width / (plot_width - label));
        }
    }

  return span;
}

/* Shows [start, end) with a little room either side, widened until the labels of the
 * last events fit too (each widening can shorten or cluster labels, so a few rounds). */
void
gpm_timeline_fit_view (GpmTimeline *self,
                       double       width,
                       double       height,
                       double       start,
                       double       end)
{
  double plot_width, max_span;

  g_return_if_fail (self != NULL);

  end = MAX (end, start + 1.0);
  plot_width = MAX (width - header_width (width), 1.0);
  gpm_timeline_set_view (self, start - (end - start) * 0.02, (end - start) * 1.04);
  /* Never more than a third wider: on a narrow window long labels would otherwise
   * squeeze the events into a corner; there they are shortened instead. */
  max_span = (end - start) * 1.04 * 1.35;
  for (guint round = 0; round < 4; round++)
    {
      double span;

      gpm_timeline_prepare (self, width, height);
      span = MIN (span_for_labels (self, plot_width), max_span);
      if (span <= self->view_span * 1.001)
        break;
      gpm_timeline_set_view (self, self->view_start, span);
    }
}

/* Fits every filtered event, and today when it is near enough not to squeeze them. */
gboolean
gpm_timeline_fit_all (GpmTimeline *self,
                      double       width,
                      double       height)
{
  double start, end;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!gpm_timeline_get_extent (self, &start, &end))
    return FALSE;
  if (!isnan (self->today) && self->today + 1.0 > end
      && self->today + 1.0 - end < (end - start) * 0.25)
    end = self->today + 1.0;
  /* A lone day still gets a readable stretch of calendar around it. */
  if (end - start < 30.0)
    {
      double middle = (start + end) / 2.0;

      start = middle - 15.0;
      end = middle + 15.0;
    }
  gpm_timeline_fit_view (self, width, height, start, end);

  return TRUE;
}

/* ---------------------------------------------------------------- geometry */

double
gpm_timeline_get_plot_left (GpmTimeline *self,
                            double       width)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return header_width (width);
}

double
gpm_timeline_get_axis_height (GpmTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return TL_AXIS_HEIGHT;
}

double
gpm_timeline_get_content_height (GpmTimeline *self,
                                 double       width,
                                 double       height)
{
  g_return_val_if_fail (self != NULL, 0.0);

  gpm_timeline_prepare (self, width, height);

  return self->content_height;
}

/* The height of the area the lanes scroll in. */
double
gpm_timeline_get_lanes_height (GpmTimeline *self,
                               double       width,
                               double       height)
{
  g_return_val_if_fail (self != NULL, 0.0);

  gpm_timeline_prepare (self, width, height);

  return MAX (height - TL_AXIS_HEIGHT - self->legend_height, 0.0);
}

double
gpm_timeline_x_to_days (GpmTimeline *self,
                        double       width,
                        double       x)
{
  double left;

  g_return_val_if_fail (self != NULL, 0.0);

  left = header_width (width);

  return self->view_start + (x - left) * self->view_span / MAX (width - left, 1.0);
}

double
gpm_timeline_days_to_x (GpmTimeline *self,
                        double       width,
                        double       days)
{
  double left;

  g_return_val_if_fail (self != NULL, 0.0);

  left = header_width (width);

  return left + (days - self->view_start) * MAX (width - left, 1.0) / self->view_span;
}

guint
gpm_timeline_get_n_lanes (GpmTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (!self->layout_valid && self->layout_width > 0.0)
    gpm_timeline_prepare (self, self->layout_width, self->layout_height);

  return self->lanes->len;
}

const char *
gpm_timeline_get_lane_title (GpmTimeline *self,
                             guint        lane)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);

  return ((TlLane *) self->lanes->pdata[lane])->title;
}

/* Where a lane is, in content coordinates (0 is the top of the first lane). */
gboolean
gpm_timeline_get_lane_extent (GpmTimeline *self,
                              guint        lane,
                              double      *y,
                              double      *height)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (lane >= self->lanes->len)
    return FALSE;
  if (y != NULL)
    *y = ((TlLane *) self->lanes->pdata[lane])->y;
  if (height != NULL)
    *height = ((TlLane *) self->lanes->pdata[lane])->height;

  return TRUE;
}

/* The unit the axis labels at the last layout's zoom. */
GpmTimeUnit
gpm_timeline_get_tick_unit (GpmTimeline *self)
{
  g_return_val_if_fail (self != NULL, GPM_TIME_UNIT_YEAR);

  return self->tick_unit;
}

/* Widens [a, b] (either order) to whole units of the axis, so a period dragged across
 * the axis is "2024-03 to 2024-08" when months are shown, not two arbitrary days. */
void
gpm_timeline_snap_period (GpmTimeline *self,
                          double       a,
                          double       b,
                          double      *from,
                          double      *to)
{
  GpmTimeUnit unit;

  g_return_if_fail (self != NULL);
  g_return_if_fail (from != NULL && to != NULL);

  unit = self->tick_unit;
  *from = tl_unit_start (unit, tl_unit_index (unit, MIN (a, b)));
  *to = tl_unit_start (unit, tl_unit_index (unit, MAX (a, b)) + 1);
}

static gboolean
mark_holds (const TlMark *mark,
            guint         index)
{
  if (mark->members == NULL)
    return mark->event == index;

  for (guint i = 0; i < mark->members->len; i++)
    if (g_array_index (mark->members, guint, i) == index)
      return TRUE;

  return FALSE;
}

/* The first lane that shows the event, and the stagger row of its marker there. */
gboolean
gpm_timeline_get_event_lane (GpmTimeline *self,
                             gint64       event_id,
                             guint       *lane,
                             guint       *row)
{
  guint index;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->layout_valid && self->layout_width > 0.0)
    gpm_timeline_prepare (self, self->layout_width, self->layout_height);
  if (gpm_timeline_lookup (self, event_id, &index) == NULL)
    return FALSE;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      TlLane *candidate = self->lanes->pdata[l];

      for (guint m = 0; m < candidate->marks->len; m++)
        {
          const TlMark *mark = &g_array_index (candidate->marks, TlMark, m);

          if (!mark_holds (mark, index))
            continue;
          if (lane != NULL)
            *lane = l;
          if (row != NULL)
            *row = mark->row;
          return TRUE;
        }
    }

  return FALSE;
}

/* The middle of the event's marker (or of the cluster holding it) in its first lane, in
 * the coordinates of a picture of width × height. */
gboolean
gpm_timeline_get_event_point (GpmTimeline *self,
                              double       width,
                              double       height,
                              gint64       event_id,
                              double      *x,
                              double      *y)
{
  guint index;

  g_return_val_if_fail (self != NULL, FALSE);

  gpm_timeline_prepare (self, width, height);
  if (gpm_timeline_lookup (self, event_id, &index) == NULL)
    return FALSE;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      TlLane *lane = self->lanes->pdata[l];

      for (guint m = 0; m < lane->marks->len; m++)
        {
          const TlMark *mark = &g_array_index (lane->marks, TlMark, m);
          double left = (mark->x0 + MIN (mark->x1 - mark->x0, TL_MARKER_SIZE) / 2.0);

          if (!mark_holds (mark, index))
            continue;
          if (x != NULL)
            *x = self->header_width + left - self->view_start * self->px_per_day;
          if (y != NULL)
            *y = TL_AXIS_HEIGHT + lane->y - self->scroll_y + TL_LANE_PADDING
                 + (mark->row + 0.5) * TL_ROW_HEIGHT;
          return TRUE;
        }
    }

  return FALSE;
}

/* The event nearest in time in the next lane up (delta < 0) or down that has any. */
gint64
gpm_timeline_step_lane (GpmTimeline *self,
                        gint64       from_id,
                        int          delta)
{
  TlEvent *from;
  guint lane_index, target, lo, hi, best;
  TlLane *lane;

  g_return_val_if_fail (self != NULL, 0);

  if (!gpm_timeline_get_event_lane (self, from_id, &lane_index, NULL))
    return 0;
  if ((delta < 0 && lane_index == 0) || (delta > 0 && lane_index + 1 >= self->lanes->len))
    return 0;

  from = gpm_timeline_lookup (self, from_id, NULL);
  target = delta < 0 ? lane_index - 1 : lane_index + 1;
  lane = self->lanes->pdata[target];

  /* Lanes list their events in date order: binary search for the start. */
  lo = 0;
  hi = lane->events->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const TlEvent *e = &g_array_index (self->events, TlEvent,
                                         g_array_index (lane->events, guint, mid));

      if (e->start < from->start)
        lo = mid + 1;
      else
        hi = mid;
    }
  best = MIN (lo, lane->events->len - 1);
  if (lo > 0)
    {
      const TlEvent *before = &g_array_index (self->events, TlEvent,
                                              g_array_index (lane->events, guint, lo - 1));
      const TlEvent *after = &g_array_index (self->events, TlEvent,
                                             g_array_index (lane->events, guint, best));

      if (lo >= lane->events->len || from->start - before->start < after->start - from->start)
        best = lo - 1;
    }

  return g_array_index (self->events, TlEvent, g_array_index (lane->events, guint, best)).id;
}

static void
cluster_span (GpmTimeline  *self,
              const TlMark *mark,
              double       *start,
              double       *end)
{
  *start = INFINITY;
  *end = -INFINITY;
  for (guint i = 0; i < mark->members->len; i++)
    {
      const TlEvent *e = &g_array_index (self->events, TlEvent,
                                         g_array_index (mark->members, guint, i));

      *start = MIN (*start, e->start);
      *end = MAX (*end, e->end);
    }
}

static gboolean
hit_lane (GpmTimeline    *self,
          guint           l,
          double          world_x,
          guint           row,
          GpmTimelineHit *hit)
{
  TlLane *lane = self->lanes->pdata[l];
  double best_distance = INFINITY;
  const TlMark *best = NULL;

  for (guint i = tl_lane_first_visible (lane, world_x - TL_HIT_SLOP); i < lane->marks->len; i++)
    {
      const TlMark *mark = &g_array_index (lane->marks, TlMark, i);
      double distance;

      if (mark->x0 - TL_HIT_SLOP > world_x)
        break;
      if (mark->row != row || world_x > mark->end + TL_HIT_SLOP)
        continue;
      /* The marker itself wins over a neighbour's label. */
      distance = world_x < mark->x0 ? mark->x0 - world_x
                 : world_x > mark->x1 ? world_x - mark->x1 : 0.0;
      if (distance < best_distance)
        {
          best_distance = distance;
          best = mark;
        }
    }

  if (best == NULL)
    return FALSE;

  hit->lane = l;
  if (best->kind == TL_MARK_CLUSTER)
    {
      hit->kind = GPM_TIMELINE_HIT_CLUSTER;
      hit->n_events = best->members->len;
      cluster_span (self, best, &hit->start, &hit->end);
    }
  else
    {
      hit->kind = GPM_TIMELINE_HIT_EVENT;
      hit->event_id = g_array_index (self->events, TlEvent, best->event).id;
    }

  return TRUE;
}

/* What is under (x, y) in a picture of width × height as last laid out. */
gboolean
gpm_timeline_hit_test (GpmTimeline    *self,
                       double          width,
                       double          height,
                       double          x,
                       double          y,
                       GpmTimelineHit *hit)
{
  double content_y, lanes_bottom;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  gpm_timeline_prepare (self, width, height);
  memset (hit, 0, sizeof *hit);
  hit->start = hit->end = gpm_timeline_x_to_days (self, width, x);

  if (x < 0 || y < 0 || x >= width || y >= height)
    return FALSE;
  if (y < TL_AXIS_HEIGHT)
    {
      hit->kind = x >= self->header_width ? GPM_TIMELINE_HIT_AXIS : GPM_TIMELINE_HIT_NONE;
      return hit->kind != GPM_TIMELINE_HIT_NONE;
    }

  lanes_bottom = height - self->legend_height;
  if (y >= lanes_bottom)
    return FALSE;

  content_y = y - TL_AXIS_HEIGHT + self->scroll_y;
  for (guint l = 0; l < self->lanes->len; l++)
    {
      TlLane *lane = self->lanes->pdata[l];
      double row_y;

      if (content_y < lane->y || content_y >= lane->y + lane->height)
        continue;

      hit->lane = l;
      if (x < self->header_width)
        {
          hit->kind = GPM_TIMELINE_HIT_LANE_HEADER;
          return TRUE;
        }

      hit->kind = GPM_TIMELINE_HIT_LANE;
      row_y = content_y - lane->y - TL_LANE_PADDING;
      if (row_y >= 0 && row_y < lane->n_rows * TL_ROW_HEIGHT)
        {
          double world_x = (self->view_start * self->px_per_day) + (x - self->header_width);

          hit_lane (self, l, world_x, (guint) (row_y / TL_ROW_HEIGHT), hit);
        }
      return TRUE;
    }

  return FALSE;
}
