// curation-actor-edit: name, title, country and aliases as the curator set them; null leaves a field as it is.
// $kind was checked against the actor kinds before it reaches the dynamic label.
MATCH (a:Actor {id: $id})
CALL (a) {
  WITH a
  WHERE $kind IS NOT NULL AND NOT $kind IN labels(a)
  REMOVE a:Country:Official:Organization
  SET a:$($kind)
}
WITH a, coalesce($name, a.name) AS name
SET a.name = name,
    a.title = CASE WHEN $title IS NULL THEN a.title WHEN $title = '' THEN null ELSE $title END,
    a.country = CASE WHEN $country IS NULL THEN a.country WHEN $country = '' THEN null ELSE $country END,
    a.aliases = CASE WHEN $aliases IS NULL THEN a.aliases ELSE [x IN $aliases WHERE x <> name] END
SET a.searchText = reduce(text = a.name, alias IN coalesce(a.aliases, []) | text + ' | ' + alias) + coalesce(' | ' + a.title, '')
