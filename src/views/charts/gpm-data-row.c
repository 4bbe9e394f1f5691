/* gpm-data-row.c — one plotted value as a row of the data table: the texts of its
 * columns, already formatted, so the table shows exactly what the chart draws. */

#include "config.h"

#include "gpm-data-row.h"

#define N_COLUMNS GPM_DATA_ROW_N_COLUMNS

struct _GpmDataRow
{
  GObject  parent_instance;
  char    *columns[N_COLUMNS];
};

G_DEFINE_FINAL_TYPE (GpmDataRow, gpm_data_row, G_TYPE_OBJECT)

static void
gpm_data_row_finalize (GObject *object)
{
  GpmDataRow *self = GPM_DATA_ROW (object);

  for (guint i = 0; i < N_COLUMNS; i++)
    g_free (self->columns[i]);

  G_OBJECT_CLASS (gpm_data_row_parent_class)->finalize (object);
}

static void
gpm_data_row_class_init (GpmDataRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gpm_data_row_finalize;
}

static void
gpm_data_row_init (GpmDataRow *self)
{
}

GpmDataRow *
gpm_data_row_new (const char *series,
                  const char *period,
                  const char *value,
                  const char *share,
                  const char *status,
                  const char *source)
{
  GpmDataRow *self = g_object_new (GPM_TYPE_DATA_ROW, NULL);
  const char *columns[N_COLUMNS] = { series, period, value, share, status, source };

  for (guint i = 0; i < N_COLUMNS; i++)
    self->columns[i] = g_strdup (columns[i] ? columns[i] : "");

  return self;
}

const char *
gpm_data_row_get_column (GpmDataRow *self,
                         guint       column)
{
  g_return_val_if_fail (GPM_IS_DATA_ROW (self), NULL);
  g_return_val_if_fail (column < N_COLUMNS, NULL);

  return self->columns[column];
}
