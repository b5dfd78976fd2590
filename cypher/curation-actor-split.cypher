// curation-actor-split: undoes a merge: $from comes back with its labels and properties, and every relationship the
// merge moved (the last entry of mergedVia is this curation) moves back to it; $into loses the names it took.
MATCH (b:Actor {id: $into})
CREATE (a:Actor)
SET a = $properties
SET a:$($labels)
WITH a, b
CALL (a, b) {
  MATCH (b)-[r]->(x)
  WHERE r.mergedVia[-1] = $curation AND type(r) <> 'MERGED_SELF'
  CREATE (a)-[n:$(type(r))]->(x)
  SET n = properties(r), n.mergedVia = CASE WHEN size(r.mergedVia) > 1 THEN r.mergedVia[..-1] END
  DELETE r
}
CALL (a, b) {
  MATCH (x)-[r]->(b)
  WHERE r.mergedVia[-1] = $curation AND type(r) <> 'MERGED_SELF' AND x <> b
  CREATE (x)-[n:$(type(r))]->(a)
  SET n = properties(r), n.mergedVia = CASE WHEN size(r.mergedVia) > 1 THEN r.mergedVia[..-1] END
  DELETE r
}
CALL (a, b) {
  MATCH (b)-[r:MERGED_SELF]->(b)
  WHERE r.mergedVia[-1] = $curation
  CALL (a, b, r) {
    WITH r WHERE r.mergedOutward
    CREATE (a)-[n:$(r.mergedType)]->(b)
    SET n = properties(r), n.mergedVia = CASE WHEN size(r.mergedVia) > 1 THEN r.mergedVia[..-1] END
    REMOVE n.mergedType, n.mergedOutward
  }
  CALL (a, b, r) {
    WITH r WHERE NOT r.mergedOutward
    CREATE (b)-[n:$(r.mergedType)]->(a)
    SET n = properties(r), n.mergedVia = CASE WHEN size(r.mergedVia) > 1 THEN r.mergedVia[..-1] END
    REMOVE n.mergedType, n.mergedOutward
  }
  DELETE r
}
WITH a, b
SET b.aliases = [x IN coalesce(b.aliases, []) WHERE NOT x IN $taken]
SET b.searchText = reduce(text = b.name, alias IN b.aliases | text + ' | ' + alias) + coalesce(' | ' + b.title, '')
