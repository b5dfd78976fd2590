// curation-stance-add: a stance the extractor missed, with the sentence the curator picked from the article.
// $type was checked against BACKS/OPPOSES before it reaches the dynamic type.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to}), (article:Article {id: $article})
MERGE (a)-[r:$($type) {article: $article}]->(b)
SET r.evidence = $evidence,
    r.date = coalesce(CASE WHEN $date IS NULL THEN null ELSE date($date) END, article.date),
    r.confidence = 1.0,
    r.frame = 'curation',
    r.addedBy = $curation
