-- Companies and their offers (issue #7): the company file with its vetting status and log, the
-- offers with their skills, the log of every status change, the screening flags raised before
-- publication, and the single-use links that confirm an offer posted without an account (only
-- the hash of the link's token is kept, as for password resets). Codes are those of
-- src/companies/company.h and src/offers/{offer,lifecycle,screening}.h; dates are 'YYYY-MM-DD'.
CREATE TABLE companies (
  id VARCHAR(40) PRIMARY KEY,
  organisation_id VARCHAR(40) NULL REFERENCES organisations(id),
  name VARCHAR(800) NOT NULL,
  enterprise_number VARCHAR(10) NOT NULL UNIQUE CHECK (LENGTH(enterprise_number) = 10),
  street VARCHAR(800) NULL,
  postal_code VARCHAR(4) NULL,
  commune VARCHAR(400) NULL,
  sector VARCHAR(400) NULL,
  contact_email VARCHAR(320) NULL,
  status VARCHAR(16) NOT NULL CHECK (status IN ('pending', 'approved', 'suspended')),
  status_reason VARCHAR(4000) NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX companies_status ON companies (status, created_at);
CREATE INDEX companies_organisation ON companies (organisation_id);
CREATE TABLE company_status_log (
  id VARCHAR(40) PRIMARY KEY,
  company_id VARCHAR(40) NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  from_status VARCHAR(16) NULL,
  to_status VARCHAR(16) NOT NULL,
  reason VARCHAR(4000) NULL,
  actor_id VARCHAR(40) NULL,
  at TIMESTAMP NOT NULL
);
CREATE INDEX company_status_log_company ON company_status_log (company_id, at);
CREATE TABLE offers (
  id VARCHAR(40) PRIMARY KEY,
  company_id VARCHAR(40) NOT NULL REFERENCES companies(id),
  title VARCHAR(480) NOT NULL,
  occupation_code VARCHAR(16) NOT NULL,
  postal_code VARCHAR(4) NOT NULL,
  commune VARCHAR(400) NOT NULL,
  contract VARCHAR(32) NOT NULL CHECK (contract IN ('CDI', 'CDD', 'travail_nettement_defini',
    'remplacement', 'interim', 'PFI', 'article_60', 'article_61', 'flexi_job', 'titres_services',
    'alternance', 'stage', 'student_job')),
  part_time INTEGER NOT NULL DEFAULT 0,
  hours_per_week INTEGER NOT NULL CHECK (hours_per_week BETWEEN 1 AND 50),
  schedule INTEGER NOT NULL DEFAULT 0 CHECK (schedule BETWEEN 0 AND 7),
  schedule_note VARCHAR(1200) NULL,
  start_date VARCHAR(10) NULL,
  positions INTEGER NOT NULL CHECK (positions BETWEEN 1 AND 99),
  french_level VARCHAR(2) NOT NULL CHECK (french_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
  licence VARCHAR(2) NULL CHECK (licence IS NULL OR licence IN ('B', 'BE', 'C1', 'C', 'CE', 'D1',
    'D', 'DE')),
  salary_cents INTEGER NULL CHECK (salary_cents IS NULL OR salary_cents > 0),
  salary_period VARCHAR(8) NULL CHECK (salary_period IS NULL OR salary_period IN ('hour', 'month')),
  description VARCHAR(20000) NULL,
  status VARCHAR(16) NOT NULL CHECK (status IN ('draft', 'pending_review', 'published', 'filled',
    'closed', 'expired')),
  contact_email VARCHAR(320) NULL,
  created_by VARCHAR(40) NULL,
  published_on VARCHAR(10) NULL,
  last_update VARCHAR(10) NOT NULL,
  reminder_sent INTEGER NOT NULL DEFAULT 0,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CHECK ((salary_cents IS NULL) = (salary_period IS NULL))
);
CREATE INDEX offers_company ON offers (company_id, status);
CREATE INDEX offers_status ON offers (status, occupation_code);
CREATE TABLE offer_skills (
  offer_id VARCHAR(40) NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
  skill VARCHAR(40) NOT NULL,
  PRIMARY KEY (offer_id, skill)
);
-- Every status change of an offer: the action of lifecycle.h, who took it, and the reason.
CREATE TABLE offer_status_log (
  id VARCHAR(40) PRIMARY KEY,
  offer_id VARCHAR(40) NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
  from_status VARCHAR(16) NULL,
  to_status VARCHAR(16) NOT NULL,
  action VARCHAR(16) NOT NULL,
  reason VARCHAR(4000) NULL,
  actor_id VARCHAR(40) NULL,
  at TIMESTAMP NOT NULL
);
CREATE INDEX offer_status_log_offer ON offer_status_log (offer_id, at);
-- The screening flags of the offer's current text (replaced at each screening).
CREATE TABLE offer_flags (
  offer_id VARCHAR(40) NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rule_id VARCHAR(80) NOT NULL,
  category VARCHAR(16) NOT NULL CHECK (category IN ('money', 'mother_tongue', 'nationality', 'age',
    'sex', 'salary')),
  field VARCHAR(16) NOT NULL,
  excerpt VARCHAR(800) NULL,
  minimum_cents INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (offer_id, position)
);
-- Links confirming an offer posted without an account: single use, with an expiry.
CREATE TABLE offer_confirmations (
  token_hash VARCHAR(128) PRIMARY KEY,
  offer_id VARCHAR(40) NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
  email VARCHAR(320) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  used_at TIMESTAMP NULL
);
CREATE INDEX offer_confirmations_offer ON offer_confirmations (offer_id);
