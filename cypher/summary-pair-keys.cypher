// summary-pair-keys: gives every summary without one its pair key (summary-refresh says what it is), in transactions
// of their own (auto-commit): the upgrade of a database whose summaries were written before the key existed.
MATCH (x:Actor)-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->(y:Actor)
WHERE s.pair IS NULL
CALL (x, s, y) {
  SET s.pair = CASE WHEN x.id <= y.id THEN x.id + '|' + y.id ELSE y.id + '|' + x.id END
} IN TRANSACTIONS OF 10000 ROWS
