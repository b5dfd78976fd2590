// Which of the given actor ids are not in the graph (claims may only point at known actors).
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
WITH id, a
WHERE a IS NULL
RETURN collect(id) AS missing
