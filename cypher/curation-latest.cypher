// curation-latest: the newest curation in force on a target (a claim key or an actor id), to detect conflicts.
MATCH (c:Curation {target: $target})
WHERE c.undoneAt IS NULL
RETURN c {.*, at: toString(c.at), undoneAt: null} AS curation
ORDER BY c.at DESC, c.id DESC
LIMIT 1
