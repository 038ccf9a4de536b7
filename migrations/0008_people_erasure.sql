-- Erasure (GDPR art. 17) and retention: an erased file keeps only what anonymous statistics need
-- (organisation, stage and its history, target occupations, dates); everything else is removed.
ALTER TABLE people ADD COLUMN erased_at TIMESTAMP NULL;
CREATE INDEX people_retention ON people (stage, updated_at);
