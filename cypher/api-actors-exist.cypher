// api-actors-exist: which of $ids are actors, so the API can answer NOT_FOUND naming the unknown ones.
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN collect(a.id) AS found
