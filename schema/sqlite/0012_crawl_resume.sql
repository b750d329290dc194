-- What a resumed crawl must know as the interrupted one did (issue 7): which queued URLs are a
-- form's action (a handler may fail an empty request and still exist), and the scope each site
-- gained while the run went on (the origin its homepage answers from, the folder a homepage
-- sends the browser to), in the order it was learnt.
ALTER TABLE frontier ADD COLUMN form INTEGER NOT NULL DEFAULT 0;

CREATE TABLE crawl_areas (
  run_id INTEGER NOT NULL REFERENCES crawl_runs(id),
  site_id INTEGER NOT NULL,
  url TEXT NOT NULL,
  landing INTEGER NOT NULL DEFAULT 0  -- 1: the URL the site's homepage answers from
);
CREATE INDEX crawl_areas_run ON crawl_areas(run_id);
