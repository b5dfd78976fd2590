// api-edges-claims: api-edges under a time or confidence filter, aggregated from the claims themselves (the summaries hold all time, all confidences).
// $ids: edges touching one of these actors (required, so both parts start from an index seek); $within: both ends among these (null: any);
// $types: relation types; $from/$to: ISO dates (null passes only when no filter); $minConfidence; $evidenceLimit;
// $seeds, $edgeLimit: which edges are kept (at the end).
// MET edges are undirected: source is the smaller id. Stance dates are the relationship's `date`.
// A meeting without a date of its own is placed at reportedOn, the date of the first article that reports it ("met this week").
CALL () {
  MATCH (a:Actor)
  WHERE a.id IN $ids AND 'MET' IN $types
  MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor)
  WHERE ($within IS NULL OR (a.id IN $within AND b.id IN $within))
    AND a <> b
  WITH a, b, m, coalesce(m.date, m.reportedOn) AS when
  WHERE ($from IS NULL OR when >= date($from))
    AND ($to IS NULL OR when <= date($to))
  WITH m, when, CASE WHEN a.id < b.id THEN a ELSE b END AS s, CASE WHEN a.id < b.id THEN b ELSE a END AS t
  WITH DISTINCT s, t, m, when
  MATCH (m)-[rep:REPORTED_IN]->(art:Article)
  WHERE $minConfidence IS NULL OR rep.confidence >= $minConfidence
  WITH s, t, m, when, rep, art
  ORDER BY when DESC
  WITH s, t,
       count(DISTINCT m) AS count,
       count(DISTINCT art) AS articleCount,
       max(rep.confidence) AS confidence,
       min(when) AS firstDate,
       max(when) AS lastDate,
       collect({articleId: art.id, articleTitle: art.title, file: coalesce(art.file, art.url), publisher: art.publisher,
                date: toString(coalesce(m.date, art.date)), sentence: rep.evidence, confidence: rep.confidence,
                meetingId: m.id, place: m.place, claim: 'meeting|' + m.id}) AS evidence
  RETURN s.id AS source, t.id AS target, 'MET' AS type, count, articleCount, coalesce(confidence, 0.0) AS confidence,
         toString(firstDate) AS firstDate, toString(lastDate) AS lastDate, evidence[0..$evidenceLimit] AS evidence
  UNION ALL
  CALL () {
    MATCH (a:Actor)-[r:BACKS|OPPOSES]->(b:Actor) WHERE a.id IN $ids RETURN a, r, b
    UNION
    MATCH (a:Actor)-[r:BACKS|OPPOSES]->(b:Actor) WHERE b.id IN $ids RETURN a, r, b
  }
  WITH a, r, b
  WHERE type(r) IN $types
    AND ($within IS NULL OR (a.id IN $within AND b.id IN $within))
    AND ($from IS NULL OR r.date >= date($from))
    AND ($to IS NULL OR r.date <= date($to))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  OPTIONAL MATCH (art:Article {id: r.article})
  WITH a, b, r, art
  ORDER BY r.date DESC
  WITH a, b, type(r) AS type,
       count(r) AS count,
       count(DISTINCT r.article) AS articleCount,
       max(r.confidence) AS confidence,
       min(r.date) AS firstDate,
       max(r.date) AS lastDate,
       collect({articleId: r.article, articleTitle: art.title, file: coalesce(art.file, art.url), publisher: art.publisher,
                date: toString(coalesce(r.date, art.date)), sentence: r.evidence, confidence: r.confidence,
                meetingId: null, place: null, claim: 'stance|' + type(r) + '|' + a.id + '|' + b.id + '|' + r.article}) AS evidence
  RETURN a.id AS source, b.id AS target, type, count, articleCount, coalesce(confidence, 0.0) AS confidence,
         toString(firstDate) AS firstDate, toString(lastDate) AS lastDate, evidence[0..$evidenceLimit] AS evidence
}
// The strongest $edgeLimit edges, those touching a seed ($seeds, null: none) first, as api-edges keeps them.
RETURN source, target, type, count, articleCount, confidence, firstDate, lastDate, evidence
ORDER BY CASE WHEN source IN coalesce($seeds, []) OR target IN coalesce($seeds, []) THEN 0 ELSE 1 END, count DESC,
         source, target, type
LIMIT $edgeLimit
