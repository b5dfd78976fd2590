// api-health: the cheapest round trip that proves the database answers queries.
RETURN 1 AS ok
