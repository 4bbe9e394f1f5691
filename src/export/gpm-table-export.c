/* gpm-table-export.c — turns the store's items into rows of text and writes them
 * as RFC 4180 CSV or as a JSON array of objects.
 *
 * Each table is a list of columns read from the items' properties, so CSV and JSON
 * carry the same fields in the same order; the leading columns are the documented
 * interface (README) and more may follow.
 *
 * In CSV, text columns are neutralised against spreadsheet formulas (gpm-csv.c) and
 * number columns are not, by the column's kind: a value of -5 stays a number. JSON
 * carries the text as it is, numbers as numbers.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "gpm-csv.h"
#include "gpm-table-export.h"

typedef GpmTableColumn Column;

static const Column vendor_columns[] = {
  { "name", "name", GPM_COLUMN_TEXT },
  { "name_zh", "name-zh", GPM_COLUMN_TEXT },
  { "country", "country", GPM_COLUMN_TEXT },
  { "headquarters", "headquarters", GPM_COLUMN_TEXT },
  { "founded", "founded", GPM_COLUMN_YEAR },
  { "segments", "segments", GPM_COLUMN_TEXT },
  { "listing_status", "listing-status", GPM_COLUMN_TEXT },
  { "name_zh_hant", "name-zh-hant", GPM_COLUMN_TEXT },
  { "aliases", "aliases", GPM_COLUMN_TEXT },
  { "role", "role", GPM_COLUMN_TEXT },
  { "listing_board", "listing-board", GPM_COLUMN_TEXT },
  { "note", "note", GPM_COLUMN_TEXT },
  { "key", "key", GPM_COLUMN_TEXT },
  { "id", "id", GPM_COLUMN_ID },
};

static const Column observation_columns[] = {
  { "subject", "subject-name", GPM_COLUMN_TEXT },
  { "metric", "metric-key", GPM_COLUMN_TEXT },
  { "period", "period", GPM_COLUMN_TEXT },
  { "value", "value", GPM_COLUMN_NUMBER },
  { "unit", "unit", GPM_COLUMN_TEXT },
  { "status", "status", GPM_COLUMN_TEXT },
  { "source", "source-id", GPM_COLUMN_SOURCE_KEY },
  { "quote", "quote", GPM_COLUMN_TEXT },
  { "qualifier", "qualifier", GPM_COLUMN_TEXT },
  { "doubtful", "doubtful", GPM_COLUMN_BOOLEAN },
  { "note", "note", GPM_COLUMN_TEXT },
  { "subject_zh", "subject-name-zh", GPM_COLUMN_TEXT },
  { "id", "id", GPM_COLUMN_ID },
};

static const Column event_columns[] = {
  { "date", "date", GPM_COLUMN_TEXT },
  { "category", "category", GPM_COLUMN_TEXT },
  { "vendors", "vendor-names", GPM_COLUMN_TEXT },
  { "title", "title", GPM_COLUMN_TEXT },
  { "title_zh", "title-zh", GPM_COLUMN_TEXT },
  { "source", "source-id", GPM_COLUMN_SOURCE_KEY },
  { "quote", "quote", GPM_COLUMN_TEXT },
  { "note", "note", GPM_COLUMN_TEXT },
  { "id", "id", GPM_COLUMN_ID },
};

static const Column source_columns[] = {
  { "key", "key", GPM_COLUMN_TEXT },
  { "publisher", "publisher", GPM_COLUMN_TEXT },
  { "publisher_zh", "publisher-zh", GPM_COLUMN_TEXT },
  { "title", "title", GPM_COLUMN_TEXT },
  { "published", "published", GPM_COLUMN_TEXT },
  { "language", "language", GPM_COLUMN_TEXT },
  { "url", "url", GPM_COLUMN_TEXT },
  { "id", "id", GPM_COLUMN_ID },
};

typedef struct
{
  const char   *name;
  const Column *columns;
  guint         n_columns;
} TableSpec;

static const TableSpec tables[] = {
  [GPM_TABLE_VENDORS] = { "vendors", vendor_columns, G_N_ELEMENTS (vendor_columns) },
  [GPM_TABLE_OBSERVATIONS] = { "observations", observation_columns,
                               G_N_ELEMENTS (observation_columns) },
  [GPM_TABLE_EVENTS] = { "events", event_columns, G_N_ELEMENTS (event_columns) },
  [GPM_TABLE_SOURCES] = { "sources", source_columns, G_N_ELEMENTS (source_columns) },
};

static const char *const table_names[] = {
  "vendors", "observations", "events", "sources", NULL
};

const char *const *
gpm_table_get_names (void)
{
  return table_names;
}

gboolean
gpm_table_from_name (const char *name,
                     GpmTable   *table)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (name, tables[i].name))
      {
        *table = (GpmTable) i;
        return TRUE;
      }

  return FALSE;
}

gboolean
gpm_table_format_from_name (const char     *name,
                            GpmTableFormat *format)
{
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "csv") == 0)
    *format = GPM_TABLE_FORMAT_CSV;
  else if (g_ascii_strcasecmp (name, "json") == 0)
    *format = GPM_TABLE_FORMAT_JSON;
  else
    return FALSE;

  return TRUE;
}

/* The shortest decimal text that reads back as the same double. */
char *
gpm_table_format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 15; precision <= 17; precision++)
    {
      g_autofree char *format = g_strdup_printf ("%%.%dg", precision);

      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  return g_strdup (buf);
}

static char *
cell_text (GObject      *item,
           const Column *column,
           GHashTable   *source_keys)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_object_get_property (item, column->property, &value);

  switch (column->kind)
    {
    case GPM_COLUMN_TEXT:
      return g_value_dup_string (&value);
    case GPM_COLUMN_NUMBER:
      return gpm_table_format_number (g_value_get_double (&value));
    case GPM_COLUMN_YEAR:
      return g_value_get_int (&value) > 0 ? g_strdup_printf ("%d", g_value_get_int (&value))
                                          : g_strdup ("");
    case GPM_COLUMN_BOOLEAN:
      return g_strdup (g_value_get_boolean (&value) ? "true" : "false");
    case GPM_COLUMN_SOURCE_KEY:
      {
        gint64 id = g_value_get_int64 (&value);
        return g_strdup (g_hash_table_lookup (source_keys, &id));
      }
    case GPM_COLUMN_ID:
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (&value));
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_text (const Column *column)
{
  return column->kind == GPM_COLUMN_TEXT || column->kind == GPM_COLUMN_SOURCE_KEY;
}

/* One table being written, row by row, so an export of a million figures never holds
 * them all: CSV rows or JSON objects go straight into the output. */
typedef struct
{
  const GpmTableColumn *columns;
  guint                 n_columns;
  GpmTableFormat        format;
  GString              *out;
  const char          **texts;   /* a row's cells as written, for CSV */
  guint                 n_rows;
} Writer;

static void
writer_init (Writer               *w,
             const GpmTableColumn *columns,
             guint                 n_columns,
             GpmTableFormat        format,
             GpmTableExportFlags   flags)
{
  w->columns = columns;
  w->n_columns = n_columns;
  w->format = format;
  w->out = g_string_new (NULL);
  w->texts = g_new0 (const char *, n_columns);
  w->n_rows = 0;

  if (format == GPM_TABLE_FORMAT_JSON)
    {
      g_string_append_c (w->out, '[');
      return;
    }

  if (flags & GPM_TABLE_EXPORT_BOM)
    g_string_append (w->out, "\xEF\xBB\xBF");
  for (guint c = 0; c < n_columns; c++)
    w->texts[c] = columns[c].header;
  gpm_csv_append_row (w->out, w->texts, n_columns);
}

static void
add_json_member (JsonBuilder  *builder,
                 const Column *column,
                 const char   *text)
{
  json_builder_set_member_name (builder, column->header);

  switch (column->kind)
    {
    case GPM_COLUMN_NUMBER:
      json_builder_add_double_value (builder, g_ascii_strtod (text, NULL));
      break;
    case GPM_COLUMN_YEAR:
      if (*text == '\0')
        json_builder_add_null_value (builder);
      else
        json_builder_add_int_value (builder, g_ascii_strtoll (text, NULL, 10));
      break;
    case GPM_COLUMN_ID:
      json_builder_add_int_value (builder, g_ascii_strtoll (text, NULL, 10));
      break;
    case GPM_COLUMN_BOOLEAN:
      json_builder_add_boolean_value (builder, g_str_equal (text, "true"));
      break;
    case GPM_COLUMN_TEXT:
    case GPM_COLUMN_SOURCE_KEY:
    default:
      json_builder_add_string_value (builder, text);
    }
}

/* A row as json-glib prints an array's element: the object pretty-printed, each line
 * indented two more spaces, as the whole array would be. */
static void
append_json_row (Writer     *w,
                 char      **cells)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  for (guint c = 0; c < w->n_columns; c++)
    add_json_member (builder, &w->columns[c], cells[c]);
  json_builder_end_object (builder);

  node = json_builder_get_root (builder);
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);

  g_string_append (w->out, w->n_rows > 0 ? ",\n  " : "\n  ");
  for (const char *p = text; *p != '\0'; p++)
    {
      g_string_append_c (w->out, *p);
      if (*p == '\n')
        g_string_append (w->out, "  ");
    }
}

/* CELLS: one string per column, none NULL. */
static void
writer_add (Writer  *w,
            char   **cells)
{
  g_autofree char **safe = NULL;

  if (w->format == GPM_TABLE_FORMAT_JSON)
    {
      append_json_row (w, cells);
      w->n_rows++;
      return;
    }

  safe = g_new0 (char *, w->n_columns);
  for (guint c = 0; c < w->n_columns; c++)
    {
      if (is_text (&w->columns[c]) && gpm_csv_needs_neutralising (cells[c]))
        safe[c] = gpm_csv_neutralise (cells[c]);
      w->texts[c] = safe[c] != NULL ? safe[c] : cells[c];
    }
  gpm_csv_append_row (w->out, w->texts, w->n_columns);
  for (guint c = 0; c < w->n_columns; c++)
    g_free (safe[c]);
  w->n_rows++;
}

static GBytes *
writer_finish (Writer *w)
{
  g_free (w->texts);
  if (w->format == GPM_TABLE_FORMAT_JSON)
    g_string_append (w->out, w->n_rows > 0 ? "\n]\n" : "]\n");

  return g_string_free_to_bytes (g_steal_pointer (&w->out));
}

static void
writer_clear (Writer *w)
{
  g_clear_pointer (&w->texts, g_free);
  if (w->out != NULL)
    g_string_free (g_steal_pointer (&w->out), TRUE);
}

static GPtrArray *
list_items (GpmStore      *store,
            GpmTable       table,
            GCancellable  *cancellable,
            GError       **error)
{
  switch (table)
    {
    case GPM_TABLE_VENDORS:
      return gpm_store_list_vendors (store, cancellable, error);
    case GPM_TABLE_EVENTS:
      return gpm_store_list_events (store, NULL, NULL, cancellable, error);
    case GPM_TABLE_SOURCES:
      return gpm_store_list_sources (store, cancellable, error);
    default:
      g_assert_not_reached ();
    }
}

static GHashTable *
map_source_keys (GPtrArray *sources)
{
  GHashTable *keys = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < sources->len; i++)
    {
      GObject *source = g_ptr_array_index (sources, i);
      gint64 *id = g_new (gint64, 1);
      char *key = NULL;

      g_object_get (source, "id", id, "key", &key, NULL);
      g_hash_table_insert (keys, id, key);
    }

  return keys;
}

typedef struct
{
  const TableSpec *spec;
  GHashTable      *source_keys;
  Writer          *writer;
} ExportRow;

static gboolean
write_item (gpointer   item,
            gpointer   user_data,
            GError   **error)
{
  ExportRow *row = user_data;
  g_auto(GStrv) cells = g_new0 (char *, row->spec->n_columns + 1);

  for (guint c = 0; c < row->spec->n_columns; c++)
    {
      cells[c] = cell_text (item, &row->spec->columns[c], row->source_keys);
      if (cells[c] == NULL)
        cells[c] = g_strdup ("");
    }
  writer_add (row->writer, cells);

  return TRUE;
}

GBytes *
gpm_table_export_full (GpmStore            *store,
                       GpmTable             table,
                       GpmTableFormat       format,
                       GpmTableExportFlags  flags,
                       GCancellable        *cancellable,
                       GError             **error)
{
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GHashTable) source_keys = NULL;
  Writer writer;
  ExportRow row;
  gboolean ok = TRUE;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (table < G_N_ELEMENTS (tables), NULL);

  sources = gpm_store_list_sources (store, cancellable, error);
  if (sources == NULL)
    return NULL;

  source_keys = map_source_keys (sources);
  row = (ExportRow) { &tables[table], source_keys, &writer };
  writer_init (&writer, row.spec->columns, row.spec->n_columns, format, flags);

  /* Figures are the table that grows: they are written as they are read. The other
   * tables are small enough to list. */
  if (table == GPM_TABLE_OBSERVATIONS)
    ok = gpm_store_foreach_observation (store, NULL, write_item, &row, cancellable, error);
  else
    {
      g_autoptr(GPtrArray) items = list_items (store, table, cancellable, error);

      ok = items != NULL;
      for (guint i = 0; ok && i < items->len; i++)
        ok = write_item (items->pdata[i], &row, error);
    }

  if (!ok)
    {
      writer_clear (&writer);
      return NULL;
    }

  return writer_finish (&writer);
}

GBytes *
gpm_table_export (GpmStore        *store,
                  GpmTable         table,
                  GpmTableFormat   format,
                  GCancellable    *cancellable,
                  GError         **error)
{
  return gpm_table_export_full (store, table, format, GPM_TABLE_EXPORT_DEFAULT, cancellable,
                                error);
}

/**
 * gpm_table_write_rows:
 * @rows: (element-type GStrv): one string per column in each row, none %NULL
 *
 * The one writer of every table and chart export, so both get the same CSV rules.
 */
GBytes *
gpm_table_write_rows (const GpmTableColumn *columns,
                      guint                 n_columns,
                      GPtrArray            *rows,
                      GpmTableFormat        format,
                      GpmTableExportFlags   flags)
{
  Writer writer;

  g_return_val_if_fail (columns != NULL && rows != NULL, NULL);

  writer_init (&writer, columns, n_columns, format, flags);
  for (guint r = 0; r < rows->len; r++)
    writer_add (&writer, g_ptr_array_index (rows, r));

  return writer_finish (&writer);
}
