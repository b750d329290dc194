-- A page's links as one compressed record (store/link_codec) instead of a row per link: the links
-- table was a crawl's largest write and a judgement's largest read. Pages stored before keep
-- their rows in links, which the store still reads when a page has no page_links record.
CREATE TABLE page_links (
  page_id INTEGER PRIMARY KEY REFERENCES pages(id),
  count INTEGER NOT NULL,
  data BLOB NOT NULL
);
