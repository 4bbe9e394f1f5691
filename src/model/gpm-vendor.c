/* gpm-vendor.c — the vendor item, and search over its names.
 *
 * The folded search text is built on first use and dropped when a name changes, so a
 * filter over a list of vendors folds each vendor once, not once per keystroke.
 */

#include "config.h"

#include "gpm-vendor.h"

#include <string.h>

#include "gpm-hanzi.h"
#include "gpm-model-private.h"

struct _GpmVendor
{
  GObject parent_instance;

  gint64  id;
  char   *key;
  char   *name;
  char   *name_zh;
  char   *name_zh_hant;
  char   *aliases;
  char   *role;
  char   *country;
  char   *headquarters;
  int     founded;
  char   *segments;
  char   *listing_status;
  char   *listing_board;
  char   *note;

  /* Every name folded for search, one per line; built on first use, dropped on change. */
  char   *search_text;
};

G_DEFINE_FINAL_TYPE (GpmVendor, gpm_vendor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_NAME,
  PROP_NAME_ZH,
  PROP_NAME_ZH_HANT,
  PROP_ALIASES,
  PROP_ROLE,
  PROP_COUNTRY,
  PROP_HEADQUARTERS,
  PROP_FOUNDED,
  PROP_SEGMENTS,
  PROP_LISTING_STATUS,
  PROP_LISTING_BOARD,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
gpm_vendor_finalize (GObject *object)
{
  GpmVendor *self = GPM_VENDOR (object);

  g_free (self->key);
  g_free (self->name);
  g_free (self->name_zh);
  g_free (self->name_zh_hant);
  g_free (self->aliases);
  g_free (self->role);
  g_free (self->country);
  g_free (self->headquarters);
  g_free (self->segments);
  g_free (self->listing_status);
  g_free (self->listing_board);
  g_free (self->note);
  g_free (self->search_text);

  G_OBJECT_CLASS (gpm_vendor_parent_class)->finalize (object);
}

static void
gpm_vendor_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  GpmVendor *self = GPM_VENDOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, gpm_vendor_get_id (self));
      break;

    case PROP_KEY:
      g_value_set_string (value, gpm_vendor_get_key (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, gpm_vendor_get_name (self));
      break;

    case PROP_NAME_ZH:
      g_value_set_string (value, gpm_vendor_get_name_zh (self));
      break;

    case PROP_NAME_ZH_HANT:
      g_value_set_string (value, gpm_vendor_get_name_zh_hant (self));
      break;

    case PROP_ALIASES:
      g_value_set_string (value, gpm_vendor_get_aliases (self));
      break;

    case PROP_ROLE:
      g_value_set_string (value, gpm_vendor_get_role (self));
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, gpm_vendor_get_country (self));
      break;

    case PROP_HEADQUARTERS:
      g_value_set_string (value, gpm_vendor_get_headquarters (self));
      break;

    case PROP_FOUNDED:
      g_value_set_int (value, gpm_vendor_get_founded (self));
      break;

    case PROP_SEGMENTS:
      g_value_set_string (value, gpm_vendor_get_segments (self));
      break;

    case PROP_LISTING_STATUS:
      g_value_set_string (value, gpm_vendor_get_listing_status (self));
      break;

    case PROP_LISTING_BOARD:
      g_value_set_string (value, gpm_vendor_get_listing_board (self));
      break;

    case PROP_NOTE:
      g_value_set_string (value, gpm_vendor_get_note (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_vendor_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  GpmVendor *self = GPM_VENDOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      gpm_vendor_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_KEY:
      gpm_vendor_set_key (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      gpm_vendor_set_name (self, g_value_get_string (value));
      break;

    case PROP_NAME_ZH:
      gpm_vendor_set_name_zh (self, g_value_get_string (value));
      break;

    case PROP_NAME_ZH_HANT:
      gpm_vendor_set_name_zh_hant (self, g_value_get_string (value));
      break;

    case PROP_ALIASES:
      gpm_vendor_set_aliases (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      gpm_vendor_set_role (self, g_value_get_string (value));
      break;

    case PROP_COUNTRY:
      gpm_vendor_set_country (self, g_value_get_string (value));
      break;

    case PROP_HEADQUARTERS:
      gpm_vendor_set_headquarters (self, g_value_get_string (value));
      break;

    case PROP_FOUNDED:
      gpm_vendor_set_founded (self, g_value_get_int (value));
      break;

    case PROP_SEGMENTS:
      gpm_vendor_set_segments (self, g_value_get_string (value));
      break;

    case PROP_LISTING_STATUS:
      gpm_vendor_set_listing_status (self, g_value_get_string (value));
      break;

    case PROP_LISTING_BOARD:
      gpm_vendor_set_listing_board (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      gpm_vendor_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gpm_vendor_class_init (GpmVendorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gpm_vendor_finalize;
  object_class->get_property = gpm_vendor_get_property;
  object_class->set_property = gpm_vendor_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        GPM_PARAM_RW);

  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_NAME_ZH] =
    g_param_spec_string ("name-zh", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_NAME_ZH_HANT] =
    g_param_spec_string ("name-zh-hant", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_ALIASES] =
    g_param_spec_string ("aliases", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         "chipmaker",
                         GPM_PARAM_RW);

  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_HEADQUARTERS] =
    g_param_spec_string ("headquarters", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_FOUNDED] =
    g_param_spec_int ("founded", NULL, NULL,
                      0, G_MAXINT, 0,
                      GPM_PARAM_RW);

  properties[PROP_SEGMENTS] =
    g_param_spec_string ("segments", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_LISTING_STATUS] =
    g_param_spec_string ("listing-status", NULL, NULL,
                         "unknown",
                         GPM_PARAM_RW);

  properties[PROP_LISTING_BOARD] =
    g_param_spec_string ("listing-board", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         "",
                         GPM_PARAM_RW);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gpm_vendor_init (GpmVendor *self)
{
  self->key = g_strdup ("");
  self->name = g_strdup ("");
  self->name_zh = g_strdup ("");
  self->name_zh_hant = g_strdup ("");
  self->aliases = g_strdup ("");
  self->role = g_strdup ("chipmaker");
  self->country = g_strdup ("");
  self->headquarters = g_strdup ("");
  self->segments = g_strdup ("");
  self->listing_status = g_strdup ("unknown");
  self->listing_board = g_strdup ("");
  self->note = g_strdup ("");
}

GpmVendor *
gpm_vendor_new (const char *key,
                const char *name)
{
  GpmVendor *self = g_object_new (GPM_TYPE_VENDOR, NULL);

  gpm_vendor_set_key (self, key);
  gpm_vendor_set_name (self, name);

  return self;
}

GpmVendor *
gpm_vendor_copy (GpmVendor *self)
{
  GpmVendor *copy;

  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  copy = g_object_new (GPM_TYPE_VENDOR, NULL);
  gpm_vendor_set_id (copy, self->id);
  gpm_vendor_set_key (copy, self->key);
  gpm_vendor_set_name (copy, self->name);
  gpm_vendor_set_name_zh (copy, self->name_zh);
  gpm_vendor_set_name_zh_hant (copy, self->name_zh_hant);
  gpm_vendor_set_aliases (copy, self->aliases);
  gpm_vendor_set_role (copy, self->role);
  gpm_vendor_set_country (copy, self->country);
  gpm_vendor_set_headquarters (copy, self->headquarters);
  gpm_vendor_set_founded (copy, self->founded);
  gpm_vendor_set_segments (copy, self->segments);
  gpm_vendor_set_listing_status (copy, self->listing_status);
  gpm_vendor_set_listing_board (copy, self->listing_board);
  gpm_vendor_set_note (copy, self->note);

  return copy;
}

gint64
gpm_vendor_get_id (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), 0);

  return self->id;
}

void
gpm_vendor_set_id (GpmVendor *self,
                   gint64     id)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
gpm_vendor_get_key (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->key;
}

void
gpm_vendor_set_key (GpmVendor  *self,
                    const char *key)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (!gpm_str_set (&self->key, key != NULL ? key : ""))
    return;

  g_clear_pointer (&self->search_text, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

const char *
gpm_vendor_get_name (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->name;
}

void
gpm_vendor_set_name (GpmVendor  *self,
                     const char *name)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (!gpm_str_set (&self->name, name != NULL ? name : ""))
    return;

  g_clear_pointer (&self->search_text, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
gpm_vendor_get_name_zh (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->name_zh;
}

void
gpm_vendor_set_name_zh (GpmVendor  *self,
                        const char *name_zh)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (!gpm_str_set (&self->name_zh, name_zh != NULL ? name_zh : ""))
    return;

  g_clear_pointer (&self->search_text, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME_ZH]);
}

const char *
gpm_vendor_get_name_zh_hant (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->name_zh_hant;
}

void
gpm_vendor_set_name_zh_hant (GpmVendor  *self,
                             const char *name_zh_hant)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (!gpm_str_set (&self->name_zh_hant, name_zh_hant != NULL ? name_zh_hant : ""))
    return;

  g_clear_pointer (&self->search_text, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME_ZH_HANT]);
}

const char *
gpm_vendor_get_aliases (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->aliases;
}

void
gpm_vendor_set_aliases (GpmVendor  *self,
                        const char *aliases)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (!gpm_str_set (&self->aliases, aliases != NULL ? aliases : ""))
    return;

  g_clear_pointer (&self->search_text, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

const char *
gpm_vendor_get_role (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->role;
}

void
gpm_vendor_set_role (GpmVendor  *self,
                     const char *role)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (gpm_str_set (&self->role, role != NULL ? role : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
gpm_vendor_get_country (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->country;
}

void
gpm_vendor_set_country (GpmVendor  *self,
                        const char *country)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (gpm_str_set (&self->country, country != NULL ? country : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

const char *
gpm_vendor_get_headquarters (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->headquarters;
}

void
gpm_vendor_set_headquarters (GpmVendor  *self,
                             const char *headquarters)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (gpm_str_set (&self->headquarters, headquarters != NULL ? headquarters : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADQUARTERS]);
}

int
gpm_vendor_get_founded (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), 0);

  return self->founded;
}

void
gpm_vendor_set_founded (GpmVendor *self,
                        int        founded)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (self->founded == founded)
    return;

  self->founded = founded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOUNDED]);
}

const char *
gpm_vendor_get_segments (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->segments;
}

void
gpm_vendor_set_segments (GpmVendor  *self,
                         const char *segments)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (gpm_str_set (&self->segments, segments != NULL ? segments : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEGMENTS]);
}

const char *
gpm_vendor_get_listing_status (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->listing_status;
}

void
gpm_vendor_set_listing_status (GpmVendor  *self,
                               const char *listing_status)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (gpm_str_set (&self->listing_status, listing_status != NULL ? listing_status : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LISTING_STATUS]);
}

const char *
gpm_vendor_get_listing_board (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->listing_board;
}

void
gpm_vendor_set_listing_board (GpmVendor  *self,
                              const char *listing_board)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (gpm_str_set (&self->listing_board, listing_board != NULL ? listing_board : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LISTING_BOARD]);
}

const char *
gpm_vendor_get_note (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return self->note;
}

void
gpm_vendor_set_note (GpmVendor  *self,
                     const char *note)
{
  g_return_if_fail (GPM_IS_VENDOR (self));

  if (gpm_str_set (&self->note, note != NULL ? note : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/* Splits a ';'-separated column into trimmed, non-empty parts. */
static GStrv
split_list (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ";", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

/**
 * gpm_vendor_dup_aliases:
 *
 * Returns: (transfer full): the other names of the vendor, in any script.
 */
GStrv
gpm_vendor_dup_aliases (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return split_list (self->aliases);
}

/**
 * gpm_vendor_dup_segments:
 *
 * Returns: (transfer full): the market segments, e.g. "gpgpu", "npu".
 */
GStrv
gpm_vendor_dup_segments (GpmVendor *self)
{
  g_return_val_if_fail (GPM_IS_VENDOR (self), NULL);

  return split_list (self->segments);
}

static const char *
get_search_text (GpmVendor *self)
{
  g_autoptr(GString) text = NULL;
  g_auto(GStrv) aliases = NULL;

  if (self->search_text != NULL)
    return self->search_text;

  /* One name per line: a needle never holds a newline, so it cannot match across names. */
  text = g_string_new (NULL);
  g_string_append_printf (text, "%s\n%s\n%s\n%s",
                          self->key, self->name, self->name_zh, self->name_zh_hant);
  aliases = gpm_vendor_dup_aliases (self);
  for (guint i = 0; aliases[i] != NULL; i++)
    g_string_append_printf (text, "\n%s", aliases[i]);

  self->search_text = gpm_hanzi_fold (text->str);

  return self->search_text;
}

/**
 * gpm_vendor_matches:
 * @needle: what the user typed
 *
 * Whether @needle occurs in the vendor's key, English name, either Chinese name or an
 * alias, ignoring case, full-width letters and Simplified versus Traditional characters.
 * An empty needle matches every vendor.
 */
gboolean
gpm_vendor_matches (GpmVendor  *self,
                    const char *needle)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (GPM_IS_VENDOR (self), FALSE);

  if (needle == NULL)
    return TRUE;

  trimmed = g_strstrip (g_strdup (needle));
  if (trimmed[0] == '\0')
    return TRUE;

  folded = gpm_hanzi_fold (trimmed);
  if (strchr (folded, '\n') != NULL)
    return FALSE;

  return strstr (get_search_text (self), folded) != NULL;
}
