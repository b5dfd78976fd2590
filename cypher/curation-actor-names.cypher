// curation-actor-names: the actors among $ids, by name.
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, a.name AS name
