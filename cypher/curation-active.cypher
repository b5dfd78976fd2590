// curation-active: every curation in force, oldest first: the order the writer replays them in after an import.
MATCH (c:Curation)
WHERE c.undoneAt IS NULL
RETURN c {.*, at: toString(c.at), undoneAt: null} AS curation
ORDER BY c.at, c.id
