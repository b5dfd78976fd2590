// summary-pairs: the actor pairs whose claims a change can touch, as [id, id]: run before the change (what it deletes or
// moves) and after it (what it writes), and the union goes to summary-refresh. $articles: the meetings they report and
// the stances they carry; $meetings: those meetings; $pairs: named as they are; $moves: [{actor, partner}], an actor a
// merge or split moves claims off or onto: each of its pairs, and the same pair with its partner (null: none).
// Rejected claims count too: a rejection or its undo changes which side of the line a claim is on.
CALL () {
  MATCH (m:Meeting)-[:REPORTED_IN]->(art:Article)
  WHERE art.id IN $articles
  RETURN m
  UNION
  MATCH (m:Meeting)
  WHERE m.id IN $meetings
  RETURN m
}
MATCH (x:Actor)-[:ATTENDED|REJECTED_ATTENDED]->(m)<-[:ATTENDED|REJECTED_ATTENDED]-(y:Actor)
WHERE x.id < y.id
RETURN [x.id, y.id] AS pair
UNION
CALL () {
  MATCH (x:Actor)-[r:BACKS]->(y:Actor)
  WHERE r.article IN $articles
  RETURN x, y
  UNION
  MATCH (x:Actor)-[r:OPPOSES]->(y:Actor)
  WHERE r.article IN $articles
  RETURN x, y
  UNION
  MATCH (x:Actor)-[r:REJECTED_BACKS|REJECTED_OPPOSES]->(y:Actor)
  WHERE r.article IN $articles
  RETURN x, y
}
RETURN [x.id, y.id] AS pair
UNION
UNWIND $pairs AS pair
RETURN pair
UNION
UNWIND $moves AS move
MATCH (x:Actor {id: move.actor})
CALL (x) {
  MATCH (x)-[:ATTENDED|REJECTED_ATTENDED]->(:Meeting)<-[:ATTENDED|REJECTED_ATTENDED]-(y:Actor)
  RETURN y
  UNION
  MATCH (x)-[:BACKS|OPPOSES|REJECTED_BACKS|REJECTED_OPPOSES|MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]-(y:Actor)
  RETURN y
}
UNWIND [end IN [x.id, move.partner] WHERE end IS NOT NULL] AS end
RETURN [end, y.id] AS pair
