/* gpm-import-records.c — rows of a delimited or JSON file, header first. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "gpm-import-records.h"

/* Enough to guess the encoding and the delimiter: a few hundred rows. */
#define HEAD_SIZE (64 * 1024)

struct _GpmImportRecords
{
  /* delimited */
  GpmTextDecoder *decoder;
  GpmCsvReader   *reader;

  /* JSON */
  JsonArray      *items;
  GPtrArray      *names;    /* the header: member names in order of first appearance */
  GPtrArray      *fields;   /* the current row's texts */
  guint           next;     /* 0 is the header, then items[next - 1] */
  guint64         size;
};

void
gpm_import_records_free (GpmImportRecords *self)
{
  g_clear_object (&self->reader);
  g_clear_object (&self->decoder);
  g_clear_pointer (&self->items, json_array_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_free (self);
}

static gboolean
looks_like_json (GFile        *file,
                 const guint8 *head,
                 gsize         length)
{
  g_autofree char *name = g_file_get_basename (file);
  gsize i = 0;

  if (name != NULL && g_str_has_suffix (name, ".json"))
    return TRUE;

  if (length >= 3 && memcmp (head, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (head[i]))
    i++;

  return i < length && head[i] == '[';
}

static char
sniff (const guint8 *head,
       gsize         length,
       GpmEncoding   encoding)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (head, length, NULL);
  g_autoptr(GpmTextDecoder) decoder = gpm_text_decoder_new (stream, encoding);
  g_autofree char *text = g_malloc (length * 3 + 4);
  gsize filled = 0;
  gssize n;

  while ((n = gpm_text_decoder_read (decoder, text + filled, length * 3 + 4 - filled,
                                     NULL, NULL)) > 0)
    filled += (gsize) n;

  return gpm_csv_sniff_delimiter (text, filled);
}

static void
add_name (GpmImportRecords *self,
          const char       *name)
{
  for (guint i = 0; i < self->names->len; i++)
    if (g_str_equal (self->names->pdata[i], name))
      return;

  g_ptr_array_add (self->names, g_strdup (name));
}

static gboolean
open_json (GpmImportRecords  *self,
           GFile             *file,
           GCancellable      *cancellable,
           GError           **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *text;
  JsonNode *root;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return FALSE;

  text = contents;
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    text += 3, length -= 3;

  if (!json_parser_load_from_data (parser, text, (gssize) length, &local_error))
    {
      g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_FORMAT,
                   _("“%s” is not valid JSON: %s"), name, local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_FORMAT,
                   _("“%s” is JSON but not a list of rows. Import a file that "
                     "“gpu-market export-data --format json” wrote, or a CSV file."), name);
      return FALSE;
    }

  self->items = json_array_ref (json_node_get_array (root));
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->fields = g_ptr_array_new_with_free_func (g_free);
  self->size = length;

  for (guint i = 0; i < json_array_get_length (self->items); i++)
    {
      JsonNode *node = json_array_get_element (self->items, i);
      g_autoptr(GList) members = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_FORMAT,
                       _("Item %u of “%s” is not an object with named values."), i + 1, name);
          return FALSE;
        }
      members = json_object_get_members (json_node_get_object (node));
      for (GList *l = members; l != NULL; l = l->next)
        add_name (self, l->data);
    }

  return TRUE;
}

GpmImportRecords *
gpm_import_records_open (GFile                   *file,
                         const GpmImportOptions  *options,
                         GpmImportFileInfo       *info,
                         GCancellable            *cancellable,
                         GError                 **error)
{
  g_autoptr(GpmImportRecords) self = g_new0 (GpmImportRecords, 1);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) file_info = NULL;
  g_autofree guint8 *head = g_malloc (HEAD_SIZE);
  gsize length = 0;

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  file_info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                              cancellable, error);
  if (file_info == NULL
      || !g_input_stream_read_all (G_INPUT_STREAM (stream), head, HEAD_SIZE, &length,
                                   cancellable, error))
    return NULL;

  memset (info, 0, sizeof *info);
  info->size = (guint64) g_file_info_get_size (file_info);
  info->confident = TRUE;

  if (looks_like_json (file, head, length))
    {
      info->format = GPM_IMPORT_FORMAT_JSON;
      info->encoding = GPM_ENCODING_UTF8;
      if (!open_json (self, file, cancellable, error))
        return NULL;
      return g_steal_pointer (&self);
    }

  info->format = GPM_IMPORT_FORMAT_DELIMITED;
  if (options->detect_encoding)
    info->encoding = gpm_encoding_detect (head, length, &info->confident);
  else
    info->encoding = options->encoding;
  info->delimiter = options->delimiter != '\0' ? options->delimiter
                                               : sniff (head, length, info->encoding);

  if (!g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_SET, cancellable, error))
    return NULL;

  self->decoder = gpm_text_decoder_new (G_INPUT_STREAM (stream), info->encoding);
  self->reader = gpm_csv_reader_new (self->decoder, info->delimiter);

  return g_steal_pointer (&self);
}

/* A member as the text a CSV cell would hold; numbers keep every digit they need. */
static char *
member_text (JsonObject *object,
             const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("");
  if (!JSON_NODE_HOLDS_VALUE (node))
    return json_to_string (node, FALSE);

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    default:
      return g_strdup (json_node_get_string (node));
    }
}

gboolean
gpm_import_records_next (GpmImportRecords  *self,
                         GPtrArray        **fields,
                         guint64           *line,
                         GCancellable      *cancellable,
                         GError           **error)
{
  JsonObject *object;

  if (self->reader != NULL)
    return gpm_csv_reader_next (self->reader, fields, line, cancellable, error);

  if (self->next > json_array_get_length (self->items))
    return FALSE;

  g_ptr_array_set_size (self->fields, 0);
  *line = self->next;
  if (self->next++ == 0)
    {
      for (guint i = 0; i < self->names->len; i++)
        g_ptr_array_add (self->fields, g_strdup (self->names->pdata[i]));
      *fields = self->fields;
      return TRUE;
    }

  object = json_array_get_object_element (self->items, self->next - 2);
  for (guint i = 0; i < self->names->len; i++)
    g_ptr_array_add (self->fields, member_text (object, self->names->pdata[i]));

  *fields = self->fields;
  return TRUE;
}

guint64
gpm_import_records_get_bytes_in (GpmImportRecords *self)
{
  if (self->reader != NULL)
    return gpm_csv_reader_get_bytes_in (self->reader);

  /* JSON is read whole: count items instead, in proportion. */
  if (json_array_get_length (self->items) == 0)
    return self->size;
  return self->size * MIN (self->next, json_array_get_length (self->items))
         / json_array_get_length (self->items);
}
