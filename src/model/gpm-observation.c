/* gpm-observation.c — the observation item: one property per column of observations,
 * plus the read-only labels the store fills in.
 */

#include "config.h"

#include "gpm-observation.h"
#include "gpm-model-private.h"

struct _GpmObservation
{
  GObject parent_instance;

  gint64    id;
  gint64    vendor_id;
  gint64    scope_id;
  gint64    metric_id;
  char     *period;
  double    value;
  char     *unit;
  char     *qualifier;
  char     *status;
  gboolean  doubtful;
  gint64    source_id;
  char     *quote;
  char     *note;
  char     *subject_name;
  char     *subject_name_zh;
  char     *metric_key;
  char     *source_title;
};

G_DEFINE_FINAL_TYPE (GpmObservation, gpm_observation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VENDOR_ID,
  PROP_SCOPE_ID,
  PROP_METRIC_ID,
  PROP_PERIOD,
  PROP_VALUE,
  PROP_UNIT,
  PROP_QUALIFIER,
  PROP_STATUS,
  PROP_DOUBTFUL,
  PROP_SOURCE_ID,
  PROP_QUOTE,
  PROP_NOTE,
  PROP_SUBJECT_NAME,
  PROP_SUBJECT_NAME_ZH,
  PROP_METRIC_KEY,
  PROP_SOURCE_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
gpm_observation_finalize (GObject *object)
{
  GpmObservation *self = GPM_OBSERVATION (object);

  g_free (self->period);
  g_free (self->unit);
  g_free (self->qualifier);
  g_free (self->status);
  g_free (self->quote);
  g_free (self->note);
  g_free (self->subject_name);
  g_free (self->subject_name_zh);
  g_free (self->metric_key);
  g_free (self->source_title);

  G_OBJECT_CLASS (gpm_observation_parent_class)->finalize (object);
}

static void
gpm_observation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GpmObservation *self = GPM_OBSERVATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, gpm_observation_get_id (self));
      break;

    case PROP_VENDOR_ID:
      g_value_set_int64 (value, gpm_observation_get_vendor_id (self));
      break;

    case PROP_SCOPE_ID:
      g_value_set_int64 (value, gpm_observation_get_scope_id (self));
      break;

    case PROP_METRIC_ID:
      g_value_set_int64 (value, gpm_observation_get_metric_id (self));
      break;

    case PROP_PERIOD:
      g_value_set_string (value, gpm_observation_get_period (self));
      break;

    case PROP_VALUE:
      g_value_set_double (value, gpm_observation_get_value (self));
      break;

    case PROP_UNIT:
      g_value_set_string (value, gpm_observation_get_unit (self));
      break;

    case PROP_QUALIFIER:
      g_value_set_string (value, gpm_observation_get_qualifier (self));
      break;

    case PROP_STATUS:
      g_value_set_string (value, gpm_observation_get_status (self));
      break;

    case PROP_DOUBTFUL:
      g_value_set_boolean (value, gpm_observation_get_doubtful (self));
      break;

    case PROP_SOURCE_ID:
      g_value_set_int64 (value, gpm_observation_get_source_id (self));
      break;

    case PROP_QUOTE:
      g_value_set_string (value, gpm_observation_get_quote (self));
      break;

    case PROP_NOTE:
      g_value_set_string (value, gpm_observation_get_note (self));
      break;

    case PROP_SUBJECT_NAME:
      g_value_set_string (value, gpm_observation_get_subject_name (self));
      break;

    case PROP_SUBJECT_NAME_ZH:
      g_value_set_string (value, gpm_observation_get_subject_name_zh (self));
      break;

    case PROP_METRIC_KEY:
      g_value_set_string (value, gpm_observation_get_metric_key (self));
      break;

    case PROP_SOURCE_TITLE:
      g_value_set_string (value, gpm_observation_get_source_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_observation_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GpmObservation *self = GPM_OBSERVATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      gpm_observation_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_VENDOR_ID:
      gpm_observation_set_vendor_id (self, g_value_get_int64 (value));
      break;

    case PROP_SCOPE_ID:
      gpm_observation_set_scope_id (self, g_value_get_int64 (value));
      break;

    case PROP_METRIC_ID:
      gpm_observation_set_metric_id (self, g_value_get_int64 (value));
      break;

    case PROP_PERIOD:
      gpm_observation_set_period (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      gpm_observation_set_value (self, g_value_get_double (value));
      break;

    case PROP_UNIT:
      gpm_observation_set_unit (self, g_value_get_string (value));
      break;

    case PROP_QUALIFIER:
      gpm_observation_set_qualifier (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      gpm_observation_set_status (self, g_value_get_string (value));
      break;

    case PROP_DOUBTFUL:
      gpm_observation_set_doubtful (self, g_value_get_boolean (value));
      break;

    case PROP_SOURCE_ID:
      gpm_observation_set_source_id (self, g_value_get_int64 (value));
      break;

    case PROP_QUOTE:
      gpm_observation_set_quote (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      gpm_observation_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_observation_class_init (GpmObservationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gpm_observation_finalize;
  object_class->get_property = gpm_observation_get_property;
  object_class->set_property = gpm_observation_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        GPM_PARAM_RW);

  properties[PROP_VENDOR_ID] =
    g_param_spec_int64 ("vendor-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        GPM_PARAM_RW);

  properties[PROP_SCOPE_ID] =
    g_param_spec_int64 ("scope-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        GPM_PARAM_RW);

  properties[PROP_METRIC_ID] =
    g_param_spec_int64 ("metric-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        GPM_PARAM_RW);

  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         GPM_PARAM_RW);

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_QUALIFIER] =
    g_param_spec_string ("qualifier", NULL, NULL,
                         "exact",
                         GPM_PARAM_RW);

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         "reported",
                         GPM_PARAM_RW);

  properties[PROP_DOUBTFUL] =
    g_param_spec_boolean ("doubtful", NULL, NULL,
                          FALSE,
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

  properties[PROP_SUBJECT_NAME] =
    g_param_spec_string ("subject-name", NULL, NULL,
                         "",
                         GPM_PARAM_RO);

  properties[PROP_SUBJECT_NAME_ZH] =
    g_param_spec_string ("subject-name-zh", NULL, NULL,
                         "",
                         GPM_PARAM_RO);

  properties[PROP_METRIC_KEY] =
    g_param_spec_string ("metric-key", NULL, NULL,
                         "",
                         GPM_PARAM_RO);

  properties[PROP_SOURCE_TITLE] =
    g_param_spec_string ("source-title", NULL, NULL,
                         "",
                         GPM_PARAM_RO);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gpm_observation_init (GpmObservation *self)
{
  self->period = g_strdup ("");
  self->unit = g_strdup ("");
  self->qualifier = g_strdup ("exact");
  self->status = g_strdup ("reported");
  self->quote = g_strdup ("");
  self->note = g_strdup ("");
  self->subject_name = g_strdup ("");
  self->subject_name_zh = g_strdup ("");
  self->metric_key = g_strdup ("");
  self->source_title = g_strdup ("");
}

GpmObservation *
gpm_observation_new (void)
{
  return g_object_new (GPM_TYPE_OBSERVATION, NULL);
}

GpmObservation *
gpm_observation_copy (GpmObservation *self)
{
  GpmObservation *copy;

  g_return_val_if_fail (GPM_IS_OBSERVATION (self), NULL);

  copy = g_object_new (GPM_TYPE_OBSERVATION, NULL);
  gpm_observation_set_id (copy, self->id);
  gpm_observation_set_vendor_id (copy, self->vendor_id);
  gpm_observation_set_scope_id (copy, self->scope_id);
  gpm_observation_set_metric_id (copy, self->metric_id);
  gpm_observation_set_period (copy, self->period);
  gpm_observation_set_value (copy, self->value);
  gpm_observation_set_unit (copy, self->unit);
  gpm_observation_set_qualifier (copy, self->qualifier);
  gpm_observation_set_status (copy, self->status);
  gpm_observation_set_doubtful (copy, self->doubtful);
  gpm_observation_set_source_id (copy, self->source_id);
  gpm_observation_set_quote (copy, self->quote);
  gpm_observation_set_note (copy, self->note);
  gpm_observation_set_labels (copy, self->subject_name, self->subject_name_zh,
                              self->metric_key, self->source_title);

  return copy;
}

gint64
gpm_observation_get_id (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), 0);

  return self->id;
}

void
gpm_observation_set_id (GpmObservation *self,
                        gint64          id)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
gpm_observation_get_vendor_id (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), 0);

  return self->vendor_id;
}

void
gpm_observation_set_vendor_id (GpmObservation *self,
                               gint64          vendor_id)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (self->vendor_id == vendor_id)
    return;

  self->vendor_id = vendor_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENDOR_ID]);
}

gint64
gpm_observation_get_scope_id (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), 0);

  return self->scope_id;
}

void
gpm_observation_set_scope_id (GpmObservation *self,
                              gint64          scope_id)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (self->scope_id == scope_id)
    return;

  self->scope_id = scope_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE_ID]);
}

gint64
gpm_observation_get_metric_id (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), 0);

  return self->metric_id;
}

void
gpm_observation_set_metric_id (GpmObservation *self,
                               gint64          metric_id)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (self->metric_id == metric_id)
    return;

  self->metric_id = metric_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC_ID]);
}

const char *
gpm_observation_get_period (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), NULL);

  return self->period;
}

void
gpm_observation_set_period (GpmObservation *self,
                            const char     *period)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (gpm_str_set (&self->period, period != NULL ? period : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

double
gpm_observation_get_value (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), 0.0);

  return self->value;
}

void
gpm_observation_set_value (GpmObservation *self,
                           double          value)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (gpm_double_equal (self->value, value))
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
gpm_observation_get_unit (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), NULL);

  return self->unit;
}

void
gpm_observation_set_unit (GpmObservation *self,
                          const char     *unit)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (gpm_str_set (&self->unit, unit != NULL ? unit : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
gpm_observation_get_qualifier (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), NULL);

  return self->qualifier;
}

void
gpm_observation_set_qualifier (GpmObservation *self,
                               const char     *qualifier)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (gpm_str_set (&self->qualifier, qualifier != NULL ? qualifier : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUALIFIER]);
}

const char *
gpm_observation_get_status (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), NULL);

  return self->status;
}

void
gpm_observation_set_status (GpmObservation *self,
                            const char     *status)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (gpm_str_set (&self->status, status != NULL ? status : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gboolean
gpm_observation_get_doubtful (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), FALSE);

  return self->doubtful;
}

void
gpm_observation_set_doubtful (GpmObservation *self,
                              gboolean        doubtful)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  doubtful = !!doubtful;
  if (self->doubtful == doubtful)
    return;

  self->doubtful = doubtful;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOUBTFUL]);
}

gint64
gpm_observation_get_source_id (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), 0);

  return self->source_id;
}

void
gpm_observation_set_source_id (GpmObservation *self,
                               gint64          source_id)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (self->source_id == source_id)
    return;

  self->source_id = source_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_ID]);
}

const char *
gpm_observation_get_quote (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), NULL);

  return self->quote;
}

void
gpm_observation_set_quote (GpmObservation *self,
                           const char     *quote)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (gpm_str_set (&self->quote, quote != NULL ? quote : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE]);
}

const char *
gpm_observation_get_note (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), NULL);

  return self->note;
}

void
gpm_observation_set_note (GpmObservation *self,
                          const char     *note)
{
  g_return_if_fail (GPM_IS_OBSERVATION (self));

  if (gpm_str_set (&self->note, note != NULL ? note : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
gpm_observation_get_subject_name (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), NULL);

  return self->subject_name;
}

const char *
gpm_observation_get_subject_name_zh (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), NULL);

  return self->subject_name_zh;
}

const char *
gpm_observation_get_metric_key (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), NULL);

  return self->metric_key;
}

const char *
gpm_observation_get_source_title (GpmObservation *self)
{
  g_return_val_if_fail (GPM_IS_OBSERVATION (self), NULL);

  return self->source_title;
}

/**
 * gpm_observation_set_labels:
 *
 * Fills the read-only display properties. The store calls this from its queries; the
 * values are looked up through the ids and never written back.
 */
void
gpm_observation_set_labels (GpmObservation *self,
                            const char     *subject_name,
                            const char     *subject_name_zh,
                            const char     *metric_key,
                            const char     *source_title)
{
  GObject *object = G_OBJECT (self);

  g_return_if_fail (GPM_IS_OBSERVATION (self));

  g_object_freeze_notify (object);
  if (gpm_str_set (&self->subject_name, subject_name != NULL ? subject_name : ""))
    g_object_notify_by_pspec (object, properties[PROP_SUBJECT_NAME]);
  if (gpm_str_set (&self->subject_name_zh, subject_name_zh != NULL ? subject_name_zh : ""))
    g_object_notify_by_pspec (object, properties[PROP_SUBJECT_NAME_ZH]);
  if (gpm_str_set (&self->metric_key, metric_key != NULL ? metric_key : ""))
    g_object_notify_by_pspec (object, properties[PROP_METRIC_KEY]);
  if (gpm_str_set (&self->source_title, source_title != NULL ? source_title : ""))
    g_object_notify_by_pspec (object, properties[PROP_SOURCE_TITLE]);
  g_object_thaw_notify (object);
}
