// curation-meeting-add: a meeting the extractor missed, reported in the article the curator read it in.
MATCH (article:Article {id: $article})
MERGE (m:Meeting {id: $meeting})
SET m.date = CASE WHEN $date IS NULL THEN m.date ELSE date($date) END,
    m.place = coalesce($place, m.place),
    m.summary = coalesce(m.summary, $summary),
    m.planned = coalesce(m.planned, false),
    m.reportedOn = coalesce(m.reportedOn, article.date),
    m.addedBy = $curation
MERGE (m)-[r:REPORTED_IN]->(article)
SET r.evidence = $evidence, r.confidence = 1.0, r.frame = 'curation'
WITH m
UNWIND $participants AS participant
MATCH (p:Actor {id: participant})
MERGE (p)-[:ATTENDED]->(m)
