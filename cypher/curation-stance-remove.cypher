// curation-stance-remove: takes back a stance the curation added (an extracted one that merged into it stays).
MATCH ()-[r]->()
WHERE type(r) IN ['BACKS', 'OPPOSES', 'REJECTED_BACKS', 'REJECTED_OPPOSES'] AND r.addedBy = $curation
WITH r, r.frame = 'curation' AS added
FOREACH (_ IN CASE WHEN added THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN added THEN [] ELSE [1] END | REMOVE r.addedBy)
