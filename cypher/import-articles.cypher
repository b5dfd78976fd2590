// Writes extracted articles; importedAt records the first import only.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.importedAt = datetime()
SET a.file = row.file,
    a.title = row.title,
    a.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    a.publisher = row.publisher,
    a.sha256 = row.sha256,
    a.extractor = row.extractor
// datetime() is the statement's clock: equal to importedAt only for the articles this statement created. Another
// importer that wrote the same article first (the constraint made this MERGE wait for it) left an earlier time.
RETURN row.id AS id, a.importedAt = datetime() AS created
