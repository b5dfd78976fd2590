// api-cypher-connect: the relationships among a console result's nodes ($ids, element ids), as Neo4j Browser
// connects the nodes a query returned; bounded by $limit, read in the console's own read transaction.
MATCH (a)-[r]->(b)
WHERE elementId(a) IN $ids AND elementId(b) IN $ids
RETURN r
LIMIT $limit
