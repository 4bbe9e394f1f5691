/* gpm-source.c — the source item: one property per column of the sources table. */

#include "config.h"

#include "gpm-source.h"
#include "gpm-model-private.h"

struct _GpmSource
{
  GObject parent_instance;

  gint64  id;
  char   *key;
  char   *publisher;
  char   *publisher_zh;
  char   *title;
  char   *published;
  char   *language;
  char   *url;
};

G_DEFINE_FINAL_TYPE (GpmSource, gpm_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_PUBLISHER,
  PROP_PUBLISHER_ZH,
  PROP_TITLE,
  PROP_PUBLISHED,
  PROP_LANGUAGE,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
gpm_source_finalize (GObject *object)
{
  GpmSource *self = GPM_SOURCE (object);

  g_free (self->key);
  g_free (self->publisher);
  g_free (self->publisher_zh);
  g_free (self->title);
  g_free (self->published);
  g_free (self->language);
  g_free (self->url);

  G_OBJECT_CLASS (gpm_source_parent_class)->finalize (object);
}

static void
gpm_source_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  GpmSource *self = GPM_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, gpm_source_get_id (self));
      break;

    case PROP_KEY:
      g_value_set_string (value, gpm_source_get_key (self));
      break;

    case PROP_PUBLISHER:
      g_value_set_string (value, gpm_source_get_publisher (self));
      break;

    case PROP_PUBLISHER_ZH:
      g_value_set_string (value, gpm_source_get_publisher_zh (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, gpm_source_get_title (self));
      break;

    case PROP_PUBLISHED:
      g_value_set_string (value, gpm_source_get_published (self));
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, gpm_source_get_language (self));
      break;

    case PROP_URL:
      g_value_set_string (value, gpm_source_get_url (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_source_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  GpmSource *self = GPM_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      gpm_source_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_KEY:
      gpm_source_set_key (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHER:
      gpm_source_set_publisher (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHER_ZH:
      gpm_source_set_publisher_zh (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      gpm_source_set_title (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHED:
      gpm_source_set_published (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      gpm_source_set_language (self, g_value_get_string (value));
      break;

    case PROP_URL:
      gpm_source_set_url (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_source_class_init (GpmSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gpm_source_finalize;
  object_class->get_property = gpm_source_get_property;
  object_class->set_property = gpm_source_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        GPM_PARAM_RW);

  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_PUBLISHER_ZH] =
    g_param_spec_string ("publisher-zh", NULL, NULL,
                         NULL,
                         GPM_PARAM_RW);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_PUBLISHED] =
    g_param_spec_string ("published", NULL, NULL,
                         NULL,
                         GPM_PARAM_RW);

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         GPM_PARAM_RW);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gpm_source_init (GpmSource *self)
{
  self->key = g_strdup ("");
  self->publisher = g_strdup ("");
  self->title = g_strdup ("");
  self->language = g_strdup ("");
}

GpmSource *
gpm_source_new (const char *key,
                const char *publisher,
                const char *title,
                const char *language)
{
  GpmSource *self = g_object_new (GPM_TYPE_SOURCE, NULL);

  gpm_source_set_key (self, key);
  gpm_source_set_publisher (self, publisher);
  gpm_source_set_title (self, title);
  gpm_source_set_language (self, language);

  return self;
}

GpmSource *
gpm_source_copy (GpmSource *self)
{
  GpmSource *copy;

  g_return_val_if_fail (GPM_IS_SOURCE (self), NULL);

  copy = g_object_new (GPM_TYPE_SOURCE, NULL);
  gpm_source_set_id (copy, self->id);
  gpm_source_set_key (copy, self->key);
  gpm_source_set_publisher (copy, self->publisher);
  gpm_source_set_publisher_zh (copy, self->publisher_zh);
  gpm_source_set_title (copy, self->title);
  gpm_source_set_published (copy, self->published);
  gpm_source_set_language (copy, self->language);
  gpm_source_set_url (copy, self->url);

  return copy;
}

gint64
gpm_source_get_id (GpmSource *self)
{
  g_return_val_if_fail (GPM_IS_SOURCE (self), 0);

  return self->id;
}

void
gpm_source_set_id (GpmSource *self,
                   gint64     id)
{
  g_return_if_fail (GPM_IS_SOURCE (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
gpm_source_get_key (GpmSource *self)
{
  g_return_val_if_fail (GPM_IS_SOURCE (self), NULL);

  return self->key;
}

void
gpm_source_set_key (GpmSource  *self,
                    const char *key)
{
  g_return_if_fail (GPM_IS_SOURCE (self));

  if (gpm_str_set (&self->key, key != NULL ? key : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

const char *
gpm_source_get_publisher (GpmSource *self)
{
  g_return_val_if_fail (GPM_IS_SOURCE (self), NULL);

  return self->publisher;
}

void
gpm_source_set_publisher (GpmSource  *self,
                          const char *publisher)
{
  g_return_if_fail (GPM_IS_SOURCE (self));

  if (gpm_str_set (&self->publisher, publisher != NULL ? publisher : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHER]);
}

const char *
gpm_source_get_publisher_zh (GpmSource *self)
{
  g_return_val_if_fail (GPM_IS_SOURCE (self), NULL);

  return self->publisher_zh;
}

void
gpm_source_set_publisher_zh (GpmSource  *self,
                             const char *publisher_zh)
{
  g_return_if_fail (GPM_IS_SOURCE (self));

  if (gpm_str_set (&self->publisher_zh, publisher_zh))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHER_ZH]);
}

const char *
gpm_source_get_title (GpmSource *self)
{
  g_return_val_if_fail (GPM_IS_SOURCE (self), NULL);

  return self->title;
}

void
gpm_source_set_title (GpmSource  *self,
                      const char *title)
{
  g_return_if_fail (GPM_IS_SOURCE (self));

  if (gpm_str_set (&self->title, title != NULL ? title : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
gpm_source_get_published (GpmSource *self)
{
  g_return_val_if_fail (GPM_IS_SOURCE (self), NULL);

  return self->published;
}

void
gpm_source_set_published (GpmSource  *self,
                          const char *published)
{
  g_return_if_fail (GPM_IS_SOURCE (self));

  if (gpm_str_set (&self->published, published))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED]);
}

const char *
gpm_source_get_language (GpmSource *self)
{
  g_return_val_if_fail (GPM_IS_SOURCE (self), NULL);

  return self->language;
}

void
gpm_source_set_language (GpmSource  *self,
                         const char *language)
{
  g_return_if_fail (GPM_IS_SOURCE (self));

  if (gpm_str_set (&self->language, language != NULL ? language : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
gpm_source_get_url (GpmSource *self)
{
  g_return_val_if_fail (GPM_IS_SOURCE (self), NULL);

  return self->url;
}

void
gpm_source_set_url (GpmSource  *self,
                    const char *url)
{
  g_return_if_fail (GPM_IS_SOURCE (self));

  if (gpm_str_set (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}
