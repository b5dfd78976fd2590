// `npm run bench -- --smoke`: every stage of the benchmark runs on tiny inputs, so a change cannot break one unnoticed.
// Its numbers mean nothing and none is asserted; only that each stage produced its results.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchResults } from '../../bench/src/report';
import { REPO_ROOT } from '../support/spawnCommand';

const TSX_CLI = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

describe('the benchmark in its smoke mode', () => {
  let dir: string;
  let results: BenchResults;
  let exitCode: number | null;
  let output = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'entente-bench-smoke-'));
    const out = path.join(dir, 'results.json');
    // The test run's NLP worker (NLP_WORKER_ADDRESS) serves the extraction stage; the bench starts its own Neo4j.
    const child = spawn(process.execPath, [TSX_CLI, 'bench/src/run.ts', '--smoke', '--out', out], {
      cwd: REPO_ROOT,
      env: process.env,
      stdio: 'pipe',
    });
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    exitCode = await new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs every stage without an error and prints its table', () => {
    expect({ exitCode, errors: results.errors }).toEqual({ exitCode: 0, errors: [] });
    expect(results.mode).toBe('smoke');
    expect(output).toMatch(/stage\s+metric\s+value\s+baseline\s+ratio/);
  });

  it('measures extraction fresh, against parsing every sentence, from the cache and by the rules alone', () => {
    const e = results.extraction!;
    for (const value of [
      e.freshArticlesPerSec,
      e.parseAllArticlesPerSec,
      e.cachedArticlesPerSec,
      e.rulesArticlesPerSec,
    ])
      expect(value).toBeGreaterThan(0);
    expect(e.parsedSentenceShare).toBeGreaterThan(0);
    expect(e.parsedSentenceShare).toBeLessThanOrEqual(1);
  });

  it('measures the importer against plain UNWIND and the API against the driver at each graph size', () => {
    expect(results.import!.relsPerSec).toBeGreaterThan(0);
    expect(results.import!.baselineRelsPerSec).toBeGreaterThan(0);
    expect(results.api!.bySize).toHaveLength(2);
    for (const size of results.api!.bySize) {
      expect(size.errors).toBe(0);
      expect(Number(size.load.sent)).toBeGreaterThan(0);
      expect(size.graphql.hubNeighbourhood1.samples).toBeGreaterThan(0);
      expect(size.driver.hubNeighbourhood1.samples).toBeGreaterThan(0);
    }
  });

  it('loads the API at 8 and 32 connections alone and beside a runaway analyst query, which the time limit stops', () => {
    const runs = results.api!.bySize.at(-1)!.resilience!;
    expect(runs.map((r) => r.connections)).toEqual([8, 32]);
    for (const run of runs) {
      // Sent, not answered: a one-second run on a busy 2-core machine may end before its first answer. That the API
      // answers others while a runaway runs is a behaviour, tested in apiCypher.int.test.ts.
      expect(run.quiet.sent).toBeGreaterThan(0);
      expect(run.withRunaway.sent).toBeGreaterThan(0);
      expect(run.quiet.errors + run.withRunaway.errors).toBe(0);
      expect(run.runaway.status).toBe(504);
    }
  });

  it('draws the page with canvas and WebGL, and the real explorer at each actor count, with its draw and layout time', () => {
    const c = results.client!;
    expect(Object.keys(c.renderMs)).toEqual(['200']);
    const asked = (results.options as { realPageActors: number[] }).realPageActors;
    expect(c.realPage!.map((m) => m.actors)).toEqual(asked);
    expect(asked).toHaveLength(3);
    for (const m of c.realPage!) {
      expect(m.error).toBeUndefined();
      expect(m.elements).toBeGreaterThan(m.actors);
      expect(m.layoutMs).toBeGreaterThan(0);
      expect(m.drawMs).toBeGreaterThan(0);
      expect(m.fps).toBeGreaterThan(0);
    }
    expect(output).toMatch(/real explorer draw \+ layout ms, 200 actors/);
  });
});
