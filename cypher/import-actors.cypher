// Merges actors by id. row.kind was checked against ACTOR_KINDS before it reaches the dynamic label.
// Across articles: aliases are united, a known country or title is never replaced by null, the longer title wins.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row
// An actor has exactly one kind label: when a later record (a correction) names another kind, the label moves.
CALL (a, row) {
  WITH a, row
  WHERE NOT row.kind IN labels(a)
  REMOVE a:Country:Official:Organization
  SET a:$(row.kind)
}
WITH a, row, coalesce(a.aliases, []) AS known
SET a.name = row.name,
    a.aliases = [alias IN known + [alias IN row.aliases WHERE NOT alias IN known] WHERE alias <> row.name],
    a.code = CASE WHEN row.kind = 'Country' THEN coalesce(row.country, a.code) ELSE null END,
    a.country = CASE WHEN row.kind = 'Country' THEN null ELSE coalesce(row.country, a.country) END,
    a.title = CASE
      WHEN row.kind <> 'Official' THEN null
      WHEN row.title IS NULL THEN a.title
      WHEN a.title IS NULL OR size(row.title) > size(a.title) THEN row.title
      ELSE a.title
    END
// Full-text indexes only index string properties, so names and aliases are also kept as one string; the title too,
// so an analyst who types "envoy" or "foreign minister" finds the people who hold it.
WITH a
SET a.searchText = reduce(text = a.name, alias IN a.aliases | text + ' | ' + alias) + coalesce(' | ' + a.title, '')
