/* gpm-vendor-profile-sections.c — the sections of a vendor profile.
 *
 * Each section is an AdwPreferencesGroup (or, for figures, a table) built from the
 * loaded data in one go; the profile replaces them all when new data arrives. Every
 * sourced item carries its quote: figures in their cells, other rows through a source
 * button whose popover works from the keyboard, and in the tooltip for the mouse.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gpm-event.h"
#include "gpm-figure-cell.h"
#include "gpm-figure-table.h"
#include "gpm-metric.h"
#include "gpm-observation.h"
#include "gpm-period.h"
#include "gpm-product.h"
#include "gpm-relation.h"
#include "gpm-source.h"
#include "gpm-vendor-format.h"
#include "gpm-vendor-profile-private.h"

/* Shown in the listing section; the table would only repeat them. */
static const char * const listing_metrics[] = {
  "ipo-raise", "ipo-allocation", "valuation", NULL
};

/* The financial statement comes first in the table, then everything else by metric id. */
static const char * const preferred_metrics[] = {
  "revenue", "net-profit", "rd-expense-cumulative", "rd-to-revenue", "shipments",
  "cumulative-sales", "market-cap", "market-share", NULL
};

GpmMetric *
gpm_profile_data_get_metric (GpmProfileData *data,
                             gint64          metric_id)
{
  return g_hash_table_lookup (data->metrics, &metric_id);
}

char *
gpm_profile_citation (GpmProfileData *data,
                      gint64          source_id,
                      GpmLanguage     language)
{
  GpmSource *source = g_hash_table_lookup (data->sources, &source_id);
  g_autofree char *citation = NULL;

  if (source == NULL)
    return g_strdup ("");

  citation = gpm_source_citation (source, language);
  return g_strdup_printf ("%s: %s", citation, gpm_source_get_title (source));
}

static char *
quote_markup (const char *quote,
              const char *citation)
{
  /* Translators: a quoted source sentence, then where it was published */
  return g_markup_printf_escaped (_("“%s”\n<small>— %s</small>"), quote, citation);
}

/**
 * gpm_quote_button_new:
 *
 * A small button whose popover shows a quoted sentence and its source; the keyboard
 * way to a row's provenance.
 */
GtkWidget *
gpm_quote_button_new (const char *quote,
                      const char *citation)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *markup = quote_markup (quote, citation);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_popover_set_child (GTK_POPOVER (popover), label);

  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "text-x-generic-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Show Source"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show Source"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, quote, -1);

  return button;
}

static GtkWidget *
new_group (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  return group;
}

/* A row that shows plain data text: no markup, and wrapped rather than cut. */
static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  return row;
}

/* A fact row: the label as title, the value as a selectable suffix. */
static GtkWidget *
new_fact_row (const char *label,
              const char *value,
              gboolean    known)
{
  GtkWidget *row = new_row (label, NULL);
  GtkWidget *text = gtk_label_new (value);

  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  /* Wide enough that short values stay on one line; long ones still wrap at 360 px. */
  gtk_label_set_max_width_chars (GTK_LABEL (text), 48);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 1);
  gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_RIGHT);
  if (!known)
    gtk_widget_add_css_class (text, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), text);

  return row;
}

GtkWidget *
gpm_profile_section_overview (GpmVendor   *vendor,
                              GpmLanguage  language)
{
  GtkWidget *group = new_group (_("Overview"), NULL);
  AdwPreferencesGroup *g = ADW_PREFERENCES_GROUP (group);
  g_autofree char *founded = NULL;
  g_autofree char *segments = gpm_segments_text (vendor);
  g_autofree char *origin = NULL;
  g_autofree char *aliases = NULL;
  g_auto(GStrv) alias_list = gpm_vendor_dup_aliases (vendor);
  const char *headquarters = gpm_vendor_get_headquarters (vendor);
  const char *country = gpm_vendor_get_country (vendor);
  const char *unknown = _("Not stated in the sources");

  if (gpm_vendor_get_founded (vendor) != 0)
    founded = g_strdup_printf ("%d", gpm_vendor_get_founded (vendor));
  if (gpm_vendor_is_domestic (vendor))
    origin = g_strdup (_("China (domestic)"));
  else if (*country != '\0')
    /* Translators: %s is a two-letter country code, e.g. "US (foreign)" */
    origin = g_strdup_printf (_("%s (foreign)"), country);
  aliases = g_strjoinv (" · ", alias_list);

  adw_preferences_group_add (g, new_fact_row (_("Founded"), founded ? founded : unknown,
                                              founded != NULL));
  adw_preferences_group_add (g, new_fact_row (_("Headquarters"),
                                              *headquarters ? headquarters : unknown,
                                              *headquarters != '\0'));
  adw_preferences_group_add (g, new_fact_row (_("Origin"), origin ? origin : unknown,
                                              origin != NULL));
  adw_preferences_group_add (g, new_fact_row (_("Role"),
                                              gpm_role_label (gpm_vendor_get_role (vendor)),
                                              TRUE));
  if (*segments != '\0')
    adw_preferences_group_add (g, new_fact_row (_("Segments"), segments, TRUE));
  if (*aliases != '\0')
    adw_preferences_group_add (g, new_fact_row (_("Also known as"), aliases, TRUE));

  return group;
}

/* A row whose value is a figure cell, so it has the same marks, tooltip and popover
 * as the table. */
static GtkWidget *
new_figure_row (const char     *title,
                const char     *subtitle,
                GpmObservation *figure,
                GpmProfileData *data,
                GpmLanguage     language)
{
  GtkWidget *row = new_row (title, subtitle);
  GtkWidget *cell = gpm_figure_cell_new ();
  g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func (g_object_unref);
  GpmMetric *metric = gpm_profile_data_get_metric (data,
                                                   gpm_observation_get_metric_id (figure));

  g_ptr_array_add (figures, g_object_ref (figure));
  gpm_figure_cell_set_figures (GPM_FIGURE_CELL (cell), figures,
                               metric ? gpm_metric_label (metric, language) : title,
                               data->sources, language);
  gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), cell);

  return row;
}

static const char *
metric_key (GpmObservation *figure)
{
  const char *key = gpm_observation_get_metric_key (figure);

  return key != NULL ? key : "";
}

/* "Planned use: next-generation graphics chip R&D." → "Next-generation graphics chip R&D" */
static char *
planned_use (GpmObservation *figure)
{
  const char *note = gpm_observation_get_note (figure);
  const char *start = note != NULL ? strstr (note, "Planned use:") : NULL;
  g_autofree char *use = NULL;
  char *end;

  if (start == NULL)
    return g_strdup (_("Planned use of proceeds"));

  use = g_strstrip (g_strdup (start + strlen ("Planned use:")));
  end = strstr (use, ". ");
  if (end != NULL)
    *end = '\0';
  if (g_str_has_suffix (use, "."))
    use[strlen (use) - 1] = '\0';
  if (g_ascii_islower (use[0]))
    use[0] = g_ascii_toupper (use[0]);

  return g_steal_pointer (&use);
}

/* The latest capital-markets event: the filing, listing or tutoring it speaks of. */
static GpmEvent *
latest_capital_event (GpmProfileData *data)
{
  for (guint i = data->events->len; i > 0; i--)
    {
      GpmEvent *event = g_ptr_array_index (data->events, i - 1);

      if (g_strcmp0 (gpm_event_get_category (event), "capital") == 0)
        return event;
    }

  return NULL;
}

static const char *
capital_event_label (const char *status)
{
  if (g_strcmp0 (status, "ipo-filed") == 0)
    return _("Filing accepted");
  if (g_strcmp0 (status, "listed") == 0)
    return _("Listed");
  if (g_strcmp0 (status, "ipo-tutoring") == 0)
    return _("Tutoring reported");

  return _("Capital-markets event");
}

static const char *
event_title (GpmEvent    *event,
             GpmLanguage  language)
{
  const char *zh = gpm_event_get_title_zh (event);

  return language != GPM_LANGUAGE_EN && zh != NULL && *zh != '\0' ? zh
                                                                  : gpm_event_get_title (event);
}

GtkWidget *
gpm_profile_section_listing (GpmVendor      *vendor,
                             GpmProfileData *data,
                             GpmLanguage     language)
{
  GtkWidget *group = new_group (_("Listing and Capital"), NULL);
  AdwPreferencesGroup *g = ADW_PREFERENCES_GROUP (group);
  const char *status = gpm_vendor_get_listing_status (vendor);
  const char *board = gpm_vendor_get_listing_board (vendor);
  g_autofree char *status_text = NULL;
  GpmEvent *event = latest_capital_event (data);
  GpmObservation *valuation = NULL;

  status_text = *board != '\0'
                /* Translators: listing status and board, e.g. "IPO filed · SSE STAR Market" */
                ? g_strdup_printf (_("%s · %s"), gpm_listing_status_label (status), board)
                : g_strdup (gpm_listing_status_label (status));
  adw_preferences_group_add (g, new_fact_row (_("Status"), status_text, TRUE));

  if (event != NULL)
    {
      GtkWidget *row = new_row (capital_event_label (status), event_title (event, language));
      GtkWidget *date = gtk_label_new (gpm_event_get_date (event));
      g_autofree char *citation = gpm_profile_citation (data, gpm_event_get_source_id (event),
                                                        language);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), date);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gpm_quote_button_new (gpm_event_get_quote (event), citation));
      adw_preferences_group_add (g, row);
    }

  for (guint i = 0; i < data->observations->len; i++)
    {
      GpmObservation *figure = g_ptr_array_index (data->observations, i);
      const char *key = metric_key (figure);

      if (g_str_equal (key, "ipo-raise"))
        adw_preferences_group_add (g, new_figure_row (_("Planned IPO raise"),
                                                      gpm_observation_get_period (figure),
                                                      figure, data, language));
      else if (g_str_equal (key, "valuation"))
        valuation = figure;
    }

  for (guint i = 0; i < data->observations->len; i++)
    {
      GpmObservation *figure = g_ptr_array_index (data->observations, i);
      g_autofree char *use = NULL;

      if (!g_str_equal (metric_key (figure), "ipo-allocation"))
        continue;
      use = planned_use (figure);
      adw_preferences_group_add (g, new_figure_row (use, _("Planned use of IPO proceeds"),
                                                    figure, data, language));
    }

  if (valuation != NULL)
    adw_preferences_group_add (g, new_figure_row (_("Valuation"),
                                                  gpm_observation_get_period (valuation),
                                                  valuation, data, language));

  return group;
}

GtkWidget *
gpm_profile_section_products (GpmProfileData *data,
                              GpmLanguage     language)
{
  GtkWidget *group;

  if (data->products->len == 0)
    return NULL;

  group = new_group (_("Product Lines"), NULL);
  for (guint i = 0; i < data->products->len; i++)
    {
      GpmProduct *product = g_ptr_array_index (data->products, i);
      const char *name = gpm_product_get_name (product);
      const char *name_zh = gpm_product_get_name_zh (product);
      g_autofree char *title = NULL;
      g_autofree char *citation = gpm_profile_citation (data,
                                                        gpm_product_get_source_id (product),
                                                        language);
      GtkWidget *row;

      if (*name_zh != '\0' && g_strcmp0 (name, name_zh) != 0)
        title = language == GPM_LANGUAGE_EN ? g_strdup_printf ("%s · %s", name, name_zh)
                                            : g_strdup_printf ("%s · %s", name_zh, name);
      else
        title = g_strdup (name);

      row = new_row (title, gpm_product_get_description (product));
      if (*gpm_product_get_quote (product) != '\0')
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   gpm_quote_button_new (gpm_product_get_quote (product),
                                                         citation));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

GtkWidget *
gpm_profile_section_relations (GpmVendor      *vendor,
                               GpmProfileData *data,
                               GpmLanguage     language)
{
  GtkWidget *group;
  gint64 id = gpm_vendor_get_id (vendor);

  if (data->relations->len == 0)
    return NULL;

  group = new_group (_("Customers, Suppliers and Partners"),
                     _("Companies the sources name in dealings with this one; activate one "
                       "to open its profile."));
  for (guint i = 0; i < data->relations->len; i++)
    {
      GpmRelation *relation = g_ptr_array_index (data->relations, i);
      gboolean reverse = gpm_relation_get_vendor_id (relation) != id;
      GpmRelationText name = reverse ? GPM_RELATION_VENDOR_NAME : GPM_RELATION_OTHER_NAME;
      const char *english = gpm_relation_get_text (relation, name);
      const char *chinese = gpm_pick_chinese_name (gpm_relation_get_text (relation, name + 1),
                                                   gpm_relation_get_text (relation, name + 2),
                                                   language);
      const char *period = gpm_relation_get_period (relation);
      g_autofree char *title = NULL;
      g_autofree char *kind = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *citation = gpm_profile_citation (data,
                                                        gpm_relation_get_source_id (relation),
                                                        language);
      GtkWidget *row;

      title = *chinese != '\0' && g_strcmp0 (chinese, english) != 0
              ? (language == GPM_LANGUAGE_EN ? g_strdup_printf ("%s (%s)", english, chinese)
                                             : g_strdup_printf ("%s (%s)", chinese, english))
              : g_strdup (english);
      kind = *period != '\0'
             ? g_strdup_printf ("%s · %s",
                                gpm_relation_kind_label (gpm_relation_get_kind (relation),
                                                         reverse), period)
             : g_strdup (gpm_relation_kind_label (gpm_relation_get_kind (relation), reverse));
      subtitle = g_strdup_printf ("%s — %s", kind, gpm_relation_get_detail (relation));

      row = new_row (title, subtitle);
      gtk_widget_set_tooltip_text (row, gpm_relation_get_quote (relation));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gpm_quote_button_new (gpm_relation_get_quote (relation),
                                                       citation));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "vendors.select-vendor");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x",
                                        reverse ? gpm_relation_get_vendor_id (relation)
                                                : gpm_relation_get_other_id (relation));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

static int
metric_rank (const char *key)
{
  for (guint i = 0; preferred_metrics[i] != NULL; i++)
    if (g_strcmp0 (preferred_metrics[i], key) == 0)
      return i;

  return G_N_ELEMENTS (preferred_metrics);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  GpmMetric *metric_a = g_object_get_data (*(GObject * const *) a, "gpm-metric");
  GpmMetric *metric_b = g_object_get_data (*(GObject * const *) b, "gpm-metric");
  int rank_a = metric_rank (gpm_metric_get_key (metric_a));
  int rank_b = metric_rank (gpm_metric_get_key (metric_b));

  if (rank_a != rank_b)
    return rank_a - rank_b;

  return (gpm_metric_get_id (metric_a) > gpm_metric_get_id (metric_b))
         - (gpm_metric_get_id (metric_a) < gpm_metric_get_id (metric_b));
}

GtkWidget *
gpm_profile_section_financials (GpmProfileData *data,
                                GpmLanguage     language)
{
  g_autoptr(GHashTable) by_metric = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                           g_free, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *box, *heading, *legend, *scroller;

  for (guint i = 0; i < data->observations->len; i++)
    {
      GpmObservation *figure = g_ptr_array_index (data->observations, i);
      gint64 metric_id = gpm_observation_get_metric_id (figure);
      GpmMetric *metric = gpm_profile_data_get_metric (data, metric_id);
      GpmFigureRow *row;

      if (metric == NULL || g_strv_contains (listing_metrics, gpm_metric_get_key (metric)))
        continue;

      row = g_hash_table_lookup (by_metric, &metric_id);
      if (row == NULL)
        {
          row = gpm_figure_row_new (gpm_metric_label (metric, language),
                                    gpm_metric_label (metric, language));
          g_object_set_data (G_OBJECT (row), "gpm-metric", metric);
          g_ptr_array_add (rows, row);
          g_hash_table_insert (by_metric, g_memdup2 (&metric_id, sizeof metric_id), row);
        }
      gpm_figure_row_add (row, figure);
    }
  g_ptr_array_sort_with_data (rows, compare_rows, NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  heading = gtk_label_new (_("Figures by Period"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  if (rows->len == 0)
    {
      GtkWidget *empty = gtk_label_new (_("The sources give no figures for this vendor yet."));

      gtk_label_set_xalign (GTK_LABEL (empty), 0);
      gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
      gtk_widget_add_css_class (empty, "dim-label");
      gtk_box_append (GTK_BOX (box), empty);
      return box;
    }

  legend = gtk_label_new (_("Hover over a figure, or focus it and press Enter, to see the "
                            "sentence it was taken from. F forecast · E estimate · ⚠ doubtful "
                            "figure (see its note)"));
  gtk_label_set_xalign (GTK_LABEL (legend), 0);
  gtk_label_set_wrap (GTK_LABEL (legend), TRUE);
  gtk_widget_add_css_class (legend, "caption");
  gtk_widget_add_css_class (legend, "dim-label");
  gtk_box_append (GTK_BOX (box), legend);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  /* Every row, at its full height: the page scrolls, not the table. */
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller),
                                 gpm_figure_table_new (_("Metric"), rows, data->sources,
                                                       language));
  gtk_widget_add_css_class (scroller, "card");
  gtk_widget_set_overflow (scroller, GTK_OVERFLOW_HIDDEN);
  gtk_box_append (GTK_BOX (box), scroller);

  return box;
}

GtkWidget *
gpm_profile_section_events (GpmProfileData *data,
                            GpmLanguage     language)
{
  GtkWidget *group, *add;

  group = new_group (_("Events"),
                     data->events->len > 0 ? _("Activate an event to see and edit it on the "
                                               "timeline.")
                                           : _("The sources name no dated event for this "
                                               "vendor yet."));

  /* New events start with this vendor; the timeline's editor checks every field. */
  add = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_tooltip_text (add, _("Add an Event"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "win.add-event");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "x",
                                    g_array_index (data->vendor_ids, gint64, 0));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
  for (guint i = 0; i < data->events->len; i++)
    {
      GpmEvent *event = g_ptr_array_index (data->events, i);
      g_autofree char *subtitle = NULL;
      g_autofree char *citation = gpm_profile_citation (data, gpm_event_get_source_id (event),
                                                        language);
      GtkWidget *row;

      /* Translators: an event's date and category, e.g. "2025-06-30 · Capital markets" */
      subtitle = g_strdup_printf (_("%s · %s"), gpm_event_get_date (event),
                                  gpm_event_category_label (gpm_event_get_category (event)));
      row = new_row (event_title (event, language), subtitle);
      gtk_widget_set_tooltip_text (row, gpm_event_get_quote (event));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gpm_quote_button_new (gpm_event_get_quote (event), citation));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "vendors.show-event");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", gpm_event_get_id (event));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

/* Source id → its quotes in first-seen order, without repeats. */
typedef struct
{
  GArray     *order;   /* gint64 source ids */
  GHashTable *quotes;  /* gint64 id → GPtrArray of quote strings (borrowed) */
} QuoteIndex;

static void
quote_index_add (QuoteIndex *index,
                 gint64      source_id,
                 const char *quote)
{
  GPtrArray *quotes;

  if (quote == NULL || *quote == '\0' || source_id == 0)
    return;

  quotes = g_hash_table_lookup (index->quotes, &source_id);
  if (quotes == NULL)
    {
      quotes = g_ptr_array_new ();
      g_hash_table_insert (index->quotes, g_memdup2 (&source_id, sizeof source_id), quotes);
      g_array_append_val (index->order, source_id);
    }
  if (!g_ptr_array_find_with_equal_func (quotes, quote, g_str_equal, NULL))
    g_ptr_array_add (quotes, (gpointer) quote);
}

static GtkWidget *
source_row (GpmProfileData *data,
            gint64          source_id,
            GPtrArray      *quotes,
            gboolean        expanded,
            GpmLanguage     language)
{
  GpmSource *source = g_hash_table_lookup (data->sources, &source_id);
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *citation = source ? gpm_source_citation (source, language) : NULL;
  g_autofree char *subtitle = NULL;

  /* Translators: a source's publisher and date, then how many sentences are quoted */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u quoted sentence",
                                           "%s · %u quoted sentences", quotes->len),
                              citation ? citation : "", quotes->len);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                 source ? gpm_source_get_title (source) : "");
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), expanded);

  if (source != NULL && gpm_source_get_url (source) != NULL
      && *gpm_source_get_url (source) != '\0')
    {
      GtkWidget *link = gtk_link_button_new_with_label (gpm_source_get_url (source),
                                                        _("Open"));

      gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), link);
    }

  for (guint i = 0; i < quotes->len; i++)
    {
      g_autofree char *quoted = g_strdup_printf (_("“%s”"),
                                                 (const char *) g_ptr_array_index (quotes, i));
      GtkWidget *row = new_row (quoted, NULL);

      adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }

  return expander;
}

GtkWidget *
gpm_profile_section_sources (GpmProfileData *data,
                             GpmLanguage     language)
{
  QuoteIndex index;
  GtkWidget *group = NULL;

  index.order = g_array_new (FALSE, FALSE, sizeof (gint64));
  index.quotes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < data->observations->len; i++)
    {
      GpmObservation *figure = g_ptr_array_index (data->observations, i);

      quote_index_add (&index, gpm_observation_get_source_id (figure),
                       gpm_observation_get_quote (figure));
    }
  for (guint i = 0; i < data->products->len; i++)
    {
      GpmProduct *product = g_ptr_array_index (data->products, i);

      quote_index_add (&index, gpm_product_get_source_id (product),
                       gpm_product_get_quote (product));
    }
  for (guint i = 0; i < data->relations->len; i++)
    {
      GpmRelation *relation = g_ptr_array_index (data->relations, i);

      quote_index_add (&index, gpm_relation_get_source_id (relation),
                       gpm_relation_get_quote (relation));
    }
  for (guint i = 0; i < data->events->len; i++)
    {
      GpmEvent *event = g_ptr_array_index (data->events, i);

      quote_index_add (&index, gpm_event_get_source_id (event), gpm_event_get_quote (event));
    }

  if (index.order->len > 0)
    {
      group = new_group (_("Sources"), _("Every sentence this profile is built on."));
      for (guint i = 0; i < index.order->len; i++)
        {
          gint64 id = g_array_index (index.order, gint64, i);

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     source_row (data, id,
                                                 g_hash_table_lookup (index.quotes, &id),
                                                 index.order->len == 1, language));
        }
    }

  g_array_unref (index.order);
  g_hash_table_unref (index.quotes);

  return group;
}
