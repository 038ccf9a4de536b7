-- The people of `primowork bench match` in PostgreSQL (MATCHING.md 5.2), as the engine stores them
-- (src/matching/profile_record.h): run by `primowork bench match --postgresql URL` before COPY.
-- The language_columns placeholder becomes one `lang_xx smallint NOT NULL` column per language
-- the people speak (CEFR level 1..6, 0 when not spoken).
CREATE EXTENSION IF NOT EXISTS intarray;
DROP SCHEMA IF EXISTS bench_match CASCADE;
CREATE SCHEMA bench_match;
-- autovacuum off: the load VACUUMs itself, and an automatic ANALYZE running meanwhile would keep
-- that VACUUM from marking the pages all-visible (index-only scans would then visit the heap).
CREATE TABLE bench_match.place (
  id int NOT NULL,    -- the index used by candidate.place and by the per-offer distance array
  lat float4 NOT NULL,
  lon float4 NOT NULL
) WITH (autovacuum_enabled = off);
CREATE TABLE bench_match.candidate (
  id int NOT NULL,
  place int NOT NULL,
  max_km smallint NOT NULL,
  licences smallint NOT NULL,            -- Licence bits
  access smallint NOT NULL,              -- 0 none, 1 limited (one employer and occupation), 2 unlimited
  limited_employer int NOT NULL,
  limited_occupation int NOT NULL,
  excluded smallint NOT NULL,            -- Schedule bits the person cannot work
  contracts smallint NOT NULL,           -- Contract bits accepted
  part_time_only bool NOT NULL,
  {{language_columns}}
  recognised int[] NOT NULL,             -- regulated occupations with a recognised diploma
  occupations int[] NOT NULL,            -- targets, then past occupations
  skills int[] NOT NULL,                 -- sorted, unique
  macros int[] NOT NULL                  -- macro-skills of those skills, sorted, unique
) WITH (autovacuum_enabled = off);
-- Postings: one row per (skill, person), loaded in that order (clustered by skill).
CREATE TABLE bench_match.candidate_skill (skill_id int NOT NULL, candidate_id int NOT NULL)
  WITH (autovacuum_enabled = off);
CREATE TABLE bench_match.candidate_macro (macro_id int NOT NULL, candidate_id int NOT NULL)
  WITH (autovacuum_enabled = off);
