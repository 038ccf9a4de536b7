-- The matching index kept current on every node (issue #5 item 8).
-- match_subjects gives each person file and offer a stable number: the engine's id, so that ties
-- are broken the same way on every node and after every restart.
-- match_changes is the change table: a row per write to a person file, its diplomas or an offer
-- (an offer's skills are written with its row), written by triggers (no write path can forget it). Each node reads the rows after the last one
-- it has seen and reloads those subjects; rows older than a day are deleted. Sequence numbers
-- may commit out of order here: readers look back over the last rows (matches/match_store.h).
CREATE TABLE match_subjects (
  number BIGSERIAL PRIMARY KEY,
  kind VARCHAR(8) NOT NULL CHECK (kind IN ('person', 'offer', 'company')),
  subject_id VARCHAR(40) NOT NULL,
  UNIQUE (kind, subject_id)
);
CREATE TABLE match_changes (
  seq BIGSERIAL PRIMARY KEY,
  kind VARCHAR(8) NOT NULL CHECK (kind IN ('person', 'offer')),
  subject_id VARCHAR(40) NOT NULL,
  changed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX match_changes_at ON match_changes (changed_at);
CREATE FUNCTION match_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO match_changes (kind, subject_id) VALUES (TG_ARGV[0], OLD.id);
  ELSE
    INSERT INTO match_changes (kind, subject_id) VALUES (TG_ARGV[0], NEW.id);
  END IF;
  RETURN NULL;
END
$$;
CREATE FUNCTION match_change_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO match_changes (kind, subject_id)
      VALUES (TG_ARGV[0], to_jsonb(OLD) ->> TG_ARGV[1]);
  ELSE
    INSERT INTO match_changes (kind, subject_id)
      VALUES (TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[1]);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER people_match AFTER INSERT OR UPDATE OR DELETE ON people
  FOR EACH ROW EXECUTE FUNCTION match_change('person');
CREATE TRIGGER diplomas_match AFTER INSERT OR UPDATE OR DELETE ON person_diplomas
  FOR EACH ROW EXECUTE FUNCTION match_change_child('person', 'person_id');
CREATE TRIGGER offers_match AFTER INSERT OR UPDATE OR DELETE ON offers
  FOR EACH ROW EXECUTE FUNCTION match_change('offer');
