-- French courses (FLE: français langue étrangère) the person followed, as the counsellor notes
-- them ("Alpha FLE, CRIPEL, 2025 ; FLE B1 Promotion sociale, en cours").
ALTER TABLE people ADD COLUMN fle_courses VARCHAR(2000) NULL;
