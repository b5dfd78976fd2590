// Import stage: the importer's writer vs the plain-Cypher baseline on the same generated rows, interleaved batch by batch in one growing graph.
import type { Driver } from 'neo4j-driver';
import type { ExtractionDocument } from '../../core/model';
import { DEFAULT_BATCH } from '../../import/src/importFiles';
import { BaselineLoader } from './baselineLoader';
import { summariseBaselineBatch } from './baselineSummaries';
import { generateGraphBatches } from './generateCorpus';
import { graphCounts } from './neo4jHarness';
import { median, nowMs, progress, ratio, round } from './stats';
import { loadWriter, splitByArticle } from './writerAdapter';

export interface BatchSample {
  loader: 'writer' | 'baseline';
  /** Relationships in the graph before this sample. */
  graphRels: number;
  rels: number;
  articles: number;
  ms: number;
  relsPerSec: number;
}

export interface ImportResult {
  relsPerSec: number | null;
  baselineRelsPerSec: number;
  ratioToBaseline: number | null;
  writer: string | null;
  writerMissing?: string;
  /** Median rels/s in the last third of the graph's growth over the first third (1 = flat). */
  flatness: { writer: number | null; baseline: number };
  totals: { claims: number; nodes: number; rels: number; seconds: number };
  series: BatchSample[];
}

export interface ImportPlan {
  seed: number;
  actors: number;
  claims: number;
  batchClaims: number;
  /** Every n-th batch gives the writer a sample (the rest is loaded by the baseline). */
  writerEvery: number;
  /** Time budget of one writer sample: it writes articles one by one until this has passed. */
  writerSampleMs: number;
  /** Called when the loaded claims reach each of these counts (the API bench's checkpoints). */
  checkpoints: number[];
  onCheckpoint?: (claims: number) => Promise<void>;
  /** Only load (no writer samples, no timing table): for `--only api`. */
  loadOnly?: boolean;
}

function subDocument(doc: ExtractionDocument, articles: ExtractionDocument['articles']): ExtractionDocument {
  const ids = new Set(articles.map((a) => a.id));
  return {
    articles,
    actors: doc.actors,
    meetings: doc.meetings.filter((m) => ids.has(m.article)),
    stances: doc.stances.filter((s) => ids.has(s.article)),
  };
}

function rate(samples: BatchSample[]): number {
  const rels = samples.reduce((s, b) => s + b.rels, 0);
  const ms = samples.reduce((s, b) => s + b.ms, 0);
  return ms > 0 ? round((rels / ms) * 1000, 1) : 0;
}

function flatness(samples: BatchSample[]): number | null {
  if (samples.length < 3) return null;
  const third = Math.max(1, Math.floor(samples.length / 3));
  // The first sample is JIT warm-up for both loaders: left out of the comparison.
  const early = median(samples.slice(1, 1 + third).map((s) => s.relsPerSec));
  const late = median(samples.slice(-third).map((s) => s.relsPerSec));
  return ratio(late, early);
}

export async function runImportBench(
  db: { driver: Driver; database: string },
  plan: ImportPlan,
): Promise<ImportResult> {
  const baseline = new BaselineLoader(db.driver, db.database);
  const writer = plan.loadOnly ? undefined : loadWriter(db);
  const writerOk = writer !== undefined && !('missing' in writer) ? writer : undefined;
  if (writer !== undefined && 'missing' in writer)
    progress(`import: writer unavailable (${writer.missing}); baseline only`);
  const series: BatchSample[] = [];
  const checkpoints = [...plan.checkpoints].sort((a, b) => a - b);
  let graphRels = (await graphCounts(db)).rels;
  let claims = 0;
  let batchNo = 0;
  const started = nowMs();
  const measure = async (loader: BatchSample['loader'], articles: number, work: () => Promise<void>) => {
    const t = nowMs();
    await work();
    const ms = nowMs() - t;
    const after = (await graphCounts(db)).rels;
    const sample = {
      loader,
      graphRels,
      rels: after - graphRels,
      articles,
      ms: round(ms, 1),
      relsPerSec: round(((after - graphRels) / ms) * 1000, 1),
    };
    graphRels = after;
    series.push(sample);
    return sample;
  };
  for (const doc of generateGraphBatches({
    seed: plan.seed,
    actors: plan.actors,
    claims: plan.claims,
    batchClaims: plan.batchClaims,
  })) {
    if (writerOk !== undefined && batchNo % plan.writerEvery === plan.writerEvery - 1) {
      // Writer sample: one-article documents, a writer's batch at a time, until the time budget is spent; the rest
      // of the generated batch goes to the baseline.
      const parts = splitByArticle(doc);
      let written = 0;
      await measure('writer', 0, async () => {
        const end = nowMs() + plan.writerSampleMs;
        while (written < parts.length && (written < 10 || nowMs() < end)) {
          const chunk = parts.slice(written, written + DEFAULT_BATCH.articles);
          await writerOk.write(chunk);
          written += chunk.length;
        }
      });
      series.at(-1)!.articles = written;
      for (const part of parts.slice(0, written)) baseline.markSeen(part.actors.map((a) => a.id));
      const rest = doc.articles.slice(written);
      if (rest.length > 0) {
        const part = subDocument(doc, rest);
        await measure('baseline', rest.length, () => baseline.load(part));
        await summariseBaselineBatch(db, part);
      }
    } else {
      await measure('baseline', doc.articles.length, () => baseline.load(doc));
      // Untimed: the API stage asks a graph with the summaries an import keeps (graphCounts leaves them out).
      await summariseBaselineBatch(db, doc);
    }
    // The generator's own count (a duplicate stance it drops still counts as drawn), so checkpoints match --sizes.
    claims = Math.min(plan.claims, claims + plan.batchClaims);
    batchNo++;
    if (batchNo % 10 === 0 || claims >= plan.claims) {
      const w = series.filter((s) => s.loader === 'writer');
      progress(
        `import: ${claims}/${plan.claims} claims, ${graphRels} rels; baseline ${rate(series.filter((s) => s.loader === 'baseline').slice(1))} rels/s` +
          (w.length > 0 ? `, writer ${rate(w.slice(1))} rels/s` : ''),
      );
    }
    while (checkpoints.length > 0 && claims >= checkpoints[0]!) {
      const at = checkpoints.shift()!;
      await plan.onCheckpoint?.(at);
    }
  }
  const base = series.filter((s) => s.loader === 'baseline');
  const writes = series.filter((s) => s.loader === 'writer');
  // Headline rates leave out each loader's first sample (JIT warm-up), kept in the series.
  const baselineRate = rate(base.length > 1 ? base.slice(1) : base);
  const writerRate = writes.length === 0 ? null : rate(writes.length > 1 ? writes.slice(1) : writes);
  const counts = await graphCounts(db);
  return {
    relsPerSec: writerRate,
    baselineRelsPerSec: baselineRate,
    ratioToBaseline: writerRate === null ? null : ratio(writerRate, baselineRate),
    writer: writerOk?.name ?? null,
    ...(writer !== undefined && 'missing' in writer ? { writerMissing: writer.missing } : {}),
    flatness: { writer: flatness(writes), baseline: flatness(base) ?? Number.NaN },
    totals: { claims, nodes: counts.nodes, rels: counts.rels, seconds: round((nowMs() - started) / 1000, 1) },
    series,
  };
}
