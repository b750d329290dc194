-- Hidden links (W-V1.3) read from a page's body when it was crawled, from the same parse as the
-- page's other facts, so that judging does not decompress and parse every stored body again.
-- hidden_links_read = 1: the page was read (no rows: none found); 0: read the stored body.
ALTER TABLE pages ADD COLUMN hidden_links_read INTEGER NOT NULL DEFAULT 0;
CREATE TABLE hidden_links (
  page_id INTEGER NOT NULL REFERENCES pages(id),
  url TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  how TEXT NOT NULL DEFAULT ''
);
CREATE INDEX hidden_links_page ON hidden_links(page_id);
