-- GPU Market bundled dataset.
-- Source: IT Times (IT時報), July 2025, on the China AI-chip market (zh-Hant).
-- Executed by the store inside one transaction, right after the schema is created.
-- Every quote is a verbatim sentence of the article; values are in base units
-- (yuan, US dollars, percent, units, EFLOPS); 億 = 1e8, 萬 = 1e4, 萬億 = 1e12.
-- Rows refer to each other by key (events, which have no key, by English title).

-- ---------------------------------------------------------------- sources

INSERT INTO sources (key, publisher, publisher_zh, title, published, language, url)
  VALUES ('ittimes-2025-07', 'IT Times', 'IT時報', '被禁三個月後,H20將重回中國市場', '2025-07', 'zh-Hant', NULL);

-- ---------------------------------------------------------------- scopes

INSERT INTO scopes (key, name, name_zh) VALUES ('china', 'China', '中国');
INSERT INTO scopes (key, name, name_zh) VALUES ('china-domestic', 'China, domestic vendors', '中国（国产厂商）');
INSERT INTO scopes (key, name, name_zh) VALUES ('china-domestic-ex-huawei', 'China, domestic vendors other than Huawei', '中国（华为以外的国产厂商）');
INSERT INTO scopes (key, name, name_zh) VALUES ('global', 'Global', '全球');
INSERT INTO scopes (key, name, name_zh) VALUES ('shanghai', 'Shanghai', '上海');
INSERT INTO scopes (key, name, name_zh) VALUES ('waic', 'World Artificial Intelligence Conference (WAIC)', '世界人工智能大会');

-- ---------------------------------------------------------------- vendors

INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('nvidia', 'NVIDIA', '英伟达', '英偉達', '輝達;Nvidia;NVIDIA Corporation', 'chipmaker', 'US',
  '', NULL, 'gpgpu;graphics;cpu;server', 'listed', '',
  'Founder and CEO Jensen Huang (黃仁勳). H20 export licences approved by the US on 2025-07-15 after an April 2025 ban; A800/H800 restricted in 2023.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('amd', 'AMD', 'AMD', 'AMD', 'Advanced Micro Devices;超威半导体;超微半導體', 'chipmaker', 'US',
  '', NULL, 'gpgpu;graphics;cpu', 'listed', '',
  'Planned on 2025-07-16 to resume MI308 exports to China.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('huawei', 'Huawei', '华为', '華為', '昇腾;昇騰;Ascend;HUAWEI', 'chipmaker', 'CN',
  '', NULL, 'npu;server', 'private', '',
  'Ascend (昇騰) AI chips and Ascend-based servers; NPU architecture, no graphics.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('cambricon', 'Cambricon', '寒武纪', '寒武紀', 'Cambricon Technologies;寒武纪科技', 'chipmaker', 'CN',
  '', NULL, 'npu', 'listed', 'SSE STAR Market',
  'Listed in 2020 as the first AI-chip stock of the STAR Market (科創板AI芯片第一股); first quarterly profit since listing in 2024-Q4.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('moore-threads', 'Moore Threads', '摩尔线程', '摩爾線程', 'Moore Threads Technology;摩尔线程智能科技', 'chipmaker', 'CN',
  '', NULL, 'gpgpu;graphics', 'ipo-filed', 'SSE STAR Market',
  'One of the domestic GPU "four little dragons" (四小龍); STAR Market IPO application accepted by the SSE on 2025-06-30. Started out with graphics-rendering (gaming) GPUs.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('metax', 'MetaX', '沐曦', '沐曦', '沐曦股份;沐曦集成电路;MetaX Integrated Circuits', 'chipmaker', 'CN',
  '', NULL, 'gpgpu;graphics;inference-asic', 'ipo-filed', 'SSE STAR Market',
  'One of the "four little dragons"; STAR Market IPO application accepted on 2025-06-30. Fabless. Customer and supplier churn per the prospectus: all 2023 top-five customers gone in 2024 (the second-largest back in 2025-Q1); anonymous supplier E was No. 2 in 2022 and No. 3 in 2023, then absent from the 2024 and 2025-Q1 top five; anonymous supplier D was No. 1 in 2024 and gone in 2025.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('enflame', 'Enflame', '燧原科技', '燧原科技', 'Enflame Technology;燧原', 'chipmaker', 'CN',
  '', NULL, 'npu', 'ipo-tutoring', '',
  'One of the "four little dragons"; already in pre-IPO tutoring (上市輔導) before 2025-06-30.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('biren', 'Biren Technology', '壁仞科技', '壁仞科技', 'Biren;壁仞', 'chipmaker', 'CN',
  '', NULL, 'gpgpu', 'ipo-tutoring', '',
  'One of the "four little dragons"; already in pre-IPO tutoring (上市輔導) before 2025-06-30.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('hygon', 'Hygon', '海光信息', '海光信息', '海光;Hygon Information Technology', 'chipmaker', 'CN',
  '', NULL, 'cpu;gpgpu', 'listed', '',
  'Plans to acquire Sugon (its shareholder); both began as commercial arms of the Chinese Academy of Sciences (中國科學院).');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('vastai', 'Vastai Technologies', '瀚博半导体', '瀚博半導體', 'Vastai;瀚博', 'chipmaker', 'CN',
  '', 2018, 'inference-asic;graphics', 'private', '',
  'Founded at the end of 2018; combines AI compute with graphics rendering, content generation and AIGC in full-stack chip solutions.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('smic', 'SMIC', '中芯国际', '中芯國際', 'Semiconductor Manufacturing International Corporation;中芯', 'foundry', 'CN',
  '', NULL, '', 'listed', '',
  'Domestic GPU capacity depends heavily on SMIC and other local foundries.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('volcano-engine', 'Volcano Engine', '火山引擎', '火山引擎', 'ByteDance Volcano Engine', 'cloud', 'CN',
  '', NULL, '', 'private', '',
  'Cloud arm of ByteDance (private).');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('alibaba-cloud', 'Alibaba Cloud', '阿里云', '阿裏雲', '阿里雲;Aliyun', 'cloud', 'CN',
  '', NULL, '', 'unknown', '',
  'Part of the listed Alibaba Group; not itself listed.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('tencent-cloud', 'Tencent Cloud', '腾讯云', '騰訊雲', '', 'cloud', 'CN',
  '', NULL, '', 'unknown', '',
  'Part of the listed Tencent Holdings; not itself listed.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('baidu-ai-cloud', 'Baidu AI Cloud', '百度智能云', '百度智能雲', '百度云', 'cloud', 'CN',
  '', NULL, '', 'unknown', '',
  'Part of the listed Baidu; not itself listed.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('shanhai-engine', 'Shanhai Engine', '山海引擎', '山海引擎', '', 'cloud', 'CN',
  '', NULL, '', 'unknown', '',
  'Compute sales and rental; its COO Peng Lu (彭璐) is quoted on H20 prices.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('china-telecom', 'China Telecom', '中国电信', '中國電信', '', 'customer', 'CN',
  '', NULL, '', 'listed', '',
  'Telecom operator; its AI-server tenders increasingly go to domestic chips.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('new-h3c', 'New H3C', '新华三', '新華三', 'H3C;New H3C Technologies', 'server-maker', 'CN',
  '', NULL, 'server', 'unknown', '',
  'MetaX customer: largest in 2024, third in 2025-Q1. Part of the listed Unisplendour group.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('chaoxun', 'Chaoxun Communications', '超讯通信', '超訊通信', 'Chaoxun', 'customer', 'CN',
  '', NULL, '', 'listed', '',
  'MetaX''s largest customer in 2025-Q1, never before in its top five.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('sugon', 'Sugon', '中科曙光', '中科曙光', '曙光信息;曙光;Dawning Information Industry', 'server-maker', 'CN',
  '', NULL, 'server', 'listed', '',
  'Shareholder of Hygon and Hygon''s planned acquisition target (chips + servers).');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('deepseek', 'DeepSeek', '深度求索', '深度求索', 'DeepSeek AI', 'other', 'CN',
  '', NULL, '', 'private', '',
  'Large-model developer; its early-2025 release lifted demand for domestic compute and spurred software adaptation by local chipmakers.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('idc', 'IDC', '国际数据公司', '國際數據公司', 'International Data Corporation', 'research', 'US',
  '', NULL, '', 'unknown', '',
  'Market researcher cited for China accelerator and global AI-server figures.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('caict', 'China Academy of Information and Communications Technology', '中国信息通信研究院', '中國信通院', 'CAICT;中国信通院;中國信息通信研究院', 'research', 'CN',
  '', NULL, '', 'unknown', '',
  'Cited for the domestic data-centre AI-chip share.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('morgan-stanley', 'Morgan Stanley', '摩根士丹利', '摩根士丹利', '大摩', 'research', 'US',
  '', NULL, '', 'listed', '',
  'Cited for China AI-chip self-sufficiency and SMIC order share.');
INSERT INTO vendors (key, name, name_zh, name_zh_hant, aliases, role, country, headquarters, founded, segments, listing_status, listing_board, note)
  VALUES ('shanghai-ai-research-institute', 'Shanghai Artificial Intelligence Research Institute', '上海人工智能研究院', '上海人工智能研究院', '', 'research', 'CN',
  '', NULL, '', 'unknown', '',
  'Its president Song Haitao (宋海濤) is quoted on Shanghai''s full AI value chain.');

-- ---------------------------------------------------------------- products

INSERT INTO products (vendor_id, name, name_zh, description, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), 'H20', 'H20',
  'China-specific data-centre GPU; exports banned 2025-04, licences approved 2025-07-15.',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '7月15日,英偉達創始人黃仁勳在國內接受采訪時表示:“美國政府已經批準了我們的出口許可,我們將開始向中國市場銷售H20。”');
INSERT INTO products (vendor_id, name, name_zh, description, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), 'A800', 'A800',
  'China-specific data-centre GPU, restricted in 2023.',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '山海引擎COO彭璐告訴《IT時報》記者,“不過整體來看影響還算溫和,沒像2023年A800/H800受限時那麽瘋狂,那時溢價最高可達50%。');
INSERT INTO products (vendor_id, name, name_zh, description, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), 'H800', 'H800',
  'China-specific data-centre GPU, restricted in 2023.',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '山海引擎COO彭璐告訴《IT時報》記者,“不過整體來看影響還算溫和,沒像2023年A800/H800受限時那麽瘋狂,那時溢價最高可達50%。');
INSERT INTO products (vendor_id, name, name_zh, description, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'amd'), 'MI308', 'MI308',
  'AI chip whose China exports AMD planned to resume on 2025-07-16.',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '7月16日,AMD亦宣布,在美國政府示意批準後,計劃重啟MI308 AI芯片對華出口。');
INSERT INTO products (vendor_id, name, name_zh, description, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'huawei'), 'Ascend 910 series', '昇腾910系列',
  'NPU-based AI chips; judged the best deliverable domestic option for 10,000-card clusters.',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '一位運營商人士告訴《IT時報》記者,中標的大多是華為昇騰係服務器,尤其是萬卡規模以上的大型AI算力集群,目前有能力且已經可交付使用的國產芯片廠商中,效果仍以華為昇騰910係列為佳。');
INSERT INTO products (vendor_id, name, name_zh, description, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), 'Xisi N series', '曦思N系列',
  'Cloud AI-inference chips.',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '以沐曦為例,從一開始聚焦於數據中心市場的通用計算(GPGPU)到逐步拓展圖形渲染,沐曦已推出了三大係列GPU產品:曦思N係列:專注於雲端應用的智算推理芯片;曦雲C係列:麵向智算及通用計算的GPGPU芯片;曦彩G係列:專注於圖形渲染加速的解決方案,能夠同時服務於AI和遊戲市場。');
INSERT INTO products (vendor_id, name, name_zh, description, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), 'Xiyun C series', '曦云C系列',
  'GPGPU chips for intelligent and general-purpose computing.',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '以沐曦為例,從一開始聚焦於數據中心市場的通用計算(GPGPU)到逐步拓展圖形渲染,沐曦已推出了三大係列GPU產品:曦思N係列:專注於雲端應用的智算推理芯片;曦雲C係列:麵向智算及通用計算的GPGPU芯片;曦彩G係列:專注於圖形渲染加速的解決方案,能夠同時服務於AI和遊戲市場。');
INSERT INTO products (vendor_id, name, name_zh, description, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), 'Xicai G series', '曦彩G系列',
  'Graphics-rendering acceleration for both AI and gaming markets.',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '以沐曦為例,從一開始聚焦於數據中心市場的通用計算(GPGPU)到逐步拓展圖形渲染,沐曦已推出了三大係列GPU產品:曦思N係列:專注於雲端應用的智算推理芯片;曦雲C係列:麵向智算及通用計算的GPGPU芯片;曦彩G係列:專注於圖形渲染加速的解決方案,能夠同時服務於AI和遊戲市場。');

-- ---------------------------------------------------------------- metrics

INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('market-share', 'Share of the China AI-chip market', '中国AI芯片市场份额', 'share', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('dc-share', 'Share of China data-centre AI chips', '数据中心AI芯片份额', 'share', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('china-revenue-share', 'China share of revenue', '中国市场占营收比重', 'share', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('ceo-china-visits', 'CEO visits to China', 'CEO访华次数', 'count', 'units');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('years-in-field', 'Years building the AI/GPU ecosystem', '深耕年数', 'count', 'years');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('stock-move', 'Share-price move', '股价涨跌幅', 'ratio', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('market-cap', 'Market capitalisation', '市值', 'money', 'USD');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('market-cap-change', 'Change in market capitalisation', '市值变动', 'money', 'USD');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('price-premium', 'Price premium', '溢价', 'ratio', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('h20-in-circulation', 'Share of H20s still in market circulation', '仍在市面流通的H20占比', 'share', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('h20-held-by-scalpers', 'Share of circulating H20s held by scalpers', '流通H20中黄牛持有占比', 'share', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('h20-held-by-smes', 'Share of H20s held by SMEs and individual buyers', '中小企业及散户持有H20占比', 'share', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('shipments', 'Shipments', '出货量', 'count', 'units');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('localisation-rate', 'Localisation rate', '国产化率', 'share', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('self-sufficiency', 'Self-sufficiency rate', '自给率', 'share', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('advanced-node-order-share', 'Share of 7nm-and-below foundry orders', '7nm及以下先进制程订单份额', 'share', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('cumulative-sales', 'Cumulative unit sales', '累计销量', 'count', 'units');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('revenue', 'Revenue', '营业收入', 'money', 'CNY');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('net-profit', 'Net profit', '净利润', 'money', 'CNY');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('rd-expense-cumulative', 'Cumulative R&D expense', '累计研发投入', 'money', 'CNY');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('rd-to-revenue', 'R&D expense as a multiple of revenue', '研发投入与营收之比', 'ratio', 'x');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('ipo-raise', 'Planned IPO raise', 'IPO拟募资', 'money', 'CNY');
-- Planned uses of IPO proceeds: one metric per use, so a chart can show the split.
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('ipo-use-ai-chip', 'IPO proceeds for next-gen AI training/inference chips', '募资投向：新一代AI训推一体芯片', 'money', 'CNY');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('ipo-use-graphics-chip', 'IPO proceeds for next-gen graphics chips', '募资投向：新一代图形芯片', 'money', 'CNY');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('ipo-use-ai-soc', 'IPO proceeds for next-gen AI SoC chips', '募资投向：新一代AI SoC芯片', 'money', 'CNY');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('valuation', 'Valuation', '估值', 'money', 'CNY');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('ai-compute', 'Intelligent computing capacity', '智能算力规模', 'compute', 'EFLOPS');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('growth-yoy', 'Year-on-year growth', '同比增长', 'ratio', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('ai-server-market', 'AI server market size', '人工智能服务器市场规模', 'money', 'USD');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('genai-server-share', 'Generative-AI share of AI servers', '生成式人工智能服务器占比', 'share', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('industry-size', 'AI industry size (enterprises above designated size)', '规上人工智能产业规模', 'money', 'CNY');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('profit-growth-yoy', 'Profit growth, year on year', '利润同比增长', 'ratio', '%');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('gpu-dragons-hq', 'GPU ''four little dragons'' headquartered here', '总部所在的国产GPU“四小龙”数', 'count', 'units');
INSERT INTO metrics (key, name, name_zh, kind, unit) VALUES ('product-launches', 'New product launches', '新品发布数量', 'count', 'units');

-- ---------------------------------------------------------------- observations

-- NVIDIA in China: share, revenue mix, Huang's visits
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'market-share'),
  '2022', 95, '%', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '早在Computex 2025期間,黃仁勳就坦言,英偉達在中國AI芯片的份額已經從2022年出口管製期間的95%下降至50%。',
  'Share of China AI chips during the 2022 export controls, as stated by Jensen Huang at Computex 2025.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'market-share'),
  '2025-05', 50, '%', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '早在Computex 2025期間,黃仁勳就坦言,英偉達在中國AI芯片的份額已經從2022年出口管製期間的95%下降至50%。',
  'Share of China AI chips as stated by Jensen Huang at Computex 2025 (May 2025).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'china-revenue-share'),
  '2021', 26.42, '%', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '財務數據更清晰地勾勒出頹勢:2021年至2024年間,中國市場在英偉達整體收入結構中的占比從26.42%跌至13.11%。',
  'China''s share of NVIDIA''s total revenue (years as printed by the article).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'china-revenue-share'),
  '2024', 13.11, '%', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '財務數據更清晰地勾勒出頹勢:2021年至2024年間,中國市場在英偉達整體收入結構中的占比從26.42%跌至13.11%。',
  'China''s share of NVIDIA''s total revenue (years as printed by the article).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'ceo-china-visits'),
  '2025', 3, 'units', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '這已經是黃仁勳2025年第三次訪華,密集行程的背後,是英偉達急於挽回日益流失的中國市場。',
  'Jensen Huang''s July 2025 trip was his third visit to China in 2025 (count as of mid-July).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'years-in-field'),
  '2025', 30, 'years', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '“重點在於,我們做了30年,他們(華為)才做了幾年,現在華為已經能告訴大家他們有多強大了,沒有一個人比我付出更多精力來構建(AI生態),英偉達以難以置信的規模(在做這件事),但華為已經能和我們相提並論,這說明了一些問題。”',
  'Jensen Huang in Beijing on 2025-07-16: NVIDIA has been at it for 30 years, Huawei only a few (his round figure).');

-- Market reaction to the export news (US session of 2025-07-15)
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'amd'), NULL, (SELECT id FROM metrics WHERE key = 'stock-move'),
  '2025-07-15', 5, '%', 'more-than', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  'AMD美股盤前漲超5%,英偉達收盤漲超4%,最新市值約4.17萬億美元,一夜增加1618億美元(約合人民幣11605億元)。',
  'Pre-market move. Dated 2025-07-15: the article''s "消息一出" follows the H20 licence news of 7月15日 (AMD''s own announcement is dated 7月16日 Beijing time).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'stock-move'),
  '2025-07-15', 4, '%', 'more-than', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  'AMD美股盤前漲超5%,英偉達收盤漲超4%,最新市值約4.17萬億美元,一夜增加1618億美元(約合人民幣11605億元)。',
  'Move at the close. Dated 2025-07-15: the article''s "消息一出" follows the H20 licence news of 7月15日 (AMD''s own announcement is dated 7月16日 Beijing time).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'market-cap'),
  '2025-07-15', 4170000000000, 'USD', 'about', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  'AMD美股盤前漲超5%,英偉達收盤漲超4%,最新市值約4.17萬億美元,一夜增加1618億美元(約合人民幣11605億元)。',
  'Latest market cap after the close; the article says NVIDIA tops global market caps. Dated 2025-07-15: the article''s "消息一出" follows the H20 licence news of 7月15日 (AMD''s own announcement is dated 7月16日 Beijing time).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'market-cap-change'),
  '2025-07-15', 161800000000, 'USD', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  'AMD美股盤前漲超5%,英偉達收盤漲超4%,最新市值約4.17萬億美元,一夜增加1618億美元(約合人民幣11605億元)。',
  'One-night gain in market cap. Dated 2025-07-15: the article''s "消息一出" follows the H20 licence news of 7月15日 (AMD''s own announcement is dated 7月16日 Beijing time).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'market-cap-change'),
  '2025-07-15', 1160500000000, 'CNY', 'about', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  'AMD美股盤前漲超5%,英偉達收盤漲超4%,最新市值約4.17萬億美元,一夜增加1618億美元(約合人民幣11605億元)。',
  'The article''s own CNY conversion of the USD 161.8 bn one-night gain (implied rate 7.17). Dated 2025-07-15: the article''s "消息一出" follows the H20 licence news of 7月15日 (AMD''s own announcement is dated 7月16日 Beijing time).');

-- Domestic share and H20 prices after the ban
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'china-domestic'), (SELECT id FROM metrics WHERE key = 'dc-share'),
  '2023', 12, '%', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '據中國信通院數據,2024年,國產AI芯片在數據中心的份額從12%增長到25%。',
  'Attributed by the article to CAICT (中國信通院). Domestic AI chips'' share in data centres at the start of 2024 (the article: in 2024 it grew from 12% to 25%); recorded as the 2023 year-end level.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'china-domestic'), (SELECT id FROM metrics WHERE key = 'dc-share'),
  '2024', 25, '%', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '據中國信通院數據,2024年,國產AI芯片在數據中心的份額從12%增長到25%。',
  'Attributed by the article to CAICT (中國信通院). Domestic AI chips'' share in data centres at the end of 2024.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'price-premium'),
  '2023', 50, '%', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '山海引擎COO彭璐告訴《IT時報》記者,“不過整體來看影響還算溫和,沒像2023年A800/H800受限時那麽瘋狂,那時溢價最高可達50%。',
  'Peak premium ("最高可達") on A800/H800 when they were restricted in 2023, per Peng Lu, COO of Shanhai Engine.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'price-premium'),
  '2025', 10, '%', 'about', 'estimate', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '相比之下,H20的溢價大概也就10%到20%之間”。',
  'H20 premium after its April 2025 restriction, low end of the range 10%-20% given by Peng Lu (COO, Shanhai Engine); "大概" = his estimate.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'price-premium'),
  '2025', 20, '%', 'about', 'estimate', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '相比之下,H20的溢價大概也就10%到20%之間”。',
  'H20 premium after its April 2025 restriction, high end of the range 10%-20% given by Peng Lu (COO, Shanhai Engine); "大概" = his estimate.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'h20-in-circulation'),
  '2025', 30, '%', 'less-than', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '據他透露,今年上半年,幾家頭部廠商的H20基本已經到貨,而除了大廠,真正買H20自己做推理訓練的用戶並不多,更多企業傾向於購買火山引擎、阿裏雲、騰訊雲、百度智能雲等這些大廠大模型的API和Token,因此仍在市麵上流通的H20不超過30%,其中一半可能掌握在“黃牛”手裏,真正在中小企業或者散戶手上的,估計也就10%左右,“不會對市場波動有太大影響”。',
  'H20s still circulating on the market after leading buyers took delivery in H1 2025, per Peng Lu (Shanhai Engine).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'h20-held-by-scalpers'),
  '2025', 50, '%', 'exact', 'estimate', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '據他透露,今年上半年,幾家頭部廠商的H20基本已經到貨,而除了大廠,真正買H20自己做推理訓練的用戶並不多,更多企業傾向於購買火山引擎、阿裏雲、騰訊雲、百度智能雲等這些大廠大模型的API和Token,因此仍在市麵上流通的H20不超過30%,其中一半可能掌握在“黃牛”手裏,真正在中小企業或者散戶手上的,估計也就10%左右,“不會對市場波動有太大影響”。',
  'Half ("一半") of the circulating H20s may be with scalpers (可能), i.e. about 15% of all H20s; per Peng Lu (Shanhai Engine).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), NULL, (SELECT id FROM metrics WHERE key = 'h20-held-by-smes'),
  '2025', 10, '%', 'about', 'estimate', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '據他透露,今年上半年,幾家頭部廠商的H20基本已經到貨,而除了大廠,真正買H20自己做推理訓練的用戶並不多,更多企業傾向於購買火山引擎、阿裏雲、騰訊雲、百度智能雲等這些大廠大模型的API和Token,因此仍在市麵上流通的H20不超過30%,其中一半可能掌握在“黃牛”手裏,真正在中小企業或者散戶手上的,估計也就10%左右,“不會對市場波動有太大影響”。',
  'H20s really in the hands of SMEs or individual buyers, per Peng Lu (Shanhai Engine), "估計" = his estimate; apparently a share of all H20s, part of the at most 30% in circulation.');

-- Shipments: China accelerator market (IDC) and Huawei Ascend
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'china'), (SELECT id FROM metrics WHERE key = 'shipments'),
  '2024', 2700000, 'units', 'more-than', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '國際數據公司IDC近日發布的最新一期《中國半年度加速計算市場(2024下半年)跟蹤》報告顯示,2024年,中國加速芯片的市場規模增長迅速,超過270萬張;其中國產人工智能芯片廠商的出貨量已超過82萬張;也就是說,國產芯片占據超30%的市場份額,而據央視新聞,昇騰芯片2025年出貨量預計超過70萬片。',
  'Attributed by the article to IDC''s ''China Semi-annual Accelerated Computing Market (2H24) Tracker'' (《中國半年度加速計算市場(2024下半年)跟蹤》). China accelerator-chip market size in cards (張).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'china-domestic'), (SELECT id FROM metrics WHERE key = 'shipments'),
  '2024', 820000, 'units', 'more-than', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '國際數據公司IDC近日發布的最新一期《中國半年度加速計算市場(2024下半年)跟蹤》報告顯示,2024年,中國加速芯片的市場規模增長迅速,超過270萬張;其中國產人工智能芯片廠商的出貨量已超過82萬張;也就是說,國產芯片占據超30%的市場份額,而據央視新聞,昇騰芯片2025年出貨量預計超過70萬片。',
  'Attributed by the article to IDC''s ''China Semi-annual Accelerated Computing Market (2H24) Tracker'' (《中國半年度加速計算市場(2024下半年)跟蹤》). Shipments of domestic AI-chip vendors (cards).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'china-domestic'), (SELECT id FROM metrics WHERE key = 'market-share'),
  '2024', 30, '%', 'more-than', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '國際數據公司IDC近日發布的最新一期《中國半年度加速計算市場(2024下半年)跟蹤》報告顯示,2024年,中國加速芯片的市場規模增長迅速,超過270萬張;其中國產人工智能芯片廠商的出貨量已超過82萬張;也就是說,國產芯片占據超30%的市場份額,而據央視新聞,昇騰芯片2025年出貨量預計超過70萬片。',
  'Attributed by the article to IDC''s ''China Semi-annual Accelerated Computing Market (2H24) Tracker'' (《中國半年度加速計算市場(2024下半年)跟蹤》). Domestic chips'' share of the China accelerator market by shipments (820k of 2.7m).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'huawei'), NULL, (SELECT id FROM metrics WHERE key = 'shipments'),
  '2025', 700000, 'units', 'more-than', 'forecast', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '國際數據公司IDC近日發布的最新一期《中國半年度加速計算市場(2024下半年)跟蹤》報告顯示,2024年,中國加速芯片的市場規模增長迅速,超過270萬張;其中國產人工智能芯片廠商的出貨量已超過82萬張;也就是說,國產芯片占據超30%的市場份額,而據央視新聞,昇騰芯片2025年出貨量預計超過70萬片。',
  'Attributed by the article to CCTV News (央視新聞). Ascend chip shipments expected in 2025.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'china-domestic-ex-huawei'), (SELECT id FROM metrics WHERE key = 'shipments'),
  '2024', 700000, 'units', 'about', 'reported', 1,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '正如前文所言,華為70萬的年出貨量,已接近2024年所有其他本土品牌的總出貨量。',
  'Implied by the article: all other domestic brands shipped close to ("接近") Huawei''s 700k in 2024. Doubtful: "正如前文所言" refers back to CCTV''s 2025 forecast, which the sentence restates as an actual annual shipment and sets against 2024 totals; nothing earlier in the article supports the comparison.');

-- Operators, self-sufficiency and foundry capacity
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'china-telecom'), NULL, (SELECT id FROM metrics WHERE key = 'localisation-rate'),
  '2023', 50, '%', 'about', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '從近幾年電信運營商的集采項目中可見,國產芯片服務器的中標比例一直在提高,尤其是AI服務器,國產化率更是直線上升,早在2023年的一次集采中,中國電信的AI服務器國產化比例已接近50%。',
  'Share of domestic-chip AI servers in one 2023 China Telecom centralised procurement (集采).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'china'), (SELECT id FROM metrics WHERE key = 'self-sufficiency'),
  '2024', 34, '%', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '據摩根士丹利報告,2024年中國AI芯片自給率僅34%,中芯國際承擔了超70%的7nm及以下先進製程訂單。',
  'Attributed by the article to Morgan Stanley. China AI-chip self-sufficiency.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'smic'), NULL, (SELECT id FROM metrics WHERE key = 'advanced-node-order-share'),
  '2024', 70, '%', 'more-than', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '據摩根士丹利報告,2024年中國AI芯片自給率僅34%,中芯國際承擔了超70%的7nm及以下先進製程訂單。',
  'Attributed by the article to Morgan Stanley. SMIC''s share of 7nm-and-below advanced-process orders (in the context of China AI chips); period taken from the same sentence.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), NULL, (SELECT id FROM metrics WHERE key = 'cumulative-sales'),
  '2025-Q1', 25000, 'units', 'more-than', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '憑借突出的產品性能和穩定的供應能力,截至報告期末(2025年一季度),發行人GPU產品累計銷量超過25000顆。',
  'Attributed by the article to the MetaX prospectus. Cumulative GPU unit sales as of the end of the reporting period (2025-Q1).');

-- Moore Threads financials (prospectus, 2022-2024)
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'revenue'),
  '2022', 46080000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '根據摩爾線程招股書披露的數據,2022年至2024年,公司營收分別為4608萬元、1.24億元和4.38億元;但同期淨虧損分別高達18.40億元、16.73億元和14.92億元。',
  'Attributed by the article to the Moore Threads prospectus.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'revenue'),
  '2023', 124000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '根據摩爾線程招股書披露的數據,2022年至2024年,公司營收分別為4608萬元、1.24億元和4.38億元;但同期淨虧損分別高達18.40億元、16.73億元和14.92億元。',
  'Attributed by the article to the Moore Threads prospectus.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'revenue'),
  '2024', 438000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '根據摩爾線程招股書披露的數據,2022年至2024年,公司營收分別為4608萬元、1.24億元和4.38億元;但同期淨虧損分別高達18.40億元、16.73億元和14.92億元。',
  'Attributed by the article to the Moore Threads prospectus.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'net-profit'),
  '2022', -1840000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '根據摩爾線程招股書披露的數據,2022年至2024年,公司營收分別為4608萬元、1.24億元和4.38億元;但同期淨虧損分別高達18.40億元、16.73億元和14.92億元。',
  'Attributed by the article to the Moore Threads prospectus. Net loss.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'net-profit'),
  '2023', -1673000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '根據摩爾線程招股書披露的數據,2022年至2024年,公司營收分別為4608萬元、1.24億元和4.38億元;但同期淨虧損分別高達18.40億元、16.73億元和14.92億元。',
  'Attributed by the article to the Moore Threads prospectus. Net loss.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'net-profit'),
  '2024', -1492000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '根據摩爾線程招股書披露的數據,2022年至2024年,公司營收分別為4608萬元、1.24億元和4.38億元;但同期淨虧損分別高達18.40億元、16.73億元和14.92億元。',
  'Attributed by the article to the Moore Threads prospectus. Net loss.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'rd-expense-cumulative'),
  '2024', 3810000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '造成巨額虧損的主要原因之一,便是研發支出很“燒錢”:三年總研發投入達38.1億元,是營收總和的6倍多。',
  'Attributed by the article to the Moore Threads prospectus. Total R&D for the three years 2022-2024.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'rd-to-revenue'),
  '2024', 6, 'x', 'more-than', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '造成巨額虧損的主要原因之一,便是研發支出很“燒錢”:三年總研發投入達38.1億元,是營收總和的6倍多。',
  'Attributed by the article to the Moore Threads prospectus. 2022-2024 R&D over 2022-2024 revenue ("6倍多"); consistent: 38.1億 / (0.4608 + 1.24 + 4.38)億 = 6.27.');

-- MetaX financials (prospectus, 2022-2025-Q1)
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), NULL, (SELECT id FROM metrics WHERE key = 'revenue'),
  '2022', 4264000000, 'CNY', 'exact', 'reported', 1,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '沐曦招股書數據顯示,2022年至2025年第一季度,沐曦營收分別為42.64億元、0.53億元、7.43億元、3.20億元;淨利潤分別為-7.77億元、-8.71億元、-14.09億元、-2.33億元。',
  'Attributed by the article to the MetaX prospectus. Doubtful: printed as 42.64億元, but the same article says MetaX''s revenue "三年未破8億" (never above 800m in three years) and gives 0.53億 for 2023, so 4.264 bn cannot be right. Almost certainly a unit slip: 0.4264億 (42.64m) or 42.64萬元 (426,400); the printed value is kept.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), NULL, (SELECT id FROM metrics WHERE key = 'revenue'),
  '2023', 53000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '沐曦招股書數據顯示,2022年至2025年第一季度,沐曦營收分別為42.64億元、0.53億元、7.43億元、3.20億元;淨利潤分別為-7.77億元、-8.71億元、-14.09億元、-2.33億元。',
  'Attributed by the article to the MetaX prospectus.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), NULL, (SELECT id FROM metrics WHERE key = 'revenue'),
  '2024', 743000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '沐曦招股書數據顯示,2022年至2025年第一季度,沐曦營收分別為42.64億元、0.53億元、7.43億元、3.20億元;淨利潤分別為-7.77億元、-8.71億元、-14.09億元、-2.33億元。',
  'Attributed by the article to the MetaX prospectus.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), NULL, (SELECT id FROM metrics WHERE key = 'revenue'),
  '2025-Q1', 320000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '沐曦招股書數據顯示,2022年至2025年第一季度,沐曦營收分別為42.64億元、0.53億元、7.43億元、3.20億元;淨利潤分別為-7.77億元、-8.71億元、-14.09億元、-2.33億元。',
  'Attributed by the article to the MetaX prospectus.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), NULL, (SELECT id FROM metrics WHERE key = 'net-profit'),
  '2022', -777000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '沐曦招股書數據顯示,2022年至2025年第一季度,沐曦營收分別為42.64億元、0.53億元、7.43億元、3.20億元;淨利潤分別為-7.77億元、-8.71億元、-14.09億元、-2.33億元。',
  'Attributed by the article to the MetaX prospectus. Net loss.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), NULL, (SELECT id FROM metrics WHERE key = 'net-profit'),
  '2023', -871000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '沐曦招股書數據顯示,2022年至2025年第一季度,沐曦營收分別為42.64億元、0.53億元、7.43億元、3.20億元;淨利潤分別為-7.77億元、-8.71億元、-14.09億元、-2.33億元。',
  'Attributed by the article to the MetaX prospectus. Net loss.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), NULL, (SELECT id FROM metrics WHERE key = 'net-profit'),
  '2024', -1409000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '沐曦招股書數據顯示,2022年至2025年第一季度,沐曦營收分別為42.64億元、0.53億元、7.43億元、3.20億元;淨利潤分別為-7.77億元、-8.71億元、-14.09億元、-2.33億元。',
  'Attributed by the article to the MetaX prospectus. Net loss.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), NULL, (SELECT id FROM metrics WHERE key = 'net-profit'),
  '2025-Q1', -233000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '沐曦招股書數據顯示,2022年至2025年第一季度,沐曦營收分別為42.64億元、0.53億元、7.43億元、3.20億元;淨利潤分別為-7.77億元、-8.71億元、-14.09億元、-2.33億元。',
  'Attributed by the article to the MetaX prospectus. Net loss.');

-- IPO plans and valuations
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'ipo-raise'),
  '2025', 8000000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '具體來看,摩爾線程在招股書中披露,其計劃通過IPO募集80億元資金,其中約25.1億元將投入新一代AI訓推一體芯片的研發,25億元用於新一代圖形芯片研發,另有19.8億元專項支持新一代AI Soc芯片的研發。',
  'Attributed by the article to the Moore Threads prospectus. Planned STAR Market IPO raise (application accepted 2025-06-30).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'ipo-use-ai-chip'),
  '2025', 2510000000, 'CNY', 'about', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '具體來看,摩爾線程在招股書中披露,其計劃通過IPO募集80億元資金,其中約25.1億元將投入新一代AI訓推一體芯片的研發,25億元用於新一代圖形芯片研發,另有19.8億元專項支持新一代AI Soc芯片的研發。',
  'Attributed by the article to the Moore Threads prospectus. Planned use: next-generation AI training-and-inference chip R&D.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'ipo-use-graphics-chip'),
  '2025', 2500000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '具體來看,摩爾線程在招股書中披露,其計劃通過IPO募集80億元資金,其中約25.1億元將投入新一代AI訓推一體芯片的研發,25億元用於新一代圖形芯片研發,另有19.8億元專項支持新一代AI Soc芯片的研發。',
  'Attributed by the article to the Moore Threads prospectus. Planned use: next-generation graphics chip R&D.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'ipo-use-ai-soc'),
  '2025', 1980000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '具體來看,摩爾線程在招股書中披露,其計劃通過IPO募集80億元資金,其中約25.1億元將投入新一代AI訓推一體芯片的研發,25億元用於新一代圖形芯片研發,另有19.8億元專項支持新一代AI Soc芯片的研發。',
  'Attributed by the article to the Moore Threads prospectus. Planned use: next-generation AI SoC chip R&D. The three named uses total 69.9億 of the 80億; the article does not name the rest.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), NULL, (SELECT id FROM metrics WHERE key = 'ipo-raise'),
  '2025', 3900000000, 'CNY', 'about', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '沐曦股份則計劃募資約39億元,資金將主要投向高性能通用芯片、AI推理芯片以及前沿場景芯片的開發項目。',
  'Attributed by the article to the MetaX prospectus. Planned STAR Market IPO raise (application accepted 2025-06-30); uses: high-performance general-purpose chips, AI inference chips and frontier-scenario chips (amounts not given).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'moore-threads'), NULL, (SELECT id FROM metrics WHERE key = 'valuation'),
  '2025', 24600000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '摩爾線程投後估值高達246億元;沐曦營收三年未破8億,估值仍維持在210億元。',
  'Post-money valuation (投後估值) as reported in July 2025; date of the round not given.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), NULL, (SELECT id FROM metrics WHERE key = 'valuation'),
  '2025', 21000000000, 'CNY', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '摩爾線程投後估值高達246億元;沐曦營收三年未破8億,估值仍維持在210億元。',
  'Valuation as reported in July 2025; date of the round not given.');

-- Outlook: compute, AI servers, Shanghai, WAIC
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'china'), (SELECT id FROM metrics WHERE key = 'ai-compute'),
  '2025', 1037.3, 'EFLOPS', 'exact', 'forecast', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '《2025年中國人工智能計算力發展評估報告》預測,中國2025年的智能算力規模將達1037.3EFLOPS,增長43%。',
  'Attributed by the article to the 2025 China AI compute assessment report (《2025年中國人工智能計算力發展評估報告》). China intelligent computing capacity in 2025.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'china'), (SELECT id FROM metrics WHERE key = 'growth-yoy'),
  '2025', 43, '%', 'exact', 'forecast', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '《2025年中國人工智能計算力發展評估報告》預測,中國2025年的智能算力規模將達1037.3EFLOPS,增長43%。',
  'Attributed by the article to the 2025 China AI compute assessment report (《2025年中國人工智能計算力發展評估報告》). Growth of China intelligent computing capacity in 2025.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'global'), (SELECT id FROM metrics WHERE key = 'ai-server-market'),
  '2025', 158700000000, 'USD', 'exact', 'forecast', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  'IDC預測,2025年全球人工智能服務器市場規模將增至1587億美元,2028年有望達2227億美元。',
  'Attributed by the article to IDC. Global AI server market in 2025.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'global'), (SELECT id FROM metrics WHERE key = 'ai-server-market'),
  '2028', 222700000000, 'USD', 'exact', 'forecast', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  'IDC預測,2025年全球人工智能服務器市場規模將增至1587億美元,2028年有望達2227億美元。',
  'Attributed by the article to IDC. Global AI server market in 2028 ("有望達").');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'global'), (SELECT id FROM metrics WHERE key = 'genai-server-share'),
  '2025', 29.6, '%', 'exact', 'forecast', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '其中,生成式人工智能服務器占比將從2025年的29.6%提升至2028年的37.7%。',
  'Attributed by the article to IDC. Generative-AI servers'' share of the global AI server market.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'global'), (SELECT id FROM metrics WHERE key = 'genai-server-share'),
  '2028', 37.7, '%', 'exact', 'forecast', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '其中,生成式人工智能服務器占比將從2025年的29.6%提升至2028年的37.7%。',
  'Attributed by the article to IDC. Generative-AI servers'' share of the global AI server market.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'shanghai'), (SELECT id FROM metrics WHERE key = 'industry-size'),
  '2025-Q1', 118000000000, 'CNY', 'more-than', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '數據顯示,今年一季度,上海市規上人工智能產業規模超過1180億元,同比增長29%,利潤增長65%,成為拉動全市經濟增長的新引擎。',
  'Unattributed in the article ("數據顯示"). Shanghai AI industry, enterprises above designated size (規上).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'shanghai'), (SELECT id FROM metrics WHERE key = 'growth-yoy'),
  '2025-Q1', 29, '%', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '數據顯示,今年一季度,上海市規上人工智能產業規模超過1180億元,同比增長29%,利潤增長65%,成為拉動全市經濟增長的新引擎。',
  'Unattributed in the article ("數據顯示"). Shanghai AI industry, enterprises above designated size (規上). Year-on-year growth of the industry size.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'shanghai'), (SELECT id FROM metrics WHERE key = 'profit-growth-yoy'),
  '2025-Q1', 65, '%', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '數據顯示,今年一季度,上海市規上人工智能產業規模超過1180億元,同比增長29%,利潤增長65%,成為拉動全市經濟增長的新引擎。',
  'Unattributed in the article ("數據顯示"). Shanghai AI industry, enterprises above designated size (規上). Profit growth (the article says only "利潤增長"; year on year by context).');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'shanghai'), (SELECT id FROM metrics WHERE key = 'gpu-dragons-hq'),
  '2025', 3, 'units', 'exact', 'reported', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '此次衝刺IPO的“四小龍”中,有三家將總部設在上海。',
  'Three of the four GPU "little dragons" heading for IPO (Moore Threads, MetaX, Enflame, Biren) are headquartered in Shanghai; the article does not say which three.');
INSERT INTO observations (vendor_id, scope_id, metric_id, period, value, unit, qualifier, status, doubtful, source_id, quote, note)
  VALUES (NULL, (SELECT id FROM scopes WHERE key = 'waic'), (SELECT id FROM metrics WHERE key = 'product-launches'),
  '2025-07', 100, 'units', 'more-than', 'forecast', 0,
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '上海市政府副秘書長、市經濟信息化委主任張英在發布會上介紹,本屆大會將發布100餘款“全球首發”“中國首秀”的重磅新品。',
  'WAIC 2025 (Shanghai) will launch 100-plus "world first" and "China debut" products, per Zhang Ying, deputy secretary-general of the Shanghai government and director of the municipal economy and informatisation commission.');

-- ---------------------------------------------------------------- events

INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2018-Q4', 'market', 'Vastai Technologies founded', '瀚博半导体成立',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '這也促使了除華為、寒武紀、四小龍之外更多的國產芯片生態應運而生,比如瀚博半導體,作為2018年底成立的新興企業,瀚博半導體將人工智能核心算力與圖形渲染、內容生成、AIGC相結合,提供全棧式的芯片解決方案,瞄準多個市場需求。',
  'The article: "founded at the end of 2018".');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2020', 'capital', 'Cambricon lists on the STAR Market as its first AI-chip stock', '寒武纪登陆科创板，成“科创板AI芯片第一股”',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '2020年,“前輩”寒武紀以“科創板AI芯片第一股”身份登陸資本市場,獲得一筆可觀的融資。',
  'Raised considerable funds but stayed loss-making for years after.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2023', 'export-control', 'US restricts NVIDIA A800/H800 exports to China', '英伟达A800/H800对华出口受限',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '山海引擎COO彭璐告訴《IT時報》記者,“不過整體來看影響還算溫和,沒像2023年A800/H800受限時那麽瘋狂,那時溢價最高可達50%。',
  'Price premiums peaked at up to 50%, per Peng Lu (COO, Shanhai Engine).');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2023', 'market', 'China Telecom AI-server tender nearly 50% domestic', '中国电信AI服务器集采国产化比例近50%',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '從近幾年電信運營商的集采項目中可見,國產芯片服務器的中標比例一直在提高,尤其是AI服務器,國產化率更是直線上升,早在2023年的一次集采中,中國電信的AI服務器國產化比例已接近50%。',
  'One 2023 centralised procurement; operator sources say most winning bids are Huawei Ascend servers.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2023', 'market', 'Large-scale build-out of domestic AI compute leaves capacity idle', '国产算力大规模建设后面临闲置',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '這也導致2023年~2024年大規模建設後的一段時間內,如何有效消化國產算力成為各家雲公司頭疼的問題。',
  'Build-out over 2023-2024; clouds then struggled to absorb domestic compute until DeepSeek turned idle capacity into shortage.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2024-Q4', 'market', 'Cambricon posts its first quarterly profit since listing', '寒武纪实现上市以来首次单季度盈利',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '直到2024年第四季度,在AI大模型熱潮和國產替代政策雙輪驅動下,雲端產品線銷量猛增,寒武紀才終於實現上市以來首次單季度盈利。',
  'Driven by surging cloud-product sales amid the large-model boom and localisation policy.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2024-Q4', 'market', 'China AI-chip market shifts as NVIDIA high-end supply is restricted', '2024年底市场格局剧变',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '市場格局在2024年底迎來劇變。',
  'Restricted NVIDIA high-end supply widened the gap while Moore Threads and other early players were still ramping graphics volume; demand for native GPU (graphics) capability grew.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025-Q1', 'product', 'DeepSeek and other Chinese large models released', 'DeepSeek等国产大模型发布',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '年初DeepSeek等國產大模型發布後,一體機成為不少政府和企業爭相部署的“香餑餑”,H20雖然是性價比較高的選擇,但相對價格較貴,“還是超出了很多企業的心理預期,而國產替代方案已基本可對標,加上不穩定的市場預期,很多企業就放棄了H20方案。”',
  'Early 2025 ("年初"). All-in-one appliances boomed; many firms dropped H20 plans for domestic alternatives; lower inference cost turned idle domestic compute into shortage, and IDC says adapting to DeepSeek advanced domestic chips'' software ecosystem.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025-04', 'export-control', 'US bans NVIDIA H20 exports to China', '美国禁止英伟达H20对华出口',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '今年4月,美國政府以“可能用於超級計算機”為由,突然禁止H20對華出口。',
  'Justified as "possibly used in supercomputers"; the headline counts three months of ban before the July 2025 reversal. Prices in sales and rental markets rose.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025-05', 'statement', 'Huang at Computex: NVIDIA''s China AI-chip share fell from 95% to 50%', '黄仁勋在Computex称英伟达中国AI芯片份额从95%降至50%',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '早在Computex 2025期間,黃仁勳就坦言,英偉達在中國AI芯片的份額已經從2022年出口管製期間的95%下降至50%。',
  'Computex 2025 (May 2025).');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025', 'market', 'Leading buyers take delivery of their H20s', '头部厂商H20基本到货',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '據他透露,今年上半年,幾家頭部廠商的H20基本已經到貨,而除了大廠,真正買H20自己做推理訓練的用戶並不多,更多企業傾向於購買火山引擎、阿裏雲、騰訊雲、百度智能雲等這些大廠大模型的API和Token,因此仍在市麵上流通的H20不超過30%,其中一半可能掌握在“黃牛”手裏,真正在中小企業或者散戶手上的,估計也就10%左右,“不會對市場波動有太大影響”。',
  'First half of 2025 (今年上半年), per Peng Lu (Shanhai Engine); most other firms buy model APIs and tokens from Volcano Engine, Alibaba Cloud, Tencent Cloud and Baidu AI Cloud instead.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025', 'm-and-a', 'Hygon announces plan to acquire Sugon', '海光信息宣布计划收购中科曙光',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '近日,海光信息宣布計劃收購中科曙光。',
  'The article says only "近日" (recently) before the 2025-07-09 announcement.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025', 'capital', 'Enflame and Biren in pre-IPO tutoring', '燧原科技、壁仞科技启动上市辅导',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '加上此前已啟動上市輔導程序的燧原科技和壁仞科技,“四小龍”已共同踏上衝刺資本市場的征程。',
  'Status by mid-2025: the article says only that both had started tutoring earlier ("此前") than the 2025-06-30 acceptances; start dates not given.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025-06-30', 'capital', 'SSE accepts Moore Threads and MetaX STAR Market IPO applications', '摩尔线程、沐曦科创板IPO申请获上交所受理',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '6月30日,國產GPU“四小龍”中的摩爾線程與沐曦股份,其科創板IPO申請同日獲得上交所正式受理,上市征程邁出關鍵一步。',
  'Both applications accepted on the same day.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025-07-09', 'm-and-a', 'Hygon-Sugon deal announcement: due diligence under way', '海光信息与中科曙光交易公告：尽职调查进行中',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '根據7月9日發布的公告,雙方正積極推進交易工作,盡職調查仍在進行中。',
  'Both sides actively pushing the deal; a completed deal would combine chips and servers.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025-07-15', 'export-control', 'US approves H20 export licences; NVIDIA to resume China sales', '美国批准H20出口许可，英伟达将恢复对华销售',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '7月15日,英偉達創始人黃仁勳在國內接受采訪時表示:“美國政府已經批準了我們的出口許可,我們將開始向中國市場銷售H20。”',
  'Jensen Huang in China, his third China visit of 2025; the headline: H20 returns after a three-month ban.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025-07-15', 'market', 'Chip stocks rally; NVIDIA market cap hits about USD 4.17 trillion', '芯片股大涨，英伟达市值约4.17万亿美元',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  'AMD美股盤前漲超5%,英偉達收盤漲超4%,最新市值約4.17萬億美元,一夜增加1618億美元(約合人民幣11605億元)。',
  'AMD +5%+ pre-market, NVIDIA +4%+ at the close, NVIDIA adds USD 161.8 bn overnight and tops global market caps. Dated to the US session of 2025-07-15 (the article: "消息一出").');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025-07-16', 'export-control', 'AMD plans to resume MI308 exports to China', 'AMD计划重启MI308对华出口',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '7月16日,AMD亦宣布,在美國政府示意批準後,計劃重啟MI308 AI芯片對華出口。',
  'After the US government signalled approval.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025-07-16', 'statement', 'Huang in Beijing: Huawei may replace NVIDIA in AI training', '黄仁勋北京称华为取代英伟达或只是时间问题',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '7月16日北京之行的采訪中,黃仁勳直言在AI訓練中,華為AI芯片取代英偉達或許隻是時間問題。',
  'Huang: NVIDIA has been at it 30 years, Huawei only a few, yet Huawei is now comparable.');
INSERT INTO events (date, category, title, title_zh, source_id, quote, note)
  VALUES ('2025-07', 'product', 'WAIC 2025 in Shanghai to launch 100-plus new products', '2025世界人工智能大会将发布100余款新品',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '不少接受采訪的業內人士向記者指出,即將舉行的2025世界人工智能大會或將更清晰地顯示出這些變化。',
  'Upcoming at the time of the article; 100+ "world first"/"China debut" launches announced by Zhang Ying of the Shanghai government.');

-- ---------------------------------------------------------------- event_vendors
-- (events have no key column; they are referred to by their English title)

INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Vastai Technologies founded'), (SELECT id FROM vendors WHERE key = 'vastai'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Cambricon lists on the STAR Market as its first AI-chip stock'), (SELECT id FROM vendors WHERE key = 'cambricon'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'US restricts NVIDIA A800/H800 exports to China'), (SELECT id FROM vendors WHERE key = 'nvidia'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'China Telecom AI-server tender nearly 50% domestic'), (SELECT id FROM vendors WHERE key = 'china-telecom'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Cambricon posts its first quarterly profit since listing'), (SELECT id FROM vendors WHERE key = 'cambricon'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'China AI-chip market shifts as NVIDIA high-end supply is restricted'), (SELECT id FROM vendors WHERE key = 'nvidia'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'China AI-chip market shifts as NVIDIA high-end supply is restricted'), (SELECT id FROM vendors WHERE key = 'moore-threads'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'DeepSeek and other Chinese large models released'), (SELECT id FROM vendors WHERE key = 'deepseek'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'US bans NVIDIA H20 exports to China'), (SELECT id FROM vendors WHERE key = 'nvidia'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Huang at Computex: NVIDIA''s China AI-chip share fell from 95% to 50%'), (SELECT id FROM vendors WHERE key = 'nvidia'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Leading buyers take delivery of their H20s'), (SELECT id FROM vendors WHERE key = 'nvidia'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Hygon announces plan to acquire Sugon'), (SELECT id FROM vendors WHERE key = 'hygon'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Hygon announces plan to acquire Sugon'), (SELECT id FROM vendors WHERE key = 'sugon'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Enflame and Biren in pre-IPO tutoring'), (SELECT id FROM vendors WHERE key = 'enflame'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Enflame and Biren in pre-IPO tutoring'), (SELECT id FROM vendors WHERE key = 'biren'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'SSE accepts Moore Threads and MetaX STAR Market IPO applications'), (SELECT id FROM vendors WHERE key = 'moore-threads'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'SSE accepts Moore Threads and MetaX STAR Market IPO applications'), (SELECT id FROM vendors WHERE key = 'metax'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Hygon-Sugon deal announcement: due diligence under way'), (SELECT id FROM vendors WHERE key = 'hygon'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Hygon-Sugon deal announcement: due diligence under way'), (SELECT id FROM vendors WHERE key = 'sugon'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'US approves H20 export licences; NVIDIA to resume China sales'), (SELECT id FROM vendors WHERE key = 'nvidia'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Chip stocks rally; NVIDIA market cap hits about USD 4.17 trillion'), (SELECT id FROM vendors WHERE key = 'nvidia'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Chip stocks rally; NVIDIA market cap hits about USD 4.17 trillion'), (SELECT id FROM vendors WHERE key = 'amd'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'AMD plans to resume MI308 exports to China'), (SELECT id FROM vendors WHERE key = 'amd'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Huang in Beijing: Huawei may replace NVIDIA in AI training'), (SELECT id FROM vendors WHERE key = 'nvidia'));
INSERT INTO event_vendors (event_id, vendor_id)
  VALUES ((SELECT id FROM events WHERE title = 'Huang in Beijing: Huawei may replace NVIDIA in AI training'), (SELECT id FROM vendors WHERE key = 'huawei'));

-- ---------------------------------------------------------------- relations
-- vendor_id deals with other_id; kind says what other_id is to vendor_id.

INSERT INTO relations (vendor_id, other_id, kind, period, detail, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), (SELECT id FROM vendors WHERE key = 'new-h3c'), 'customer', '2024',
  'Largest customer in 2024',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '2024年第一大客戶新華三,在2025年一季度銷售排名跌至第三,銷售額也大幅縮水。');
INSERT INTO relations (vendor_id, other_id, kind, period, detail, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), (SELECT id FROM vendors WHERE key = 'new-h3c'), 'customer', '2025-Q1',
  'Third-largest customer in 2025-Q1, with sharply lower sales',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '2024年第一大客戶新華三,在2025年一季度銷售排名跌至第三,銷售額也大幅縮水。');
INSERT INTO relations (vendor_id, other_id, kind, period, detail, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'metax'), (SELECT id FROM vendors WHERE key = 'chaoxun'), 'customer', '2025-Q1',
  'Largest customer in 2025-Q1; never before in the top five',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '與此同時,2025年一季度的第一大客戶超訊通信此前從未出現在前五大客戶名單中。');
INSERT INTO relations (vendor_id, other_id, kind, period, detail, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'hygon'), (SELECT id FROM vendors WHERE key = 'sugon'), 'shareholder', '',
  'Sugon (曙光信息) is a shareholder of Hygon',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '財報數據顯示,曙光信息是海光信息的股東,這兩家企業是最初起步於中國科學院的商業化機構。');
INSERT INTO relations (vendor_id, other_id, kind, period, detail, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'hygon'), (SELECT id FROM vendors WHERE key = 'sugon'), 'acquisition-target', '2025',
  'Hygon plans to acquire Sugon; due diligence under way per the 2025-07-09 announcement',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '近日,海光信息宣布計劃收購中科曙光。');
INSERT INTO relations (vendor_id, other_id, kind, period, detail, source_id, quote)
  VALUES ((SELECT id FROM vendors WHERE key = 'nvidia'), (SELECT id FROM vendors WHERE key = 'huawei'), 'competitor', '2025-07-16',
  'Huang: Huawei is now comparable to NVIDIA and may replace it in AI training',
  (SELECT id FROM sources WHERE key = 'ittimes-2025-07'),
  '“重點在於,我們做了30年,他們(華為)才做了幾年,現在華為已經能告訴大家他們有多強大了,沒有一個人比我付出更多精力來構建(AI生態),英偉達以難以置信的規模(在做這件事),但華為已經能和我們相提並論,這說明了一些問題。”');

-- ---------------------------------------------------------------- saved charts
-- Presets for the article's main stories. Titles are left to the app, which builds
-- them from the metric names in the reader's language.

INSERT INTO saved_charts (name, builtin, spec) VALUES ('NVIDIA''s share of China''s AI-chip market', 1,
  '{"version":1,"type":"line","metrics":["market-share"],"subjects":["nvidia"],"from":"","to":"","currency":"as-stored","log-scale":false,"show-forecasts":true}');
INSERT INTO saved_charts (name, builtin, spec) VALUES ('China''s share of NVIDIA revenue', 1,
  '{"version":1,"type":"bar","metrics":["china-revenue-share"],"subjects":["nvidia"],"from":"","to":"","currency":"as-stored","log-scale":false,"show-forecasts":true}');
INSERT INTO saved_charts (name, builtin, spec) VALUES ('Domestic chips in China''s data centres and shipments', 1,
  '{"version":1,"type":"grouped-bar","metrics":["dc-share","market-share"],"subjects":["china-domestic"],"from":"","to":"","currency":"as-stored","log-scale":false,"show-forecasts":true}');
INSERT INTO saved_charts (name, builtin, spec) VALUES ('Moore Threads vs MetaX: revenue and net profit', 1,
  '{"version":1,"type":"combo","metrics":["revenue","net-profit"],"subjects":["moore-threads","metax"],"from":"","to":"","currency":"as-stored","log-scale":false,"show-forecasts":true}');
INSERT INTO saved_charts (name, builtin, spec) VALUES ('The two STAR IPOs: planned raise and valuation', 1,
  '{"version":1,"type":"hbar","metrics":["ipo-raise","valuation"],"subjects":["moore-threads","metax"],"from":"","to":"","currency":"as-stored","log-scale":false,"show-forecasts":true}');
INSERT INTO saved_charts (name, builtin, spec) VALUES ('Moore Threads IPO: planned use of proceeds', 1,
  '{"version":1,"type":"donut","metrics":["ipo-use-ai-chip","ipo-use-graphics-chip","ipo-use-ai-soc"],"subjects":["moore-threads"],"from":"","to":"","currency":"as-stored","log-scale":false,"show-forecasts":true}');
INSERT INTO saved_charts (name, builtin, spec) VALUES ('Global AI-server market forecast, 2025–2028', 1,
  '{"version":1,"type":"combo","metrics":["ai-server-market","genai-server-share"],"subjects":["global"],"from":"","to":"","currency":"as-stored","log-scale":false,"show-forecasts":true}');
INSERT INTO saved_charts (name, builtin, spec) VALUES ('China''s intelligent computing capacity forecast', 1,
  '{"version":1,"type":"bar","metrics":["ai-compute"],"subjects":["china"],"from":"","to":"","currency":"as-stored","log-scale":false,"show-forecasts":true}');
