/* gpm-metric.c — the metric item: one property per column of the metrics table. */

#include "config.h"

#include "gpm-metric.h"
#include "gpm-model-private.h"

struct _GpmMetric
{
  GObject parent_instance;

  gint64  id;
  char   *key;
  char   *name;
  char   *name_zh;
  char   *kind;
  char   *unit;
};

G_DEFINE_FINAL_TYPE (GpmMetric, gpm_metric, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_NAME,
  PROP_NAME_ZH,
  PROP_KIND,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
gpm_metric_finalize (GObject *object)
{
  GpmMetric *self = GPM_METRIC (object);

  g_free (self->key);
  g_free (self->name);
  g_free (self->name_zh);
  g_free (self->kind);
  g_free (self->unit);

  G_OBJECT_CLASS (gpm_metric_parent_class)->finalize (object);
}

static void
gpm_metric_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  GpmMetric *self = GPM_METRIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, gpm_metric_get_id (self));
      break;

    case PROP_KEY:
      g_value_set_string (value, gpm_metric_get_key (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, gpm_metric_get_name (self));
      break;

    case PROP_NAME_ZH:
      g_value_set_string (value, gpm_metric_get_name_zh (self));
      break;

    case PROP_KIND:
      g_value_set_string (value, gpm_metric_get_kind (self));
      break;

    case PROP_UNIT:
      g_value_set_string (value, gpm_metric_get_unit (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_metric_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  GpmMetric *self = GPM_METRIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      gpm_metric_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_KEY:
      gpm_metric_set_key (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      gpm_metric_set_name (self, g_value_get_string (value));
      break;

    case PROP_NAME_ZH:
      gpm_metric_set_name_zh (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      gpm_metric_set_kind (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      gpm_metric_set_unit (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_metric_class_init (GpmMetricClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gpm_metric_finalize;
  object_class->get_property = gpm_metric_get_property;
  object_class->set_property = gpm_metric_set_property;

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

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gpm_metric_init (GpmMetric *self)
{
  self->key = g_strdup ("");
  self->name = g_strdup ("");
  self->name_zh = g_strdup ("");
  self->kind = g_strdup ("");
  self->unit = g_strdup ("");
}

GpmMetric *
gpm_metric_new (const char *key,
                const char *name,
                const char *name_zh,
                const char *kind,
                const char *unit)
{
  GpmMetric *self = g_object_new (GPM_TYPE_METRIC, NULL);

  gpm_metric_set_key (self, key);
  gpm_metric_set_name (self, name);
  gpm_metric_set_name_zh (self, name_zh);
  gpm_metric_set_kind (self, kind);
  gpm_metric_set_unit (self, unit);

  return self;
}

GpmMetric *
gpm_metric_copy (GpmMetric *self)
{
  GpmMetric *copy;

  g_return_val_if_fail (GPM_IS_METRIC (self), NULL);

  copy = g_object_new (GPM_TYPE_METRIC, NULL);
  gpm_metric_set_id (copy, self->id);
  gpm_metric_set_key (copy, self->key);
  gpm_metric_set_name (copy, self->name);
  gpm_metric_set_name_zh (copy, self->name_zh);
  gpm_metric_set_kind (copy, self->kind);
  gpm_metric_set_unit (copy, self->unit);

  return copy;
}

gint64
gpm_metric_get_id (GpmMetric *self)
{
  g_return_val_if_fail (GPM_IS_METRIC (self), 0);

  return self->id;
}

void
gpm_metric_set_id (GpmMetric *self,
                   gint64     id)
{
  g_return_if_fail (GPM_IS_METRIC (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
gpm_metric_get_key (GpmMetric *self)
{
  g_return_val_if_fail (GPM_IS_METRIC (self), NULL);

  return self->key;
}

void
gpm_metric_set_key (GpmMetric  *self,
                    const char *key)
{
  g_return_if_fail (GPM_IS_METRIC (self));

  if (gpm_str_set (&self->key, key != NULL ? key : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

const char *
gpm_metric_get_name (GpmMetric *self)
{
  g_return_val_if_fail (GPM_IS_METRIC (self), NULL);

  return self->name;
}

void
gpm_metric_set_name (GpmMetric  *self,
                     const char *name)
{
  g_return_if_fail (GPM_IS_METRIC (self));

  if (gpm_str_set (&self->name, name != NULL ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
gpm_metric_get_name_zh (GpmMetric *self)
{
  g_return_val_if_fail (GPM_IS_METRIC (self), NULL);

  return self->name_zh;
}

void
gpm_metric_set_name_zh (GpmMetric  *self,
                        const char *name_zh)
{
  g_return_if_fail (GPM_IS_METRIC (self));

  if (gpm_str_set (&self->name_zh, name_zh != NULL ? name_zh : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME_ZH]);
}

const char *
gpm_metric_get_kind (GpmMetric *self)
{
  g_return_val_if_fail (GPM_IS_METRIC (self), NULL);

  return self->kind;
}

void
gpm_metric_set_kind (GpmMetric  *self,
                     const char *kind)
{
  g_return_if_fail (GPM_IS_METRIC (self));

  if (gpm_str_set (&self->kind, kind != NULL ? kind : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
gpm_metric_get_unit (GpmMetric *self)
{
  g_return_val_if_fail (GPM_IS_METRIC (self), NULL);

  return self->unit;
}

void
gpm_metric_set_unit (GpmMetric  *self,
                     const char *unit)
{
  g_return_if_fail (GPM_IS_METRIC (self));

  if (gpm_str_set (&self->unit, unit != NULL ? unit : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}
