// ties-refresh: recomputes the strongest ties (as in ties-add) of the actors $actors from all their summaries: after
// a change that may have lowered a weight (an edited or deleted article, a curation), where only a full count is
// exact. Costs each actor's degree (a hub: its tens of thousands of summaries).
UNWIND $actors AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]-(b:Actor)
  WHERE b <> a
  WITH b.id AS other, sum(coalesce(s.meetings, s.claims)) AS weight
  ORDER BY weight DESC, other
  LIMIT $ties
  RETURN collect(other) AS ids, collect(weight) AS weights
}
SET a.ties = ids, a.tieWeights = weights
RETURN count(a) AS updated
