// api-nodes: graph-slice nodes for the actors $ids: kind, label, the parent (country or organisation an official
// represents, for compound drawing) and the degree: the actor's relations in the whole graph as the map draws them,
// one per counterpart and type (a MET edge, a BACKS or OPPOSES edge each way), which are the summaries the writer
// keeps. Counted by Neo4j's degree store, not by walking them: a hub has tens of thousands (0.7 s for a hub's
// 200-actor slice at 1M claims when walked to count distinct counterparts, 15 ms so).
MATCH (a:Actor)
WHERE a.id IN $ids
OPTIONAL MATCH (a:Official)-[:REPRESENTS]->(p:Actor)
WITH a, head(collect(p.id)) AS parent
WITH a, parent, COUNT { (a)-[:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]-() } AS degree
RETURN a.id AS id,
       [l IN labels(a) WHERE l IN ['Country', 'Official', 'Organization']][0] AS kind,
       coalesce(a.name, a.id) AS label,
       coalesce(a.country, a.code) AS country,
       a.title AS title,
       parent,
       degree
