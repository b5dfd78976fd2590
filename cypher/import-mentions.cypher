// The actors that act or are acted upon in an article.
UNWIND $rows AS row
MATCH (article:Article {id: row.article})
MATCH (a:Actor {id: row.actor})
MERGE (a)-[:MENTIONED_IN]->(article)
