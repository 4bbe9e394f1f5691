/* gpm-chart-presets.c — titles of the bundled saved charts in each language.
 *
 * The presets are rows of the bundled dataset, named in English; a chart drawn for a
 * Chinese reader (on screen, or exported with --lang) takes its title from here. Kept
 * as a table rather than gettext because the command line draws in the language it is
 * asked for, not the one the process runs in.
 */

#include "config.h"

#include "gpm-chart-presets.h"

typedef struct
{
  const char *name;
  const char *zh_cn;
  const char *zh_tw;
} PresetTitle;

static const PresetTitle presets[] = {
  { "NVIDIA's share of China's AI-chip market",
    "英伟达在中国AI芯片市场的份额", "英偉達在中國AI晶片市場的份額" },
  { "China's share of NVIDIA revenue",
    "中国市场占英伟达营收的比重", "中國市場占英偉達營收的比重" },
  { "Domestic chips in China's data centres and shipments",
    "国产芯片在中国数据中心与出货中的份额", "國產晶片在中國數據中心與出貨中的份額" },
  { "Moore Threads vs MetaX: revenue and net profit",
    "摩尔线程与沐曦：营收与净利润", "摩爾線程與沐曦：營收與淨利潤" },
  { "The two STAR IPOs: planned raise and valuation",
    "两家科创板IPO：拟募资额与估值", "兩家科創板IPO：擬募資額與估值" },
  { "Moore Threads IPO: planned use of proceeds",
    "摩尔线程IPO：募资投向", "摩爾線程IPO：募資投向" },
  { "Global AI-server market forecast, 2025–2028",
    "全球人工智能服务器市场预测（2025–2028）", "全球人工智慧伺服器市場預測（2025–2028）" },
  { "China's intelligent computing capacity forecast",
    "中国智能算力规模预测", "中國智慧算力規模預測" },
};

/* NAME in LANGUAGE when it is a bundled chart; NAME itself otherwise. */
const char *
gpm_chart_preset_title (const char  *name,
                        GpmLanguage  language)
{
  g_return_val_if_fail (name != NULL, NULL);

  if (language == GPM_LANGUAGE_EN)
    return name;

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (g_str_equal (presets[i].name, name))
      return language == GPM_LANGUAGE_ZH_TW ? presets[i].zh_tw : presets[i].zh_cn;

  return name;
}
