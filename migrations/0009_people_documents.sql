-- Documents of the person file (CV, diplomas, residence card...): the bytes live on disk outside
-- the web root under an opaque name (PRIMOWORK_DOCUMENTS_DIR); here their description and
-- SHA-256. Downloaded only through an authorised, audited route.
CREATE TABLE person_documents (
  id VARCHAR(40) PRIMARY KEY,
  person_id VARCHAR(40) NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind VARCHAR(16) NOT NULL CHECK (kind IN ('cv', 'diploma', 'residence_card', 'certificate',
                                             'other')),
  filename VARCHAR(400) NOT NULL,
  content_type VARCHAR(64) NOT NULL,
  size_bytes INTEGER NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  stored_as VARCHAR(64) NOT NULL UNIQUE,
  uploaded_by VARCHAR(40) NULL REFERENCES users(id),
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX person_documents_person ON person_documents (person_id, created_at);
