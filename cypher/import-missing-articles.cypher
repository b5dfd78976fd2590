// Which of the given article ids are not in the graph (corrections create stubs for them).
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
WITH id, a
WHERE a IS NULL
RETURN collect(id) AS missing
