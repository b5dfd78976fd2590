// Meetings with their source sentence and participants. A meeting reported again keeps what it knew:
// date, place and summary are only filled in, and it stays "planned" only while every report says so.
UNWIND $rows AS row
MATCH (article:Article {id: row.article})
MERGE (m:Meeting {id: row.id})
SET m.date = coalesce(CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, m.date),
    m.place = coalesce(row.place, m.place),
    m.summary = coalesce(row.summary, m.summary),
    m.planned = CASE WHEN m.planned IS NULL THEN row.planned ELSE m.planned AND row.planned END
MERGE (m)-[r:REPORTED_IN]->(article)
SET r.evidence = row.evidence, r.confidence = row.confidence, r.frame = row.frame,
    // The earliest report date places a meeting whose text gives no day ("met this week") on the timeline.
    m.reportedOn = CASE WHEN m.reportedOn IS NULL OR article.date < m.reportedOn THEN article.date ELSE m.reportedOn END
WITH m, row
UNWIND row.participants AS participant
MATCH (p:Actor {id: participant})
MERGE (p)-[:ATTENDED]->(m)
