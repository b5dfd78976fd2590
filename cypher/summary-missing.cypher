// summary-missing: what the summaries need before questions can read them. missing: build them from the claims (the
// graph has claims but no summaries, a database written before the summaries existed, or summaries without
// recentWhen, written before it existed). keyless: give them their pair keys and the actors their ties (summaries
// written before those existed); summary-pair-keys and ties-all do that without a rebuild.
RETURN (EXISTS { (:Actor)-[:ATTENDED|BACKS|OPPOSES]->() }
        AND NOT EXISTS { (:Actor)-[:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->(:Actor) })
       OR EXISTS { (:Actor)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->(:Actor) WHERE s.recentWhen IS NULL } AS missing,
       EXISTS { (:Actor)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->(:Actor) WHERE s.pair IS NULL }
       OR EXISTS { (a:Actor)-[:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]-() WHERE a.ties IS NULL } AS keyless
