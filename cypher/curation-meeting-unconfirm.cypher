// curation-meeting-unconfirm: the extractor's confidences again.
MATCH (m:Meeting {confirmedBy: $curation})-[r:REPORTED_IN]->(:Article)
WHERE r.confirmedBy = $curation
SET r.confidence = r.extractedConfidence
REMOVE m.confirmedBy, r.extractedConfidence, r.confirmedBy
