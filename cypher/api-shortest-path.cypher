// api-shortest-path: one shortest chain between two actors over $relTypes (ATTENDED stands for MET: actor-meeting-actor),
// at most 12 relationships (6 actor-to-actor steps when every step is a meeting); returns the actors in order and each step.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = shortestPath((a)-[:ATTENDED|BACKS|OPPOSES*..12]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $relTypes)
  AND all(n IN nodes(p) WHERE n:Actor OR n:Meeting)
WITH [n IN nodes(p) WHERE n:Actor | n.id] AS actors, relationships(p) AS rels
RETURN actors,
       [r IN rels WHERE type(r) <> 'ATTENDED' | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS stances,
       [i IN range(0, size(rels) - 2) WHERE type(rels[i]) = 'ATTENDED' AND type(rels[i + 1]) = 'ATTENDED'
          AND startNode(rels[i]) <> startNode(rels[i + 1])
          | {type: 'MET', source: startNode(rels[i]).id, target: startNode(rels[i + 1]).id}] AS meetings
