/* gpm-import-cells.c — units, statuses, qualifiers and flags as analysts write them. */

#include "config.h"

#include <string.h>

#include "gpm-hanzi.h"
#include "gpm-import-cells.h"

typedef struct
{
  const char *text;   /* folded: Simplified, lower case */
  const char *value;
} Word;

/* Longest first, so "万亿" is not read as "万". */
static const char *const multipliers[] = { "万亿", "百万", "千万", "亿", "万", "千" };

static const Word units[] = {
  { "元", "CNY" }, { "人民币", "CNY" }, { "人民币元", "CNY" }, { "rmb", "CNY" },
  { "cny", "CNY" }, { "¥", "CNY" }, { "yuan", "CNY" },
  { "美元", "USD" }, { "usd", "USD" }, { "$", "USD" }, { "us$", "USD" }, { "dollars", "USD" },
  { "%", "%" }, { "percent", "%" }, { "百分比", "%" },
  { "台", "units" }, { "片", "units" }, { "颗", "units" }, { "张", "units" },
  { "块", "units" }, { "units", "units" }, { "unit", "units" }, { "个", "units" },
  { "套", "units" },
};

static const Word statuses[] = {
  { "reported", "reported" }, { "actual", "reported" }, { "实际", "reported" },
  { "已公布", "reported" }, { "报告", "reported" }, { "披露", "reported" },
  { "forecast", "forecast" }, { "f", "forecast" }, { "预测", "forecast" },
  { "预计", "forecast" }, { "预期", "forecast" },
  { "estimate", "estimate" }, { "e", "estimate" }, { "估计", "estimate" },
  { "估算", "estimate" }, { "估值", "estimate" },
};

static const Word qualifiers[] = {
  { "exact", "exact" }, { "=", "exact" },
  { "about", "about" }, { "约", "about" }, { "~", "about" }, { "≈", "about" },
  { "近", "about" }, { "左右", "about" },
  { "more-than", "more-than" }, { ">", "more-than" }, { "超过", "more-than" },
  { "逾", "more-than" }, { "以上", "more-than" },
  { "less-than", "less-than" }, { "<", "less-than" }, { "不足", "less-than" },
  { "不到", "less-than" }, { "以下", "less-than" },
};

static const char *
find_word (const Word *words,
           gsize       n_words,
           const char *folded)
{
  for (gsize i = 0; i < n_words; i++)
    if (g_str_equal (words[i].text, folded))
      return words[i].value;

  return NULL;
}

static char *
fold (const char *text)
{
  char *folded = gpm_hanzi_fold (text);

  return g_strstrip (folded);
}

void
gpm_import_unit_parse (const char    *text,
                       GpmImportUnit *out)
{
  g_autofree char *folded = fold (text);
  const char *rest = folded;
  const char *unit;

  out->multiplier = "";
  for (guint i = 0; i < G_N_ELEMENTS (multipliers); i++)
    if (g_str_has_prefix (rest, multipliers[i]))
      {
        out->multiplier = multipliers[i];
        rest += strlen (multipliers[i]);
        break;
      }

  unit = find_word (units, G_N_ELEMENTS (units), rest);
  if (unit != NULL)
    out->unit = g_strdup (unit);
  else if (*out->multiplier != '\0' && *rest == '\0')
    out->unit = g_strdup ("");
  else
    out->unit = g_strstrip (g_strdup (text + (*out->multiplier != '\0'
                                                ? strlen (out->multiplier) : 0)));
}

void
gpm_import_unit_clear (GpmImportUnit *unit)
{
  g_clear_pointer (&unit->unit, g_free);
}

const char *
gpm_import_unit_kind (const char *unit)
{
  if (g_str_equal (unit, "CNY") || g_str_equal (unit, "USD"))
    return "money";
  if (g_str_equal (unit, "%"))
    return "share";
  if (g_ascii_strcasecmp (unit, "EFLOPS") == 0)
    return "compute";
  if (g_str_equal (unit, "x"))
    return "ratio";

  return "count";
}

const char *
gpm_import_parse_status (const char *text)
{
  g_autofree char *folded = NULL;

  /* Most files have no status column: no need to fold nothing a million times. */
  if (*text == '\0')
    return "reported";

  folded = fold (text);
  if (*folded == '\0')
    return "reported";

  return find_word (statuses, G_N_ELEMENTS (statuses), folded);
}

const char *
gpm_import_parse_qualifier (const char *text)
{
  g_autofree char *folded = NULL;

  if (*text == '\0')
    return "exact";

  folded = fold (text);
  if (*folded == '\0')
    return "exact";

  return find_word (qualifiers, G_N_ELEMENTS (qualifiers), folded);
}

gboolean
gpm_import_parse_doubtful (const char *text,
                           gboolean   *doubtful)
{
  static const char *const yes[] = { "true", "yes", "1", "y", "是", "存疑", "⚠", "x" };
  static const char *const no[] = { "", "false", "no", "0", "n", "否" };
  g_autofree char *folded = NULL;

  if (*text == '\0')
    {
      *doubtful = FALSE;
      return TRUE;
    }

  folded = fold (text);
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (folded, yes[i]))
      return *doubtful = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (folded, no[i]))
      {
        *doubtful = FALSE;
        return TRUE;
      }

  return FALSE;
}
