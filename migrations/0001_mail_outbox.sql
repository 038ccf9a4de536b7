-- Mail waits here until the background sender (or an operator) delivers it. Keeping mail in the
-- database makes sending part of the user's transaction and lets several app nodes share it.
CREATE TABLE mail_outbox (
  id VARCHAR(40) PRIMARY KEY,
  recipient VARCHAR(320) NOT NULL,
  subject VARCHAR(300) NOT NULL,
  body_text TEXT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  sent_at TIMESTAMP NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NULL
);
CREATE INDEX mail_outbox_pending ON mail_outbox (sent_at, created_at);
