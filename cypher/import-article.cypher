// Writes an extracted article; importedAt records the first import only.
MERGE (a:Article {id: $article.id})
ON CREATE SET a.importedAt = datetime()
SET a.file = $article.file,
    a.title = $article.title,
    a.date = CASE WHEN $article.date IS NULL THEN null ELSE date($article.date) END,
    a.publisher = $article.publisher,
    a.sha256 = $article.sha256,
    a.extractor = $article.extractor
