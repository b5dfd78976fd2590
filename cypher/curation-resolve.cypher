// curation-resolve: for each id, the actor a merge in force moved it into (null when it was not merged).
UNWIND $ids AS id
OPTIONAL MATCH (c:Curation {target: id, action: 'merge'})
WHERE c.undoneAt IS NULL
RETURN id, c.into AS into
