// title: Meetings by place
// description: Where meetings happened, how many, when, and who attended; optionally only places containing some text.
// params: place:string=null, limit:int=100
MATCH (m:Meeting)
WHERE m.place IS NOT NULL AND ($place IS NULL OR toLower(m.place) CONTAINS toLower($place))
OPTIONAL MATCH (p:Actor)-[:ATTENDED]->(m)
WITH m.place AS place, m, collect(p.name) AS participants
RETURN place, count(m) AS meetings, toString(min(m.date)) AS first, toString(max(m.date)) AS last,
       collect({date: toString(m.date), participants: participants}) AS details
ORDER BY meetings DESC, place
LIMIT $limit
