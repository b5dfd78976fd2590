// curation-stance-confirm: a curator vouches for the stance: confidence 1.0, the extractor's own kept beside it.
MATCH (:Actor {id: $from})-[r]->(:Actor {id: $to})
WHERE type(r) = $type AND r.article = $article
SET r.extractedConfidence = coalesce(r.extractedConfidence, r.confidence), r.confidence = 1.0, r.confirmedBy = $curation
