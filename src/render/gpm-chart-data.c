/* gpm-chart-data.c — series as parallel arrays, charts as a list of series.
 *
 * Per-point extras are stored only once some point has them: a bulk series of a million
 * bare values has no label, provenance or category arrays at all. Strings live in one
 * GStringChunk per series, so repeated periods and source titles are stored once.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-chart-data.h"

/* Per-point flags, one byte a point. */
#define FLAG_STATUS_MASK    0x03
#define FLAG_QUALIFIER_MASK 0x0c
#define FLAG_QUALIFIER_SHIFT 2
#define FLAG_DOUBTFUL       0x10
#define FLAG_CATEGORY       0x20

typedef struct
{
  const char *title;
  const char *date;
  const char *quote;
} Provenance;

struct _GpmChartSeries
{
  gatomicrefcount  ref_count;
  char            *key;
  char            *label;
  char            *unit;
  GpmValueKind     kind;
  GpmChartAxis     axis;
  GpmChartMark     mark;
  GArray          *x_start;      /* double */
  GArray          *x_end;        /* double; NULL while every point is an instant */
  GArray          *values;       /* double */
  GArray          *flags;        /* guint8 */
  GArray          *labels;       /* const char *, period or category; NULL until needed */
  GArray          *provenance;   /* guint32 index into provenances + 1; NULL until needed */
  GArray          *provenances;  /* Provenance */
  GStringChunk    *strings;
  gboolean         categorical;
  GpmDecimation   *decimation;
  /* An XY scatter's other metric: its unit, and per point its value and provenance. */
  char            *x_unit;
  GpmValueKind     x_kind;
  GArray          *x_values;     /* double; NULL unless the series is XY */
  GArray          *x_provenance; /* guint32 as provenance; NULL unless the series is XY */
  /* The finite values' range, kept as points are added (where the series is filled, off
   * the main thread), so a view zooming a million points never rescans them. */
  double           lo;
  double           hi;
};

struct _GpmChartData
{
  gatomicrefcount  ref_count;
  GpmChartType     type;
  char            *title;
  char            *subtitle;
  char            *axis_titles[2];
  char            *x_axis_title;
  gboolean         log_scale;
  GPtrArray       *footer;       /* NULL-terminated */
  gboolean         converted;
  char            *conversion_note;
  GPtrArray       *series;
};

static const char *type_names[] = {
  [GPM_CHART_TYPE_LINE] = "line",
  [GPM_CHART_TYPE_AREA] = "area",
  [GPM_CHART_TYPE_BAR] = "bar",
  [GPM_CHART_TYPE_HBAR] = "hbar",
  [GPM_CHART_TYPE_GROUPED_BAR] = "grouped-bar",
  [GPM_CHART_TYPE_STACKED_BAR] = "stacked-bar",
  [GPM_CHART_TYPE_STACKED_100] = "stacked-100",
  [GPM_CHART_TYPE_SCATTER] = "scatter",
  [GPM_CHART_TYPE_DONUT] = "donut",
  [GPM_CHART_TYPE_COMBO] = "combo",
  [GPM_CHART_TYPE_AREA_100] = "area-100",
};

const char *
gpm_chart_type_to_string (GpmChartType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (type_names), NULL);

  return type_names[type];
}

gboolean
gpm_chart_type_from_string (const char   *text,
                            GpmChartType *out)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    if (strcmp (type_names[i], text) == 0)
      {
        if (out != NULL)
          *out = (GpmChartType) i;
        return TRUE;
      }

  return FALSE;
}

GpmChartSeries *
gpm_chart_series_new (const char   *key,
                      const char   *label,
                      const char   *unit,
                      GpmValueKind  kind)
{
  GpmChartSeries *self = g_new0 (GpmChartSeries, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->key = g_strdup (key != NULL ? key : "");
  self->label = g_strdup (label != NULL ? label : self->key);
  self->unit = g_strdup (unit != NULL ? unit : "");
  self->kind = kind;
  self->x_start = g_array_new (FALSE, FALSE, sizeof (double));
  self->values = g_array_new (FALSE, FALSE, sizeof (double));
  self->flags = g_array_new (FALSE, FALSE, sizeof (guint8));
  self->provenances = g_array_new (FALSE, FALSE, sizeof (Provenance));
  self->strings = g_string_chunk_new (256);
  self->lo = INFINITY;
  self->hi = -INFINITY;

  return self;
}

GpmChartSeries *
gpm_chart_series_ref (GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
gpm_chart_series_unref (GpmChartSeries *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->key);
  g_free (self->label);
  g_free (self->unit);
  g_array_unref (self->x_start);
  g_clear_pointer (&self->x_end, g_array_unref);
  g_array_unref (self->values);
  g_array_unref (self->flags);
  g_clear_pointer (&self->labels, g_array_unref);
  g_clear_pointer (&self->provenance, g_array_unref);
  g_array_unref (self->provenances);
  g_string_chunk_free (self->strings);
  g_clear_pointer (&self->decimation, gpm_decimation_unref);
  g_free (self->x_unit);
  g_clear_pointer (&self->x_values, g_array_unref);
  g_clear_pointer (&self->x_provenance, g_array_unref);
  g_free (self);
}

const char *
gpm_chart_series_get_key (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->key;
}

const char *
gpm_chart_series_get_label (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->label;
}

const char *
gpm_chart_series_get_unit (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->unit;
}

GpmValueKind
gpm_chart_series_get_kind (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, GPM_VALUE_KIND_MONEY);
  return self->kind;
}

GpmChartAxis
gpm_chart_series_get_axis (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, GPM_CHART_AXIS_PRIMARY);
  return self->axis;
}

void
gpm_chart_series_set_axis (GpmChartSeries *self,
                           GpmChartAxis    axis)
{
  g_return_if_fail (self != NULL);
  self->axis = axis;
}

GpmChartMark
gpm_chart_series_get_mark (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, GPM_CHART_MARK_LINE);
  return self->mark;
}

void
gpm_chart_series_set_mark (GpmChartSeries *self,
                           GpmChartMark    mark)
{
  g_return_if_fail (self != NULL);
  self->mark = mark;
}

/* Makes the optional per-point array exist, filled for the points already there. */
static GArray *
ensure_array (GArray **array,
              guint    element_size,
              guint    n_points,
              gpointer fill)
{
  if (*array == NULL)
    {
      *array = g_array_sized_new (FALSE, FALSE, element_size, n_points + 1);
      for (guint i = 0; i < n_points; i++)
        g_array_append_vals (*array, fill, 1);
    }

  return *array;
}

static guint
append_point (GpmChartSeries *self,
              double          x_start,
              double          x_end,
              const char     *label,
              double          value,
              guint8          flags)
{
  guint index = self->values->len;

  if (self->x_end == NULL && x_end != x_start)
    {
      /* Instants before the first span end where they start. */
      self->x_end = g_array_sized_new (FALSE, FALSE, sizeof (double), index + 1);
      g_array_append_vals (self->x_end, self->x_start->data, index);
    }
  g_array_append_val (self->x_start, x_start);
  if (self->x_end != NULL)
    g_array_append_val (self->x_end, x_end);
  g_array_append_val (self->values, value);
  g_array_append_val (self->flags, flags);
  if (isfinite (value))
    {
      self->lo = MIN (self->lo, value);
      self->hi = MAX (self->hi, value);
    }

  if (self->labels != NULL || label != NULL)
    {
      const char *stored = label != NULL ? g_string_chunk_insert_const (self->strings, label)
                                         : NULL;
      const char *none = NULL;

      ensure_array (&self->labels, sizeof (const char *), index, &none);
      g_array_append_val (self->labels, stored);
    }
  if (self->provenance != NULL)
    {
      guint32 none = 0;

      g_array_append_val (self->provenance, none);
    }
  if (self->x_values != NULL)
    {
      double none = NAN;
      guint32 no_source = 0;

      g_array_append_val (self->x_values, none);
      g_array_append_val (self->x_provenance, no_source);
    }

  return index;
}

guint
gpm_chart_series_add_point (GpmChartSeries *self,
                            double          x_start,
                            double          x_end,
                            const char     *period,
                            double          value)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (x_end >= x_start, 0);

  return append_point (self, x_start, x_end, period, value, 0);
}

guint
gpm_chart_series_add_category_point (GpmChartSeries *self,
                                     const char     *category,
                                     double          value)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (category != NULL, 0);

  self->categorical = TRUE;

  return append_point (self, 0.0, 0.0, category, value, FLAG_CATEGORY);
}

/* The fast path for long series: instants with bare values, appended in one go. */
void
gpm_chart_series_add_values (GpmChartSeries *self,
                             const double   *x,
                             const double   *values,
                             gsize           n)
{
  gpm_chart_series_add_spans (self, x, NULL, values, NULL, NULL, n);
}

/* Takes the finite values among @values into the series' range. */
static void
widen_extent (GpmChartSeries *self,
              const double   *values,
              gsize           n)
{
  for (gsize i = 0; i < n; i++)
    if (isfinite (values[i]))
      {
        self->lo = MIN (self->lo, values[i]);
        self->hi = MAX (self->hi, values[i]);
      }
}

/* @n points' flags from @flags (NULL: none set), which may be @dest itself; a span is
 * never a category. */
static void
set_flags (guint8       *dest,
           const guint8 *flags,
           gsize         n)
{
  if (flags == NULL)
    memset (dest, 0, n);
  else
    for (gsize i = 0; i < n; i++)
      dest[i] = flags[i] & ~FLAG_CATEGORY;
}

/* The fast path for a long series read from the database: spans with their flags
 * (GPM_CHART_POINT_FLAGS) and provenance (a number from gpm_chart_series_add_provenance,
 * 0 for none), appended in one go without a string a point. @x_end (NULL for instants),
 * @flags and @provenance may be NULL. */
void
gpm_chart_series_add_spans (GpmChartSeries *self,
                            const double   *x_start,
                            const double   *x_end,
                            const double   *values,
                            const guint8   *flags,
                            const guint32  *provenance,
                            gsize           n)
{
  guint first;

  g_return_if_fail (self != NULL);
  g_return_if_fail (n == 0 || (x_start != NULL && values != NULL));
  g_return_if_fail (n < G_MAXUINT32 - self->values->len);

  first = self->values->len;
  if (x_end != NULL && self->x_end == NULL)
    {
      /* The first spans: the instants before them end where they start. */
      self->x_end = g_array_sized_new (FALSE, FALSE, sizeof (double), first + n);
      g_array_append_vals (self->x_end, self->x_start->data, first);
    }
  g_array_append_vals (self->x_start, x_start, n);
  if (self->x_end != NULL)
    g_array_append_vals (self->x_end, x_end != NULL ? x_end : x_start, n);
  g_array_append_vals (self->values, values, n);
  widen_extent (self, values, n);

  g_array_set_size (self->flags, first + n);
  set_flags (&g_array_index (self->flags, guint8, first), flags, n);

  if (self->labels != NULL)
    {
      g_array_set_size (self->labels, first + n);
      memset (&g_array_index (self->labels, const char *, first), 0, n * sizeof (char *));
    }
  if (provenance != NULL)
    {
      guint32 zero = 0;

      ensure_array (&self->provenance, sizeof (guint32), first, &zero);
    }
  if (self->provenance != NULL)
    {
      g_array_set_size (self->provenance, first + n);
      if (provenance != NULL)
        memcpy (&g_array_index (self->provenance, guint32, first), provenance,
                n * sizeof (guint32));
      else
        memset (&g_array_index (self->provenance, guint32, first), 0, n * sizeof (guint32));
    }
}

/* gpm_chart_series_add_spans () for arrays the caller gives away: double, double, double,
 * guint8 and guint32 elements, as many as @values has (@flags and @provenance may be
 * NULL). An empty series adopts them instead of copying — a million points are 29 MB
 * that need not exist twice. */
void
gpm_chart_series_take_spans (GpmChartSeries *self,
                             GArray         *x_start,
                             GArray         *x_end,
                             GArray         *values,
                             GArray         *flags,
                             GArray         *provenance)
{
  guint n;

  g_return_if_fail (self != NULL && x_start != NULL && x_end != NULL && values != NULL);
  n = values->len;
  g_return_if_fail (x_start->len >= n && x_end->len >= n);
  g_return_if_fail ((flags == NULL || flags->len >= n)
                    && (provenance == NULL || provenance->len >= n));

  if (self->values->len == 0 && self->labels == NULL && self->provenance == NULL)
    {
      g_array_set_size (x_start, n);
      g_array_set_size (x_end, n);
      g_clear_pointer (&self->x_end, g_array_unref);
      g_array_unref (self->x_start);
      g_array_unref (self->values);
      self->x_start = x_start;
      self->x_end = x_end;
      self->values = values;
      widen_extent (self, (const double *) (gpointer) values->data, n);
      if (flags != NULL)
        {
          g_array_unref (self->flags);
          self->flags = flags;
        }
      g_array_set_size (self->flags, n);
      set_flags ((guint8 *) self->flags->data,
                 flags != NULL ? (const guint8 *) flags->data : NULL, n);
      if (provenance != NULL)
        {
          g_array_set_size (provenance, n);
          self->provenance = provenance;
        }
      return;
    }

  gpm_chart_series_add_spans (self, (const double *) (gpointer) x_start->data,
                              (const double *) (gpointer) x_end->data,
                              (const double *) (gpointer) values->data,
                              flags != NULL ? (const guint8 *) flags->data : NULL,
                              provenance != NULL
                              ? (const guint32 *) (gpointer) provenance->data : NULL, n);
  g_array_unref (x_start);
  g_array_unref (x_end);
  g_array_unref (values);
  if (flags != NULL)
    g_array_unref (flags);
  if (provenance != NULL)
    g_array_unref (provenance);
}

static guint8 *
point_flags (GpmChartSeries *self,
             guint           index)
{
  g_return_val_if_fail (index < self->flags->len, NULL);

  return &g_array_index (self->flags, guint8, index);
}

void
gpm_chart_series_set_point_status (GpmChartSeries *self,
                                   guint           index,
                                   GpmPointStatus  status)
{
  guint8 *flags;

  g_return_if_fail (self != NULL);

  if ((flags = point_flags (self, index)) != NULL)
    *flags = (*flags & ~FLAG_STATUS_MASK) | (status & FLAG_STATUS_MASK);
}

void
gpm_chart_series_set_point_qualifier (GpmChartSeries *self,
                                      guint           index,
                                      GpmQualifier    qualifier)
{
  guint8 *flags;

  g_return_if_fail (self != NULL);

  if ((flags = point_flags (self, index)) != NULL)
    *flags = (*flags & ~FLAG_QUALIFIER_MASK)
             | ((qualifier << FLAG_QUALIFIER_SHIFT) & FLAG_QUALIFIER_MASK);
}

void
gpm_chart_series_set_point_doubtful (GpmChartSeries *self,
                                     guint           index,
                                     gboolean        doubtful)
{
  guint8 *flags;

  g_return_if_fail (self != NULL);

  if ((flags = point_flags (self, index)) != NULL)
    *flags = doubtful ? (*flags | FLAG_DOUBTFUL) : (*flags & ~FLAG_DOUBTFUL);
}

static const char *
chunk_insert (GStringChunk *chunk,
              const char   *text)
{
  return text != NULL ? g_string_chunk_insert_const (chunk, text) : NULL;
}

/* A provenance record that many points can share; returns its number (from 1) for
 * gpm_chart_series_add_spans (). The sources footer lists every record. */
guint
gpm_chart_series_add_provenance (GpmChartSeries *self,
                                 const char     *source_title,
                                 const char     *source_date,
                                 const char     *quote)
{
  Provenance provenance;

  g_return_val_if_fail (self != NULL, 0);

  provenance.title = chunk_insert (self->strings, source_title);
  provenance.date = chunk_insert (self->strings, source_date);
  provenance.quote = chunk_insert (self->strings, quote);
  g_array_append_val (self->provenances, provenance);

  return self->provenances->len;
}

void
gpm_chart_series_set_point_provenance (GpmChartSeries *self,
                                       guint           index,
                                       const char     *source_title,
                                       const char     *source_date,
                                       const char     *quote)
{
  guint32 zero = 0, stored;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->values->len);

  stored = gpm_chart_series_add_provenance (self, source_title, source_date, quote);

  ensure_array (&self->provenance, sizeof (guint32), self->values->len, &zero);
  g_array_index (self->provenance, guint32, index) = stored;
}

guint
gpm_chart_series_get_n_points (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->values->len;
}

gboolean
gpm_chart_series_get_point (const GpmChartSeries *self,
                            guint                 index,
                            GpmChartPoint        *out)
{
  guint8 flags;
  const char *label;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  if (index >= self->values->len)
    return FALSE;

  flags = g_array_index (self->flags, guint8, index);
  label = self->labels != NULL ? g_array_index (self->labels, const char *, index) : NULL;
  out->x_start = g_array_index (self->x_start, double, index);
  out->x_end = self->x_end != NULL ? g_array_index (self->x_end, double, index) : out->x_start;
  out->value = g_array_index (self->values, double, index);
  out->status = flags & FLAG_STATUS_MASK;
  out->qualifier = (flags & FLAG_QUALIFIER_MASK) >> FLAG_QUALIFIER_SHIFT;
  out->doubtful = (flags & FLAG_DOUBTFUL) != 0;
  if (flags & FLAG_CATEGORY)
    out->category = label;
  else
    out->period = label;

  if (self->provenance != NULL && g_array_index (self->provenance, guint32, index) > 0)
    {
      const Provenance *provenance =
        &g_array_index (self->provenances, Provenance,
                        g_array_index (self->provenance, guint32, index) - 1);

      out->source_title = provenance->title;
      out->source_date = provenance->date;
      out->quote = provenance->quote;
    }

  out->x_value = NAN;
  if (self->x_values != NULL)
    {
      guint32 stored = g_array_index (self->x_provenance, guint32, index);

      out->x_value = g_array_index (self->x_values, double, index);
      if (stored > 0)
        {
          const Provenance *provenance = &g_array_index (self->provenances, Provenance,
                                                         stored - 1);

          out->x_source_title = provenance->title;
          out->x_source_date = provenance->date;
          out->x_quote = provenance->quote;
        }
    }

  return TRUE;
}

double
gpm_chart_series_get_value (const GpmChartSeries *self,
                            guint                 index)
{
  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (index < self->values->len, NAN);

  return g_array_index (self->values, double, index);
}

const double *
gpm_chart_series_get_x_starts (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const double *) self->x_start->data;
}

/* NULL when every point is an instant (then the end is the start). */
const double *
gpm_chart_series_get_x_ends (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->x_end != NULL ? (const double *) self->x_end->data : NULL;
}

const double *
gpm_chart_series_get_values (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const double *) self->values->data;
}

/* The lowest and highest finite value; FALSE when there is none. */
gboolean
gpm_chart_series_get_extent (const GpmChartSeries *self,
                             double               *lo,
                             double               *hi)
{
  g_return_val_if_fail (self != NULL, FALSE);

  *lo = self->lo;
  *hi = self->hi;

  return self->lo <= self->hi;
}

gboolean
gpm_chart_series_is_categorical (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->categorical;
}

/* The provenance records in the order they were set, for building a sources footer
 * without walking every point. */
guint
gpm_chart_series_get_n_provenances (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->provenances->len;
}

void
gpm_chart_series_get_provenance (const GpmChartSeries  *self,
                                 guint                  index,
                                 const char           **source_title,
                                 const char           **source_date,
                                 const char           **quote)
{
  const Provenance *provenance;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->provenances->len);

  provenance = &g_array_index (self->provenances, Provenance, index);
  if (source_title != NULL)
    *source_title = provenance->title;
  if (source_date != NULL)
    *source_date = provenance->date;
  if (quote != NULL)
    *quote = provenance->quote;
}

GpmDecimation *
gpm_chart_series_get_decimation (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->decimation;
}

/* Attaches a summary prepared off the main thread; the renderer uses it when it was made
 * for the plot's current range and width, and decimates on the fly otherwise. */
void
gpm_chart_series_set_decimation (GpmChartSeries *self,
                                 GpmDecimation  *decimation)
{
  g_return_if_fail (self != NULL);

  if (decimation != NULL)
    gpm_decimation_ref (decimation);
  g_clear_pointer (&self->decimation, gpm_decimation_unref);
  self->decimation = decimation;
}

/* Makes the series an XY one: each point also has a value of a second metric, drawn
 * along a value axis across instead of a time axis. Call it before adding points. */
void
gpm_chart_series_set_x_unit (GpmChartSeries *self,
                             const char     *unit,
                             GpmValueKind    kind)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (unit != NULL);
  g_return_if_fail (self->values->len == 0);

  g_free (self->x_unit);
  self->x_unit = g_strdup (unit);
  self->x_kind = kind;
  if (self->x_values == NULL)
    {
      self->x_values = g_array_new (FALSE, FALSE, sizeof (double));
      self->x_provenance = g_array_new (FALSE, FALSE, sizeof (guint32));
    }
}

/* NULL for a time or category series. */
const char *
gpm_chart_series_get_x_unit (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->x_unit;
}

GpmValueKind
gpm_chart_series_get_x_kind (const GpmChartSeries *self)
{
  g_return_val_if_fail (self != NULL, GPM_VALUE_KIND_RATIO);
  return self->x_kind;
}

void
gpm_chart_series_set_point_x (GpmChartSeries *self,
                              guint           index,
                              double          x_value,
                              const char     *source_title,
                              const char     *source_date,
                              const char     *quote)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->x_values != NULL);
  g_return_if_fail (index < self->values->len);

  g_array_index (self->x_values, double, index) = x_value;
  if (source_title != NULL || source_date != NULL || quote != NULL)
    g_array_index (self->x_provenance, guint32, index) =
      gpm_chart_series_add_provenance (self, source_title, source_date, quote);
}

GpmChartData *
gpm_chart_data_new (GpmChartType type)
{
  GpmChartData *self = g_new0 (GpmChartData, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->type = type;
  self->footer = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->footer, NULL);
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) gpm_chart_series_unref);

  return self;
}

GpmChartData *
gpm_chart_data_ref (GpmChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
gpm_chart_data_unref (GpmChartData *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->axis_titles[0]);
  g_free (self->axis_titles[1]);
  g_free (self->x_axis_title);
  g_ptr_array_unref (self->footer);
  g_free (self->conversion_note);
  g_ptr_array_unref (self->series);
  g_free (self);
}

GpmChartType
gpm_chart_data_get_chart_type (const GpmChartData *self)
{
  g_return_val_if_fail (self != NULL, GPM_CHART_TYPE_LINE);
  return self->type;
}

void
gpm_chart_data_set_chart_type (GpmChartData *self,
                               GpmChartType  type)
{
  g_return_if_fail (self != NULL);
  self->type = type;
}

const char *
gpm_chart_data_get_title (const GpmChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

void
gpm_chart_data_set_title (GpmChartData *self,
                          const char   *title)
{
  g_return_if_fail (self != NULL);
  g_free (self->title);
  self->title = g_strdup (title);
}

const char *
gpm_chart_data_get_subtitle (const GpmChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->subtitle;
}

void
gpm_chart_data_set_subtitle (GpmChartData *self,
                             const char   *subtitle)
{
  g_return_if_fail (self != NULL);
  g_free (self->subtitle);
  self->subtitle = g_strdup (subtitle);
}

/* The title of an XY scatter's horizontal value axis (the unit is added when drawn). */
const char *
gpm_chart_data_get_x_axis_title (const GpmChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->x_axis_title;
}

void
gpm_chart_data_set_x_axis_title (GpmChartData *self,
                                 const char   *title)
{
  g_return_if_fail (self != NULL);
  g_free (self->x_axis_title);
  self->x_axis_title = g_strdup (title);
}

/* Whether the chart plots one metric against another rather than against time. */
gboolean
gpm_chart_data_is_xy (const GpmChartData *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->series->len; i++)
    if (gpm_chart_series_get_x_unit (g_ptr_array_index (self->series, i)) != NULL)
      return TRUE;

  return FALSE;
}

const char *
gpm_chart_data_get_axis_title (const GpmChartData *self,
                               GpmChartAxis        axis)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (axis <= GPM_CHART_AXIS_SECONDARY, NULL);
  return self->axis_titles[axis];
}

void
gpm_chart_data_set_axis_title (GpmChartData *self,
                               GpmChartAxis  axis,
                               const char   *title)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (axis <= GPM_CHART_AXIS_SECONDARY);
  g_free (self->axis_titles[axis]);
  self->axis_titles[axis] = g_strdup (title);
}

gboolean
gpm_chart_data_get_log_scale (const GpmChartData *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->log_scale;
}

void
gpm_chart_data_set_log_scale (GpmChartData *self,
                              gboolean      log_scale)
{
  g_return_if_fail (self != NULL);
  self->log_scale = !!log_scale;
}

void
gpm_chart_data_add_footer_line (GpmChartData *self,
                                const char   *line)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (line != NULL);

  /* Keep the array NULL-terminated so it reads as a strv. */
  g_ptr_array_index (self->footer, self->footer->len - 1) = g_strdup (line);
  g_ptr_array_add (self->footer, NULL);
}

const char * const *
gpm_chart_data_get_footer_lines (const GpmChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->footer->pdata;
}

gboolean
gpm_chart_data_get_currency_converted (const GpmChartData  *self,
                                       const char         **note)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (note != NULL)
    *note = self->conversion_note;

  return self->converted;
}

/* @note says how, e.g. "Converted at 7.17 CNY per USD (2025-07-01)"; NULL for the
 * renderer's generic wording. */
void
gpm_chart_data_set_currency_converted (GpmChartData *self,
                                       gboolean      converted,
                                       const char   *note)
{
  g_return_if_fail (self != NULL);

  self->converted = !!converted;
  g_free (self->conversion_note);
  self->conversion_note = g_strdup (note);
}

/* Takes its own reference. */
void
gpm_chart_data_add_series (GpmChartData   *self,
                           GpmChartSeries *series)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (series != NULL);

  g_ptr_array_add (self->series, gpm_chart_series_ref (series));
}

guint
gpm_chart_data_get_n_series (const GpmChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->series->len;
}

GpmChartSeries *
gpm_chart_data_get_series (const GpmChartData *self,
                           guint               index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->series->len, NULL);

  return g_ptr_array_index (self->series, index);
}

/* The span that the dated points of all series cover, in days; FALSE when there is none
 * (a chart of categories, or no points). Long series are sorted, so only their ends are
 * read. */
gboolean
gpm_chart_data_get_time_extent (const GpmChartData *self,
                                double             *start,
                                double             *end)
{
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint s = 0; s < self->series->len; s++)
    {
      const GpmChartSeries *series = g_ptr_array_index (self->series, s);
      guint n = series->values->len;
      guint jump = n > 4096 ? n - 1 : 1;

      if (series->categorical)
        continue;
      for (guint i = 0; i < n; i += i == 0 ? jump : 1)
        {
          double x0 = g_array_index (series->x_start, double, i);
          double x1 = series->x_end != NULL ? g_array_index (series->x_end, double, i) : x0;

          if ((series->flags != NULL
               && (g_array_index (series->flags, guint8, i) & FLAG_CATEGORY) != 0)
              || !isfinite (g_array_index (series->values, double, i)))
            continue;
          lo = MIN (lo, x0);
          hi = MAX (hi, x1);
        }
    }

  if (!(hi > lo))
    return FALSE;
  if (start != NULL)
    *start = lo;
  if (end != NULL)
    *end = hi;

  return TRUE;
}

/* ---------------------------------------------------------------- events */

GpmChartEvent *
gpm_chart_event_new (gint64      id,
                     double      start,
                     double      end,
                     const char *category,
                     const char *title,
                     const char *date)
{
  GpmChartEvent *self = g_new0 (GpmChartEvent, 1);

  self->id = id;
  self->start = start;
  self->end = MAX (end, start);
  self->category = g_strdup (category);
  self->title = g_strdup (title);
  self->date = g_strdup (date);

  return self;
}

void
gpm_chart_event_free (GpmChartEvent *self)
{
  if (self == NULL)
    return;

  g_free (self->category);
  g_free (self->title);
  g_free (self->date);
  g_free (self);
}
