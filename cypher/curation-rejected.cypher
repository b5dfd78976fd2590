// curation-rejected: the claims curators set aside (stances and meetings), newest curation first.
CALL () {
  MATCH (a:Actor)-[r:REJECTED_BACKS|REJECTED_OPPOSES]->(b:Actor)
  RETURN 'stance|' + substring(type(r), 9) + '|' + a.id + '|' + b.id + '|' + r.article AS claim,
         substring(type(r), 9) AS type, [a, b] AS actors, r.evidence AS evidence, r.article AS articleId,
         r.rejectedBy AS rejectedBy
  UNION
  MATCH (m:Meeting)-[rep:REPORTED_IN]->(article:Article)
  WHERE m.rejected
  WITH m, rep, article ORDER BY article.date DESC
  WITH m, head(collect({evidence: rep.evidence, article: article.id})) AS report
  RETURN 'meeting|' + m.id AS claim, 'MET' AS type,
         COLLECT { MATCH (p:Actor)-[:REJECTED_ATTENDED]->(m) RETURN p ORDER BY p.name } AS actors,
         report.evidence AS evidence, report.article AS articleId, m.rejectedBy AS rejectedBy
}
OPTIONAL MATCH (c:Curation {id: rejectedBy})
WITH claim, type, actors, evidence, articleId, rejectedBy, c
ORDER BY c.at DESC
LIMIT $limit
RETURN {claim: claim, type: type, evidence: evidence, articleId: articleId, rejectedBy: rejectedBy,
        actors: [a IN actors | a {.id, .name, .title, country: coalesce(a.country, a.code),
                 kind: [l IN labels(a) WHERE l IN ['Country', 'Official', 'Organization']][0]}]} AS claim
