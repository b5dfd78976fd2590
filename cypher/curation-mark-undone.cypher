// curation-mark-undone: keeps the curation in the history, out of force.
MATCH (c:Curation {id: $id})
SET c.undoneAt = datetime(), c.undoneBy = $by
RETURN c {.*, at: toString(c.at), undoneAt: toString(c.undoneAt)} AS curation
