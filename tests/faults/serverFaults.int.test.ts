import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../core/neo4jConnection';
import { freePort } from '../../neo4j-local/src/localNeo4j';
import { graphFingerprint } from '../support/graphFingerprint';
import { envWithoutNeo4j, startCommand, type RunningCommand } from '../support/spawnCommand';

// Hostile requests and a crashed database against `npm start` with its own local Neo4j (issue 10): after each, the
// server answers, and the graph is what it was.

const PASSWORD = 'entente-local';
let dataDir: string;
let app: RunningCommand;
let base: string;
let boltPort: number;

/** The Java process of the local Neo4j that `npm start` runs on this port. */
function neo4jPid(port: number): number | undefined {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`ENTENTE_NEO4J_PORT=${port}`))
        return Number(pid);
    } catch {
      // a process that ended or is not ours
    }
  }
  return undefined;
}

async function health(timeoutMs: number): Promise<number> {
  const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
  return response.status;
}

async function cypher(query: string): Promise<{
  status: number;
  body: { error?: { code: string; message: string }; summary?: Record<string, unknown>; rows?: unknown[] };
}> {
  const response = await fetch(`${base}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

async function fingerprint(): Promise<string> {
  const driver = createDriver(`bolt://127.0.0.1:${boltPort}`, 'neo4j', PASSWORD);
  try {
    return (await graphFingerprint(driver, 'neo4j')).checksum;
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'entente-faults-'));
  boltPort = await freePort();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  app = startCommand(
    'server/src/main.ts',
    [],
    envWithoutNeo4j({
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_DATA_DIR: path.join(dataDir, 'db'),
      PORT: String(port),
      NEO4J_HEAP_MB: '768',
      NEO4J_PAGECACHE_MB: '32',
    }),
  );
  await app.waitFor(/explorer on http/, 240_000);
  await app.waitFor(/seed: \d+ articles/, 240_000);
}, 300_000);

afterAll(async () => {
  if (app?.child.exitCode === null) {
    process.kill(-app.child.pid!, 'SIGTERM');
    await app.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('hostile analyst Cypher', () => {
  it.each([
    ['a string that doubles past the heap', "WITH reduce(s='x', i IN range(1,29) | s+s) AS s RETURN size(s) AS n"],
    ['a list past the transaction memory limit', 'UNWIND range(1, 30000000) AS i WITH collect(i) AS c RETURN size(c)'],
    ['brackets 3,000 deep', `RETURN ${'('.repeat(3000)}1${')'.repeat(3000)}`],
  ])('refuses %s with 422 and a reason; the server stays healthy and the graph unchanged', async (_what, query) => {
    const before = await fingerprint();
    const { status, body } = await cypher(query);
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: 'QUERY_TOO_LARGE', message: expect.stringMatching(/memory|nest|large/) });
    expect(await health(1_000)).toBe(200);
    expect(await fingerprint()).toBe(before);
  });

  it('cuts 600 rows of 1 MB at the byte limit instead of sending them all', async () => {
    const { status, body } = await cypher("UNWIND range(1,600) AS i RETURN reduce(s='x', k IN range(1,20) | s+s) AS s");
    expect(status).toBe(200);
    expect(body.summary).toMatchObject({ truncated: true, truncatedBy: 'bytes' });
    expect(body.rows!.length).toBeLessThan(600);
    expect(await health(1_000)).toBe(200);
  });

  it('runs the reads analysts and Neo4j Browser use, and PROFILE of a read', async () => {
    for (const query of [
      'CALL dbms.components()',
      'CALL db.info()',
      'CALL db.ping()',
      "CALL db.stats.retrieve('GRAPH COUNTS')",
      'SHOW CURRENT USER',
      'SHOW DATABASES',
      'SHOW TRANSACTIONS',
    ]) {
      const { status, body } = await cypher(query);
      expect({ query, status }).toEqual({ query, status: 200 });
      expect(body.rows!.length).toBeGreaterThan(0);
    }
    const profiled = await cypher('PROFILE MATCH (a:Actor) RETURN count(a) AS n');
    expect(profiled.status).toBe(200);
    expect(profiled.body.summary!['profile']).toMatchObject({
      operator: 'ProduceResults',
      children: expect.any(Array),
    });
  });

  it('still refuses administration and writes dressed as reads', async () => {
    for (const query of [
      'SHOW USERS',
      'PROFILE CREATE (n:X)',
      "CALL dbms.components() YIELD name CALL db.createLabel('X') RETURN name",
      'SHOW DATABASES YIELD name CREATE DATABASE x',
    ]) {
      const { status } = await cypher(query);
      expect({ query, status }).toEqual({ query, status: expect.any(Number) });
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    }
  });
});

describe('wrong statuses and leaks', () => {
  async function post(
    route: string,
    payload: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; text: string }> {
    const response = await fetch(`${base}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(payload),
    });
    return { status: response.status, text: await response.text() };
  }

  it('refuses parameters nested 3,000 deep with a 4xx while Neo4j is fine, and stays healthy', async () => {
    let nested: unknown = 1;
    for (let i = 0; i < 3000; i++) nested = [nested];
    const { status, text } = await post('/api/cypher', { query: 'RETURN $p AS p', params: { p: nested } });
    expect(text).toMatch(/parameters nest more than 200 deep/);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(await health(1_000)).toBe(200);
  });

  it('runs a saved query with limit null at its default, with no Java class name in any answer', async () => {
    const { status, text } = await post('/api/queries/actor-claims', { params: { actor: 'country:US', limit: null } });
    expect(status).toBe(200);
    expect(text).not.toMatch(/\$@[0-9a-f]+|org\.neo4j|java\./);
    const bad = await post('/api/cypher', { query: 'RETURN 1 +' });
    expect(bad.status).toBe(400);
    expect(bad.text).not.toMatch(/\$@[0-9a-f]+|org\.neo4j|java\.|\n\s+at /);
  });

  it('answers a request naming a foreign Host (DNS rebinding) with 421, before any route', async () => {
    const url = new URL(base);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: '/api/queries', headers: { host: `attacker.example:${url.port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});

describe('a GraphQL fragment bomb', () => {
  it('is refused at once, and /healthz answers within 1 s meanwhile', async () => {
    const levels = 25;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on GraphNode { ${i + 1 < levels ? `id ...F${i + 1} label ...F${i + 1}` : 'id'} }`,
    );
    const query = `{ neighbourhood(actors: ["country:US"]) { nodes { ...F0 } } } ${fragments.join(' ')}`;
    const bomb = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(await health(1_000)).toBe(200);
    const response = await bomb;
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/fields; at most/);
  });
});

describe('a crash of the local Neo4j', () => {
  it('answers 503 during the outage, restarts Neo4j, and answers 200 again without a restart of the server', async () => {
    const pid = neo4jPid(boltPort);
    expect(pid).toBeDefined();
    const before = await fingerprint();
    process.kill(pid!, 'SIGKILL');
    await app.waitFor(/local Neo4j exited unexpectedly/, 10_000);
    // During the outage: a fast 503, never a hang.
    expect(await health(5_000)).toBe(503);
    await app.waitFor(/neo4j: restarted in/, 60_000);
    let status = 0;
    for (let tries = 0; tries < 60 && status !== 200; tries++) {
      status = await health(5_000);
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    expect(neo4jPid(boltPort)).not.toBe(pid);
    expect(await fingerprint()).toBe(before);
    expect(app.child.exitCode).toBeNull();
  }, 120_000);
});
