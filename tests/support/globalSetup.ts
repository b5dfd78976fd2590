// Starts one local Neo4j for the whole test run, on a free port with a temporary data directory, and the NLP worker.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4jProcess, freePort } from '../../neo4j-local/src/localNeo4j';
import { startTestNlpWorker } from './nlpWorker';

declare global {
  var __ENTENTE_TEST_NEO4J__: { process: LocalNeo4jProcess; dataDir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  // The importer's suites parse articles.
  await startTestNlpWorker();
  // ENTENTE_TEST_NEO4J_URI points the suites at an existing, disposable server (it is wiped by the tests).
  if (process.env.ENTENTE_TEST_NEO4J_URI) {
    process.env.NEO4J_URI = process.env.ENTENTE_TEST_NEO4J_URI;
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'entente-test-neo4j-'));
  const port = await freePort();
  const password = 'entente-test';
  const neo4j = await LocalNeo4jProcess.start({
    boltPort: port,
    dataDir,
    user: 'neo4j',
    password,
    heapMb: 768,
    pageCacheMb: 64,
    log: (line) => process.stderr.write(`\n${line}`),
  });
  globalThis.__ENTENTE_TEST_NEO4J__ = { process: neo4j, dataDir };
  // Workers start after this and inherit the environment: every suite talks to this Neo4j.
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = password;
  process.env.NEO4J_DATABASE = 'neo4j';
  process.env.ENTENTE_TEST_NEO4J_PID = String(neo4j.pid);
  process.env.ENTENTE_TEST_NEO4J_DATA_DIR = dataDir;
  process.env.ENTENTE_TEST_NEO4J_PORT = String(port);
}
