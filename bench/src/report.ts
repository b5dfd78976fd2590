// The bench's output: the results JSON (bench/results/latest.json) and the stdout table (stage, metric, value, baseline, ratio).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ApiSizeResult } from './apiBench';
import type { ExtractionResult } from './extractionBench';
import { round } from './stats';
import type { ImportResult } from './importBench';
import type { MachineInfo } from './machine';
import type { Mode } from './options';
import type { ClientResult } from './pageBench';

export interface BenchResults {
  machine: MachineInfo;
  mode: Mode;
  options: Record<string, unknown>;
  extraction: ExtractionResult | null;
  import:
    | (Partial<ImportResult> & {
        storeMiB?: number;
        relsPerSec: number | null;
        baselineRelsPerSec: number;
        ratioToBaseline: number | null;
      })
    | null;
  api:
    | (Partial<ApiSizeResult> & {
        graphqlP50Ms: number;
        graphqlP95Ms: number;
        driverP50Ms: number;
        overheadRatio: number;
        reqPerSec: number;
        bySize: ApiSizeResult[];
      })
    | null;
  client: ClientResult | null;
  errors: { stage: string; message: string }[];
  seconds: number;
}

export function writeResults(file: string, results: BenchResults): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify(results, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`,
  );
}

type Cell = string | number | null | undefined;

function fmt(value: Cell): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '-';
  if (typeof value === 'string') return value;
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return String(Math.round(value * 100) / 100);
}

export function formatTable(r: BenchResults): string {
  const rows: Cell[][] = [];
  const add = (stage: string, metric: string, value: Cell, baseline?: Cell, ratio?: Cell) =>
    rows.push([stage, metric, value, baseline, ratio]);
  if (r.extraction) {
    const e = r.extraction;
    const per = `${e.wordsPerArticle}-word articles, ${e.threads} threads`;
    add(
      'extraction',
      `articles/s fresh (${per}) vs every sentence parsed`,
      e.freshArticlesPerSec,
      e.parseAllArticlesPerSec,
      e.ratioToParseAll,
    );
    add(
      'extraction',
      'articles/s in the first minute after the worker starts (every sentence parsed)',
      e.coldArticlesPerSec,
    );
    add('extraction', 'sentences parsed (share)', e.parsedSentenceShare);
    add('extraction', `articles/s re-extracted from the parse cache (${e.threads} threads)`, e.cachedArticlesPerSec);
    add('extraction', 'articles/s re-extracted from the parse cache (1 thread)', e.cachedOneThreadArticlesPerSec);
    add('extraction', 'articles/s rule layer alone (1 core)', e.rulesArticlesPerSec);
    add(
      'extraction',
      'worker start s / RSS MiB',
      `${e.workerStartMs === null ? '-' : round(e.workerStartMs / 1000, 1)} / ${e.workerRssMiB ?? '-'}`,
    );
    add('extraction', 'first-start download MiB / s', `${e.downloadMiB} / ${e.downloadSeconds ?? 'not timed'}`);
    add('extraction', 'claims/article', e.claimsPerArticle);
  }
  if (r.import) {
    const i = r.import;
    add('import', 'rels/s writer vs plain UNWIND', i.relsPerSec, i.baselineRelsPerSec, i.ratioToBaseline);
    add('import', 'flatness late/early (1 = flat)', i.flatness?.writer ?? null, i.flatness?.baseline);
    if (i.totals) add('import', 'graph loaded: nodes / rels', `${fmt(i.totals.nodes)} / ${fmt(i.totals.rels)}`);
    if (i.storeMiB !== undefined) add('import', 'store on disk (MiB)', i.storeMiB);
  }
  if (r.api) {
    for (const s of r.api.bySize) {
      const at = `@${fmt(s.rels)} rels`;
      add('api', `p50 ms GraphQL vs driver ${at}`, s.graphqlP50Ms, s.driverP50Ms, s.overheadRatio);
      add(
        'api',
        `p95 ms GraphQL vs driver ${at}`,
        s.graphqlP95Ms,
        s.driverP95Ms,
        ratioCell(s.graphqlP95Ms, s.driverP95Ms),
      );
      add(
        'api',
        `p99 ms GraphQL vs driver ${at}`,
        s.graphqlP99Ms,
        s.driverP99Ms,
        ratioCell(s.graphqlP99Ms, s.driverP99Ms),
      );
      for (const kind of ['neighbourhood1', 'neighbourhood2', 'whoMet'] as const) {
        add(
          'api',
          `  ${kind} p50 ms ${at}`,
          s.graphql[kind].p50,
          s.driver[kind].p50,
          ratioCell(s.graphql[kind].p50, s.driver[kind].p50),
        );
      }
      // Results written before the hub question was sampled have no entry for it.
      const hub = { graphql: s.graphql.hubNeighbourhood1, driver: s.driver.hubNeighbourhood1 };
      if (hub.graphql !== undefined && hub.driver !== undefined)
        for (const p of ['p50', 'p95'] as const)
          add(
            'api',
            `neighbourhood1(top hub) ${p} ms ${at}`,
            hub.graphql[p],
            hub.driver[p],
            ratioCell(hub.graphql[p], hub.driver[p]),
          );
      add('api', `req/s neighbourhood1 x${s.connections} ${at}`, s.reqPerSec, s.driverReqPerSec, s.reqPerSecRatio);
      if (s.hubWhoMetMs)
        add(
          'api',
          `whoMet(top hub) ms ${at}`,
          s.hubWhoMetMs.graphql,
          s.hubWhoMetMs.driver,
          ratioCell(s.hubWhoMetMs.graphql, s.hubWhoMetMs.driver),
        );
      for (const run of s.resilience ?? []) {
        const x = `x${run.connections} ${at}`;
        const q = run.quiet;
        const w = run.withRunaway;
        add(
          'api',
          `req/s neighbourhood1 ${x}, with a runaway query vs alone`,
          w.reqPerSec,
          q.reqPerSec,
          ratioCell(w.reqPerSec, q.reqPerSec),
        );
        add(
          'api',
          `  p50 / p99 ms ${x}, with a runaway query vs alone`,
          `${fmt(w.p50Ms)} / ${fmt(w.p99Ms)}`,
          `${fmt(q.p50Ms)} / ${fmt(q.p99Ms)}`,
        );
        add('api', `  errors ${x}, with a runaway query vs alone`, w.errors, q.errors);
        add('api', `  the runaway query: HTTP status, ms`, `${run.runaway.status}, ${fmt(run.runaway.ms)}`);
      }
    }
  }
  if (r.client) {
    for (const [size, ms] of Object.entries(r.client.renderMs))
      add(
        'client',
        `draw+layout ms, ${size} el. canvas vs WebGL`,
        ms,
        r.client.webgl.renderMs[size],
        ratioCell(ms, r.client.webgl.renderMs[size]),
      );
    for (const [size, fps] of Object.entries(r.client.fps))
      add(
        'client',
        `pan fps, ${size} el. canvas vs WebGL`,
        fps,
        r.client.webgl.fps[size],
        ratioCell(fps, r.client.webgl.fps[size]),
      );
  }
  for (const m of r.client?.realPage ?? []) {
    const size = `${m.actors} actors (${m.elements} el., ${m.renderer})`;
    if (m.error) {
      add('client', `real explorer, ${size}`, m.error);
      continue;
    }
    add('client', `real explorer draw + layout ms, ${size}`, `${fmt(m.drawMs)} + ${fmt(m.layoutMs)}`);
    add('client', `real explorer pan fps, ${size}`, m.fps);
  }
  for (const e of r.errors) add(e.stage, 'ERROR', e.message.slice(0, 80));
  const header: Cell[] = ['stage', 'metric', 'value', 'baseline', 'ratio'];
  const table = [header, ...rows].map((row) => row.map(fmt));
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ');
  return [line(table[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line)].join('\n');
}

function ratioCell(a: number | undefined, b: number | undefined): number | null {
  return a !== undefined && b !== undefined && b > 0 ? Math.round((a / b) * 1000) / 1000 : null;
}
