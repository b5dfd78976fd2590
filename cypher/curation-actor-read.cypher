// curation-actor-read: an actor as a curation sees it: kind, the properties an edit may change, and its labels.
MATCH (a:Actor {id: $id})
RETURN a {.id, .name, .title, .country, .code, aliases: coalesce(a.aliases, [])} AS actor,
       [l IN labels(a) WHERE l IN ['Country', 'Official', 'Organization']][0] AS kind,
       properties(a) AS properties,
       labels(a) AS labels
