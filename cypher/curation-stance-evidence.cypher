// curation-stance-evidence: the sentence a stance was read from.
MATCH (:Actor {id: $from})-[r]->(:Actor {id: $to})
WHERE type(r) = $type AND r.article = $article
RETURN r.evidence AS evidence
