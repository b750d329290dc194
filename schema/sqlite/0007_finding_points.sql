-- A deduction's points as a field (verdicts used to read them back out of the Chinese detail text).
ALTER TABLE findings ADD COLUMN points REAL NOT NULL DEFAULT 0;
UPDATE findings SET points = CAST(substr(detail, instr(detail, '扣') + 1) AS REAL)
  WHERE severity = 'deduction' AND instr(detail, '扣') > 0;

-- A period's monitoring window when an inspection set one (the seed's was 1月28日—3月31日);
-- without a row the window is the whole quarter.
CREATE TABLE period_windows (
  period TEXT PRIMARY KEY,
  from_at INTEGER NOT NULL,
  to_at INTEGER NOT NULL
);
