// One stance relationship per (from, to, article). row.type was checked against STANCE_TYPES before it reaches
// the dynamic type.
UNWIND $rows AS row
MATCH (from:Actor {id: row.from})
MATCH (to:Actor {id: row.to})
MERGE (from)-[r:$(row.type) {article: row.article}]->(to)
SET r.evidence = row.evidence,
    r.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    r.confidence = row.confidence,
    r.frame = row.frame
