// api-overview: the actors of the whole map ranked by how connected they are under the filters, most connected first;
// $kinds restricts both ends; the edges themselves come from api-edges with $within set to the kept actors.
CALL () {
  MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor)
  WHERE 'MET' IN $types AND a <> b
    AND ($from IS NULL OR m.date >= date($from))
    AND ($to IS NULL OR m.date <= date($to))
    AND ($minConfidence IS NULL OR EXISTS { (m)-[rep:REPORTED_IN]->(:Article) WHERE rep.confidence >= $minConfidence })
  RETURN a, b
  UNION ALL
  MATCH (a:Actor)-[r:BACKS|OPPOSES]-(b:Actor)
  WHERE type(r) IN $types AND a <> b
    AND ($from IS NULL OR r.date >= date($from))
    AND ($to IS NULL OR r.date <= date($to))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN a, b
}
WITH a, b
WHERE any(l IN labels(a) WHERE l IN $kinds) AND any(l IN labels(b) WHERE l IN $kinds)
WITH a, count(DISTINCT b) AS degree
RETURN a.id AS id, degree
ORDER BY degree DESC, id
