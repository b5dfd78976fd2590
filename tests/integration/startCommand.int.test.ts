import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, isPortOpen } from '../../neo4j-local/src/localNeo4j';
import { envWithoutNeo4j, startCommand } from '../support/spawnCommand';

const MAIN = 'server/src/main.ts';

describe('npm start (server/src/main.ts)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'entente-start-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts its own Neo4j, imports the samples into an empty graph, serves /healthz, and Ctrl-C leaves no Java process', async () => {
    const boltPort = await freePort();
    const port = await freePort();
    const app = startCommand(
      MAIN,
      [],
      envWithoutNeo4j({
        NEO4J_BOLT_PORT: String(boltPort),
        NEO4J_DATA_DIR: path.join(dataDir, 'db'),
        PORT: String(port),
        NEO4J_HEAP_MB: '512',
        NEO4J_PAGECACHE_MB: '32',
      }),
    );
    try {
      await app.waitFor(/explorer on http:\/\/127\.0\.0\.1:\d+\//, 240_000);
      expect(app.output()).toMatch(/seed: 5 articles, \d+ actors, \d+ meetings, \d+ stances/);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' });
      expect(await isPortOpen(boltPort)).toBe(true);

      // What a terminal's Ctrl-C does: SIGINT to the whole foreground process group.
      process.kill(-app.child.pid!, 'SIGINT');
      expect(await app.exited).toBe(0);
      expect(app.output()).toMatch(/stopped/);
      expect(await isPortOpen(boltPort)).toBe(false);
    } finally {
      if (app.child.exitCode === null) process.kill(-app.child.pid!, 'SIGKILL');
    }
    // A second Neo4j's first start plus the seed: seconds on an idle machine, minutes on a loaded one.
  }, 300_000);

  it('keeps serving with /healthz 503 and a reason when the external Neo4j is unreachable', async () => {
    const port = await freePort();
    const closedBolt = await freePort();
    const app = startCommand(
      MAIN,
      [],
      envWithoutNeo4j({
        NEO4J_URI: `bolt://127.0.0.1:${closedBolt}`,
        NEO4J_PASSWORD: 'whatever-pw',
        PORT: String(port),
      }),
    );
    try {
      await app.waitFor(/explorer on/, 60_000);
      expect(app.output()).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+.*unavailable/i);
      expect(app.output()).not.toMatch(/\n\s+at /); // no stack trace
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(503);
      const body = (await health.json()) as { status: string; neo4j: string; reason?: string };
      expect(body.neo4j).toBe('down');
      expect(body.reason).toEqual(expect.any(String));
    } finally {
      process.kill(-app.child.pid!, 'SIGTERM');
      await app.exited;
    }
  });

  it('says the credentials were rejected, without a stack trace, when the external Neo4j refuses the password', async () => {
    const port = await freePort();
    // A user of its own: Neo4j locks a user out after repeated failures, and the other suites log in as neo4j.
    const app = startCommand(MAIN, [], {
      ...process.env,
      NEO4J_USER: 'entente-wrong-user',
      NEO4J_PASSWORD: 'not-the-password',
      PORT: String(port),
      SEED_ON_START: 'false',
    });
    try {
      await app.waitFor(/explorer on/, 60_000);
      expect(app.output()).toMatch(/Neo4j rejected the credentials \(check NEO4J_USER and NEO4J_PASSWORD\)/);
      expect(app.output()).not.toMatch(/\n\s+at /);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(503);
    } finally {
      process.kill(-app.child.pid!, 'SIGTERM');
      await app.exited;
    }
  });

  it('says in one line that the port is taken when PORT is in use', async () => {
    const net = await import('node:net');
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    const closedBolt = await freePort();
    const app = startCommand(
      MAIN,
      [],
      envWithoutNeo4j({
        NEO4J_URI: `bolt://127.0.0.1:${closedBolt}`,
        NEO4J_PASSWORD: 'whatever-pw',
        PORT: String(port),
      }),
    );
    try {
      expect(await app.exited).toBe(1);
      expect(app.output()).toContain(
        `error: PORT: 127.0.0.1:${port} is already in use; stop the other process or set PORT`,
      );
      expect(app.output()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('names the variable when the configuration is invalid', async () => {
    const app = startCommand(MAIN, [], envWithoutNeo4j({ NEO4J_URI: 'http://localhost:7474' }));
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(/^error: NEO4J_URI: expected neo4j:\/\/.* got "http:\/\/localhost:7474"$/m);
  });
});

describe('npm run db (neo4j-local/src/cli.ts)', () => {
  it('says Java is missing in one line when no java is on the PATH', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'entente-nojava-'));
    const db = startCommand(
      'neo4j-local/src/cli.ts',
      [],
      envWithoutNeo4j({ PATH: '/nonexistent', NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir }),
    );
    try {
      expect(await db.exited).toBe(1);
      expect(db.output()).toMatch(/^error: .*(Java|java).*(JDK 17|NEO4J_URI)/m);
      expect(db.output()).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
