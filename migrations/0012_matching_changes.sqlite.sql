-- The matching index kept current on every node (issue #5 item 8).
-- match_subjects gives each person file and offer a stable number: the engine's id, so that ties
-- are broken the same way on every node and after every restart.
-- match_changes is the change table: a row per write to a person file, its diplomas or an offer
-- (an offer's skills are written with its row), written by triggers (no write path can forget it). Each node reads the rows after the last one
-- it has seen and reloads those subjects; rows older than a day are deleted.
CREATE TABLE match_subjects (
  number INTEGER PRIMARY KEY AUTOINCREMENT,
  kind VARCHAR(8) NOT NULL CHECK (kind IN ('person', 'offer', 'company')),
  subject_id VARCHAR(40) NOT NULL,
  UNIQUE (kind, subject_id)
);
CREATE TABLE match_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  kind VARCHAR(8) NOT NULL CHECK (kind IN ('person', 'offer')),
  subject_id VARCHAR(40) NOT NULL,
  changed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX match_changes_at ON match_changes (changed_at);
CREATE TRIGGER people_match_insert AFTER INSERT ON people BEGIN
  INSERT INTO match_changes (kind, subject_id) VALUES ('person', NEW.id);
END;
CREATE TRIGGER people_match_update AFTER UPDATE ON people BEGIN
  INSERT INTO match_changes (kind, subject_id) VALUES ('person', NEW.id);
END;
CREATE TRIGGER people_match_delete AFTER DELETE ON people BEGIN
  INSERT INTO match_changes (kind, subject_id) VALUES ('person', OLD.id);
END;
CREATE TRIGGER diplomas_match_insert AFTER INSERT ON person_diplomas BEGIN
  INSERT INTO match_changes (kind, subject_id) VALUES ('person', NEW.person_id);
END;
CREATE TRIGGER diplomas_match_update AFTER UPDATE ON person_diplomas BEGIN
  INSERT INTO match_changes (kind, subject_id) VALUES ('person', NEW.person_id);
END;
CREATE TRIGGER diplomas_match_delete AFTER DELETE ON person_diplomas BEGIN
  INSERT INTO match_changes (kind, subject_id) VALUES ('person', OLD.person_id);
END;
CREATE TRIGGER offers_match_insert AFTER INSERT ON offers BEGIN
  INSERT INTO match_changes (kind, subject_id) VALUES ('offer', NEW.id);
END;
CREATE TRIGGER offers_match_update AFTER UPDATE ON offers BEGIN
  INSERT INTO match_changes (kind, subject_id) VALUES ('offer', NEW.id);
END;
CREATE TRIGGER offers_match_delete AFTER DELETE ON offers BEGIN
  INSERT INTO match_changes (kind, subject_id) VALUES ('offer', OLD.id);
END;
