/* gpm-import-mapping.c — columns to fields, guessed from the header or given. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gpm-hanzi.h"
#include "gpm-import-mapping.h"

G_DEFINE_QUARK (gpm-import-error-quark, gpm_import_error)

typedef struct
{
  const char *name;
  const char *label;
  gboolean    required;
  /* Header texts that mean this field, folded (Simplified, lower case); the export's
   * own header names come first. */
  const char *synonyms[12];
} FieldInfo;

static const FieldInfo fields[] = {
  [GPM_IMPORT_FIELD_SUBJECT] = { "subject", N_("Subject"), TRUE,
    { "subject", "vendor", "company", "name", "entity", "market", "厂商", "公司", "企业",
      "主体", "名称", "厂家" } },
  [GPM_IMPORT_FIELD_METRIC] = { "metric", N_("Metric"), TRUE,
    { "metric", "indicator", "measure", "item", "指标", "项目", "科目" } },
  [GPM_IMPORT_FIELD_PERIOD] = { "period", N_("Period"), TRUE,
    { "period", "date", "year", "time", "quarter", "时间", "日期", "年份", "期间", "报告期",
      "年度", "时期" } },
  [GPM_IMPORT_FIELD_VALUE] = { "value", N_("Value"), TRUE,
    { "value", "amount", "figure", "number", "数值", "金额", "数据", "值", "数额" } },
  [GPM_IMPORT_FIELD_UNIT] = { "unit", N_("Unit"), FALSE,
    { "unit", "units", "单位", "计量单位" } },
  [GPM_IMPORT_FIELD_SOURCE] = { "source", N_("Source"), FALSE,
    { "source", "来源", "出处", "资料来源", "数据来源" } },
  [GPM_IMPORT_FIELD_QUOTE] = { "quote", N_("Quote"), FALSE,
    { "quote", "sentence", "excerpt", "原文", "引文", "引述", "原句" } },
  [GPM_IMPORT_FIELD_STATUS] = { "status", N_("Status"), FALSE,
    { "status", "type", "状态", "类型" } },
  [GPM_IMPORT_FIELD_QUALIFIER] = { "qualifier", N_("Qualifier"), FALSE,
    { "qualifier", "限定", "修饰" } },
  [GPM_IMPORT_FIELD_DOUBTFUL] = { "doubtful", N_("Doubtful"), FALSE,
    { "doubtful", "flag", "存疑", "可疑" } },
  [GPM_IMPORT_FIELD_NOTE] = { "note", N_("Note"), FALSE,
    { "note", "notes", "comment", "remark", "备注", "说明", "注释" } },
};

const char *
gpm_import_field_to_string (GpmImportField field)
{
  g_return_val_if_fail (field < GPM_IMPORT_N_FIELDS, NULL);

  return fields[field].name;
}

const char *
gpm_import_field_get_label (GpmImportField field)
{
  g_return_val_if_fail (field < GPM_IMPORT_N_FIELDS, NULL);

  return _(fields[field].label);
}

gboolean
gpm_import_field_is_required (GpmImportField field)
{
  g_return_val_if_fail (field < GPM_IMPORT_N_FIELDS, FALSE);

  return fields[field].required;
}

void
gpm_import_mapping_clear (GpmImportMapping *mapping)
{
  for (guint f = 0; f < GPM_IMPORT_N_FIELDS; f++)
    mapping->column[f] = -1;
}

static gboolean
column_is_used (const GpmImportMapping *mapping,
                int                     column)
{
  for (guint f = 0; f < GPM_IMPORT_N_FIELDS; f++)
    if (mapping->column[f] == column)
      return TRUE;

  return FALSE;
}

void
gpm_import_mapping_guess (GpmImportMapping   *mapping,
                          const char * const *header,
                          guint               n_columns)
{
  g_return_if_fail (mapping != NULL);

  /* Exact synonyms only: "subject_zh" must not be taken for the subject. */
  for (guint f = 0; f < GPM_IMPORT_N_FIELDS; f++)
    for (guint s = 0; s < G_N_ELEMENTS (fields[f].synonyms) && fields[f].synonyms[s]; s++)
      {
        if (mapping->column[f] >= 0)
          break;

        for (guint c = 0; c < n_columns; c++)
          {
            g_autofree char *folded = gpm_hanzi_fold (header[c]);

            if (g_str_equal (g_strstrip (folded), fields[f].synonyms[s])
                && !column_is_used (mapping, (int) c))
              {
                mapping->column[f] = (int) c;
                break;
              }
          }
      }
}

static gboolean
field_from_string (const char     *name,
                   GpmImportField *field)
{
  for (guint f = 0; f < GPM_IMPORT_N_FIELDS; f++)
    if (g_ascii_strcasecmp (name, fields[f].name) == 0)
      {
        *field = (GpmImportField) f;
        return TRUE;
      }

  return FALSE;
}

static int
column_from_string (const char         *text,
                    const char * const *header,
                    guint               n_columns)
{
  guint64 number;
  g_autofree char *folded = gpm_hanzi_fold (text);

  if (g_ascii_string_to_unsigned (text, 10, 1, n_columns, &number, NULL))
    return (int) number - 1;

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *name = gpm_hanzi_fold (header[c]);

      if (g_str_equal (g_strstrip (name), folded))
        return (int) c;
    }

  return -1;
}

gboolean
gpm_import_mapping_parse (GpmImportMapping   *mapping,
                          const char         *spec,
                          const char * const *header,
                          guint               n_columns,
                          GError            **error)
{
  g_auto(GStrv) pairs = NULL;

  g_return_val_if_fail (mapping != NULL && spec != NULL, FALSE);

  pairs = g_strsplit (spec, ",", -1);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      char *eq;
      GpmImportField field;
      const char *column;

      if (*g_strstrip (pairs[i]) == '\0')
        continue;
      eq = strchr (pairs[i], '=');
      if (eq == NULL)
        {
          g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_MAPPING,
                       _("“%s” in the mapping has no “=”. Write field=column, e.g. "
                         "subject=厂商 or value=4."), pairs[i]);
          return FALSE;
        }

      *eq = '\0';
      column = g_strstrip (eq + 1);
      if (!field_from_string (g_strstrip (pairs[i]), &field))
        {
          g_autofree char *names = NULL;
          GString *list = g_string_new (NULL);

          for (guint f = 0; f < GPM_IMPORT_N_FIELDS; f++)
            g_string_append_printf (list, "%s%s", f > 0 ? ", " : "", fields[f].name);
          names = g_string_free (list, FALSE);
          g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_MAPPING,
                       _("“%s” is not a field. The fields are: %s."), pairs[i], names);
          return FALSE;
        }

      if (*column == '\0' || g_ascii_strcasecmp (column, "none") == 0)
        {
          mapping->column[field] = -1;
          continue;
        }

      mapping->column[field] = column_from_string (column, header, n_columns);
      if (mapping->column[field] < 0)
        {
          g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_MAPPING,
                       _("The file has no column “%s” (for %s). Name a column of its header "
                         "or give its number, 1 to %u."),
                       column, fields[field].name, n_columns);
          return FALSE;
        }
    }

  return TRUE;
}

char *
gpm_import_mapping_to_string (const GpmImportMapping *mapping,
                              const char * const     *header,
                              guint                   n_columns)
{
  GString *out = g_string_new (NULL);

  for (guint f = 0; f < GPM_IMPORT_N_FIELDS; f++)
    {
      int c = mapping->column[f];

      if (c < 0 || (guint) c >= n_columns)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ',');
      /* A number is unambiguous even when a header name holds a comma or repeats. */
      g_string_append_printf (out, "%s=%d", fields[f].name, c + 1);
    }

  return g_string_free (out, FALSE);
}

gboolean
gpm_import_mapping_check (const GpmImportMapping *mapping,
                          const char * const     *header,
                          guint                   n_columns,
                          GError                **error)
{
  for (guint f = 0; f < GPM_IMPORT_N_FIELDS; f++)
    {
      int c = mapping->column[f];

      if (c < 0 && fields[f].required)
        {
          g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_MAPPING,
                       _("No column holds the %s. Choose one, or name it in the header "
                         "(e.g. “%s”)."),
                       _(fields[f].label), fields[f].name);
          return FALSE;
        }
      if (c >= (int) n_columns)
        {
          g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_MAPPING,
                       _("The %s is mapped to column %d, but the file has %u columns."),
                       _(fields[f].label), c + 1, n_columns);
          return FALSE;
        }
      for (guint g = f + 1; c >= 0 && g < GPM_IMPORT_N_FIELDS; g++)
        if (mapping->column[g] == c)
          {
            g_set_error (error, GPM_IMPORT_ERROR, GPM_IMPORT_ERROR_MAPPING,
                         _("Column “%s” is chosen for both the %s and the %s."),
                         header[c], _(fields[f].label), _(fields[g].label));
            return FALSE;
          }
    }

  return TRUE;
}

char *
gpm_import_header_signature (const char * const *header,
                             guint               n_columns)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *folded = gpm_hanzi_fold (header[c]);

      g_string_append (joined, g_strstrip (folded));
      g_string_append_c (joined, '\x1f');
    }

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, joined->str, joined->len);
}
