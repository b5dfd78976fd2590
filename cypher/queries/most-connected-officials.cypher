// title: Most connected officials
// description: Officials ranked by how many distinct actors they met, backed or opposed, with the country they represent.
// params: limit:int=25
MATCH (o:Official)
OPTIONAL MATCH (o)-[:REPRESENTS]->(c:Actor)
CALL (o) {
  OPTIONAL MATCH (o)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(other:Actor) WHERE other <> o
  RETURN other
  UNION
  OPTIONAL MATCH (o)-[:BACKS|OPPOSES]-(other:Actor) WHERE other <> o
  RETURN other
}
WITH o, c, count(DISTINCT other) AS counterparts
WHERE counterparts > 0
RETURN o.name AS official, o.title AS title, c.name AS represents, counterparts, o.id AS id
ORDER BY counterparts DESC, official
LIMIT $limit
