-- What each read of an account's source said, for the registry self-check (N-M8) and the
-- interaction indicator (N-V3): the HTTP status, where redirects ended, the source's own name of
-- the account, a closure or migration notice it showed, and how many posts offered comments.
ALTER TABLE feed_fetches ADD COLUMN url TEXT NOT NULL DEFAULT '';
ALTER TABLE feed_fetches ADD COLUMN http_status INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feed_fetches ADD COLUMN final_url TEXT NOT NULL DEFAULT '';
ALTER TABLE feed_fetches ADD COLUMN feed_title TEXT NOT NULL DEFAULT '';
ALTER TABLE feed_fetches ADD COLUMN closed_marker TEXT NOT NULL DEFAULT '';
ALTER TABLE feed_fetches ADD COLUMN interactive_posts INTEGER NOT NULL DEFAULT -1;
CREATE INDEX feed_fetches_account_at ON feed_fetches(account_id, at);
-- The registry's 互动功能 column (1 yes, 0 no, NULL not stated).
ALTER TABLE accounts ADD COLUMN interaction INTEGER;
