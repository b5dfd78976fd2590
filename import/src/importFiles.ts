// Imports article files (and curated corrections) into the graph, or extracts them only (dry run); used by the CLI and the server's seed.
import { createHash } from 'node:crypto';
import { BackboneUnavailableError, BadInputError, DatabaseUnavailableError, fromNeo4jError } from '../../core/errors';
import type { ExtractionDocument } from '../../core/model';
import { readCorrections, writeCorrections } from './corrections';
import { mergeDocuments, type ArticleExtractor } from './extract';
import { findArticleFiles, type FoundFile } from './findArticleFiles';
import { extractorFingerprint } from './extractorFingerprint';
import { writeArticle, writeArticles, type ArticleOutcome, type ClaimCounts, type GraphTarget } from './graphWriter';
import { readArticle } from './readArticle';

export interface ImportOptions {
  maxFileBytes: number;
  /** Reads the articles (the NLP backbone behind it runs in its own process). */
  extractor: ArticleExtractor;
  /** Articles being read ahead of the one being written (the backbone parses this many at once). */
  readAhead?: number;
  /**
   * Articles written per transaction, and the claims (meetings, stances, mentions) past which a batch is written
   * early. One transaction per batch is what makes a large import fast; 1 writes article by article.
   */
  batch?: { articles: number; claims: number };
  dryRun?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
  log?: (line: string) => void;
  /** When aborted (Ctrl-C), the article being written is finished and the run stops before the next file. */
  signal?: AbortSignal;
  /**
   * Called before each write; throws (a BadInputError saying how much is free) to stop the run cleanly before a
   * write could fill the disk under Neo4j. The CLI checks the local Neo4j's data folder.
   */
  checkSpace?: () => void;
}

/** Articles per write transaction, and the rows (actors, meetings, stances) past which a batch is written early. */
export const DEFAULT_BATCH = { articles: 100, claims: 10_000 };

export interface ImportSummary {
  files: number;
  articles: { added: number; updated: number; unchanged: number };
  actors: { added: number; unchanged: number };
  meetings: { added: number; unchanged: number };
  stances: { added: number; unchanged: number };
  skipped: { file: string; reason: string }[];
  warnings: { file: string; message: string }[];
  /** merged, for dry runs */
  document?: ExtractionDocument;
  /** Set when options.signal stopped the run early. */
  interrupted?: boolean;
  /** Nodes and relationships created (0 on a dry run). */
  nodesCreated?: number;
  relationshipsCreated?: number;
}

function emptySummary(files: number): ImportSummary {
  return {
    files,
    articles: { added: 0, updated: 0, unchanged: 0 },
    actors: { added: 0, unchanged: 0 },
    meetings: { added: 0, unchanged: 0 },
    stances: { added: 0, unchanged: 0 },
    skipped: [],
    warnings: [],
    interrupted: false,
    nodesCreated: 0,
    relationshipsCreated: 0,
  };
}

/** The run stopped before `file` because Neo4j could not take it; `summary` is what was written until then. */
export class ImportStoppedError extends DatabaseUnavailableError {
  constructor(
    message: string,
    readonly summary: ImportSummary,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function stopped(error: unknown, summary: ImportSummary, files: string[], what: string): ImportStoppedError {
  const written = summary.articles.added + summary.articles.updated;
  const reason = error instanceof Error ? error.message : String(error);
  const file = files[0]!;
  const notWritten =
    files.length === 1
      ? `${file} was not written at all`
      : `${file} and the ${files.length - 1} article(s) after it, written together with it, were not written at all`;
  return new ImportStoppedError(
    `${what} at ${file}: ${written} article(s) were written before it, each completely, and ${notWritten}. ` +
      `Re-run the same import to complete it (articles already written are skipped as unchanged). Cause: ${reason}`,
    summary,
    { cause: error },
  );
}

/** What reading one article file gave: a document, or the reason to skip it; applied to the summary in file order. */
interface Extracted {
  doc?: ExtractionDocument;
  skipped?: { file: string; reason: string };
  warnings: { file: string; message: string }[];
}

/** Extracts one article file; a failure is a reason to skip this file, not the run. */
async function extractFile(found: FoundFile, options: ImportOptions): Promise<Extracted> {
  const read = await readArticle(found.file, found.format, options.maxFileBytes);
  if (!read.ok) return { skipped: { file: read.file, reason: read.reason }, warnings: [] };
  const warnings = read.warning !== undefined ? [{ file: read.file, message: read.warning }] : [];
  let doc: ExtractionDocument;
  try {
    doc = await options.extractor.extract({ file: read.file, text: read.text, format: read.format });
  } catch (error) {
    // A backbone that cannot run at all stops the run; a failure on this article skips it.
    if (error instanceof BackboneUnavailableError) throw error;
    return { skipped: { file: read.file, reason: `extraction failed: ${(error as Error).message}` }, warnings };
  }
  const article = doc.articles[0];
  if (article === undefined)
    return { skipped: { file: read.file, reason: 'extraction returned no article' }, warnings };
  // Unchanged-detection needs the content hash; the extractor sets it, this covers one that does not.
  article.sha256 ??= createHash('sha256').update(read.text, 'utf8').digest('hex');
  if (doc.actors.length === 0 && doc.meetings.length === 0 && doc.stances.length === 0) {
    // No title either means no readable text at all (markup only, a truncated page): nothing worth recording.
    if (article.title === null || article.title.trim() === '') {
      const reason =
        read.format === 'html' ? 'no article text found in the HTML (markup only, or broken)' : 'no article text found';
      return { skipped: { file: read.file, reason }, warnings };
    }
    warnings.push({ file: read.file, message: 'no actors found: the article is recorded, with no claims' });
  }
  return { doc, warnings };
}

/**
 * Reading or writing `file` failed: Neo4j gone stops the run (saying what was written), a fault of the file (BadInputError)
 * skips it with `prefix` and the reason, anything else is rethrown.
 */
function skipOrStop(
  error: unknown,
  summary: ImportSummary,
  file: string,
  prefix: string,
  batch: string[] = [file],
): void {
  const mapped = fromNeo4jError(error, file);
  if (mapped instanceof DatabaseUnavailableError) throw stopped(mapped, summary, batch, 'Neo4j stopped taking writes');
  if (!(mapped instanceof BadInputError)) throw mapped;
  // The skipped list already names the file; drop it from the front of the message.
  const reason = mapped.message.startsWith(`${file}: `) ? mapped.message.slice(file.length + 2) : mapped.message;
  summary.skipped.push({ file, reason: `${prefix}${reason}` });
}

/** Adds what one write (an article or a corrections file) did to the run's totals and warnings. */
function addWrite(summary: ImportSummary, file: string, result: ClaimCounts & { warnings: string[] }): void {
  for (const kind of ['actors', 'meetings', 'stances'] as const) {
    summary[kind].added += result[kind].added;
    summary[kind].unchanged += result[kind].unchanged;
  }
  summary.nodesCreated! += result.nodesCreated;
  summary.relationshipsCreated! += result.relationshipsCreated;
  for (const message of result.warnings) summary.warnings.push({ file, message });
}

export async function importFiles(
  db: GraphTarget | undefined,
  paths: string[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const dryRun = options.dryRun === true;
  if (!dryRun && db === undefined) throw new BadInputError('importFiles: a database is required unless dryRun is set');
  const log = options.log ?? (() => {});
  const found = await findArticleFiles(paths);
  const summary = emptySummary(found.files.length);
  summary.skipped.push(...found.skipped);
  const total = found.files.length;
  const articles = found.files.filter((f) => f.kind === 'article');
  // Corrections go last: they may point at articles imported in this same run.
  const corrections = found.files.filter((f) => f.kind === 'corrections');
  const docs: ExtractionDocument[] = [];
  let done = 0;
  const queue = [...articles, ...corrections];
  // Articles are read ahead, several at once, and written in order: the backbone parses while Neo4j writes.
  const readAhead = Math.max(1, options.readAhead ?? 4);
  const reading = new Map<number, Promise<Extracted>>();
  const readFrom = (index: number): void => {
    for (let j = index; j < Math.min(queue.length, index + readAhead); j++) {
      const f = queue[j]!;
      if (f.kind === 'article' && !reading.has(j)) {
        const promise = extractFile(f, options);
        promise.catch(() => {}); // awaited in order below; an early failure must not go unhandled meanwhile
        reading.set(j, promise);
      }
    }
  };

  // Extracted articles wait here for their batch's transaction; the previous batch writes meanwhile.
  const limits = {
    articles: Math.max(1, options.batch?.articles ?? DEFAULT_BATCH.articles),
    claims: Math.max(1, options.batch?.claims ?? DEFAULT_BATCH.claims),
  };
  let batch: { file: string; doc: ExtractionDocument }[] = [];
  let batchClaims = 0;
  let writing: Promise<void> = Promise.resolve();
  const finished = (file: string): void => {
    done += 1;
    options.onProgress?.(done, total, file);
  };
  const logUpdate = (file: string, outcome: ArticleOutcome): void => {
    if (outcome.status !== 'updated') return;
    const reason = outcome.replaced.includes(outcome.article)
      ? 'read by an earlier version of the extractor'
      : 'content changed since the last import';
    log(`${file}: ${reason}; replaced the claims of ${outcome.replaced.join(', ')}`);
  };
  const writeBatch = async (items: { file: string; doc: ExtractionDocument }[]): Promise<void> => {
    const files = items.map((i) => i.file);
    try {
      options.checkSpace?.();
    } catch (error) {
      throw stopped(error, summary, files, 'the import stopped before the disk filled');
    }
    const extractor = extractorFingerprint();
    try {
      const { articles, ...counts } = await writeArticles(
        db!,
        items.map((i) => i.doc),
        { extractor },
      );
      // The batch's claims are counted once; each article adds its outcome.
      addWrite(summary, files[0]!, { ...counts, warnings: [] });
      articles.forEach((outcome, k) => {
        summary.articles[outcome.status] += 1;
        for (const message of outcome.warnings) summary.warnings.push({ file: files[k]!, message });
        logUpdate(files[k]!, outcome);
      });
    } catch (error) {
      if (!(fromNeo4jError(error, files[0]!) instanceof BadInputError) || items.length === 1) {
        skipOrStop(error, summary, files[0]!, 'not written: ', files);
      } else {
        // One bad document fails its batch: write them one by one, so it is skipped with its reason and the rest land.
        for (const item of items) {
          try {
            const result = await writeArticle(db!, item.doc, { extractor });
            summary.articles[result.status] += 1;
            addWrite(summary, item.file, result);
            logUpdate(item.file, result);
          } catch (one) {
            skipOrStop(one, summary, item.file, 'not written: ');
          }
        }
      }
    }
    for (const file of files) finished(file);
  };
  const flush = async (): Promise<void> => {
    const items = batch;
    batch = [];
    batchClaims = 0;
    // Batches are written in order, one at a time; the next one is extracted while this one writes.
    const previous = writing;
    writing = previous.then(() => (items.length > 0 ? writeBatch(items) : undefined));
    writing.catch(() => {}); // awaited at the next flush or the end; a failure must not go unhandled meanwhile
    await previous;
  };

  for (const [index, file] of queue.entries()) {
    if (options.signal?.aborted === true) {
      summary.interrupted = true;
      break;
    }
    if (file.kind === 'corrections') {
      // Corrections may name articles of this run: those are written first.
      await flush();
      await writing;
      try {
        const doc = await readCorrections(file.file);
        if (dryRun) {
          docs.push(doc);
        } else {
          const result = await writeCorrections(db!, doc, file.file);
          addWrite(summary, file.file, result);
          if (result.stubArticles.length > 0) {
            summary.warnings.push({
              file: file.file,
              message: `created stub articles for ids not in the graph: ${result.stubArticles.join(', ')}`,
            });
          }
        }
      } catch (error) {
        skipOrStop(error, summary, file.file, '');
      }
    } else {
      readFrom(index);
      const extracted = await reading.get(index)!;
      reading.delete(index);
      if (extracted.skipped !== undefined) summary.skipped.push(extracted.skipped);
      summary.warnings.push(...extracted.warnings);
      const doc = extracted.doc;
      if (doc !== undefined && dryRun) {
        docs.push(doc);
        summary.articles.added += 1;
      } else if (doc !== undefined) {
        batch.push({ file: file.file, doc });
        batchClaims += doc.meetings.length + doc.stances.length + doc.actors.length;
        if (batch.length >= limits.articles || batchClaims >= limits.claims) await flush();
        continue;
      }
    }
    finished(file.file);
  }
  // What was extracted is written, also after an interrupt: each batch is whole or absent.
  await flush();
  await writing;

  if (dryRun) {
    const merged = mergeDocuments(docs);
    summary.document = merged;
    summary.actors.added = merged.actors.length;
    summary.meetings.added = merged.meetings.length;
    summary.stances.added = merged.stances.length;
  }
  return summary;
}
