/* gpm-product.c — the product item: immutable, one construct-only property per column. */

#include "config.h"

#include "gpm-product.h"

struct _GpmProduct
{
  GObject parent_instance;

  gint64  id;
  gint64  vendor_id;
  char   *name;
  char   *name_zh;
  char   *description;
  gint64  source_id;
  char   *quote;
};

G_DEFINE_FINAL_TYPE (GpmProduct, gpm_product, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VENDOR_ID,
  PROP_NAME,
  PROP_NAME_ZH,
  PROP_DESCRIPTION,
  PROP_SOURCE_ID,
  PROP_QUOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define CONSTRUCT_PARAM (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS)

static void
gpm_product_finalize (GObject *object)
{
  GpmProduct *self = GPM_PRODUCT (object);

  g_free (self->name);
  g_free (self->name_zh);
  g_free (self->description);
  g_free (self->quote);

  G_OBJECT_CLASS (gpm_product_parent_class)->finalize (object);
}

static void
gpm_product_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GpmProduct *self = GPM_PRODUCT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_VENDOR_ID:
      g_value_set_int64 (value, self->vendor_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_NAME_ZH:
      g_value_set_string (value, self->name_zh);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_SOURCE_ID:
      g_value_set_int64 (value, self->source_id);
      break;
    case PROP_QUOTE:
      g_value_set_string (value, self->quote);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* NULL becomes "", so getters never return NULL. */
static char *
dup_text (const GValue *value)
{
  const char *text = g_value_get_string (value);

  return g_strdup (text != NULL ? text : "");
}

static void
gpm_product_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  GpmProduct *self = GPM_PRODUCT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_VENDOR_ID:
      self->vendor_id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = dup_text (value);
      break;
    case PROP_NAME_ZH:
      g_free (self->name_zh);
      self->name_zh = dup_text (value);
      break;
    case PROP_DESCRIPTION:
      g_free (self->description);
      self->description = dup_text (value);
      break;
    case PROP_SOURCE_ID:
      self->source_id = g_value_get_int64 (value);
      break;
    case PROP_QUOTE:
      g_free (self->quote);
      self->quote = dup_text (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_product_class_init (GpmProductClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gpm_product_finalize;
  object_class->get_property = gpm_product_get_property;
  object_class->set_property = gpm_product_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, CONSTRUCT_PARAM);
  properties[PROP_VENDOR_ID] =
    g_param_spec_int64 ("vendor-id", NULL, NULL, 0, G_MAXINT64, 0, CONSTRUCT_PARAM);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", CONSTRUCT_PARAM);
  properties[PROP_NAME_ZH] =
    g_param_spec_string ("name-zh", NULL, NULL, "", CONSTRUCT_PARAM);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "", CONSTRUCT_PARAM);
  properties[PROP_SOURCE_ID] =
    g_param_spec_int64 ("source-id", NULL, NULL, 0, G_MAXINT64, 0, CONSTRUCT_PARAM);
  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL, "", CONSTRUCT_PARAM);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gpm_product_init (GpmProduct *self)
{
  self->name = g_strdup ("");
  self->name_zh = g_strdup ("");
  self->description = g_strdup ("");
  self->quote = g_strdup ("");
}

GpmProduct *
gpm_product_new (gint64      id,
                 gint64      vendor_id,
                 const char *name,
                 const char *name_zh,
                 const char *description,
                 gint64      source_id,
                 const char *quote)
{
  return g_object_new (GPM_TYPE_PRODUCT,
                       "id", id,
                       "vendor-id", vendor_id,
                       "name", name,
                       "name-zh", name_zh,
                       "description", description,
                       "source-id", source_id,
                       "quote", quote,
                       NULL);
}

gint64
gpm_product_get_id (GpmProduct *self)
{
  g_return_val_if_fail (GPM_IS_PRODUCT (self), 0);

  return self->id;
}

gint64
gpm_product_get_vendor_id (GpmProduct *self)
{
  g_return_val_if_fail (GPM_IS_PRODUCT (self), 0);

  return self->vendor_id;
}

const char *
gpm_product_get_name (GpmProduct *self)
{
  g_return_val_if_fail (GPM_IS_PRODUCT (self), NULL);

  return self->name;
}

const char *
gpm_product_get_name_zh (GpmProduct *self)
{
  g_return_val_if_fail (GPM_IS_PRODUCT (self), NULL);

  return self->name_zh;
}

const char *
gpm_product_get_description (GpmProduct *self)
{
  g_return_val_if_fail (GPM_IS_PRODUCT (self), NULL);

  return self->description;
}

gint64
gpm_product_get_source_id (GpmProduct *self)
{
  g_return_val_if_fail (GPM_IS_PRODUCT (self), 0);

  return self->source_id;
}

const char *
gpm_product_get_quote (GpmProduct *self)
{
  g_return_val_if_fail (GPM_IS_PRODUCT (self), NULL);

  return self->quote;
}
