-- Placements (issue #8): proposals of a person for an offer, the log of every move of their state
-- machine, and the follow-ups after a hire. Codes are those of src/placements/proposal.h and
-- transitions.h (the one table of moves), contract types those of src/offers/offer.h; dates are
-- 'YYYY-MM-DD', the interview 'YYYY-MM-DDTHH:MM' in Europe/Brussels time. The CHECK constraints
-- mirror the invariants of the table: the data each state needs is present.
CREATE TABLE proposals (
  id VARCHAR(40) PRIMARY KEY,
  person_id VARCHAR(40) NOT NULL REFERENCES people(id),
  offer_id VARCHAR(40) NOT NULL REFERENCES offers(id),
  organisation_id VARCHAR(40) NOT NULL REFERENCES organisations(id),
  counsellor_id VARCHAR(40) NOT NULL REFERENCES users(id),
  pseudonym VARCHAR(40) NOT NULL,
  state VARCHAR(20) NOT NULL CHECK (state IN ('suggested', 'proposed', 'sent', 'interested',
    'declined', 'disclosed', 'interview_planned', 'interview_held', 'internship', 'pfi', 'hired',
    'not_retained', 'withdrawn', 'obsolete', 'no_answer')),
  version INTEGER NOT NULL CHECK (version >= 1),
  -- The decision record: the engine's score and explanation as the counsellor saw them.
  score DOUBLE PRECISION NULL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
  explanation TEXT NOT NULL,
  disclosed_by VARCHAR(16) NULL CHECK (disclosed_by IS NULL OR disclosed_by IN ('person',
    'counsellor')),
  consent_channel VARCHAR(16) NULL,
  disclosed_on VARCHAR(10) NULL,
  interview_at VARCHAR(16) NULL,
  interview_place VARCHAR(1200) NULL,
  internship_kind VARCHAR(16) NULL CHECK (internship_kind IS NULL OR internship_kind IN
    ('internship', 'immersion')),
  internship_start VARCHAR(10) NULL,
  internship_end VARCHAR(10) NULL,
  pfi_start VARCHAR(10) NULL,
  pfi_weeks INTEGER NULL CHECK (pfi_weeks IS NULL OR pfi_weeks BETWEEN 4 AND 52),
  pfi_min_contract_end VARCHAR(10) NULL,
  contract_type VARCHAR(32) NULL CHECK (contract_type IS NULL OR contract_type IN ('CDI', 'CDD',
    'travail_nettement_defini', 'remplacement', 'interim', 'article_60', 'article_61',
    'flexi_job', 'titres_services', 'alternance', 'student_job')),
  contract_start VARCHAR(10) NULL,
  contract_end VARCHAR(10) NULL,
  weekly_hours INTEGER NULL CHECK (weekly_hours IS NULL OR weekly_hours BETWEEN 1 AND 50),
  reason_code VARCHAR(40) NULL,
  reason_text VARCHAR(4000) NULL,
  reason_shared INTEGER NOT NULL DEFAULT 0,
  last_change VARCHAR(10) NOT NULL,
  reminder_sent INTEGER NOT NULL DEFAULT 0,
  created_by VARCHAR(40) NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  -- The identity reaches the employer only after the person's agreement for this proposal.
  CHECK (state NOT IN ('disclosed', 'interview_planned', 'interview_held', 'internship', 'pfi',
    'hired') OR (disclosed_by IS NOT NULL AND disclosed_on IS NOT NULL)),
  CHECK (disclosed_by IS NULL OR disclosed_by = 'person' OR consent_channel IS NOT NULL),
  CHECK (state <> 'interview_planned' OR (interview_at IS NOT NULL AND interview_place IS NOT
    NULL)),
  CHECK (state <> 'internship' OR (internship_kind IS NOT NULL AND internship_start IS NOT NULL
    AND internship_end IS NOT NULL)),
  CHECK (internship_end IS NULL OR internship_end >= internship_start),
  CHECK ((pfi_start IS NULL) = (pfi_weeks IS NULL)),
  CHECK ((pfi_start IS NULL) = (pfi_min_contract_end IS NULL)),
  CHECK (state <> 'pfi' OR pfi_start IS NOT NULL),
  -- A hire has its contract type, start and hours; a CDD its end.
  CHECK (state <> 'hired' OR (contract_type IS NOT NULL AND contract_start IS NOT NULL AND
    weekly_hours IS NOT NULL)),
  CHECK (contract_type IS NULL OR contract_type <> 'CDD' OR contract_end IS NOT NULL),
  CHECK (contract_end IS NULL OR contract_end >= contract_start),
  CHECK (state NOT IN ('declined', 'not_retained', 'withdrawn', 'obsolete', 'no_answer') OR
    reason_code IS NOT NULL)
);
CREATE INDEX proposals_person ON proposals (person_id, state);
CREATE INDEX proposals_offer ON proposals (offer_id, state);
CREATE INDEX proposals_organisation ON proposals (organisation_id, state);
CREATE INDEX proposals_stale ON proposals (state, last_change);
-- At most one open proposal of a person for an offer.
CREATE UNIQUE INDEX proposals_open_pair ON proposals (person_id, offer_id) WHERE state IN
  ('suggested', 'proposed', 'sent', 'interested', 'disclosed', 'interview_planned',
  'interview_held', 'internship', 'pfi');
-- Every move: who made it and as which party, from and to which state, the reason and the data
-- it carried (JSON), and the version it produced. from_state is NULL at creation.
CREATE TABLE proposal_transitions (
  id VARCHAR(40) PRIMARY KEY,
  proposal_id VARCHAR(40) NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
  from_state VARCHAR(20) NULL,
  to_state VARCHAR(20) NOT NULL CHECK (to_state IN ('suggested', 'proposed', 'sent',
    'interested', 'declined', 'disclosed', 'interview_planned', 'interview_held', 'internship',
    'pfi', 'hired', 'not_retained', 'withdrawn', 'obsolete', 'no_answer')),
  party VARCHAR(16) NOT NULL CHECK (party IN ('counsellor', 'employer', 'candidate',
    'coordinator', 'system')),
  actor_id VARCHAR(40) NULL,
  reason VARCHAR(4000) NULL,
  data TEXT NOT NULL,
  version INTEGER NOT NULL,
  at TIMESTAMP NOT NULL
);
CREATE INDEX proposal_transitions_proposal ON proposal_transitions (proposal_id, version);
-- Follow-ups due 1, 3, 6 and 12 months after the start of a contract.
CREATE TABLE proposal_follow_ups (
  id VARCHAR(40) PRIMARY KEY,
  proposal_id VARCHAR(40) NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
  person_id VARCHAR(40) NOT NULL REFERENCES people(id),
  months INTEGER NOT NULL CHECK (months IN (1, 3, 6, 12)),
  due_on VARCHAR(10) NOT NULL,
  status VARCHAR(20) NOT NULL CHECK (status IN ('pending', 'still_employed', 'contract_changed',
    'ended')),
  contract_type VARCHAR(32) NULL,
  end_reason VARCHAR(40) NULL,
  note VARCHAR(4000) NULL,
  recorded_by VARCHAR(40) NULL,
  recorded_on VARCHAR(10) NULL,
  UNIQUE (proposal_id, months),
  CHECK (status <> 'ended' OR end_reason IS NOT NULL),
  CHECK (status <> 'contract_changed' OR contract_type IS NOT NULL),
  CHECK (status = 'pending' OR recorded_on IS NOT NULL)
);
CREATE INDEX proposal_follow_ups_due ON proposal_follow_ups (status, due_on);
CREATE INDEX proposal_follow_ups_person ON proposal_follow_ups (person_id);
