/* test-presentation.c — presentation mode under a real display: the deck (or every saved
 * chart) as slides, timeline slides among them, each key a presenter clicker sends, typed
 * slide numbers, blanking, zoom, the room theme, F5 from the main window, no writes to
 * the database, and the window finalized once Escape closes it. The deck editor: slides
 * ticked and moved, timeline slides added, decks created, picked, renamed and deleted,
 * each edit undone from the toast or with Ctrl+Z.
 *
 * Each test opens its own copy of the bundled dataset (8 saved charts) in a temporary
 * folder.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "gpm-chart-view.h"
#include "gpm-deck-editor.h"
#include "gpm-presentation.h"
#include "gpm-resources.h"
#include "gpm-store-decks.h"
#include "gpm-timeline-slide-view.h"
#include "gpm-window.h"

#define WAIT_SECONDS 20

typedef struct
{
  char     *dir;
  GpmStore *store;
  guint     n_changed;
} Fixture;

static void
on_changed (GpmStore   *store,
            const char *table,
            Fixture    *f)
{
  f->n_changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("gpm-present-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (path, &error);
  g_assert_no_error (error);
  /* Settings live as long as the process: each test starts with no deck picked. */
  settings = g_settings_new (APP_ID);
  g_settings_reset (settings, "presentation-deck");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (gpm_store_get_path (f->store));
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gboolean
on_timeout (gpointer user_data)
{
  g_error ("timed out waiting for the presentation");
  return G_SOURCE_REMOVE;
}

typedef gboolean (*Condition) (gpointer window);

static gboolean
slide_is_ready (gpointer window)
{
  GpmPresentation *presentation = window;

  return gpm_presentation_get_loaded (presentation)
         && (gpm_presentation_get_n_slides (presentation) == 0
             || gpm_presentation_get_slide_ready (presentation,
                                                  gpm_presentation_get_slide (presentation)));
}

static void
wait_for (gpointer  window,
          Condition condition)
{
  guint timeout = g_timeout_add_seconds (WAIT_SECONDS, on_timeout, NULL);

  while (!condition (window))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Presents the window and waits until it has drawn a frame. */
static void
present_and_wait (GtkWindow *window)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong handler;

  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

/* Finds the shortcut @widget answers to for KEYVAL + MODIFIERS, and runs it; as GTK
 * does, controllers of the capture phase are asked before those of the bubble phase. */
static gboolean
activate_shortcut (GtkWidget       *widget,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);
  const GtkPropagationPhase phases[] = { GTK_PHASE_CAPTURE, GTK_PHASE_BUBBLE };

  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
        GListModel *shortcuts;

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller)
            || gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller))
               != phases[p])
          continue;
        shortcuts = G_LIST_MODEL (controller);
        for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);

            if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
              return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                   widget,
                                                   gtk_shortcut_get_arguments (shortcut));
          }
      }

  return FALSE;
}

static void
press (GpmPresentation *presentation,
       guint            keyval)
{
  g_assert_true (activate_shortcut (GTK_WIDGET (presentation), keyval, 0));
}

/* Presses @keyval and asserts the slide shown afterwards. */
static void
press_and_expect (GpmPresentation *presentation,
                  guint            keyval,
                  guint            slide)
{
  press (presentation, keyval);
  g_assert_cmpuint (gpm_presentation_get_slide (presentation), ==, slide);
}

/* Escape, as the user leaves, and nothing keeps the window alive afterwards. */
static void
leave_and_assert_finalized (GpmPresentation *presentation)
{
  gpointer weak = presentation;

  g_object_add_weak_pointer (G_OBJECT (presentation), &weak);
  press (presentation, GDK_KEY_Escape);
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);
}

static GpmPresentation *
open_presentation (Fixture *f)
{
  GpmPresentation *presentation = gpm_presentation_new (f->store, NULL);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
  present_and_wait (GTK_WINDOW (presentation));
  wait_for (presentation, slide_is_ready);

  return presentation;
}

static void
test_navigation_keys (Fixture       *f,
                      gconstpointer  data)
{
  GpmPresentation *presentation = open_presentation (f);
  GpmChartView *view = GPM_CHART_VIEW (gpm_presentation_get_chart_view (presentation));

  g_assert_cmpuint (gpm_presentation_get_n_slides (presentation), ==, 8);
  g_assert_cmpuint (gpm_presentation_get_slide (presentation), ==, 0);
  g_assert_nonnull (gpm_chart_view_get_data (view));

  press_and_expect (presentation, GDK_KEY_Right, 1);
  press_and_expect (presentation, GDK_KEY_Down, 2);
  press_and_expect (presentation, GDK_KEY_Page_Down, 3);
  press_and_expect (presentation, GDK_KEY_space, 4);
  press_and_expect (presentation, GDK_KEY_Return, 5);
  press_and_expect (presentation, GDK_KEY_KP_Enter, 6);
  press_and_expect (presentation, GDK_KEY_Left, 5);
  press_and_expect (presentation, GDK_KEY_Up, 4);
  press_and_expect (presentation, GDK_KEY_Page_Up, 3);
  press_and_expect (presentation, GDK_KEY_BackSpace, 2);

  press_and_expect (presentation, GDK_KEY_End, 7);
  press_and_expect (presentation, GDK_KEY_Right, 7);   /* stays on the last */
  press_and_expect (presentation, GDK_KEY_Home, 0);
  press_and_expect (presentation, GDK_KEY_Left, 0);    /* stays on the first */

  /* Each slide arrives with its chart, drawn with presentation typography. */
  wait_for (presentation, slide_is_ready);
  g_assert_nonnull (gpm_chart_view_get_data (view));
  g_assert_false (gtk_widget_get_focusable (GTK_WIDGET (view)));

  g_assert_cmpuint (f->n_changed, ==, 0);
  leave_and_assert_finalized (presentation);
}

static void
test_jump_to_number (Fixture       *f,
                     gconstpointer  data)
{
  GpmPresentation *presentation = open_presentation (f);

  press_and_expect (presentation, GDK_KEY_5, 0);       /* typing alone does not move */
  press_and_expect (presentation, GDK_KEY_Return, 4);
  press_and_expect (presentation, GDK_KEY_KP_2, 4);
  press_and_expect (presentation, GDK_KEY_KP_Enter, 1);
  /* A number past the end goes to the last slide; 0 goes nowhere. */
  press (presentation, GDK_KEY_1);
  press_and_expect (presentation, GDK_KEY_2, 1);
  press_and_expect (presentation, GDK_KEY_Return, 7);
  press (presentation, GDK_KEY_0);
  press_and_expect (presentation, GDK_KEY_Return, 7);
  /* Enter with nothing typed is "next" again. */
  press_and_expect (presentation, GDK_KEY_Home, 0);
  press_and_expect (presentation, GDK_KEY_Return, 1);

  leave_and_assert_finalized (presentation);
}

static void
test_blank (Fixture       *f,
            gconstpointer  data)
{
  GpmPresentation *presentation = open_presentation (f);

  g_assert_cmpint (gpm_presentation_get_blank (presentation), ==, GPM_PRESENTATION_BLANK_NONE);
  press (presentation, GDK_KEY_b);
  g_assert_cmpint (gpm_presentation_get_blank (presentation), ==, GPM_PRESENTATION_BLANK_BLACK);
  press (presentation, GDK_KEY_b);
  g_assert_cmpint (gpm_presentation_get_blank (presentation), ==, GPM_PRESENTATION_BLANK_NONE);
  press (presentation, GDK_KEY_w);
  g_assert_cmpint (gpm_presentation_get_blank (presentation), ==, GPM_PRESENTATION_BLANK_WHITE);
  press (presentation, GDK_KEY_B);  /* from white straight to black */
  g_assert_cmpint (gpm_presentation_get_blank (presentation), ==, GPM_PRESENTATION_BLANK_BLACK);
  press (presentation, GDK_KEY_W);
  g_assert_cmpint (gpm_presentation_get_blank (presentation), ==, GPM_PRESENTATION_BLANK_WHITE);
  press (presentation, GDK_KEY_W);
  g_assert_cmpint (gpm_presentation_get_blank (presentation), ==, GPM_PRESENTATION_BLANK_NONE);

  /* Moving on brings the slides back. */
  press (presentation, GDK_KEY_b);
  press_and_expect (presentation, GDK_KEY_Right, 1);
  g_assert_cmpint (gpm_presentation_get_blank (presentation), ==, GPM_PRESENTATION_BLANK_NONE);

  leave_and_assert_finalized (presentation);
}

static void
test_zoom_and_prefetch (Fixture       *f,
                        gconstpointer  data)
{
  GpmPresentation *presentation = open_presentation (f);
  GpmChartView *view = GPM_CHART_VIEW (gpm_presentation_get_chart_view (presentation));
  guint n_zoomable = 0;

  for (guint i = 0; i < gpm_presentation_get_n_slides (presentation); i++)
    {
      gpm_presentation_set_slide (presentation, i);
      wait_for (presentation, slide_is_ready);
      g_assert_false (gpm_chart_view_get_zoomed (view));

      press (presentation, GDK_KEY_plus);
      if (!gpm_chart_view_get_zoomed (view))
        continue;
      n_zoomable++;
      press (presentation, GDK_KEY_minus);
      g_assert_false (gpm_chart_view_get_zoomed (view));
      press (presentation, GDK_KEY_KP_Add);
      g_assert_true (gpm_chart_view_get_zoomed (view));
      press (presentation, GDK_KEY_KP_Subtract);
      g_assert_false (gpm_chart_view_get_zoomed (view));
      /* A zoom is the slide's, not the next one's. */
      press (presentation, GDK_KEY_plus);
    }
  g_assert_cmpuint (n_zoomable, >, 0);

  /* While a slide is shown the next one is fetched. */
  press_and_expect (presentation, GDK_KEY_Home, 0);
  wait_for (presentation, slide_is_ready);
  g_assert_true (gpm_presentation_get_slide_ready (presentation, 1));

  leave_and_assert_finalized (presentation);
}

static void
test_theme (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GpmPresentation *presentation;

  g_settings_set_string (settings, "presentation-theme", "light");
  presentation = open_presentation (f);
  g_assert_cmpint (gpm_presentation_get_theme (presentation), ==, GPM_CHART_THEME_LIGHT);
  press (presentation, GDK_KEY_t);
  g_assert_cmpint (gpm_presentation_get_theme (presentation), ==, GPM_CHART_THEME_DARK);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (presentation), "dark"));
  leave_and_assert_finalized (presentation);

  /* The room's theme is remembered for the next meeting. */
  g_assert_cmpstr (g_settings_get_string (settings, "presentation-theme"), ==, "dark");
  presentation = open_presentation (f);
  g_assert_cmpint (gpm_presentation_get_theme (presentation), ==, GPM_CHART_THEME_DARK);
  leave_and_assert_finalized (presentation);
  g_settings_reset (settings, "presentation-theme");
}

/* Makes deck @name of @ids: chart ids, or 0 for the timeline at RANGE. */
#define RANGE "2023-01/2025-06"

static gint64
make_deck (Fixture      *f,
           const char   *name,
           const gint64 *ids,
           guint         n)
{
  g_autoptr(GPtrArray) slides = g_ptr_array_new_with_free_func (
    (GDestroyNotify) gpm_deck_slide_free);
  g_autoptr(GError) error = NULL;
  gint64 deck;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (slides, ids[i] > 0 ? gpm_deck_slide_new_chart (ids[i])
                                        : gpm_deck_slide_new_timeline (RANGE));
  deck = gpm_store_create_deck (f->store, name, slides, NULL, &error);
  g_assert_no_error (error);

  return deck;
}

static gint64
chart_id (GPtrArray *charts,
          guint      index)
{
  return gpm_saved_chart_get_id (g_ptr_array_index (charts, index));
}

/* A timeline slide fills the screen with the timeline renderer's picture, and every key
 * still moves through the deck across it. */
static void
test_timeline_slide (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) charts = gpm_store_list_saved_charts (f->store, NULL, NULL);
  gint64 ids[4] = { chart_id (charts, 0), 0, chart_id (charts, 1), 0 };
  GpmPresentation *presentation;
  GtkWidget *timeline_view, *chart_view;
  GpmTimelineSlide *slide;
  GpmTimeline *timeline;

  make_deck (f, "Board", ids, 4);
  presentation = open_presentation (f);
  timeline_view = gpm_presentation_get_timeline_view (presentation);
  chart_view = gpm_presentation_get_chart_view (presentation);
  g_assert_cmpuint (gpm_presentation_get_n_slides (presentation), ==, 4);
  g_assert_false (gpm_presentation_get_slide_is_timeline (presentation, 0));
  g_assert_true (gpm_presentation_get_slide_is_timeline (presentation, 1));
  g_assert_cmpint (gpm_presentation_get_chart_id (presentation, 1), ==, 0);
  g_assert_true (gtk_widget_get_visible (chart_view));
  g_assert_false (gtk_widget_get_visible (timeline_view));

  press_and_expect (presentation, GDK_KEY_Right, 1);
  g_assert_true (gpm_presentation_get_slide_ready (presentation, 1));
  g_assert_true (gtk_widget_get_visible (timeline_view));
  g_assert_false (gtk_widget_get_visible (chart_view));
  present_and_wait (GTK_WINDOW (presentation));
  slide = gpm_timeline_slide_view_get_slide (GPM_TIMELINE_SLIDE_VIEW (timeline_view));
  g_assert_nonnull (slide);
  timeline = gpm_timeline_slide_get_timeline (slide);
  /* Full screen, and events of the range drawn. */
  g_assert_cmpint (gtk_widget_get_width (timeline_view), ==,
                   gtk_widget_get_width (GTK_WIDGET (presentation)));
  g_assert_cmpint (gtk_widget_get_height (timeline_view), ==,
                   gtk_widget_get_height (GTK_WIDGET (presentation)));
  g_assert_cmpuint (gpm_timeline_slide_get_n_events (slide), >, 0);
  g_assert_cmpuint (gpm_timeline_get_n_drawn_events (timeline)
                    + gpm_timeline_get_n_drawn_clusters (timeline), >, 0);

  /* Keys that are not navigation do no harm on a timeline slide. */
  press (presentation, GDK_KEY_plus);
  press (presentation, GDK_KEY_minus);
  press (presentation, GDK_KEY_t);
  present_and_wait (GTK_WINDOW (presentation));
  press (presentation, GDK_KEY_t);
  press (presentation, GDK_KEY_b);
  g_assert_cmpint (gpm_presentation_get_blank (presentation), ==, GPM_PRESENTATION_BLANK_BLACK);
  press (presentation, GDK_KEY_b);

  /* Through every navigation key, across the timeline slides. */
  press_and_expect (presentation, GDK_KEY_Down, 2);
  g_assert_true (gtk_widget_get_visible (chart_view));
  press_and_expect (presentation, GDK_KEY_Page_Down, 3);
  g_assert_true (gtk_widget_get_visible (timeline_view));
  press_and_expect (presentation, GDK_KEY_space, 3);
  press_and_expect (presentation, GDK_KEY_Left, 2);
  press_and_expect (presentation, GDK_KEY_Up, 1);
  press_and_expect (presentation, GDK_KEY_Page_Up, 0);
  press_and_expect (presentation, GDK_KEY_Return, 1);
  press_and_expect (presentation, GDK_KEY_KP_Enter, 2);
  press_and_expect (presentation, GDK_KEY_BackSpace, 1);
  press_and_expect (presentation, GDK_KEY_End, 3);
  press_and_expect (presentation, GDK_KEY_Home, 0);
  press (presentation, GDK_KEY_4);
  press_and_expect (presentation, GDK_KEY_Return, 3);
  g_assert_true (gtk_widget_get_visible (timeline_view));

  wait_for (presentation, slide_is_ready);
  g_assert_cmpuint (f->n_changed, ==, 0);
  leave_and_assert_finalized (presentation);
}

static void
test_deck_order (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) charts = gpm_store_list_saved_charts (f->store, NULL, &error);
  GpmPresentation *presentation;
  gint64 ids[3];

  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    ids[i] = gpm_saved_chart_get_id (g_ptr_array_index (charts, 5 - 2 * i));
  make_deck (f, "Board", ids, 3);

  presentation = open_presentation (f);
  g_assert_cmpuint (gpm_presentation_get_n_slides (presentation), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (gpm_presentation_get_chart_id (presentation, i), ==, ids[i]);
  press_and_expect (presentation, GDK_KEY_End, 2);
  g_assert_cmpuint (f->n_changed, ==, 0);
  leave_and_assert_finalized (presentation);
}

/* With no saved chart there is nothing to show, but every key is still safe. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) charts = gpm_store_list_saved_charts (f->store, NULL, NULL);
  const guint keys[] = { GDK_KEY_Right, GDK_KEY_Left, GDK_KEY_End, GDK_KEY_Home, GDK_KEY_3,
                         GDK_KEY_Return, GDK_KEY_plus, GDK_KEY_b };
  GpmPresentation *presentation;

  for (guint i = 0; i < charts->len; i++)
    g_assert_true (gpm_store_delete_chart (f->store,
                                           gpm_saved_chart_get_id (g_ptr_array_index (charts, i)),
                                           NULL, NULL));

  presentation = open_presentation (f);
  g_assert_cmpuint (gpm_presentation_get_n_slides (presentation), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    press_and_expect (presentation, keys[i], 0);
  leave_and_assert_finalized (presentation);
}

/* F5 in the main window opens the presentation over it; Escape returns to it. */
static void
test_f5_from_window (Fixture       *f,
                     gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (g_object_new (GPM_TYPE_WINDOW, "store", f->store, NULL));
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */
  GpmPresentation *presentation = NULL;
  gpointer weak = window;

  present_and_wait (window);
  g_assert_true (activate_shortcut (GTK_WIDGET (window), GDK_KEY_F5, 0));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GPM_IS_PRESENTATION (toplevel))
        presentation = GPM_PRESENTATION (toplevel);
    }
  g_assert_nonnull (presentation);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (presentation)) == window);
  wait_for (presentation, slide_is_ready);
  g_assert_cmpuint (gpm_presentation_get_n_slides (presentation), ==, 8);
  leave_and_assert_finalized (presentation);

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_close (window);
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);
}

static gboolean
editor_is_loaded (gpointer window)
{
  return gpm_deck_editor_get_loaded (GPM_DECK_EDITOR (window));
}

/* The current deck's slides as the database has them equal the editor's. */
static void
assert_deck (Fixture       *f,
             GpmDeckEditor *editor)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *order = gpm_deck_editor_get_order (editor);
  g_autoptr(GPtrArray) slides = NULL;

  g_assert_cmpint (gpm_deck_editor_get_deck_id (editor), >, 0);
  slides = gpm_store_list_deck_slides (f->store, gpm_deck_editor_get_deck_id (editor), NULL,
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (slides->len, ==, order->len);
  for (guint i = 0; i < slides->len; i++)
    {
      GpmDeckSlide *stored = g_ptr_array_index (slides, i);
      GpmDeckSlide *shown = g_ptr_array_index (order, i);

      g_assert_cmpint (stored->chart_id, ==, shown->chart_id);
      g_assert_cmpstr (stored->timeline_range, ==, shown->timeline_range);
    }
}

static gint64
order_id (GpmDeckEditor *editor,
          guint          position)
{
  GPtrArray *order = gpm_deck_editor_get_order (editor);

  return ((GpmDeckSlide *) g_ptr_array_index (order, position))->chart_id;
}

static GpmPresentation *
find_presentation (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GPM_IS_PRESENTATION (toplevel))
        return GPM_PRESENTATION (toplevel);
    }

  return NULL;
}

static GpmDeckEditor *
open_editor (Fixture *f)
{
  GpmDeckEditor *editor = gpm_deck_editor_new (f->store, NULL);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
  present_and_wait (GTK_WINDOW (editor));
  wait_for (editor, editor_is_loaded);

  return editor;
}

/* Runs an editor action, then waits for the reload it may have started. */
static void
activate_and_wait (GpmDeckEditor *editor,
                   const char    *action,
                   GVariant      *param)
{
  gtk_widget_activate_action_variant (GTK_WIDGET (editor), action, param);
  wait_for (editor, editor_is_loaded);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Present from the editor: the editor goes, the presentation shows the deck. */
static GpmPresentation *
present_from_editor (GpmDeckEditor *editor)
{
  GpmPresentation *presentation;
  gpointer weak = editor;

  g_object_add_weak_pointer (G_OBJECT (editor), &weak);
  gtk_widget_activate_action (GTK_WIDGET (editor), "deck.present", NULL);
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);

  presentation = find_presentation ();
  g_assert_nonnull (presentation);
  wait_for (presentation, slide_is_ready);

  return presentation;
}

static void
test_deck_editor (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) charts = gpm_store_list_saved_charts (f->store, NULL, NULL);
  GpmDeckEditor *editor = open_editor (f);
  GtkWidget *widget = GTK_WIDGET (editor);
  GPtrArray *order = gpm_deck_editor_get_order (editor);
  GpmPresentation *presentation;
  gint64 first, last;

  /* Without a deck, every chart is ticked, in the Charts page's order. */
  g_assert_cmpuint (order->len, ==, charts->len);
  for (guint i = 0; i < charts->len; i++)
    g_assert_cmpint (order_id (editor, i), ==, chart_id (charts, i));
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_cmpint (gpm_deck_editor_get_deck_id (editor), ==, 0);

  /* Unticking the first chart creates the deck without it, in one undoable change. */
  first = order_id (editor, 0);
  gtk_widget_activate_action (widget, "deck.toggle", "x", first);
  g_assert_cmpuint (order->len, ==, charts->len - 1);
  assert_deck (f, editor);
  g_assert_nonnull (gpm_deck_editor_get_last_change (editor));

  /* The last moves up, then cannot move down past the end. */
  last = order_id (editor, order->len - 1);
  gtk_widget_activate_action (widget, "deck.move-up", "u", order->len - 1);
  g_assert_cmpint (order_id (editor, order->len - 2), ==, last);
  gtk_widget_activate_action (widget, "deck.move-down", "u", order->len - 2);
  gtk_widget_activate_action (widget, "deck.move-down", "u", order->len - 1);
  g_assert_cmpint (order_id (editor, order->len - 1), ==, last);
  gtk_widget_activate_action (widget, "deck.move-up", "u", 0);
  assert_deck (f, editor);

  /* Dropped on the first row, the last takes its place; the rest close up. */
  gtk_widget_activate_action (widget, "deck.move-to", "(uu)", order->len - 1, 0);
  g_assert_cmpint (order_id (editor, 0), ==, last);
  assert_deck (f, editor);
  gtk_widget_activate_action (widget, "deck.move-to", "(uu)", 0, order->len - 1);
  g_assert_cmpint (order_id (editor, order->len - 1), ==, last);
  assert_deck (f, editor);

  /* Ticked again, a chart joins at the end; a timeline slide after it. */
  gtk_widget_activate_action (widget, "deck.toggle", "x", first);
  g_assert_cmpint (order_id (editor, order->len - 1), ==, first);
  gtk_widget_activate_action (widget, "deck.add-timeline", "s", RANGE);
  g_assert_cmpstr (((GpmDeckSlide *) g_ptr_array_index (order, order->len - 1))
                   ->timeline_range, ==, RANGE);
  assert_deck (f, editor);
  /* An invalid range is refused by the store and not kept. */
  gtk_widget_activate_action (widget, "deck.add-timeline", "s", "2025/2024");
  g_assert_cmpuint (order->len, ==, charts->len + 1);
  assert_deck (f, editor);
  /* The range changes; the timeline slide moves up. */
  gtk_widget_activate_action (widget, "deck.set-timeline", "(us)", order->len - 1,
                              "2024/2025-Q2");
  gtk_widget_activate_action (widget, "deck.move-up", "u", order->len - 1);
  g_assert_cmpstr (((GpmDeckSlide *) g_ptr_array_index (order, order->len - 2))
                   ->timeline_range, ==, "2024/2025-Q2");
  assert_deck (f, editor);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* Present shows the deck as edited, and the editor goes. */
  presentation = present_from_editor (editor);
  g_assert_cmpuint (gpm_presentation_get_n_slides (presentation), ==, charts->len + 1);
  g_assert_true (gpm_presentation_get_slide_is_timeline (presentation, charts->len - 1));
  g_assert_cmpint (gpm_presentation_get_chart_id (presentation, charts->len), ==, first);
  leave_and_assert_finalized (presentation);
}

/* The chooser picks which deck the editor shows and Present presents. */
static void
test_deck_chooser (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) charts = gpm_store_list_saved_charts (f->store, NULL, NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gint64 board_ids[2] = { chart_id (charts, 0), chart_id (charts, 1) };
  gint64 zoo_ids[2] = { 0, chart_id (charts, 2) };
  GpmDeckEditor *editor;
  GpmPresentation *presentation;
  gint64 board, zoo;

  board = make_deck (f, "Board", board_ids, 2);
  zoo = make_deck (f, "Zoo", zoo_ids, 2);

  /* Nothing picked yet: the first by name. */
  editor = open_editor (f);
  g_assert_cmpint (gpm_deck_editor_get_deck_id (editor), ==, board);
  assert_deck (f, editor);

  activate_and_wait (editor, "deck.select", g_variant_new_int64 (zoo));
  g_assert_cmpint (gpm_deck_editor_get_deck_id (editor), ==, zoo);
  g_assert_cmpint (g_settings_get_int64 (settings, "presentation-deck"), ==, zoo);
  assert_deck (f, editor);
  g_assert_cmpuint (f->n_changed, ==, 0);

  presentation = present_from_editor (editor);
  g_assert_cmpuint (gpm_presentation_get_n_slides (presentation), ==, 2);
  g_assert_true (gpm_presentation_get_slide_is_timeline (presentation, 0));
  g_assert_cmpint (gpm_presentation_get_chart_id (presentation, 1), ==, zoo_ids[1]);
  leave_and_assert_finalized (presentation);

  /* Remembered: F5 later presents the same deck. */
  presentation = open_presentation (f);
  g_assert_true (gpm_presentation_get_slide_is_timeline (presentation, 0));
  leave_and_assert_finalized (presentation);
}

static char *
deck_name (Fixture *f,
           gint64   deck)
{
  g_autoptr(GPtrArray) decks = gpm_store_list_decks (f->store, NULL, NULL);

  for (guint i = 0; i < decks->len; i++)
    if (((GpmDeck *) g_ptr_array_index (decks, i))->id == deck)
      return g_strdup (((GpmDeck *) g_ptr_array_index (decks, i))->name);

  return NULL;
}

static guint
n_decks (Fixture *f)
{
  g_autoptr(GPtrArray) decks = gpm_store_list_decks (f->store, NULL, NULL);

  return decks->len;
}

/* Each deck edit is undone from the toast's action or with Ctrl+Z. */
static void
test_deck_editor_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) charts = gpm_store_list_saved_charts (f->store, NULL, NULL);
  gint64 board_ids[2] = { chart_id (charts, 0), 0 };
  GpmDeckEditor *editor;
  g_autofree char *name = NULL;
  gpointer weak;
  gint64 board, team;

  board = make_deck (f, "Board", board_ids, 2);
  editor = open_editor (f);
  weak = editor;

  /* Create a deck, then undo it: Board is current again. */
  activate_and_wait (editor, "deck.create", g_variant_new_string ("Team"));
  team = gpm_deck_editor_get_deck_id (editor);
  g_assert_cmpint (team, !=, board);
  g_assert_nonnull (gpm_deck_editor_get_last_change (editor));
  activate_and_wait (editor, "deck.undo", NULL);
  g_assert_null (gpm_deck_editor_get_last_change (editor));
  g_assert_cmpint (gpm_deck_editor_get_deck_id (editor), ==, board);
  g_assert_cmpint (n_decks (f), ==, 1);

  /* A slide edit, undone with Ctrl+Z. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "deck.remove", "u", 1);
  g_assert_cmpuint (gpm_deck_editor_get_order (editor)->len, ==, 1);
  assert_deck (f, editor);
  g_assert_true (activate_shortcut (GTK_WIDGET (editor), GDK_KEY_z, GDK_CONTROL_MASK));
  wait_for (editor, editor_is_loaded);
  g_assert_cmpuint (gpm_deck_editor_get_order (editor)->len, ==, 2);
  assert_deck (f, editor);

  /* Rename, undone. */
  activate_and_wait (editor, "deck.rename", g_variant_new_string ("Quarterly"));
  name = deck_name (f, board);
  g_assert_cmpstr (name, ==, "Quarterly");
  g_clear_pointer (&name, g_free);
  activate_and_wait (editor, "deck.undo", NULL);
  name = deck_name (f, board);
  g_assert_cmpstr (name, ==, "Board");

  /* Delete, undone: the deck is back with its slides, and current. */
  activate_and_wait (editor, "deck.delete", NULL);
  g_assert_cmpint (n_decks (f), ==, 0);
  g_assert_cmpint (gpm_deck_editor_get_deck_id (editor), ==, 0);
  activate_and_wait (editor, "deck.undo", NULL);
  g_assert_cmpint (gpm_deck_editor_get_deck_id (editor), ==, board);
  g_assert_cmpuint (gpm_deck_editor_get_order (editor)->len, ==, 2);
  assert_deck (f, editor);

  g_object_add_weak_pointer (G_OBJECT (editor), &weak);
  gtk_window_close (GTK_WINDOW (editor));
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gpm_register_resource ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/presentation/navigation-keys", test_navigation_keys);
  ADD ("/presentation/jump-to-number", test_jump_to_number);
  ADD ("/presentation/blank", test_blank);
  ADD ("/presentation/zoom-and-prefetch", test_zoom_and_prefetch);
  ADD ("/presentation/theme", test_theme);
  ADD ("/presentation/deck-order", test_deck_order);
  ADD ("/presentation/empty", test_empty);
  ADD ("/presentation/f5-from-window", test_f5_from_window);
  ADD ("/presentation/deck-editor", test_deck_editor);
  ADD ("/presentation/timeline-slide", test_timeline_slide);
  ADD ("/presentation/deck-chooser", test_deck_chooser);
  ADD ("/presentation/deck-editor-undo", test_deck_editor_undo);
#undef ADD

  return g_test_run ();
}
