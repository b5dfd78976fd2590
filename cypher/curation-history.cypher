// curation-history: curations newest first, of one target (a claim key or an actor id; merges name both actors) or all.
MATCH (c:Curation)
WHERE $target IS NULL OR c.target = $target OR c.into = $target
RETURN c {.*, at: toString(c.at), undoneAt: toString(c.undoneAt)} AS curation
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
