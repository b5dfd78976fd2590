// ties-stored: every actor's stored strongest ties, to compare with ties-from-summaries (checks the writer's upkeep).
MATCH (a:Actor)
RETURN a.id AS id, coalesce(a.ties, []) AS ties, coalesce(a.tieWeights, []) AS weights
ORDER BY id
