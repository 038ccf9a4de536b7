-- Consents and shares of the person file, and the person's own account.
-- A consent is recorded with its date, the version of the text shown and who recorded it (a
-- counsellor may record a consent given on paper); withdrawing keeps the row (proof) and dates it.
-- A share lets another organisation read the parts of the file in `scope` until `ends_on`.
ALTER TABLE people ADD COLUMN user_id VARCHAR(40) NULL REFERENCES users(id);
CREATE UNIQUE INDEX people_user ON people (user_id);
CREATE TABLE person_consents (
  id VARCHAR(40) PRIMARY KEY,
  person_id VARCHAR(40) NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind VARCHAR(32) NOT NULL CHECK (kind IN ('processing', 'employer_visibility')),
  text_version VARCHAR(16) NOT NULL,
  given_on VARCHAR(10) NOT NULL,
  on_paper INTEGER NOT NULL DEFAULT 0,
  recorded_by VARCHAR(40) NULL REFERENCES users(id),
  recorded_at TIMESTAMP NOT NULL,
  withdrawn_at TIMESTAMP NULL,
  withdrawn_by VARCHAR(40) NULL REFERENCES users(id)
);
CREATE INDEX person_consents_person ON person_consents (person_id, kind);
CREATE TABLE person_shares (
  id VARCHAR(40) PRIMARY KEY,
  person_id VARCHAR(40) NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  organisation_id VARCHAR(40) NOT NULL REFERENCES organisations(id),
  scope VARCHAR(200) NOT NULL,
  ends_on VARCHAR(10) NOT NULL,
  created_by VARCHAR(40) NULL REFERENCES users(id),
  created_at TIMESTAMP NOT NULL,
  revoked_at TIMESTAMP NULL
);
CREATE INDEX person_shares_organisation ON person_shares (organisation_id, ends_on);
CREATE INDEX person_shares_person ON person_shares (person_id);
