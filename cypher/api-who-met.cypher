// api-who-met: everyone who attended a meeting with $actor, most shared meetings first, at most $limit counterparts and
// their $meetingLimit latest meetings each, with participants and their $evidenceLimit newest reports; meetingCount is the uncut number.
// Counterparts and counts come from the MET_WITH summaries the writer keeps, the meetings from their `recent` ids
// (newest first, by date, else reportedOn); only those meetings are read. Without a time filter (api-who-met-claims).
MATCH (a:Actor {id: $actor})-[s:MET_WITH]-(other:Actor)
WITH other, s
ORDER BY s.meetings DESC, coalesce(other.name, other.id)
LIMIT $limit
UNWIND range(0, size(s.recent[0..$meetingLimit]) - 1) AS position
MATCH (m:Meeting {id: s.recent[position]})
WITH other, s.meetings AS meetingCount, position, m
CALL (m) {
  MATCH (p:Actor)-[:ATTENDED]->(m)
  RETURN collect({id: p.id, kind: [l IN labels(p) WHERE l IN ['Country', 'Official', 'Organization']][0], name: coalesce(p.name, p.id),
                  country: coalesce(p.country, p.code), title: p.title}) AS participants
}
CALL (m) {
  // The newest $evidenceLimit reports, undated last; evidenceCount is the uncut number (hundreds for a summit).
  OPTIONAL MATCH (m)-[rep:REPORTED_IN]->(art:Article)
  WITH m, rep, art
  ORDER BY art.date IS NULL, art.date DESC, art.id
  WITH m, [e IN collect(CASE WHEN art IS NULL THEN null ELSE
            {articleId: art.id, articleTitle: art.title, file: coalesce(art.file, art.url), publisher: art.publisher,
             date: toString(coalesce(m.date, art.date)), sentence: rep.evidence, confidence: rep.confidence,
             meetingId: m.id, place: m.place, claim: 'meeting|' + m.id} END) WHERE e IS NOT NULL] AS reports
  RETURN reports[0..$evidenceLimit] AS evidence, size(reports) AS evidenceCount
}
WITH other, meetingCount, position, m, participants, evidence, evidenceCount
ORDER BY position
WITH other, meetingCount, collect({id: m.id, date: toString(m.date), place: m.place, planned: coalesce(m.planned, false),
                                   participants: participants, evidence: evidence,
                                   evidenceCount: evidenceCount}) AS meetings
RETURN {id: other.id, kind: [l IN labels(other) WHERE l IN ['Country', 'Official', 'Organization']][0], name: coalesce(other.name, other.id),
        country: coalesce(other.country, other.code), title: other.title} AS actor,
       meetingCount,
       meetings
ORDER BY meetingCount DESC, actor.name
