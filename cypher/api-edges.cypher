// api-edges: aggregated MET / BACKS / OPPOSES edges, one row per (source, target, type), read from the summaries the
// writer keeps (MET_WITH, BACKS_SUMMARY, OPPOSES_SUMMARY; docs/graph-model.md); evidence is fetched only for the edges
// returned: the $evidenceLimit newest claims each (by id, from the summary's `recent` list). Without time or confidence
// filters only (api-edges-claims has them). $ids: the slice's actors (edges with both ends among them); $types:
// relation types; $seeds, $edgeLimit: which edges are kept (below). MET edges are undirected: source is the smaller id.
// Candidates are the pairs of the slice on either end's ties (each actor's strongest counterparts and their weights,
// kept by the writer: ties-add), the $edgeLimit heaviest of them (a seed's first), and each actor's pair with itself
// (its stances on itself); their summaries are found by pair key. A hub's slice of 200 actors has hundreds of
// thousands of summaries and tens of thousands of pairs among them: only those that can be drawn are read. So a slice
// draws, among its actors, the ties either end counts among its strongest (every edge of an actor with fewer
// counterparts than its list holds), and when it must cut, those of the heaviest pairs.
MATCH (n:Actor)
WHERE n.id IN $ids
WITH collect(n) AS slice
CALL (slice) {
  UNWIND slice AS a
  WITH a.id AS one, coalesce(a.ties, []) AS ties, a.tieWeights AS weights
  // The lists are read once per actor: indexing a property per row re-reads it (26,000 rows for a hub's slice).
  UNWIND [i IN range(0, size(ties) - 1) WHERE ties[i] IN $ids | [weights[i], ties[i]]] AS tie
  WITH one, tie[1] AS two, tie[0] AS weight
  ORDER BY one IN coalesce($seeds, []) OR two IN coalesce($seeds, []) DESC, weight DESC, one, two
  // A pair is on at most both ends' lists: the first 2 * $edgeLimit rows hold its $edgeLimit first pairs.
  LIMIT 2 * $edgeLimit
  WITH DISTINCT CASE WHEN one < two THEN one + '|' + two ELSE two + '|' + one END AS pair
  LIMIT $edgeLimit
  RETURN pair
  UNION
  UNWIND slice AS a
  RETURN a.id + '|' + a.id AS pair
}
CALL (pair) {
  MATCH ()-[s:MET_WITH {pair: pair}]->()
  RETURN s
  UNION ALL
  MATCH ()-[s:BACKS_SUMMARY {pair: pair}]->()
  RETURN s
  UNION ALL
  MATCH ()-[s:OPPOSES_SUMMARY {pair: pair}]->()
  RETURN s
}
WITH startNode(s) AS a, s, endNode(s) AS b
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
