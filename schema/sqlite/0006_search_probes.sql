-- Site-search probes (P-11 / W-D4.1): the search form found on a site's homepage and what a GET
-- query for the title of a recent article returned.
CREATE TABLE search_probes (
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL,
  at INTEGER NOT NULL,
  form_found INTEGER NOT NULL DEFAULT 0,
  form_url TEXT NOT NULL DEFAULT '',
  query TEXT NOT NULL DEFAULT '',
  target_url TEXT NOT NULL DEFAULT '',
  result_url TEXT NOT NULL DEFAULT '',
  http_status INTEGER NOT NULL DEFAULT 0,
  error TEXT NOT NULL DEFAULT '',
  found INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX search_probes_site_time ON search_probes(site_id, at);
