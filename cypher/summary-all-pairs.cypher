// summary-all-pairs: every actor pair that claims link (a meeting both attended, a stance), as [id, id], for rebuilding
// the summaries of a database written before they existed (`npm run import -- --rebuild-summaries`).
MATCH (x:Actor)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(y:Actor)
WHERE x.id < y.id
RETURN DISTINCT [x.id, y.id] AS pair
UNION
MATCH (x:Actor)-[:BACKS|OPPOSES]->(y:Actor)
RETURN DISTINCT [CASE WHEN x.id <= y.id THEN x.id ELSE y.id END, CASE WHEN x.id <= y.id THEN y.id ELSE x.id END] AS pair
