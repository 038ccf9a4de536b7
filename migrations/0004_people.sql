-- The person file (dossier) and its journey: one row per person followed by an organisation,
-- their languages, past jobs, skills and target occupations, the log of stage changes and the
-- action plan. Codes are those of src/people/person.h (DOMAIN.md 1-4); dates are 'YYYY-MM-DD'.
-- No column for nationality, origin, religion, health or family situation.
CREATE TABLE people (
  id VARCHAR(40) PRIMARY KEY,
  organisation_id VARCHAR(40) NOT NULL REFERENCES organisations(id),
  referent_id VARCHAR(40) NULL REFERENCES users(id),
  given_name VARCHAR(400) NOT NULL,
  family_name VARCHAR(400) NOT NULL,
  birth_date VARCHAR(10) NULL,
  preferred_language VARCHAR(8) NOT NULL,
  phone VARCHAR(120) NULL,
  email VARCHAR(320) NULL,
  postcode VARCHAR(8) NOT NULL,
  max_km INTEGER NOT NULL CHECK (max_km BETWEEN 0 AND 200),
  licences VARCHAR(64) NOT NULL DEFAULT '',
  licence_origin VARCHAR(8) NULL,
  exchange_status VARCHAR(16) NULL,
  vehicle INTEGER NOT NULL DEFAULT 0,
  residence_status VARCHAR(40) NULL,
  document_type VARCHAR(40) NULL,
  document_expiry VARCHAR(10) NULL,
  access VARCHAR(12) NOT NULL CHECK (access IN ('unlimited', 'limited', 'none')),
  limited_reason VARCHAR(40) NULL,
  authorised_employer VARCHAR(800) NULL,
  authorised_function VARCHAR(800) NULL,
  asylum_application_date VARCHAR(10) NULL,
  verified_by VARCHAR(400) NULL,
  verified_on VARCHAR(10) NULL,
  former_profession_inaccessible VARCHAR(16) NULL,
  no_nights INTEGER NOT NULL DEFAULT 0,
  no_weekends INTEGER NOT NULL DEFAULT 0,
  part_time_only INTEGER NOT NULL DEFAULT 0,
  stage VARCHAR(16) NOT NULL CHECK (stage IN ('orientation', 'project', 'training', 'job_ready',
                                              'placement', 'employed', 'follow_up', 'closed')),
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CHECK (access = 'limited' OR limited_reason IS NULL),
  CHECK (document_type IS NULL OR document_expiry IS NOT NULL)
);
CREATE INDEX people_organisation ON people (organisation_id, stage);
CREATE INDEX people_names ON people (family_name, given_name);
CREATE TABLE person_languages (
  person_id VARCHAR(40) NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  language VARCHAR(8) NOT NULL,
  overall VARCHAR(2) NULL,
  listening VARCHAR(2) NULL,
  reading VARCHAR(2) NULL,
  speaking VARCHAR(2) NULL,
  writing VARCHAR(2) NULL,
  PRIMARY KEY (person_id, language)
);
CREATE TABLE person_past_jobs (
  person_id VARCHAR(40) NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  occupation VARCHAR(16) NOT NULL,
  years INTEGER NOT NULL CHECK (years BETWEEN 0 AND 50),
  place VARCHAR(800) NULL,
  PRIMARY KEY (person_id, position)
);
CREATE TABLE person_skills (
  person_id VARCHAR(40) NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  skill VARCHAR(40) NOT NULL,
  validated INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (person_id, skill)
);
CREATE TABLE person_targets (
  person_id VARCHAR(40) NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  occupation VARCHAR(16) NOT NULL,
  PRIMARY KEY (person_id, position)
);
-- Every stage change, with who made it and when (the journey).
CREATE TABLE person_stage_log (
  id VARCHAR(40) PRIMARY KEY,
  person_id VARCHAR(40) NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  from_stage VARCHAR(16) NULL,
  to_stage VARCHAR(16) NOT NULL,
  actor_id VARCHAR(40) NULL,
  at TIMESTAMP NOT NULL
);
CREATE INDEX person_stage_log_person ON person_stage_log (person_id, at);
-- The action plan: tasks with a due date and an owner.
CREATE TABLE person_tasks (
  id VARCHAR(40) PRIMARY KEY,
  person_id VARCHAR(40) NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  title VARCHAR(800) NOT NULL,
  due VARCHAR(10) NULL,
  owner_id VARCHAR(40) NULL REFERENCES users(id),
  done_at TIMESTAMP NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX person_tasks_person ON person_tasks (person_id, done_at, due);
