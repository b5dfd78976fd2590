// curation-stance-redate: the date the curator read; the extractor's kept beside it. $date null restores it.
MATCH (:Actor {id: $from})-[r]->(:Actor {id: $to})
WHERE type(r) IN [$type, 'REJECTED_' + $type] AND r.article = $article
SET r.extractedDate = CASE WHEN $date IS NULL THEN null ELSE coalesce(r.extractedDate, r.date) END,
    r.date = CASE WHEN $date IS NULL THEN coalesce(r.extractedDate, r.date) ELSE date($date) END
