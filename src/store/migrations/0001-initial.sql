-- Schema version 1 of the GPU Market database.
-- Applied by the store inside one transaction; PRAGMA user_version is set by the store.
-- Periods and dates are text in one of four forms, which also gives their precision:
--   YYYY (year), YYYY-Qn (quarter), YYYY-MM (month), YYYY-MM-DD (day).

CREATE TABLE sources (
  id         INTEGER PRIMARY KEY,
  key        TEXT NOT NULL UNIQUE,           -- stable slug, e.g. 'ittimes-2025-07'
  publisher  TEXT NOT NULL,                  -- English, e.g. 'IT Times'
  publisher_zh TEXT,                         -- e.g. 'IT時報'
  title      TEXT NOT NULL,                  -- as published
  published  TEXT,                           -- period text (see above)
  language   TEXT NOT NULL,                  -- BCP 47, e.g. 'zh-Hant'
  url        TEXT
);

-- Market scopes are subjects that are not a company: 'China', 'Global', ...
CREATE TABLE scopes (
  id       INTEGER PRIMARY KEY,
  key      TEXT NOT NULL UNIQUE,             -- e.g. 'china-domestic'
  name     TEXT NOT NULL UNIQUE,             -- e.g. 'China, domestic vendors'
  name_zh  TEXT NOT NULL                     -- e.g. '中国（国产厂商）'
);

CREATE TABLE vendors (
  id             INTEGER PRIMARY KEY,
  key            TEXT NOT NULL UNIQUE,       -- stable slug, e.g. 'moore-threads'
  name           TEXT NOT NULL UNIQUE,       -- English name
  name_zh        TEXT NOT NULL DEFAULT '',   -- Simplified Chinese name
  name_zh_hant   TEXT NOT NULL DEFAULT '',   -- Traditional Chinese name
  aliases        TEXT NOT NULL DEFAULT '',   -- ';'-separated other names, any script
  role           TEXT NOT NULL DEFAULT 'chipmaker'
                 CHECK (role IN ('chipmaker', 'customer', 'supplier', 'foundry', 'cloud',
                                 'server-maker', 'research', 'other')),
  country        TEXT NOT NULL DEFAULT '',   -- ISO 3166 alpha-2, e.g. 'CN', 'US'
  headquarters   TEXT NOT NULL DEFAULT '',
  founded        INTEGER,                    -- year
  segments       TEXT NOT NULL DEFAULT '',   -- ';'-separated: gpgpu;npu;graphics;inference-asic;cpu;server
  listing_status TEXT NOT NULL DEFAULT 'unknown'
                 CHECK (listing_status IN ('listed', 'ipo-filed', 'ipo-tutoring', 'private',
                                           'unknown')),
  listing_board  TEXT NOT NULL DEFAULT '',   -- e.g. 'SSE STAR Market'
  note           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE products (
  id          INTEGER PRIMARY KEY,
  vendor_id   INTEGER NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  name_zh     TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  source_id   INTEGER REFERENCES sources (id),
  quote       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX products_vendor ON products (vendor_id);

CREATE TABLE metrics (
  id       INTEGER PRIMARY KEY,
  key      TEXT NOT NULL UNIQUE,             -- e.g. 'revenue'
  name     TEXT NOT NULL,
  name_zh  TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('money', 'share', 'count', 'compute', 'ratio')),
  unit     TEXT NOT NULL                     -- default unit: 'CNY', 'USD', '%', 'units', 'EFLOPS', 'x'
);

CREATE TABLE observations (
  id        INTEGER PRIMARY KEY,
  vendor_id INTEGER REFERENCES vendors (id),
  scope_id  INTEGER REFERENCES scopes (id),
  metric_id INTEGER NOT NULL REFERENCES metrics (id),
  period    TEXT NOT NULL,
  value     REAL NOT NULL,                   -- base units: yuan, dollars, percent, units, EFLOPS
  unit      TEXT NOT NULL,
  qualifier TEXT NOT NULL DEFAULT 'exact'
            CHECK (qualifier IN ('exact', 'about', 'more-than', 'less-than')),
  status    TEXT NOT NULL DEFAULT 'reported'
            CHECK (status IN ('reported', 'forecast', 'estimate')),
  doubtful  INTEGER NOT NULL DEFAULT 0 CHECK (doubtful IN (0, 1)),
  source_id INTEGER NOT NULL REFERENCES sources (id),
  quote     TEXT NOT NULL,                   -- the sentence, verbatim from the source
  note      TEXT NOT NULL DEFAULT '',
  CHECK ((vendor_id IS NULL) <> (scope_id IS NULL))
);
CREATE INDEX observations_vendor ON observations (vendor_id, metric_id, period);
CREATE INDEX observations_scope ON observations (scope_id, metric_id, period);
CREATE INDEX observations_metric ON observations (metric_id, period);

CREATE TABLE events (
  id        INTEGER PRIMARY KEY,
  date      TEXT NOT NULL,                   -- period text: its form is its precision
  category  TEXT NOT NULL
            CHECK (category IN ('export-control', 'capital', 'm-and-a', 'product', 'market',
                                'statement')),
  title     TEXT NOT NULL,
  title_zh  TEXT NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources (id),
  quote     TEXT NOT NULL,
  note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_date ON events (date);

CREATE TABLE event_vendors (
  event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  vendor_id INTEGER NOT NULL REFERENCES vendors (id),
  PRIMARY KEY (event_id, vendor_id)
) WITHOUT ROWID;
CREATE INDEX event_vendors_vendor ON event_vendors (vendor_id);

-- Who a vendor deals with, as the sources say: customers, suppliers, foundries, owners.
CREATE TABLE relations (
  id        INTEGER PRIMARY KEY,
  vendor_id INTEGER NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
  other_id  INTEGER NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
  kind      TEXT NOT NULL CHECK (kind IN ('customer', 'supplier', 'foundry', 'shareholder',
                                          'acquisition-target', 'competitor')),
  period    TEXT NOT NULL DEFAULT '',        -- when the source says it held, if it does
  detail    TEXT NOT NULL DEFAULT '',        -- e.g. 'largest customer in 2024'
  source_id INTEGER NOT NULL REFERENCES sources (id),
  quote     TEXT NOT NULL
);

CREATE TABLE saved_charts (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,
  spec     TEXT NOT NULL,                    -- JSON chart spec (see the chart engine)
  builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  created  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  modified TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE decks (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE deck_slides (
  deck_id  INTEGER NOT NULL REFERENCES decks (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  chart_id INTEGER REFERENCES saved_charts (id) ON DELETE CASCADE,
  timeline_range TEXT,                       -- 'FROM/TO' period texts when the slide is the timeline
  PRIMARY KEY (deck_id, position),
  CHECK ((chart_id IS NULL) <> (timeline_range IS NULL))
) WITHOUT ROWID;
