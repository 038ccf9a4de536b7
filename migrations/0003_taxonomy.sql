-- Taxonomy versions: each import keeps a snapshot (the JSON format of data/taxonomy/README.md);
-- one version per family (ROME, ESCO) is active and loaded in memory by every app node.
-- Other tables refer to occupations and skills by their stable codes, never by version.
CREATE TABLE taxonomy_versions (
  id VARCHAR(40) PRIMARY KEY,
  family VARCHAR(16) NOT NULL CHECK (family IN ('rome', 'esco')),
  name VARCHAR(200) NOT NULL,
  source VARCHAR(300) NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  active INTEGER NOT NULL DEFAULT 0,
  occupations INTEGER NOT NULL,
  skills INTEGER NOT NULL,
  links INTEGER NOT NULL,
  snapshot TEXT NOT NULL
);
CREATE INDEX taxonomy_versions_family ON taxonomy_versions (family, active);
