// curation-meeting-confirm: a curator vouches for the meeting: every report of it at confidence 1.0.
MATCH (m:Meeting {id: $meeting})-[r:REPORTED_IN]->(:Article)
SET m.confirmedBy = $curation,
    r.extractedConfidence = coalesce(r.extractedConfidence, r.confidence), r.confidence = 1.0, r.confirmedBy = $curation
