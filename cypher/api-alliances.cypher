// api-alliances: BACKS claims rolled up to countries (an official's stance counts for the country it represents,
// a national body's for its state), one row per directed country pair; blocs are computed from these in TypeScript.
MATCH (a:Actor)-[r:BACKS]->(b:Actor)
CALL (a) {
  OPTIONAL MATCH (a)-[:REPRESENTS|PART_OF]->(c:Country)
  RETURN CASE WHEN a:Country THEN a ELSE c END AS fromCountry
  LIMIT 1
}
CALL (b) {
  OPTIONAL MATCH (b)-[:REPRESENTS|PART_OF]->(c:Country)
  RETURN CASE WHEN b:Country THEN b ELSE c END AS toCountry
  LIMIT 1
}
WITH fromCountry, toCountry, count(r) AS claims
WHERE fromCountry IS NOT NULL AND toCountry IS NOT NULL AND fromCountry <> toCountry
RETURN fromCountry.id AS source, toCountry.id AS target, claims,
       {id: fromCountry.id, kind: 'Country', name: fromCountry.name, country: fromCountry.code} AS sourceActor,
       {id: toCountry.id, kind: 'Country', name: toCountry.name, country: toCountry.code} AS targetActor
