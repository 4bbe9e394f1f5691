/* test-vendors-page.c — the Vendors page under a real display (Xvfb in `make check`).
 *
 * Each test opens its own copy of the bundled dataset in a temporary folder, shows the
 * page in a window, waits until everything it reads off the main thread has arrived,
 * and then acts as a user would: typing in the search entry, choosing filters, picking
 * a vendor, filling in and saving the figure dialog, pressing Undo (the toast's
 * vendors.undo action). It asserts what is on screen and what is in the database, and
 * that the page is finalized once its window is closed.
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gpm-figure-cell.h"
#include "gpm-observation-editor.h"
#include "gpm-period.h"
#include "gpm-resources.h"
#include "gpm-store-test.h"
#include "gpm-timeline-page.h"
#include "gpm-vendor-editor.h"
#include "gpm-vendor-row.h"
#include "gpm-vendors-page.h"
#include "gpm-window.h"

typedef struct
{
  char           *dir;
  GpmStore       *store;
  GtkWindow      *window;
  GpmVendorsPage *page;
} Fixture;

/* Waiting */

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_for_frame (GtkWidget *widget)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gulong handler;

  if (clock == NULL)
    return;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

static gboolean
on_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the page has read everything, then until it has drawn. */
static void
wait_loaded (Fixture *f)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (20, on_timeout, &timed_out);

  do
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (gpm_vendors_page_get_loading (f->page))
        g_main_context_iteration (NULL, TRUE);
    }
  while (gpm_vendors_page_get_loading (f->page) && !timed_out);

  g_assert_false (timed_out);
  g_source_remove (timeout);
  wait_for_frame (GTK_WIDGET (f->window));
}

/* Set-up */

static void
open_window (Fixture *f,
             int      width,
             int      height)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, width, height);
  f->page = GPM_VENDORS_PAGE (gpm_vendors_page_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gpm_vendors_page_set_store (f->page, f->store);

  gtk_window_present (f->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->window)))
    g_main_context_iteration (NULL, TRUE);
  wait_loaded (f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("gpm-vendors-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "market.db", NULL);
  f->store = gpm_store_open (path, &error);
  g_assert_no_error (error);

  if (data == NULL)
    open_window (f, 1200, 800);
}

/* Closes the window as the user would and asserts that nothing keeps the page alive. */
static void
close_and_assert_finalized (Fixture *f)
{
  gpointer page = f->page;
  gpointer window = f->window;

  g_object_add_weak_pointer (G_OBJECT (page), &page);
  g_object_add_weak_pointer (G_OBJECT (window), &window);
  gtk_window_close (f->window);
  while ((page != NULL || window != NULL) && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (window);
  g_assert_null (page);
  f->window = NULL;
  f->page = NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (gpm_store_get_path (f->store));
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  if (f->window != NULL)
    close_and_assert_finalized (f);
  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* Looking at the page */

static gpointer
child (Fixture    *f,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->page),
                                                   GPM_TYPE_VENDORS_PAGE, name);

  g_assert_nonnull (object);
  return object;
}

/* The English names of the vendors listed, in order. */
static GPtrArray *
listed_names (Fixture *f)
{
  GListModel *model = gpm_vendors_page_get_model (f->page);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GpmVendor) vendor = g_list_model_get_item (model, i);

      g_ptr_array_add (names, g_strdup (gpm_vendor_get_name (vendor)));
    }

  return names;
}

static gboolean
names_contain (GPtrArray  *names,
               const char *name)
{
  return g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL);
}

static void
type_search (Fixture    *f,
             const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (f, "search_entry")), text);
}

/* Every figure's id and value, to compare the database before and after. */
static char *
figures_snapshot (Fixture *f)
{
  g_autoptr(GPtrArray) figures = gpm_store_list_observations (f->store, NULL, NULL, NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < figures->len; i++)
    {
      GpmObservation *figure = g_ptr_array_index (figures, i);

      g_string_append_printf (text, "%" G_GINT64_FORMAT ":%.17g;", gpm_observation_get_id (figure),
                              gpm_observation_get_value (figure));
    }

  return g_string_free (text, FALSE);
}

static gint64
vendor_id (Fixture    *f,
           const char *key)
{
  g_autoptr(GPtrArray) vendors = gpm_store_list_vendors (f->store, NULL, NULL);

  for (guint i = 0; i < vendors->len; i++)
    if (g_str_equal (gpm_vendor_get_key (g_ptr_array_index (vendors, i)), key))
      return gpm_vendor_get_id (g_ptr_array_index (vendors, i));

  g_assert_not_reached ();
}

typedef gboolean (*WidgetPredicate) (GtkWidget *widget,
                                     gpointer   data);

static GtkWidget *
find_widget (GtkWidget       *root,
             WidgetPredicate  predicate,
             gpointer         data)
{
  if (gtk_widget_get_mapped (root) && predicate (root, data))
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, predicate, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  gint64      vendor_id;
  const char *metric;
  const char *period;
} CellQuery;

static gboolean
is_figure_cell (GtkWidget *widget,
                gpointer   data)
{
  CellQuery *query = data;
  GPtrArray *figures;

  if (!GPM_IS_FIGURE_CELL (widget))
    return FALSE;

  figures = gpm_figure_cell_get_figures (GPM_FIGURE_CELL (widget));
  for (guint i = 0; figures != NULL && i < figures->len; i++)
    {
      GpmObservation *figure = g_ptr_array_index (figures, i);

      if (g_strcmp0 (gpm_observation_get_metric_key (figure), query->metric) == 0
          && g_strcmp0 (gpm_observation_get_period (figure), query->period) == 0
          && (query->vendor_id == 0 || gpm_observation_get_vendor_id (figure) == query->vendor_id))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_popover (GtkWidget *widget,
            gpointer   data)
{
  return GTK_IS_POPOVER (widget);
}

static gboolean
has_quote (GtkWidget *widget,
           gpointer   data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

static GpmFigureCell *
find_cell (Fixture    *f,
           gint64      vendor,
           const char *metric,
           const char *period)
{
  CellQuery query = { vendor, metric, period };

  return (GpmFigureCell *) find_widget (GTK_WIDGET (f->page), is_figure_cell, &query);
}

static void
select_vendor (Fixture    *f,
               const char *key)
{
  g_assert_true (gpm_vendors_page_select_vendor (f->page, vendor_id (f, key)));
  wait_loaded (f);
  g_assert_cmpstr (gpm_vendor_get_key (gpm_vendors_page_get_selected_vendor (f->page)), ==, key);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static gpointer
editor_child (GtkWidget  *editor,
              const char *name)
{
  GObject *object = gtk_widget_get_template_child (editor, GPM_TYPE_OBSERVATION_EDITOR, name);

  g_assert_nonnull (object);
  return object;
}

static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Tests */

/* Main-thread CPU time in ms: unlike wall time, it does not grow when the machine is busy
 * with other work, so the numbers reported below are comparable between runs. */
static double
thread_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}


static void
test_search_both_scripts (Fixture       *f,
                          gconstpointer  data)
{
  const struct
  {
    const char *typed;
    const char *expected;
  } cases[] = {
    { "沐曦", "MetaX" },          /* Simplified (and Traditional: the same characters) */
    { "MetaX", "MetaX" },
    { "metax", "MetaX" },         /* case folded */
    { "摩爾", "Moore Threads" },  /* Traditional */
    { "摩尔", "Moore Threads" },  /* Simplified */
    { "Ascend", "Huawei" },       /* an alias */
    { "輝達", "NVIDIA" },         /* a Taiwanese alias */
  };
  g_autoptr(GPtrArray) all = listed_names (f);

  g_assert_cmpuint (all->len, ==, 25);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "list_stack")), ==, "list");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) names = NULL;
      double cpu = thread_ms ();

      type_search (f, cases[i].typed);
      g_test_message ("search “%s”: %.2f ms CPU", cases[i].typed, thread_ms () - cpu);
      names = listed_names (f);
      g_assert_cmpuint (names->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (names, 0), ==, cases[i].expected);
    }

  /* No match: the empty state says what was searched and offers to clear. */
  type_search (f, "Nonexistent Semiconductor");
  wait_for_frame (GTK_WIDGET (f->window));
  g_assert_cmpuint (g_list_model_get_n_items (gpm_vendors_page_get_model (f->page)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "list_stack")), ==, "empty");
  g_assert_nonnull (strstr (adw_status_page_get_description (child (f, "no_results")),
                            "Nonexistent Semiconductor"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.clear-filters",
                                             NULL));
  g_assert_cmpuint (g_list_model_get_n_items (gpm_vendors_page_get_model (f->page)), ==, 25);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "list_stack")), ==, "list");

  /* Nothing selected yet: the content side says so. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "content_stack")), ==, "empty");
}

static void
test_filters_combine (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) vendors = gpm_store_list_vendors (f->store, NULL, NULL);
  GListModel *model = gpm_vendors_page_get_model (f->page);

  /* Foreign: the US companies only. */
  gtk_drop_down_set_selected (child (f, "origin_dropdown"), 2);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GpmVendor) vendor = g_list_model_get_item (model, i);

      g_assert_cmpstr (gpm_vendor_get_country (vendor), !=, "CN");
    }
  names = listed_names (f);
  g_assert_true (names_contain (names, "NVIDIA"));
  g_assert_false (names_contain (names, "MetaX"));
  g_clear_pointer (&names, g_ptr_array_unref);

  /* Domestic and NPU: Huawei, Cambricon and Enflame. */
  gtk_drop_down_set_selected (child (f, "origin_dropdown"), 1);
  gtk_drop_down_set_selected (child (f, "segment_dropdown"), 2);
  names = listed_names (f);
  g_assert_cmpuint (names->len, ==, 3);
  g_assert_true (names_contain (names, "Huawei"));
  g_assert_true (names_contain (names, "Cambricon"));
  g_assert_true (names_contain (names, "Enflame"));
  g_clear_pointer (&names, g_ptr_array_unref);

  /* …and listed: Cambricon alone. The search narrows further still. */
  gtk_drop_down_set_selected (child (f, "status_dropdown"), 1);
  names = listed_names (f);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "Cambricon");
  g_clear_pointer (&names, g_ptr_array_unref);
  type_search (f, "寒武紀");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  type_search (f, "华为");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (gtk_menu_button_get_label (child (f, "filter_button")), ==, "Filters (3)");

  /* Research firms, with the other filters cleared. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.clear-filters", NULL);
  gtk_drop_down_set_selected (child (f, "role_dropdown"), 4);
  names = listed_names (f);
  g_assert_cmpuint (names->len, ==, 4);
  g_assert_true (names_contain (names, "IDC"));
  g_clear_pointer (&names, g_ptr_array_unref);
  gtk_drop_down_set_selected (child (f, "role_dropdown"), 0);

  /* By name, chipmakers come first. */
  names = listed_names (f);
  g_assert_cmpuint (names->len, ==, vendors->len);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "AMD");
  g_assert_cmpstr (g_ptr_array_index (names, 9), ==, "Vastai Technologies");
  g_clear_pointer (&names, g_ptr_array_unref);

  /* By latest revenue: MetaX (¥743M in 2024), then Moore Threads (¥438M). */
  gtk_drop_down_set_selected (child (f, "sort_dropdown"), 1);
  names = listed_names (f);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "MetaX");
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "Moore Threads");
  g_clear_pointer (&names, g_ptr_array_unref);

  /* By valuation: NVIDIA's market cap, then Moore Threads (¥24.6B), then MetaX (¥21B). */
  gtk_drop_down_set_selected (child (f, "sort_dropdown"), 2);
  names = listed_names (f);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "NVIDIA");
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "Moore Threads");
  g_assert_cmpstr (g_ptr_array_index (names, 2), ==, "MetaX");
}

static void
test_profile_marks_and_sources (Fixture       *f,
                                gconstpointer  data)
{
  GpmFigureCell *doubtful, *reported, *forecast;
  GtkWidget *popover;
  const char *tooltip;

  select_vendor (f, "metax");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "content_stack")), ==,
                   "profile");
  g_assert_cmpstr (gtk_label_get_text (child (f, "content_title")), ==, "MetaX");

  /* The 2022 revenue the article printed wrongly: shown as printed, flagged, explained. */
  doubtful = find_cell (f, 0, "revenue", "2022");
  g_assert_nonnull (doubtful);
  g_assert_true (g_str_has_prefix (gpm_figure_cell_get_text (doubtful), "⚠"));
  g_assert_nonnull (strstr (gpm_figure_cell_get_text (doubtful), "¥4.26B"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (doubtful), "warning"));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (doubtful)));
  tooltip = gtk_widget_get_tooltip_markup (GTK_WIDGET (doubtful));
  g_assert_nonnull (strstr (tooltip, "沐曦招股書數據顯示,2022年至2025年第一季度"));
  g_assert_nonnull (strstr (tooltip, "Doubtful figure"));
  g_assert_nonnull (strstr (tooltip, "IT Times"));

  /* An ordinary figure: no mark; losses are negative. */
  reported = find_cell (f, 0, "net-profit", "2024");
  g_assert_nonnull (reported);
  g_assert_cmpstr (gpm_figure_cell_get_text (reported), ==, "−¥1.41B");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (reported), "warning"));

  /* Keyboard users get the same quote: Enter on the focused cell opens it. */
  gtk_widget_grab_focus (GTK_WIDGET (doubtful));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (doubtful)));
  while ((popover = find_widget (GTK_WIDGET (doubtful), is_popover, NULL)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (find_widget (popover, has_quote, (gpointer) "沐曦招股書數據顯示") != NULL);
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* A forecast is marked F (Huawei's 2025 Ascend shipments). */
  select_vendor (f, "huawei");
  forecast = find_cell (f, 0, "shipments", "2025");
  g_assert_nonnull (forecast);
  g_assert_nonnull (strstr (gpm_figure_cell_get_text (forecast), "F"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_markup (GTK_WIDGET (forecast)), "Forecast"));
}

static gboolean
is_chart_all_button (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                       "win.chart-spec") == 0
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Chart All") == 0;
}

static void tick (Fixture    *f,
                  const char *name);

/* A metric of thousands of figures (as an import brings) lists its latest 40 in the
 * profile, says how many there are, and offers them all in Charts; the vendor's other
 * metrics stay whole, and a comparison says it compares the latest only. Before, the profile made an object and a table column for every
 * figure (a million took 2 GB and never finished). */
static void
test_long_metric_is_summarised (Fixture       *f,
                                gconstpointer  data)
{
  gint64 metax = vendor_id (f, "metax");
  gint64 shipments = gpm_store_query_int_for_test (f->store,
                                                   "SELECT id FROM metrics WHERE key = "
                                                   "'shipments'");
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  GVariant *target;
  GtkWidget *button;

  g_assert_true (gpm_store_insert_days_for_test (f->store, metax, shipments, 2000, 5000,
                                                 periods, &error));
  g_assert_no_error (error);

  select_vendor (f, "metax");
  /* The latest figure is listed, the 41st latest is not; revenue is whole. */
  g_assert_nonnull (find_cell (f, 0, "shipments", g_ptr_array_index (periods, 4999)));
  g_assert_nonnull (find_cell (f, 0, "shipments", g_ptr_array_index (periods, 4960)));
  g_assert_null (find_cell (f, 0, "shipments", g_ptr_array_index (periods, 4959)));
  g_assert_nonnull (find_cell (f, 0, "revenue", "2022"));

  g_assert_nonnull (find_widget (GTK_WIDGET (f->page), has_quote, (gpointer) "5,000 figures"));
  button = find_widget (GTK_WIDGET (f->page), is_chart_all_button, NULL);
  g_assert_nonnull (button);
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_nonnull (strstr (g_variant_get_string (target, NULL), "shipments"));
  g_assert_nonnull (strstr (g_variant_get_string (target, NULL), "metax"));

  /* Compared with Moore Threads, the shipments table says it holds the latest only. */
  g_assert_null (find_widget (GTK_WIDGET (f->page), has_quote,
                              (gpointer) "Only the latest 40 figures"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.compare", NULL));
  wait_loaded (f);
  tick (f, "Moore Threads");
  wait_loaded (f);
  g_assert_nonnull (find_cell (f, metax, "shipments", g_ptr_array_index (periods, 4999)));
  g_assert_null (find_cell (f, metax, "shipments", g_ptr_array_index (periods, 4959)));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->page), has_quote,
                                 (gpointer) "Only the latest 40 figures"));
}

static GtkWidget *
open_figure_editor (Fixture *f)
{
  GtkWidget *editor;

  g_assert_null (find_toplevel (GPM_TYPE_OBSERVATION_EDITOR));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.add-figure", NULL));
  editor = find_toplevel (GPM_TYPE_OBSERVATION_EDITOR);
  g_assert_nonnull (editor);
  wait_for_frame (editor);

  return editor;
}

static void
fill_figure (GtkWidget  *editor,
             const char *period)
{
  gtk_editable_set_text (editor_child (editor, "period_entry"), period);
  gtk_editable_set_text (editor_child (editor, "value_entry"), "1,500,000,000");
  gtk_drop_down_set_selected (editor_child (editor, "scale_dropdown"), 0);
  gtk_drop_down_set_selected (editor_child (editor, "status_dropdown"), 1);
  gtk_drop_down_set_selected (editor_child (editor, "source_dropdown"), 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (editor_child (editor, "quote_view")),
                            "A test sentence that says revenue will reach 15億元.", -1);
}

static void
test_add_figure_then_undo (Fixture       *f,
                           gconstpointer  data)
{
  gint64 before = gpm_store_count (f->store, "observations");
  gint64 metax = vendor_id (f, "metax");
  GtkWidget *editor, *save;
  gpointer weak_editor;
  GpmFigureCell *cell;

  select_vendor (f, "metax");
  g_assert_null (find_cell (f, metax, "revenue", "2025"));

  editor = open_figure_editor (f);
  save = editor_child (editor, "save_button");
  g_assert_false (gtk_widget_get_sensitive (save));
  fill_figure (editor, "2025");
  settle ();
  g_assert_true (gtk_widget_get_sensitive (save));

  weak_editor = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), &weak_editor);
  /* A button activated from the keyboard clicks a moment later, as it shows itself
   * pressed; the dialog closes once the figure is saved. */
  g_assert_true (gtk_widget_activate (save));
  while (weak_editor != NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_loaded (f);

  /* Persisted, and shown: a forecast, so marked F. */
  g_assert_cmpint (gpm_store_count (f->store, "observations"), ==, before + 1);
  cell = find_cell (f, metax, "revenue", "2025");
  g_assert_nonnull (cell);
  g_assert_nonnull (strstr (gpm_figure_cell_get_text (cell), "¥1.5B"));
  g_assert_nonnull (strstr (gpm_figure_cell_get_text (cell), "F"));

  /* The toast's Undo removes it again, from the database and from the table. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.undo", NULL));
  wait_loaded (f);
  g_assert_cmpint (gpm_store_count (f->store, "observations"), ==, before);
  g_assert_null (find_cell (f, metax, "revenue", "2025"));
  g_assert_nonnull (find_cell (f, metax, "revenue", "2022"));
}

static void
test_edit_figure_then_undo (Fixture       *f,
                            gconstpointer  data)
{
  gint64 metax = vendor_id (f, "metax");
  g_autofree char *before = figures_snapshot (f);
  g_autofree char *changed = NULL;
  g_autofree char *after = NULL;
  GpmFigureCell *cell;
  GpmObservation *figure;
  GtkWidget *editor, *save;
  gpointer weak_editor;

  select_vendor (f, "metax");
  cell = find_cell (f, metax, "revenue", "2022");
  figure = g_ptr_array_index (gpm_figure_cell_get_figures (cell), 0);

  /* The cell's Edit button calls this action with the figure's id. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cell), "vendors.edit-figure", "x",
                                             gpm_observation_get_id (figure)));
  editor = find_toplevel (GPM_TYPE_OBSERVATION_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (editor_child (editor, "period_entry")), ==, "2022");
  g_assert_cmpstr (gtk_editable_get_text (editor_child (editor, "value_entry")), ==,
                   "4264000000");

  /* The likely true figure: 0.4264亿 entered as 42.64 million. */
  gtk_editable_set_text (editor_child (editor, "value_entry"), "42.64");
  gtk_drop_down_set_selected (editor_child (editor, "scale_dropdown"), 2);
  settle ();
  save = editor_child (editor, "save_button");
  g_assert_true (gtk_widget_get_sensitive (save));
  weak_editor = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), &weak_editor);
  g_assert_true (gtk_widget_activate (save));
  while (weak_editor != NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_loaded (f);

  cell = find_cell (f, metax, "revenue", "2022");
  g_assert_nonnull (strstr (gpm_figure_cell_get_text (cell), "¥42.64M"));
  changed = figures_snapshot (f);
  g_assert_nonnull (strstr (changed, ":42640000;"));
  g_assert_null (strstr (changed, ":4264000000;"));

  /* Undo restores the row exactly as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.undo", NULL));
  wait_loaded (f);
  after = figures_snapshot (f);
  g_assert_cmpstr (before, ==, after);
  cell = find_cell (f, metax, "revenue", "2022");
  g_assert_nonnull (strstr (gpm_figure_cell_get_text (cell), "¥4.26B"));
}

static void
test_add_vendor_then_undo (Fixture       *f,
                           gconstpointer  data)
{
  gint64 before = gpm_store_count (f->store, "vendors");
  GtkWidget *editor, *save, *name, *founded, *founded_error;
  gpointer weak_editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.add-vendor", NULL));
  editor = find_toplevel (GPM_TYPE_VENDOR_EDITOR);
  g_assert_nonnull (editor);
  save = GTK_WIDGET (gtk_widget_get_template_child (editor, GPM_TYPE_VENDOR_EDITOR,
                                                    "save_button"));
  name = GTK_WIDGET (gtk_widget_get_template_child (editor, GPM_TYPE_VENDOR_EDITOR,
                                                    "name_entry"));
  founded = GTK_WIDGET (gtk_widget_get_template_child (editor, GPM_TYPE_VENDOR_EDITOR,
                                                       "founded_entry"));
  founded_error = GTK_WIDGET (gtk_widget_get_template_child (editor, GPM_TYPE_VENDOR_EDITOR,
                                                             "founded_error"));
  g_assert_false (gtk_widget_get_sensitive (save));

  gtk_editable_set_text (GTK_EDITABLE (name), "Iluvatar CoreX");
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (
    editor, GPM_TYPE_VENDOR_EDITOR, "name_zh_entry")), "天数智芯");
  gtk_editable_set_text (GTK_EDITABLE (founded), "20l5");
  settle ();
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_get_visible (founded_error));
  gtk_editable_set_text (GTK_EDITABLE (founded), "2015");
  settle ();
  g_assert_false (gtk_widget_get_visible (founded_error));
  g_assert_true (gtk_widget_get_sensitive (save));

  weak_editor = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), &weak_editor);
  g_assert_true (gtk_widget_activate (save));
  while (weak_editor != NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_loaded (f);

  /* Saved, listed, found by its Chinese name, and shown. */
  g_assert_cmpint (gpm_store_count (f->store, "vendors"), ==, before + 1);
  type_search (f, "天数");
  g_assert_cmpuint (g_list_model_get_n_items (gpm_vendors_page_get_model (f->page)), ==, 1);
  g_assert_cmpstr (gpm_vendor_get_name (gpm_vendors_page_get_selected_vendor (f->page)), ==,
                   "Iluvatar CoreX");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.undo", NULL));
  wait_loaded (f);
  g_assert_cmpint (gpm_store_count (f->store, "vendors"), ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (gpm_vendors_page_get_model (f->page)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "content_stack")), ==, "empty");
}

static void
test_invalid_input_is_refused (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *before = figures_snapshot (f);
  g_autofree char *after = NULL;
  GtkWidget *editor, *save, *period, *period_error, *value, *value_error;
  g_autoptr(GError) expected = NULL;

  select_vendor (f, "metax");
  editor = open_figure_editor (f);
  save = editor_child (editor, "save_button");
  period = editor_child (editor, "period_entry");
  period_error = editor_child (editor, "period_error");
  value = editor_child (editor, "value_entry");
  value_error = editor_child (editor, "value_error");

  /* A fresh form is not shown in red, but cannot be saved. */
  g_assert_false (gtk_widget_get_visible (period_error));
  g_assert_false (gtk_widget_get_sensitive (save));

  fill_figure (editor, "2025/07");
  settle ();
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_get_visible (period_error));
  g_assert_true (gtk_widget_has_css_class (period, "error"));
  g_assert_false (gpm_period_parse ("2025/07", NULL, &expected));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (period_error)), ==, expected->message);

  /* Saving anyway (Ctrl+S) changes nothing and keeps the dialog open. */
  gtk_widget_activate_action (editor, "editor.save", NULL);
  settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  gtk_editable_set_text (GTK_EDITABLE (value), "12.3.4");
  settle ();
  g_assert_true (gtk_widget_get_visible (value_error));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (value_error)), "12.3.4"));

  /* Fixing both clears the messages and makes Save sensitive. */
  gtk_editable_set_text (GTK_EDITABLE (period), "2025-Q3");
  gtk_editable_set_text (GTK_EDITABLE (value), "−233,000,000");
  settle ();
  g_assert_false (gtk_widget_get_visible (period_error));
  g_assert_false (gtk_widget_has_css_class (period, "error"));
  g_assert_false (gtk_widget_get_visible (value_error));
  g_assert_true (gtk_widget_get_sensitive (save));

  gtk_window_close (GTK_WINDOW (editor));
  settle ();
  after = figures_snapshot (f);
  g_assert_cmpstr (before, ==, after);
}

static void
test_store_errors_reach_the_user (Fixture       *f,
                                  gconstpointer  data)
{
  gint64 vendors = gpm_store_count (f->store, "vendors");
  AdwMessageDialog *dialog;

  select_vendor (f, "metax");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.delete-vendor",
                                             NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  /* The store's own message: what is in the way and what to do. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "still has"));
  g_assert_cmpint (gpm_store_count (f->store, "vendors"), ==, vendors);
  /* Escape or the close response dismisses it. */
  gtk_window_close (GTK_WINDOW (dialog));
  settle ();
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

typedef struct
{
  const char *name;
} RowQuery;

static gboolean
is_vendor_row (GtkWidget *widget,
               gpointer   data)
{
  return GPM_IS_VENDOR_ROW (widget)
         && g_strcmp0 (gpm_vendor_get_name (gpm_vendor_row_get_vendor (GPM_VENDOR_ROW (widget))),
                       ((RowQuery *) data)->name) == 0;
}

static void
tick (Fixture    *f,
      const char *name)
{
  RowQuery query = { name };
  GtkWidget *row = find_widget (GTK_WIDGET (f->page), is_vendor_row, &query);
  GtkCheckButton *check;

  g_assert_nonnull (row);
  check = gpm_vendor_row_get_check (GPM_VENDOR_ROW (row));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (check)));
  gtk_check_button_set_active (check, TRUE);
}

static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  gint64 metax = vendor_id (f, "metax");
  gint64 moore = vendor_id (f, "moore-threads");
  GpmFigureCell *cell;

  select_vendor (f, "metax");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.compare", NULL));
  wait_loaded (f);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "content_stack")), ==,
                   "compare");

  /* The shown vendor is ticked already; one more makes a comparison. */
  tick (f, "Moore Threads");
  wait_loaded (f);

  /* Period-aligned: both vendors' 2022 revenue, with the same marks as in a profile. */
  cell = find_cell (f, metax, "revenue", "2022");
  g_assert_nonnull (cell);
  g_assert_true (g_str_has_prefix (gpm_figure_cell_get_text (cell), "⚠"));
  cell = find_cell (f, moore, "revenue", "2022");
  g_assert_nonnull (cell);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_markup (GTK_WIDGET (cell)), "摩爾線程"));

  /* Back to the profile. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.compare", NULL));
  wait_loaded (f);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "content_stack")), ==,
                   "profile");
}

static void
test_narrow_window (Fixture       *f,
                    gconstpointer  data)
{
  AdwLeaflet *leaflet;

  open_window (f, 360, 640);
  leaflet = child (f, "leaflet");
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  /* Activating a row (Enter, or a tap) opens the profile as a page of its own… */
  gtk_widget_activate_action (GTK_WIDGET (child (f, "list_view")), "list.activate-item", "u", 0);
  wait_loaded (f);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  g_assert_true (gtk_widget_get_visible (child (f, "back_button")));

  /* …and Back returns to the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.back", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

static gboolean
is_event_row (GtkWidget *widget,
              gpointer   data)
{
  return GTK_IS_LIST_BOX_ROW (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                       "vendors.show-event") == 0;
}

static gboolean
is_type (GtkWidget *widget,
         gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

/* Tab alone reaches every kind of control on the page, figures and their sources too. */
static void
test_keyboard_reaches_everything (Fixture       *f,
                                  gconstpointer  data)
{
  gboolean search = FALSE, filters = FALSE, row = FALSE, compare = FALSE, add_figure = FALSE;
  gboolean cell = FALSE, source = FALSE, event = FALSE;
  GtkWidget *first = NULL;

  select_vendor (f, "metax");
  gtk_widget_grab_focus (GTK_WIDGET (child (f, "search_entry")));

  for (guint i = 0; i < 400; i++)
    {
      GtkWidget *focus = gtk_window_get_focus (f->window);

      if (focus == NULL)
        break;
      if (i > 0 && focus == first)
        break;  /* round the whole page once */
      if (i == 0)
        first = focus;

      search |= gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL;
      filters |= gtk_widget_get_ancestor (focus, GTK_TYPE_MENU_BUTTON) == child (f, "filter_button");
      row |= gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW) == child (f, "list_view");
      compare |= gtk_widget_get_ancestor (focus, GTK_TYPE_TOGGLE_BUTTON) != NULL;
      add_figure |= g_strcmp0 (gtk_widget_get_tooltip_text (focus), "Add Figure") == 0;
      cell |= GPM_IS_FIGURE_CELL (focus);
      source |= g_strcmp0 (gtk_widget_get_tooltip_text (focus), "Show Source") == 0
                || (gtk_widget_get_parent (focus) != NULL
                    && g_strcmp0 (gtk_widget_get_tooltip_text (gtk_widget_get_parent (focus)),
                                  "Show Source") == 0);
      event |= is_event_row (focus, NULL);

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
    }

  g_assert_true (search);
  g_assert_true (filters);
  g_assert_true (row);
  g_assert_true (compare);
  g_assert_true (add_figure);
  g_assert_true (cell);
  g_assert_true (source);
  g_assert_true (event);
}

/* In the real window: activating one of the vendor's events opens the Timeline page on
 * that event. */
static void
test_event_opens_timeline (Fixture       *f,
                           gconstpointer  data)
{
  GpmWindow *window = GPM_WINDOW (g_object_new (GPM_TYPE_WINDOW, NULL));
  GtkWidget *row, *timeline;
  GVariant *target;

  f->window = GTK_WINDOW (window);
  gpm_window_set_store (window, f->store);
  gpm_window_show_page (window, "vendors");
  gtk_window_present (f->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->window)))
    g_main_context_iteration (NULL, TRUE);
  f->page = GPM_VENDORS_PAGE (find_widget (GTK_WIDGET (window), is_type,
                                           GSIZE_TO_POINTER (GPM_TYPE_VENDORS_PAGE)));
  g_assert_nonnull (f->page);
  wait_loaded (f);
  select_vendor (f, "metax");

  row = find_widget (GTK_WIDGET (f->page), is_event_row, NULL);
  g_assert_nonnull (row);
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
  g_assert_true (gtk_widget_activate (row));
  settle ();

  g_assert_cmpstr (gpm_window_get_page (window), ==, "timeline");
  timeline = find_widget (GTK_WIDGET (window), is_type,
                          GSIZE_TO_POINTER (GPM_TYPE_TIMELINE_PAGE));
  g_assert_nonnull (timeline);
  g_assert_cmpint (gpm_timeline_page_get_selected (GPM_TIMELINE_PAGE (timeline)), ==,
                   g_variant_get_int64 (target));
  gpm_window_show_page (window, "vendors");
}

/* 1,000 more vendors: every filter still answers in one pass. Correctness is asserted;
 * the time is reported for a person to read, not asserted (machines differ). */
static void
test_thousand_vendors (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *model;
  const struct
  {
    const char *search;
    guint       segment;
    guint       origin;
    guint       expected;
  } cases[] = {
    { "Test Vendor 0999", 0, 0, 1 },
    { "测试厂商", 0, 0, 1000 },
    { "測試廠商", 0, 0, 1000 },    /* the same, in Traditional characters */
    { "", 2, 0, 333 + 3 },         /* NPU: every third, and Huawei, Cambricon, Enflame */
    { "Test", 0, 1, 500 },         /* domestic */
    { "沐曦", 0, 0, 1 },
  };

  /* Odd numbers are domestic, every third is an NPU maker; names in both scripts. */
  for (guint i = 1; i <= 1000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Test Vendor %04u", i);
      g_autofree char *name_zh = g_strdup_printf ("测试厂商%04u", i);
      g_autofree char *name_zh_hant = g_strdup_printf ("測試廠商%04u", i);
      g_autoptr(GpmVendor) vendor = gpm_vendor_new (NULL, name);

      gpm_vendor_set_name_zh (vendor, name_zh);
      gpm_vendor_set_name_zh_hant (vendor, name_zh_hant);
      gpm_vendor_set_country (vendor, i % 2 == 1 ? "CN" : "US");
      gpm_vendor_set_segments (vendor, i % 3 == 0 ? "npu" : "gpgpu");
      gpm_vendor_set_listing_status (vendor, "private");
      g_assert_true (gpm_store_add_vendor (f->store, vendor, NULL, &error));
      g_assert_no_error (error);
    }

  open_window (f, 1200, 800);
  model = gpm_vendors_page_get_model (f->page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1025);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu = thread_ms ();

      gtk_drop_down_set_selected (child (f, "segment_dropdown"), cases[i].segment);
      gtk_drop_down_set_selected (child (f, "origin_dropdown"), cases[i].origin);
      type_search (f, cases[i].search);
      g_test_message ("filter “%s” (segment %u, origin %u): %u of 1025 vendors in %.2f ms "
                      "(%.2f ms CPU)", cases[i].search, cases[i].segment, cases[i].origin,
                      g_list_model_get_n_items (model),
                      (g_get_monotonic_time () - start) / 1000.0, thread_ms () - cpu);
      wait_for_frame (GTK_WIDGET (f->window));
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, cases[i].expected);
    }

  {
    gint64 start = g_get_monotonic_time ();
    double cpu = thread_ms ();

    gtk_widget_activate_action (GTK_WIDGET (f->page), "vendors.clear-filters", NULL);
    gtk_drop_down_set_selected (child (f, "sort_dropdown"), 1);
    g_test_message ("clear and sort 1025 vendors by revenue: %.2f ms (%.2f ms CPU)",
                    (g_get_monotonic_time () - start) / 1000.0, thread_ms () - cpu);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1025);
  }
  wait_for_frame (GTK_WIDGET (f->window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gpm_register_resource ();

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/vendors-page/search-both-scripts", test_search_both_scripts, NULL);
  ADD ("/vendors-page/filters-combine", test_filters_combine, NULL);
  ADD ("/vendors-page/profile-marks-and-sources", test_profile_marks_and_sources, NULL);
  ADD ("/vendors-page/long-metric-is-summarised", test_long_metric_is_summarised, NULL);
  ADD ("/vendors-page/add-figure-then-undo", test_add_figure_then_undo, NULL);
  ADD ("/vendors-page/edit-figure-then-undo", test_edit_figure_then_undo, NULL);
  ADD ("/vendors-page/add-vendor-then-undo", test_add_vendor_then_undo, NULL);
  ADD ("/vendors-page/invalid-input-is-refused", test_invalid_input_is_refused, NULL);
  ADD ("/vendors-page/store-errors-reach-the-user", test_store_errors_reach_the_user, NULL);
  ADD ("/vendors-page/compare", test_compare, NULL);
  ADD ("/vendors-page/keyboard-reaches-everything", test_keyboard_reaches_everything, NULL);
  ADD ("/vendors-page/narrow-window", test_narrow_window, "no window");
  ADD ("/vendors-page/event-opens-timeline", test_event_opens_timeline, "no window");
  ADD ("/vendors-page/thousand-vendors", test_thousand_vendors, "no window");

#undef ADD

  return g_test_run ();
}
