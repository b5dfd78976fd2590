// curation-article-file: where an article was read from, and the hash of what was read.
MATCH (a:Article {id: $id})
RETURN a.file AS file, a.url AS url, a.sha256 AS sha256, a.title AS title
