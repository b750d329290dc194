-- Facts read from each page that the identity, meta-tag and policy-link indicators need.
ALTER TABLE pages ADD COLUMN meta TEXT NOT NULL DEFAULT '{}';
ALTER TABLE pages ADD COLUMN site_code TEXT NOT NULL DEFAULT '';
ALTER TABLE pages ADD COLUMN icp TEXT NOT NULL DEFAULT '';
ALTER TABLE pages ADD COLUMN psb TEXT NOT NULL DEFAULT '';
ALTER TABLE pages ADD COLUMN party_badge INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pages ADD COLUMN error_entry INTEGER NOT NULL DEFAULT 0;
