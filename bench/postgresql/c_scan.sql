-- (c) Full scan (MATCHING.md 5.2): every person, hard filters then the whole score per row.
SELECT c.id, {{skill_sum}} + {{others}} AS score
FROM bench_match.candidate c
WHERE {{filters}}
ORDER BY score DESC, c.id
LIMIT {{k}}
