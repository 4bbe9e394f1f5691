/* gpm-vendor-format.c — names, labels and figure text for the Vendors page.
 *
 * Every string the user reads about a figure is made here, so the list, the profile's
 * table, the comparison and the tooltips mark forecasts and doubtful figures the same
 * way, and a screen reader hears what a sighted reader sees.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gpm-number-format.h"
#include "gpm-vendor-format.h"

/**
 * gpm_vendors_language:
 *
 * The language of the user interface, as gettext picks it: the first of the user's
 * languages. Chinese in Taiwan, Hong Kong or Macau (or an explicit Hant) reads
 * Traditional characters.
 */
GpmLanguage
gpm_vendors_language (void)
{
  const char * const *names = g_get_language_names ();

  if (names == NULL || names[0] == NULL)
    return GPM_LANGUAGE_EN;

  return gpm_language_from_string (names[0]);
}

const char *
gpm_pick_chinese_name (const char  *simplified,
                       const char  *traditional,
                       GpmLanguage  language)
{
  if (language == GPM_LANGUAGE_ZH_TW && traditional != NULL && *traditional != '\0')
    return traditional;
  if (simplified != NULL && *simplified != '\0')
    return simplified;

  return traditional != NULL ? traditional : "";
}

static const char *
chinese_name (GpmVendor   *vendor,
              GpmLanguage  language)
{
  return gpm_pick_chinese_name (gpm_vendor_get_name_zh (vendor),
                                gpm_vendor_get_name_zh_hant (vendor), language);
}

/* The name in the reader's script, falling back to the English one. */
const char *
gpm_vendor_primary_name (GpmVendor   *vendor,
                         GpmLanguage  language)
{
  const char *zh;

  g_return_val_if_fail (GPM_IS_VENDOR (vendor), "");

  zh = chinese_name (vendor, language);
  if (language != GPM_LANGUAGE_EN && *zh != '\0')
    return zh;

  return gpm_vendor_get_name (vendor);
}

/* The other name, or "" when it would only repeat the first (AMD, AMD). */
const char *
gpm_vendor_secondary_name (GpmVendor   *vendor,
                           GpmLanguage  language)
{
  const char *primary, *other;

  g_return_val_if_fail (GPM_IS_VENDOR (vendor), "");

  primary = gpm_vendor_primary_name (vendor, language);
  other = primary == gpm_vendor_get_name (vendor) ? chinese_name (vendor, language)
                                                  : gpm_vendor_get_name (vendor);

  return g_strcmp0 (primary, other) == 0 ? "" : other;
}

gboolean
gpm_vendor_is_domestic (GpmVendor *vendor)
{
  g_return_val_if_fail (GPM_IS_VENDOR (vendor), FALSE);

  return g_ascii_strcasecmp (gpm_vendor_get_country (vendor), "CN") == 0;
}

gboolean
gpm_vendor_has_segment (GpmVendor  *vendor,
                        const char *segment)
{
  const char *segments = gpm_vendor_get_segments (vendor);
  gsize length = strlen (segment);

  /* Segments are ';'-separated words; match whole words without splitting. */
  for (const char *p = strstr (segments, segment); p != NULL; p = strstr (p + 1, segment))
    if ((p == segments || p[-1] == ';' || p[-1] == ' ')
        && (p[length] == '\0' || p[length] == ';' || p[length] == ' '))
      return TRUE;

  return FALSE;
}

typedef struct
{
  const char *code;
  const char *label;
} Label;

static const char *
lookup (const Label *labels,
        gsize        n_labels,
        const char  *code)
{
  for (gsize i = 0; i < n_labels; i++)
    if (g_strcmp0 (labels[i].code, code) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "vendor", labels[i].label);

  return code != NULL ? code : "";
}

#define LOOKUP(labels, code) lookup (labels, G_N_ELEMENTS (labels), code)

const char *
gpm_listing_status_label (const char *status)
{
  static const Label labels[] = {
    { "listed", NC_("vendor", "Listed") },
    { "ipo-filed", NC_("vendor", "IPO filed") },
    { "ipo-tutoring", NC_("vendor", "In IPO tutoring") },
    { "private", NC_("vendor", "Private") },
    { "unknown", NC_("vendor", "Status unknown") },
  };

  return LOOKUP (labels, status);
}

const char *
gpm_role_label (const char *role)
{
  static const Label labels[] = {
    { "chipmaker", NC_("vendor", "Chipmaker") },
    { "customer", NC_("vendor", "Customer") },
    { "supplier", NC_("vendor", "Supplier") },
    { "foundry", NC_("vendor", "Foundry") },
    { "cloud", NC_("vendor", "Cloud provider") },
    { "server-maker", NC_("vendor", "Server maker") },
    { "research", NC_("vendor", "Research firm") },
    { "other", NC_("vendor", "Other") },
  };

  return LOOKUP (labels, role);
}

const char *
gpm_segment_label (const char *segment)
{
  static const Label labels[] = {
    { "gpgpu", NC_("vendor", "GPGPU") },
    { "npu", NC_("vendor", "NPU") },
    { "graphics", NC_("vendor", "Graphics") },
    { "inference-asic", NC_("vendor", "Inference ASIC") },
    { "cpu", NC_("vendor", "CPU") },
    { "server", NC_("vendor", "Servers") },
  };

  return LOOKUP (labels, segment);
}

/* "GPGPU · Graphics", or "" */
char *
gpm_segments_text (GpmVendor *vendor)
{
  g_auto(GStrv) segments = gpm_vendor_dup_segments (vendor);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; segments[i] != NULL; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " · " : "", gpm_segment_label (segments[i]));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
gpm_event_category_label (const char *category)
{
  static const Label labels[] = {
    { "export-control", NC_("vendor", "Export control") },
    { "capital", NC_("vendor", "Capital markets") },
    { "m-and-a", NC_("vendor", "Mergers and acquisitions") },
    { "product", NC_("vendor", "Product") },
    { "market", NC_("vendor", "Market") },
    { "statement", NC_("vendor", "Statement") },
  };

  return LOOKUP (labels, category);
}

/**
 * gpm_relation_kind_label:
 * @kind: what the other company is to the vendor, as stored
 * @seen_from_other: %TRUE to name what the vendor is to the other company instead
 */
const char *
gpm_relation_kind_label (const char *kind,
                         gboolean    seen_from_other)
{
  static const Label labels[] = {
    { "customer", NC_("vendor", "Customer") },
    { "supplier", NC_("vendor", "Supplier") },
    { "foundry", NC_("vendor", "Foundry") },
    { "shareholder", NC_("vendor", "Shareholder") },
    { "acquisition-target", NC_("vendor", "Acquisition target") },
    { "competitor", NC_("vendor", "Competitor") },
  };
  static const Label inverse[] = {
    { "customer", NC_("vendor", "Supplier") },
    { "supplier", NC_("vendor", "Customer") },
    { "foundry", NC_("vendor", "Foundry customer") },
    { "shareholder", NC_("vendor", "Holding") },
    { "acquisition-target", NC_("vendor", "Would-be acquirer") },
    { "competitor", NC_("vendor", "Competitor") },
  };

  return seen_from_other ? LOOKUP (inverse, kind) : LOOKUP (labels, kind);
}

const char *
gpm_figure_status_label (const char *status)
{
  static const Label labels[] = {
    { "reported", NC_("vendor", "Reported") },
    { "forecast", NC_("vendor", "Forecast") },
    { "estimate", NC_("vendor", "Estimate") },
  };

  return LOOKUP (labels, status);
}

const char *
gpm_metric_label (GpmMetric   *metric,
                  GpmLanguage  language)
{
  g_return_val_if_fail (GPM_IS_METRIC (metric), "");

  /* Metrics carry one Chinese name, in Simplified characters; it serves both scripts. */
  if (language != GPM_LANGUAGE_EN && *gpm_metric_get_name_zh (metric) != '\0')
    return gpm_metric_get_name_zh (metric);

  return gpm_metric_get_name (metric);
}

/* "IT Times (IT時報), 2025-07" */
char *
gpm_source_citation (GpmSource   *source,
                     GpmLanguage  language)
{
  const char *publisher = gpm_source_get_publisher (source);
  const char *publisher_zh = gpm_source_get_publisher_zh (source);
  const char *published = gpm_source_get_published (source);
  g_autofree char *who = NULL;

  if (publisher_zh != NULL && *publisher_zh != '\0' && g_strcmp0 (publisher, publisher_zh) != 0)
    who = language == GPM_LANGUAGE_EN ? g_strdup_printf ("%s (%s)", publisher, publisher_zh)
                                      : g_strdup_printf ("%s (%s)", publisher_zh, publisher);
  else
    who = g_strdup (publisher);

  if (published != NULL && *published != '\0')
    return g_strdup_printf ("%s, %s", who, published);

  return g_steal_pointer (&who);
}

/* "≈ ¥2.51B", "> 700,000 units" */
char *
gpm_figure_value_text (GpmObservation *figure,
                       GpmLanguage     language)
{
  const char *qualifier = gpm_observation_get_qualifier (figure);
  g_autofree char *number = gpm_number_format (language, gpm_observation_get_value (figure),
                                               gpm_observation_get_unit (figure),
                                               GPM_NUMBER_LONG);
  const char *prefix = "";

  if (g_strcmp0 (qualifier, "about") == 0)
    prefix = "≈\u2009";
  else if (g_strcmp0 (qualifier, "more-than") == 0)
    prefix = ">\u2009";
  else if (g_strcmp0 (qualifier, "less-than") == 0)
    prefix = "<\u2009";

  return g_strconcat (prefix, number, NULL);
}

gboolean
gpm_figures_any_doubtful (GPtrArray *figures)
{
  for (guint i = 0; figures != NULL && i < figures->len; i++)
    if (gpm_observation_get_doubtful (g_ptr_array_index (figures, i)))
      return TRUE;

  return FALSE;
}

/* What a table cell shows: italic with a raised F or E for forecasts and estimates, a
 * warning sign before a doubtful figure; two figures of one period (a range) side by side. */
char *
gpm_figures_markup (GPtrArray   *figures,
                    GpmLanguage  language)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; figures != NULL && i < figures->len; i++)
    {
      GpmObservation *figure = g_ptr_array_index (figures, i);
      const char *status = gpm_observation_get_status (figure);
      g_autofree char *value = gpm_figure_value_text (figure, language);
      g_autofree char *escaped = g_markup_escape_text (value, -1);
      gboolean reported = g_strcmp0 (status, "reported") == 0;

      if (i > 0)
        g_string_append (markup, " / ");
      if (gpm_observation_get_doubtful (figure))
        g_string_append (markup, "⚠\u2009");
      if (reported)
        g_string_append (markup, escaped);
      else
        /* Translators: marks of a forecast (F) and of an estimate (E) in figure tables */
        g_string_append_printf (markup, "<i>%s</i><sup><small>%s</small></sup>", escaped,
                                g_strcmp0 (status, "forecast") == 0 ? C_("figure mark", "F")
                                                                    : C_("figure mark", "E"));
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static char *
figure_citation (GpmObservation *figure,
                 GHashTable     *sources,
                 GpmLanguage     language)
{
  gint64 source_id = gpm_observation_get_source_id (figure);
  GpmSource *source = sources != NULL ? g_hash_table_lookup (sources, &source_id) : NULL;
  g_autofree char *citation = source != NULL ? gpm_source_citation (source, language) : NULL;
  const char *title = gpm_observation_get_source_title (figure);

  if (citation != NULL && title != NULL && *title != '\0')
    return g_strdup_printf ("%s: %s", citation, title);
  if (citation != NULL)
    return g_steal_pointer (&citation);

  return g_strdup (title != NULL ? title : "");
}

/* The tooltip of a cell: what, when, how sure, the quoted sentence and where it is from. */
char *
gpm_figures_tooltip_markup (GPtrArray   *figures,
                            const char  *metric_label,
                            GHashTable  *sources,
                            GpmLanguage  language)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; figures != NULL && i < figures->len; i++)
    {
      GpmObservation *figure = g_ptr_array_index (figures, i);
      g_autofree char *value = gpm_figure_value_text (figure, language);
      g_autofree char *citation = figure_citation (figure, sources, language);
      const char *note = gpm_observation_get_note (figure);
      g_autofree char *text = NULL;

      if (i > 0)
        g_string_append (markup, "\n\n");

      text = g_markup_printf_escaped ("<b>%s · %s</b>\n%s · %s", metric_label,
                                      gpm_observation_get_period (figure), value,
                                      gpm_figure_status_label (
                                        gpm_observation_get_status (figure)));
      g_string_append (markup, text);
      g_clear_pointer (&text, g_free);

      if (gpm_observation_get_doubtful (figure))
        text = g_markup_printf_escaped ("\n⚠ <b>%s</b> %s", _("Doubtful figure:"),
                                        note != NULL ? note : "");
      else if (note != NULL && *note != '\0')
        text = g_markup_printf_escaped ("\n<small>%s</small>", note);
      if (text != NULL)
        g_string_append (markup, text);
      g_clear_pointer (&text, g_free);

      /* Translators: a quoted source sentence, then where it was published */
      text = g_markup_printf_escaped (_("\n“%s”\n<small>— %s</small>"),
                                      gpm_observation_get_quote (figure), citation);
      g_string_append (markup, text);
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* What a screen reader says for a cell: metric, period, value and marks, and source. */
char *
gpm_figures_accessible_label (GPtrArray   *figures,
                              const char  *metric_label,
                              GHashTable  *sources,
                              GpmLanguage  language)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; figures != NULL && i < figures->len; i++)
    {
      GpmObservation *figure = g_ptr_array_index (figures, i);
      g_autofree char *value = gpm_figure_value_text (figure, language);
      g_autofree char *citation = figure_citation (figure, sources, language);

      if (i > 0)
        g_string_append (text, "; ");
      /* Translators: metric, period, value, status (e.g. "Revenue, 2024, ¥743M, Reported") */
      g_string_append_printf (text, _("%s, %s, %s, %s"), metric_label,
                              gpm_observation_get_period (figure), value,
                              gpm_figure_status_label (gpm_observation_get_status (figure)));
      if (gpm_observation_get_doubtful (figure))
        g_string_append_printf (text, ", %s", _("doubtful"));
      g_string_append_printf (text, _(", source: %s"), citation);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
