/* gpm-chart-spec.c — the spec's fields and their JSON form.
 *
 * The reader is strict about what it knows (a wrong type or an unknown chart type is an
 * error naming the member, because a silently "repaired" saved chart would plot something
 * other than what the analyst saved) and lenient about what it does not: unknown members
 * are ignored, so a spec saved by a later minor version still opens.
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "gpm-chart-spec.h"

struct _GpmChartSpec
{
  GpmChartType        type;
  GStrv               metrics;
  GStrv               subjects;
  char               *period_from;
  char               *period_to;
  GpmDisplayCurrency  currency;
  gboolean            log_scale;
  gboolean            show_forecasts;
  char               *title;
  char               *subtitle;
  char               *x_metric;   /* a scatter against this metric; NULL: against time */
};

static const char *currency_names[] = {
  [GPM_DISPLAY_CURRENCY_AS_STORED] = "as-stored",
  [GPM_DISPLAY_CURRENCY_CNY] = "CNY",
  [GPM_DISPLAY_CURRENCY_USD] = "USD",
};

G_DEFINE_QUARK (gpm-chart-spec-error-quark, gpm_chart_spec_error)

static GStrv
empty_strv (void)
{
  return g_new0 (char *, 1);
}

GpmChartSpec *
gpm_chart_spec_new (GpmChartType type)
{
  GpmChartSpec *self = g_new0 (GpmChartSpec, 1);

  self->type = type;
  self->metrics = empty_strv ();
  self->subjects = empty_strv ();
  self->period_from = g_strdup ("");
  self->period_to = g_strdup ("");
  self->show_forecasts = TRUE;

  return self;
}

GpmChartSpec *
gpm_chart_spec_copy (const GpmChartSpec *self)
{
  GpmChartSpec *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->metrics = g_strdupv (self->metrics);
  copy->subjects = g_strdupv (self->subjects);
  copy->period_from = g_strdup (self->period_from);
  copy->period_to = g_strdup (self->period_to);
  copy->title = g_strdup (self->title);
  copy->subtitle = g_strdup (self->subtitle);
  copy->x_metric = g_strdup (self->x_metric);

  return copy;
}

void
gpm_chart_spec_free (GpmChartSpec *self)
{
  if (self == NULL)
    return;

  g_strfreev (self->metrics);
  g_strfreev (self->subjects);
  g_free (self->period_from);
  g_free (self->period_to);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->x_metric);
  g_free (self);
}

gboolean
gpm_chart_spec_equal (const GpmChartSpec *a,
                      const GpmChartSpec *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->type == b->type
         && g_strv_equal ((const char * const *) a->metrics,
                          (const char * const *) b->metrics)
         && g_strv_equal ((const char * const *) a->subjects,
                          (const char * const *) b->subjects)
         && g_strcmp0 (a->period_from, b->period_from) == 0
         && g_strcmp0 (a->period_to, b->period_to) == 0
         && a->currency == b->currency
         && a->log_scale == b->log_scale
         && a->show_forecasts == b->show_forecasts
         && g_strcmp0 (a->title, b->title) == 0
         && g_strcmp0 (a->subtitle, b->subtitle) == 0
         && g_strcmp0 (a->x_metric, b->x_metric) == 0;
}

static void
add_string_array (JsonBuilder *builder,
                  const char  *name,
                  GStrv        values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_boolean (JsonBuilder *builder,
             const char  *name,
             gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

char *
gpm_chart_spec_to_json (const GpmChartSpec *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, GPM_CHART_SPEC_VERSION);
  add_string (builder, "type", gpm_chart_type_to_string (self->type));
  add_string_array (builder, "metrics", self->metrics);
  add_string_array (builder, "subjects", self->subjects);
  add_string (builder, "from", self->period_from);
  add_string (builder, "to", self->period_to);
  add_string (builder, "currency", currency_names[self->currency]);
  add_boolean (builder, "log-scale", self->log_scale);
  add_boolean (builder, "show-forecasts", self->show_forecasts);
  if (self->title != NULL)
    add_string (builder, "title", self->title);
  if (self->subtitle != NULL)
    add_string (builder, "subtitle", self->subtitle);
  /* Written only when set, so a spec without it reads the same in older versions. */
  if (self->x_metric != NULL)
    add_string (builder, "x-metric", self->x_metric);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

static gboolean
invalid (GError     **error,
         const char  *member,
         const char  *expected)
{
  g_set_error (error, GPM_CHART_SPEC_ERROR, GPM_CHART_SPEC_ERROR_INVALID,
               "Saved chart: “%s” must be %s", member, expected);
  return FALSE;
}

static gboolean
is_value_of_type (JsonNode *node,
                  GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* Reads an optional string member; a JSON null counts as absent. */
static gboolean
read_string (JsonObject  *object,
             const char  *member,
             char       **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!is_value_of_type (node, G_TYPE_STRING))
    return invalid (error, member, "a string");

  g_free (*out);
  *out = g_strdup (json_node_get_string (node));

  return TRUE;
}

static gboolean
read_boolean (JsonObject  *object,
              const char  *member,
              gboolean    *out,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;
  if (!is_value_of_type (node, G_TYPE_BOOLEAN))
    return invalid (error, member, "true or false");

  *out = json_node_get_boolean (node);

  return TRUE;
}

static gboolean
read_string_array (JsonObject  *object,
                   const char  *member,
                   GStrv       *out,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GPtrArray) values = NULL;
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, member, "a list of keys");

  array = json_node_get_array (node);
  values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!is_value_of_type (element, G_TYPE_STRING) || *json_node_get_string (element) == '\0')
        return invalid (error, member, "a list of non-empty keys");
      g_ptr_array_add (values, g_strdup (json_node_get_string (element)));
    }
  g_ptr_array_add (values, NULL);

  g_strfreev (*out);
  *out = (GStrv) g_ptr_array_free (g_steal_pointer (&values), FALSE);

  return TRUE;
}

static gboolean
read_type_and_version (JsonObject    *object,
                       GpmChartSpec  *spec,
                       GError       **error)
{
  JsonNode *version = json_object_get_member (object, "version");
  g_autofree char *type = NULL;

  if (version != NULL && !is_value_of_type (version, G_TYPE_INT64))
    return invalid (error, "version", "a whole number");
  if (version != NULL && json_node_get_int (version) > GPM_CHART_SPEC_VERSION)
    {
      g_set_error (error, GPM_CHART_SPEC_ERROR, GPM_CHART_SPEC_ERROR_VERSION,
                   "Saved chart was written by a newer version of GPU Market "
                   "(format %" G_GINT64_FORMAT ", this version reads up to %d)",
                   json_node_get_int (version), GPM_CHART_SPEC_VERSION);
      return FALSE;
    }

  if (!read_string (object, "type", &type, error))
    return FALSE;
  if (type == NULL)
    return invalid (error, "type", "a chart type");
  if (!gpm_chart_type_from_string (type, &spec->type))
    {
      g_set_error (error, GPM_CHART_SPEC_ERROR, GPM_CHART_SPEC_ERROR_INVALID,
                   "Saved chart: unknown chart type “%s” (known: line, area, bar, hbar, "
                   "grouped-bar, stacked-bar, stacked-100, scatter, donut, combo, area-100)", type);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_currency (JsonObject    *object,
               GpmChartSpec  *spec,
               GError       **error)
{
  g_autofree char *currency = NULL;

  if (!read_string (object, "currency", &currency, error))
    return FALSE;
  if (currency == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (currency_names); i++)
    if (strcmp (currency_names[i], currency) == 0)
      {
        spec->currency = (GpmDisplayCurrency) i;
        return TRUE;
      }

  return invalid (error, "currency", "“as-stored”, “CNY” or “USD”");
}

GpmChartSpec *
gpm_chart_spec_new_from_json (const char  *json,
                              GError     **error)
{
  g_autoptr(GpmChartSpec) spec = gpm_chart_spec_new (GPM_CHART_TYPE_LINE);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = json_from_string (json, &local_error);
  if (root == NULL)
    {
      g_set_error (error, GPM_CHART_SPEC_ERROR, GPM_CHART_SPEC_ERROR_PARSE,
                   "Saved chart is not valid JSON: %s",
                   local_error != NULL ? local_error->message : "empty text");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, GPM_CHART_SPEC_ERROR, GPM_CHART_SPEC_ERROR_PARSE,
                   "Saved chart must be a JSON object");
      return NULL;
    }

  object = json_node_get_object (root);
  if (!read_type_and_version (object, spec, error)
      || !read_string_array (object, "metrics", &spec->metrics, error)
      || !read_string_array (object, "subjects", &spec->subjects, error)
      || !read_string (object, "from", &spec->period_from, error)
      || !read_string (object, "to", &spec->period_to, error)
      || !read_currency (object, spec, error)
      || !read_boolean (object, "log-scale", &spec->log_scale, error)
      || !read_boolean (object, "show-forecasts", &spec->show_forecasts, error)
      || !read_string (object, "title", &spec->title, error)
      || !read_string (object, "subtitle", &spec->subtitle, error)
      || !read_string (object, "x-metric", &spec->x_metric, error))
    return NULL;
  if (spec->x_metric != NULL && *spec->x_metric == '\0')
    g_clear_pointer (&spec->x_metric, g_free);

  return g_steal_pointer (&spec);
}

GpmChartType
gpm_chart_spec_get_chart_type (const GpmChartSpec *self)
{
  g_return_val_if_fail (self != NULL, GPM_CHART_TYPE_LINE);
  return self->type;
}

void
gpm_chart_spec_set_chart_type (GpmChartSpec *self,
                               GpmChartType  type)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (gpm_chart_type_to_string (type) != NULL);
  self->type = type;
}

const char * const *
gpm_chart_spec_get_metrics (const GpmChartSpec *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->metrics;
}

void
gpm_chart_spec_set_metrics (GpmChartSpec       *self,
                            const char * const *metrics)
{
  g_return_if_fail (self != NULL);
  g_strfreev (self->metrics);
  self->metrics = metrics != NULL ? g_strdupv ((GStrv) metrics) : empty_strv ();
}

const char * const *
gpm_chart_spec_get_subjects (const GpmChartSpec *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->subjects;
}

void
gpm_chart_spec_set_subjects (GpmChartSpec       *self,
                             const char * const *subjects)
{
  g_return_if_fail (self != NULL);
  g_strfreev (self->subjects);
  self->subjects = subjects != NULL ? g_strdupv ((GStrv) subjects) : empty_strv ();
}

const char *
gpm_chart_spec_get_period_from (const GpmChartSpec *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->period_from;
}

const char *
gpm_chart_spec_get_period_to (const GpmChartSpec *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->period_to;
}

/* NULL or "" leaves that end open. */
void
gpm_chart_spec_set_period_range (GpmChartSpec *self,
                                 const char   *from,
                                 const char   *to)
{
  g_return_if_fail (self != NULL);
  g_free (self->period_from);
  g_free (self->period_to);
  self->period_from = g_strdup (from != NULL ? from : "");
  self->period_to = g_strdup (to != NULL ? to : "");
}

GpmDisplayCurrency
gpm_chart_spec_get_currency (const GpmChartSpec *self)
{
  g_return_val_if_fail (self != NULL, GPM_DISPLAY_CURRENCY_AS_STORED);
  return self->currency;
}

void
gpm_chart_spec_set_currency (GpmChartSpec       *self,
                             GpmDisplayCurrency  currency)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail ((guint) currency < G_N_ELEMENTS (currency_names));
  self->currency = currency;
}

gboolean
gpm_chart_spec_get_log_scale (const GpmChartSpec *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->log_scale;
}

void
gpm_chart_spec_set_log_scale (GpmChartSpec *self,
                              gboolean      log_scale)
{
  g_return_if_fail (self != NULL);
  self->log_scale = !!log_scale;
}

gboolean
gpm_chart_spec_get_show_forecasts (const GpmChartSpec *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->show_forecasts;
}

void
gpm_chart_spec_set_show_forecasts (GpmChartSpec *self,
                                   gboolean      show_forecasts)
{
  g_return_if_fail (self != NULL);
  self->show_forecasts = !!show_forecasts;
}

const char *
gpm_chart_spec_get_title (const GpmChartSpec *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

/* NULL means "use the generated title". */
void
gpm_chart_spec_set_title (GpmChartSpec *self,
                          const char   *title)
{
  g_return_if_fail (self != NULL);
  g_free (self->title);
  self->title = g_strdup (title);
}

const char *
gpm_chart_spec_get_subtitle (const GpmChartSpec *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->subtitle;
}

void
gpm_chart_spec_set_subtitle (GpmChartSpec *self,
                             const char   *subtitle)
{
  g_return_if_fail (self != NULL);
  g_free (self->subtitle);
  self->subtitle = g_strdup (subtitle);
}

const char *
gpm_chart_spec_get_x_metric (const GpmChartSpec *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->x_metric;
}

/* The metric a scatter plots across; NULL or "" plots the metrics against time. The
 * other chart types ignore it. */
void
gpm_chart_spec_set_x_metric (GpmChartSpec *self,
                             const char   *x_metric)
{
  g_return_if_fail (self != NULL);
  g_free (self->x_metric);
  self->x_metric = x_metric != NULL && *x_metric != '\0' ? g_strdup (x_metric) : NULL;
}
