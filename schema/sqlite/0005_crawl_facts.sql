-- Conditional re-crawls: the validators of the newest 200 answer of each URL, sent back as
-- If-None-Match / If-Modified-Since; a 304 answer is stored as an unchanged snapshot.
CREATE TABLE page_validators (
  url TEXT PRIMARY KEY,
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  fetched_at INTEGER NOT NULL
);

-- Links to other hosts, checked once per crawl run (HEAD, then GET when HEAD fails). `checked_at`
-- stays NULL until the check ran, so a killed crawl resumes the checks it had not made.
CREATE TABLE link_checks (
  run_id INTEGER NOT NULL REFERENCES crawl_runs(id),
  url TEXT NOT NULL,
  site_id INTEGER NOT NULL,
  checked_at INTEGER,
  http_status INTEGER NOT NULL DEFAULT 0,
  error TEXT NOT NULL DEFAULT '',
  broken INTEGER NOT NULL DEFAULT 0,
  method TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (run_id, url)
);
CREATE INDEX link_checks_url ON link_checks(url, checked_at);

-- Per-site HTTPS and IPv6 facts (P-13, P-14, W-D4.5), one row per check.
CREATE TABLE site_facts (
  site_id INTEGER NOT NULL REFERENCES sites(id),
  checked_at INTEGER NOT NULL,
  https_ok INTEGER NOT NULL DEFAULT 0,
  http_redirects_to_https INTEGER NOT NULL DEFAULT 0,
  tls_version TEXT NOT NULL DEFAULT '',
  cert_chain_valid INTEGER NOT NULL DEFAULT 0,
  cert_not_after INTEGER,
  https_error TEXT NOT NULL DEFAULT '',
  aaaa INTEGER NOT NULL DEFAULT 0,
  ipv6_ok INTEGER NOT NULL DEFAULT 0,
  ipv6_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX site_facts_site_time ON site_facts(site_id, checked_at);
