/* gpm-timeline-slide.c — the timeline at a saved range, as a slide.
 *
 * Type scale by geometry rather than by font sizes: the renderer lays out a page
 * @scale times smaller than the real one and cairo scales the drawing up, so every
 * size the renderer knows (type, markers, rows, the axis) grows together and the layout
 * rules the Timeline page follows still hold.
 *
 * Above the timeline, a title and the range in the colours and font of a chart's title,
 * so a timeline page of a handout says what it is like the chart pages around it. On the
 * Timeline page a label running off the right edge is seen by panning; a slide cannot
 * pan, so the view is widened until every label ends inside the picture.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include <pango/pangocairo.h>

#include "gpm-chart-style.h"
#include "gpm-timeline-slide.h"

/* Logical pixels at scale 1, like the renderer's own sizes. */
#define TITLE_SIZE     20.0
#define SUBTITLE_SIZE  13.0
#define PADDING        16.0
#define TITLE_GAP       8.0
#define LABEL_MARGIN    4.0
#define MAX_ROUNDS      4
#define MAX_WIDENING    1.5   /* of the span, in one round */

struct _GpmTimelineSlide
{
  GpmTimeline   *timeline;
  GpmChartStyle *style;     /* for the title's font and colours */
  char          *title;
  char          *subtitle;
  double         from;      /* days, [from, to) */
  double         to;
  double         fitted_width;  /* the size the view was last fitted to */
  double         fitted_height;
};

static gboolean
parse_range (const char  *range,
             double      *from,
             double      *to)
{
  g_auto(GStrv) parts = g_strsplit (range != NULL ? range : "", "/", 3);

  return g_strv_length (parts) == 2
         && gpm_timeline_period_to_days (parts[0], from, NULL, NULL)
         && gpm_timeline_period_to_days (parts[1], NULL, to, NULL)
         && *from < *to;
}

/* In GpmLanguage order: English, Simplified, Traditional. */
static const char *const category_words[GPM_TIMELINE_N_CATEGORIES][3] = {
  [GPM_TIMELINE_CATEGORY_EXPORT_CONTROL] = { "Export controls", "出口管制", "出口管制" },
  [GPM_TIMELINE_CATEGORY_CAPITAL] = { "Listings & funding", "上市与融资", "上市與融資" },
  [GPM_TIMELINE_CATEGORY_M_AND_A] = { "Mergers & acquisitions", "并购", "併購" },
  [GPM_TIMELINE_CATEGORY_PRODUCT] = { "Products", "产品", "產品" },
  [GPM_TIMELINE_CATEGORY_MARKET] = { "Market", "市场", "市場" },
  [GPM_TIMELINE_CATEGORY_STATEMENT] = { "Statements", "表态", "表態" },
};
static const char *const no_vendor_words[3] = { "No vendor", "无厂商", "無廠商" };
static const char *const today_words[3] = { "Today", "今天", "今天" };
static const char *const title_words[3] = { "Market timeline", "市场时间线", "市場時間軸" };

void
gpm_timeline_slide_fill_strings (GpmTimelineStrings *strings,
                                 GpmLanguage         language)
{
  guint l = MIN ((guint) language, 2);

  for (guint c = 0; c < GPM_TIMELINE_N_CATEGORIES; c++)
    strings->categories[c] = category_words[c][l];
  strings->no_vendor = no_vendor_words[l];
  strings->today = today_words[l];
}

const char *
gpm_timeline_slide_get_default_title (GpmLanguage language)
{
  return title_words[MIN ((guint) language, 2)];
}

GpmTimelineSlide *
gpm_timeline_slide_new (GListModel               *events,
                        GListModel               *vendors,
                        const char               *range,
                        GpmLanguage               language,
                        const GpmTimelineStrings *strings,
                        GError                  **error)
{
  GpmTimelineSlide *self;
  GpmTimelineFilter filter;
  double from, to;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);
  g_return_val_if_fail (strings != NULL, NULL);

  if (!parse_range (range, &from, &to))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The timeline range “%s” is not two periods “FROM/TO”."),
                   range != NULL ? range : "");
      return NULL;
    }

  self = g_new0 (GpmTimelineSlide, 1);
  self->timeline = gpm_timeline_new ();
  self->style = gpm_chart_style_new (GPM_CHART_THEME_LIGHT, language);
  self->from = from;
  self->to = to;

  gpm_timeline_set_strings (self->timeline, strings);
  gpm_timeline_set_language (self->timeline, language);
  gpm_timeline_set_items (self->timeline, events, vendors, language);
  /* No "today" line: a saved range is about its period, and a handout made twice must
   * come out the same. */
  gpm_timeline_set_today (self->timeline, NAN);

  gpm_timeline_filter_init (&filter);
  filter.from = from;
  filter.to = to;
  gpm_timeline_set_filter (self->timeline, &filter);

  return self;
}

void
gpm_timeline_slide_free (GpmTimelineSlide *self)
{
  if (self == NULL)
    return;

  gpm_timeline_free (self->timeline);
  gpm_chart_style_free (self->style);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self);
}

void
gpm_timeline_slide_set_theme (GpmTimelineSlide *self,
                              GpmChartTheme     theme)
{
  g_return_if_fail (self != NULL);

  gpm_timeline_set_theme (self->timeline, theme);
  gpm_chart_style_set_theme (self->style, theme);
}

/* The heading above the timeline; NULL for none. */
void
gpm_timeline_slide_set_title (GpmTimelineSlide *self,
                              const char       *title,
                              const char       *subtitle)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  g_free (self->subtitle);
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->fitted_width = self->fitted_height = 0;
}

GpmTimeline *
gpm_timeline_slide_get_timeline (GpmTimelineSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->timeline;
}

/* How many events fall in the range. */
guint
gpm_timeline_slide_get_n_events (GpmTimelineSlide *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return gpm_timeline_get_n_matching (self->timeline);
}

/* Draws @text at y with its top there, returns its height; 0 when there is none. */
static double
draw_text (GpmTimelineSlide *self,
           cairo_t          *cr,
           const char       *text,
           double            size,
           PangoWeight       weight,
           const GpmRgba    *color,
           double            y,
           double            width)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  PangoRectangle logical;

  if (text == NULL || *text == '\0')
    return 0;

  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_new ();
  pango_font_description_set_family (font, gpm_chart_style_get_font_family (self->style));
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, (int) (MAX (width - 2 * PADDING, 1) * PANGO_SCALE));
  pango_layout_get_extents (layout, NULL, &logical);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
  cairo_move_to (cr, PADDING, y);
  pango_cairo_show_layout (cr, layout);

  return (double) logical.height / PANGO_SCALE;
}

/* The span that would end every label a render at width × height draws inside the
 * picture: a label keeps its length in pixels while its event moves left as the span
 * grows, so each label that runs over asks for the span that brings its end in. */
static double
span_for_labels (GpmTimelineSlide *self,
                 double            width,
                 double            height,
                 double            span)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double left = gpm_timeline_get_plot_left (self->timeline, width);
  double limit = width - LABEL_MARGIN;
  const GpmTimelineBox *boxes;
  double needed = span;
  guint n;

  gpm_timeline_render (self->timeline, cr, width, height);
  boxes = gpm_timeline_get_label_boxes (self->timeline, &n);
  for (guint i = 0; i < n; i++)
    {
      double room = limit - boxes[i].width - left;

      if (boxes[i].x + boxes[i].width <= limit || boxes[i].x <= left)
        continue;
      /* A label longer than the whole plot cannot fit; it is the renderer's to cut. */
      if (room > (limit - left) * 0.25)
        needed = MAX (needed, (boxes[i].x - left) * span / room);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return MIN (needed, span * MAX_WIDENING);
}

/* Fits the view to the range, then widens it while a label would run off the edge. */
static void
fit (GpmTimelineSlide *self,
     double            width,
     double            height)
{
  double start, span, needed;

  if (width == self->fitted_width && height == self->fitted_height)
    return;

  gpm_timeline_fit_view (self->timeline, width, height, self->from, self->to);
  /* Widening moves events into clusters and rows, which changes the labels: a few
   * rounds settle it. */
  for (guint i = 0; i < MAX_ROUNDS; i++)
    {
      gpm_timeline_get_view (self->timeline, &start, &span);
      needed = span_for_labels (self, width, height, span);
      if (needed <= span * 1.001)
        break;
      gpm_timeline_set_view (self->timeline, start, needed);
    }
  self->fitted_width = width;
  self->fitted_height = height;
}

void
gpm_timeline_slide_render (GpmTimelineSlide *self,
                           cairo_t          *cr,
                           double            width,
                           double            height,
                           double            scale)
{
  GpmChartColors colors;
  double w, h, top;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  scale = MAX (scale, 0.25);
  w = width / scale;
  h = height / scale;
  gpm_chart_style_get_colors (self->style, &colors);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgba (cr, colors.background.red, colors.background.green,
                         colors.background.blue, colors.background.alpha);
  cairo_paint (cr);

  top = PADDING;
  top += draw_text (self, cr, self->title, TITLE_SIZE, PANGO_WEIGHT_BOLD, &colors.text, top, w);
  top += draw_text (self, cr, self->subtitle, SUBTITLE_SIZE, PANGO_WEIGHT_NORMAL,
                    &colors.muted_text, top, w);
  top = top > PADDING ? top + TITLE_GAP : 0;

  /* The renderer paints its background over the whole clip: keep it off the title. */
  cairo_translate (cr, 0, top);
  cairo_rectangle (cr, 0, 0, w, MAX (h - top, 1));
  cairo_clip (cr);
  fit (self, w, MAX (h - top, 1));
  gpm_timeline_render (self->timeline, cr, w, MAX (h - top, 1));
  cairo_restore (cr);
}
