// title: Who met whom in a period
// description: Every pair of actors that attended the same meeting between two dates, with how often, where and the evidence sentence.
// params: from:date=2019-01-01, to:date=2019-12-31, limit:int=200
MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor)
WHERE a.id < b.id AND m.date >= date($from) AND m.date <= date($to)
OPTIONAL MATCH (m)-[rep:REPORTED_IN]->(art:Article)
WITH a, b, m, head(collect(rep.evidence)) AS sentence
RETURN a.name AS a, b.name AS b, count(m) AS meetings, collect(DISTINCT m.place) AS places,
       toString(min(m.date)) AS first, toString(max(m.date)) AS last, head(collect(sentence)) AS evidence,
       a.id AS aId, b.id AS bId, collect(m)[0] AS meeting
ORDER BY meetings DESC, first
LIMIT $limit
