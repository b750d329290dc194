-- The crawl frontier lives in the store so that a crawl resumes after a crash (kill -9) without
-- refetching what was stored, and a re-run is idempotent.
CREATE TABLE crawl_runs (
  id INTEGER PRIMARY KEY,
  started_at INTEGER NOT NULL,
  finished_at INTEGER
);

CREATE TABLE frontier (
  run_id INTEGER NOT NULL REFERENCES crawl_runs(id),
  url TEXT NOT NULL,
  site_id INTEGER NOT NULL,
  depth INTEGER NOT NULL,
  resource INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, url)
);
CREATE INDEX frontier_pending ON frontier(run_id, done);

-- robots.txt as read per site and crawl (reported, and obeyed unless a site override says not).
CREATE TABLE robots (
  site_id INTEGER NOT NULL,
  fetched_at INTEGER NOT NULL,
  http_status INTEGER NOT NULL,
  body TEXT NOT NULL DEFAULT ''
);
