// Articles already in the graph with this id (same content) or at this file (an earlier version of the same article).
// $files holds the ways the same file may have been named: as given, absolute, relative to the working folder.
MATCH (a:Article)
WHERE a.id = $id OR a.file IN $files
RETURN a.id AS id, a.file AS file, a.sha256 AS sha256, a.extractor AS extractor
