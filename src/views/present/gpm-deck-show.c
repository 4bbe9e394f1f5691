/* gpm-deck-show.c — what Present and export-deck read before showing a deck.
 *
 * The renderer has no translations of its own; this is where a timeline slide gets its
 * lane names, its title and its range, so the presentation and the handout agree. The
 * events and vendors are read once, and only for a deck with a timeline slide.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gpm-deck-show.h"
#include "gpm-timeline-text.h"

void
gpm_deck_show_free (GpmDeckShow *show)
{
  if (show == NULL)
    return;

  g_clear_pointer (&show->slides, g_ptr_array_unref);
  g_clear_pointer (&show->timelines, g_ptr_array_unref);
  g_free (show);
}

static GpmTimelineSlide *
new_timeline (GListModel     *events,
              GListModel     *vendors,
              const char     *range,
              GpmLanguage     language,
              GpmChartTheme   theme)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *subtitle = NULL;
  GpmTimelineStrings strings;
  GpmTimelineSlide *slide;

  gpm_timeline_slide_fill_strings (&strings, language);
  /* The store checked the range when it was saved; NULL is a database edited by hand. */
  slide = gpm_timeline_slide_new (events, vendors, range, language, &strings, NULL);
  if (slide == NULL)
    return NULL;

  parts = g_strsplit (range, "/", 2);
  /* Translators: the range of a timeline slide, from one period to another, as in
   * "2023-01 – 2025-06" */
  subtitle = g_strdup_printf (_("%s – %s"), parts[0], parts[1]);
  gpm_timeline_slide_set_title (slide, gpm_timeline_slide_get_default_title (language),
                                subtitle);
  gpm_timeline_slide_set_theme (slide, theme);

  return slide;
}

static GListModel *
list_model (GPtrArray *items,
            GType      type)
{
  GListStore *model = g_list_store_new (type);

  g_list_store_splice (model, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (model);
}

static gboolean
load_timeline_data (GpmStore      *store,
                    GListModel   **events,
                    GListModel   **vendors,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GPtrArray) event_list = NULL;
  g_autoptr(GPtrArray) vendor_list = NULL;

  event_list = gpm_store_list_events (store, NULL, NULL, cancellable, error);
  if (event_list == NULL
      || (vendor_list = gpm_store_list_vendors (store, cancellable, error)) == NULL)
    return FALSE;

  *events = list_model (event_list, GPM_TYPE_EVENT);
  *vendors = list_model (vendor_list, GPM_TYPE_VENDOR);
  return TRUE;
}

GpmDeckShow *
gpm_deck_show_load (GpmStore       *store,
                    gint64          deck_id,
                    GpmLanguage     language,
                    GpmChartTheme   theme,
                    GCancellable   *cancellable,
                    GError        **error)
{
  g_autoptr(GpmDeckShow) show = g_new0 (GpmDeckShow, 1);
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) vendors = NULL;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);

  show->slides = gpm_store_list_deck_show (store, deck_id, cancellable, error);
  if (show->slides == NULL)
    return NULL;

  show->timelines = g_ptr_array_new_full (show->slides->len,
                                          (GDestroyNotify) gpm_timeline_slide_free);
  for (guint i = 0; i < show->slides->len; i++)
    {
      GpmDeckSlide *slide = g_ptr_array_index (show->slides, i);
      GpmTimelineSlide *timeline = NULL;

      if (slide->timeline_range != NULL && events == NULL
          && !load_timeline_data (store, &events, &vendors, cancellable, error))
        return NULL;
      if (slide->timeline_range != NULL)
        timeline = new_timeline (events, vendors, slide->timeline_range, language, theme);
      g_ptr_array_add (show->timelines, timeline);
    }

  return g_steal_pointer (&show);
}

typedef struct
{
  GpmStore      *store;
  gint64         deck_id;
  GpmChartTheme  theme;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_object_unref (data->store);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  GpmDeckShow *show;

  show = gpm_deck_show_load (data->store, data->deck_id, gpm_timeline_ui_language (),
                             data->theme, cancellable, &error);
  if (show == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, show, (GDestroyNotify) gpm_deck_show_free);
}

void
gpm_deck_show_load_async (GpmStore            *store,
                          gint64               deck_id,
                          GpmChartTheme        theme,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (GPM_IS_STORE (store));

  data = g_new0 (LoadData, 1);
  data->store = g_object_ref (store);
  data->deck_id = deck_id;
  data->theme = theme;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, gpm_deck_show_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

GpmDeckShow *
gpm_deck_show_load_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
