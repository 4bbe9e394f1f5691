/* sample-charts.c — one sample chart per chart type, in three languages.
 *
 * Labels are given per language the way the store will give them (already localised);
 * the MetaX 2022 revenue of 42.64亿 is flagged doubtful, as in the dataset, because it is
 * out of line with every other figure in the prospectus series.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gpm-time-axis.h"
#include "sample-charts.h"

#define YI 1e8   /* 亿: the unit the source quotes yuan in */
#define SOURCE "IT Times (IT時報)"
#define SOURCE_DATE "2025-07"

static const char *names[] = {
  "line", "area", "bar", "hbar", "grouped-bar", "stacked-bar", "stacked-100", "scatter",
  "donut", "combo", "combo-two-axes", "area-converted", "scatter-xy", "area-stacked",
  "area-100", NULL,
};

const char * const *
sample_chart_names (void)
{
  return names;
}

/* Picks the label for the language: English, simplified, traditional. */
static const char *
pick (GpmLanguage  language,
   const char  *en,
   const char  *zh_cn,
   const char  *zh_tw)
{
  return language == GPM_LANGUAGE_ZH_CN ? zh_cn : language == GPM_LANGUAGE_ZH_TW ? zh_tw : en;
}

static guint
add_year (GpmChartSeries *series,
          int             year,
          double          value,
          const char     *quote)
{
  double start, end;
  char label[8];
  guint index;

  gpm_time_span_year (year, &start, &end);
  g_snprintf (label, sizeof label, "%d", year);
  index = gpm_chart_series_add_point (series, start, end, label, value);
  gpm_chart_series_set_point_provenance (series, index, SOURCE, SOURCE_DATE, quote);

  return index;
}

static guint
add_quarter (GpmChartSeries *series,
             int             year,
             int             quarter,
             double          value,
             const char     *quote)
{
  double start, end;
  char label[10];
  guint index;

  gpm_time_span_quarter (year, quarter, &start, &end);
  g_snprintf (label, sizeof label, "%d-Q%d", year, quarter);
  index = gpm_chart_series_add_point (series, start, end, label, value);
  gpm_chart_series_set_point_provenance (series, index, SOURCE, SOURCE_DATE, quote);

  return index;
}

static GpmChartSeries *
new_series (const char   *key,
            const char   *label,
            const char   *unit,
            GpmValueKind  kind,
            GpmChartMark  mark)
{
  GpmChartSeries *series = gpm_chart_series_new (key, label, unit, kind);

  gpm_chart_series_set_mark (series, mark);

  return series;
}

static const char *quote_mt = "2022年至2024年,公司營收分別為4608萬元、1.24億元和4.38億元;"
                              "但同期淨虧損分別高達18.40億元、16.73億元和14.92億元。";
static const char *quote_metax = "2022年至2025年第一季度,沐曦營收分別為42.64億元、0.53億元、"
                                 "7.43億元、3.20億元;淨利潤分別為-7.77億元、-8.71億元、"
                                 "-14.09億元、-2.33億元。";

static GpmChartSeries *
revenue (GpmLanguage language,
         gboolean    metax,
         GpmChartMark mark)
{
  GpmChartSeries *series;

  if (!metax)
    {
      series = new_series ("moore-threads",
                           pick (language, "Moore Threads revenue", "摩尔线程营收", "摩爾線程營收"),
                           "CNY", GPM_VALUE_KIND_MONEY, mark);
      add_year (series, 2022, 0.4608 * YI, quote_mt);
      add_year (series, 2023, 1.24 * YI, quote_mt);
      add_year (series, 2024, 4.38 * YI, quote_mt);
      return series;
    }

  series = new_series ("metax", pick (language, "MetaX revenue", "沐曦营收", "沐曦營收"), "CNY",
                       GPM_VALUE_KIND_MONEY, mark);
  gpm_chart_series_set_point_doubtful (series, add_year (series, 2022, 42.64 * YI, quote_metax),
                                       TRUE);
  add_year (series, 2023, 0.53 * YI, quote_metax);
  add_year (series, 2024, 7.43 * YI, quote_metax);
  add_quarter (series, 2025, 1, 3.20 * YI, quote_metax);

  return series;
}

static GpmChartSeries *
net_profit (GpmLanguage language,
            gboolean    metax)
{
  GpmChartSeries *series;

  if (!metax)
    {
      series = new_series ("moore-threads",
                           pick (language, "Moore Threads net profit", "摩尔线程净利润",
                              "摩爾線程淨利潤"),
                           "CNY", GPM_VALUE_KIND_MONEY, GPM_CHART_MARK_LINE);
      add_year (series, 2022, -18.40 * YI, quote_mt);
      add_year (series, 2023, -16.73 * YI, quote_mt);
      add_year (series, 2024, -14.92 * YI, quote_mt);
      return series;
    }

  series = new_series ("metax", pick (language, "MetaX net profit", "沐曦净利润", "沐曦淨利潤"),
                       "CNY", GPM_VALUE_KIND_MONEY, GPM_CHART_MARK_LINE);
  add_year (series, 2022, -7.77 * YI, quote_metax);
  add_year (series, 2023, -8.71 * YI, quote_metax);
  add_year (series, 2024, -14.09 * YI, quote_metax);
  add_quarter (series, 2025, 1, -2.33 * YI, quote_metax);

  return series;
}

static void
add_owned (GpmChartData   *data,
           GpmChartSeries *series)
{
  gpm_chart_data_add_series (data, series);
  gpm_chart_series_unref (series);
}

static GpmChartData *
combo (GpmLanguage  language,
       GpmChartType type,
       gboolean     with_profit)
{
  GpmChartData *data = gpm_chart_data_new (type);
  GpmChartMark mark = GPM_CHART_MARK_BAR;

  gpm_chart_data_set_title (data, with_profit
    ? pick (language, "Moore Threads vs MetaX: revenue and net profit",
         "摩尔线程与沐曦：营收与净利润", "摩爾線程與沐曦：營收與淨利潤")
    : pick (language, "Moore Threads vs MetaX revenue", "摩尔线程与沐曦营收",
            "摩爾線程與沐曦營收"));
  gpm_chart_data_set_subtitle (data, pick (language, "2022 to 2025-Q1; 2025-Q1 is a single quarter",
                                        "2022年至2025年第一季度；2025年一季度为单季",
                                        "2022年至2025年第一季度；2025年一季度為單季"));
  gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_PRIMARY,
                                 with_profit ? pick (language, "Revenue, net profit",
                                                     "营收、净利润", "營收、淨利潤")
                                             : pick (language, "Revenue", "营业收入", "營業收入"));
  add_owned (data, revenue (language, FALSE, mark));
  add_owned (data, revenue (language, TRUE, mark));
  if (with_profit)
    {
      add_owned (data, net_profit (language, FALSE));
      add_owned (data, net_profit (language, TRUE));
    }

  return data;
}

static GpmChartData *
shares (GpmLanguage  language,
        GpmChartType type)
{
  GpmChartData *data = gpm_chart_data_new (type);
  GpmChartSeries *nvidia, *china, *domestic;
  const char *quote_share = "英偉達在中國AI芯片的份額已經從2022年出口管製期間的95%下降至50%。";
  const char *quote_rev = "2021年至2024年間,中國市場在英偉達整體收入結構中的占比"
                          "從26.42%跌至13.11%。";

  gpm_chart_data_set_title (data, pick (language, "NVIDIA is losing China",
                                        "英伟达正在失去中国市场", "英偉達正在失去中國市場"));
  gpm_chart_data_set_subtitle (data, pick (language, "Share of China's AI-chip market, and China's "
                                        "share of NVIDIA's revenue",
                                        "中国AI芯片市场份额，以及中国市场占英伟达营收比重",
                                        "中國AI晶片市場份額，以及中國市場占英偉達營收比重"));
  gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_PRIMARY,
                                 pick (language, "Share", "占比", "占比"));

  nvidia = gpm_chart_series_new ("nvidia", pick (language, "NVIDIA share of China AI chips",
                                              "英伟达在华AI芯片份额", "英偉達在華AI晶片份額"),
                                 "%", GPM_VALUE_KIND_SHARE);
  add_year (nvidia, 2022, 95, quote_share);
  add_year (nvidia, 2025, 50, quote_share);
  china = gpm_chart_series_new ("china", pick (language, "China share of NVIDIA revenue",
                                            "中国占英伟达营收比重", "中國占英偉達營收比重"),
                                "%", GPM_VALUE_KIND_SHARE);
  add_year (china, 2021, 26.42, quote_rev);
  add_year (china, 2024, 13.11, quote_rev);
  add_owned (data, nvidia);
  add_owned (data, china);

  if (type == GPM_CHART_TYPE_SCATTER)
    {
      domestic = gpm_chart_series_new ("china-domestic",
                                       pick (language, "Domestic share of data-centre chips",
                                          "国产芯片数据中心份额", "國產晶片資料中心份額"),
                                       "%", GPM_VALUE_KIND_SHARE);
      add_year (domestic, 2023, 12, "2024年,國產AI芯片在數據中心的份額從12%增長到25%。");
      add_year (domestic, 2024, 25, "2024年,國產AI芯片在數據中心的份額從12%增長到25%。");
      add_owned (data, domestic);
    }

  return data;
}

static GpmChartData *
server_market (GpmLanguage language,
               gboolean    converted)
{
  GpmChartData *data = gpm_chart_data_new (GPM_CHART_TYPE_AREA);
  GpmChartSeries *series;
  const char *quote = "IDC預測,2025年全球人工智能服務器市場規模將增至1587億美元,"
                      "2028年有望達2227億美元。";
  double rate = converted ? 7.17 : 1.0;

  gpm_chart_data_set_title (data, pick (language, "Global AI-server market forecast",
                                     "全球人工智能服务器市场规模预测",
                                     "全球人工智慧伺服器市場規模預測"));
  gpm_chart_data_set_subtitle (data, pick (language, "IDC forecast, 2025 to 2028",
                                        "IDC预测，2025年至2028年", "IDC預測，2025年至2028年"));
  gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_PRIMARY,
                                 pick (language, "Market size", "市场规模", "市場規模"));
  series = gpm_chart_series_new ("global", pick (language, "AI servers, worldwide",
                                              "全球AI服务器", "全球AI伺服器"),
                                 converted ? "CNY" : "USD", GPM_VALUE_KIND_MONEY);
  gpm_chart_series_set_point_status (series, add_year (series, 2025, 158.7e9 * rate, quote),
                                     GPM_POINT_FORECAST);
  gpm_chart_series_set_point_status (series, add_year (series, 2028, 222.7e9 * rate, quote),
                                     GPM_POINT_FORECAST);
  add_owned (data, series);
  if (converted)
    gpm_chart_data_set_currency_converted (data, TRUE,
      pick (language, "Converted from USD at 7.17 CNY per USD (sample rate, 2025-07-31).",
         "按1美元兑7.17元人民币换算（示例汇率，2025-07-31）。",
         "按1美元兌7.17元人民幣換算（示例匯率，2025-07-31）。"));

  return data;
}

/* Money and a share on one chart: the share gets the second axis. */
static GpmChartData *
server_market_and_share (GpmLanguage language)
{
  GpmChartData *data = server_market (language, FALSE);
  GpmChartSeries *market = gpm_chart_data_get_series (data, 0);
  GpmChartSeries *share;
  const char *quote = "生成式人工智能服務器占比將從2025年的29.6%提升至2028年的37.7%。";

  gpm_chart_data_set_chart_type (data, GPM_CHART_TYPE_COMBO);
  gpm_chart_series_set_mark (market, GPM_CHART_MARK_BAR);
  gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_SECONDARY,
                                 pick (language, "Generative-AI share", "生成式AI占比",
                                       "生成式AI占比"));
  share = new_series ("genai-share", pick (language, "Generative-AI servers' share",
                                           "生成式AI服务器占比", "生成式AI伺服器占比"),
                      "%", GPM_VALUE_KIND_SHARE, GPM_CHART_MARK_LINE);
  gpm_chart_series_set_point_status (share, add_year (share, 2025, 29.6, quote),
                                     GPM_POINT_FORECAST);
  gpm_chart_series_set_point_status (share, add_year (share, 2028, 37.7, quote),
                                     GPM_POINT_FORECAST);
  add_owned (data, share);

  return data;
}

static GpmChartData *
ipo (GpmLanguage language)
{
  GpmChartData *data = gpm_chart_data_new (GPM_CHART_TYPE_HBAR);
  GpmChartSeries *raise, *valuation;
  const char *mt = pick (language, "Moore Threads", "摩尔线程", "摩爾線程");
  const char *metax = pick (language, "MetaX", "沐曦", "沐曦");
  guint i;

  gpm_chart_data_set_title (data, pick (language, "The two GPU IPOs", "两家GPU公司的IPO",
                                     "兩家GPU公司的IPO"));
  gpm_chart_data_set_subtitle (data, pick (language, "Planned raise and latest valuation",
                                        "拟募资金额与最新估值", "擬募資金額與最新估值"));
  raise = gpm_chart_series_new ("ipo-raise", pick (language, "Planned IPO raise", "IPO拟募资",
                                                "IPO擬募資"), "CNY", GPM_VALUE_KIND_MONEY);
  i = gpm_chart_series_add_category_point (raise, mt, 80 * YI);
  gpm_chart_series_set_point_provenance (raise, i, SOURCE, SOURCE_DATE,
                                         "計劃通過IPO募集80億元資金");
  i = gpm_chart_series_add_category_point (raise, metax, 39 * YI);
  gpm_chart_series_set_point_qualifier (raise, i, GPM_QUALIFIER_ABOUT);
  gpm_chart_series_set_point_provenance (raise, i, SOURCE, SOURCE_DATE, "計劃募資約39億元");
  valuation = gpm_chart_series_new ("valuation", pick (language, "Valuation", "估值", "估值"),
                                    "CNY", GPM_VALUE_KIND_MONEY);
  i = gpm_chart_series_add_category_point (valuation, mt, 246 * YI);
  gpm_chart_series_set_point_provenance (valuation, i, SOURCE, SOURCE_DATE, "投後估值高達246億元");
  i = gpm_chart_series_add_category_point (valuation, metax, 210 * YI);
  gpm_chart_series_set_point_provenance (valuation, i, SOURCE, SOURCE_DATE, "估值仍維持在210億元");
  add_owned (data, raise);
  add_owned (data, valuation);

  return data;
}

static GpmChartData *
data_centre_share (GpmLanguage language)
{
  GpmChartData *data = gpm_chart_data_new (GPM_CHART_TYPE_STACKED_100);
  GpmChartSeries *domestic, *other;
  const char *quote = "據中國信通院數據,2024年,國產AI芯片在數據中心的份額從12%增長到25%。";

  gpm_chart_data_set_title (data, pick (language, "Domestic chips in China's data centres",
                                     "国产芯片在中国数据中心的份额",
                                     "國產晶片在中國資料中心的份額"));
  gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_PRIMARY,
                                 pick (language, "Share", "占比", "占比"));
  domestic = gpm_chart_series_new ("china-domestic", pick (language, "Domestic", "国产", "國產"),
                                   "%", GPM_VALUE_KIND_SHARE);
  add_year (domestic, 2023, 12, quote);
  add_year (domestic, 2024, 25, quote);
  other = gpm_chart_series_new ("other", pick (language, "Imported", "进口", "進口"), "%",
                                GPM_VALUE_KIND_SHARE);
  gpm_chart_series_set_point_status (other, add_year (other, 2023, 88, quote), GPM_POINT_ESTIMATE);
  gpm_chart_series_set_point_status (other, add_year (other, 2024, 75, quote), GPM_POINT_ESTIMATE);
  add_owned (data, domestic);
  add_owned (data, other);
  gpm_chart_data_add_footer_line (data, pick (language, "Imported = 100% minus the domestic share.",
                                           "进口 = 100% 减去国产份额。",
                                           "進口 = 100% 減去國產份額。"));

  return data;
}

static GpmChartData *
shipments (GpmLanguage language)
{
  GpmChartData *data = gpm_chart_data_new (GPM_CHART_TYPE_DONUT);
  GpmChartSeries *domestic, *other;
  const char *quote = "2024年,中國加速芯片的市場規模增長迅速,超過270萬張;其中國產人工智能芯片"
                      "廠商的出貨量已超過82萬張";
  guint i;

  gpm_chart_data_set_title (data, pick (language, "China accelerator shipments, 2024",
                                     "2024年中国加速芯片出货量", "2024年中國加速晶片出貨量"));
  gpm_chart_data_set_subtitle (data, pick (language, "Domestic vendors shipped more than 820,000 "
                                        "of more than 2.7 million",
                                        "国产厂商出货超过82万张，总量超过270万张",
                                        "國產廠商出貨超過82萬張，總量超過270萬張"));
  domestic = gpm_chart_series_new ("china-domestic", pick (language, "Domestic vendors", "国产厂商",
                                                        "國產廠商"), "units",
                                   GPM_VALUE_KIND_COUNT);
  i = add_year (domestic, 2024, 820000, quote);
  gpm_chart_series_set_point_qualifier (domestic, i, GPM_QUALIFIER_MORE_THAN);
  other = gpm_chart_series_new ("other", pick (language, "Other vendors", "其他厂商", "其他廠商"),
                                "units", GPM_VALUE_KIND_COUNT);
  i = add_year (other, 2024, 1880000, quote);
  gpm_chart_series_set_point_qualifier (other, i, GPM_QUALIFIER_MORE_THAN);
  add_owned (data, domestic);
  add_owned (data, other);

  return data;
}

/* Net profit against revenue, one point per company and period, as the query pairs them. */
static GpmChartData *
revenue_against_profit (GpmLanguage language)
{
  GpmChartData *data = gpm_chart_data_new (GPM_CHART_TYPE_SCATTER);
  gboolean companies[] = { FALSE, TRUE };

  gpm_chart_data_set_title (data, pick (language, "Losses shrink as revenue grows",
                                        "营收增长，亏损收窄", "營收增長，虧損收窄"));
  gpm_chart_data_set_subtitle (data, pick (language,
                                           "Moore Threads and MetaX, 2022 to 2025-Q1",
                                           "摩尔线程与沐曦，2022年至2025年第一季度",
                                           "摩爾線程與沐曦，2022年至2025年第一季度"));
  gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_PRIMARY,
                                 pick (language, "Net profit", "净利润", "淨利潤"));
  gpm_chart_data_set_x_axis_title (data, pick (language, "Revenue", "营业收入", "營業收入"));

  for (guint c = 0; c < G_N_ELEMENTS (companies); c++)
    {
      g_autoptr(GpmChartSeries) x = revenue (language, companies[c], GPM_CHART_MARK_SCATTER);
      g_autoptr(GpmChartSeries) y = net_profit (language, companies[c]);
      GpmChartSeries *pairs = new_series (gpm_chart_series_get_key (y),
                                          companies[c] ? pick (language, "MetaX", "沐曦", "沐曦")
                                                       : pick (language, "Moore Threads",
                                                               "摩尔线程", "摩爾線程"),
                                          "CNY", GPM_VALUE_KIND_MONEY, GPM_CHART_MARK_SCATTER);

      gpm_chart_series_set_x_unit (pairs, "CNY", GPM_VALUE_KIND_MONEY);
      for (guint p = 0; p < gpm_chart_series_get_n_points (y); p++)
        {
          GpmChartPoint yp, xp;
          guint i;

          gpm_chart_series_get_point (y, p, &yp);
          gpm_chart_series_get_point (x, p, &xp);
          i = gpm_chart_series_add_point (pairs, yp.x_start, yp.x_end, yp.period, yp.value);
          gpm_chart_series_set_point_provenance (pairs, i, yp.source_title, yp.source_date,
                                                 yp.quote);
          gpm_chart_series_set_point_doubtful (pairs, i, xp.doubtful);
          gpm_chart_series_set_point_x (pairs, i, xp.value, xp.source_title, xp.source_date,
                                        xp.quote);
        }
      add_owned (data, pairs);
    }

  return data;
}

/* Revenue of the two companies stacked by year; MetaX's doubtful 2022 left out, so the
 * stack has a gap to explain, and 2025 as an illustrative forecast. */
static GpmChartData *
stacked_revenue (GpmLanguage  language,
                 GpmChartType type)
{
  GpmChartData *data = gpm_chart_data_new (type);
  GpmChartSeries *mt, *metax;
  const char *illustrative = "Illustrative forecast for the test picture.";

  gpm_chart_data_set_title (data, type == GPM_CHART_TYPE_AREA_100
                                  ? pick (language, "Who earns the revenue", "营收构成",
                                          "營收構成")
                                  : pick (language, "Combined revenue of two GPU makers",
                                          "两家GPU公司营收合计", "兩家GPU公司營收合計"));
  gpm_chart_data_set_subtitle (data, pick (language, "2022 to 2024; 2025 is a forecast",
                                           "2022年至2024年；2025年为预测",
                                           "2022年至2024年；2025年為預測"));
  gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_PRIMARY,
                                 pick (language, "Revenue", "营业收入", "營業收入"));
  mt = new_series ("moore-threads", pick (language, "Moore Threads", "摩尔线程", "摩爾線程"),
                   "CNY", GPM_VALUE_KIND_MONEY, GPM_CHART_MARK_AREA);
  add_year (mt, 2022, 0.4608 * YI, quote_mt);
  add_year (mt, 2023, 1.24 * YI, quote_mt);
  add_year (mt, 2024, 4.38 * YI, quote_mt);
  gpm_chart_series_set_point_status (mt, add_year (mt, 2025, 8.0 * YI, illustrative),
                                     GPM_POINT_FORECAST);
  metax = new_series ("metax", pick (language, "MetaX", "沐曦", "沐曦"), "CNY",
                      GPM_VALUE_KIND_MONEY, GPM_CHART_MARK_AREA);
  add_year (metax, 2023, 0.53 * YI, quote_metax);
  add_year (metax, 2024, 7.43 * YI, quote_metax);
  gpm_chart_series_set_point_status (metax, add_year (metax, 2025, 10.0 * YI, illustrative),
                                     GPM_POINT_FORECAST);
  add_owned (data, mt);
  add_owned (data, metax);

  return data;
}

GpmChartData *
sample_chart (const char  *name,
              GpmLanguage  language)
{
  GpmChartData *data = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  if (strcmp (name, "line") == 0)
    data = shares (language, GPM_CHART_TYPE_LINE);
  else if (strcmp (name, "scatter") == 0)
    data = shares (language, GPM_CHART_TYPE_SCATTER);
  else if (strcmp (name, "area") == 0)
    data = server_market (language, FALSE);
  else if (strcmp (name, "area-converted") == 0)
    data = server_market (language, TRUE);
  else if (strcmp (name, "bar") == 0)
    {
      data = gpm_chart_data_new (GPM_CHART_TYPE_BAR);
      gpm_chart_data_set_title (data, pick (language, "Moore Threads revenue", "摩尔线程营收",
                                         "摩爾線程營收"));
      gpm_chart_data_set_axis_title (data, GPM_CHART_AXIS_PRIMARY,
                                     pick (language, "Revenue", "营业收入", "營業收入"));
      add_owned (data, revenue (language, FALSE, GPM_CHART_MARK_BAR));
    }
  else if (strcmp (name, "hbar") == 0)
    data = ipo (language);
  else if (strcmp (name, "grouped-bar") == 0)
    data = combo (language, GPM_CHART_TYPE_GROUPED_BAR, FALSE);
  else if (strcmp (name, "stacked-bar") == 0)
    data = combo (language, GPM_CHART_TYPE_STACKED_BAR, FALSE);
  else if (strcmp (name, "stacked-100") == 0)
    data = data_centre_share (language);
  else if (strcmp (name, "donut") == 0)
    data = shipments (language);
  else if (strcmp (name, "combo") == 0)
    data = combo (language, GPM_CHART_TYPE_COMBO, TRUE);
  else if (strcmp (name, "combo-two-axes") == 0)
    data = server_market_and_share (language);
  else if (strcmp (name, "scatter-xy") == 0)
    data = revenue_against_profit (language);
  else if (strcmp (name, "area-stacked") == 0)
    data = stacked_revenue (language, GPM_CHART_TYPE_AREA);
  else if (strcmp (name, "area-100") == 0)
    data = stacked_revenue (language, GPM_CHART_TYPE_AREA_100);

  g_return_val_if_fail (data != NULL, NULL);

  return data;
}

/* A reproducible random walk, one point an hour from 2000-01-01. */
GpmChartData *
sample_random_walk (guint   n_points,
                    guint32 seed)
{
  GpmChartData *data = gpm_chart_data_new (GPM_CHART_TYPE_LINE);
  GpmChartSeries *series = gpm_chart_series_new ("nvidia", "Random walk", "units",
                                                 GPM_VALUE_KIND_COUNT);
  g_autofree double *x = g_new (double, n_points);
  g_autofree double *y = g_new (double, n_points);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  double start = gpm_days_from_date (2000, 1, 1), value = 1000.0;

  for (guint i = 0; i < n_points; i++)
    {
      value += g_rand_double_range (rand, -1.0, 1.0);
      x[i] = start + i / 24.0;
      y[i] = value;
      /* Rare one-point spikes: the peaks a careless decimator loses. */
      if (g_rand_int_range (rand, 0, 5000) == 0)
        y[i] += g_rand_double_range (rand, -80.0, 80.0);
    }
  gpm_chart_series_add_values (series, x, y, n_points);
  gpm_chart_data_set_title (data, "Random walk");
  add_owned (data, series);

  return data;
}

/* Renders onto a new image surface of width × height logical pixels at @device_scale. */
cairo_surface_t *
sample_render (const GpmChartData   *data,
               const GpmChartStyle  *style,
               double                width,
               double                height,
               double                device_scale,
               GpmChartLayout      **out_layout)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * device_scale),
                                        (int) ceil (height * device_scale));
  cairo_surface_set_device_scale (surface, device_scale, device_scale);
  cr = cairo_create (surface);
  gpm_chart_render (cr, width, height, data, style, out_layout);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}
