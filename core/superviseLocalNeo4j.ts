// Keeps the local Neo4j of `npm start` running: a crash is logged and the process restarted, with backoff.
import type { Neo4jSettings } from './config';
import type { Neo4jConnection } from './neo4jConnection';
import { LocalNeo4jProcess } from '../neo4j-local/src/localNeo4j';

export interface SupervisorOptions {
  log: (line: string) => void;
  /** True once the server shuts down: an exit then is expected. */
  isStopping: () => boolean;
  /** First wait before a restart, doubled after each failed one up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * The driver keeps its address (bolt://127.0.0.1:port), so it reconnects by itself once the new process listens;
 * meanwhile queries fail as DATABASE_UNAVAILABLE and /healthz answers 503. Returns a promise that settles when
 * supervision ends (the server stops).
 */
export async function superviseLocalNeo4j(
  connection: Neo4jConnection,
  settings: Neo4jSettings,
  options: SupervisorOptions,
): Promise<void> {
  const initial = options.initialDelayMs ?? 1_000;
  const max = options.maxDelayMs ?? 30_000;
  let delay = initial;
  for (;;) {
    const current = connection.local;
    if (current === undefined) return;
    const code = await current.whenExited;
    if (options.isStopping()) return;
    // A panic (full disk, I/O error) ends the process through a clean shutdown; anything else is a crash.
    connection.outage =
      current.panicReason !== undefined
        ? `the local Neo4j's database failed (${current.panicReason}) and is being restarted`
        : `the local Neo4j exited unexpectedly (code ${code}) and is being restarted`;
    options.log(
      `neo4j: ${connection.outage}; next attempt in ${delay / 1000} s (see ${settings.dataDir}/logs/debug.log)`,
    );
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
      if (options.isStopping()) return;
      const started = Date.now();
      try {
        connection.local = await LocalNeo4jProcess.start({ ...settings, log: options.log });
        connection.outage = undefined;
        options.log(`neo4j: restarted in ${((Date.now() - started) / 1000).toFixed(1)} s; the API answers again`);
        delay = initial;
        break;
      } catch (error) {
        delay = Math.min(max, delay * 2);
        const reason = (error as Error).message.split('\n')[0];
        connection.outage = `the local Neo4j does not start again (${reason}); retrying every ${delay / 1000} s at most`;
        options.log(`neo4j: restart failed (${reason}); next attempt in ${delay / 1000} s`);
      }
    }
  }
}
