// curation-create: records one curation; the unique constraint on id makes a replayed request fail here, not twice.
CREATE (c:Curation {id: $id, action: $action, target: $target, into: $into, payload: $payload, by: $by, note: $note})
SET c.at = datetime()
RETURN c {.*, at: toString(c.at), undoneAt: null} AS curation
