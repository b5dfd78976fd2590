// api-search: full-text search over actor names and aliases (index actor_search); $query is already Lucene-escaped.
CALL db.index.fulltext.queryNodes('actor_search', $query, {limit: $limit}) YIELD node, score
WHERE node:Actor
RETURN node.id AS id,
       [l IN labels(node) WHERE l IN ['Country', 'Official', 'Organization']][0] AS kind,
       coalesce(node.name, node.id) AS name,
       coalesce(node.country, node.code) AS country,
       node.title AS title,
       score
ORDER BY score DESC, name
LIMIT $limit
