// curation-stance-unreject: puts back a stance the curation set aside.
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) IN ['REJECTED_BACKS', 'REJECTED_OPPOSES'] AND r.rejectedBy = $curation
MERGE (a)-[n:$(substring(type(r), 9)) {article: r.article}]->(b)
SET n += properties(r)
REMOVE n.rejectedBy
DELETE r
