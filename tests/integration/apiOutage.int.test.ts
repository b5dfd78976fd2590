/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies; the assertions check their shape */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../core/neo4jConnection';
import { applySchema } from '../../core/schema';
import { LocalNeo4jProcess, freePort } from '../../neo4j-local/src/localNeo4j';
import { loadFixture, startTestApp, type TestApp } from './apiHarness';

jest.setTimeout(240_000);

const OPTIONS = { user: 'neo4j', password: 'entente-test', heapMb: 512, pageCacheMb: 32, log: () => {} };

async function until<T>(
  what: string,
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('the API when Neo4j goes away and comes back', () => {
  let neo4j: LocalNeo4jProcess | undefined;
  let driver: Driver;
  let api: TestApp;
  let dataDir: string;
  let boltPort: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'entente-api-outage-'));
    boltPort = await freePort();
    neo4j = await LocalNeo4jProcess.start({ ...OPTIONS, boltPort, dataDir });
    driver = createDriver(neo4j.uri, OPTIONS.user, OPTIONS.password);
    await applySchema(driver, 'neo4j');
    await loadFixture(driver, 'neo4j');
    api = await startTestApp(driver, 'neo4j');
  });
  afterAll(async () => {
    await api?.close();
    await driver?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports healthy, then 503 DATABASE_UNAVAILABLE without hanging while Neo4j is down, then recovers without a restart', async () => {
    expect(await api.get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok', neo4j: 'up' } });
    expect((await api.gql<any>('{ stats { actors } }')).body.data.stats.actors).toBe(14);

    await neo4j!.stop();
    neo4j = undefined;

    let started = Date.now();
    const health = await api.get('/healthz');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'degraded', neo4j: 'down', reason: expect.any(String) });

    started = Date.now();
    const gql = await api.gql('{ stats { actors } }');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(gql.status).toBe(503);
    expect(gql.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

    const cypher = await api.post('/api/cypher', { query: 'MATCH (n) RETURN count(n) AS n' });
    expect(cypher.status).toBe(503);
    expect(cypher.body.error.code).toBe('DATABASE_UNAVAILABLE');

    // The page itself stays up.
    expect((await api.get('/')).status).toBe(200);

    neo4j = await LocalNeo4jProcess.start({ ...OPTIONS, boltPort, dataDir });
    await until(
      'healthz after restart',
      async () => (await api.get('/healthz')).status,
      (s) => s === 200,
    );
    const again = await until(
      'stats after restart',
      () => api.gql<any>('{ stats { actors } }'),
      (r) => r.status === 200,
    );
    expect(again.body.data.stats.actors).toBe(14);
    const rows = await api.post('/api/cypher', { query: 'MATCH (n:Actor) RETURN count(n) AS n' });
    expect(rows.body.rows).toEqual([{ n: 14 }]);
  });
});
