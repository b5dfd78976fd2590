// title: Articles by publisher
// description: How many articles each publisher contributed, their date range, and how many claims (meetings and stances) came from them.
// params: none
MATCH (art:Article)
OPTIONAL MATCH (m:Meeting)-[:REPORTED_IN]->(art)
WITH art, count(m) AS meetings
OPTIONAL MATCH ()-[r:BACKS|OPPOSES]->() WHERE r.article = art.id
WITH art, meetings, count(r) AS stances
RETURN coalesce(art.publisher, '(unknown)') AS publisher, count(art) AS articles, sum(meetings) AS meetings, sum(stances) AS stances,
       toString(min(art.date)) AS first, toString(max(art.date)) AS last
ORDER BY articles DESC, publisher
