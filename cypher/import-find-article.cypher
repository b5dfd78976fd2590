// Articles already in the graph with this id (same content) or this file (an earlier version of the same article).
MATCH (a:Article)
WHERE a.id = $id OR a.file = $file
RETURN a.id AS id, a.file AS file, a.sha256 AS sha256
