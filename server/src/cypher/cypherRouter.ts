// REST routes for analysts: POST /api/cypher, GET /api/cypher/schema, GET /api/queries, POST /api/queries/:name.
import express, { type Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { BadInputError } from '../../../core/errors';
import { readCypherSchema } from './cypherSchema';
import { runReadOnlyCypher, type CypherLimits, type CypherRunOptions } from './readOnlyCypher';
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

/** `"connect": true` asks for the relationships among the returned nodes as well; anything but a boolean is refused. */
function runOptions(value: unknown, where: string): CypherRunOptions {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'boolean')
    throw new BadInputError(`${where}: "connect" must be true or false, got ${JSON.stringify(value)}`);
  return { connect: value };
}

export function cypherRouter({ driver, database, limits }: CypherRouterDeps): Router {
  const router = express.Router();

  router.post('/cypher', async (req, res) => {
    const { query, params, connect } = body(req);
    const where = 'POST /api/cypher';
    res.json(await runReadOnlyCypher(driver, database, query, params, limits, where, runOptions(connect, where)));
  });

  router.get('/cypher/schema', async (_req, res) => {
    res.json(await readCypherSchema(driver, database, limits.timeoutMs));
  });

  // Each with its Cypher, so the console shows what a saved query runs and the analyst can start from it.
  router.get('/queries', (_req, res) => {
    res.json({ queries: listSavedQueries() });
  });

  router.post('/queries/:name', async (req, res) => {
    const saved = findSavedQuery(String(req.params['name']));
    const params = savedQueryParams(saved, body(req)['params']);
    const where = `saved query "${saved.name}"`;
    const options = runOptions(body(req)['connect'], where);
    res.json(await runReadOnlyCypher(driver, database, saved.query, params, limits, where, options));
  });

  return router;
}
