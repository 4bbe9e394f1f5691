/* gpm-presentation.c — presentation mode: a deck of saved charts and timeline ranges,
 * fullscreen.
 *
 * The deck is the current one (the "presentation-deck" setting, picked in the deck
 * editor), else the first by name; without one, every saved chart in list order, so F5
 * always shows something. The list of slides, each chart's data and the timeline's
 * events are read off the main thread; the slide after the one shown is fetched while it is
 * being talked about, so "next" is instant. Nothing here writes to the database, and
 * nothing on screen edits: the window only reads and shows.
 *
 * Keys are those presenter clickers send (Page Up/Down, arrows, Space, Enter, B, W,
 * Escape), installed as actions with bindings so tests can drive them as users do.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-chart-presets.h"
#include "gpm-chart-query.h"
#include "gpm-chart-view.h"
#include "gpm-presentation.h"
#include "gpm-store-decks.h"
#include "gpm-deck-show.h"
#include "gpm-timeline-slide-view.h"

#define COUNTER_TIMEOUT_MS 2000
#define ZOOM_STEP 1.5
#define MAX_DIGITS 4

/* Type grows with the screen: the preset's 2× on a 864-pixel-high screen, 2.5× on
 * 1080p, so tick labels stay near 1/40 of the screen's height, readable from the back. */
#define TYPE_SCALE_PER_PIXEL (1.0 / 432.0)
#define TYPE_SCALE_MIN       GPM_CHART_SCALE_PRESENTATION
#define TYPE_SCALE_MAX       4.0
/* The timeline's type is a little smaller than a chart's: its labels are sentences. */
#define TIMELINE_TYPE_FACTOR 0.8

typedef enum
{
  SLIDE_NONE,
  SLIDE_LOADING,
  SLIDE_READY,
  SLIDE_FAILED,
} SlideState;

typedef struct
{
  GpmSavedChart    *chart;     /* NULL on a timeline slide */
  GpmTimelineSlide *timeline;  /* the timeline at the slide's range, ready to draw */
  SlideState        state;
  GpmChartData     *data;
  char             *error;
} Slide;

struct _GpmPresentation
{
  AdwWindow             parent_instance;

  GpmStore             *store;
  gint64                deck_id;      /* 0: the first deck by name */
  GSettings            *settings;
  GCancellable         *cancellable;  /* every read this window started; cancelled on close */

  GArray               *slides;       /* of Slide */
  gboolean              loaded;
  guint                 current;
  GpmPresentationBlank  blank;
  GpmChartTheme         theme;
  double                type_scale;   /* of the chart's type and lines, for this screen */
  GString              *digits;       /* a slide number being typed */

  guint                 counter_timeout_id;
  double                pointer_x;
  double                pointer_y;

  GtkWidget            *chart_view;
  GtkWidget            *timeline_view;
  GtkLabel             *message_label;
  GtkRevealer          *counter_revealer;
  GtkLabel             *counter_label;
  GtkRevealer          *jump_revealer;
  GtkLabel             *jump_label;
  GtkWidget            *blank_box;
};

G_DEFINE_FINAL_TYPE (GpmPresentation, gpm_presentation, ADW_TYPE_WINDOW)

static void request_slide (GpmPresentation *self,
                           guint            index);

static void
slide_clear (Slide *slide)
{
  g_clear_object (&slide->chart);
  g_clear_pointer (&slide->timeline, gpm_timeline_slide_free);
  g_clear_pointer (&slide->data, gpm_chart_data_unref);
  g_clear_pointer (&slide->error, g_free);
}

static Slide *
get_slide (GpmPresentation *self,
           guint            index)
{
  return &g_array_index (self->slides, Slide, index);
}

/* ---------------------------------------------------------------- showing */

static void
ensure_styles (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PATH "/gpm-presentation.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  loaded = TRUE;
}

static void
update_counter (GpmPresentation *self)
{
  g_autofree char *text = NULL;
  guint n = self->slides->len;

  /* Translators: the slide counter while presenting, "3 / 8" */
  text = g_strdup_printf (_("%u / %u"), n > 0 ? self->current + 1 : 0, n);
  gtk_label_set_text (self->counter_label, text);
}

static void
update_jump (GpmPresentation *self)
{
  g_autofree char *text = NULL;

  gtk_revealer_set_reveal_child (self->jump_revealer, self->digits->len > 0);
  if (self->digits->len == 0)
    return;

  /* Translators: shown while a slide number is typed; %s is the number so far */
  text = g_strdup_printf (_("Go to slide %s"), self->digits->str);
  gtk_label_set_text (self->jump_label, text);
}

static void
update_blank (GpmPresentation *self)
{
  GtkWidget *box = self->blank_box;

  gtk_widget_remove_css_class (box, "gpm-presentation-blank-black");
  gtk_widget_remove_css_class (box, "gpm-presentation-blank-white");
  if (self->blank == GPM_PRESENTATION_BLANK_BLACK)
    gtk_widget_add_css_class (box, "gpm-presentation-blank-black");
  else if (self->blank == GPM_PRESENTATION_BLANK_WHITE)
    gtk_widget_add_css_class (box, "gpm-presentation-blank-white");
  gtk_widget_set_visible (box, self->blank != GPM_PRESENTATION_BLANK_NONE);
}

static void
update_theme (GpmPresentation *self)
{
  gboolean dark = self->theme == GPM_CHART_THEME_DARK;

  gtk_widget_remove_css_class (GTK_WIDGET (self), dark ? "light" : "dark");
  gtk_widget_add_css_class (GTK_WIDGET (self), dark ? "dark" : "light");
  gpm_chart_view_set_presentation (GPM_CHART_VIEW (self->chart_view), self->theme,
                                   self->type_scale);
  for (guint i = 0; i < self->slides->len; i++)
    if (get_slide (self, i)->timeline != NULL)
      gpm_timeline_slide_set_theme (get_slide (self, i)->timeline, self->theme);
  gpm_timeline_slide_view_set_scale (GPM_TIMELINE_SLIDE_VIEW (self->timeline_view),
                                     self->type_scale * TIMELINE_TYPE_FACTOR);
}

/* Shows the current slide as far as it has arrived: the chart, or why there is none. */
static void
show_current (GpmPresentation *self)
{
  GpmChartView *view = GPM_CHART_VIEW (self->chart_view);
  const char *message = NULL;
  Slide *slide = NULL;

  update_counter (self);

  if (!self->loaded)
    message = _("Loading…");
  else if (self->slides->len == 0)
    message = _("There are no saved charts to present. Save a chart on the Charts page "
                "first.");
  else
    {
      slide = get_slide (self, self->current);
      if (slide->state == SLIDE_FAILED)
        message = slide->error;
      else if (slide->state != SLIDE_READY)
        message = _("Loading…");
    }

  gpm_chart_view_set_data (view, slide != NULL ? slide->data : NULL);
  gpm_chart_view_reset_zoom (view);
  gpm_timeline_slide_view_set_slide (GPM_TIMELINE_SLIDE_VIEW (self->timeline_view),
                                     slide != NULL ? slide->timeline : NULL);
  gtk_widget_set_visible (self->chart_view,
                          message == NULL && (slide == NULL || slide->timeline == NULL));
  gtk_widget_set_visible (self->timeline_view,
                          message == NULL && slide != NULL && slide->timeline != NULL);
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

/* ---------------------------------------------------------------- loading */

typedef struct
{
  GpmPresentation *self;  /* not a reference: the read is cancelled when the window goes */
  guint            index;
} SlideRequest;

static void
on_slide_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autofree SlideRequest *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmChartData) data = gpm_chart_query_run_finish (result, &error);
  GpmPresentation *self;
  Slide *slide;

  /* A cancelled read belongs to a window that may be gone: touch nothing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = request->self;
  slide = get_slide (self, request->index);
  if (data != NULL)
    {
      slide->data = g_steal_pointer (&data);
      slide->state = SLIDE_READY;
    }
  else
    {
      slide->error = g_strdup (error->message);
      slide->state = SLIDE_FAILED;
    }

  if (request->index == self->current)
    {
      show_current (self);
      request_slide (self, self->current + 1);
    }
}

/* Starts reading slide @index's data unless it is there or on its way. */
static void
request_slide (GpmPresentation *self,
               guint            index)
{
  g_autoptr(GpmChartSpec) spec = NULL;
  g_autoptr(GpmChartStyle) style = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rate_date = NULL;
  GpmChartQueryOptions options = { 0 };
  SlideRequest *request;
  Slide *slide;

  if (index >= self->slides->len)
    return;
  slide = get_slide (self, index);
  if (slide->state != SLIDE_NONE)
    return;
  if (slide->chart == NULL)
    {
      /* A timeline slide was made ready with the list; one without either is a chart
       * deleted while the deck was read. */
      slide->state = SLIDE_FAILED;
      slide->error = g_strdup (_("This chart no longer exists; it may have been deleted."));
      return;
    }

  spec = gpm_chart_spec_new_from_json (gpm_saved_chart_get_spec (slide->chart), &error);
  if (spec == NULL)
    {
      slide->error = g_strdup (error->message);
      slide->state = SLIDE_FAILED;
      return;
    }

  options.language = gpm_ui_language ();
  style = gpm_chart_style_new_presentation (self->theme, options.language);
  gpm_chart_style_set_scale (style, self->type_scale);
  rate_date = g_settings_get_string (self->settings, "rate-date");
  options.cny_per_usd = g_settings_get_double (self->settings, "cny-per-usd");
  options.rate_date = rate_date;
  options.title = gpm_chart_preset_title (gpm_saved_chart_get_name (slide->chart),
                                          options.language);
  options.width = gtk_widget_get_width (GTK_WIDGET (self));
  options.height = gtk_widget_get_height (GTK_WIDGET (self));
  options.style = style;

  request = g_new0 (SlideRequest, 1);
  request->self = self;
  request->index = index;
  slide->state = SLIDE_LOADING;
  gpm_chart_query_run_async (self->store, spec, &options, self->cancellable,
                             on_slide_loaded, request);
}

static void
on_slides_listed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmDeckShow) show = gpm_deck_show_load_finish (result, &error);
  GpmPresentation *self = user_data;

  /* A cancelled read belongs to a window that may be gone: touch nothing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loaded = TRUE;
  if (show == NULL)
    {
      gtk_label_set_text (self->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return;
    }

  for (guint i = 0; i < show->slides->len; i++)
    {
      GpmDeckSlide *deck_slide = g_ptr_array_index (show->slides, i);
      Slide slide = { 0 };

      if (deck_slide->timeline_range != NULL)
        {
          slide.timeline = g_steal_pointer (&g_ptr_array_index (show->timelines, i));
          slide.state = slide.timeline != NULL ? SLIDE_READY : SLIDE_FAILED;
          if (slide.timeline == NULL)
            slide.error = g_strdup (_("The timeline range of this slide is not valid."));
        }
      else if (deck_slide->chart != NULL)
        slide.chart = g_object_ref (deck_slide->chart);
      g_array_append_val (self->slides, slide);
    }

  update_theme (self);
  request_slide (self, self->current);
  show_current (self);
}

/* ---------------------------------------------------------------- actions */

void
gpm_presentation_set_slide (GpmPresentation *self,
                            guint            slide)
{
  g_return_if_fail (GPM_IS_PRESENTATION (self));

  if (self->slides->len == 0)
    return;

  slide = MIN (slide, self->slides->len - 1);
  self->blank = GPM_PRESENTATION_BLANK_NONE;
  update_blank (self);
  g_string_truncate (self->digits, 0);
  update_jump (self);
  if (slide == self->current)
    return;

  self->current = slide;
  request_slide (self, slide);
  show_current (self);
  /* Talk about this one, fetch the next; and the previous, for a presenter going back. */
  if (get_slide (self, slide)->state == SLIDE_READY)
    request_slide (self, slide + 1);
  if (slide > 0)
    request_slide (self, slide - 1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmPresentation *self = GPM_PRESENTATION (widget);

  gpm_presentation_set_slide (self, self->current + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  GpmPresentation *self = GPM_PRESENTATION (widget);

  gpm_presentation_set_slide (self, self->current > 0 ? self->current - 1 : 0);
}

static void
first_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gpm_presentation_set_slide (GPM_PRESENTATION (widget), 0);
}

static void
last_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  gpm_presentation_set_slide (GPM_PRESENTATION (widget), G_MAXUINT);
}

static void
digit_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  GpmPresentation *self = GPM_PRESENTATION (widget);
  int digit = g_variant_get_int32 (param);

  if (digit < 0 || digit > 9 || self->digits->len >= MAX_DIGITS)
    return;

  g_string_append_c (self->digits, '0' + digit);
  update_jump (self);
}

/* Enter jumps to the number typed before it, or goes on as a clicker's Enter does. */
static void
enter_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  GpmPresentation *self = GPM_PRESENTATION (widget);
  guint64 number;

  if (self->digits->len == 0)
    {
      gpm_presentation_set_slide (self, self->current + 1);
      return;
    }

  number = g_ascii_strtoull (self->digits->str, NULL, 10);
  g_string_truncate (self->digits, 0);
  update_jump (self);
  if (number > 0)
    gpm_presentation_set_slide (self, (guint) number - 1);
}

/* B and W blank the screen; the same key again brings the slide back. */
static void
blank_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  GpmPresentation *self = GPM_PRESENTATION (widget);
  const char *color = g_variant_get_string (param, NULL);
  GpmPresentationBlank blank = g_str_equal (color, "white") ? GPM_PRESENTATION_BLANK_WHITE
                                                            : GPM_PRESENTATION_BLANK_BLACK;

  self->blank = self->blank == blank ? GPM_PRESENTATION_BLANK_NONE : blank;
  update_blank (self);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GpmPresentation *self = GPM_PRESENTATION (widget);
  int direction = g_variant_get_int32 (param);

  if (direction == 0)
    gpm_chart_view_reset_zoom (GPM_CHART_VIEW (self->chart_view));
  else
    gpm_chart_view_zoom (GPM_CHART_VIEW (self->chart_view),
                         direction > 0 ? ZOOM_STEP : 1.0 / ZOOM_STEP);
}

/* T switches the room theme and remembers it for the next meeting in that room. */
static void
toggle_theme_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GpmPresentation *self = GPM_PRESENTATION (widget);

  self->theme = self->theme == GPM_CHART_THEME_DARK ? GPM_CHART_THEME_LIGHT
                                                    : GPM_CHART_THEME_DARK;
  g_settings_set_enum (self->settings, "presentation-theme",
                       self->theme == GPM_CHART_THEME_DARK ? 1 : 0);
  update_theme (self);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* ---------------------------------------------------------------- pointer */

static gboolean
hide_counter (gpointer user_data)
{
  GpmPresentation *self = user_data;

  self->counter_timeout_id = 0;
  gtk_revealer_set_reveal_child (self->counter_revealer, FALSE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
  /* A pointer left resting on a bar must not leave its tooltip over the slide. */
  gtk_widget_set_has_tooltip (self->chart_view, FALSE);

  return G_SOURCE_REMOVE;
}

/* The counter, the pointer and tooltips show while the mouse moves, and fade 2 s after. */
static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           GpmPresentation          *self)
{
  /* Windows get motion events when the screen changes under a still pointer too. */
  if (x == self->pointer_x && y == self->pointer_y)
    return;
  self->pointer_x = x;
  self->pointer_y = y;

  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_widget_set_has_tooltip (self->chart_view, TRUE);
  gtk_revealer_set_reveal_child (self->counter_revealer, TRUE);
  g_clear_handle_id (&self->counter_timeout_id, g_source_remove);
  self->counter_timeout_id = g_timeout_add (COUNTER_TIMEOUT_MS, hide_counter, self);
}

/* ---------------------------------------------------------------- object */

static void
gpm_presentation_dispose (GObject *object)
{
  GpmPresentation *self = GPM_PRESENTATION (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->counter_timeout_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), GPM_TYPE_PRESENTATION);

  G_OBJECT_CLASS (gpm_presentation_parent_class)->dispose (object);
}

static void
gpm_presentation_finalize (GObject *object)
{
  GpmPresentation *self = GPM_PRESENTATION (object);

  g_clear_object (&self->cancellable);
  g_array_unref (self->slides);
  g_string_free (self->digits, TRUE);

  G_OBJECT_CLASS (gpm_presentation_parent_class)->finalize (object);
}

static void
bind_key (GtkShortcutController *controller,
          guint                  keyval,
          const char            *action,
          const char            *format,
          ...)
{
  GtkShortcut *shortcut;
  va_list ap;

  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                               gtk_named_action_new (action));
  if (format != NULL)
    {
      va_start (ap, format);
      gtk_shortcut_set_arguments (shortcut, g_variant_new_va (format, NULL, &ap));
      va_end (ap);
    }
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* In the capture phase: GtkWindow binds the arrows and Tab to moving the focus, and the
 * chart view its own keys, and a presenter's clicker must win over both. */
static void
bind_keys (GpmPresentation *self)
{
  GtkShortcutController *controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  static const guint next[] = {
    GDK_KEY_Right, GDK_KEY_KP_Right, GDK_KEY_Down, GDK_KEY_KP_Down, GDK_KEY_Page_Down,
    GDK_KEY_KP_Page_Down, GDK_KEY_space, GDK_KEY_n,
  };
  static const guint previous[] = {
    GDK_KEY_Left, GDK_KEY_KP_Left, GDK_KEY_Up, GDK_KEY_KP_Up, GDK_KEY_Page_Up,
    GDK_KEY_KP_Page_Up, GDK_KEY_BackSpace, GDK_KEY_p,
  };

  for (guint i = 0; i < G_N_ELEMENTS (next); i++)
    bind_key (controller, next[i], "present.next", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (previous); i++)
    bind_key (controller, previous[i], "present.previous", NULL);
  bind_key (controller, GDK_KEY_Home, "present.first", NULL);
  bind_key (controller, GDK_KEY_KP_Home, "present.first", NULL);
  bind_key (controller, GDK_KEY_End, "present.last", NULL);
  bind_key (controller, GDK_KEY_KP_End, "present.last", NULL);
  for (int i = 0; i <= 9; i++)
    {
      bind_key (controller, GDK_KEY_0 + i, "present.digit", "i", i);
      bind_key (controller, GDK_KEY_KP_0 + i, "present.digit", "i", i);
    }
  bind_key (controller, GDK_KEY_Return, "present.enter", NULL);
  bind_key (controller, GDK_KEY_KP_Enter, "present.enter", NULL);
  bind_key (controller, GDK_KEY_b, "present.blank", "s", "black");
  bind_key (controller, GDK_KEY_B, "present.blank", "s", "black");
  bind_key (controller, GDK_KEY_period, "present.blank", "s", "black");
  bind_key (controller, GDK_KEY_w, "present.blank", "s", "white");
  bind_key (controller, GDK_KEY_W, "present.blank", "s", "white");
  bind_key (controller, GDK_KEY_plus, "present.zoom", "i", 1);
  bind_key (controller, GDK_KEY_equal, "present.zoom", "i", 1);
  bind_key (controller, GDK_KEY_KP_Add, "present.zoom", "i", 1);
  bind_key (controller, GDK_KEY_minus, "present.zoom", "i", -1);
  bind_key (controller, GDK_KEY_KP_Subtract, "present.zoom", "i", -1);
  bind_key (controller, GDK_KEY_t, "present.toggle-theme", NULL);
  bind_key (controller, GDK_KEY_Escape, "present.leave", NULL);

  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (controller), "presentation-keys");
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (controller),
                                              GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (controller));
}

static void
gpm_presentation_class_init (GpmPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gpm_presentation_dispose;
  object_class->finalize = gpm_presentation_finalize;

  g_type_ensure (GPM_TYPE_CHART_VIEW);
  g_type_ensure (GPM_TYPE_TIMELINE_SLIDE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/gpm-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, GpmPresentation, chart_view);
  gtk_widget_class_bind_template_child (widget_class, GpmPresentation, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, GpmPresentation, message_label);
  gtk_widget_class_bind_template_child (widget_class, GpmPresentation, counter_revealer);
  gtk_widget_class_bind_template_child (widget_class, GpmPresentation, counter_label);
  gtk_widget_class_bind_template_child (widget_class, GpmPresentation, jump_revealer);
  gtk_widget_class_bind_template_child (widget_class, GpmPresentation, jump_label);
  gtk_widget_class_bind_template_child (widget_class, GpmPresentation, blank_box);

  gtk_widget_class_install_action (widget_class, "present.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "present.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "present.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "present.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "present.digit", "i", digit_action);
  gtk_widget_class_install_action (widget_class, "present.enter", NULL, enter_action);
  gtk_widget_class_install_action (widget_class, "present.blank", "s", blank_action);
  gtk_widget_class_install_action (widget_class, "present.zoom", "i", zoom_action);
  gtk_widget_class_install_action (widget_class, "present.toggle-theme", NULL,
                                   toggle_theme_action);
  gtk_widget_class_install_action (widget_class, "present.leave", NULL, leave_action);
}

static void
gpm_presentation_init (GpmPresentation *self)
{
  GtkEventController *motion;

  ensure_styles ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "gpm-presentation");

  self->cancellable = g_cancellable_new ();
  self->slides = g_array_new (FALSE, TRUE, sizeof (Slide));
  g_array_set_clear_func (self->slides, (GDestroyNotify) slide_clear);
  self->digits = g_string_new (NULL);
  self->settings = g_settings_new (APP_ID);
  self->theme = g_settings_get_enum (self->settings, "presentation-theme") == 1
                ? GPM_CHART_THEME_DARK : GPM_CHART_THEME_LIGHT;
  self->pointer_x = self->pointer_y = -1;
  self->type_scale = TYPE_SCALE_MIN;

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  bind_keys (self);

  update_theme (self);
  update_counter (self);
  /* The pointer hides after a while even if it never moves. */
  self->counter_timeout_id = g_timeout_add (COUNTER_TIMEOUT_MS, hide_counter, self);
}

/* The monitor @parent is on, else the first one. */
static GdkMonitor *
pick_monitor (GtkWindow *parent)
{
  GdkDisplay *display = gdk_display_get_default ();
  GdkSurface *surface = parent != NULL ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;
  g_autoptr(GdkMonitor) first = NULL;

  if (display == NULL)
    return NULL;
  if (surface != NULL)
    return gdk_display_get_monitor_at_surface (display, surface);

  /* The display's list keeps the monitor alive after this reference goes. */
  first = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  return first;
}

/**
 * gpm_presentation_new:
 * @store: the database to read the deck from; never written to
 * @parent: (nullable): the window presenting starts from; the presentation fills the
 *   monitor that window is on
 *
 * Returns: (transfer none): the new window, not yet presented; it is destroyed when
 *   closed, like every toplevel
 */
GpmPresentation *
gpm_presentation_new (GpmStore  *store,
                      GtkWindow *parent)
{
  GpmPresentation *self;
  GdkMonitor *monitor;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (GPM_TYPE_PRESENTATION, NULL);
  self->store = g_object_ref (store);
  self->deck_id = g_settings_get_int64 (self->settings, "presentation-deck");

  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }

  /* The monitor's size too, for window managers (or none) that do not honour
   * fullscreen: the slide should fill the screen either way. */
  monitor = pick_monitor (parent);
  if (monitor != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
      self->type_scale = CLAMP (geometry.height * TYPE_SCALE_PER_PIXEL, TYPE_SCALE_MIN,
                                TYPE_SCALE_MAX);
      update_theme (self);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
    }
  else
    gtk_window_fullscreen (GTK_WINDOW (self));

  gpm_deck_show_load_async (self->store, self->deck_id, self->theme, self->cancellable,
                            on_slides_listed, self);

  return self;
}

GpmStore *
gpm_presentation_get_store (GpmPresentation *self)
{
  g_return_val_if_fail (GPM_IS_PRESENTATION (self), NULL);

  return self->store;
}

gboolean
gpm_presentation_get_loaded (GpmPresentation *self)
{
  g_return_val_if_fail (GPM_IS_PRESENTATION (self), FALSE);

  return self->loaded;
}

guint
gpm_presentation_get_n_slides (GpmPresentation *self)
{
  g_return_val_if_fail (GPM_IS_PRESENTATION (self), 0);

  return self->slides->len;
}

guint
gpm_presentation_get_slide (GpmPresentation *self)
{
  g_return_val_if_fail (GPM_IS_PRESENTATION (self), 0);

  return self->current;
}

/* Whether slide @index's chart has arrived (or failed to), so nothing is loading for it. */
gboolean
gpm_presentation_get_slide_ready (GpmPresentation *self,
                                  guint            index)
{
  SlideState state;

  g_return_val_if_fail (GPM_IS_PRESENTATION (self), FALSE);

  if (index >= self->slides->len)
    return FALSE;

  state = get_slide (self, index)->state;
  return state == SLIDE_READY || state == SLIDE_FAILED;
}

/* The saved chart slide @index shows, or 0. */
gint64
gpm_presentation_get_chart_id (GpmPresentation *self,
                               guint            index)
{
  g_return_val_if_fail (GPM_IS_PRESENTATION (self), 0);

  if (index >= self->slides->len || get_slide (self, index)->chart == NULL)
    return 0;

  return gpm_saved_chart_get_id (get_slide (self, index)->chart);
}

/* Whether slide @index shows the timeline. */
gboolean
gpm_presentation_get_slide_is_timeline (GpmPresentation *self,
                                        guint            index)
{
  g_return_val_if_fail (GPM_IS_PRESENTATION (self), FALSE);

  return index < self->slides->len && get_slide (self, index)->timeline != NULL;
}

GtkWidget *
gpm_presentation_get_timeline_view (GpmPresentation *self)
{
  g_return_val_if_fail (GPM_IS_PRESENTATION (self), NULL);

  return self->timeline_view;
}

GpmPresentationBlank
gpm_presentation_get_blank (GpmPresentation *self)
{
  g_return_val_if_fail (GPM_IS_PRESENTATION (self), GPM_PRESENTATION_BLANK_NONE);

  return self->blank;
}

GpmChartTheme
gpm_presentation_get_theme (GpmPresentation *self)
{
  g_return_val_if_fail (GPM_IS_PRESENTATION (self), GPM_CHART_THEME_LIGHT);

  return self->theme;
}

GtkWidget *
gpm_presentation_get_chart_view (GpmPresentation *self)
{
  g_return_val_if_fail (GPM_IS_PRESENTATION (self), NULL);

  return self->chart_view;
}
