// ties-from-summaries: what every actor's strongest ties must be, counted from scratch over its summaries, in
// ties-stored's shape.
MATCH (a:Actor)
CALL (a) {
  MATCH (a)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]-(b:Actor)
  WHERE b <> a
  WITH b.id AS other, sum(coalesce(s.meetings, s.claims)) AS weight
  ORDER BY weight DESC, other
  LIMIT $ties
  RETURN collect(other) AS ties, collect(weight) AS weights
}
RETURN a.id AS id, ties, weights
ORDER BY id
