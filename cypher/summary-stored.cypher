// summary-stored: every stored summary as a row (type MET, BACKS or OPPOSES), to compare with summary-from-claims.
MATCH (a:Actor)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->(b:Actor)
RETURN CASE type(s) WHEN 'MET_WITH' THEN 'MET' WHEN 'BACKS_SUMMARY' THEN 'BACKS' ELSE 'OPPOSES' END AS type,
       a.id AS source, b.id AS target, coalesce(s.meetings, s.claims) AS count, s.articles AS articles,
       s.confidence AS confidence, toString(s.firstDate) AS firstDate, toString(s.lastDate) AS lastDate,
       s.recent AS recent, s.recentWhen AS recentWhen, s.pair AS pair
ORDER BY type, source, target
