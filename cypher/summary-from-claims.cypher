// summary-from-claims: what the summaries must say, aggregated from scratch over every claim of the graph (no summary
// read), in summary-stored's shape. Checks the writer's and the curations' upkeep; too slow for a question.
CALL () {
  MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor)
  WHERE a.id < b.id
  MATCH (m)-[rep:REPORTED_IN]->(art:Article)
  WITH a, b, m, rep, art, coalesce(m.date, m.reportedOn) AS when
  ORDER BY when DESC, m.id
  RETURN 'MET' AS type, a.id AS source, b.id AS target, count(DISTINCT m) AS count, count(DISTINCT art) AS articles,
         max(rep.confidence) AS confidence, toString(min(when)) AS firstDate, toString(max(when)) AS lastDate,
         [n IN collect(DISTINCT [m.id, coalesce(toString(when), '~')])[0..$recent] | n[0]] AS recent,
         [n IN collect(DISTINCT [m.id, coalesce(toString(when), '~')])[0..$recent] | n[1]] AS recentWhen,
         a.id + '|' + b.id AS pair
  UNION ALL
  MATCH (a:Actor)-[r:BACKS|OPPOSES]->(b:Actor)
  WITH a, b, r
  ORDER BY r.date DESC, r.article
  RETURN type(r) AS type, a.id AS source, b.id AS target, count(r) AS count, count(DISTINCT r.article) AS articles,
         max(r.confidence) AS confidence, toString(min(r.date)) AS firstDate, toString(max(r.date)) AS lastDate,
         collect(r.article)[0..$recent] AS recent, collect(coalesce(toString(r.date), '~'))[0..$recent] AS recentWhen,
         CASE WHEN a.id <= b.id THEN a.id + '|' + b.id ELSE b.id + '|' + a.id END AS pair
}
RETURN type, source, target, count, articles, confidence, firstDate, lastDate, recent, recentWhen, pair
ORDER BY type, source, target
