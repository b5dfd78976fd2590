// Articles named by a corrections file: created as stubs when new; an imported article keeps its file and hash,
// and only gains the title, date or publisher the analyst supplied.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.file = row.file, a.importedAt = datetime()
SET a.title = coalesce(row.title, a.title),
    a.date = coalesce(CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, a.date),
    a.publisher = coalesce(row.publisher, a.publisher)
