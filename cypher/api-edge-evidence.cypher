// api-edge-evidence: the evidence of the edges $edges ([{type, source, target}], as GraphEdge ids name them), newest
// first, at most $limit in all: what a slice's edge does not carry (it ships a few sentences each) when the panel
// opens it. Read from the claims, bounded per edge: a MET pair costs the meetings of its less-met actor, a stance the
// claims between its two ends. Optional $from / $to: the claim's date (a meeting's, else its report's) in that range.
UNWIND $edges AS edge
MATCH (a:Actor {id: edge.source})
MATCH (b:Actor {id: edge.target})
CALL (edge, a, b) {
  WITH edge, a, b
  WHERE edge.type = 'MET'
  WITH a, b, COUNT { (a)-[:ATTENDED]->() } <= COUNT { (b)-[:ATTENDED]->() } AS aFewer
  WITH CASE WHEN aFewer THEN a ELSE b END AS fewer, CASE WHEN aFewer THEN b ELSE a END AS more
  MATCH (fewer)-[:ATTENDED]->(m:Meeting)-[rep:REPORTED_IN]->(art:Article)
  WHERE EXISTS { (m)<-[:ATTENDED]-(more) }
  WITH m, rep, art, coalesce(m.date, art.date) AS when
  WHERE ($from IS NULL OR when >= date($from)) AND ($to IS NULL OR when <= date($to))
  RETURN when, {articleId: art.id, articleTitle: art.title, file: coalesce(art.file, art.url), publisher: art.publisher,
                date: toString(when), sentence: rep.evidence, confidence: rep.confidence, meetingId: m.id,
                place: m.place, claim: 'meeting|' + m.id} AS evidence
  ORDER BY when DESC
  LIMIT $limit
  UNION
  WITH edge, a, b
  WHERE edge.type <> 'MET'
  MATCH (a)-[r:BACKS|OPPOSES]->(b)
  WHERE type(r) = edge.type
  OPTIONAL MATCH (art:Article {id: r.article})
  WITH r, art, coalesce(r.date, art.date) AS when
  WHERE ($from IS NULL OR when >= date($from)) AND ($to IS NULL OR when <= date($to))
  RETURN when, {articleId: r.article, articleTitle: art.title, file: coalesce(art.file, art.url),
                publisher: art.publisher, date: toString(when), sentence: r.evidence, confidence: r.confidence,
                meetingId: null, place: null, claim: 'stance|' + type(r) + '|' + a.id + '|' + b.id + '|' + r.article}
         AS evidence
  ORDER BY when DESC
  LIMIT $limit
}
RETURN evidence
ORDER BY evidence.date DESC, evidence.claim
LIMIT $limit
