// curation-actor-unsplit: undoes a split: the moved claims go back to $from, which takes its alias back when it had
// it; the actor the split made is deleted (one that existed before keeps what it had).
MATCH (a:Actor {id: $from}), (n:Actor {id: $to})
CALL (a, n) {
  MATCH (n)-[r]->(y)
  WHERE r.splitBy = $curation AND type(r) IN ['BACKS', 'OPPOSES', 'REJECTED_BACKS', 'REJECTED_OPPOSES']
  MERGE (a)-[c:$(type(r)) {article: r.article}]->(y)
  SET c += properties(r)
  REMOVE c.splitBy
  DELETE r
}
CALL (a, n) {
  MATCH (x)-[r]->(n)
  WHERE r.splitBy = $curation AND type(r) IN ['BACKS', 'OPPOSES', 'REJECTED_BACKS', 'REJECTED_OPPOSES']
  MERGE (x)-[c:$(type(r)) {article: r.article}]->(a)
  SET c += properties(r)
  REMOVE c.splitBy
  DELETE r
}
CALL (a, n) {
  MATCH (n)-[r:ATTENDED|REJECTED_ATTENDED]->(m:Meeting)
  WHERE r.splitBy = $curation
  MERGE (a)-[:$(type(r))]->(m)
  DELETE r
}
CALL (n) {
  MATCH (n)-[r:MENTIONED_IN|REPRESENTS]->()
  WHERE r.splitBy = $curation
  DELETE r
}
SET a.aliases = CASE WHEN $hadAlias AND NOT $name IN coalesce(a.aliases, []) THEN coalesce(a.aliases, []) + $name
                     ELSE a.aliases END
SET a.searchText = reduce(t = a.name, x IN coalesce(a.aliases, []) | t + ' | ' + x) + coalesce(' | ' + a.title, '')
WITH n
WHERE n.splitBy = $curation
DETACH DELETE n
