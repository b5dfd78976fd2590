// summary-missing: whether the graph has claims but no summaries: a database written before the summaries existed.
RETURN EXISTS { (:Actor)-[:ATTENDED|BACKS|OPPOSES]->() }
       AND NOT EXISTS { (:Actor)-[:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->(:Actor) } AS missing
