// api-nodes: graph-slice nodes for the actors $ids: kind, label, the parent (country or organisation an official
// represents, for compound drawing) and the degree (distinct counterparts over MET, BACKS and OPPOSES, read from the
// summaries the writer keeps: one relationship per counterpart and kind, not one per meeting).
MATCH (a:Actor)
WHERE a.id IN $ids
OPTIONAL MATCH (a:Official)-[:REPRESENTS]->(p:Actor)
WITH a, head(collect(p.id)) AS parent
CALL (a) {
  OPTIONAL MATCH (a)-[:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]-(other:Actor)
  WHERE other <> a
  RETURN other
}
WITH a, parent, count(DISTINCT other) AS degree
RETURN a.id AS id,
       [l IN labels(a) WHERE l IN ['Country', 'Official', 'Organization']][0] AS kind,
       coalesce(a.name, a.id) AS label,
       coalesce(a.country, a.code) AS country,
       a.title AS title,
       parent,
       degree
