// curation-actor-merge: every relationship of $from moves to $into (each remembers the curation in mergedVia, so a
// split can move it back), relationships between the two are kept as MERGED_SELF loops, $from's names become aliases
// of $into, and $from is deleted. Nothing happens when $from is not there (already merged, or not re-imported).
MATCH (a:Actor {id: $from}), (b:Actor {id: $into})
// Derived summaries are not moved: $from's go, and the caller recomputes $into's pairs from the moved claims.
CALL (a) {
  MATCH (a)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]-()
  WITH DISTINCT s
  DELETE s
}
// A relationship this merge moved before (the importer wrote it again since) is not moved twice.
CALL (a, b) {
  MATCH (a)-[r]->(x)
  WHERE x <> b
  CALL (b, r, x) {
    WITH b, r, x
    WHERE NOT EXISTS {
      MATCH (b)-[same]->(x)
      WHERE type(same) = type(r) AND $curation IN coalesce(same.mergedVia, [])
        AND all(k IN keys(r) WHERE k = 'mergedVia' OR same[k] = r[k])
    }
    CREATE (b)-[n:$(type(r))]->(x)
    SET n = properties(r), n.mergedVia = coalesce(r.mergedVia, []) + $curation
  }
  DELETE r
}
CALL (a, b) {
  MATCH (x)-[r]->(a)
  WHERE x <> b AND x <> a
  CALL (b, r, x) {
    WITH b, r, x
    WHERE NOT EXISTS {
      MATCH (x)-[same]->(b)
      WHERE type(same) = type(r) AND $curation IN coalesce(same.mergedVia, [])
        AND all(k IN keys(r) WHERE k = 'mergedVia' OR same[k] = r[k])
    }
    CREATE (x)-[n:$(type(r))]->(b)
    SET n = properties(r), n.mergedVia = coalesce(r.mergedVia, []) + $curation
  }
  DELETE r
}
CALL (a, b) {
  MATCH (a)-[r]-(b)
  CALL (a, b, r) {
    WITH a, b, r
    WHERE NOT EXISTS {
      MATCH (b)-[same:MERGED_SELF]->(b)
      WHERE same.mergedType = type(r) AND same.mergedOutward = (startNode(r) = a)
        AND $curation IN same.mergedVia AND all(k IN keys(r) WHERE k = 'mergedVia' OR same[k] = r[k])
    }
    CREATE (b)-[n:MERGED_SELF]->(b)
    SET n = properties(r), n.mergedVia = coalesce(r.mergedVia, []) + $curation, n.mergedType = type(r),
        n.mergedOutward = startNode(r) = a
  }
  DELETE r
}
WITH a, b, [x IN [a.name] + coalesce(a.aliases, []) WHERE x <> b.name AND NOT x IN coalesce(b.aliases, [])] AS added
SET b.aliases = coalesce(b.aliases, []) + added
SET b.searchText = reduce(text = b.name, alias IN b.aliases | text + ' | ' + alias) + coalesce(' | ' + b.title, '')
DETACH DELETE a
