/* gpm-timeline-items.c — fills a GpmTimeline from the model's lists of events and vendors.
 *
 * The one place that decides which of an item's names the timeline shows in a language:
 * titles in Chinese for both Chinese UIs (the dataset has one Chinese title), vendor names
 * in the script of the UI. Views, tests and exports all go through it, so they agree.
 */

#include "config.h"

#include "gpm-event.h"
#include "gpm-timeline-renderer.h"
#include "gpm-vendor.h"

static const char *
nonempty (const char *text,
          const char *fallback)
{
  return text != NULL && *text != '\0' ? text : fallback;
}

const char *
gpm_timeline_event_title (GpmEvent    *event,
                          GpmLanguage  language)
{
  g_return_val_if_fail (GPM_IS_EVENT (event), NULL);

  if (language == GPM_LANGUAGE_EN)
    return nonempty (gpm_event_get_title (event), gpm_event_get_title_zh (event));

  return nonempty (gpm_event_get_title_zh (event), gpm_event_get_title (event));
}

const char *
gpm_timeline_vendor_name (GpmVendor   *vendor,
                          GpmLanguage  language)
{
  g_return_val_if_fail (GPM_IS_VENDOR (vendor), NULL);

  switch (language)
    {
    case GPM_LANGUAGE_ZH_TW:
      return nonempty (gpm_vendor_get_name_zh_hant (vendor),
                       nonempty (gpm_vendor_get_name_zh (vendor), gpm_vendor_get_name (vendor)));
    case GPM_LANGUAGE_ZH_CN:
      return nonempty (gpm_vendor_get_name_zh (vendor), gpm_vendor_get_name (vendor));
    case GPM_LANGUAGE_EN:
    default:
      return gpm_vendor_get_name (vendor);
    }
}

/* Replaces the timeline's data with @events (GpmEvent) and @vendors (GpmVendor, may be
 * NULL); returns how many events were skipped for a date or category it cannot place. */
guint
gpm_timeline_set_items (GpmTimeline *self,
                        GListModel  *events,
                        GListModel  *vendors,
                        GpmLanguage  language)
{
  guint skipped = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (G_IS_LIST_MODEL (events), 0);
  g_return_val_if_fail (vendors == NULL || G_IS_LIST_MODEL (vendors), 0);

  gpm_timeline_clear (self);
  for (guint i = 0; vendors != NULL && i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(GpmVendor) vendor = g_list_model_get_item (vendors, i);

      gpm_timeline_add_vendor (self, gpm_vendor_get_id (vendor), gpm_vendor_get_key (vendor),
                               gpm_timeline_vendor_name (vendor, language));
    }

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(GpmEvent) event = g_list_model_get_item (events, i);
      const gint64 *vendor_ids;
      guint n_vendors;

      vendor_ids = gpm_event_get_vendor_ids (event, &n_vendors);
      if (!gpm_timeline_add_event (self, gpm_event_get_id (event), gpm_event_get_date (event),
                                   gpm_event_get_category (event),
                                   gpm_timeline_event_title (event, language), vendor_ids,
                                   n_vendors))
        skipped++;
    }

  return skipped;
}
