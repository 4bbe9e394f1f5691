/* gpm-event-range.c — a GpmItemList of the events that overlap a period.
 *
 * The range is in period texts ("2024", "2024-Q3", "2024-07", "2024-07-15", or NULL for
 * an open end), with the store's meaning: an event is in range when its span overlaps
 * [start of @from, end of @to], so "2025" finds "2025-Q3" too. The list loads off the
 * main thread and reloads when events are edited, like every GpmItemList.
 */

#include "config.h"

#include "gpm-event-range.h"
#include "gpm-period.h"

typedef struct
{
  char *from;
  char *to;
} Range;

static void
range_free (gpointer data)
{
  Range *range = data;

  g_free (range->from);
  g_free (range->to);
  g_free (range);
}

static GPtrArray *
load_range (GpmStore      *store,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  Range *range = data;

  return gpm_store_list_events (store, range->from, range->to, cancellable, error);
}

/**
 * gpm_event_range_new_list:
 * @from: (nullable): the first period, or %NULL for no lower bound
 * @to: (nullable): the last period, or %NULL for no upper bound
 *
 * Returns: (transfer full): a list of #GpmEvent, loading at once
 */
GpmItemList *
gpm_event_range_new_list (GpmStore   *store,
                          const char *from,
                          const char *to)
{
  Range *range;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (from == NULL || gpm_period_is_valid_text (from), NULL);
  g_return_val_if_fail (to == NULL || gpm_period_is_valid_text (to), NULL);

  range = g_new0 (Range, 1);
  range->from = g_strdup (from);
  range->to = g_strdup (to);

  return gpm_item_list_new (store, GPM_TYPE_EVENT, "events", load_range, range, range_free);
}

/* Whether @event overlaps the range, by the same rule as the store's query. */
gboolean
gpm_event_range_contains (GpmEvent   *event,
                          const char *from,
                          const char *to)
{
  GpmPeriod date, bound;

  g_return_val_if_fail (GPM_IS_EVENT (event), FALSE);

  if (!gpm_period_parse (gpm_event_get_date (event), &date, NULL))
    return FALSE;
  if (from != NULL && gpm_period_parse (from, &bound, NULL)
      && gpm_period_get_end_julian (&date) < gpm_period_get_start_julian (&bound))
    return FALSE;
  if (to != NULL && gpm_period_parse (to, &bound, NULL)
      && gpm_period_get_start_julian (&date) > gpm_period_get_end_julian (&bound))
    return FALSE;

  return TRUE;
}
