// curation-active-for: the curations in force that a batch's writes can undo, oldest first: on its articles' claims
// (a stance key ends with the article id; an added meeting names its article), its meetings, or its actors (edits,
// merges, splits; a merge also when the batch writes the actor merged into).
MATCH (c:Curation)
WHERE c.undoneAt IS NULL
  AND (c.target IN $actors OR c.into IN $actors OR c.target IN $meetings
       OR any(article IN $articles WHERE c.target ENDS WITH '|' + article OR c.payload CONTAINS '"' + article + '"'))
RETURN c {.*, at: toString(c.at), undoneAt: null} AS curation
ORDER BY c.at, c.id
