/* gpm-timeline-renderer.c — the GpmTimeline object: its events, settings and filter,
 * the questions views ask about the filtered events, and the PNG export.
 *
 * Events are copied into plain structs and one string chunk, so that ten thousand of
 * them cost one allocation each at most and the view can rebuild them cheaply when the
 * store reloads. Every setter says what it invalidates: colours, the filter's matches
 * or the layout; nothing is recomputed until the next render asks for it.
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "gpm-safe-file.h"
#include "gpm-timeline-private.h"

G_DEFINE_QUARK (gpm-timeline-error-quark, gpm_timeline_error)

static const char * const category_keys[GPM_TIMELINE_N_CATEGORIES] = {
  "export-control", "capital", "m-and-a", "product", "market", "statement",
};

/* Okabe–Ito hues, in an order that keeps neighbouring lanes far apart. */
static const guint32 category_rgb[GPM_TIMELINE_N_CATEGORIES] = {
  0xD55E00,   /* export controls: vermillion */
  0x0072B2,   /* capital: blue */
  0xCC79A7,   /* mergers: reddish purple */
  0x009E73,   /* products: bluish green */
  0xE69F00,   /* market: orange */
  0x6F7C8A,   /* statements: slate */
};

/* g_date_get_julian () of 1970-01-01. */
#define EPOCH_JULIAN 719163

const char *
gpm_timeline_category_to_key (GpmTimelineCategory category)
{
  g_return_val_if_fail (category < GPM_TIMELINE_N_CATEGORIES, NULL);

  return category_keys[category];
}

gboolean
gpm_timeline_category_from_key (const char          *key,
                                GpmTimelineCategory *out)
{
  for (guint i = 0; key != NULL && i < GPM_TIMELINE_N_CATEGORIES; i++)
    if (strcmp (key, category_keys[i]) == 0)
      {
        if (out != NULL)
          *out = i;
        return TRUE;
      }

  return FALSE;
}

void
gpm_timeline_filter_init (GpmTimelineFilter *filter)
{
  g_return_if_fail (filter != NULL);

  filter->categories = GPM_TIMELINE_ALL_CATEGORIES;
  filter->vendor_ids = NULL;
  filter->n_vendor_ids = 0;
  filter->from = -INFINITY;
  filter->to = INFINITY;
}

static gboolean
vendors_match (const gint64 *wanted,
               guint         n_wanted,
               const gint64 *vendor_ids,
               guint         n_vendor_ids)
{
  for (guint i = 0; i < n_wanted; i++)
    {
      if (wanted[i] == 0 && n_vendor_ids == 0)
        return TRUE;
      for (guint j = 0; j < n_vendor_ids; j++)
        if (vendor_ids[j] == wanted[i])
          return TRUE;
    }

  return FALSE;
}

/* The one predicate for "is this event shown", so the list mode and the drawing agree. */
gboolean
gpm_timeline_filter_match (const GpmTimelineFilter *filter,
                           GpmTimelineCategory      category,
                           const gint64            *vendor_ids,
                           guint                    n_vendor_ids,
                           double                   start,
                           double                   end)
{
  g_return_val_if_fail (filter != NULL, FALSE);

  if (category >= GPM_TIMELINE_N_CATEGORIES || (filter->categories & (1u << category)) == 0)
    return FALSE;
  if (end <= filter->from || start >= filter->to)
    return FALSE;
  if (filter->vendor_ids != NULL
      && !vendors_match (filter->vendor_ids, filter->n_vendor_ids, vendor_ids, n_vendor_ids))
    return FALSE;

  return TRUE;
}

/* The span of a period text in days, [start, end). */
gboolean
gpm_timeline_period_to_days (const char   *text,
                             double       *start,
                             double       *end,
                             GpmPrecision *precision)
{
  GpmPeriod period;

  if (text == NULL || !gpm_period_parse (text, &period, NULL))
    return FALSE;

  if (start != NULL)
    *start = (double) gpm_period_get_start_julian (&period) - EPOCH_JULIAN;
  if (end != NULL)
    *end = (double) gpm_period_get_end_julian (&period) + 1.0 - EPOCH_JULIAN;
  if (precision != NULL)
    *precision = period.precision;

  return TRUE;
}

GpmTimeline *
gpm_timeline_new (void)
{
  GpmTimeline *self = g_new0 (GpmTimeline, 1);

  self->events = g_array_new (FALSE, FALSE, sizeof (TlEvent));
  self->event_vendors = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->strings = g_string_chunk_new (4096);
  self->vendors = g_array_new (FALSE, FALSE, sizeof (TlVendor));
  self->index_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->lanes = g_ptr_array_new_with_free_func (tl_lane_free);
  self->label_boxes = g_array_new (FALSE, FALSE, sizeof (GpmTimelineBox));
  self->marker_boxes = g_array_new (FALSE, FALSE, sizeof (TlMarkerBox));
  self->text_layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  self->language = GPM_LANGUAGE_EN;
  self->theme = GPM_CHART_THEME_LIGHT;
  self->lanes_mode = GPM_TIMELINE_LANES_CATEGORY;
  self->filter_categories = GPM_TIMELINE_ALL_CATEGORIES;
  self->filter_from = -INFINITY;
  self->filter_to = INFINITY;
  self->today = NAN;
  self->period_from = NAN;
  self->period_to = NAN;
  self->view_start = gpm_days_from_date (2015, 1, 1);
  self->view_span = 365.25 * 12;
  self->sorted = TRUE;

  return self;
}

static void
clear_event_layouts (GpmTimeline *self)
{
  for (guint i = 0; i < self->events->len; i++)
    {
      TlEvent *event = &g_array_index (self->events, TlEvent, i);

      g_clear_object (&event->layout);
      event->label_width = -1.0;
    }
}

/* Fonts and everything measured with them. */
static void
clear_text (GpmTimeline *self)
{
  clear_event_layouts (self);
  g_hash_table_remove_all (self->text_layouts);
  g_clear_object (&self->measure);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->font_label, pango_font_description_free);
  g_clear_pointer (&self->font_axis, pango_font_description_free);
  g_clear_pointer (&self->font_axis_bold, pango_font_description_free);
  g_clear_pointer (&self->font_lane, pango_font_description_free);
  g_clear_pointer (&self->font_badge, pango_font_description_free);
  gpm_timeline_invalidate_layout (self);
}

static void
clear_vendors (GpmTimeline *self)
{
  for (guint i = 0; i < self->vendors->len; i++)
    {
      TlVendor *vendor = &g_array_index (self->vendors, TlVendor, i);

      g_free (vendor->key);
      g_free (vendor->name);
    }
  g_array_set_size (self->vendors, 0);
}

void
gpm_timeline_free (GpmTimeline *self)
{
  if (self == NULL)
    return;

  clear_text (self);
  clear_vendors (self);
  g_array_unref (self->events);
  g_array_unref (self->event_vendors);
  g_string_chunk_free (self->strings);
  g_array_unref (self->vendors);
  g_hash_table_unref (self->index_by_id);
  g_ptr_array_unref (self->lanes);
  g_array_unref (self->label_boxes);
  g_array_unref (self->marker_boxes);
  g_hash_table_unref (self->text_layouts);
  g_clear_pointer (&self->filter_vendors, g_array_unref);
  for (guint i = 0; i < GPM_TIMELINE_N_CATEGORIES; i++)
    g_free (self->category_names[i]);
  g_free (self->no_vendor_name);
  g_free (self->today_label);
  g_free (self->font_family);
  g_free (self);
}

void
gpm_timeline_invalidate_layout (GpmTimeline *self)
{
  self->layout_valid = FALSE;
}

static void
invalidate_matches (GpmTimeline *self)
{
  self->matches_valid = FALSE;
  gpm_timeline_invalidate_layout (self);
}

/* ---------------------------------------------------------------- data */

void
gpm_timeline_clear (GpmTimeline *self)
{
  g_return_if_fail (self != NULL);

  clear_event_layouts (self);
  g_array_set_size (self->events, 0);
  g_array_set_size (self->event_vendors, 0);
  g_string_chunk_clear (self->strings);
  g_hash_table_remove_all (self->index_by_id);
  clear_vendors (self);
  self->sorted = TRUE;
  invalidate_matches (self);
}

void
gpm_timeline_add_vendor (GpmTimeline *self,
                         gint64       id,
                         const char  *key,
                         const char  *name)
{
  TlVendor vendor;

  g_return_if_fail (self != NULL);
  g_return_if_fail (id > 0);

  vendor.id = id;
  vendor.key = g_strdup (key != NULL ? key : "");
  vendor.name = g_strdup (name != NULL ? name : vendor.key);
  g_array_append_val (self->vendors, vendor);
  invalidate_matches (self);
}

/* FALSE (and nothing added) when the date or the category is not one we know. */
gboolean
gpm_timeline_add_event (GpmTimeline  *self,
                        gint64        id,
                        const char   *date,
                        const char   *category,
                        const char   *label,
                        const gint64 *vendor_ids,
                        guint         n_vendor_ids)
{
  TlEvent event = { 0 };
  GpmTimelineCategory cat;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (n_vendor_ids == 0 || vendor_ids != NULL, FALSE);

  if (!gpm_timeline_category_from_key (category, &cat)
      || !gpm_timeline_period_to_days (date, &event.start, &event.end, &event.precision))
    return FALSE;

  event.id = id;
  event.category = cat;
  event.label = g_string_chunk_insert_const (self->strings, label != NULL ? label : "");
  event.label_width = -1.0;
  event.vendor_offset = self->event_vendors->len;
  event.n_vendors = n_vendor_ids;
  if (n_vendor_ids > 0)
    g_array_append_vals (self->event_vendors, vendor_ids, n_vendor_ids);
  g_array_append_val (self->events, event);

  self->sorted = FALSE;
  invalidate_matches (self);

  return TRUE;
}

void
gpm_timeline_set_strings (GpmTimeline              *self,
                          const GpmTimelineStrings *strings)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (strings != NULL);

  for (guint i = 0; i < GPM_TIMELINE_N_CATEGORIES; i++)
    {
      g_free (self->category_names[i]);
      self->category_names[i] = g_strdup (strings->categories[i]);
    }
  g_free (self->no_vendor_name);
  self->no_vendor_name = g_strdup (strings->no_vendor);
  g_free (self->today_label);
  self->today_label = g_strdup (strings->today);
  gpm_timeline_invalidate_layout (self);
}

guint
gpm_timeline_get_n_events (GpmTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->events->len;
}

/* Chronological; at the same start the longer span first (as gpm_period_compare), then
 * by id, so keyboard order is stable. */
static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const TlEvent *x = a;
  const TlEvent *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->precision != y->precision)
    return x->precision < y->precision ? -1 : 1;
  if (x->id != y->id)
    return x->id < y->id ? -1 : 1;
  return 0;
}

void
gpm_timeline_ensure_sorted (GpmTimeline *self)
{
  if (self->sorted)
    return;

  g_array_sort (self->events, compare_events);
  g_hash_table_remove_all (self->index_by_id);
  for (guint i = 0; i < self->events->len; i++)
    {
      TlEvent *event = &g_array_index (self->events, TlEvent, i);

      g_hash_table_insert (self->index_by_id, &event->id, GUINT_TO_POINTER (i + 1));
    }
  self->sorted = TRUE;
}

TlEvent *
gpm_timeline_lookup (GpmTimeline *self,
                     gint64       id,
                     guint       *index)
{
  gpointer found;

  gpm_timeline_ensure_sorted (self);
  found = g_hash_table_lookup (self->index_by_id, &id);
  if (found == NULL)
    return NULL;

  if (index != NULL)
    *index = GPOINTER_TO_UINT (found) - 1;

  return &g_array_index (self->events, TlEvent, GPOINTER_TO_UINT (found) - 1);
}

void
gpm_timeline_ensure_matches (GpmTimeline *self)
{
  GpmTimelineFilter filter;

  gpm_timeline_ensure_sorted (self);
  if (self->matches_valid)
    return;

  filter.categories = self->filter_categories;
  filter.vendor_ids = self->filter_vendors ? (gint64 *) (gpointer) self->filter_vendors->data
                                           : NULL;
  filter.n_vendor_ids = self->filter_vendors ? self->filter_vendors->len : 0;
  filter.from = self->filter_from;
  filter.to = self->filter_to;

  self->n_matching = 0;
  for (guint i = 0; i < self->events->len; i++)
    {
      TlEvent *event = &g_array_index (self->events, TlEvent, i);
      const gint64 *vendors = &g_array_index (self->event_vendors, gint64, event->vendor_offset);

      event->matches = gpm_timeline_filter_match (&filter, event->category,
                                                  event->n_vendors ? vendors : NULL,
                                                  event->n_vendors, event->start, event->end);
      self->n_matching += event->matches;
    }
  self->matches_valid = TRUE;
}

/* ---------------------------------------------------------------- settings */

void
gpm_timeline_set_language (GpmTimeline *self,
                           GpmLanguage  language)
{
  g_return_if_fail (self != NULL);

  if (self->language == language)
    return;
  self->language = language;
  clear_text (self);
}

void
gpm_timeline_set_theme (GpmTimeline   *self,
                        GpmChartTheme  theme)
{
  g_return_if_fail (self != NULL);

  if (self->theme == theme)
    return;
  self->theme = theme;
  self->colors_valid = FALSE;
  /* Lane colours are copied into the layout. */
  gpm_timeline_invalidate_layout (self);
}

void
gpm_timeline_set_font_family (GpmTimeline *self,
                              const char  *family)
{
  g_return_if_fail (self != NULL);

  if (g_strcmp0 (self->font_family, family) == 0)
    return;
  g_free (self->font_family);
  self->font_family = g_strdup (family);
  clear_text (self);
}

void
gpm_timeline_set_lanes (GpmTimeline      *self,
                        GpmTimelineLanes  lanes)
{
  g_return_if_fail (self != NULL);

  if (self->lanes_mode == lanes)
    return;
  self->lanes_mode = lanes;
  self->scroll_y = 0.0;
  gpm_timeline_invalidate_layout (self);
}

GpmTimelineLanes
gpm_timeline_get_lanes (GpmTimeline *self)
{
  g_return_val_if_fail (self != NULL, GPM_TIMELINE_LANES_CATEGORY);

  return self->lanes_mode;
}

void
gpm_timeline_set_filter (GpmTimeline             *self,
                         const GpmTimelineFilter *filter)
{
  GpmTimelineFilter all;

  g_return_if_fail (self != NULL);

  if (filter == NULL)
    {
      gpm_timeline_filter_init (&all);
      filter = &all;
    }

  self->filter_categories = filter->categories;
  self->filter_from = filter->from;
  self->filter_to = filter->to;
  g_clear_pointer (&self->filter_vendors, g_array_unref);
  if (filter->vendor_ids != NULL)
    {
      self->filter_vendors = g_array_sized_new (FALSE, FALSE, sizeof (gint64),
                                                filter->n_vendor_ids);
      g_array_append_vals (self->filter_vendors, filter->vendor_ids, filter->n_vendor_ids);
    }
  self->scroll_y = 0.0;
  invalidate_matches (self);
}

void
gpm_timeline_set_today (GpmTimeline *self,
                        double       today)
{
  g_return_if_fail (self != NULL);

  self->today = today;
}

void
gpm_timeline_set_selected (GpmTimeline *self,
                           gint64       event_id,
                           gboolean     focused)
{
  g_return_if_fail (self != NULL);

  self->selected_id = event_id;
  self->focused = focused;
}

void
gpm_timeline_set_period (GpmTimeline *self,
                         double       from,
                         double       to)
{
  g_return_if_fail (self != NULL);

  self->period_from = MIN (from, to);
  self->period_to = MAX (from, to);
}

/* The view: the day at the left edge of the events and how many days the width shows.
 * Panning changes only the start, so the layout made for the span stays valid. */
void
gpm_timeline_set_view (GpmTimeline *self,
                       double       start,
                       double       span)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (span > 0.0);

  self->view_start = start;
  if (self->view_span != span)
    {
      self->view_span = span;
      gpm_timeline_invalidate_layout (self);
    }
}

void
gpm_timeline_get_view (GpmTimeline *self,
                       double      *start,
                       double      *span)
{
  g_return_if_fail (self != NULL);

  if (start != NULL)
    *start = self->view_start;
  if (span != NULL)
    *span = self->view_span;
}

void
gpm_timeline_set_scroll_y (GpmTimeline *self,
                           double       scroll_y)
{
  g_return_if_fail (self != NULL);

  self->scroll_y = MAX (scroll_y, 0.0);
}

double
gpm_timeline_get_scroll_y (GpmTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->scroll_y;
}

/* ---------------------------------------------------------------- questions */

guint
gpm_timeline_get_n_matching (GpmTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);

  gpm_timeline_ensure_matches (self);

  return self->n_matching;
}

gboolean
gpm_timeline_get_extent (GpmTimeline *self,
                         double      *start,
                         double      *end)
{
  double first = INFINITY, last = -INFINITY;

  g_return_val_if_fail (self != NULL, FALSE);

  gpm_timeline_ensure_matches (self);
  for (guint i = 0; i < self->events->len; i++)
    {
      const TlEvent *event = &g_array_index (self->events, TlEvent, i);

      if (!event->matches)
        continue;
      first = MIN (first, event->start);
      last = MAX (last, event->end);
    }
  if (first > last)
    return FALSE;

  if (start != NULL)
    *start = first;
  if (end != NULL)
    *end = last;

  return TRUE;
}

gboolean
gpm_timeline_get_event_span (GpmTimeline *self,
                             gint64       event_id,
                             double      *start,
                             double      *end)
{
  TlEvent *event;

  g_return_val_if_fail (self != NULL, FALSE);

  event = gpm_timeline_lookup (self, event_id, NULL);
  if (event == NULL)
    return FALSE;
  if (start != NULL)
    *start = event->start;
  if (end != NULL)
    *end = event->end;

  return TRUE;
}

gboolean
gpm_timeline_event_matches (GpmTimeline *self,
                            gint64       event_id)
{
  TlEvent *event;

  g_return_val_if_fail (self != NULL, FALSE);

  gpm_timeline_ensure_matches (self);
  event = gpm_timeline_lookup (self, event_id, NULL);

  return event != NULL && event->matches;
}

/* The event @delta places after @from_id in date order among the filtered ones; from 0
 * (or an event filtered away), the first or the last. 0 when there is none. */
gint64
gpm_timeline_step (GpmTimeline *self,
                   gint64       from_id,
                   int          delta)
{
  guint index;
  int i, remaining = ABS (delta), dir = delta < 0 ? -1 : 1;

  g_return_val_if_fail (self != NULL, 0);

  gpm_timeline_ensure_matches (self);
  if (self->events->len == 0)
    return 0;

  if (from_id == 0 || gpm_timeline_lookup (self, from_id, &index) == NULL)
    {
      i = dir > 0 ? -1 : (int) self->events->len;
      remaining = MAX (remaining, 1);
    }
  else
    {
      i = (int) index;
    }

  while (remaining > 0)
    {
      i += dir;
      if (i < 0 || i >= (int) self->events->len)
        return 0;
      if (g_array_index (self->events, TlEvent, i).matches)
        remaining--;
    }

  return g_array_index (self->events, TlEvent, i).id;
}

guint
gpm_timeline_count_in_period (GpmTimeline *self,
                              double       from,
                              double       to)
{
  guint count = 0;

  g_return_val_if_fail (self != NULL, 0);

  gpm_timeline_ensure_matches (self);
  for (guint i = 0; i < self->events->len; i++)
    {
      const TlEvent *event = &g_array_index (self->events, TlEvent, i);

      count += event->matches && event->end > from && event->start < to;
    }

  return count;
}

/* ---------------------------------------------------------------- text and colours */

static PangoFontDescription *
make_font (const char *family,
           double      size,
           PangoWeight weight)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);

  return font;
}

void
gpm_timeline_ensure_text (GpmTimeline *self)
{
  cairo_font_options_t *options;
  const char *family = self->font_family;
  const char *tag;

  if (self->pango != NULL)
    return;

  if (family == NULL)
    family = self->language == GPM_LANGUAGE_ZH_TW ? "Noto Sans CJK TC" : "Noto Sans CJK SC";
  tag = self->language == GPM_LANGUAGE_ZH_TW ? "zh-tw"
        : self->language == GPM_LANGUAGE_ZH_CN ? "zh-cn" : "en";

  /* Measured once, drawn anywhere: no hinting, so widths do not depend on the surface. */
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (self->pango, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->pango, FALSE);
  pango_context_set_language (self->pango, pango_language_from_string (tag));

  self->font_label = make_font (family, TL_LABEL_SIZE, PANGO_WEIGHT_NORMAL);
  self->font_axis = make_font (family, TL_AXIS_SIZE, PANGO_WEIGHT_NORMAL);
  self->font_axis_bold = make_font (family, TL_AXIS_SIZE, PANGO_WEIGHT_BOLD);
  self->font_lane = make_font (family, TL_LABEL_SIZE, PANGO_WEIGHT_BOLD);
  self->font_badge = make_font (family, TL_BADGE_SIZE, PANGO_WEIGHT_BOLD);
  self->measure = pango_layout_new (self->pango);
}

double
gpm_timeline_measure_text (GpmTimeline          *self,
                           PangoFontDescription *font,
                           const char           *text)
{
  PangoRectangle logical;

  gpm_timeline_ensure_text (self);
  pango_layout_set_font_description (self->measure, font);
  pango_layout_set_text (self->measure, text, -1);
  pango_layout_get_extents (self->measure, NULL, &logical);

  return (double) logical.width / PANGO_SCALE;
}

/* A layout for short furniture text, kept while the fonts stay the same. */
PangoLayout *
gpm_timeline_text_layout (GpmTimeline          *self,
                          PangoFontDescription *font,
                          const char           *text)
{
  g_autofree char *key = NULL;
  PangoLayout *layout;

  gpm_timeline_ensure_text (self);
  key = g_strdup_printf ("%p\x1f%s", (gpointer) font, text);
  layout = g_hash_table_lookup (self->text_layouts, key);
  if (layout != NULL)
    return layout;

  /* Axis labels come and go while panning across decades: keep the cache bounded. */
  if (g_hash_table_size (self->text_layouts) > 1024)
    g_hash_table_remove_all (self->text_layouts);

  layout = pango_layout_new (self->pango);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  g_hash_table_insert (self->text_layouts, g_steal_pointer (&key), layout);

  return layout;
}

static void
rgba_set (GpmRgba *out,
          guint32  rgb,
          double   alpha)
{
  out->red = ((rgb >> 16) & 0xff) / 255.0;
  out->green = ((rgb >> 8) & 0xff) / 255.0;
  out->blue = (rgb & 0xff) / 255.0;
  out->alpha = alpha;
}

/* Shift lightness (never hue) until the colour reads against the background. */
static void
ensure_contrast (GpmRgba       *color,
                 const GpmRgba *background,
                 double         minimum)
{
  GpmRgba towards;
  GpmRgba start = *color;

  rgba_set (&towards, background->red > 0.5 ? 0x000000 : 0xFFFFFF, 1.0);
  for (double t = 0.1; t <= 0.8 && gpm_rgba_contrast_ratio (color, background) < minimum;
       t += 0.1)
    gpm_rgba_mix (&start, &towards, t, color);
}

void
gpm_timeline_ensure_colors (GpmTimeline *self)
{
  TlColors *c = &self->colors;
  double minimum;

  if (self->colors_valid)
    return;

  gpm_palette_get_background (self->theme, &c->background);
  switch (self->theme)
    {
    case GPM_CHART_THEME_DARK:
      rgba_set (&c->header, 0x242424, 1.0);
      rgba_set (&c->text, 0xF2F2F2, 1.0);
      rgba_set (&c->muted, 0xB8BCC2, 1.0);
      rgba_set (&c->grid, 0x333333, 1.0);
      rgba_set (&c->grid_major, 0x4A4A4A, 1.0);
      rgba_set (&c->stripe, 0xFFFFFF, 0.03);
      rgba_set (&c->today, 0xFF7B63, 1.0);
      rgba_set (&c->accent, 0x78AEED, 1.0);
      rgba_set (&c->badge, 0x4A4F57, 1.0);
      rgba_set (&c->badge_text, 0xFFFFFF, 1.0);
      break;

    case GPM_CHART_THEME_HIGH_CONTRAST:
      rgba_set (&c->header, 0xF0F0F0, 1.0);
      rgba_set (&c->text, 0x000000, 1.0);
      rgba_set (&c->muted, 0x1A1A1A, 1.0);
      rgba_set (&c->grid, 0xA0A0A0, 1.0);
      rgba_set (&c->grid_major, 0x505050, 1.0);
      rgba_set (&c->stripe, 0x000000, 0.05);
      rgba_set (&c->today, 0xB00000, 1.0);
      rgba_set (&c->accent, 0x0040A0, 1.0);
      rgba_set (&c->badge, 0x000000, 1.0);
      rgba_set (&c->badge_text, 0xFFFFFF, 1.0);
      break;

    case GPM_CHART_THEME_LIGHT:
    default:
      rgba_set (&c->header, 0xFAFAFA, 1.0);
      rgba_set (&c->text, 0x1F2328, 1.0);
      rgba_set (&c->muted, 0x57606A, 1.0);
      rgba_set (&c->grid, 0xE8EAED, 1.0);
      rgba_set (&c->grid_major, 0xC6CBD1, 1.0);
      rgba_set (&c->stripe, 0x000000, 0.025);
      rgba_set (&c->today, 0xC01C28, 1.0);
      rgba_set (&c->accent, 0x1C71D8, 1.0);
      rgba_set (&c->badge, 0x5E5C64, 1.0);
      rgba_set (&c->badge_text, 0xFFFFFF, 1.0);
      break;
    }

  minimum = self->theme == GPM_CHART_THEME_HIGH_CONTRAST ? GPM_PALETTE_MIN_CONTRAST_HIGH
                                                         : GPM_PALETTE_MIN_CONTRAST;
  for (guint i = 0; i < GPM_TIMELINE_N_CATEGORIES; i++)
    {
      rgba_set (&self->category_colors[i], category_rgb[i], 1.0);
      ensure_contrast (&self->category_colors[i], &c->background, minimum);
    }
  self->colors_valid = TRUE;
}

/* ---------------------------------------------------------------- drawing */

void
gpm_timeline_render (GpmTimeline *self,
                     cairo_t     *cr,
                     double       width,
                     double       height)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (width < 1.0 || height < 1.0)
    return;

  gpm_timeline_prepare (self, width, height);
  tl_draw (self, cr, width, height);
}

/* Writes through gpm-safe-file: a temporary file flushed and renamed over @path, so a
 * reader never sees half a file and a failed export leaves the old one in place. */
gboolean
gpm_timeline_render_to_png (GpmTimeline  *self,
                            const char   *path,
                            int           width,
                            int           height,
                            GError      **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GpmSafeFile) out = NULL;
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (width < 200 || height < 120 || width > 16384 || height > 16384)
    {
      g_set_error (error, GPM_TIMELINE_ERROR, GPM_TIMELINE_ERROR_SIZE,
                   "A timeline picture must be between 200 × 120 and 16384 × 16384 pixels, "
                   "not %d × %d.", width, height);
      return FALSE;
    }

  file = g_file_new_for_path (path);
  out = gpm_safe_file_new (file, &local_error);
  if (out == NULL)
    goto fail;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gpm_timeline_render (self, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  status = cairo_surface_write_to_png_stream (surface, gpm_safe_file_cairo_write, out);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write “%s”: %s",
                 path, cairo_status_to_string (status));
  if (local_error == NULL && gpm_safe_file_commit (out, NULL, &local_error))
    return TRUE;

fail:
  /* The message already names the file. */
  g_set_error_literal (error, GPM_TIMELINE_ERROR, GPM_TIMELINE_ERROR_WRITE,
                       local_error->message);
  return FALSE;
}

guint
gpm_timeline_get_n_drawn_events (GpmTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_drawn_events;
}

guint
gpm_timeline_get_n_drawn_clusters (GpmTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_drawn_clusters;
}

const GpmTimelineBox *
gpm_timeline_get_label_boxes (GpmTimeline *self,
                              guint       *n_boxes)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_boxes != NULL, NULL);

  *n_boxes = self->label_boxes->len;

  return (const GpmTimelineBox *) (gpointer) self->label_boxes->data;
}

/* The box of the event's marker (or of the cluster that holds it) in the last frame. */
gboolean
gpm_timeline_get_marker_box (GpmTimeline    *self,
                             gint64          event_id,
                             GpmTimelineBox *box)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->marker_boxes->len; i++)
    {
      const TlMarkerBox *marker = &g_array_index (self->marker_boxes, TlMarkerBox, i);

      if (marker->id == event_id)
        {
          if (box != NULL)
            *box = marker->box;
          return TRUE;
        }
    }

  return FALSE;
}
