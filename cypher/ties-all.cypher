// ties-all: recomputes every actor's strongest ties (as in ties-refresh) in transactions of their own (auto-commit),
// after a rebuild of the summaries or for a database written before ties existed.
MATCH (a:Actor)
CALL (a) {
  CALL (a) {
    MATCH (a)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]-(b:Actor)
    WHERE b <> a
    WITH b.id AS other, sum(coalesce(s.meetings, s.claims)) AS weight
    ORDER BY weight DESC, other
    LIMIT $ties
    RETURN collect(other) AS ids, collect(weight) AS weights
  }
  SET a.ties = ids, a.tieWeights = weights
} IN TRANSACTIONS OF 1000 ROWS
