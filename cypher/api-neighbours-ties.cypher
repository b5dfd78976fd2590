// api-neighbours-ties: api-neighbours over every relation type, read from the frontier's ties (each actor's strongest
// counterparts, kept by the writer: ties-add) instead of its summaries, so a hub costs the length of its list, not its
// tens of thousands of counterparts. Exact for one actor up to its list's length (all of an actor with fewer
// counterparts); over several, a counterpart's weight sums the lists it is on. $limit: the rows the caller can take.
MATCH (a:Actor)
WHERE a.id IN $ids
UNWIND range(0, size(coalesce(a.ties, [])) - 1) AS i
WITH a.ties[i] AS id, a.tieWeights[i] AS weight
WHERE NOT id IN $exclude
RETURN id, sum(weight) AS weight
ORDER BY weight DESC, id
LIMIT $limit
