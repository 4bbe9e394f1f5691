/* gpm-model-private.h — small helpers the item types share. Not for use outside src/model/. */
#pragma once

#include <math.h>

#include <glib-object.h>

G_BEGIN_DECLS

#define GPM_PARAM_RW (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define GPM_PARAM_RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* g_set_str () is GLib 2.76; this is the same contract: TRUE when the field changed. */
static inline gboolean
gpm_str_set (char       **field,
             const char  *value)
{
  char *copy;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  copy = g_strdup (value);
  g_free (*field);
  *field = copy;

  return TRUE;
}

/* NaN never equals itself; treat two NaNs as "no change" so notify stays quiet. */
static inline gboolean
gpm_double_equal (double a,
                  double b)
{
  return a == b || (isnan (a) && isnan (b));
}

G_END_DECLS
