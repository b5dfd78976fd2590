// Whom officials act for and which state national organisations belong to; countries are found by ISO code.
// 1. An official of an international organisation represents that organisation.
UNWIND $rows AS row
MATCH (official:Actor:Official {id: row.id})
MATCH (org:Actor:Organization {id: row.organization})
MERGE (official)-[:REPRESENTS]->(org);
// 2. Any other official represents the state of its country.
UNWIND $rows AS row
MATCH (official:Actor:Official {id: row.id})
WHERE row.organization IS NULL
MATCH (country:Country {code: row.country})
MERGE (official)-[:REPRESENTS]->(country);
// 3. A national organisation (a ministry) is part of its state.
UNWIND $rows AS row
MATCH (org:Actor:Organization {id: row.id})
MATCH (country:Country {code: row.country})
MERGE (org)-[:PART_OF]->(country);
