/* gpm-cli-deck.c — `gpu-market export-deck`: a presentation deck as one multi-page PDF,
 * for handouts.
 *
 * The pages are the slides Present shows (gpm_deck_show_load): a chart drawn by
 * the renderer the window and export-chart use, or the timeline at the slide's range
 * drawn by the timeline renderer, one slide a page. Every slide is prepared and checked
 * to fit before anything is written; the file is written under a temporary name and
 * renamed into place, so a failure leaves no half-written handout. The PDF's dates come
 * from the data, not the clock, so the same database and options give the same bytes.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gpm-chart-export.h"
#include "gpm-chart-presets.h"
#include "gpm-chart-query.h"
#include "gpm-chart-renderer.h"
#include "gpm-cli-private.h"
#include "gpm-safe-file.h"
#include "gpm-store-decks.h"
#include "gpm-deck-show.h"

#define COMMAND "export-deck"

/* The timeline's labels a little larger than the Timeline page's, as a chart page's
 * title is larger than its ticks: a handout page is seen smaller than a screen. */
#define TIMELINE_TYPE_SCALE 1.25

/* One page: a chart's data, or the timeline at a range. */
typedef struct
{
  GpmChartData     *data;
  GpmTimelineSlide *timeline;
} Page;

static void
page_free (Page *page)
{
  g_clear_pointer (&page->data, gpm_chart_data_unref);
  g_clear_pointer (&page->timeline, gpm_timeline_slide_free);
  g_free (page);
}

static int
fail (GError *error)
{
  gpm_cli_print_error (COMMAND, error);
  return 1;
}

static int
usage_error (const char *message)
{
  g_printerr ("gpu-market %s: %s\n", COMMAND, message);
  return 2;
}

static gboolean
parse_theme (const char    *text,
             GpmChartTheme *theme,
             gboolean      *transparent)
{
  *transparent = FALSE;
  if (text == NULL || g_str_equal (text, "light"))
    *theme = GPM_CHART_THEME_LIGHT;
  else if (g_str_equal (text, "dark"))
    *theme = GPM_CHART_THEME_DARK;
  else if (g_str_equal (text, "transparent"))
    *theme = GPM_CHART_THEME_LIGHT, *transparent = TRUE;
  else if (g_str_equal (text, "high-contrast"))
    *theme = GPM_CHART_THEME_HIGH_CONTRAST;
  else
    return FALSE;

  return TRUE;
}

/* The app's settings, when its schema is installed (not in a bare CI checkout). */
static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL
      || !g_settings_schema_has_key (schema, "cny-per-usd")
      || !g_settings_schema_has_key (schema, "presentation-deck"))
    return NULL;

  return g_settings_new (APP_ID);
}

/* The exchange rate the user set in the app; else the article's own pair, as
 * export-chart does. */
static double
read_rate (GSettings  *settings,
           char      **date)
{
  if (settings == NULL)
    {
      *date = g_strdup ("2025-07-15");
      return 7.1724;
    }

  *date = g_settings_get_string (settings, "rate-date");
  return g_settings_get_double (settings, "cny-per-usd");
}

static GpmChartData *
query_chart (GpmStore            *store,
             GpmSavedChart       *chart,
             GpmLanguage          language,
             GSettings           *settings,
             const GpmChartStyle *style,
             int                  width,
             int                  height,
             GError             **error)
{
  g_autoptr(GpmChartSpec) spec = NULL;
  g_autofree char *rate_date = NULL;
  GpmChartQueryOptions options = { 0 };
  GpmChartData *data = NULL;

  options.language = language;
  options.cny_per_usd = read_rate (settings, &rate_date);
  options.rate_date = rate_date;
  options.title = gpm_chart_preset_title (gpm_saved_chart_get_name (chart), language);
  options.width = width;
  options.height = height;
  options.style = style;
  spec = gpm_chart_spec_new_from_json (gpm_saved_chart_get_spec (chart), error);
  if (spec != NULL)
    data = gpm_chart_query_run (store, spec, &options, NULL, error);
  if (data == NULL || !gpm_chart_layout_check (width, height, data, style, error))
    {
      g_clear_pointer (&data, gpm_chart_data_unref);
      g_prefix_error (error, "%s: ", gpm_saved_chart_get_name (chart));
      return NULL;
    }

  return data;
}

/* Prepares every slide first: one that fails stops the run before a file exists. */
static GPtrArray *
prepare_pages (GpmStore            *store,
               GpmDeckShow         *show,
               GpmLanguage          language,
               GSettings           *settings,
               const GpmChartStyle *style,
               int                  width,
               int                  height,
               GError             **error)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);

  for (guint i = 0; i < show->slides->len; i++)
    {
      GpmDeckSlide *slide = g_ptr_array_index (show->slides, i);
      Page *page = g_new0 (Page, 1);

      g_ptr_array_add (pages, page);
      if (slide->timeline_range != NULL)
        {
          page->timeline = g_steal_pointer (&g_ptr_array_index (show->timelines, i));
          if (page->timeline == NULL)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The timeline range “%s” is not valid."), slide->timeline_range);
              return NULL;
            }
        }
      else if (slide->chart != NULL)
        {
          page->data = query_chart (store, slide->chart, language, settings, style, width,
                                    height, error);
          if (page->data == NULL)
            return NULL;
        }
      /* else a chart deleted while the list was read: no page */
    }

  return g_steal_pointer (&pages);
}

/* The newest source date of the charts: the same data gives the same date. */
static char *
pages_date (GPtrArray *pages)
{
  char *newest = g_strdup ("1970-01-01T00:00:00Z");

  for (guint i = 0; i < pages->len; i++)
    {
      Page *page = g_ptr_array_index (pages, i);
      g_autofree char *date = NULL;

      if (page->data == NULL)
        continue;
      date = gpm_chart_export_dup_pdf_date (page->data);
      if (strcmp (date, newest) > 0)
        {
          g_free (newest);
          newest = g_steal_pointer (&date);
        }
    }

  return newest;
}

static gboolean
write_pdf (const char           *path,
           const char           *title,
           GPtrArray            *pages,
           const GpmChartStyle  *style,
           int                   width,
           int                   height,
           GError              **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GpmSafeFile) out = gpm_safe_file_new (file, error);
  g_autofree char *date = pages_date (pages);
  cairo_surface_t *surface;
  cairo_status_t status;

  if (out == NULL)
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (gpm_safe_file_cairo_write, out, width, height);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "GPU Market");
  gpm_export_set_pdf_date (surface, date);
  for (guint i = 0; i < pages->len; i++)
    {
      Page *page = g_ptr_array_index (pages, i);
      cairo_t *cr;

      if (page->data == NULL && page->timeline == NULL)
        continue;
      cr = cairo_create (surface);
      if (page->data != NULL)
        gpm_chart_render (cr, width, height, page->data, style, NULL);
      else
        gpm_timeline_slide_render (page->timeline, cr, width, height, TIMELINE_TYPE_SCALE);
      cairo_show_page (cr);
      cairo_destroy (cr);
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* A write error is the safe file's to report; any other failure is cairo's. */
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return gpm_safe_file_commit (out, NULL, error);
}

/* The deck --deck names, else the one Present shows (remembered by the app), else the
 * first by name; @title gets its name for the PDF's title. */
static gboolean
resolve_deck (GpmStore    *store,
              const char  *name,
              GSettings   *settings,
              gint64      *deck_id,
              char       **title,
              GError     **error)
{
  g_autoptr(GPtrArray) decks = NULL;

  *deck_id = 0;
  if (name != NULL)
    *deck_id = gpm_store_find_deck (store, name, error);
  else if (settings != NULL)
    *deck_id = g_settings_get_int64 (settings, "presentation-deck");
  if (name != NULL && *deck_id == 0)
    return FALSE;

  decks = gpm_store_list_decks (store, NULL, error);
  if (decks == NULL)
    return FALSE;
  for (guint i = 0; i < decks->len; i++)
    {
      GpmDeck *deck = g_ptr_array_index (decks, i);

      if (deck->id == *deck_id || (i == 0 && *title == NULL))
        {
          g_free (*title);
          *title = g_strdup (deck->name);
        }
    }
  if (*title == NULL)
    *title = g_strdup (_("Presentation"));

  return TRUE;
}

int
gpm_cli_export_deck (int    argc,
                     char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *database = NULL;
  g_autofree char *theme_name = NULL;
  g_autofree char *lang_name = NULL;
  g_autofree char *deck_name = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GpmDeckShow) show = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GpmChartStyle) style = NULL;
  GpmChartTheme theme;
  GpmLanguage language;
  gboolean transparent;
  gint64 deck_id;
  int width = 1600, height = 900;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"),
      N_("FILE") },
    { "deck", 0, 0, G_OPTION_ARG_STRING, &deck_name,
      N_("Export the deck named NAME (default: the deck Present shows)"), N_("NAME") },
    { "width", 'W', 0, G_OPTION_ARG_INT, &width, N_("Page width in points (default 1600)"),
      N_("W") },
    { "height", 'H', 0, G_OPTION_ARG_INT, &height, N_("Page height in points (default 900)"),
      N_("H") },
    { "theme", 't', 0, G_OPTION_ARG_STRING, &theme_name,
      N_("light (default), dark, transparent or high-contrast"), N_("THEME") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang_name,
      N_("Label language: en, zh_CN or zh_TW (default: your locale)"), N_("LANG") },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Read the database at PATH instead of your own"), N_("PATH") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Export a presentation deck as one PDF, a slide a "
                                           "page, for handouts."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (output == NULL)
    return usage_error (_("say which file to write with -o FILE"));
  if (!parse_theme (theme_name, &theme, &transparent))
    return usage_error (_("the theme must be light, dark, transparent or high-contrast"));
  if (!gpm_cli_parse_language (lang_name, &language))
    return usage_error (_("the language must be en, zh_CN or zh_TW"));
  if (width < 1 || height < 1 || width > 20000 || height > 20000)
    return usage_error (_("width and height must be between 1 and 20000"));

  settings = open_settings ();
  store = gpm_cli_open_store (database, &error);
  if (store == NULL || !resolve_deck (store, deck_name, settings, &deck_id, &title, &error)
      || (show = gpm_deck_show_load (store, deck_id, language, theme, NULL, &error)) == NULL)
    return fail (error);
  if (show->slides->len == 0)
    return usage_error (_("there are no saved charts to export"));

  style = gpm_chart_style_new (theme, language);
  gpm_chart_style_set_transparent (style, transparent);
  pages = prepare_pages (store, show, language, settings, style, width, height, &error);
  if (pages == NULL || !write_pdf (output, title, pages, style, width, height, &error))
    return fail (error);

  return 0;
}
