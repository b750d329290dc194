-- A deduction's points as a field (verdicts used to read them back out of the Chinese detail text).
ALTER TABLE findings ADD COLUMN points REAL NOT NULL DEFAULT 0;
UPDATE findings SET points = CAST(substr(detail, instr(detail, '扣') + 1) AS REAL)
  WHERE severity = 'deduction' AND instr(detail, '扣') > 0;
