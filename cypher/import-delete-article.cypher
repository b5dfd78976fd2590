// Removes an earlier version of an article and every claim read from it, before its new version is written.
// Actors stay: they are shared with other articles.
// 1. Meetings reported only in this article (a meeting also reported elsewhere keeps its other sources).
MATCH (m:Meeting)-[:REPORTED_IN]->(:Article {id: $article})
WHERE NOT EXISTS { (m)-[:REPORTED_IN]->(other:Article) WHERE other.id <> $article }
DETACH DELETE m;
// 2. Stances carry their article's id; one UNION branch per type so each uses its relationship index.
CALL () {
  MATCH ()-[r:BACKS]->() WHERE r.article = $article RETURN r
  UNION
  MATCH ()-[r:OPPOSES]->() WHERE r.article = $article RETURN r
}
DELETE r;
// 3. The article with its MENTIONED_IN and any REPORTED_IN left; meetings that other articles also report take
//    their earliest remaining report date.
MATCH (old:Article {id: $article})
OPTIONAL MATCH (shared:Meeting)-[:REPORTED_IN]->(old)
WITH old, collect(shared) AS shared
DETACH DELETE old
WITH shared
UNWIND shared AS m
SET m.reportedOn = COLLECT { MATCH (m)-[:REPORTED_IN]->(other:Article) WHERE other.date IS NOT NULL RETURN other.date ORDER BY other.date LIMIT 1 }[0];
