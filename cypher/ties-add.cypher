// ties-add: updates the strongest ties of the actors a batch that only added touched ($pairs: [id, id], either
// order, as summary-add returns them). An actor's ties are its $ties counterparts of greatest weight (the meetings and
// stances of the pair, either way, over its summaries: what api-neighbours ranks by), strongest first, ids breaking
// equal weights; `ties` holds the ids and `tieWeights` the weights. Exact for an add-only batch, at the cost of the
// batch: weights only grew, so the new strongest are among the old strongest and the pairs the batch touched, whose
// weights are read again through the pair key.
UNWIND $pairs AS pair
WITH DISTINCT CASE WHEN pair[0] <= pair[1] THEN pair[0] ELSE pair[1] END AS one,
              CASE WHEN pair[0] <= pair[1] THEN pair[1] ELSE pair[0] END AS two
WHERE one <> two
CALL (one, two) {
  WITH one + '|' + two AS key
  CALL (key) {
    MATCH ()-[s:MET_WITH {pair: key}]->()
    RETURN s.meetings AS strength
    UNION ALL
    MATCH ()-[s:BACKS_SUMMARY {pair: key}]->()
    RETURN s.claims AS strength
    UNION ALL
    MATCH ()-[s:OPPOSES_SUMMARY {pair: key}]->()
    RETURN s.claims AS strength
  }
  RETURN sum(strength) AS weight
}
UNWIND [[one, two], [two, one]] AS ends
WITH ends[0] AS id, collect({id: ends[1], weight: weight}) AS touched
MATCH (a:Actor {id: id})
WITH a, touched, [t IN touched | t.id] AS touchedIds
WITH a, touched + [i IN range(0, size(coalesce(a.ties, [])) - 1) WHERE NOT a.ties[i] IN touchedIds
                   | {id: a.ties[i], weight: a.tieWeights[i]}] AS candidates
CALL (candidates) {
  UNWIND candidates AS tie
  WITH tie
  ORDER BY tie.weight DESC, tie.id
  RETURN collect(tie)[0..$ties] AS strongest
}
SET a.ties = [t IN strongest | t.id], a.tieWeights = [t IN strongest | t.weight]
RETURN count(a) AS updated
