// One stance relationship per (type, from, to, article). row.type was checked against STANCE_TYPES before it reaches
// the dynamic type. The existing one is found through the stance index on article, not by MERGE, which expands every
// relationship between the two actors (two hubs share thousands). Two writers of one article cannot both create it:
// import-articles' MERGE of the article, earlier in the same transaction, makes the second wait for the first.
UNWIND $rows AS row
MATCH (from:Actor {id: row.from})
MATCH (to:Actor {id: row.to})
OPTIONAL CALL (from, to, row) {
  MATCH ()-[r:BACKS]->()
  WHERE row.type = 'BACKS' AND r.article = row.article AND startNode(r) = from AND endNode(r) = to
  RETURN r
  UNION
  MATCH ()-[r:OPPOSES]->()
  WHERE row.type = 'OPPOSES' AND r.article = row.article AND startNode(r) = from AND endNode(r) = to
  RETURN r
}
WITH from, to, row, r AS existing, CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END AS day
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (from)-[:$(row.type) {article: row.article, evidence: row.evidence, date: day, confidence: row.confidence,
                               frame: row.frame}]->(to))
// SET on a null relationship (one just created above) does nothing.
SET existing.evidence = row.evidence, existing.date = day, existing.confidence = row.confidence,
    existing.frame = row.frame
