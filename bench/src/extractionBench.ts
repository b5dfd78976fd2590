// Extraction stage: fresh extraction through the CoreNLP worker (a baseline that parses every sentence, in the same run), re-extraction from the parse cache, the rule layer alone, worker memory and download.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Extractor, type ArticleInput } from '../../import/src/extract';
import { extractArticle } from '../../import/src/extract/extractArticle';
import { prepareArticle } from '../../import/src/extract/prepareArticle';
import { annotate } from '../../import/src/nlp/nlpBackbone';
import { ExtractorPool } from '../../import/src/extractorPool';
import { CLASSPATH_FILE, CoreNlpWorker, WORKER_DIR, buildCoreNlpWorker } from '../../import/src/nlp/coreNlpWorker';
import type { ParsedArticle } from '../../import/src/nlp/parsedArticle';
import { ParseCache } from '../../import/src/nlp/parseCache';
import { nowMs, progress, ratio, round } from './stats';

export interface ExtractionResult {
  /** Articles measured and their mean length. */
  articles: number;
  wordsPerArticle: number;
  /** Where the texts came from: the dev corpus (real news) when present, else the samples joined in pairs. */
  corpus: string;
  threads: number;
  /** Backbone and rules, nothing cached, only the sentences the rules can use parsed. */
  freshArticlesPerSec: number;
  /** The first articles after the worker starts, every sentence parsed, while the JVM compiles its hot code. */
  coldArticlesPerSec: number;
  /** The same run's baseline: every sentence parsed. */
  parseAllArticlesPerSec: number;
  ratioToParseAll: number;
  /** Share of sentences sent to the parser. */
  parsedSentenceShare: number;
  /** Re-extraction with every parse in the cache (no Java), on the importer's pool of `threads` threads. */
  cachedArticlesPerSec: number;
  /** The same on one thread, in process. */
  cachedOneThreadArticlesPerSec: number;
  /** The rule layer alone, parses in memory. */
  rulesArticlesPerSec: number;
  workerStartMs: number | null;
  workerRssMiB: number | null;
  downloadMiB: number;
  /** Seconds to resolve the jars from Maven Central into an empty local repository (full runs only). */
  downloadSeconds: number | null;
  claimsPerArticle: number;
}

const DEV_CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'dev-corpus', 'articles');
const SAMPLES = path.resolve(__dirname, '..', '..', 'data', 'articles');

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** `count` distinct texts of about 1,000 words: real news from the dev corpus when present, else sample pairs. */
export function benchArticles(count: number): { corpus: string; inputs: ArticleInput[] } {
  const fromDir = (dir: string): string[] =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  let corpus = 'shared/dev-corpus';
  let base = existsSync(DEV_CORPUS) ? fromDir(DEV_CORPUS) : [];
  if (base.length === 0) {
    corpus = 'data/articles, in pairs';
    const samples = fromDir(SAMPLES);
    base = samples.map((s, i) => `${s}\n\n${samples[(i + 1) % samples.length]!.split('\n').slice(1).join('\n')}`);
  }
  // A line of its own makes each copy a new text for the cache and the worker.
  const inputs = Array.from({ length: count }, (_, i) => {
    const [title, ...rest] = base[i % base.length]!.split('\n');
    return {
      file: `bench-${i}.txt`,
      text: `${title}\n\nBench copy ${i}.\n\n${rest.join('\n')}`,
      format: 'text' as const,
    };
  });
  return { corpus, inputs };
}

interface Throughput<T> {
  perSec: number;
  results: T[];
  articles: number;
  ms: number;
}

/** Articles per second over several runs: total articles over total time. */
function harmonic(runs: Throughput<unknown>[]): number {
  const articles = runs.reduce((n, r) => n + r.articles, 0);
  const ms = runs.reduce((n, r) => n + r.ms, 0);
  return round((articles / ms) * 1000, 2);
}

/** Runs `work` over the inputs with `concurrency` in flight; returns articles per second. */
async function throughput<T>(
  inputs: ArticleInput[],
  concurrency: number,
  work: (input: ArticleInput) => Promise<T>,
): Promise<Throughput<T>> {
  const results: T[] = new Array(inputs.length);
  let next = 0;
  const started = nowMs();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < inputs.length) {
        const i = next++;
        results[i] = await work(inputs[i]!);
      }
    }),
  );
  const ms = nowMs() - started;
  return { perSec: round((inputs.length / ms) * 1000, 2), results, articles: inputs.length, ms };
}

function rssMiB(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : round(Number(kb) / 1024, 0);
  } catch {
    return null;
  }
}

function classpathMiB(): number {
  const jars = readFileSync(CLASSPATH_FILE, 'utf8').trim().split(path.delimiter).filter(Boolean);
  return round(jars.reduce((sum, jar) => sum + statSync(jar).size, 0) / 1024 ** 2, 0);
}

/** Resolves the worker's jars into an empty local Maven repository: what a first start downloads, timed. */
function timeDownload(): number {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'entente-bench-m2-'));
  const started = nowMs();
  try {
    execFileSync(
      'mvn',
      ['-B', '-q', '-f', path.join(WORKER_DIR, 'pom.xml'), `-Dmaven.repo.local=${repo}`, 'dependency:resolve'],
      { stdio: 'ignore' },
    );
    return round((nowMs() - started) / 1000, 1);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

export interface ExtractionBenchOptions {
  articles: number;
  threads: number;
  /** Measure the first-start download too (about 490 MB from Maven Central). */
  download: boolean;
  /** Use a worker that is already running instead of starting one (the test suite's smoke run). */
  address?: { host: string; port: number };
}

export async function runExtractionBench(opts: ExtractionBenchOptions): Promise<ExtractionResult> {
  await buildCoreNlpWorker(progress);
  const { corpus, inputs } = benchArticles(opts.articles);
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'entente-bench-parse-cache-'));
  const worker = new CoreNlpWorker({
    threads: opts.threads,
    heapMb: 2048,
    timeoutMs: 300_000,
    log: progress,
    ...(opts.address ? { address: opts.address } : {}),
  });
  const concurrency = opts.threads * 2;
  try {
    progress('extraction: starting the CoreNLP worker...');
    await worker.tag('Warm up.', 'warm-up');
    const workerStartMs = worker.startMs ?? null;
    // The JVM compiles its hot loops over the first few dozen articles: warm it on texts the measured runs do not use.
    const variant = (list: ArticleInput[], tag: string): ArticleInput[] =>
      list.map((i) => ({ ...i, text: i.text.replace('Bench copy', tag) }));
    progress('extraction: warming the worker up (the first articles after a start run at about half speed)...');
    const cold = await throughput(variant(inputs, 'Warm-up copy'), concurrency, (i) =>
      annotate(worker, prepareArticle(i).text, (t) => t.sentences.map((_, k) => k), i.file),
    );
    await throughput(variant(inputs, 'Second warm-up copy'), concurrency, (i) =>
      annotate(worker, prepareArticle(i).text, (t) => t.sentences.map((_, k) => k), i.file),
    );

    // Fresh extraction and the baseline alternate in halves, so that drift of the machine hits both.
    const cache = new ParseCache(worker, cacheDir);
    const extractor = new Extractor(cache);
    const half = Math.ceil(inputs.length / 2);
    const parseAll = (i: ArticleInput): Promise<ParsedArticle> =>
      annotate(worker, prepareArticle(i).text, (t) => t.sentences.map((_, k) => k), i.file);
    progress(
      `extraction: ${inputs.length} articles (${corpus}), fresh and every sentence parsed, alternating, ${opts.threads} threads...`,
    );
    const f1 = await throughput(inputs.slice(0, half), concurrency, (i) => extractor.extract(i));
    const a1 = await throughput(variant(inputs.slice(0, half), 'Baseline copy'), concurrency, parseAll);
    const f2 = await throughput(inputs.slice(half), concurrency, (i) => extractor.extract(i));
    const a2 = await throughput(variant(inputs.slice(half), 'Baseline copy'), concurrency, parseAll);
    const fresh = { perSec: harmonic([f1, f2]), results: [...f1.results, ...f2.results] };
    const all = { perSec: harmonic([a1, a2]) };

    // Re-extraction as the importer runs it (a thread per core, each reading the cache), and on one thread.
    // Each is warmed for 2 s first: new threads compile the rule layer's hot code over their first second or two.
    const repeat = async (extract: (i: ArticleInput) => Promise<unknown>, inFlight: number): Promise<number> => {
      const passes: Throughput<unknown>[] = [];
      const warm = nowMs();
      do await throughput(inputs, inFlight, extract);
      while (nowMs() - warm < 2000);
      const start = nowMs();
      do passes.push(await throughput(inputs, inFlight, extract));
      while (nowMs() - start < 3000);
      return harmonic(passes);
    };
    progress(`extraction: again, from the parse cache, ${opts.threads} threads (2 s warm-up, 3 s measured)...`);
    const pool = new ExtractorPool({ backbone: worker, cacheDir, size: opts.threads });
    let cachedPerSec: number;
    try {
      cachedPerSec = await repeat((i) => pool.extract(i), opts.threads * 4);
      if (pool.stats.backboneCalls > 0)
        throw new Error(`the parse cache missed ${pool.stats.backboneCalls} times on the threads' passes`);
    } finally {
      // The pool's close() would close the shared worker too: only its threads end here.
      await pool.stopThreads();
    }
    progress('extraction: again, from the parse cache, one thread (2 s warm-up, 3 s measured)...');
    const before = cache.stats.misses;
    const cachedOnePerSec = await repeat((i) => extractor.extract(i), 1);
    if (cache.stats.misses !== before)
      throw new Error(`the parse cache missed ${cache.stats.misses - before} articles on the second pass`);

    progress('extraction: the rule layer alone...');
    const prepared = inputs.map(prepareArticle);
    const parses: ParsedArticle[] = await Promise.all(prepared.map((p) => cache.tag(p.text, p.input.file)));
    const rulesStart = nowMs();
    let rounds = 0;
    do {
      for (let k = 0; k < prepared.length; k++) extractArticle(prepared[k]!, parses[k]!);
      rounds++;
    } while (nowMs() - rulesStart < 1000);
    const rulesPerSec = round(((rounds * prepared.length) / (nowMs() - rulesStart)) * 1000, 1);

    const sentences = parses.reduce((n, p) => n + p.sentences.length, 0);
    const parsedSentences = parses.reduce((n, p) => n + p.sentences.filter((s) => s.head !== null).length, 0);
    const claims = fresh.results.reduce((n, d) => n + d.meetings.length + d.stances.length, 0);
    const workerRssMiB = rssMiB(worker.pid);
    progress(
      opts.download
        ? 'extraction: timing the first-start download into an empty Maven repository...'
        : 'extraction: download not timed (only full runs time it)',
    );
    return {
      articles: inputs.length,
      wordsPerArticle: round(inputs.reduce((n, i) => n + words(i.text), 0) / inputs.length, 0),
      corpus,
      threads: opts.threads,
      freshArticlesPerSec: fresh.perSec,
      coldArticlesPerSec: cold.perSec,
      parseAllArticlesPerSec: all.perSec,
      ratioToParseAll: ratio(fresh.perSec, all.perSec),
      parsedSentenceShare: round(parsedSentences / sentences, 2),
      cachedArticlesPerSec: cachedPerSec,
      cachedOneThreadArticlesPerSec: cachedOnePerSec,
      rulesArticlesPerSec: rulesPerSec,
      workerStartMs,
      workerRssMiB,
      downloadMiB: classpathMiB(),
      downloadSeconds: opts.download ? timeDownload() : null,
      claimsPerArticle: round(claims / inputs.length, 2),
    };
  } finally {
    await worker.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
