// curation-stance-unconfirm: the extractor's confidence again.
MATCH ()-[r]->()
WHERE type(r) IN ['BACKS', 'OPPOSES', 'REJECTED_BACKS', 'REJECTED_OPPOSES'] AND r.confirmedBy = $curation
SET r.confidence = r.extractedConfidence
REMOVE r.extractedConfidence, r.confirmedBy
