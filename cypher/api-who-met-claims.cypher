// api-who-met-claims: api-who-met under a time filter, from the claims: everyone who attended a meeting with $actor, most shared meetings first, at most $limit counterparts and
// their $meetingLimit latest meetings each, with participants and their $evidenceLimit newest reports; meetingCount is the uncut number.
// A meeting without a date of its own is placed at reportedOn, the date of the first article that reports it ("met this week").
// Participants and evidence are read only for the meetings kept: a hub (the U.S.) has tens of thousands.
MATCH (a:Actor {id: $actor})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other:Actor)
WHERE other <> a
WITH other, m, coalesce(m.date, m.reportedOn) AS when
WHERE ($from IS NULL OR when >= date($from))
  AND ($to IS NULL OR when <= date($to))
WITH other, m, when
ORDER BY when DESC
WITH other, collect(m) AS shared
ORDER BY size(shared) DESC, coalesce(other.name, other.id)
LIMIT $limit
UNWIND range(0, size(shared[0..$meetingLimit]) - 1) AS position
WITH other, size(shared) AS meetingCount, position, shared[position] AS m
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
