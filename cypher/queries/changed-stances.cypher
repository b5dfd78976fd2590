// title: Stances that changed over time
// description: Pairs where one actor both backed and opposed another, with the dates and sentences in order, so a reversal can be read.
// params: none
MATCH (a:Actor)-[b:BACKS]->(t:Actor)
MATCH (a)-[o:OPPOSES]->(t)
WITH a, t, collect(DISTINCT b) AS backs, collect(DISTINCT o) AS opposes
WITH a, t, [r IN backs + opposes | {type: type(r), date: toString(r.date), evidence: r.evidence, article: r.article}] AS claims
UNWIND claims AS claim
WITH a, t, claim ORDER BY claim.date
RETURN a.name AS from, t.name AS to, collect(claim) AS history,
       head(collect(claim.type)) AS firstStance, last(collect(claim.type)) AS latestStance,
       a.id AS fromId, t.id AS toId
ORDER BY from, to
