// curation-import: curations from an export, each kept with its own time and author; one already here is left as is.
UNWIND $rows AS row
MERGE (c:Curation {id: row.id})
ON CREATE SET c.action = row.action, c.target = row.target, c.into = row.into, c.payload = row.payload,
              c.by = row.by, c.note = row.note, c.at = datetime(row.at),
              c.undoneAt = CASE WHEN row.undoneAt IS NULL THEN null ELSE datetime(row.undoneAt) END
RETURN count(*) AS rows
