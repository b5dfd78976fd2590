// api-edges: aggregated MET / BACKS / OPPOSES edges, one row per (source, target, type), read from the summaries the
// writer keeps (MET_WITH, BACKS_SUMMARY, OPPOSES_SUMMARY; docs/graph-model.md); evidence is fetched only for the edges
// returned: the $evidenceLimit newest claims each (by id, from the summary's `recent` list). Without time or confidence
// filters only (api-edges-claims has them). $ids: the slice's actors (edges with both ends among them); $types:
// relation types; $seeds, $edgeLimit: which edges are kept (below). MET edges are undirected: source is the smaller id.
// The slice's nodes once, then each summary's far end tested by identity: the 200 actors of a hub's slice have
// hundreds of thousands of summaries, and reading each far end's id to test it took more than half the time.
MATCH (n:Actor)
WHERE n.id IN $ids
WITH collect(n) AS slice
UNWIND slice AS a
MATCH (a)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->(b)
WHERE b IN slice
WITH a, s, b, CASE type(s) WHEN 'MET_WITH' THEN 'MET' WHEN 'BACKS_SUMMARY' THEN 'BACKS' ELSE 'OPPOSES' END AS type
WHERE type IN $types
// The strongest $edgeLimit edges, those touching a seed ($seeds, null: none) first; evidence only for them.
WITH a, s, b, type, coalesce(s.meetings, s.claims) AS strength
ORDER BY CASE WHEN a.id IN coalesce($seeds, []) OR b.id IN coalesce($seeds, []) THEN 0 ELSE 1 END, strength DESC,
         a.id, b.id, type
LIMIT $edgeLimit
// One row from each: the evidence of a MET edge (its recent meetings' reports) or of a stance edge (its recent claims,
// found by the article index, so a pair of hubs is not expanded).
CALL (s, type) {
  WITH s, type
  WHERE type = 'MET'
  // Every meeting has a report: the newest $evidenceLimit reports are among the newest $evidenceLimit meetings.
  UNWIND s.recent[0..$evidenceLimit] AS id
  MATCH (m:Meeting {id: id})-[rep:REPORTED_IN]->(art:Article)
  WITH m, rep, art, coalesce(m.date, m.reportedOn) AS when
  ORDER BY when DESC
  LIMIT $evidenceLimit
  RETURN collect({articleId: art.id, articleTitle: art.title, file: coalesce(art.file, art.url), publisher: art.publisher,
                  date: toString(coalesce(m.date, art.date)), sentence: rep.evidence, confidence: rep.confidence,
                  meetingId: m.id, place: m.place, claim: 'meeting|' + m.id}) AS meetingEvidence
}
CALL (a, s, b, type) {
  WITH a, s, b, type
  WHERE type <> 'MET'
  UNWIND s.recent[0..$evidenceLimit] AS article
  CALL (a, b, type, article) {
    MATCH ()-[r:BACKS]->()
    WHERE type = 'BACKS' AND r.article = article AND startNode(r) = a AND endNode(r) = b
    RETURN r
    UNION
    MATCH ()-[r:OPPOSES]->()
    WHERE type = 'OPPOSES' AND r.article = article AND startNode(r) = a AND endNode(r) = b
    RETURN r
  }
  OPTIONAL MATCH (art:Article {id: r.article})
  WITH a, b, r, art
  ORDER BY r.date DESC
  RETURN collect({articleId: r.article, articleTitle: art.title, file: coalesce(art.file, art.url), publisher: art.publisher,
                  date: toString(coalesce(r.date, art.date)), sentence: r.evidence, confidence: r.confidence,
                  meetingId: null, place: null, claim: 'stance|' + type + '|' + a.id + '|' + b.id + '|' + r.article}) AS stanceEvidence
}
RETURN a.id AS source, b.id AS target, type, coalesce(s.meetings, s.claims) AS count, s.articles AS articleCount,
       coalesce(s.confidence, 0.0) AS confidence, toString(s.firstDate) AS firstDate, toString(s.lastDate) AS lastDate,
       CASE type WHEN 'MET' THEN meetingEvidence ELSE stanceEvidence END AS evidence
