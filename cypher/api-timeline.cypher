// api-timeline: meetings (by Meeting.date, else reportedOn: their first article's date) and stances (by the relationship's date) per period starting at date.truncate($bucket).
// Meetings and stances with no date and no dated article cannot be placed on a timeline and are left out.
CALL () {
  MATCH (m:Meeting)
  WITH m, coalesce(m.date, m.reportedOn) AS when
  WHERE when IS NOT NULL
    AND ($from IS NULL OR when >= date($from))
    AND ($to IS NULL OR when <= date($to))
  RETURN date.truncate($bucket, when) AS start, 1 AS meetings, 0 AS stances
  UNION ALL
  MATCH (:Actor)-[r:BACKS|OPPOSES]->(:Actor)
  WHERE r.date IS NOT NULL
    AND ($from IS NULL OR r.date >= date($from))
    AND ($to IS NULL OR r.date <= date($to))
  RETURN date.truncate($bucket, r.date) AS start, 0 AS meetings, 1 AS stances
}
RETURN toString(start) AS start, sum(meetings) AS meetings, sum(stances) AS stances
ORDER BY start
