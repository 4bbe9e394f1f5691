/* gpm-saved-chart.c — the saved chart item: one property per column of saved_charts. */

#include "config.h"

#include "gpm-saved-chart.h"
#include "gpm-model-private.h"

struct _GpmSavedChart
{
  GObject parent_instance;

  gint64    id;
  char     *name;
  char     *spec;
  gboolean  builtin;
  char     *created;
  char     *modified;
};

G_DEFINE_FINAL_TYPE (GpmSavedChart, gpm_saved_chart, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SPEC,
  PROP_BUILTIN,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
gpm_saved_chart_finalize (GObject *object)
{
  GpmSavedChart *self = GPM_SAVED_CHART (object);

  g_free (self->name);
  g_free (self->spec);
  g_free (self->created);
  g_free (self->modified);

  G_OBJECT_CLASS (gpm_saved_chart_parent_class)->finalize (object);
}

static void
gpm_saved_chart_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GpmSavedChart *self = GPM_SAVED_CHART (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, gpm_saved_chart_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, gpm_saved_chart_get_name (self));
      break;

    case PROP_SPEC:
      g_value_set_string (value, gpm_saved_chart_get_spec (self));
      break;

    case PROP_BUILTIN:
      g_value_set_boolean (value, gpm_saved_chart_get_builtin (self));
      break;

    case PROP_CREATED:
      g_value_set_string (value, gpm_saved_chart_get_created (self));
      break;

    case PROP_MODIFIED:
      g_value_set_string (value, gpm_saved_chart_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_saved_chart_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GpmSavedChart *self = GPM_SAVED_CHART (object);

  switch (prop_id)
    {
    case PROP_ID:
      gpm_saved_chart_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      gpm_saved_chart_set_name (self, g_value_get_string (value));
      break;

    case PROP_SPEC:
      gpm_saved_chart_set_spec (self, g_value_get_string (value));
      break;

    case PROP_BUILTIN:
      gpm_saved_chart_set_builtin (self, g_value_get_boolean (value));
      break;

    case PROP_CREATED:
      gpm_saved_chart_set_created (self, g_value_get_string (value));
      break;

    case PROP_MODIFIED:
      gpm_saved_chart_set_modified (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_saved_chart_class_init (GpmSavedChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gpm_saved_chart_finalize;
  object_class->get_property = gpm_saved_chart_get_property;
  object_class->set_property = gpm_saved_chart_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        GPM_PARAM_RW);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_SPEC] =
    g_param_spec_string ("spec", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_BUILTIN] =
    g_param_spec_boolean ("builtin", NULL, NULL,
                          FALSE,
                          GPM_PARAM_RW);

  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_MODIFIED] =
    g_param_spec_string ("modified", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gpm_saved_chart_init (GpmSavedChart *self)
{
  self->name = g_strdup ("");
  self->spec = g_strdup ("");
  self->created = g_strdup ("");
  self->modified = g_strdup ("");
}

GpmSavedChart *
gpm_saved_chart_new (const char *name,
                     const char *spec)
{
  GpmSavedChart *self = g_object_new (GPM_TYPE_SAVED_CHART, NULL);

  gpm_saved_chart_set_name (self, name);
  gpm_saved_chart_set_spec (self, spec);

  return self;
}

GpmSavedChart *
gpm_saved_chart_copy (GpmSavedChart *self)
{
  GpmSavedChart *copy;

  g_return_val_if_fail (GPM_IS_SAVED_CHART (self), NULL);

  copy = g_object_new (GPM_TYPE_SAVED_CHART, NULL);
  gpm_saved_chart_set_id (copy, self->id);
  gpm_saved_chart_set_name (copy, self->name);
  gpm_saved_chart_set_spec (copy, self->spec);
  gpm_saved_chart_set_builtin (copy, self->builtin);
  gpm_saved_chart_set_created (copy, self->created);
  gpm_saved_chart_set_modified (copy, self->modified);

  return copy;
}

gint64
gpm_saved_chart_get_id (GpmSavedChart *self)
{
  g_return_val_if_fail (GPM_IS_SAVED_CHART (self), 0);

  return self->id;
}

void
gpm_saved_chart_set_id (GpmSavedChart *self,
                        gint64         id)
{
  g_return_if_fail (GPM_IS_SAVED_CHART (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
gpm_saved_chart_get_name (GpmSavedChart *self)
{
  g_return_val_if_fail (GPM_IS_SAVED_CHART (self), NULL);

  return self->name;
}

void
gpm_saved_chart_set_name (GpmSavedChart *self,
                          const char    *name)
{
  g_return_if_fail (GPM_IS_SAVED_CHART (self));

  if (gpm_str_set (&self->name, name != NULL ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
gpm_saved_chart_get_spec (GpmSavedChart *self)
{
  g_return_val_if_fail (GPM_IS_SAVED_CHART (self), NULL);

  return self->spec;
}

void
gpm_saved_chart_set_spec (GpmSavedChart *self,
                          const char    *spec)
{
  g_return_if_fail (GPM_IS_SAVED_CHART (self));

  if (gpm_str_set (&self->spec, spec != NULL ? spec : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEC]);
}

gboolean
gpm_saved_chart_get_builtin (GpmSavedChart *self)
{
  g_return_val_if_fail (GPM_IS_SAVED_CHART (self), FALSE);

  return self->builtin;
}

void
gpm_saved_chart_set_builtin (GpmSavedChart *self,
                             gboolean       builtin)
{
  g_return_if_fail (GPM_IS_SAVED_CHART (self));

  builtin = !!builtin;
  if (self->builtin == builtin)
    return;

  self->builtin = builtin;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUILTIN]);
}

const char *
gpm_saved_chart_get_created (GpmSavedChart *self)
{
  g_return_val_if_fail (GPM_IS_SAVED_CHART (self), NULL);

  return self->created;
}

void
gpm_saved_chart_set_created (GpmSavedChart *self,
                             const char    *created)
{
  g_return_if_fail (GPM_IS_SAVED_CHART (self));

  if (gpm_str_set (&self->created, created != NULL ? created : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

const char *
gpm_saved_chart_get_modified (GpmSavedChart *self)
{
  g_return_val_if_fail (GPM_IS_SAVED_CHART (self), NULL);

  return self->modified;
}

void
gpm_saved_chart_set_modified (GpmSavedChart *self,
                              const char    *modified)
{
  g_return_if_fail (GPM_IS_SAVED_CHART (self));

  if (gpm_str_set (&self->modified, modified != NULL ? modified : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}
