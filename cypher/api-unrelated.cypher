// api-unrelated: the actors the map leaves out because they have no relation at all (no meeting, no stance): the
// overview's degree 0. $limit caps the list; count is the whole number.
MATCH (a:Actor)
WHERE NOT EXISTS { (a)-[:ATTENDED]->() } AND NOT EXISTS { (a)-[:BACKS|OPPOSES]-() }
WITH a
ORDER BY a.name, a.id
WITH collect(a) AS unrelated
RETURN size(unrelated) AS count,
       [a IN unrelated[0..$limit] | {
         id: a.id,
         kind: [l IN labels(a) WHERE l IN ['Country', 'Official', 'Organization']][0],
         name: a.name,
         country: a.country,
         title: a.title
       }] AS actors
