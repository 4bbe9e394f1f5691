/* gpm-chart-rows.c — the data table's rows, made as the table asks for them.
 *
 * The page used to make a GpmDataRow with formatted strings for every point, on the
 * main thread, whenever a chart arrived: a million points were a million objects, 380 MB,
 * and a second of frozen window. Here the list only knows how many points each series
 * has; a row is made when GtkColumnView binds it (a screenful) or the page copies the
 * table. A long series keeps no period text or quote a point, so its rows give the
 * period written from the point's span and its source by title and date.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "gpm-chart-renderer.h"
#include "gpm-chart-rows.h"
#include "gpm-data-row.h"
#include "gpm-number-format.h"

struct _GpmChartRows
{
  GObject       parent_instance;

  GpmChartData *data;
  GpmLanguage   language;
  GPtrArray    *shares;    /* double * a series, NULL where the chart draws no shares */
  GArray       *offsets;   /* guint: the first row of each series, then the total */
};

static void gpm_chart_rows_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GpmChartRows, gpm_chart_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      gpm_chart_rows_list_model_init))

static const char *
status_text (GpmPointStatus status)
{
  switch (status)
    {
    case GPM_POINT_FORECAST:
      return _("Forecast");
    case GPM_POINT_ESTIMATE:
      return _("Estimate");
    case GPM_POINT_REPORTED:
    default:
      return _("Reported");
    }
}

/* The quoted sentence, or for a long series (no quote a point) its source. */
static char *
source_text (const GpmChartPoint *point)
{
  if (point->quote != NULL)
    return g_strdup (point->quote);
  if (point->source_title == NULL)
    return NULL;
  if (point->source_date == NULL)
    return g_strdup (point->source_title);

  return g_strdup_printf ("%s, %s", point->source_title, point->source_date);
}

/* An XY point: both figures, each with its metric, and both sentences. */
static GpmDataRow *
xy_row (GpmChartRows        *self,
        GpmChartSeries      *series,
        const GpmChartPoint *point,
        const char          *period,
        const char          *value,
        const char          *status)
{
  const char *x_title = gpm_chart_data_get_x_axis_title (self->data);
  const char *y_title = gpm_chart_data_get_axis_title (self->data, GPM_CHART_AXIS_PRIMARY);
  g_autofree char *x_value = gpm_number_format (self->language, point->x_value,
                                                gpm_chart_series_get_x_unit (series),
                                                GPM_NUMBER_LONG);
  g_autofree char *both = NULL;
  g_autofree char *sources = NULL;

  /* Translators: an XY scatter point in the data table: metric across and its value,
   * then metric up and its value, e.g. "Revenue ¥438M · Net profit −¥1.49B" */
  both = g_strdup_printf (_("%s %s · %s %s"), x_title ? x_title : "", x_value,
                          y_title ? y_title : "", value);
  if (point->x_quote != NULL && g_strcmp0 (point->x_quote, point->quote) != 0)
    sources = g_strdup_printf ("%s\n%s", point->x_quote, point->quote ? point->quote : "");

  return gpm_data_row_new (gpm_chart_series_get_label (series), period, both, NULL, status,
                           sources != NULL ? sources : point->quote);
}

static GpmDataRow *
make_row (GpmChartRows *self,
          guint         s,
          guint         p)
{
  GpmChartSeries *series = gpm_chart_data_get_series (self->data, s);
  const double *shares = g_ptr_array_index (self->shares, s);
  g_autofree char *period = NULL;
  g_autofree char *value = NULL;
  g_autofree char *share = NULL;
  g_autofree char *status = NULL;
  g_autofree char *source = NULL;
  GpmChartPoint point;

  gpm_chart_series_get_point (series, p, &point);
  period = gpm_chart_point_period (&point);
  value = gpm_number_format (self->language, point.value, gpm_chart_series_get_unit (series),
                             GPM_NUMBER_LONG);
  if (shares != NULL && isfinite (shares[p]))
    share = gpm_number_format (self->language, shares[p], "%", GPM_NUMBER_LONG);
  /* Translators: a figure's status, then "doubtful in the source" */
  status = point.doubtful ? g_strdup_printf (_("%s, %s"), status_text (point.status),
                                             _("doubtful in the source"))
                          : g_strdup (status_text (point.status));

  if (gpm_chart_series_get_x_unit (series) != NULL)
    return xy_row (self, series, &point, period, value, status);

  source = source_text (&point);
  return gpm_data_row_new (gpm_chart_series_get_label (series), period, value, share, status,
                           source);
}

/* ---------------------------------------------------------------- GListModel */

static GType
get_item_type (GListModel *model)
{
  return GPM_TYPE_DATA_ROW;
}

static guint
get_n_items (GListModel *model)
{
  GpmChartRows *self = GPM_CHART_ROWS (model);

  return g_array_index (self->offsets, guint, self->offsets->len - 1);
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  GpmChartRows *self = GPM_CHART_ROWS (model);
  const guint *offsets = (const guint *) (gpointer) self->offsets->data;
  guint lo = 0, hi = self->offsets->len - 1;

  if (position >= offsets[hi])
    return NULL;

  /* The series whose rows start at or before @position, by halving. */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (offsets[mid] <= position)
        lo = mid;
      else
        hi = mid;
    }

  return make_row (self, lo, position - offsets[lo]);
}

static void
gpm_chart_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* ---------------------------------------------------------------- object */

static void
gpm_chart_rows_finalize (GObject *object)
{
  GpmChartRows *self = GPM_CHART_ROWS (object);

  g_clear_pointer (&self->data, gpm_chart_data_unref);
  g_clear_pointer (&self->shares, g_ptr_array_unref);
  g_clear_pointer (&self->offsets, g_array_unref);

  G_OBJECT_CLASS (gpm_chart_rows_parent_class)->finalize (object);
}

static void
gpm_chart_rows_class_init (GpmChartRowsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gpm_chart_rows_finalize;
}

static void
gpm_chart_rows_init (GpmChartRows *self)
{
  guint none = 0;

  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (self->offsets, none);
  self->shares = g_ptr_array_new ();
}

GpmChartRows *
gpm_chart_rows_new (void)
{
  return g_object_new (GPM_TYPE_CHART_ROWS, NULL);
}

/**
 * gpm_chart_rows_set_data:
 * @data: (nullable): the chart whose points become the rows
 * @shares: (transfer full) (nullable) (element-type gdouble*): for a 100 % chart, per
 *   series the share each point is drawn at (gpm_chart_compute_shares ()), with g_free
 *   as the array's free func; NULL elsewhere
 */
void
gpm_chart_rows_set_data (GpmChartRows *self,
                         GpmChartData *data,
                         GpmLanguage   language,
                         GPtrArray    *shares)
{
  guint removed, total = 0;
  guint n_series;

  g_return_if_fail (GPM_IS_CHART_ROWS (self));

  removed = get_n_items (G_LIST_MODEL (self));
  n_series = data != NULL ? gpm_chart_data_get_n_series (data) : 0;
  g_return_if_fail (shares == NULL || shares->len == n_series);

  if (data != NULL)
    gpm_chart_data_ref (data);
  g_clear_pointer (&self->data, gpm_chart_data_unref);
  self->data = data;
  self->language = language;

  g_clear_pointer (&self->shares, g_ptr_array_unref);
  self->shares = shares != NULL ? shares : g_ptr_array_new ();
  if (shares == NULL)
    g_ptr_array_set_size (self->shares, n_series);

  g_array_set_size (self->offsets, 0);
  for (guint s = 0; s < n_series; s++)
    {
      g_array_append_val (self->offsets, total);
      total += gpm_chart_series_get_n_points (gpm_chart_data_get_series (data, s));
    }
  g_array_append_val (self->offsets, total);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, total);
}
