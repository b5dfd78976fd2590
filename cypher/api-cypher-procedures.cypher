// api-cypher-procedures: the procedures an analyst may call ($names, the read-only allow-list), for completion.
SHOW PROCEDURES YIELD name, signature
WHERE name IN $names
RETURN name, signature
ORDER BY name
