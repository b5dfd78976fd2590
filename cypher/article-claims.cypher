// article-claims: the meetings and stances in force that one article states, for its reader (rejected ones left out).
MATCH (a:Article {id: $id})
CALL {
  WITH a
  MATCH (m:Meeting)-[r:REPORTED_IN]->(a)
  WHERE EXISTS { (:Actor)-[:ATTENDED]->(m) }
  RETURN 'MEETING' AS kind, coalesce(m.summary, 'Meeting') AS summary, r.evidence AS evidence
  UNION ALL
  WITH a
  MATCH (x:Actor)-[s:BACKS|OPPOSES]->(y:Actor)
  WHERE s.article = a.id
  RETURN
    type(s) AS kind,
    x.name + CASE type(s) WHEN 'BACKS' THEN ' backs ' ELSE ' opposes ' END + y.name AS summary,
    s.evidence AS evidence
}
RETURN kind, summary, evidence
ORDER BY kind, summary
LIMIT $limit
