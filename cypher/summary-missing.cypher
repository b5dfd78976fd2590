// summary-missing: whether the summaries must be built from the claims: the graph has claims but no summaries (a
// database written before the summaries existed), or summaries without recentWhen (written before it existed).
RETURN (EXISTS { (:Actor)-[:ATTENDED|BACKS|OPPOSES]->() }
        AND NOT EXISTS { (:Actor)-[:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->(:Actor) })
       OR EXISTS { (:Actor)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->(:Actor) WHERE s.recentWhen IS NULL } AS missing
