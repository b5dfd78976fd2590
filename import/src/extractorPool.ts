// Runs the rule layer and the parse cache on worker threads, one per core, in front of one NLP backbone.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BackboneUnavailableError } from '../../core/errors';
import type { ExtractionDocument } from '../../core/model';
import type { ArticleExtractor, ArticleInput } from './extract';
import type { NlpBackbone } from './nlp/nlpBackbone';
import type { ParsedArticle } from './nlp/parsedArticle';

/** What crosses the thread boundary; the thread's side is extractorThread.ts. */
export type ToThread =
  | { type: 'extract'; id: number; input: ArticleInput }
  | { type: 'backbone-result'; id: number; article: ParsedArticle }
  | { type: 'backbone-failed'; id: number; error: ThreadError };
export type FromThread =
  | { type: 'done'; id: number; doc: ExtractionDocument }
  | { type: 'failed'; id: number; error: ThreadError }
  | ({ type: 'backbone'; id: number } & BackboneCall);
/** A call of the backbone's interface that a thread makes on the parent's backbone. */
export type BackboneCall =
  { method: 'tag'; text: string; file: string } | { method: 'parse'; text: string; sentences: number[]; file: string };
/** An error as a message: the class that matters to callers (a backbone that cannot run stops an import) survives. */
export interface ThreadError {
  message: string;
  unavailable: boolean;
}
export interface ThreadData {
  version: string;
  cacheDir: string;
}

export function toThreadError(error: unknown): ThreadError {
  return {
    message: error instanceof Error ? error.message : String(error),
    unavailable: error instanceof BackboneUnavailableError,
  };
}

export function fromThreadError(error: ThreadError): Error {
  return error.unavailable ? new BackboneUnavailableError(error.message) : new Error(error.message);
}

export interface ExtractorPoolOptions {
  /** The parser the threads share; it sees only the texts the cache does not hold. */
  backbone: NlpBackbone;
  cacheDir: string;
  /** Threads; the default is one per core. */
  size?: number;
}

interface Task {
  input: ArticleInput;
  resolve: (doc: ExtractionDocument) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  tasks: Map<number, Task>;
}

// The thread is TypeScript: it loads through tsx, which the parent may not run under (Jest does not).
const THREAD_FILE = path.join(__dirname, 'extractorThread.ts');
const TSX_LOADER = pathToFileURL(require.resolve('tsx')).href;

/**
 * Same contract as `Extractor`: article in, document out, the same document for the same article. Articles go to the
 * least busy thread; each thread reads the parse cache itself and asks the backbone here only on a miss. A thread
 * that dies fails its articles with the reason and is replaced, so one bad article never stops the pool.
 */
export class ExtractorPool implements ArticleExtractor {
  /** Backbone calls the threads made (cache misses and top-ups). */
  readonly stats = { backboneCalls: 0 };
  readonly size: number;
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: ExtractorPoolOptions) {
    this.size = Math.max(1, options.size ?? availableParallelism());
  }

  extract(input: ArticleInput): Promise<ExtractionDocument> {
    if (this.closed) return Promise.reject(new Error('the extractor pool is closed'));
    // Threads start with the first article: a server whose graph needs no seed never pays for them.
    while (this.slots.length < this.size) this.slots.push(this.spawn());
    const slot = this.slots.reduce((a, b) => (b.tasks.size < a.tasks.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.tasks.set(id, { input, resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ type: 'extract', id, input } satisfies ToThread);
    });
  }

  async close(): Promise<void> {
    await this.stopThreads();
    await this.options.backbone.close();
  }

  /** Ends the threads and leaves the backbone open (for a caller that shares it). */
  async stopThreads(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const hasTsx = process.execArgv.some((a) => a.includes('tsx'));
    const workerData: ThreadData = { version: this.options.backbone.version, cacheDir: this.options.cacheDir };
    const worker = new Worker(THREAD_FILE, {
      workerData,
      execArgv: hasTsx ? process.execArgv : [...process.execArgv, '--import', TSX_LOADER],
    });
    // An idle pool must not keep the process alive (a CLI that forgot close() still exits); a busy one must.
    worker.unref();
    const slot: Slot = { worker, tasks: new Map() };
    worker.on('message', (message: FromThread) => this.receive(slot, message));
    const replace = (reason: string): void => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      for (const task of slot.tasks.values()) task.reject(new Error(`the extraction thread stopped (${reason})`));
      if (this.closed) return;
      this.slots[index] = this.spawn();
    };
    worker.on('error', (error) => replace(error.message));
    worker.on('exit', (code) => replace(`exit code ${code}`));
    return slot;
  }

  private receive(slot: Slot, message: FromThread): void {
    if (message.type === 'backbone') {
      this.stats.backboneCalls += 1;
      const { backbone } = this.options;
      const call =
        message.method === 'tag'
          ? backbone.tag(message.text, message.file)
          : backbone.parse(message.text, message.sentences, message.file);
      call.then(
        (article) => slot.worker.postMessage({ type: 'backbone-result', id: message.id, article } satisfies ToThread),
        (error: unknown) =>
          slot.worker.postMessage({
            type: 'backbone-failed',
            id: message.id,
            error: toThreadError(error),
          } satisfies ToThread),
      );
      return;
    }
    const task = slot.tasks.get(message.id);
    if (task === undefined) return;
    slot.tasks.delete(message.id);
    if (slot.tasks.size === 0) slot.worker.unref();
    if (message.type === 'done') task.resolve(message.doc);
    else task.reject(fromThreadError(message.error));
  }
}
