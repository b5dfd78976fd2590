// REST routes for analysts: POST /api/cypher, GET /api/queries, POST /api/queries/:name.
import express, { type Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { runReadOnlyCypher, type CypherLimits } from './readOnlyCypher';
import { findSavedQuery, listSavedQueries, savedQueryParams } from './savedQueries';

export interface CypherRouterDeps {
  driver: Driver;
  database: string;
  limits: CypherLimits;
}

function body(req: express.Request): Record<string, unknown> {
  // express.json leaves req.body undefined when the request had no JSON content type.
  return req.body !== null && typeof req.body === 'object' && !Array.isArray(req.body)
    ? (req.body as Record<string, unknown>)
    : {};
}

export function cypherRouter({ driver, database, limits }: CypherRouterDeps): Router {
  const router = express.Router();

  router.post('/cypher', async (req, res) => {
    const { query, params } = body(req);
    res.json(await runReadOnlyCypher(driver, database, query, params, limits, 'POST /api/cypher'));
  });

  router.get('/queries', (_req, res) => {
    res.json({ queries: listSavedQueries().map(({ query: _text, ...meta }) => meta) });
  });

  router.post('/queries/:name', async (req, res) => {
    const saved = findSavedQuery(String(req.params['name']));
    const params = savedQueryParams(saved, body(req)['params']);
    res.json(await runReadOnlyCypher(driver, database, saved.query, params, limits, `saved query "${saved.name}"`));
  });

  return router;
}
