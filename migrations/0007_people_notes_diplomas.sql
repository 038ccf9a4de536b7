-- Notes of the person file (a sensitive note is stored sealed: libsodium secretbox under the key
-- derived from PRIMOWORK_SECRET, and only the owning organisation reads it) and diplomas with the
-- equivalence workflow of the Fédération Wallonie-Bruxelles (DOMAIN.md 2).
CREATE TABLE person_notes (
  id VARCHAR(40) PRIMARY KEY,
  person_id VARCHAR(40) NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  author_id VARCHAR(40) NULL REFERENCES users(id),
  sensitive INTEGER NOT NULL DEFAULT 0,
  body TEXT NULL,
  sealed TEXT NULL,
  created_at TIMESTAMP NOT NULL,
  CHECK ((sensitive = 1 AND sealed IS NOT NULL AND body IS NULL) OR
         (sensitive = 0 AND body IS NOT NULL AND sealed IS NULL))
);
CREATE INDEX person_notes_person ON person_notes (person_id, created_at);
CREATE TABLE person_diplomas (
  id VARCHAR(40) PRIMARY KEY,
  person_id VARCHAR(40) NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  title VARCHAR(800) NOT NULL,
  country VARCHAR(200) NOT NULL,
  level VARCHAR(16) NOT NULL CHECK (level IN ('primary', 'secondary', 'vocational', 'bachelor',
                                               'master', 'doctorate')),
  field VARCHAR(800) NULL,
  status VARCHAR(16) NOT NULL CHECK (status IN ('not_requested', 'file_submitted', 'pending',
                                                 'decided')),
  decision VARCHAR(24) NULL CHECK (decision IS NULL OR decision IN ('specific_grade', 'level',
                                                                     'refused', 'provisional')),
  submitted_on VARCHAR(10) NULL,
  decided_on VARCHAR(10) NULL,
  fee_cents INTEGER NULL CHECK (fee_cents IS NULL OR fee_cents BETWEEN 0 AND 100000),
  equivalent_title VARCHAR(800) NULL,
  opens_occupation VARCHAR(16) NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CHECK (status <> 'decided' OR decision IS NOT NULL)
);
CREATE INDEX person_diplomas_person ON person_diplomas (person_id);
