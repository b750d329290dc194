-- The address a site's pages answered from, kept with the run (issue 7): a resumed crawl checks
-- the site's links to other hosts as links from that address (a public site's links into private
-- address space are not requested) even when it fetches none of the site's pages itself.
-- A row with an address brings no URL.
ALTER TABLE crawl_areas ADD COLUMN address TEXT NOT NULL DEFAULT '';
