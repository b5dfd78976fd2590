// title: Shortest path between two actors
// description: The shortest chain of meetings (actor-meeting-actor), BACKS and OPPOSES between two actors, at most 12 relationships.
// params: from:string=official:us:stephen-biegun, to:string=official:kp:kim-jong-un
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = shortestPath((a)-[:ATTENDED|BACKS|OPPOSES*..12]-(b))
RETURN p, [n IN nodes(p) | coalesce(n.name, n.place, n.id)] AS steps, length(p) AS hops
