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
// 3. The article with its MENTIONED_IN and any REPORTED_IN left.
MATCH (old:Article {id: $article})
DETACH DELETE old;
