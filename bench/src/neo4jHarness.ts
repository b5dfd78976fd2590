// The bench's own local Neo4j: started on a free port in a temporary data directory, schema applied, always stopped and removed (also on Ctrl-C).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../core/neo4jConnection';
import { applySchema } from '../../core/schema';
import { LocalNeo4jProcess, freePort } from '../../neo4j-local/src/localNeo4j';
import { progress } from './stats';

const USER = 'neo4j';
const PASSWORD = 'entente-bench';
export const DATABASE = 'neo4j';

export interface BenchNeo4j {
  driver: Driver;
  database: string;
  uri: string;
  user: string;
  password: string;
  version: string;
  dataDir: string;
  stop(): Promise<void>;
}

const running = new Set<BenchNeo4j>();
let handlersInstalled = false;

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const onSignal = (signal: NodeJS.Signals) => {
    progress(`${signal}: stopping Neo4j and removing its data...`);
    void stopAllNeo4j().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

/** Stops every Neo4j this process started (idempotent). */
export async function stopAllNeo4j(): Promise<void> {
  await Promise.allSettled([...running].map((n) => n.stop()));
}

/** Starts a fresh, empty Neo4j with the project schema. */
export async function startBenchNeo4j(): Promise<BenchNeo4j> {
  installSignalHandlers();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'entente-bench-neo4j-'));
  const boltPort = await freePort();
  let local: LocalNeo4jProcess;
  try {
    local = await LocalNeo4jProcess.start({
      boltPort,
      dataDir,
      user: USER,
      password: PASSWORD,
      heapMb: 2048,
      pageCacheMb: 512,
      log: progress,
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const driver = createDriver(local.uri, USER, PASSWORD);
  let stopped = false;
  const handle: BenchNeo4j = {
    driver,
    database: DATABASE,
    uri: local.uri,
    user: USER,
    password: PASSWORD,
    version: 'unknown',
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      running.delete(handle);
      await driver.close().catch(() => undefined);
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  running.add(handle);
  try {
    await driver.verifyConnectivity({ database: DATABASE });
    await applySchema(driver, DATABASE);
    const result = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS v, edition AS e',
      {},
      { database: DATABASE },
    );
    const record = result.records[0];
    if (record) handle.version = `${String(record.get('v'))} ${String(record.get('e'))}`;
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return handle;
}

/**
 * Nodes, and relationships that are claims (the derived summaries the writer keeps are counted apart: the writer and
 * the baseline are compared on the same claims). Every count comes from Neo4j's count store.
 */
export async function graphCounts(db: {
  driver: Driver;
  database: string;
}): Promise<{ nodes: number; rels: number; summaryRels: number }> {
  const result = await db.driver.executeQuery(
    `CALL { MATCH (n) RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS total }
     CALL { MATCH ()-[r:MET_WITH]->() RETURN count(r) AS met }
     CALL { MATCH ()-[r:BACKS_SUMMARY]->() RETURN count(r) AS backs }
     CALL { MATCH ()-[r:OPPOSES_SUMMARY]->() RETURN count(r) AS opposes }
     RETURN nodes, total - met - backs - opposes AS rels, met + backs + opposes AS summaryRels`,
    {},
    { database: db.database },
  );
  const record = result.records[0]!;
  return {
    nodes: Number(record.get('nodes')),
    rels: Number(record.get('rels')),
    summaryRels: Number(record.get('summaryRels')),
  };
}

/** Bytes on disk under the data directory (store files, transaction logs, indexes). */
export function storeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += storeBytes(full);
    else if (entry.isFile()) total += statSync(full, { throwIfNoEntry: false })?.size ?? 0;
  }
  return total;
}
