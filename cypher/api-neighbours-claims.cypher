// api-neighbours-claims: api-neighbours under a time or confidence filter, from the claims: the actors one step (MET, BACKS or OPPOSES) from the frontier $ids,
// strongest ties first, for the breadth-first expansion of neighbourhood(); $limit rows at most, as api-neighbours.
// A meeting without a date of its own is placed at reportedOn, the date of the first article that reports it ("met this week").
CALL () {
  MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor)
  WHERE 'MET' IN $types AND a.id IN $ids AND a <> b
  WITH a, b, m, coalesce(m.date, m.reportedOn) AS when
  WHERE ($from IS NULL OR when >= date($from))
    AND ($to IS NULL OR when <= date($to))
    AND ($minConfidence IS NULL OR EXISTS { (m)-[rep:REPORTED_IN]->(:Article) WHERE rep.confidence >= $minConfidence })
  RETURN b, count(DISTINCT m) AS weight
  UNION ALL
  MATCH (a:Actor)-[r:BACKS|OPPOSES]-(b:Actor)
  WHERE type(r) IN $types AND a.id IN $ids AND a <> b
    AND ($from IS NULL OR r.date >= date($from))
    AND ($to IS NULL OR r.date <= date($to))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN b, count(r) AS weight
}
WITH b, sum(weight) AS weight
WHERE NOT b.id IN $exclude
RETURN b.id AS id, weight
ORDER BY weight DESC, id
LIMIT $limit
