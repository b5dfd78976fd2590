// curation-actor-split-out: the claims of $from that belong to someone else move to $to (made when missing, with the
// name the curator gave; each moved relationship remembers the curation in splitBy), and $from loses that name as an
// alias. MERGEs keep it idempotent: replayed after a re-import, claims written again on $from move again.
// $kind was checked against Official/Organization before it reaches the dynamic label.
MATCH (a:Actor {id: $from})
MERGE (n:Actor {id: $to})
ON CREATE SET n.name = $name, n.aliases = [], n.splitBy = $curation
WITH a, n
CALL (n) {
  WITH n
  WHERE NOT $kind IN labels(n)
  SET n:$($kind)
}
SET n.country = coalesce(n.country, $country),
    n.searchText = reduce(t = n.name, x IN coalesce(n.aliases, []) | t + ' | ' + x) + coalesce(' | ' + n.title, ''),
    a.aliases = [x IN coalesce(a.aliases, []) WHERE x <> $name]
SET a.searchText = reduce(t = a.name, x IN a.aliases | t + ' | ' + x) + coalesce(' | ' + a.title, '')
WITH a, n
CALL (a, n) {
  UNWIND $stances AS s
  MATCH (x:Actor {id: s.from})-[r]->(y:Actor {id: s.to})
  WHERE type(r) IN [s.type, 'REJECTED_' + s.type] AND r.article = s.article AND (x = a OR y = a)
  CALL (a, n, r, x, y) {
    WITH a, n, r, x, y
    WHERE x = a
    MERGE (n)-[c:$(type(r)) {article: r.article}]->(y)
    SET c += properties(r), c.splitBy = $curation
  }
  CALL (a, n, r, x, y) {
    WITH a, n, r, x, y
    WHERE y = a
    MERGE (x)-[c:$(type(r)) {article: r.article}]->(n)
    SET c += properties(r), c.splitBy = $curation
  }
  DELETE r
}
CALL (a, n) {
  UNWIND $meetings AS id
  MATCH (a)-[r:ATTENDED|REJECTED_ATTENDED]->(m:Meeting {id: id})
  MERGE (n)-[c:$(type(r))]->(m)
  SET c.splitBy = $curation
  DELETE r
}
CALL (a, n) {
  MATCH (a)-[:MENTIONED_IN]->(article:Article)
  WHERE article.id IN $articles
  MERGE (n)-[c:MENTIONED_IN]->(article)
  SET c.splitBy = $curation
}
CALL (n) {
  MATCH (c:Country {code: $country})
  WHERE $kind = 'Official'
  MERGE (n)-[r:REPRESENTS]->(c)
  SET r.splitBy = $curation
}
