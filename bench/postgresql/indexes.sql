-- After COPY (each statement is timed separately).
ALTER TABLE bench_match.place ADD PRIMARY KEY (id);
ALTER TABLE bench_match.candidate ADD PRIMARY KEY (id);
ALTER TABLE bench_match.candidate_skill ADD PRIMARY KEY (skill_id, candidate_id);
ALTER TABLE bench_match.candidate_macro ADD PRIMARY KEY (macro_id, candidate_id);
CREATE INDEX candidate_skills_gin ON bench_match.candidate USING gin (skills gin__int_ops);
CREATE INDEX candidate_macros_gin ON bench_match.candidate USING gin (macros gin__int_ops);
CREATE INDEX candidate_occupations_gin ON bench_match.candidate USING gin (occupations gin__int_ops);
VACUUM (ANALYZE) bench_match.place;
VACUUM (ANALYZE) bench_match.candidate;
VACUUM (ANALYZE) bench_match.candidate_skill;
VACUUM (ANALYZE) bench_match.candidate_macro;
