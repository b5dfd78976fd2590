// summary-add: adds a batch's claims to the summaries when the batch only added: every one of its articles, meetings
// and stances is new (no earlier version replaced, no curation replayed), so nothing it wrote was counted before and
// no claim counted before changed. Gives what summary-refresh would (tests/integration/claimSummaries.int.test.ts),
// at the cost of the batch's own claims instead of each touched pair's whole history (a pair of hubs has thousands).
// The newest list is merged from the summary's own recent/recentWhen and the added claims, without reading the
// claims it lists. $meetings: the batch's meeting ids; $articles: its article ids; $recent as in summary-refresh.
// A pair's summaries are found by their pair key (indexed), not by expanding either end: a pair of hubs would cost
// their degree. Returns the pairs it touched ([id, id]), for ties-add.
CALL () {
  UNWIND $meetings AS id
  MATCH (x:Actor)-[:ATTENDED]->(m:Meeting {id: id})<-[:ATTENDED]-(y:Actor)
  WHERE x.id < y.id
  MATCH (m)-[rep:REPORTED_IN]->(art:Article)
  WITH x, y, m, rep, art, coalesce(m.date, m.reportedOn) AS when
  WITH x, y, count(DISTINCT m) AS meetings, count(DISTINCT art) AS articles, max(rep.confidence) AS confidence,
       min(when) AS firstDate, max(when) AS lastDate,
       collect(DISTINCT {id: m.id, key: coalesce(toString(when), '~')}) AS added
  WITH x, y, meetings, articles, confidence, firstDate, lastDate, added, x.id + '|' + y.id AS pair
  OPTIONAL MATCH ()-[old:MET_WITH {pair: pair}]->()
  // The newest of the earlier and the added meetings, ordered as summary-refresh orders them.
  CALL (old, added) {
    UNWIND [i IN range(0, size(coalesce(old.recent, [])) - 1) | {id: old.recent[i], key: old.recentWhen[i]}] + added
      AS entry
    WITH entry ORDER BY entry.key DESC, entry.id
    RETURN collect(entry)[0..$recent] AS newest
  }
  // A null (no confidence, no date) never wins; CASE keeps the other side, as max() and min() would.
  WITH x, y, old,
       {pair: pair, meetings: coalesce(old.meetings, 0) + meetings, articles: coalesce(old.articles, 0) + articles,
        confidence: CASE WHEN old.confidence IS NULL OR confidence > old.confidence THEN confidence ELSE old.confidence END,
        firstDate: CASE WHEN old.firstDate IS NULL OR firstDate < old.firstDate THEN firstDate ELSE old.firstDate END,
        lastDate: CASE WHEN old.lastDate IS NULL OR lastDate > old.lastDate THEN lastDate ELSE old.lastDate END,
        recent: [entry IN newest | entry.id], recentWhen: [entry IN newest | entry.key]} AS summary
  CALL (x, y, old, summary) {
    WITH x, y, old, summary
    WHERE old IS NULL
    CREATE (x)-[s:MET_WITH]->(y)
    SET s = summary
  }
  CALL (old, summary) {
    WITH old, summary
    WHERE old IS NOT NULL
    SET old = summary
  }
  RETURN collect([x.id, y.id]) AS metPairs
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
  WITH a, b, type, claims, articles, confidence, firstDate, lastDate, added,
       CASE WHEN a.id <= b.id THEN a.id + '|' + b.id ELSE b.id + '|' + a.id END AS pair
  // The pair's summary of this type from a to b: the pair key finds both directions.
  CALL (a, b, type, pair) {
    OPTIONAL MATCH ()-[s:BACKS_SUMMARY {pair: pair}]->()
    WHERE type = 'BACKS' AND startNode(s) = a
    RETURN s AS old
    UNION
    OPTIONAL MATCH ()-[s:OPPOSES_SUMMARY {pair: pair}]->()
    WHERE type = 'OPPOSES' AND startNode(s) = a
    RETURN s AS old
  }
  WITH a, b, type, claims, articles, confidence, firstDate, lastDate, added, pair, collect(old)[0] AS old
  CALL (old, added) {
    UNWIND [i IN range(0, size(coalesce(old.recent, [])) - 1) | {id: old.recent[i], key: old.recentWhen[i]}] + added
      AS entry
    WITH entry ORDER BY entry.key DESC, entry.id
    RETURN collect(entry)[0..$recent] AS newest
  }
  WITH a, b, type, old,
       {pair: pair, claims: coalesce(old.claims, 0) + claims, articles: coalesce(old.articles, 0) + articles,
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
  RETURN collect([a.id, b.id]) AS stancePairs
}
RETURN metPairs + stancePairs AS pairs
