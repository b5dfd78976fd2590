// title: Who backs an actor
// description: The actors that publicly support the given actor, each as the article names it (an official is not folded into its country), with the number of articles and the latest sentence.
// params: actor:string=country:US
MATCH (backer:Actor)-[r:BACKS]->(target:Actor {id: $actor})
WITH backer, target, r ORDER BY r.date DESC
RETURN backer.name AS name, backer.id AS backerId, [l IN labels(backer) WHERE l IN ['Country', 'Official', 'Organization']][0] AS kind, count(DISTINCT r.article) AS articles,
       toString(max(r.date)) AS latest, head(collect(r.evidence)) AS evidence, backer, target
ORDER BY articles DESC, name
