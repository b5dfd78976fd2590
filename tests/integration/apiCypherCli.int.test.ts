import { main } from '../../server/src/cypherCli';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { graphFingerprint } from '../support/graphFingerprint';
import { loadFixture } from './apiHarness';

jest.setTimeout(60_000);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const stderr = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  try {
    return { code: await main(argv), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('npm run cypher against the test Neo4j', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase();
    await loadFixture(db.driver, db.database);
  });
  afterAll(async () => db?.close());

  it('prints a table for a read query with typed parameters', async () => {
    const { code, out } = await run([
      '-p',
      'code="US"',
      'MATCH (c:Country {code: $code})<-[:REPRESENTS]-(o) RETURN c.name AS country, o.name AS official ORDER BY official',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('United States | Mike Pompeo');
    expect(out).toContain('United States | Stephen Biegun');
    expect(out).toMatch(/2 rows/);
  });

  it('prints JSON with --json and stops at --limit', async () => {
    const { code, out } = await run(['--json', '--limit', '2', 'UNWIND range(1, 10) AS i RETURN i']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ rows: [{ i: 1 }, { i: 2 }], summary: { truncated: true } });
  });

  it('refuses a write with exit code 1 and the reason, and changes nothing', async () => {
    const before = await graphFingerprint(db.driver, db.database);
    const { code, err } = await run(['MATCH (a:Actor) SET a.name = "x"']);
    expect(code).toBe(1);
    expect(err).toMatch(/error: .*writes/);
    expect(await graphFingerprint(db.driver, db.database)).toEqual(before);
  });

  it('answers usage mistakes with exit code 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['-f', '/nonexistent/q.cypher'])).err).toMatch(/cannot read \/nonexistent\/q\.cypher: ENOENT/);
  });
});
