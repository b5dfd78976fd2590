// curation-stance-reject: sets a stance aside as REJECTED_BACKS / REJECTED_OPPOSES, so the model's BACKS and OPPOSES
// (and every query on them) no longer see it. A stance the importer wrote again merges into the one set aside.
// $type was checked against BACKS/OPPOSES before it reaches the dynamic type.
MATCH (a:Actor {id: $from})-[r]->(b:Actor {id: $to})
WHERE type(r) = $type AND r.article = $article
MERGE (a)-[n:$('REJECTED_' + $type) {article: $article}]->(b)
SET n += properties(r), n.rejectedBy = $curation
DELETE r
