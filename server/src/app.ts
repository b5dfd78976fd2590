// Builds the Express application: health, GraphQL, the analysts' Cypher API and the explorer page, with security around them.
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../core/config';
import { NotFoundError } from '../../core/errors';
import { curationRouter } from './curation/curationRouter';
import { CurationService } from './curation/curationService';
import { cypherRouter } from './cypher/cypherRouter';
import { errorBody, fromBodyParser, httpStatusOf, toEntenteError } from './errorMapping';
import { createGraphQLServer, graphQLContext } from './graphql/graphqlServer';
import { bearerAuth, failedAuthLimit } from './http/bearerAuth';
import { hostCheck } from './http/hostCheck';
import { clientRoutes } from './http/clientRoutes';
import { healthRoute } from './http/healthRoute';
import { cors, securityHeaders } from './http/securityHeaders';

export interface AppDeps {
  config: Config;
  driver: Driver;
  database: string;
  /** The built client; default <repo>/client/dist. */
  clientDir?: string;
  /** Why Neo4j is down, when this process knows better than the driver (the supervisor restarting a local one). */
  outage?: () => string | undefined;
}

export interface App {
  app: express.Express;
  stop(): Promise<void>;
}

/** Largest JSON body accepted: a long Cypher query with parameters fits many times over. */
export const BODY_LIMIT = '256kb';

export async function createApp({ config, driver, database, clientDir, outage }: AppDeps): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(hostCheck(config.allowedHosts));
  app.use(securityHeaders());
  app.use(cors(config.corsOrigin));

  app.get('/healthz', healthRoute(driver, database, outage));

  const curatorTokens = config.curators.map((c) => c.token);
  const auth = [
    failedAuthLimit(config.authToken !== undefined || curatorTokens.length > 0),
    bearerAuth(config.authToken, curatorTokens),
  ];
  const json = express.json({ limit: BODY_LIMIT });

  const curations = new CurationService(driver, database);
  const graphql = await createGraphQLServer({ driver, database, production: config.production, curations });
  app.use('/graphql', auth, json, expressMiddleware(graphql, { context: graphQLContext(database, config.curators) }));

  const limits = {
    timeoutMs: config.cypherTimeoutMs,
    rowLimit: config.cypherRowLimit,
    byteLimit: config.cypherByteLimit,
  };
  app.use('/api', auth, json, cypherRouter({ driver, database, limits }));
  app.use('/api', auth, curationRouter(curations));
  app.use('/api', (req, _res, next) => next(new NotFoundError(`${req.method} /api${req.path}: no such API route`)));

  app.use(clientRoutes(clientDir));

  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const where = `${req.method} ${req.originalUrl.split('?')[0]}`;
    const mapped = fromBodyParser(error, where, BODY_LIMIT) ?? toEntenteError(error, where);
    if (mapped.code === 'INTERNAL_SERVER_ERROR')
      process.stderr.write(`${where}: ${(error as Error)?.stack ?? String(error)}\n`);
    if (res.headersSent) return;
    res.status(httpStatusOf(mapped.code)).json(errorBody(mapped, config.production));
  };
  app.use(onError);

  return {
    app,
    async stop() {
      // The driver belongs to the caller (main.ts closes it); we only stop what we started.
      await graphql.stop();
    },
  };
}
