// api-actor-detail: one actor with its aliases, the officials representing it, its meetings and how many articles mention it.
MATCH (a:Actor {id: $id})
CALL (a) {
  OPTIONAL MATCH (o:Official)-[:REPRESENTS]->(a)
  WITH o ORDER BY o.name
  RETURN [x IN collect(o) | {id: x.id, kind: 'Official', name: coalesce(x.name, x.id), country: x.country, title: x.title}] AS officials
}
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONED_IN]->(art:Article)
  RETURN count(DISTINCT art) AS articles
}
CALL (a) {
  OPTIONAL MATCH (a)-[:ATTENDED]->(m:Meeting)
  WITH m ORDER BY m.date IS NULL, m.date DESC
  CALL (m) {
    OPTIONAL MATCH (p:Actor)-[:ATTENDED]->(m)
    RETURN [x IN collect(p) | {id: x.id, kind: [l IN labels(x) WHERE l IN ['Country', 'Official', 'Organization']][0],
             name: coalesce(x.name, x.id), country: coalesce(x.country, x.code), title: x.title}] AS participants
  }
  CALL (m) {
    OPTIONAL MATCH (m)-[rep:REPORTED_IN]->(art:Article)
    WITH m, rep, art
    ORDER BY art.date IS NULL, art.date DESC, art.id
    RETURN [e IN collect(CASE WHEN art IS NULL THEN null ELSE
              {articleId: art.id, articleTitle: art.title, file: coalesce(art.file, art.url), publisher: art.publisher,
               date: toString(coalesce(m.date, art.date)), sentence: rep.evidence, confidence: rep.confidence,
               meetingId: m.id, place: m.place, claim: 'meeting|' + m.id} END) WHERE e IS NOT NULL] AS evidence
  }
  RETURN [x IN collect(CASE WHEN m IS NULL THEN null ELSE
            {id: m.id, date: toString(m.date), place: m.place, planned: coalesce(m.planned, false),
             participants: participants, evidence: evidence, evidenceCount: size(evidence)} END) WHERE x IS NOT NULL] AS meetings
}
RETURN {id: a.id, kind: [l IN labels(a) WHERE l IN ['Country', 'Official', 'Organization']][0], name: coalesce(a.name, a.id),
        country: coalesce(a.country, a.code), title: a.title} AS actor,
       coalesce(a.aliases, []) AS aliases, officials, meetings, articles
