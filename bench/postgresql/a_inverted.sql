-- (a) Inverted aggregation (MATCHING.md 5.2): the offer's skills and macro-skills with their gain
-- JOIN the postings, GROUP BY person, SUM; then JOIN candidate for the hard filters and the other
-- components; ORDER BY score DESC, id LIMIT k.
--
-- People sharing no skill and no macro-skill with the offer are not in the postings, yet they can
-- rank: their skill points are 0 and every other component can still give up to {{others_max}}
-- units. Two more branches add them, each behind a one-time filter on the first branch's k-th
-- score `kth` (the engine's bounds, so the result is exact): none when kth > {{others_max}}; only
-- people whose occupation alone could reach kth (GIN on occupations) when the other components
-- cannot ({{others_max}} - {{occupation_max}} < kth); all of them otherwise, or when the first
-- branch has fewer than k rows. Parameters and fragments: see README.md.
WITH overlap AS (
  SELECT c.id, g.points + {{others}} AS score
  FROM (SELECT p.candidate_id, sum(p.gain)::int AS points
        FROM (SELECT cs.candidate_id, q.gain
              FROM unnest($3::int4[], $4::int4[]) AS q(skill_id, gain)
              JOIN bench_match.candidate_skill cs ON cs.skill_id = q.skill_id
              UNION ALL
              SELECT cm.candidate_id, q.gain
              FROM unnest($5::int4[], $6::int4[]) AS q(macro_id, gain)
              JOIN bench_match.candidate_macro cm ON cm.macro_id = q.macro_id) AS p
        GROUP BY p.candidate_id) AS g
  JOIN bench_match.candidate c ON c.id = g.candidate_id
  WHERE {{filters}}
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
