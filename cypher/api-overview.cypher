// api-overview: the actors of the whole map, most connected first: ranked by the meetings they attended with someone
// plus the stances they hold or receive, under the filters; $kinds restricts the actors; $limit + 1 rows say whether
// the map was cut. $unfiltered (no dates, confidence, kinds or types given) lets Neo4j read stored degrees instead of
// walking every relationship (10,000 actors, 110,000 relationships: about 0.4 s instead of 1.4 s on a busy laptop).
// A meeting without a date of its own is placed at reportedOn, the date of the first article that reports it ("met this week").
MATCH (a:Actor)
WHERE any(l IN labels(a) WHERE l IN $kinds)
WITH a,
     CASE
       WHEN $unfiltered THEN COUNT { (a)-[:ATTENDED]->() }
       WHEN 'MET' IN $types THEN COUNT {
         (a)-[:ATTENDED]->(m:Meeting)
         WHERE ($from IS NULL OR coalesce(m.date, m.reportedOn) >= date($from))
           AND ($to IS NULL OR coalesce(m.date, m.reportedOn) <= date($to))
           AND ($minConfidence IS NULL OR EXISTS { (m)-[rep:REPORTED_IN]->(:Article) WHERE rep.confidence >= $minConfidence })
           AND EXISTS { (m)<-[:ATTENDED]-(other:Actor) WHERE other <> a AND any(l IN labels(other) WHERE l IN $kinds) }
       }
       ELSE 0
     END AS met,
     CASE
       WHEN $unfiltered THEN COUNT { (a)-[:BACKS|OPPOSES]-() }
       ELSE COUNT {
         (a)-[r:BACKS|OPPOSES]-(other:Actor)
         WHERE type(r) IN $types AND other <> a
           AND any(l IN labels(other) WHERE l IN $kinds)
           AND ($from IS NULL OR r.date >= date($from))
           AND ($to IS NULL OR r.date <= date($to))
           AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
       }
     END AS stances
WITH a, met + stances AS degree
WHERE degree > 0
RETURN a.id AS id, degree
ORDER BY degree DESC, id
LIMIT $limit + 1
