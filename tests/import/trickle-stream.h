/* trickle-stream.h — a GInputStream that hands out 1 to 3 bytes per read.
 *
 * Shared by the import tests: with it, every multibyte character, CRLF and doubled
 * quote of a fixture is split across reads somewhere, which is where streaming
 * decoders and parsers go wrong.
 */
#pragma once

#include <gio/gio.h>

typedef struct
{
  GInputStream  parent_instance;
  GBytes       *bytes;
  gsize         pos;
  guint         step;
} TrickleStream;

typedef GInputStreamClass TrickleStreamClass;

static GType trickle_stream_get_type (void);
G_DEFINE_TYPE (TrickleStream, trickle_stream, G_TYPE_INPUT_STREAM)

static gssize
trickle_stream_read (GInputStream  *stream,
                     void          *buffer,
                     gsize          count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  TrickleStream *self = (TrickleStream *) stream;
  gsize size;
  const guint8 *data = g_bytes_get_data (self->bytes, &size);
  gsize n = 1 + self->step++ % 3;

  n = MIN (n, MIN (count, size - self->pos));
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;
  if (n > 0)
    memcpy (buffer, data + self->pos, n);
  self->pos += n;
  return n;
}

static void
trickle_stream_finalize (GObject *object)
{
  g_bytes_unref (((TrickleStream *) object)->bytes);
  G_OBJECT_CLASS (trickle_stream_parent_class)->finalize (object);
}

static void
trickle_stream_class_init (TrickleStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trickle_stream_finalize;
  klass->read_fn = trickle_stream_read;
}

static void
trickle_stream_init (TrickleStream *self)
{
}

/* A stream over a copy of data: trickling when asked, else whole 64 KiB reads. */
static inline GInputStream *
test_stream_new (const void *data,
                 gsize       size,
                 gboolean    trickle)
{
  GBytes *bytes = g_bytes_new (data, size);
  TrickleStream *self;

  if (!trickle)
    {
      GInputStream *stream = g_memory_input_stream_new_from_bytes (bytes);

      g_bytes_unref (bytes);
      return stream;
    }

  self = g_object_new (trickle_stream_get_type (), NULL);
  self->bytes = bytes;
  return G_INPUT_STREAM (self);
}

/* Reads a fixture from tests/import/fixtures. */
static inline char *
test_load_fixture (const char *name,
                   gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", "fixtures", name,
                                                 NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}
