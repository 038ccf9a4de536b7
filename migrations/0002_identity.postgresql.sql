-- Identity and access: organisations, users and memberships, sessions, login throttling,
-- invitations, password resets, second factor, API tokens, and the append-only audit log.
CREATE TABLE organisations (
  id VARCHAR(40) PRIMARY KEY,
  kind VARCHAR(24) NOT NULL CHECK (kind IN ('platform', 'coordination', 'integration_operator', 'company')),
  name VARCHAR(200) NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL
);
CREATE TABLE users (
  id VARCHAR(40) PRIMARY KEY,
  login VARCHAR(320) NOT NULL UNIQUE,
  email VARCHAR(320) NULL UNIQUE,
  display_name VARCHAR(200) NOT NULL,
  role VARCHAR(16) NOT NULL CHECK (role IN ('admin', 'coordinator', 'counsellor', 'employer', 'candidate')),
  password_hash VARCHAR(255) NULL,
  language VARCHAR(8) NULL,
  totp_secret TEXT NULL,
  totp_last_step BIGINT NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TIMESTAMP NOT NULL,
  password_changed_at TIMESTAMP NULL
);
CREATE TABLE memberships (
  user_id VARCHAR(40) NOT NULL REFERENCES users(id),
  organisation_id VARCHAR(40) NOT NULL REFERENCES organisations(id),
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (user_id, organisation_id)
);
CREATE TABLE sessions (
  id_hash VARCHAR(64) PRIMARY KEY,
  user_id VARCHAR(40) NOT NULL REFERENCES users(id),
  csrf_token VARCHAR(64) NOT NULL,
  second_factor_pending INTEGER NOT NULL DEFAULT 0,
  created_at TIMESTAMP NOT NULL,
  last_seen_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  address VARCHAR(64) NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE TABLE login_failures (
  id BIGSERIAL PRIMARY KEY,
  subject VARCHAR(340) NOT NULL,
  at TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_subject ON login_failures (subject, at);
CREATE TABLE invitations (
  id VARCHAR(40) PRIMARY KEY,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  code_hash VARCHAR(64) NOT NULL UNIQUE,
  role VARCHAR(16) NOT NULL,
  organisation_id VARCHAR(40) NOT NULL REFERENCES organisations(id),
  email VARCHAR(320) NULL,
  display_name VARCHAR(200) NOT NULL,
  invited_by VARCHAR(40) NOT NULL REFERENCES users(id),
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  used_at TIMESTAMP NULL,
  used_by VARCHAR(40) NULL REFERENCES users(id)
);
CREATE TABLE password_resets (
  token_hash VARCHAR(64) PRIMARY KEY,
  user_id VARCHAR(40) NOT NULL REFERENCES users(id),
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  used_at TIMESTAMP NULL
);
CREATE TABLE recovery_codes (
  user_id VARCHAR(40) NOT NULL REFERENCES users(id),
  code_hash VARCHAR(64) NOT NULL,
  used_at TIMESTAMP NULL,
  PRIMARY KEY (user_id, code_hash)
);
CREATE TABLE api_tokens (
  id VARCHAR(40) PRIMARY KEY,
  user_id VARCHAR(40) NOT NULL REFERENCES users(id),
  name VARCHAR(100) NOT NULL,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL,
  last_used_at TIMESTAMP NULL,
  revoked_at TIMESTAMP NULL
);
CREATE TABLE audit_log (
  id BIGSERIAL PRIMARY KEY,
  at TIMESTAMP NOT NULL,
  actor_id VARCHAR(40) NULL,
  actor_label VARCHAR(340) NOT NULL,
  address VARCHAR(64) NOT NULL,
  action VARCHAR(64) NOT NULL,
  resource VARCHAR(200) NOT NULL,
  outcome VARCHAR(16) NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
-- The audit log is append-only: the database itself refuses changes and deletions.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
