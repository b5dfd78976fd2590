// Schema of the graph model (../shared/design/graph-model.md); applied at every start, so every statement is idempotent.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (m:Meeting) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX country_code IF NOT EXISTS FOR (c:Country) ON (c.code);
CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date);
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);
CREATE INDEX article_file IF NOT EXISTS FOR (a:Article) ON (a.file);
CREATE INDEX backs_article IF NOT EXISTS FOR ()-[r:BACKS]-() ON (r.article);
CREATE INDEX opposes_article IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.article);
CREATE INDEX met_with_pair IF NOT EXISTS FOR ()-[s:MET_WITH]-() ON (s.pair);
CREATE INDEX backs_summary_pair IF NOT EXISTS FOR ()-[s:BACKS_SUMMARY]-() ON (s.pair);
CREATE INDEX opposes_summary_pair IF NOT EXISTS FOR ()-[s:OPPOSES_SUMMARY]-() ON (s.pair);
CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.searchText];
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (c:Curation) REQUIRE c.id IS UNIQUE;
CREATE INDEX curation_target IF NOT EXISTS FOR (c:Curation) ON (c.target);
