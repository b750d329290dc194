-- The statistical typo tier's queue (issue 4, textchecks §4.4): it runs behind the crawl within a
-- time budget, and what it found in a page text is kept under the text's hash and the model that
-- read it, so an unchanged text is never read twice and the next run goes on where the budget
-- ran out.
CREATE TABLE typo_scans (
  text_hash TEXT NOT NULL,
  model TEXT NOT NULL,         -- knowledge-base version and language model of the scan
  scanned_at INTEGER NOT NULL,
  findings TEXT NOT NULL,      -- JSON array of the tier's findings in the text
  PRIMARY KEY (text_hash, model)
) WITHOUT ROWID;
