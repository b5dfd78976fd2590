// One stance relationship per (from, to, article), a statement per type: a MERGE with a literal type is planned
// against that type's relationships only (a dynamic $(row.type) was three times slower on hub countries).
UNWIND $rows AS row
WITH row WHERE row.type = 'BACKS'
MATCH (from:Actor {id: row.from})
MATCH (to:Actor {id: row.to})
MERGE (from)-[r:BACKS {article: row.article}]->(to)
SET r.evidence = row.evidence,
    r.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    r.confidence = row.confidence,
    r.frame = row.frame;
UNWIND $rows AS row
WITH row WHERE row.type = 'OPPOSES'
MATCH (from:Actor {id: row.from})
MATCH (to:Actor {id: row.to})
MERGE (from)-[r:OPPOSES {article: row.article}]->(to)
SET r.evidence = row.evidence,
    r.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    r.confidence = row.confidence,
    r.frame = row.frame;
