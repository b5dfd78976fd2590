// curation-meeting-redate: the date the curator read; the extractor's kept beside it. $date null restores it.
MATCH (m:Meeting {id: $meeting})
SET m.extractedDate = CASE WHEN $date IS NULL THEN null ELSE coalesce(m.extractedDate, m.date) END,
    m.date = CASE WHEN $date IS NULL THEN coalesce(m.extractedDate, m.date) ELSE date($date) END
