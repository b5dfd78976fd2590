// Extraction stage: articles/s and MB/s of extractArticle on one core, over generated and sample articles, against a text-scanning floor.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ExtractionDocument } from '../../core/model';
import { extractArticle } from '../../import/src/extract/index';
import { generateArticles } from './generateCorpus';
import { nowMs, progress, ratio, round } from './stats';

interface ArticleInput {
  file: string;
  text: string;
  format: 'text' | 'markdown' | 'html';
}

type Extract = (input: ArticleInput) => ExtractionDocument;

export interface ThroughputResult {
  articles: number;
  bytes: number;
  ms: number;
  articlesPerSec: number;
  mbPerSec: number;
  claimsPerArticle: number;
}

export interface ExtractionResult {
  articlesPerSec: number;
  mbPerSec: number;
  baselineArticlesPerSec: number;
  baselineMbPerSec: number;
  ratioToBaseline: number;
  generated: ThroughputResult;
  samples: ThroughputResult;
  baseline: ThroughputResult;
  note?: string;
}

const SAMPLE_DIR = path.resolve(__dirname, '..', '..', 'data', 'articles');

function formatOf(file: string): ArticleInput['format'] {
  if (/\.html?$/i.test(file)) return 'html';
  if (/\.(md|markdown)$/i.test(file)) return 'markdown';
  return 'text';
}

export function sampleArticles(): ArticleInput[] {
  return readdirSync(SAMPLE_DIR)
    .filter((f) => /\.(txt|md|markdown|html?)$/i.test(f))
    .sort()
    .map((f) => ({ file: path.join('data/articles', f), text: readFileSync(path.join(SAMPLE_DIR, f), 'utf8'), format: formatOf(f) }));
}

/**
 * The floor any extractor pays: hash the text, split it into sentences and scan capitalised words.
 * The ratio extractor/floor says how much of the extractor's time is its own matching work.
 */
export function scanFloor(input: ArticleInput): ExtractionDocument {
  const sha = createHash('sha256').update(input.text, 'utf8').digest('hex');
  let names = 0;
  for (const sentence of input.text.split(/(?<=[.!?])\s+/)) names += (sentence.match(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g) ?? []).length;
  return { articles: [{ id: `article:${sha.slice(0, 16)}`, file: input.file, title: null, date: null, actors: [String(names)] }], actors: [], meetings: [], stances: [] };
}

/** Runs `extract` over `inputs` in order (cycling) until at least `minMs` have passed, checking the clock every 8 articles. */
function measure(extract: Extract, inputs: ArticleInput[], minMs: number): ThroughputResult {
  const sizes = inputs.map((a) => Buffer.byteLength(a.text, 'utf8'));
  let articles = 0;
  let bytes = 0;
  let claims = 0;
  const start = nowMs();
  do {
    for (let k = 0; k < 8; k++) {
      const i = articles % inputs.length;
      const doc = extract(inputs[i]!);
      claims += doc.meetings.length + doc.stances.length;
      bytes += sizes[i]!;
      articles++;
    }
  } while (nowMs() - start < minMs);
  const ms = nowMs() - start;
  return {
    articles,
    bytes,
    ms: round(ms, 1),
    articlesPerSec: round((articles / ms) * 1000, 1),
    mbPerSec: round((bytes / 1e6 / ms) * 1000, 3),
    claimsPerArticle: round(claims / articles, 2),
  };
}

export async function runExtractionBench(opts: { seed: number; articles: number; minMs: number }): Promise<ExtractionResult> {
  progress(`extraction: generating ${opts.articles} articles...`);
  const generated = generateArticles(opts.seed, opts.articles);
  const samples = sampleArticles();
  progress('extraction: warming up...');
  measure(extractArticle, generated, 500);
  measure(scanFloor, generated, 200);
  progress('extraction: measuring (one core, main thread)...');
  // Alternate extractor and floor so drift of the machine hits both.
  const half = Math.max(1, Math.floor(opts.minMs / 2));
  const g1 = measure(extractArticle, generated, half);
  const b1 = measure(scanFloor, generated, half);
  const g2 = measure(extractArticle, generated, half);
  const b2 = measure(scanFloor, generated, half);
  const s = measure(extractArticle, samples, Math.max(500, half));
  const combine = (a: ThroughputResult, b: ThroughputResult): ThroughputResult => {
    const articles = a.articles + b.articles;
    const bytes = a.bytes + b.bytes;
    const ms = a.ms + b.ms;
    return { articles, bytes, ms: round(ms, 1), articlesPerSec: round((articles / ms) * 1000, 1), mbPerSec: round((bytes / 1e6 / ms) * 1000, 3), claimsPerArticle: round((a.claimsPerArticle * a.articles + b.claimsPerArticle * b.articles) / articles, 2) };
  };
  const gen = combine(g1, g2);
  const base = combine(b1, b2);
  const result: ExtractionResult = {
    articlesPerSec: gen.articlesPerSec,
    mbPerSec: gen.mbPerSec,
    baselineArticlesPerSec: base.articlesPerSec,
    baselineMbPerSec: base.mbPerSec,
    ratioToBaseline: ratio(gen.articlesPerSec, base.articlesPerSec),
    generated: gen,
    samples: s,
    baseline: base,
  };
  if (gen.claimsPerArticle === 0) result.note = 'extractArticle found no meetings or stances in the generated articles (stub or mismatch?)';
  return result;
}
