// curation-meeting-reject: a rejected meeting keeps its node and reports (rejected: true) but its participants'
// ATTENDED become REJECTED_ATTENDED, so "who met whom" no longer sees it. Re-imported participants fold back in.
MATCH (m:Meeting {id: $meeting})
SET m.rejected = true, m.rejectedBy = $curation
WITH m
MATCH (p:Actor)-[r:ATTENDED]->(m)
MERGE (p)-[:REJECTED_ATTENDED]->(m)
DELETE r
