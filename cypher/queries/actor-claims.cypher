// title: Everything said about an actor
// description: Every stance toward or from an actor and every meeting it attended, one row per claim, with the article it comes from.
// params: actor:string=country:KP, limit:int=500
MATCH (a:Actor {id: $actor})
CALL (a) {
  MATCH (a)-[r:BACKS|OPPOSES]-(other:Actor)
  RETURN type(r) + CASE WHEN startNode(r) = a THEN ' (by it)' ELSE ' (toward it)' END AS claim, other.name AS counterpart,
         toString(r.date) AS date, r.evidence AS evidence, r.article AS article
  UNION ALL
  MATCH (a)-[:ATTENDED]->(m:Meeting)-[rep:REPORTED_IN]->(art:Article)
  RETURN 'MET' AS claim, m.place AS counterpart, toString(m.date) AS date, rep.evidence AS evidence, art.id AS article
}
RETURN claim, counterpart, date, evidence, article
ORDER BY date DESC
LIMIT $limit
