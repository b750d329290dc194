-- govwatch schema, version 1. Times are seconds since the Unix epoch (UTC); dates are 'YYYY-MM-DD'.

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  parent TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sites (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  site_code TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL,
  unit TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  has_services INTEGER NOT NULL DEFAULT 1,
  has_message_board INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX sites_code ON sites(site_code) WHERE site_code <> '';
CREATE INDEX sites_url ON sites(url);

CREATE TABLE columns (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  site_id INTEGER NOT NULL REFERENCES sites(id),
  unit TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL DEFAULT '',
  parent TEXT NOT NULL DEFAULT '',
  disclosure INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  platform TEXT NOT NULL,
  unit TEXT NOT NULL,
  account_id TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  opened_at INTEGER,
  closed_at INTEGER
);
CREATE UNIQUE INDEX accounts_key ON accounts(platform, account_id) WHERE account_id <> '';
CREATE INDEX accounts_name ON accounts(platform, name);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  message_id TEXT NOT NULL,
  site_id INTEGER NOT NULL REFERENCES sites(id),
  unit TEXT NOT NULL DEFAULT '',
  received_at INTEGER NOT NULL,
  replied_at INTEGER,
  kind TEXT NOT NULL DEFAULT '其他',
  title TEXT NOT NULL DEFAULT '',
  seen_at INTEGER NOT NULL,
  UNIQUE (site_id, message_id)
);

CREATE TABLE probes (
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL REFERENCES sites(id),
  at INTEGER NOT NULL,
  http_status INTEGER NOT NULL,
  elapsed_ms INTEGER NOT NULL,
  ok INTEGER NOT NULL,
  error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX probes_site_at ON probes(site_id, at);

-- Page bodies, compressed (zlib) and deduplicated by content hash.
CREATE TABLE bodies (
  hash TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  data BLOB NOT NULL
);

-- One row per fetch of a page: a snapshot.
CREATE TABLE pages (
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL,
  url TEXT NOT NULL,
  fetched_at INTEGER NOT NULL,
  http_status INTEGER NOT NULL,
  error TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL DEFAULT '',
  charset TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  publish_date TEXT,
  is_list INTEGER NOT NULL DEFAULT 0,
  empty_list INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pages_url_time ON pages(url, fetched_at);
CREATE INDEX pages_site_time ON pages(site_id, fetched_at);

CREATE TABLE items (
  page_id INTEGER NOT NULL REFERENCES pages(id),
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  date TEXT
);
CREATE INDEX items_page ON items(page_id);

CREATE TABLE links (
  page_id INTEGER NOT NULL REFERENCES pages(id),
  from_url TEXT NOT NULL,
  to_url TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  http_status INTEGER NOT NULL DEFAULT 0,
  error TEXT NOT NULL DEFAULT '',
  broken INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX links_page ON links(page_id);

CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  published_at INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  seen_at INTEGER NOT NULL,
  UNIQUE (account_id, url, published_at, title)
);
CREATE INDEX posts_account_time ON posts(account_id, published_at);

-- Feed fetches of accounts (a failed feed is an observation too).
CREATE TABLE feed_fetches (
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  at INTEGER NOT NULL,
  ok INTEGER NOT NULL,
  error TEXT NOT NULL DEFAULT '',
  posts INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE inspections (
  id INTEGER PRIMARY KEY,
  period TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT '实时监测',
  judged_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  period TEXT NOT NULL,
  indicator TEXT NOT NULL,
  problem TEXT NOT NULL,
  object_kind TEXT NOT NULL,
  object TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  severity TEXT NOT NULL,
  url TEXT NOT NULL DEFAULT '',
  excerpt TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '',
  suggestion TEXT NOT NULL DEFAULT '',
  snapshot_id INTEGER NOT NULL DEFAULT 0,
  seen_at INTEGER NOT NULL DEFAULT 0,
  last_seen_at INTEGER NOT NULL DEFAULT 0,
  instant INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL DEFAULT '市'
);
CREATE INDEX findings_period ON findings(period);

-- Results of other offices' checks (the province's), merged into a period.
CREATE TABLE external_findings (
  id INTEGER PRIMARY KEY,
  object TEXT NOT NULL,
  object_kind TEXT NOT NULL,
  problem TEXT NOT NULL,
  checker TEXT NOT NULL,
  checked_at INTEGER NOT NULL,
  evidence TEXT NOT NULL DEFAULT '',
  UNIQUE (object, object_kind, problem, checker, checked_at)
);
