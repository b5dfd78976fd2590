// curation-find: one curation by its client-supplied id, or nothing.
MATCH (c:Curation {id: $id})
RETURN c {.*, at: toString(c.at), undoneAt: toString(c.undoneAt)} AS curation
