// GET /healthz: a cheap read against Neo4j, bounded in time, so a dead database gives a fast 503 and never a hang.
import type { RequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../../core/cypherFiles';
import { toEntenteError } from '../errorMapping';

export const HEALTH_TIMEOUT_MS = 2_500;

export type Neo4jHealth = { up: true } | { up: false; reason: string };

/** Answers within `timeoutMs` even when the driver waits for a connection (up to its 10 s acquisition timeout). */
export async function checkNeo4j(
  driver: Driver,
  database: string,
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<Neo4jHealth> {
  let timer: NodeJS.Timeout | undefined;
  const session = driver.session({ database });
  const probe = session
    .executeRead((tx) => tx.run(cypher('api-health')), { timeout: timeoutMs })
    .then((): Neo4jHealth => ({ up: true }))
    .catch((error: unknown): Neo4jHealth => ({ up: false, reason: toEntenteError(error, 'Neo4j').message }));
  const late = new Promise<Neo4jHealth>((resolve) => {
    timer = setTimeout(() => resolve({ up: false, reason: `Neo4j did not answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    return await Promise.race([probe, late]);
  } finally {
    clearTimeout(timer);
    // Close once the probe settles; a late session close must not hold the response.
    void probe.finally(() => session.close()).catch(() => undefined);
  }
}

/** `outage` says why Neo4j is down when the process knows more than the probe's error (a restart under way). */
export function healthRoute(
  driver: Driver,
  database: string,
  outage: () => string | undefined = () => undefined,
): RequestHandler {
  return async (_req, res) => {
    const health = await checkNeo4j(driver, database);
    res.set('Cache-Control', 'no-store');
    if (health.up) res.json({ status: 'ok', neo4j: 'up' });
    else res.status(503).json({ status: 'degraded', neo4j: 'down', reason: outage() ?? health.reason });
  };
}
