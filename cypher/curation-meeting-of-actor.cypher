// curation-meeting-of-actor: the articles reporting a meeting that $actor attended (none: not one of its meetings).
MATCH (:Actor {id: $actor})-[:ATTENDED|REJECTED_ATTENDED]->(m:Meeting {id: $meeting})-[:REPORTED_IN]->(article:Article)
RETURN collect(article.id) AS articles
