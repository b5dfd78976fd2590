// curation-article-file: where an article was read from, and the hash of what was read.
MATCH (a:Article {id: $id})
RETURN a.file AS file, a.sha256 AS sha256, a.title AS title
