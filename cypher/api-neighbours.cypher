// api-neighbours: the actors one step (MET, BACKS or OPPOSES) from the frontier $ids, strongest ties first (shared
// meetings plus stances either way), for the breadth-first expansion of neighbourhood(); read from the summaries the
// writer keeps, so a hub costs its counterparts, not its meetings. Without time or confidence filters only
// (api-neighbours-claims has them). $limit: the rows the caller can still take (the top hub has 44,000 counterparts
// at 1M claims: returning them all cost more than finding them). Summaries join actors only: b's label is not read.
MATCH (a:Actor)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]-(b)
WHERE a.id IN $ids AND a <> b
  AND CASE type(s) WHEN 'MET_WITH' THEN 'MET' WHEN 'BACKS_SUMMARY' THEN 'BACKS' ELSE 'OPPOSES' END IN $types
WITH b, sum(coalesce(s.meetings, s.claims)) AS weight
WHERE NOT b.id IN $exclude
RETURN b.id AS id, weight
ORDER BY weight DESC, id
LIMIT $limit
