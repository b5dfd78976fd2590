// Opens the process's one Neo4j driver: to NEO4J_URI when set, otherwise to the local Neo4j (started if not running).
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jSettings } from './config';
import { DatabaseUnavailableError, LocalNeo4jError, fromNeo4jError } from './errors';
import { LocalNeo4jProcess, isPortOpen } from '../neo4j-local/src/localNeo4j';
import { boltPortOf, enableTcpNoDelay } from './tcpNoDelay';

export interface Neo4jConnection {
  driver: Driver;
  database: string;
  uri: string;
  /** The local Neo4j this process started, if any; close() stops it. A supervisor replaces it after a crash. */
  local: LocalNeo4jProcess | undefined;
  /** While the local Neo4j is down and being restarted: why (its database panicked on a full disk, a crash). */
  outage?: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  log?: (line: string) => void;
  /** Fail when Neo4j cannot be reached (CLI); the server passes false and reports 503 until it is back. */
  requireReachable?: boolean;
}

export function createDriver(uri: string, user: string, password: string): Driver {
  enableTcpNoDelay(boltPortOf(uri));
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    userAgent: 'entente/0.1',
    connectionTimeout: 5_000,
    // Without this a request waits 60 s for a pool slot when Neo4j is down; fail fast and say so instead.
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
  });
}

/** One clear line for the two failures a user can fix: wrong credentials, server not reachable. */
export async function verifyNeo4j(driver: Driver, uri: string, database: string): Promise<void> {
  try {
    await driver.verifyConnectivity({ database });
  } catch (error) {
    const mapped = fromNeo4jError(error, `Neo4j at ${uri}`);
    if (mapped instanceof DatabaseUnavailableError) throw mapped;
    throw new DatabaseUnavailableError(`Neo4j at ${uri}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
}

export async function connectNeo4j(settings: Neo4jSettings, options: ConnectOptions = {}): Promise<Neo4jConnection> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const requireReachable = options.requireReachable ?? true;
  const connection = (driver: Driver, uri: string, local: LocalNeo4jProcess | undefined): Neo4jConnection => {
    const conn: Neo4jConnection = {
      driver,
      uri,
      local,
      database: settings.database,
      async close() {
        await driver.close();
        // The process running now: a supervisor may have replaced the one started first.
        await conn.local?.stop();
      },
    };
    return conn;
  };

  if (settings.uri !== undefined) {
    const driver = createDriver(settings.uri, settings.user, settings.password);
    try {
      await verifyNeo4j(driver, settings.uri, settings.database);
    } catch (error) {
      if (requireReachable) {
        await driver.close();
        throw error;
      }
      log(`neo4j: ${(error as Error).message}; will keep retrying`);
    }
    return connection(driver, settings.uri, undefined);
  }

  const localUri = `bolt://127.0.0.1:${settings.boltPort}`;
  if (await isPortOpen(settings.boltPort)) {
    // Someone (npm run db, or another npm start) already runs a Neo4j there: share it, and leave it running.
    const driver = createDriver(localUri, settings.user, settings.password);
    try {
      await verifyNeo4j(driver, localUri, settings.database);
    } catch (error) {
      await driver.close();
      const mapped = error as Error;
      throw new LocalNeo4jError(
        `port 127.0.0.1:${settings.boltPort} is in use but no usable Neo4j answers there (${mapped.message}); stop that process or set NEO4J_BOLT_PORT`,
      );
    }
    log(`neo4j: using the local Neo4j already running on ${localUri}`);
    return connection(driver, localUri, undefined);
  }

  const local = await LocalNeo4jProcess.start({ ...settings, log });
  const driver = createDriver(local.uri, settings.user, settings.password);
  try {
    await verifyNeo4j(driver, local.uri, settings.database);
  } catch (error) {
    await driver.close();
    await local.stop();
    throw error;
  }
  return connection(driver, local.uri, local);
}
