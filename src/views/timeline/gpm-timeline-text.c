/* gpm-timeline-text.c — the words of the Timeline page, translated in one place.
 *
 * Dates keep their precision in words, so a reader never mistakes "2025-Q4" for a day:
 * "2025-07-15", "July 2025 (month)", "2025 Q4 (quarter)", "2025 (year)". Month names come
 * from the C library of the UI's locale through g_date_time_format (), and translators
 * order the parts as their language does.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-timeline-text.h"
#include "gpm-vendor.h"

/* The language titles and names are shown in: the UI's own. */
GpmLanguage
gpm_timeline_ui_language (void)
{
  return gpm_language_from_string (g_get_language_names ()[0]);
}

const char *
gpm_timeline_category_name (GpmTimelineCategory category)
{
  switch (category)
    {
    case GPM_TIMELINE_CATEGORY_EXPORT_CONTROL:
      return _("Export controls");
    case GPM_TIMELINE_CATEGORY_CAPITAL:
      return _("Listings & funding");
    case GPM_TIMELINE_CATEGORY_M_AND_A:
      return _("Mergers & acquisitions");
    case GPM_TIMELINE_CATEGORY_PRODUCT:
      return _("Products");
    case GPM_TIMELINE_CATEGORY_MARKET:
      return _("Market");
    case GPM_TIMELINE_CATEGORY_STATEMENT:
      return _("Statements");
    case GPM_TIMELINE_N_CATEGORIES:
    default:
      return "";
    }
}

const char *
gpm_timeline_event_category_name (GpmEvent *event)
{
  GpmTimelineCategory category;

  g_return_val_if_fail (GPM_IS_EVENT (event), "");

  if (!gpm_timeline_category_from_key (gpm_event_get_category (event), &category))
    return gpm_event_get_category (event);

  return gpm_timeline_category_name (category);
}

void
gpm_timeline_fill_strings (GpmTimelineStrings *strings)
{
  for (guint i = 0; i < GPM_TIMELINE_N_CATEGORIES; i++)
    strings->categories[i] = gpm_timeline_category_name (i);
  strings->no_vendor = _("No vendor");
  /* Translators: the tag on the line that marks today's date on the timeline */
  strings->today = _("Today");
}

char *
gpm_timeline_format_date (const char *date)
{
  g_autoptr(GDateTime) time = NULL;
  GpmPeriod period;

  if (date == NULL || !gpm_period_parse (date, &period, NULL))
    return g_strdup (date != NULL ? date : "");

  switch (period.precision)
    {
    case GPM_PRECISION_DAY:
      return g_strdup (date);

    case GPM_PRECISION_MONTH:
      time = g_date_time_new_local (period.year, period.month, 1, 0, 0, 0);
      /* Translators: a date known to the month, as in "July 2025 (month)"; a format for
       * g_date_time_format (), e.g. "%Y年%-m月（月份）" */
      return g_date_time_format (time, _("%B %Y (month)"));

    case GPM_PRECISION_QUARTER:
      /* Translators: a date known to the quarter, as in "2025 Q4 (quarter)" */
      return g_strdup_printf (_("%d Q%d (quarter)"), period.year, period.quarter);

    case GPM_PRECISION_HALF:
      if (period.half == 1)
        /* Translators: a date known to the half year, as in "2025 H1 (half year)" */
        return g_strdup_printf (_("%d H1 (half year)"), period.year);
      /* Translators: a date known to the half year, as in "2025 H2 (half year)" */
      return g_strdup_printf (_("%d H2 (half year)"), period.year);

    case GPM_PRECISION_YEAR:
    default:
      /* Translators: a date known to the year only, as in "2025 (year)" */
      return g_strdup_printf (_("%d (year)"), period.year);
    }
}

static GpmVendor *
find_vendor (GListModel *vendors,
             gint64      id)
{
  for (guint i = 0; vendors != NULL && i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(GpmVendor) vendor = g_list_model_get_item (vendors, i);

      if (gpm_vendor_get_id (vendor) == id)
        return g_steal_pointer (&vendor);
    }

  return NULL;
}

/* The event's vendors in the UI's language, "NVIDIA, Huawei"; "" when it has none. */
char *
gpm_timeline_format_vendors (GpmEvent    *event,
                             GListModel  *vendors,
                             GpmLanguage  language)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const gint64 *ids;
  guint n_ids;

  g_return_val_if_fail (GPM_IS_EVENT (event), NULL);

  ids = gpm_event_get_vendor_ids (event, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GpmVendor) vendor = find_vendor (vendors, ids[i]);

      if (vendor == NULL)
        continue;
      if (text->len > 0)
        /* Translators: between the names in a list of vendors */
        g_string_append (text, _(", "));
      g_string_append (text, gpm_timeline_vendor_name (vendor, language));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What a screen reader says for an event: title, date, category and vendors. */
char *
gpm_timeline_describe_event (GpmEvent    *event,
                             GListModel  *vendors,
                             GpmLanguage  language)
{
  g_autofree char *date = NULL;
  g_autofree char *names = NULL;

  g_return_val_if_fail (GPM_IS_EVENT (event), NULL);

  date = gpm_timeline_format_date (gpm_event_get_date (event));
  names = gpm_timeline_format_vendors (event, vendors, language);
  if (*names == '\0')
    /* Translators: an event read out: title, date, category */
    return g_strdup_printf (_("%s. %s. %s."), gpm_timeline_event_title (event, language), date,
                            gpm_timeline_event_category_name (event));

  /* Translators: an event read out: title, date, category, vendors */
  return g_strdup_printf (_("%s. %s. %s. Vendors: %s."),
                          gpm_timeline_event_title (event, language), date,
                          gpm_timeline_event_category_name (event), names);
}

/* The period text of the unit holding @days: "2025", "2025-Q3", "2025-07", "2025-07-15". */
char *
gpm_timeline_days_to_period (double      days,
                             GpmTimeUnit unit)
{
  int year, month, day;

  gpm_days_to_date (days, &year, &month, &day);
  switch (unit)
    {
    case GPM_TIME_UNIT_YEAR:
      return g_strdup_printf ("%d", year);
    case GPM_TIME_UNIT_QUARTER:
      return g_strdup_printf ("%d-Q%d", year, (month - 1) / 3 + 1);
    case GPM_TIME_UNIT_HALF:
      return g_strdup_printf ("%d-H%d", year, (month - 1) / 6 + 1);
    case GPM_TIME_UNIT_MONTH:
      return g_strdup_printf ("%d-%02d", year, month);
    case GPM_TIME_UNIT_DAY:
    default:
      return g_strdup_printf ("%d-%02d-%02d", year, month, day);
    }
}
