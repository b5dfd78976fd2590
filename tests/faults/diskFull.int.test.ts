// A disk that fills during an import, under `npm start` with its local Neo4j on a small tmpfs (issue 10): the importer
// stops with what it wrote, the API says why it is down, and once space is freed the store starts again, complete.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../core/neo4jConnection';
import { freePort } from '../../neo4j-local/src/localNeo4j';
import { REPO_ROOT, envWithoutNeo4j, startCommand, type RunningCommand } from '../support/spawnCommand';

const PASSWORD = 'entente-local';
const COPIES = 40;

/** Mounts a tmpfs of `sizeMb` at `dir`: as root, or through passwordless sudo. False when neither is possible. */
function mountTmpfs(dir: string, sizeMb: number): boolean {
  const args = ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir];
  const asRoot = process.getuid?.() === 0;
  const result = asRoot ? spawnSync('mount', args) : spawnSync('sudo', ['-n', 'mount', ...args]);
  return result.status === 0;
}

function unmount(dir: string): void {
  const asRoot = process.getuid?.() === 0;
  spawnSync(asRoot ? 'umount' : 'sudo', asRoot ? ['-l', dir] : ['-n', 'umount', '-l', dir]);
}

const root = mkdtempSync(path.join(os.tmpdir(), 'entente-diskfull-'));
const disk = path.join(root, 'disk');
mkdirSync(disk);
const mounted = mountTmpfs(disk, 64);
if (!mounted) {
  // Said loudly: a machine that cannot mount a tmpfs cannot run this case, and the run must show that it did not.
  process.stderr.write('diskFull.int.test.ts: SKIPPED: mounting a tmpfs needs root or passwordless sudo\n');
}

let app: RunningCommand;
let base: string;
let boltPort: number;
const articlesDir = path.join(root, 'articles');
const filler = path.join(disk, 'filler');

async function health(): Promise<{ status: number; reason?: string }> {
  const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, reason: ((await response.json()) as { reason?: string }).reason };
}

async function articleCount(): Promise<number> {
  const driver = createDriver(`bolt://127.0.0.1:${boltPort}`, 'neo4j', PASSWORD);
  try {
    const { records } = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n', {}, { database: 'neo4j' });
    return Number(records[0]!.get('n'));
  } finally {
    await driver.close();
  }
}

function runImport(): { status: number | null; stderr: string } {
  const env = {
    ...process.env,
    NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: PASSWORD,
  };
  const result = spawnSync(
    process.execPath,
    // Batches of 20: several fit in the room left, so the disk fills after some were written.
    [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'import/src/cli.ts', '--batch', '20', articlesDir],
    {
      cwd: REPO_ROOT,
      env,
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  return { status: result.status, stderr: result.stderr };
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe().catch(() => undefined as T);
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    value = await probe().catch(() => undefined as T);
  }
  return value;
}

(mounted ? describe : describe.skip)('a disk that fills during an import', () => {
  beforeAll(async () => {
    // Distinct articles (each copy has its own first line): the samples, COPIES times over.
    mkdirSync(articlesDir);
    const samples = readdirSync(path.join(REPO_ROOT, 'data', 'articles')).filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < COPIES; i++) {
      for (const f of samples) {
        const text = readFileSync(path.join(REPO_ROOT, 'data', 'articles', f), 'utf8');
        writeFileSync(path.join(articlesDir, `copy${i}-${f}`), text.replace('\n', ` (copy ${i})\n`));
      }
    }
    boltPort = await freePort();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    app = startCommand(
      'server/src/main.ts',
      [],
      envWithoutNeo4j({
        NEO4J_BOLT_PORT: String(boltPort),
        NEO4J_DATA_DIR: path.join(disk, 'db'),
        PORT: String(port),
        NEO4J_HEAP_MB: '512',
        NEO4J_PAGECACHE_MB: '16',
      }),
    );
    await app.waitFor(/seed: \d+ articles/, 240_000);
  }, 300_000);

  afterAll(async () => {
    if (app?.child.exitCode === null) {
      process.kill(-app.child.pid!, 'SIGTERM');
      await app.exited;
    }
    unmount(disk);
    rmSync(root, { recursive: true, force: true });
  });

  it('stops the import with what it wrote, says why the API is down, and starts again complete once space is freed', async () => {
    const seeded = await articleCount();
    // Leave less room than the import needs: it fills the disk part-way through.
    const free = Number(statfsSync(disk).bavail) * Number(statfsSync(disk).bsize);
    execFileSync('fallocate', ['-l', String(free - 512 * 1024), filler]);

    const first = runImport();
    expect(first.status).toBe(1);
    expect(first.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const stopped = /error: Neo4j stopped taking writes at (\S+): (\d+) article\(s\) were written before it/.exec(
      first.stderr,
    );
    expect(stopped).not.toBeNull();
    const written = Number(stopped![2]);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(COPIES * 5);
    expect(first.stderr).toMatch(new RegExp(`articles: ${written} added`));

    // The database panicked: the API says so, with the log's reason, and never a 200.
    const down = await until(health, (h) => h?.status === 503 && /No space left/.test(h.reason ?? ''), 30_000);
    expect(down).toMatchObject({ status: 503, reason: expect.stringMatching(/No space left on device/) });
    // The server's own log says it too, with the restart it is attempting.
    expect(app.output()).toMatch(/neo4j: the local Neo4j's database failed \([^)]*No space left on device\)/);

    rmSync(filler);
    const up = await until(health, (h) => h?.status === 200, 90_000);
    expect(up?.status).toBe(200);
    expect(app.child.exitCode).toBeNull();
    // Every article the importer said it wrote is there, and nothing else.
    expect(await articleCount()).toBe(seeded + written);

    const second = runImport();
    expect(second.status).toBe(0);
    expect(await articleCount()).toBe(seeded + COPIES * 5);
  }, 300_000);
});
