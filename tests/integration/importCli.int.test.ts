import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'data', 'articles', '000_b57fc97b26af9e2c.txt');

/** Runs `npm run import` as a user would, against the test run's Neo4j (globalSetup put it in process.env) unless `env` says otherwise. */
function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'import/src/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr: stderr.replace(/^npm warn.*\n/gm, '') }));
  });
}

describe('the import command against Neo4j', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), 'entente-cli-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  const articleFiles = async (): Promise<string[]> => {
    const { records } = await db.driver.executeQuery(
      'MATCH (a:Article) RETURN a.file AS file ORDER BY file',
      {},
      { database: db.database },
    );
    return records.map((r) => path.basename(r.get('file') as string));
  };

  it('imports the good files of a bad folder, names every bad file with its reason, and exits 1', async () => {
    copyFileSync(SAMPLE, path.join(dir, 'good.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(
      path.join(dir, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    );
    writeFileSync(
      path.join(dir, 'cp1252.txt'),
      Buffer.concat([
        Buffer.from(
          'Allies back Washington\n\nBritain\x92s Foreign Secretary said on Tuesday that Britain supports the United States. ',
          'latin1',
        ),
        Buffer.from([0x93]),
        Buffer.from('We stand with Washington,', 'latin1'),
        Buffer.from([0x94]),
        Buffer.from(' he said. Fran\xe7ois Hollande met Angela Merkel in Paris.\n', 'latin1'),
      ]),
    );
    writeFileSync(path.join(dir, 'big.txt'), `Big news\n\n${'The United States and China met again. '.repeat(600)}`);
    writeFileSync(
      path.join(dir, 'broken.html'),
      '<html><head><title>Talks in Berlin</title></head><body><p>France\'s President Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Monday.<div><p>Unclosed <b>bold <a href="x',
    );
    writeFileSync(path.join(dir, 'garbage.html'), '</div></p><<<>>> <!-- never closed');
    const missing = path.join(dir, 'no-such-folder');

    const { status, stdout, stderr } = await cli(['--max-file-bytes', '16000', dir, missing]);

    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(stderr).toContain(`${path.join(dir, 'empty.txt')}: empty file`);
    expect(stderr).toContain(`${path.join(dir, 'binary.txt')}: binary file (NUL byte at offset 8), not text`);
    expect(stderr).toMatch(
      new RegExp(
        `${path.join(dir, 'big.txt').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: too large: 2\\d\\.\\d KiB is over the limit of 15\\.6 KiB \\(--max-file-bytes\\)`,
      ),
    );
    expect(stderr).toContain(`${path.join(dir, 'garbage.html')}: no article text found in the HTML`);
    expect(stderr).toContain(`${missing}: no such file or folder`);
    expect(stderr).toContain('skipped 5 files:');
    expect(stderr).toMatch(
      new RegExp(
        `${path.join(dir, 'cp1252.txt').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid UTF-8 \\(first bad byte 0x92 at offset \\d+\\); decoded as Windows-1252`,
      ),
    );
    expect(stderr).toMatch(/articles: 3 added, 0 updated, 0 unchanged/);
    expect(status).toBe(1);
    expect(await articleFiles()).toEqual(['broken.html', 'cp1252.txt', 'good.txt']);
    // The Windows-1252 text arrived decoded: its curly quotes are real characters in the stored evidence or title.
    const { records } = await db.driver.executeQuery(
      'MATCH (a:Article) WHERE a.file ENDS WITH "cp1252.txt" RETURN a.title AS title',
      {},
      { database: db.database },
    );
    expect(records[0]?.get('title')).toBe('Allies back Washington');
  });

  it('exits 0 and reports everything unchanged when the good files are imported again', async () => {
    const { status, stderr } = await cli([
      path.join(dir, 'good.txt'),
      path.join(dir, 'broken.html'),
      path.join(dir, 'cp1252.txt'),
    ]);
    expect(stderr).toMatch(/articles: 0 added, 0 updated, 3 unchanged/);
    expect(stderr).toMatch(/actors: +0 added/);
    expect(status).toBe(0);
  });

  it('applies a --corrections file and prints a one-line error, exit 1, for an invalid one', async () => {
    const { records } = await db.driver.executeQuery(
      'MATCH (a:Article) WHERE a.file ENDS WITH "good.txt" RETURN a.id AS id',
      {},
      { database: db.database },
    );
    const article = records[0]?.get('id') as string;
    const good = path.join(dir, 'fix.json');
    writeFileSync(
      good,
      JSON.stringify({
        stances: [
          {
            type: 'OPPOSES',
            from: 'country:KP',
            to: 'country:US',
            article,
            evidence: 'Curated: Pyongyang blamed Washington.',
          },
        ],
      }),
    );
    const applied = await cli(['--corrections', good]);
    expect(applied.stderr).toMatch(/stances: +1 added, 0 unchanged/);
    expect(applied.status).toBe(0);

    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ stances: [{ type: 'PRAISES', from: 'country:KP', to: 'country:US', article, evidence: 'x' }] }),
    );
    const refused = await cli(['--corrections', bad]);
    expect(refused.stderr).toContain(`${bad}: not a valid corrections file:`);
    expect(refused.stderr).toContain(
      '/stances/0/type: must be equal to one of the allowed values (BACKS, OPPOSES), got "PRAISES"',
    );
    expect(refused.status).toBe(1);
  });

  it('on Ctrl-C writes the articles already read, stops, and exits 130 with every written article complete', async () => {
    await db.clean();
    const many = path.join(dir, 'many');
    mkdirSync(many);
    const samples = readdirSync(path.join(ROOT, 'data', 'articles')).sort();
    for (let i = 0; i < 60; i += 1) {
      for (const name of samples) {
        const text = readFileSync(path.join(ROOT, 'data', 'articles', name), 'utf8');
        writeFileSync(path.join(many, `${String(i).padStart(3, '0')}_${name}`), `${text}\n\nUpdate ${i}.\n`);
      }
    }
    // Its own process group, signalled as a whole: what a terminal does on Ctrl-C. tsx's own binary rather than npx,
    // because npx answers SIGINT by dying of it, which would hide the importer's exit code.
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const child = spawn(tsx, ['import/src/cli.ts', many], { cwd: ROOT, env: process.env, detached: true });
    let stderr = '';
    let signalled = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!signalled && stderr.includes('progress: 25/300')) {
        signalled = true;
        process.kill(-child.pid!, 'SIGINT');
      }
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toContain('interrupted: writing the articles already read, then stopping');
    expect(status).toBe(130);
    const written = Number(
      /interrupted: (\d+) articles written; re-run the same import to complete it/.exec(stderr)?.[1],
    );
    expect(written).toBeGreaterThanOrEqual(25);
    expect(written).toBeLessThan(300);
    const { records } = await db.driver.executeQuery(
      'MATCH (a:Article) RETURN count(a) AS articles, sum(CASE WHEN EXISTS { (:Actor)-[:MENTIONED_IN]->(a) } THEN 0 ELSE 1 END) AS bare',
      {},
      { database: db.database },
    );
    expect(records[0]?.get('articles').toNumber()).toBe(written);
    expect(records[0]?.get('bare').toNumber()).toBe(0);
  });

  it('says in one line, without a stack trace, that Neo4j cannot be reached, exit 1', async () => {
    const child = await cli([SAMPLE], { NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'whatever-pass' });
    expect(child.stderr).toMatch(/^error: Neo4j at bolt:\/\/127\.0\.0\.1:9: Neo4j is unavailable/m);
    expect(child.stderr).not.toMatch(/^\s+at /m);
    expect(child.status).toBe(1);
  });
});
