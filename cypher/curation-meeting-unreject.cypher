// curation-meeting-unreject: puts back a meeting the curation set aside.
MATCH (m:Meeting {rejectedBy: $curation})
REMOVE m.rejected, m.rejectedBy
WITH m
MATCH (p:Actor)-[r:REJECTED_ATTENDED]->(m)
MERGE (p)-[:ATTENDED]->(m)
DELETE r
