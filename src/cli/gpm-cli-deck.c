/* gpm-cli-deck.c — `gpu-market export-deck`: the presentation deck as one multi-page PDF,
 * for handouts.
 *
 * The pages are the slides Present shows (gpm_store_list_deck_charts), each drawn by the
 * renderer the window and export-chart use, one chart a page. Every chart is queried and
 * checked to fit before anything is written; the file is written under a temporary
 * name and renamed into place, so a failure leaves no half-written handout.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "gpm-chart-presets.h"
#include "gpm-chart-query.h"
#include "gpm-chart-renderer.h"
#include "gpm-cli-private.h"
#include "gpm-store-decks.h"

#define COMMAND "export-deck"

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
parse_language (const char  *text,
                GpmLanguage *language)
{
  const char * const *names = g_get_language_names ();

  if (text == NULL)
    {
      *language = GPM_LANGUAGE_EN;
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_has_prefix (names[i], "zh_TW") || g_str_has_prefix (names[i], "zh_HK"))
          return (*language = GPM_LANGUAGE_ZH_TW, TRUE);
        else if (g_str_has_prefix (names[i], "zh"))
          return (*language = GPM_LANGUAGE_ZH_CN, TRUE);
      return TRUE;
    }

  if (g_str_equal (text, "en"))
    *language = GPM_LANGUAGE_EN;
  else if (g_str_equal (text, "zh_CN"))
    *language = GPM_LANGUAGE_ZH_CN;
  else if (g_str_equal (text, "zh_TW"))
    *language = GPM_LANGUAGE_ZH_TW;
  else
    return FALSE;

  return TRUE;
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

/* The exchange rate the user set in the app, when its settings are installed; else
 * the article's own pair, as export-chart does. */
static double
read_rate (char **date)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  double rate;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL
      || !g_settings_schema_has_key (schema, "cny-per-usd"))
    {
      *date = g_strdup ("2025-07-15");
      return 7.1724;
    }

  settings = g_settings_new (APP_ID);
  rate = g_settings_get_double (settings, "cny-per-usd");
  *date = g_settings_get_string (settings, "rate-date");
  return rate;
}

/* Queries every slide first: a chart that fails stops the run before a file exists. */
static GPtrArray *
query_slides (GpmStore            *store,
              GPtrArray           *charts,
              GpmLanguage          language,
              const GpmChartStyle *style,
              int                  width,
              int                  height,
              GError             **error)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (
    (GDestroyNotify) gpm_chart_data_unref);
  g_autofree char *rate_date = NULL;
  double rate = read_rate (&rate_date);

  for (guint i = 0; i < charts->len; i++)
    {
      GpmSavedChart *chart = g_ptr_array_index (charts, i);
      g_autoptr(GpmChartSpec) spec = NULL;
      GpmChartQueryOptions options = { 0 };
      GpmChartData *data = NULL;

      options.language = language;
      options.cny_per_usd = rate;
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
      g_ptr_array_add (pages, data);
    }

  return g_steal_pointer (&pages);
}

static gboolean
write_pdf (const char           *path,
           GPtrArray            *pages,
           const GpmChartStyle  *style,
           int                   width,
           int                   height,
           GError              **error)
{
  g_autofree char *tmp = g_strconcat (path, ".part", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (tmp, width, height);
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Presentation"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "GPU Market");
  for (guint i = 0; i < pages->len; i++)
    {
      cairo_t *cr = cairo_create (surface);

      gpm_chart_render (cr, width, height, g_ptr_array_index (pages, i), style, NULL);
      cairo_show_page (cr);
      cairo_destroy (cr);
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status == CAIRO_STATUS_SUCCESS && g_rename (tmp, path) == 0)
    return TRUE;

  g_unlink (tmp);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), path,
               status != CAIRO_STATUS_SUCCESS ? cairo_status_to_string (status)
                                              : g_strerror (errno));
  return FALSE;
}

int
gpm_cli_export_deck (int    argc,
                     char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *database = NULL;
  g_autofree char *theme_name = NULL;
  g_autofree char *lang_name = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GpmChartStyle) style = NULL;
  GpmChartTheme theme;
  GpmLanguage language;
  gboolean transparent;
  int width = 1600, height = 900;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"),
      N_("FILE") },
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
  g_option_context_set_summary (context, _("Export the presentation deck as one PDF, a chart "
                                           "a page, for handouts."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (output == NULL)
    return usage_error (_("say which file to write with -o FILE"));
  if (!parse_theme (theme_name, &theme, &transparent))
    return usage_error (_("the theme must be light, dark, transparent or high-contrast"));
  if (!parse_language (lang_name, &language))
    return usage_error (_("the language must be en, zh_CN or zh_TW"));
  if (width < 1 || height < 1 || width > 20000 || height > 20000)
    return usage_error (_("width and height must be between 1 and 20000"));

  store = gpm_cli_open_store (database, &error);
  if (store == NULL || (charts = gpm_store_list_deck_charts (store, NULL, &error)) == NULL)
    return fail (error);
  if (charts->len == 0)
    return usage_error (_("there are no saved charts to export"));

  style = gpm_chart_style_new (theme, language);
  gpm_chart_style_set_transparent (style, transparent);
  pages = query_slides (store, charts, language, style, width, height, &error);
  if (pages == NULL || !write_pdf (output, pages, style, width, height, &error))
    return fail (error);

  return 0;
}
