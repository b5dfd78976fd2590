// summary-refresh: recomputes the derived summaries of the actor pairs $pairs ([[id, id]], either order; [id, id] of one
// actor for a stance on itself) from their claims: MET_WITH (source: the smaller id) and BACKS_SUMMARY / OPPOSES_SUMMARY
// (from -> to). Each pair's summaries are deleted and written again, so they depend on the claims alone, never on what a
// summary said before: an import, a deleted article or any curation only has to name the pairs it touched.
// $recent: how many newest meetings (ids) or stance articles a summary lists, for the evidence of the edge it draws;
// recentWhen holds each one's sort key (its date as YYYY-MM-DD, '~' for none, which sorts first newest-first as a null
// date does), so that summary-add can merge new claims into the list without reading the ones it lists.
// pair: the two ends' ids, the smaller first, joined by '|' (ids never hold one), on every summary of the pair
// (indexed: a question or a batch finds a pair's summaries without expanding a hub).
// A pair costs the meetings of its less-met actor (a hub's pair with a minor actor reads the minor actor's meetings).
UNWIND $pairs AS pair
WITH DISTINCT CASE WHEN pair[0] <= pair[1] THEN pair[0] ELSE pair[1] END AS one,
              CASE WHEN pair[0] <= pair[1] THEN pair[1] ELSE pair[0] END AS two
MATCH (x:Actor {id: one})
MATCH (y:Actor {id: two})
CALL (x, y) {
  MATCH (x)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]-(y)
  WITH DISTINCT s
  DELETE s
}
CALL (x, y) {
  WITH x, y
  WHERE x <> y
  WITH x, y, COUNT { (x)-[:ATTENDED]->() } <= COUNT { (y)-[:ATTENDED]->() } AS xFewer
  WITH x, y, CASE WHEN xFewer THEN x ELSE y END AS fewer, CASE WHEN xFewer THEN y ELSE x END AS more
  MATCH (fewer)-[:ATTENDED]->(m:Meeting)
  WHERE EXISTS { (m)<-[:ATTENDED]-(more) }
  MATCH (m)-[rep:REPORTED_IN]->(art:Article)
  WITH x, y, m, rep, art, coalesce(m.date, m.reportedOn) AS when
  ORDER BY when DESC, m.id
  WITH x, y, count(DISTINCT m) AS meetings, count(DISTINCT art) AS articles, max(rep.confidence) AS confidence,
       min(when) AS firstDate, max(when) AS lastDate,
       collect(DISTINCT [m.id, coalesce(toString(when), '~')])[0..$recent] AS newest
  CREATE (x)-[:MET_WITH {pair: x.id + '|' + y.id, meetings: meetings, articles: articles, confidence: confidence, firstDate: firstDate,
                         lastDate: lastDate, recent: [n IN newest | n[0]], recentWhen: [n IN newest | n[1]]}]->(y)
}
CALL (x, y) {
  UNWIND CASE WHEN x = y THEN [[x, x]] ELSE [[x, y], [y, x]] END AS ends
  WITH ends[0] AS a, ends[1] AS b
  MATCH (a)-[r:BACKS|OPPOSES]->(b)
  WITH a, b, type(r) AS type, r
  ORDER BY r.date DESC, r.article
  WITH a, b, type, count(r) AS claims, count(DISTINCT r.article) AS articles, max(r.confidence) AS confidence,
       min(r.date) AS firstDate, max(r.date) AS lastDate, collect([r.article, coalesce(toString(r.date), '~')])[0..$recent] AS newest
  CREATE (a)-[s:$(type + '_SUMMARY')]->(b)
  SET s.pair = x.id + '|' + y.id, s.claims = claims, s.articles = articles, s.confidence = confidence, s.firstDate = firstDate,
      s.lastDate = lastDate, s.recent = [n IN newest | n[0]], s.recentWhen = [n IN newest | n[1]]
}
RETURN count(*) AS refreshed
