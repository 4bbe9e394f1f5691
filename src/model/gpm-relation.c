/* gpm-relation.c — the relation item: immutable; its text columns live in one array,
 * each exposed as a construct-only string property named after the column.
 */

#include "config.h"

#include "gpm-relation.h"

struct _GpmRelation
{
  GObject parent_instance;

  gint64  id;
  gint64  vendor_id;
  gint64  other_id;
  gint64  source_id;
  char   *texts[GPM_RELATION_N_TEXTS];
};

G_DEFINE_FINAL_TYPE (GpmRelation, gpm_relation, G_TYPE_OBJECT)

/* The text properties come first, so that a property id minus 1 is its text field. */
enum {
  PROP_0,
  PROP_KIND,
  PROP_PERIOD,
  PROP_DETAIL,
  PROP_QUOTE,
  PROP_VENDOR_NAME,
  PROP_VENDOR_NAME_ZH,
  PROP_VENDOR_NAME_ZH_HANT,
  PROP_OTHER_NAME,
  PROP_OTHER_NAME_ZH,
  PROP_OTHER_NAME_ZH_HANT,
  PROP_ID,
  PROP_VENDOR_ID,
  PROP_OTHER_ID,
  PROP_SOURCE_ID,
  N_PROPS
};

G_STATIC_ASSERT ((int) PROP_OTHER_NAME_ZH_HANT == (int) GPM_RELATION_N_TEXTS);

static GParamSpec *properties[N_PROPS];

#define CONSTRUCT_PARAM (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS)

static void
gpm_relation_finalize (GObject *object)
{
  GpmRelation *self = GPM_RELATION (object);

  for (guint i = 0; i < GPM_RELATION_N_TEXTS; i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (gpm_relation_parent_class)->finalize (object);
}

static gint64 *
int_field (GpmRelation *self,
           guint        prop_id)
{
  switch (prop_id)
    {
    case PROP_ID:
      return &self->id;
    case PROP_VENDOR_ID:
      return &self->vendor_id;
    case PROP_OTHER_ID:
      return &self->other_id;
    case PROP_SOURCE_ID:
    default:
      return &self->source_id;
    }
}

static void
gpm_relation_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GpmRelation *self = GPM_RELATION (object);

  if (prop_id >= PROP_KIND && prop_id <= PROP_OTHER_NAME_ZH_HANT)
    g_value_set_string (value, self->texts[prop_id - PROP_KIND]);
  else if (prop_id >= PROP_ID && prop_id < N_PROPS)
    g_value_set_int64 (value, *int_field (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
gpm_relation_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  GpmRelation *self = GPM_RELATION (object);

  if (prop_id >= PROP_KIND && prop_id <= PROP_OTHER_NAME_ZH_HANT)
    {
      const char *text = g_value_get_string (value);

      g_free (self->texts[prop_id - PROP_KIND]);
      self->texts[prop_id - PROP_KIND] = g_strdup (text != NULL ? text : "");
    }
  else if (prop_id >= PROP_ID && prop_id < N_PROPS)
    {
      *int_field (self, prop_id) = g_value_get_int64 (value);
    }
  else
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_relation_class_init (GpmRelationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const text_names[] = {
    "kind", "period", "detail", "quote", "vendor-name", "vendor-name-zh",
    "vendor-name-zh-hant", "other-name", "other-name-zh", "other-name-zh-hant",
  };

  object_class->finalize = gpm_relation_finalize;
  object_class->get_property = gpm_relation_get_property;
  object_class->set_property = gpm_relation_set_property;

  G_STATIC_ASSERT (G_N_ELEMENTS (text_names) == GPM_RELATION_N_TEXTS);
  for (guint i = 0; i < GPM_RELATION_N_TEXTS; i++)
    properties[PROP_KIND + i] = g_param_spec_string (text_names[i], NULL, NULL, "",
                                                     CONSTRUCT_PARAM);
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, CONSTRUCT_PARAM);
  properties[PROP_VENDOR_ID] =
    g_param_spec_int64 ("vendor-id", NULL, NULL, 0, G_MAXINT64, 0, CONSTRUCT_PARAM);
  properties[PROP_OTHER_ID] =
    g_param_spec_int64 ("other-id", NULL, NULL, 0, G_MAXINT64, 0, CONSTRUCT_PARAM);
  properties[PROP_SOURCE_ID] =
    g_param_spec_int64 ("source-id", NULL, NULL, 0, G_MAXINT64, 0, CONSTRUCT_PARAM);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gpm_relation_init (GpmRelation *self)
{
  for (guint i = 0; i < GPM_RELATION_N_TEXTS; i++)
    self->texts[i] = g_strdup ("");
}

/**
 * gpm_relation_new:
 * @texts: (array fixed-size=10): the text fields in #GpmRelationText order; NULL ones
 *   become empty
 */
GpmRelation *
gpm_relation_new (gint64              id,
                  gint64              vendor_id,
                  gint64              other_id,
                  gint64              source_id,
                  const char * const *texts)
{
  GpmRelation *self;

  g_return_val_if_fail (texts != NULL, NULL);

  self = g_object_new (GPM_TYPE_RELATION,
                       "id", id,
                       "vendor-id", vendor_id,
                       "other-id", other_id,
                       "source-id", source_id,
                       NULL);
  for (guint i = 0; i < GPM_RELATION_N_TEXTS; i++)
    {
      g_free (self->texts[i]);
      self->texts[i] = g_strdup (texts[i] != NULL ? texts[i] : "");
    }

  return self;
}

gint64
gpm_relation_get_id (GpmRelation *self)
{
  g_return_val_if_fail (GPM_IS_RELATION (self), 0);

  return self->id;
}

gint64
gpm_relation_get_vendor_id (GpmRelation *self)
{
  g_return_val_if_fail (GPM_IS_RELATION (self), 0);

  return self->vendor_id;
}

gint64
gpm_relation_get_other_id (GpmRelation *self)
{
  g_return_val_if_fail (GPM_IS_RELATION (self), 0);

  return self->other_id;
}

gint64
gpm_relation_get_source_id (GpmRelation *self)
{
  g_return_val_if_fail (GPM_IS_RELATION (self), 0);

  return self->source_id;
}

const char *
gpm_relation_get_text (GpmRelation     *self,
                       GpmRelationText  field)
{
  g_return_val_if_fail (GPM_IS_RELATION (self), NULL);
  g_return_val_if_fail (field < GPM_RELATION_N_TEXTS, NULL);

  return self->texts[field];
}

const char *
gpm_relation_get_kind (GpmRelation *self)
{
  return gpm_relation_get_text (self, GPM_RELATION_KIND);
}

const char *
gpm_relation_get_period (GpmRelation *self)
{
  return gpm_relation_get_text (self, GPM_RELATION_PERIOD);
}

const char *
gpm_relation_get_detail (GpmRelation *self)
{
  return gpm_relation_get_text (self, GPM_RELATION_DETAIL);
}

const char *
gpm_relation_get_quote (GpmRelation *self)
{
  return gpm_relation_get_text (self, GPM_RELATION_QUOTE);
}
