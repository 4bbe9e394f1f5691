/* gpm-cli-charts.c — `gpu-market list-charts` and `gpu-market export-chart`.
 *
 * Both read the saved charts from the database; export-chart runs the chart's query
 * and draws it with the renderer the window uses, into PNG, SVG or PDF, without a
 * display. Same database, chart and options give the same bytes.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "gpm-chart-export.h"
#include "gpm-chart-presets.h"
#include "gpm-chart-query.h"
#include "gpm-chart-renderer.h"
#include "gpm-cli-private.h"

int
gpm_cli_list_charts (int    argc,
                     char **argv)
{
  g_autofree char *database = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Read the database at PATH instead of your own"), N_("PATH") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("List the saved charts: id and name."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      gpm_cli_print_error ("list-charts", error);
      return 2;
    }

  store = gpm_cli_open_store (database, &error);
  if (store == NULL || (charts = gpm_store_list_saved_charts (store, NULL, &error)) == NULL)
    {
      gpm_cli_print_error ("list-charts", error);
      return 1;
    }

  for (guint i = 0; i < charts->len; i++)
    {
      GpmSavedChart *chart = g_ptr_array_index (charts, i);

      g_print ("%" G_GINT64_FORMAT "\t%s\n", gpm_saved_chart_get_id (chart),
               gpm_saved_chart_get_name (chart));
    }

  return 0;
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
    {
      *theme = GPM_CHART_THEME_LIGHT;
      *transparent = TRUE;
    }
  else if (g_str_equal (text, "high-contrast"))
    *theme = GPM_CHART_THEME_HIGH_CONTRAST;
  else
    return FALSE;

  return TRUE;
}

/* The format named by --format, or by the output file's extension. */
static gboolean
pick_format (const char     *name,
             const char     *output,
             GpmChartFormat *format)
{
  const char *dot;

  if (name != NULL)
    return gpm_chart_format_from_name (name, format);

  dot = strrchr (output, '.');
  if (dot == NULL || !gpm_chart_format_from_name (dot + 1, format))
    *format = GPM_CHART_FORMAT_PNG;

  return TRUE;
}

static int
fail (GError *error)
{
  gpm_cli_print_error ("export-chart", error);
  return 1;
}

static int
usage_error (const char *message)
{
  g_printerr ("gpu-market export-chart: %s\n", message);
  return 2;
}

/* What every chart of one export-chart run shares. */
typedef struct
{
  GpmStore       *store;
  GpmChartFormat  format;
  GpmChartTheme   theme;
  gboolean        transparent;
  GpmLanguage     language;
  int             width;
  int             height;
  double          scale;
  double          cny_per_usd;
  const char     *rate_date;
} ExportRun;

static gboolean
export_one (ExportRun      *run,
            GpmSavedChart  *chart,
            GFile          *file,
            GError        **error)
{
  g_autoptr(GpmChartSpec) spec = NULL;
  g_autoptr(GpmChartData) data = NULL;
  g_autoptr(GpmChartStyle) style = NULL;
  GpmChartQueryOptions options = { 0 };

  options.language = run->language;
  options.cny_per_usd = run->cny_per_usd;
  options.rate_date = run->rate_date;
  options.title = gpm_chart_preset_title (gpm_saved_chart_get_name (chart), run->language);
  style = gpm_chart_style_new (run->theme, run->language);
  gpm_chart_style_set_transparent (style, run->transparent);

  /* The query summarises long series for this picture, so drawing reads them once. */
  options.width = run->width;
  options.height = run->height;
  options.scale = run->format == GPM_CHART_FORMAT_PNG ? run->scale : 1.0;
  options.style = style;
  spec = gpm_chart_spec_new_from_json (gpm_saved_chart_get_spec (chart), error);
  if (spec == NULL || (data = gpm_chart_query_run (run->store, spec, &options, NULL,
                                                   error)) == NULL)
    return FALSE;

  return gpm_chart_export (data, style, run->format, run->width, run->height, run->scale,
                           file, NULL, error);
}

/* --all: every saved chart to DIR/<its name>.<ext>; two charts whose names make the
 * same file name get their id added. Each file is replaced atomically, so a failure
 * leaves the charts before it complete and nothing half-written. */
static int
export_all (ExportRun  *run,
            GPtrArray  *charts,
            const char *output)
{
  static const char *extensions[] = { "png", "svg", "pdf" };
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GFile) dir = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;
  gboolean created = g_file_make_directory_with_parents (dir, NULL, &error);

  if (!created && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return fail (error);
  g_clear_error (&error);

  for (guint i = 0; i < charts->len; i++)
    {
      GpmSavedChart *chart = g_ptr_array_index (charts, i);
      g_autofree char *base = gpm_export_safe_file_name (gpm_saved_chart_get_name (chart));
      g_autofree char *name = g_strconcat (base, ".", extensions[run->format], NULL);
      g_autoptr(GFile) file = NULL;

      if (g_hash_table_contains (used, name))
        {
          g_free (name);
          name = g_strdup_printf ("%s-%" G_GINT64_FORMAT ".%s", base,
                                  gpm_saved_chart_get_id (chart), extensions[run->format]);
        }
      g_hash_table_add (used, g_strdup (name));
      file = g_file_get_child (dir, name);
      if (!export_one (run, chart, file, &error))
        {
          g_prefix_error (&error, "%s: ", gpm_saved_chart_get_name (chart));
          /* A directory made for this run goes again if nothing got into it. */
          if (created && i == 0)
            g_file_delete (dir, NULL, NULL);
          return fail (error);
        }
    }

  return 0;
}

int
gpm_cli_export_chart (int    argc,
                      char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *theme_name = NULL;
  g_autofree char *lang_name = NULL;
  g_autofree char *rate_date = NULL;
  int width = 1600, height = 900;
  double scale = 1.0;
  gboolean all = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GpmStore) store = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(GFile) file = NULL;
  GpmChartQueryOptions options = { 0 };
  ExportRun run = { 0 };
  GpmSavedChart *chart;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the chart to FILE (with --all: into the directory FILE)"), N_("FILE") },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all,
      N_("Export every saved chart, each to a file named after it"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("png, svg or pdf (default: from the file name, else png)"), N_("FORMAT") },
    { "width", 'W', 0, G_OPTION_ARG_INT, &width, N_("Width in logical pixels (default 1600)"),
      N_("W") },
    { "height", 'H', 0, G_OPTION_ARG_INT, &height,
      N_("Height in logical pixels (default 900)"), N_("H") },
    { "scale", 's', 0, G_OPTION_ARG_DOUBLE, &scale,
      N_("Device pixels per logical pixel for PNG: 1, 2 or 3"), N_("S") },
    { "theme", 't', 0, G_OPTION_ARG_STRING, &theme_name,
      N_("light (default), dark, transparent or high-contrast"), N_("THEME") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang_name,
      N_("Label language: en, zh_CN or zh_TW (default: your locale)"), N_("LANG") },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Read the database at PATH instead of your own"), N_("PATH") },
    { NULL }
  };

  context = g_option_context_new (_("NAME-OR-ID"));
  g_option_context_set_summary (context, _("Draw a saved chart into a PNG, SVG or PDF file."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);

  if (all && argc != 1)
    return usage_error (_("name no chart with --all: it exports every saved chart"));
  if (!all && argc != 2)
    return usage_error (_("name one saved chart (see gpu-market list-charts)"));
  if (output == NULL)
    return usage_error (all ? _("say which directory to write the charts to with -o DIR")
                            : _("say where to write the chart with -o FILE"));
  if (!pick_format (format_name, all ? "" : output, &run.format))
    return usage_error (_("the format must be png, svg or pdf"));
  if (!parse_theme (theme_name, &run.theme, &run.transparent))
    return usage_error (_("the theme must be light, dark, transparent or high-contrast"));
  if (!gpm_cli_parse_language (lang_name, &run.language))
    return usage_error (_("the language must be en, zh_CN or zh_TW"));
  if (width <= 0 || height <= 0 || width > 20000 || height > 20000)
    return usage_error (_("width and height must be between 1 and 20000"));
  if (scale < 0.5 || scale > 4)
    return usage_error (_("the scale must be between 0.5 and 4"));

  store = gpm_cli_open_store (database, &error);
  if (store == NULL || (charts = gpm_store_list_saved_charts (store, NULL, &error)) == NULL)
    return fail (error);

  gpm_cli_read_rate (&options, &rate_date);
  run.store = store;
  run.width = width;
  run.height = height;
  run.scale = scale;
  run.cny_per_usd = options.cny_per_usd;
  run.rate_date = rate_date;

  if (all)
    return export_all (&run, charts, output);

  chart = gpm_cli_find_chart (charts, argv[1]);
  if (chart == NULL)
    {
      g_printerr (_("gpu-market export-chart: there is no saved chart “%s” "
                    "(see gpu-market list-charts)\n"), argv[1]);
      return 1;
    }

  file = g_file_new_for_commandline_arg (output);
  if (!export_one (&run, chart, file, &error))
    return fail (error);

  return 0;
}
