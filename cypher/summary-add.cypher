// summary-add: adds a batch's claims to the summaries when the batch only added: every one of its articles, meetings
// and stances is new (no earlier version replaced, no curation replayed), so nothing it wrote was counted before and
// no claim counted before changed. Gives what summary-refresh would (tests/integration/claimSummaries.int.test.ts),
// at the cost of the batch's own claims instead of each touched pair's whole history (a pair of hubs has thousands).
// $meetings: the batch's meeting ids; $articles: its article ids; $recent as in summary-refresh.
CALL () {
  UNWIND $meetings AS id
  MATCH (x:Actor)-[:ATTENDED]->(m:Meeting {id: id})<-[:ATTENDED]-(y:Actor)
  WHERE x.id < y.id
  MATCH (m)-[rep:REPORTED_IN]->(art:Article)
  WITH x, y, m, rep, art, coalesce(m.date, m.reportedOn) AS when
  WITH x, y, count(DISTINCT m) AS meetings, count(DISTINCT art) AS articles, max(rep.confidence) AS confidence,
       min(when) AS firstDate, max(when) AS lastDate, collect(DISTINCT m.id) AS added
  OPTIONAL MATCH (x)-[old:MET_WITH]->(y)
  // The newest of the earlier and the added meetings, ordered as summary-refresh orders them.
  CALL (old, added) {
    UNWIND coalesce(old.recent, []) + added AS id
    MATCH (m:Meeting {id: id})
    WITH m ORDER BY coalesce(m.date, m.reportedOn) DESC, m.id
    RETURN collect(m.id) AS newest
  }
  MERGE (x)-[s:MET_WITH]->(y)
  // A null (no confidence, no date) never wins; CASE keeps the other side, as max() and min() would.
  SET s.meetings = coalesce(old.meetings, 0) + meetings,
      s.articles = coalesce(old.articles, 0) + articles,
      s.confidence = CASE WHEN old.confidence IS NULL OR confidence > old.confidence THEN confidence ELSE old.confidence END,
      s.firstDate = CASE WHEN old.firstDate IS NULL OR firstDate < old.firstDate THEN firstDate ELSE old.firstDate END,
      s.lastDate = CASE WHEN old.lastDate IS NULL OR lastDate > old.lastDate THEN lastDate ELSE old.lastDate END,
      s.recent = newest[0..$recent]
}
CALL () {
  UNWIND $articles AS article
  CALL (article) {
    MATCH ()-[r:BACKS]->()
    WHERE r.article = article
    RETURN r
    UNION
    MATCH ()-[r:OPPOSES]->()
    WHERE r.article = article
    RETURN r
  }
  WITH startNode(r) AS a, endNode(r) AS b, type(r) AS type, r
  WITH a, b, type, count(r) AS claims, count(DISTINCT r.article) AS articles, max(r.confidence) AS confidence,
       min(r.date) AS firstDate, max(r.date) AS lastDate, collect(r.article) AS added
  OPTIONAL MATCH (a)-[old:BACKS_SUMMARY|OPPOSES_SUMMARY]->(b)
  WHERE type(old) = type + '_SUMMARY'
  CALL (a, b, type, old, added) {
    UNWIND coalesce(old.recent, []) + added AS article
    CALL (a, b, type, article) {
      MATCH ()-[r:BACKS]->()
      WHERE type = 'BACKS' AND r.article = article AND startNode(r) = a AND endNode(r) = b
      RETURN r
      UNION
      MATCH ()-[r:OPPOSES]->()
      WHERE type = 'OPPOSES' AND r.article = article AND startNode(r) = a AND endNode(r) = b
      RETURN r
    }
    WITH r ORDER BY r.date DESC, r.article
    RETURN collect(r.article) AS newest
  }
  WITH a, b, type, old,
       {claims: coalesce(old.claims, 0) + claims, articles: coalesce(old.articles, 0) + articles,
        confidence: CASE WHEN old.confidence IS NULL OR confidence > old.confidence THEN confidence ELSE old.confidence END,
        firstDate: CASE WHEN old.firstDate IS NULL OR firstDate < old.firstDate THEN firstDate ELSE old.firstDate END,
        lastDate: CASE WHEN old.lastDate IS NULL OR lastDate > old.lastDate THEN lastDate ELSE old.lastDate END,
        recent: newest[0..$recent]} AS summary
  CALL (a, b, type, old, summary) {
    WITH a, b, type, old, summary
    WHERE old IS NULL
    CREATE (a)-[s:$(type + '_SUMMARY')]->(b)
    SET s = summary
  }
  CALL (old, summary) {
    WITH old, summary
    WHERE old IS NOT NULL
    SET old = summary
  }
}
RETURN 1 AS done
