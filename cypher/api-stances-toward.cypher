// api-stances-toward: the actors holding a $type stance (BACKS or OPPOSES) toward $actor: backers() and opposers().
MATCH (other:Actor)-[r:BACKS|OPPOSES]->(a:Actor {id: $actor})
WHERE type(r) = $type AND other <> a
  AND ($from IS NULL OR r.date >= date($from))
  AND ($to IS NULL OR r.date <= date($to))
OPTIONAL MATCH (art:Article {id: r.article})
WITH other, r, art
ORDER BY r.date DESC
WITH other, count(DISTINCT r.article) AS articleCount,
     collect({articleId: r.article, articleTitle: art.title, file: coalesce(art.file, art.url), publisher: art.publisher,
              date: toString(coalesce(r.date, art.date)), sentence: r.evidence, confidence: r.confidence,
              meetingId: null, place: null, claim: 'stance|' + type(r) + '|' + other.id + '|' + $actor + '|' + r.article}) AS evidence
RETURN {id: other.id, kind: [l IN labels(other) WHERE l IN ['Country', 'Official', 'Organization']][0], name: coalesce(other.name, other.id),
        country: coalesce(other.country, other.code), title: other.title} AS actor,
       $type AS type, articleCount, evidence
ORDER BY articleCount DESC, actor.name
