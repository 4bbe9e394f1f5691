/* gpm-figure-table.c — a table of figures whose columns are the periods its rows have.
 *
 * Periods are ordered by gpm_period_compare (), so "2024" comes before "2025-Q1" and a
 * quarter sits after its year. Each period column has its own factory that knows its
 * period; cells are GpmFigureCells, which carry the marks, tooltip and popover.
 */

#include "config.h"

#include "gpm-figure-cell.h"
#include "gpm-figure-table.h"
#include "gpm-period.h"

struct _GpmFigureRow
{
  GObject     parent_instance;

  char       *label;
  char       *metric_label;
  GHashTable *by_period;  /* period text → GPtrArray of GpmObservation */
};

G_DEFINE_FINAL_TYPE (GpmFigureRow, gpm_figure_row, G_TYPE_OBJECT)

static void
gpm_figure_row_finalize (GObject *object)
{
  GpmFigureRow *self = GPM_FIGURE_ROW (object);

  g_free (self->label);
  g_free (self->metric_label);
  g_hash_table_unref (self->by_period);

  G_OBJECT_CLASS (gpm_figure_row_parent_class)->finalize (object);
}

static void
gpm_figure_row_class_init (GpmFigureRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gpm_figure_row_finalize;
}

static void
gpm_figure_row_init (GpmFigureRow *self)
{
  self->by_period = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
}

/**
 * gpm_figure_row_new:
 * @label: what the first column shows
 * @metric_label: what the figures measure, for their tooltips
 */
GpmFigureRow *
gpm_figure_row_new (const char *label,
                    const char *metric_label)
{
  GpmFigureRow *self = g_object_new (GPM_TYPE_FIGURE_ROW, NULL);

  self->label = g_strdup (label);
  self->metric_label = g_strdup (metric_label);

  return self;
}

const char *
gpm_figure_row_get_label (GpmFigureRow *self)
{
  g_return_val_if_fail (GPM_IS_FIGURE_ROW (self), NULL);

  return self->label;
}

void
gpm_figure_row_add (GpmFigureRow   *self,
                    GpmObservation *figure)
{
  const char *period = gpm_observation_get_period (figure);
  GPtrArray *figures;

  g_return_if_fail (GPM_IS_FIGURE_ROW (self));

  figures = g_hash_table_lookup (self->by_period, period);
  if (figures == NULL)
    {
      figures = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (self->by_period, g_strdup (period), figures);
    }
  g_ptr_array_add (figures, g_object_ref (figure));
}

/**
 * gpm_figure_row_get_figures:
 *
 * Returns: (transfer none) (nullable): the row's figures for @period
 */
GPtrArray *
gpm_figure_row_get_figures (GpmFigureRow *self,
                            const char   *period)
{
  g_return_val_if_fail (GPM_IS_FIGURE_ROW (self), NULL);

  return g_hash_table_lookup (self->by_period, period);
}

/* The table */

typedef struct
{
  char        *period;
  GHashTable  *sources;
  GpmLanguage  language;
} ColumnData;

static void
column_data_free (ColumnData *data)
{
  g_free (data->period);
  g_clear_pointer (&data->sources, g_hash_table_unref);
  g_free (data);
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Not wrapped: a wrapped label would make a row taller than the table measured it,
   * and the table scrolls sideways when it is wider than the page. */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GpmFigureRow *row = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), row->label);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  gtk_list_item_set_child (item, gpm_figure_cell_new ());
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           ColumnData               *data)
{
  GpmFigureRow *row = gtk_list_item_get_item (item);

  gpm_figure_cell_set_figures (GPM_FIGURE_CELL (gtk_list_item_get_child (item)),
                               g_hash_table_lookup (row->by_period, data->period),
                               row->metric_label, data->sources, data->language);
}

static int
compare_periods (gconstpointer a,
                 gconstpointer b)
{
  const char *text_a = *(const char * const *) a;
  const char *text_b = *(const char * const *) b;
  GpmPeriod period_a, period_b;
  gboolean valid_a = gpm_period_parse (text_a, &period_a, NULL);
  gboolean valid_b = gpm_period_parse (text_b, &period_b, NULL);

  if (valid_a && valid_b)
    return gpm_period_compare (&period_a, &period_b);

  return valid_a != valid_b ? (valid_a ? -1 : 1) : g_strcmp0 (text_a, text_b);
}

static GPtrArray *
collect_periods (GPtrArray *rows)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *periods = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      GpmFigureRow *row = g_ptr_array_index (rows, i);
      GHashTableIter iter;
      gpointer period;

      g_hash_table_iter_init (&iter, row->by_period);
      while (g_hash_table_iter_next (&iter, &period, NULL))
        if (g_hash_table_add (seen, period))
          g_ptr_array_add (periods, period);
    }
  g_ptr_array_sort (periods, compare_periods);

  return periods;
}

static void
append_period_column (GtkColumnView *view,
                      const char    *period,
                      GHashTable    *sources,
                      GpmLanguage    language)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  ColumnData *data = g_new0 (ColumnData, 1);

  data->period = g_strdup (period);
  data->sources = sources != NULL ? g_hash_table_ref (sources) : NULL;
  data->language = language;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cell), data,
                         (GClosureNotify) (void (*) (void)) column_data_free, 0);

  column = gtk_column_view_column_new (period, factory);
  gtk_column_view_append_column (view, column);
}

/**
 * gpm_figure_table_new:
 * @first_title: the heading of the label column ("Metric", "Vendor")
 * @rows: (element-type GpmFigureRow): the rows, in order
 * @sources: (nullable): source id (gint64) → #GpmSource, for citations
 *
 * Returns: (transfer floating): a GtkColumnView
 */
GtkWidget *
gpm_figure_table_new (const char  *first_title,
                      GPtrArray   *rows,
                      GHashTable  *sources,
                      GpmLanguage  language)
{
  g_autoptr(GListStore) store = g_list_store_new (GPM_TYPE_FIGURE_ROW);
  g_autoptr(GPtrArray) periods = collect_periods (rows);
  g_autoptr(GtkColumnViewColumn) label_column = NULL;
  GtkListItemFactory *factory;
  GtkWidget *view;

  for (guint i = 0; i < rows->len; i++)
    g_list_store_append (store, g_ptr_array_index (rows, i));

  view = gtk_column_view_new (GTK_SELECTION_MODEL (
    gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&store)))));
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_column_view_set_reorderable (GTK_COLUMN_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "data-table");
  gtk_widget_add_css_class (view, "gpm-figure-table");

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), NULL);
  label_column = gtk_column_view_column_new (first_title, factory);
  /* The label column takes the spare width, so the table fills its card. */
  gtk_column_view_column_set_expand (label_column, TRUE);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (view), label_column);

  for (guint i = 0; i < periods->len; i++)
    append_period_column (GTK_COLUMN_VIEW (view), g_ptr_array_index (periods, i), sources,
                          language);

  return view;
}
