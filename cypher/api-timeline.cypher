// api-timeline: meetings (by Meeting.date) and stances (by the relationship's date) per period starting at date.truncate($bucket).
// Undated meetings and stances cannot be placed on a timeline and are left out.
CALL () {
  MATCH (m:Meeting)
  WHERE m.date IS NOT NULL
    AND ($from IS NULL OR m.date >= date($from))
    AND ($to IS NULL OR m.date <= date($to))
  RETURN date.truncate($bucket, m.date) AS start, 1 AS meetings, 0 AS stances
  UNION ALL
  MATCH (:Actor)-[r:BACKS|OPPOSES]->(:Actor)
  WHERE r.date IS NOT NULL
    AND ($from IS NULL OR r.date >= date($from))
    AND ($to IS NULL OR r.date <= date($to))
  RETURN date.truncate($bucket, r.date) AS start, 0 AS meetings, 1 AS stances
}
RETURN toString(start) AS start, sum(meetings) AS meetings, sum(stances) AS stances
ORDER BY start
