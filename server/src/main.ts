// `npm start`: local Neo4j (unless NEO4J_URI), schema, first-start sample import, then the API and page on HOST:PORT.
import '../../core/productionDefault';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { EXIT, errorLine, exitCodeOf } from '../../core/commandLine';
import { loadConfig, type Config } from '../../core/config';
import { cypher } from '../../core/cypherFiles';
import { ConfigError } from '../../core/errors';
import { connectNeo4j, type Neo4jConnection } from '../../core/neo4jConnection';
import { ensureSummaries } from '../../core/claimSummaries';
import { applySchema } from '../../core/schema';
import { onStopSignals } from '../../core/stopSignals';
import { importFiles } from '../../import/src/importFiles';
import { superviseLocalNeo4j } from '../../core/superviseLocalNeo4j';
import { openExtractor } from '../../import/src/openExtractor';
import { createApp, type App } from './app';

const SAMPLE_ARTICLES = path.resolve(__dirname, '..', '..', 'data', 'articles');
const RETRY_MS = 5_000;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Import the sample articles when the graph has none, so a fresh clone opens on a populated map. */
async function seedIfEmpty(config: Config, neo4j: Neo4jConnection): Promise<void> {
  if (!config.seedOnStart) return;
  const { records } = await neo4j.driver.executeQuery(
    cypher('seed-has-articles'),
    {},
    { database: neo4j.database, routing: 'READ' },
  );
  if (records[0]?.get('seeded') === true) return;
  log(
    `seed: empty graph, importing the sample articles from ${path.relative(process.cwd(), SAMPLE_ARTICLES) || SAMPLE_ARTICLES}`,
  );
  // The NLP worker starts for the seed (parses cached from an earlier start are reused) and stops after it.
  const extractor = openExtractor(config.nlp, log);
  let summary;
  try {
    summary = await importFiles(neo4j, [SAMPLE_ARTICLES], {
      maxFileBytes: config.importMaxFileBytes,
      extractor,
      readAhead: config.nlp.threads * 2,
    });
  } finally {
    await extractor.close();
  }
  log(
    `seed: ${summary.articles.added} articles, ${summary.actors.added} actors, ${summary.meetings.added} meetings, ${summary.stances.added} stances` +
      (summary.skipped.length > 0
        ? `; skipped ${summary.skipped.map((s) => `${s.file} (${s.reason})`).join(', ')}`
        : ''),
  );
}

/** Schema and seed need Neo4j: returns false (and logs why) when it is not reachable yet. */
async function prepareGraph(config: Config, neo4j: Neo4jConnection): Promise<boolean> {
  try {
    const statements = await applySchema(neo4j.driver, neo4j.database);
    log(`neo4j: schema applied (${statements} statements) on ${neo4j.uri}`);
    // The questions read the summaries the writer keeps; a graph written before they existed gets them once.
    if (await ensureSummaries(neo4j.driver, neo4j.database)) log('neo4j: summaries built from the claims');
    await seedIfEmpty(config, neo4j);
    return true;
  } catch (error) {
    log(
      `neo4j: not ready (${(error as Error).message.split('\n')[0]}); retrying every ${RETRY_MS / 1000} s, /healthz answers 503 meanwhile`,
    );
    return false;
  }
}

/**
 * Keep trying in the background, so a server started before its Neo4j comes up on its own. The next attempt is
 * scheduled only when one has failed: an attempt (schema, index wait, seed import) can outlast RETRY_MS, and two at
 * once would seed the samples twice.
 */
function retryPrepareGraph(config: Config, neo4j: Neo4jConnection, isStopping: () => boolean): void {
  setTimeout(() => {
    if (isStopping()) return;
    void prepareGraph(config, neo4j).then((done) => {
      if (!done) retryPrepareGraph(config, neo4j, isStopping);
    });
  }, RETRY_MS).unref();
}

function listen(app: App, config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.app.listen(config.port, config.host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(
          new ConfigError(
            'PORT',
            `${config.host}:${config.port} is already in use; stop the other process or set PORT`,
          ),
        );
      else if (error.code === 'EADDRNOTAVAIL') reject(new ConfigError('HOST', `cannot listen on ${config.host}`));
      else reject(error);
    });
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  let stopping = false;
  const neo4j = await connectNeo4j(config.neo4j, { log, requireReachable: config.neo4j.uri === undefined });
  // Filled in as start-up proceeds; a signal during start-up stops whatever exists so far.
  const running: { app?: App; server?: Server } = {};

  const shutdown = async (signal: string): Promise<void> => {
    stopping = true;
    log(`${signal}: shutting down...`);
    const { app, server } = running;
    // In-flight requests get 5 s to finish; then their connections are cut.
    const force = setTimeout(() => server?.closeAllConnections(), 5_000);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    clearTimeout(force);
    await app?.stop();
    await neo4j.close();
    log('stopped');
    process.exit(EXIT.OK);
  };
  onStopSignals(
    (signal) => void shutdown(signal),
    () => {
      log('second signal: exiting now');
      process.exit(EXIT.INTERRUPTED);
    },
  );
  // A crash of the local Neo4j is survived: it is restarted (with backoff), the API answers 503 meanwhile.
  void superviseLocalNeo4j(neo4j, config.neo4j, { log, isStopping: () => stopping });

  // Serve even when an external Neo4j is down: /healthz says 503 until the schema and seed get through.
  if (!(await prepareGraph(config, neo4j))) retryPrepareGraph(config, neo4j, () => stopping);
  running.app = await createApp({ config, driver: neo4j.driver, database: neo4j.database, outage: () => neo4j.outage });
  running.server = await listen(running.app, config);
  // The bound port, not config.port: PORT=0 asks the system for a free one.
  const { port } = running.server.address() as AddressInfo;
  log(`entente: explorer on http://${config.host}:${port}/  (GraphiQL /graphiql, health /healthz; Ctrl-C to stop)`);
}

main().catch((error: unknown) => {
  log(errorLine(error, 'start'));
  process.exit(exitCodeOf(error));
});
