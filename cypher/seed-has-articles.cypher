// seed-has-articles: whether the graph holds any article yet; npm start imports the samples into an empty one.
MATCH (a:Article) RETURN count(a) > 0 AS seeded
