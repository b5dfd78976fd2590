// summary-add: adds a batch's claims to the summaries when the batch only added: every one of its articles, meetings
// and stances is new (no earlier version replaced, no curation replayed), so nothing it wrote was counted before and
// no claim counted before changed. Gives what summary-refresh would (tests/integration/claimSummaries.int.test.ts),
// at the cost of the batch's own claims instead of each touched pair's whole history (a pair of hubs has thousands).
// The newest list is merged from the summary's own recent/recentWhen and the added claims, without reading the
// claims it lists. $meetings: the batch's meeting ids; $articles: its article ids; $recent as in summary-refresh.
CALL () {
  UNWIND $meetings AS id
  MATCH (x:Actor)-[:ATTENDED]->(m:Meeting {id: id})<-[:ATTENDED]-(y:Actor)
  WHERE x.id < y.id
  MATCH (m)-[rep:REPORTED_IN]->(art:Article)
  WITH x, y, m, rep, art, coalesce(m.date, m.reportedOn) AS when
  WITH x, y, count(DISTINCT m) AS meetings, count(DISTINCT art) AS articles, max(rep.confidence) AS confidence,
       min(when) AS firstDate, max(when) AS lastDate,
       collect(DISTINCT {id: m.id, key: coalesce(toString(when), '~')}) AS added
  OPTIONAL MATCH (x)-[old:MET_WITH]->(y)
  // The newest of the earlier and the added meetings, ordered as summary-refresh orders them.
  CALL (old, added) {
    UNWIND [i IN range(0, size(coalesce(old.recent, [])) - 1) | {id: old.recent[i], key: old.recentWhen[i]}] + added
      AS entry
    WITH entry ORDER BY entry.key DESC, entry.id
    RETURN collect(entry)[0..$recent] AS newest
  }
  MERGE (x)-[s:MET_WITH]->(y)
  // A null (no confidence, no date) never wins; CASE keeps the other side, as max() and min() would.
  SET s.meetings = coalesce(old.meetings, 0) + meetings,
      s.articles = coalesce(old.articles, 0) + articles,
      s.confidence = CASE WHEN old.confidence IS NULL OR confidence > old.confidence THEN confidence ELSE old.confidence END,
      s.firstDate = CASE WHEN old.firstDate IS NULL OR firstDate < old.firstDate THEN firstDate ELSE old.firstDate END,
      s.lastDate = CASE WHEN old.lastDate IS NULL OR lastDate > old.lastDate THEN lastDate ELSE old.lastDate END,
      s.recent = [entry IN newest | entry.id],
      s.recentWhen = [entry IN newest | entry.key]
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
       min(r.date) AS firstDate, max(r.date) AS lastDate,
       collect({id: r.article, key: coalesce(toString(r.date), '~')}) AS added
  OPTIONAL MATCH (a)-[old:BACKS_SUMMARY|OPPOSES_SUMMARY]->(b)
  WHERE type(old) = type + '_SUMMARY'
  CALL (old, added) {
    UNWIND [i IN range(0, size(coalesce(old.recent, [])) - 1) | {id: old.recent[i], key: old.recentWhen[i]}] + added
      AS entry
    WITH entry ORDER BY entry.key DESC, entry.id
    RETURN collect(entry)[0..$recent] AS newest
  }
  WITH a, b, type, old,
       {claims: coalesce(old.claims, 0) + claims, articles: coalesce(old.articles, 0) + articles,
        confidence: CASE WHEN old.confidence IS NULL OR confidence > old.confidence THEN confidence ELSE old.confidence END,
        firstDate: CASE WHEN old.firstDate IS NULL OR firstDate < old.firstDate THEN firstDate ELSE old.firstDate END,
        lastDate: CASE WHEN old.lastDate IS NULL OR lastDate > old.lastDate THEN lastDate ELSE old.lastDate END,
        recent: [entry IN newest | entry.id], recentWhen: [entry IN newest | entry.key]} AS summary
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
