/* gpm-event.c — the event item: one property per column of events, and its vendor set. */

#include "config.h"

#include "gpm-event.h"

#include <stdlib.h>
#include <string.h>

#include "gpm-model-private.h"

struct _GpmEvent
{
  GObject parent_instance;

  gint64  id;
  char   *date;
  char   *category;
  char   *title;
  char   *title_zh;
  gint64  source_id;
  char   *quote;
  char   *note;
  GArray *vendor_ids;
  char   *vendor_names;
};

G_DEFINE_FINAL_TYPE (GpmEvent, gpm_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_CATEGORY,
  PROP_TITLE,
  PROP_TITLE_ZH,
  PROP_SOURCE_ID,
  PROP_QUOTE,
  PROP_NOTE,
  PROP_VENDOR_IDS,
  PROP_VENDOR_NAMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
gpm_event_finalize (GObject *object)
{
  GpmEvent *self = GPM_EVENT (object);

  g_free (self->date);
  g_free (self->category);
  g_free (self->title);
  g_free (self->title_zh);
  g_free (self->quote);
  g_free (self->note);
  g_array_unref (self->vendor_ids);
  g_free (self->vendor_names);

  G_OBJECT_CLASS (gpm_event_parent_class)->finalize (object);
}

static void
gpm_event_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  GpmEvent *self = GPM_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, gpm_event_get_id (self));
      break;

    case PROP_DATE:
      g_value_set_string (value, gpm_event_get_date (self));
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, gpm_event_get_category (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, gpm_event_get_title (self));
      break;

    case PROP_TITLE_ZH:
      g_value_set_string (value, gpm_event_get_title_zh (self));
      break;

    case PROP_SOURCE_ID:
      g_value_set_int64 (value, gpm_event_get_source_id (self));
      break;

    case PROP_QUOTE:
      g_value_set_string (value, gpm_event_get_quote (self));
      break;

    case PROP_NOTE:
      g_value_set_string (value, gpm_event_get_note (self));
      break;

    case PROP_VENDOR_IDS:
      /* A copy: the caller must not be able to change the set behind our back. */
      g_value_take_boxed (value, g_array_copy (self->vendor_ids));
      break;

    case PROP_VENDOR_NAMES:
      g_value_set_string (value, gpm_event_get_vendor_names (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_event_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  GpmEvent *self = GPM_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      gpm_event_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      gpm_event_set_date (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      gpm_event_set_category (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      gpm_event_set_title (self, g_value_get_string (value));
      break;

    case PROP_TITLE_ZH:
      gpm_event_set_title_zh (self, g_value_get_string (value));
      break;

    case PROP_SOURCE_ID:
      gpm_event_set_source_id (self, g_value_get_int64 (value));
      break;

    case PROP_QUOTE:
      gpm_event_set_quote (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      gpm_event_set_note (self, g_value_get_string (value));
      break;

    case PROP_VENDOR_IDS:
      {
        GArray *ids = g_value_get_boxed (value);

        if (ids != NULL)
          gpm_event_set_vendor_ids (self, (const gint64 *) (gpointer) ids->data, ids->len);
        else
          gpm_event_set_vendor_ids (self, NULL, 0);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_event_class_init (GpmEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gpm_event_finalize;
  object_class->get_property = gpm_event_get_property;
  object_class->set_property = gpm_event_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        GPM_PARAM_RW);

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL,
                         "market",
                         GPM_PARAM_RW);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_TITLE_ZH] =
    g_param_spec_string ("title-zh", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_SOURCE_ID] =
    g_param_spec_int64 ("source-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        GPM_PARAM_RW);

  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  /* A GArray of gint64, sorted and without duplicates. */
  properties[PROP_VENDOR_IDS] =
    g_param_spec_boxed ("vendor-ids", NULL, NULL,
                        G_TYPE_ARRAY,
                        GPM_PARAM_RW);

  properties[PROP_VENDOR_NAMES] =
    g_param_spec_string ("vendor-names", NULL, NULL,
                         "",
                         GPM_PARAM_RO);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gpm_event_init (GpmEvent *self)
{
  self->date = g_strdup ("");
  self->category = g_strdup ("market");
  self->title = g_strdup ("");
  self->title_zh = g_strdup ("");
  self->quote = g_strdup ("");
  self->note = g_strdup ("");
  self->vendor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->vendor_names = g_strdup ("");
}

GpmEvent *
gpm_event_new (const char *date,
               const char *title)
{
  GpmEvent *self = g_object_new (GPM_TYPE_EVENT, NULL);

  gpm_event_set_date (self, date);
  gpm_event_set_title (self, title);

  return self;
}

GpmEvent *
gpm_event_copy (GpmEvent *self)
{
  GpmEvent *copy;

  g_return_val_if_fail (GPM_IS_EVENT (self), NULL);

  copy = g_object_new (GPM_TYPE_EVENT, NULL);
  gpm_event_set_id (copy, self->id);
  gpm_event_set_date (copy, self->date);
  gpm_event_set_category (copy, self->category);
  gpm_event_set_title (copy, self->title);
  gpm_event_set_title_zh (copy, self->title_zh);
  gpm_event_set_source_id (copy, self->source_id);
  gpm_event_set_quote (copy, self->quote);
  gpm_event_set_note (copy, self->note);
  gpm_event_set_vendor_ids (copy, (const gint64 *) (gpointer) self->vendor_ids->data,
                            self->vendor_ids->len);
  gpm_event_set_labels (copy, self->vendor_names);

  return copy;
}

gint64
gpm_event_get_id (GpmEvent *self)
{
  g_return_val_if_fail (GPM_IS_EVENT (self), 0);

  return self->id;
}

void
gpm_event_set_id (GpmEvent *self,
                  gint64    id)
{
  g_return_if_fail (GPM_IS_EVENT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
gpm_event_get_date (GpmEvent *self)
{
  g_return_val_if_fail (GPM_IS_EVENT (self), NULL);

  return self->date;
}

void
gpm_event_set_date (GpmEvent   *self,
                    const char *date)
{
  g_return_if_fail (GPM_IS_EVENT (self));

  if (gpm_str_set (&self->date, date != NULL ? date : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
gpm_event_get_category (GpmEvent *self)
{
  g_return_val_if_fail (GPM_IS_EVENT (self), NULL);

  return self->category;
}

void
gpm_event_set_category (GpmEvent   *self,
                        const char *category)
{
  g_return_if_fail (GPM_IS_EVENT (self));

  if (gpm_str_set (&self->category, category != NULL ? category : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
gpm_event_get_title (GpmEvent *self)
{
  g_return_val_if_fail (GPM_IS_EVENT (self), NULL);

  return self->title;
}

void
gpm_event_set_title (GpmEvent   *self,
                     const char *title)
{
  g_return_if_fail (GPM_IS_EVENT (self));

  if (gpm_str_set (&self->title, title != NULL ? title : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
gpm_event_get_title_zh (GpmEvent *self)
{
  g_return_val_if_fail (GPM_IS_EVENT (self), NULL);

  return self->title_zh;
}

void
gpm_event_set_title_zh (GpmEvent   *self,
                        const char *title_zh)
{
  g_return_if_fail (GPM_IS_EVENT (self));

  if (gpm_str_set (&self->title_zh, title_zh != NULL ? title_zh : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_ZH]);
}

gint64
gpm_event_get_source_id (GpmEvent *self)
{
  g_return_val_if_fail (GPM_IS_EVENT (self), 0);

  return self->source_id;
}

void
gpm_event_set_source_id (GpmEvent *self,
                         gint64    source_id)
{
  g_return_if_fail (GPM_IS_EVENT (self));

  if (self->source_id == source_id)
    return;

  self->source_id = source_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_ID]);
}

const char *
gpm_event_get_quote (GpmEvent *self)
{
  g_return_val_if_fail (GPM_IS_EVENT (self), NULL);

  return self->quote;
}

void
gpm_event_set_quote (GpmEvent   *self,
                     const char *quote)
{
  g_return_if_fail (GPM_IS_EVENT (self));

  if (gpm_str_set (&self->quote, quote != NULL ? quote : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE]);
}

const char *
gpm_event_get_note (GpmEvent *self)
{
  g_return_val_if_fail (GPM_IS_EVENT (self), NULL);

  return self->note;
}

void
gpm_event_set_note (GpmEvent   *self,
                    const char *note)
{
  g_return_if_fail (GPM_IS_EVENT (self));

  if (gpm_str_set (&self->note, note != NULL ? note : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
gpm_event_get_vendor_names (GpmEvent *self)
{
  g_return_val_if_fail (GPM_IS_EVENT (self), NULL);

  return self->vendor_names;
}

static int
compare_id (const void *a,
            const void *b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * gpm_event_get_vendor_ids:
 * @n_ids: (out): where to store the number of ids
 *
 * Returns: (array length=n_ids) (transfer none): the ids of the vendors the event
 *   concerns, ascending; valid until the next change of the event.
 */
const gint64 *
gpm_event_get_vendor_ids (GpmEvent *self,
                          guint    *n_ids)
{
  g_return_val_if_fail (GPM_IS_EVENT (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->vendor_ids->len;

  return (const gint64 *) (gpointer) self->vendor_ids->data;
}

/**
 * gpm_event_set_vendor_ids:
 * @ids: (array length=n_ids) (nullable): vendor ids, in any order
 *
 * Replaces the vendors the event concerns. The event keeps a set: ids are sorted,
 * duplicates and ids that are not positive are dropped.
 */
void
gpm_event_set_vendor_ids (GpmEvent     *self,
                          const gint64 *ids,
                          guint         n_ids)
{
  g_autoptr(GArray) set = NULL;

  g_return_if_fail (GPM_IS_EVENT (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  set = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] > 0)
      g_array_append_val (set, ids[i]);
  g_array_sort (set, (GCompareFunc) compare_id);

  for (guint i = 1; i < set->len;)
    {
      if (g_array_index (set, gint64, i) == g_array_index (set, gint64, i - 1))
        g_array_remove_index (set, i);
      else
        i++;
    }

  /* memcmp () must not see the NULL data of empty arrays. */
  if (set->len == self->vendor_ids->len
      && (set->len == 0
          || memcmp (set->data, self->vendor_ids->data, set->len * sizeof (gint64)) == 0))
    return;

  g_array_unref (self->vendor_ids);
  self->vendor_ids = g_steal_pointer (&set);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENDOR_IDS]);
}

gboolean
gpm_event_has_vendor (GpmEvent *self,
                      gint64    vendor_id)
{
  g_return_val_if_fail (GPM_IS_EVENT (self), FALSE);

  return bsearch (&vendor_id, self->vendor_ids->data, self->vendor_ids->len,
                  sizeof (gint64), compare_id) != NULL;
}

/**
 * gpm_event_set_labels:
 * @vendor_names: the vendors' English names, ';'-separated
 *
 * Fills the read-only display property. The store calls this from its queries.
 */
void
gpm_event_set_labels (GpmEvent   *self,
                      const char *vendor_names)
{
  g_return_if_fail (GPM_IS_EVENT (self));

  if (gpm_str_set (&self->vendor_names, vendor_names != NULL ? vendor_names : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENDOR_NAMES]);
}
