// api-cypher-functions: Neo4j's built-in and installed functions with their signatures, for the console's completion.
SHOW FUNCTIONS YIELD name, signature
RETURN name, signature
ORDER BY name
