-- (b) intarray GIN overlap + per-row score (MATCHING.md 5.2): the GIN indexes (gin__int_ops) find
-- the people holding one of the offer's skills or macro-skills (`&&`), the hard filters and the
-- whole score are computed per row ({{skill_sum}}: one CASE per offer skill and macro-skill).
-- People sharing nothing with the offer: the same two gated branches as (a).
WITH overlap AS (
  SELECT c.id, {{skill_sum}} + {{others}} AS score
  FROM bench_match.candidate c
  WHERE (c.skills && $3::int4[] OR c.macros && $5::int4[])
    AND {{filters}}
  ORDER BY score DESC, c.id
  LIMIT {{k}}),
bound AS (SELECT count(*) AS n, min(score) AS kth FROM overlap)
SELECT id, score FROM overlap
UNION ALL
-- Sharing nothing, when only the occupation can lift them to the k-th score: people whose target
-- or past occupation earns at least kth - ({{others_max}} - {{occupation_max}}) (GIN on occupations).
SELECT c.id, {{others}} AS score
FROM bench_match.candidate c
WHERE (SELECT n = {{k}} AND kth <= {{others_max}} AND kth > {{others_max}} - {{occupation_max}} FROM bound)
  AND c.occupations && (SELECT coalesce(array_agg(i - 1), '{}')
                        FROM generate_subscripts($1::int4[], 1) AS i
                        WHERE $1[i] >= (SELECT kth FROM bound) - ({{others_max}} - {{occupation_max}}))
  AND NOT (c.skills && $3::int4[]) AND NOT (c.macros && $5::int4[])
  AND {{filters}}
UNION ALL
-- Sharing nothing, when anyone may enter: all of them.
SELECT c.id, {{others}} AS score
FROM bench_match.candidate c
WHERE (SELECT n < {{k}} OR kth <= {{others_max}} - {{occupation_max}} FROM bound)
  AND NOT (c.skills && $3::int4[]) AND NOT (c.macros && $5::int4[])
  AND {{filters}}
ORDER BY score DESC, id
LIMIT {{k}}
