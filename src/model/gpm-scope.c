/* gpm-scope.c — the scope item: one property per column of the scopes table. */

#include "config.h"

#include "gpm-scope.h"
#include "gpm-model-private.h"

struct _GpmScope
{
  GObject parent_instance;

  gint64  id;
  char   *key;
  char   *name;
  char   *name_zh;
};

G_DEFINE_FINAL_TYPE (GpmScope, gpm_scope, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_NAME,
  PROP_NAME_ZH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
gpm_scope_finalize (GObject *object)
{
  GpmScope *self = GPM_SCOPE (object);

  g_free (self->key);
  g_free (self->name);
  g_free (self->name_zh);

  G_OBJECT_CLASS (gpm_scope_parent_class)->finalize (object);
}

static void
gpm_scope_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  GpmScope *self = GPM_SCOPE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, gpm_scope_get_id (self));
      break;

    case PROP_KEY:
      g_value_set_string (value, gpm_scope_get_key (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, gpm_scope_get_name (self));
      break;

    case PROP_NAME_ZH:
      g_value_set_string (value, gpm_scope_get_name_zh (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_scope_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  GpmScope *self = GPM_SCOPE (object);

  switch (prop_id)
    {
    case PROP_ID:
      gpm_scope_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_KEY:
      gpm_scope_set_key (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      gpm_scope_set_name (self, g_value_get_string (value));
      break;

    case PROP_NAME_ZH:
      gpm_scope_set_name_zh (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_scope_class_init (GpmScopeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gpm_scope_finalize;
  object_class->get_property = gpm_scope_get_property;
  object_class->set_property = gpm_scope_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        GPM_PARAM_RW);

  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_NAME_ZH] =
    g_param_spec_string ("name-zh", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gpm_scope_init (GpmScope *self)
{
  self->key = g_strdup ("");
  self->name = g_strdup ("");
  self->name_zh = g_strdup ("");
}

GpmScope *
gpm_scope_new (const char *key,
               const char *name,
               const char *name_zh)
{
  GpmScope *self = g_object_new (GPM_TYPE_SCOPE, NULL);

  gpm_scope_set_key (self, key);
  gpm_scope_set_name (self, name);
  gpm_scope_set_name_zh (self, name_zh);

  return self;
}

GpmScope *
gpm_scope_copy (GpmScope *self)
{
  GpmScope *copy;

  g_return_val_if_fail (GPM_IS_SCOPE (self), NULL);

  copy = g_object_new (GPM_TYPE_SCOPE, NULL);
  gpm_scope_set_id (copy, self->id);
  gpm_scope_set_key (copy, self->key);
  gpm_scope_set_name (copy, self->name);
  gpm_scope_set_name_zh (copy, self->name_zh);

  return copy;
}

gint64
gpm_scope_get_id (GpmScope *self)
{
  g_return_val_if_fail (GPM_IS_SCOPE (self), 0);

  return self->id;
}

void
gpm_scope_set_id (GpmScope *self,
                  gint64    id)
{
  g_return_if_fail (GPM_IS_SCOPE (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
gpm_scope_get_key (GpmScope *self)
{
  g_return_val_if_fail (GPM_IS_SCOPE (self), NULL);

  return self->key;
}

void
gpm_scope_set_key (GpmScope   *self,
                   const char *key)
{
  g_return_if_fail (GPM_IS_SCOPE (self));

  if (gpm_str_set (&self->key, key != NULL ? key : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

const char *
gpm_scope_get_name (GpmScope *self)
{
  g_return_val_if_fail (GPM_IS_SCOPE (self), NULL);

  return self->name;
}

void
gpm_scope_set_name (GpmScope   *self,
                    const char *name)
{
  g_return_if_fail (GPM_IS_SCOPE (self));

  if (gpm_str_set (&self->name, name != NULL ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
gpm_scope_get_name_zh (GpmScope *self)
{
  g_return_val_if_fail (GPM_IS_SCOPE (self), NULL);

  return self->name_zh;
}

void
gpm_scope_set_name_zh (GpmScope   *self,
                       const char *name_zh)
{
  g_return_if_fail (GPM_IS_SCOPE (self));

  if (gpm_str_set (&self->name_zh, name_zh != NULL ? name_zh : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME_ZH]);
}
