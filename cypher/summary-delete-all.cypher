// summary-delete-all: removes every derived summary, in transactions of its own (auto-commit), before a rebuild.
MATCH ()-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->()
CALL (s) {
  DELETE s
} IN TRANSACTIONS OF 10000 ROWS
