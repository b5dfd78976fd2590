// For each article about to be written: the articles already in the graph with its id (same content) or at its file
// (an earlier version of the same article). $articles: [{id, files}], files the ways one file may have been named.
// One UNION branch per property, so each uses its index.
UNWIND $articles AS query
CALL (query) {
  MATCH (a:Article {id: query.id})
  RETURN a
  UNION
  MATCH (a:Article)
  WHERE a.file IN query.files
  RETURN a
}
RETURN query.id AS for, a.id AS id, a.sha256 AS sha256, a.extractor AS extractor
