import http from 'node:http';
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies; the assertions check their shape */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { loadFixture, startTestApp, type TestApp } from './apiHarness';

jest.setTimeout(60_000);

describe('the HTTP surface: health, client, GraphiQL, security headers, token and CORS', () => {
  let db: TestDatabase;
  let open: TestApp;
  let guarded: TestApp;
  let clientDir: string;

  beforeAll(async () => {
    db = await openTestDatabase();
    await loadFixture(db.driver, db.database);
    clientDir = mkdtempSync(path.join(os.tmpdir(), 'entente-client-'));
    mkdirSync(path.join(clientDir, 'assets'));
    writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Entente</title>');
    writeFileSync(path.join(clientDir, 'graphiql.html'), '<!doctype html><title>GraphiQL</title>');
    writeFileSync(path.join(clientDir, 'assets', 'app.js'), 'console.log(1)');
    open = await startTestApp(db.driver, db.database, {}, path.join(os.tmpdir(), 'entente-no-client-here'));
    guarded = await startTestApp(
      db.driver,
      db.database,
      { authToken: 's3cret-token', corsOrigin: 'http://analyst.example' },
      clientDir,
    );
  });
  afterAll(async () => {
    await open?.close();
    await guarded?.close();
    await db?.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('answers /healthz with the database status', async () => {
    expect(await open.get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok', neo4j: 'up' } });
  });

  it('says to run npm run build when the client is not built', async () => {
    const res = await open.get('/');
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/npm run build/);
  });

  it('serves the built client, its assets and GraphiQL, with a same-origin CSP', async () => {
    const index = await guarded.get('/');
    expect(index.body).toContain('<title>Entente</title>');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await guarded.get('/assets/app.js')).status).toBe(200);
    expect((await guarded.get('/graphiql')).body).toContain('<title>GraphiQL</title>');
  });

  it('requires the bearer token on /graphql and /api when one is configured, but not on the page or /healthz', async () => {
    const noToken = await guarded.post('/api/cypher', { query: 'RETURN 1' });
    expect(noToken).toEqual({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/Authorization: Bearer/) } },
    });
    expect((await guarded.post('/api/cypher', { query: 'RETURN 1' }, { authorization: 'Bearer wrong' })).status).toBe(
      401,
    );
    expect((await guarded.get('/api/queries')).status).toBe(401);
    expect((await guarded.gql('{ stats { actors } }')).status).toBe(401);
    const ok = await guarded.post(
      '/api/cypher',
      { query: 'RETURN 1 AS one' },
      { authorization: 'Bearer s3cret-token' },
    );
    expect(ok.body.rows).toEqual([{ one: 1 }]);
    expect(
      (await guarded.gql<any>('{ stats { actors } }', undefined, { authorization: 'Bearer s3cret-token' })).body.data
        .stats.actors,
    ).toBe(14);
    expect((await guarded.get('/healthz')).status).toBe(200);
    expect((await guarded.get('/')).status).toBe(200);
  });

  it('sends CORS headers only for the configured origin, and none when CORS is off', async () => {
    const allowed = await fetch(`${guarded.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://analyst.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://analyst.example');
    const other = await fetch(`${guarded.url}/healthz`, { headers: { origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const off = await fetch(`${open.url}/healthz`, { headers: { origin: 'http://analyst.example' } });
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers unknown /api routes with a JSON 404', async () => {
    expect(await open.get('/api/nothing-here')).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });

  it('refuses a request naming another host (a DNS-rebinding page), with 421 and the setting to change', async () => {
    const url = new URL(open.url);
    const status = await new Promise<{ code: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: '/api/queries', headers: { host: `attacker.example:${url.port}` } },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ code: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status.code).toBe(421);
    expect(JSON.parse(status.body).error).toMatchObject({
      code: 'FORBIDDEN_HOST',
      message: expect.stringContaining('ALLOWED_HOSTS'),
    });
    expect((await open.get('/api/queries')).status).toBe(200);
  });

  it('answers 429 to an address after 20 wrong tokens in a minute, without counting right ones', async () => {
    const limited = await startTestApp(db.driver, db.database, { authToken: 'another-s3cret' });
    try {
      for (let i = 0; i < 5; i++)
        expect((await limited.get('/api/queries', { authorization: 'Bearer another-s3cret' })).status).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++)
        statuses.push((await limited.get('/api/queries', { authorization: `Bearer guess-${i}` })).status);
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(20)).toEqual([429, 429]);
      const blocked = await limited.get('/api/queries', { authorization: 'Bearer guess-x' });
      expect(blocked.body.error.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await limited.close();
    }
  });
});
