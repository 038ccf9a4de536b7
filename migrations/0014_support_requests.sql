-- Requests for support sent to the coordination (issue #7, the intercultural kit): an employer,
-- logged in or not, asks for help (welcoming a newcomer, mediation, a legal question, French at
-- work, other) and a coordinator marks the request handled with a note. Codes are those of
-- src/support/support_request.h. A request is open until handled; a handled request keeps who
-- handled it, when, and the note.
CREATE TABLE support_requests (
  id VARCHAR(40) PRIMARY KEY,
  topic VARCHAR(16) NOT NULL CHECK (topic IN ('onboarding', 'mediation', 'legal', 'language',
    'other')),
  message VARCHAR(16000) NOT NULL,
  email VARCHAR(320) NOT NULL,
  source VARCHAR(64) NULL,
  requester_id VARCHAR(40) NULL REFERENCES users(id),
  company_id VARCHAR(40) NULL REFERENCES companies(id),
  status VARCHAR(16) NOT NULL CHECK (status IN ('open', 'handled')),
  handled_note VARCHAR(8000) NULL,
  handled_by VARCHAR(40) NULL REFERENCES users(id),
  handled_at TIMESTAMP NULL,
  created_at TIMESTAMP NOT NULL,
  CHECK ((status = 'handled') = (handled_at IS NOT NULL AND handled_note IS NOT NULL))
);
CREATE INDEX support_requests_status ON support_requests (status, created_at);
