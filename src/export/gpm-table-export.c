/* gpm-table-export.c — turns the store's items into rows of text and writes them
 * as RFC 4180 CSV or as a JSON array of objects.
 *
 * Each table is a list of columns read from the items' properties, so CSV and JSON
 * carry the same fields in the same order; the leading columns are the documented
 * interface (README) and more may follow.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "gpm-csv.h"
#include "gpm-table-export.h"

typedef enum
{
  COLUMN_TEXT,
  COLUMN_NUMBER,      /* a double, written so it reads back to the same value */
  COLUMN_YEAR,        /* an int, 0 meaning unknown (written empty) */
  COLUMN_BOOLEAN,
  COLUMN_SOURCE_KEY,  /* "source-id" written as the source's key */
  COLUMN_ID,
} ColumnKind;

typedef struct
{
  const char *header;
  const char *property;
  ColumnKind  kind;
} Column;

static const Column vendor_columns[] = {
  { "name", "name", COLUMN_TEXT },
  { "name_zh", "name-zh", COLUMN_TEXT },
  { "country", "country", COLUMN_TEXT },
  { "headquarters", "headquarters", COLUMN_TEXT },
  { "founded", "founded", COLUMN_YEAR },
  { "segments", "segments", COLUMN_TEXT },
  { "listing_status", "listing-status", COLUMN_TEXT },
  { "name_zh_hant", "name-zh-hant", COLUMN_TEXT },
  { "aliases", "aliases", COLUMN_TEXT },
  { "role", "role", COLUMN_TEXT },
  { "listing_board", "listing-board", COLUMN_TEXT },
  { "note", "note", COLUMN_TEXT },
  { "key", "key", COLUMN_TEXT },
  { "id", "id", COLUMN_ID },
};

static const Column observation_columns[] = {
  { "subject", "subject-name", COLUMN_TEXT },
  { "metric", "metric-key", COLUMN_TEXT },
  { "period", "period", COLUMN_TEXT },
  { "value", "value", COLUMN_NUMBER },
  { "unit", "unit", COLUMN_TEXT },
  { "status", "status", COLUMN_TEXT },
  { "source", "source-id", COLUMN_SOURCE_KEY },
  { "quote", "quote", COLUMN_TEXT },
  { "qualifier", "qualifier", COLUMN_TEXT },
  { "doubtful", "doubtful", COLUMN_BOOLEAN },
  { "note", "note", COLUMN_TEXT },
  { "subject_zh", "subject-name-zh", COLUMN_TEXT },
  { "id", "id", COLUMN_ID },
};

static const Column event_columns[] = {
  { "date", "date", COLUMN_TEXT },
  { "category", "category", COLUMN_TEXT },
  { "vendors", "vendor-names", COLUMN_TEXT },
  { "title", "title", COLUMN_TEXT },
  { "title_zh", "title-zh", COLUMN_TEXT },
  { "source", "source-id", COLUMN_SOURCE_KEY },
  { "quote", "quote", COLUMN_TEXT },
  { "note", "note", COLUMN_TEXT },
  { "id", "id", COLUMN_ID },
};

static const Column source_columns[] = {
  { "key", "key", COLUMN_TEXT },
  { "publisher", "publisher", COLUMN_TEXT },
  { "publisher_zh", "publisher-zh", COLUMN_TEXT },
  { "title", "title", COLUMN_TEXT },
  { "published", "published", COLUMN_TEXT },
  { "language", "language", COLUMN_TEXT },
  { "url", "url", COLUMN_TEXT },
  { "id", "id", COLUMN_ID },
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
static char *
format_number (double value)
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
    case COLUMN_TEXT:
      return g_value_dup_string (&value);
    case COLUMN_NUMBER:
      return format_number (g_value_get_double (&value));
    case COLUMN_YEAR:
      return g_value_get_int (&value) > 0 ? g_strdup_printf ("%d", g_value_get_int (&value))
                                          : g_strdup ("");
    case COLUMN_BOOLEAN:
      return g_strdup (g_value_get_boolean (&value) ? "true" : "false");
    case COLUMN_SOURCE_KEY:
      {
        gint64 id = g_value_get_int64 (&value);
        return g_strdup (g_hash_table_lookup (source_keys, &id));
      }
    case COLUMN_ID:
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (&value));
    default:
      g_assert_not_reached ();
    }
}

static GBytes *
write_csv (const TableSpec *spec,
           GPtrArray       *rows)
{
  GString *out = g_string_new (NULL);
  g_autofree const char **headers = g_new0 (const char *, spec->n_columns);

  for (guint c = 0; c < spec->n_columns; c++)
    headers[c] = spec->columns[c].header;
  gpm_csv_append_row (out, headers, spec->n_columns);

  for (guint r = 0; r < rows->len; r++)
    gpm_csv_append_row (out, g_ptr_array_index (rows, r), spec->n_columns);

  return g_string_free_to_bytes (out);
}

static void
add_json_member (JsonBuilder  *builder,
                 const Column *column,
                 const char   *text)
{
  json_builder_set_member_name (builder, column->header);

  switch (column->kind)
    {
    case COLUMN_NUMBER:
      json_builder_add_double_value (builder, g_ascii_strtod (text, NULL));
      break;
    case COLUMN_YEAR:
      if (*text == '\0')
        json_builder_add_null_value (builder);
      else
        json_builder_add_int_value (builder, g_ascii_strtoll (text, NULL, 10));
      break;
    case COLUMN_ID:
      json_builder_add_int_value (builder, g_ascii_strtoll (text, NULL, 10));
      break;
    case COLUMN_BOOLEAN:
      json_builder_add_boolean_value (builder, g_str_equal (text, "true"));
      break;
    case COLUMN_TEXT:
    case COLUMN_SOURCE_KEY:
    default:
      json_builder_add_string_value (builder, text);
    }
}

static GBytes *
write_json (const TableSpec *spec,
            GPtrArray       *rows)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  char *with_newline;

  json_builder_begin_array (builder);
  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);

      json_builder_begin_object (builder);
      for (guint c = 0; c < spec->n_columns; c++)
        add_json_member (builder, &spec->columns[c], cells[c]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);

  with_newline = g_strconcat (text, "\n", NULL);

  return g_bytes_new_take (with_newline, strlen (with_newline));
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
    case GPM_TABLE_OBSERVATIONS:
      return gpm_store_list_observations (store, NULL, cancellable, error);
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

GBytes *
gpm_table_export (GpmStore        *store,
                  GpmTable         table,
                  GpmTableFormat   format,
                  GCancellable    *cancellable,
                  GError         **error)
{
  const TableSpec *spec;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) source_keys = NULL;

  g_return_val_if_fail (GPM_IS_STORE (store), NULL);
  g_return_val_if_fail (table < G_N_ELEMENTS (tables), NULL);

  spec = &tables[table];
  sources = gpm_store_list_sources (store, cancellable, error);
  if (sources == NULL)
    return NULL;
  items = list_items (store, table, cancellable, error);
  if (items == NULL)
    return NULL;

  source_keys = map_source_keys (sources);
  rows = g_ptr_array_new_full (items->len, (GDestroyNotify) g_strfreev);
  for (guint r = 0; r < items->len; r++)
    {
      char **cells = g_new0 (char *, spec->n_columns + 1);

      for (guint c = 0; c < spec->n_columns; c++)
        {
          cells[c] = cell_text (g_ptr_array_index (items, r), &spec->columns[c], source_keys);
          if (cells[c] == NULL)
            cells[c] = g_strdup ("");
        }
      g_ptr_array_add (rows, cells);
    }

  return format == GPM_TABLE_FORMAT_JSON ? write_json (spec, rows) : write_csv (spec, rows);
}
