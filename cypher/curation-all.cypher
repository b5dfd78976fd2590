// curation-all: every curation, in force or undone, oldest first: what an export holds.
MATCH (c:Curation)
RETURN c {.*, at: toString(c.at), undoneAt: toString(c.undoneAt)} AS curation
ORDER BY c.at, c.id
