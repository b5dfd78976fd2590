// curation-claim: the claim a key names, as it stands: a stance (type, from, to, article) or a meeting (id).
// $stance is null for a meeting key. rejected: true when a curation set the claim aside.
CALL () {
  WITH $stance AS s
  WHERE s IS NOT NULL
  MATCH (a:Actor {id: s.from})-[r]->(b:Actor {id: s.to})
  WHERE type(r) IN [s.type, 'REJECTED_' + s.type] AND r.article = s.article
  RETURN {kind: 'stance', rejected: type(r) STARTS WITH 'REJECTED_', confidence: r.confidence, date: toString(r.date)} AS claim
  UNION
  WITH $meeting AS id
  WHERE id IS NOT NULL
  MATCH (m:Meeting {id: id})
  RETURN {kind: 'meeting', rejected: coalesce(m.rejected, false), confidence: null, date: toString(m.date)} AS claim
}
RETURN claim
LIMIT 1
