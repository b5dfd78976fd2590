// api-stats: the counts and date range for the explorer's header.
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings, min(m.date) AS firstMeeting, max(m.date) AS lastMeeting }
CALL () { MATCH (:Actor)-[r:BACKS|OPPOSES]->(:Actor) RETURN count(r) AS stances, min(r.date) AS firstStance, max(r.date) AS lastStance }
CALL () { MATCH (x:Article) RETURN count(x) AS articles, min(x.date) AS firstArticle, max(x.date) AS lastArticle }
WITH actors, meetings, stances, articles,
     [d IN [firstMeeting, firstStance, firstArticle] WHERE d IS NOT NULL] AS firsts,
     [d IN [lastMeeting, lastStance, lastArticle] WHERE d IS NOT NULL] AS lasts
RETURN actors, meetings, stances, articles,
       toString(reduce(m = null, d IN firsts | CASE WHEN m IS NULL OR d < m THEN d ELSE m END)) AS firstDate,
       toString(reduce(m = null, d IN lasts | CASE WHEN m IS NULL OR d > m THEN d ELSE m END)) AS lastDate
