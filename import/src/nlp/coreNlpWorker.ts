// Runs the Stanford CoreNLP worker (nlp-worker/, a separate GPL Java process) and talks to it in JSON lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { BackboneUnavailableError, BadInputError } from '../../../core/errors';
import { buildMavenProject, type MavenProject } from '../../../core/mavenBuild';
import type { NlpBackbone } from './nlpBackbone';
import { readParsedArticle, type ParsedArticle } from './parsedArticle';

export const WORKER_DIR = path.resolve(__dirname, '..', '..', '..', 'nlp-worker');
export const CLASSPATH_FILE = path.join(WORKER_DIR, 'target', 'classpath.txt');
const MAIN_CLASS = 'dev.entente.nlp.NlpWorker';

/** Jars copied next to the classes (`mvn dependency:copy-dependencies`, as the Docker image does), if there. */
const LIB_DIR = path.join(WORKER_DIR, 'target', 'lib');

function jarsPresent(): boolean {
  if (existsSync(LIB_DIR) && readdirSync(LIB_DIR).some((f) => f.endsWith('-models.jar'))) return true;
  // The classpath points into ~/.m2: a cleaned local repository means resolving again.
  return (
    existsSync(CLASSPATH_FILE) &&
    readFileSync(CLASSPATH_FILE, 'utf8')
      .split(path.delimiter)
      .every((jar) => jar === '' || existsSync(jar))
  );
}

/** The worker's classpath: its classes, then the copied jars, or the jars where Maven keeps them. */
export function workerClasspath(): string {
  const classes = path.join(WORKER_DIR, 'target', 'classes');
  if (existsSync(LIB_DIR) && readdirSync(LIB_DIR).some((f) => f.endsWith('-models.jar')))
    return `${classes}${path.delimiter}${path.join(LIB_DIR, '*')}`;
  return `${classes}${path.delimiter}${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

const PROJECT: MavenProject = {
  dir: WORKER_DIR,
  goals: ['dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`],
  name: 'nlp',
  fetches: 'Stanford CoreNLP 4.5.10 and its English models',
  size: '490 MB',
  outputsPresent: jarsPresent,
  fail: (message) => new BackboneUnavailableError(message),
};

/** Resolves CoreNLP and its models from Maven Central and compiles the worker; a no-op once done. */
export function buildCoreNlpWorker(log: (line: string) => void): Promise<void> {
  return buildMavenProject(PROJECT, log, 'or set NLP_WORKER_ADDRESS to a running worker');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

let version: string | undefined;

/**
 * The worker's pom.xml (library and model versions) and its Java sources (settings) decide its output: a change to
 * either is a new backbone, and parses cached under the old one are not used. Known without starting Java.
 */
export function coreNlpVersion(): string {
  if (version === undefined) {
    const hash = createHash('sha256');
    for (const file of [path.join(WORKER_DIR, 'pom.xml'), ...filesUnder(path.join(WORKER_DIR, 'src', 'main'))]) {
      hash.update(path.relative(WORKER_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    version = `corenlp-4.5.10-${hash.digest('hex').slice(0, 12)}`;
  }
  return version;
}

export interface CoreNlpWorkerOptions {
  /** Articles parsed at once (one JVM, shared models). */
  threads: number;
  heapMb: number;
  /** Per request; past it the article fails and the worker is restarted (a stuck thread is not reused). */
  timeoutMs: number;
  /** Connect to a worker started elsewhere (`--listen`) instead of starting one. */
  address?: { host: string; port: number };
  log?: (line: string) => void;
  /** How long the JVM may take to load its models. */
  startTimeoutMs?: number;
}

interface Pending {
  resolve: (article: ParsedArticle) => void;
  reject: (error: Error) => void;
  textLength: number;
  timer: NodeJS.Timeout;
}

/** Its worker died (or the connection broke) while the request was in flight; the caller may retry once. */
class WorkerLostError extends Error {}

/** One live worker process or connection, with its requests in flight. */
class Channel {
  private readonly pending = new Map<string, Pending>();
  private lost: Error | undefined;

  constructor(
    private readonly write: (line: string) => void,
    readonly kill: () => void,
    lines: readline.Interface,
    readonly whenGone: Promise<string>,
  ) {
    lines.on('line', (line) => this.receive(line));
    void whenGone.then((reason) => this.fail(new WorkerLostError(reason)));
  }

  get alive(): boolean {
    return this.lost === undefined;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  request(
    id: string,
    message: object,
    textLength: number,
    timeoutMs: number,
    onTimeout: () => void,
  ): Promise<ParsedArticle> {
    if (this.lost !== undefined) return Promise.reject(this.lost);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new BadInputError(`not parsed within ${Math.round(timeoutMs / 1000)} s (NLP_TIMEOUT_MS)`));
        onTimeout();
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, textLength, timer });
      this.write(`${JSON.stringify({ id, ...message })}\n`);
    });
  }

  private receive(line: string): void {
    let message: { id?: unknown; error?: unknown };
    try {
      message = JSON.parse(line) as typeof message;
    } catch {
      return; // not a protocol line
    }
    const waiting = typeof message.id === 'string' ? this.pending.get(message.id) : undefined;
    if (waiting === undefined) return;
    this.pending.delete(message.id as string);
    clearTimeout(waiting.timer);
    if (typeof message.error === 'string') {
      waiting.reject(new BadInputError(`the NLP backbone failed on it: ${message.error}`));
      return;
    }
    try {
      waiting.resolve(readParsedArticle(message, waiting.textLength));
    } catch (error) {
      waiting.reject(new BadInputError(`the NLP backbone answered malformed data: ${(error as Error).message}`));
    }
  }

  private fail(error: Error): void {
    this.lost ??= error;
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      this.pending.delete(id);
      waiting.reject(error);
    }
  }
}

/**
 * The importer's backbone: one JVM with `threads` threads (the models, about 1 GB, are loaded once and shared),
 * started on the first request and stopped by close(). A crash is reported per article and retried once on a fresh
 * worker; a second crash on the same article skips that article, the others go on.
 */
export class CoreNlpWorker implements NlpBackbone {
  readonly version = coreNlpVersion();
  /** The JVM this client started, while it runs (for the benchmark's memory and start-up figures). */
  pid: number | undefined;
  /** Milliseconds from spawn to the worker's ready line, for the last start. */
  startMs: number | undefined;
  private channel: Promise<Channel> | undefined;
  /** The channel `channel` resolved to, once it has. */
  private current: Channel | undefined;
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: CoreNlpWorkerOptions) {}

  tag(text: string, file: string): Promise<ParsedArticle> {
    return this.ask({ text, parse: 'none' }, text.length, file);
  }

  parse(text: string, sentences: number[], file: string): Promise<ParsedArticle> {
    return this.ask({ text, parse: sentences }, text.length, file);
  }

  async close(): Promise<void> {
    this.closed = true;
    const channel = await this.channel?.catch(() => undefined);
    channel?.kill();
    await channel?.whenGone;
  }

  private async ask(message: object, textLength: number, file: string): Promise<ParsedArticle> {
    for (let attempt = 1; ; attempt += 1) {
      const channel = await this.live();
      const id = String(this.nextId++);
      try {
        return await channel.request(id, message, textLength, this.options.timeoutMs, () => this.restart(channel));
      } catch (error) {
        if (!(error instanceof WorkerLostError)) throw error;
        if (attempt === 2 || this.closed) {
          throw new BadInputError(`the NLP worker stopped twice while parsing it (${error.message}); skipped`);
        }
        this.log(`nlp: the worker stopped while parsing ${file} (${error.message}); retrying it on a new worker`);
      }
    }
  }

  private log(line: string): void {
    (this.options.log ?? ((l: string) => process.stderr.write(`${l}\n`)))(line);
  }

  /**
   * The current worker, or a new one when there is none or it died. Synchronous up to the promise, so that requests
   * arriving together share one start instead of each starting a JVM.
   */
  private live(): Promise<Channel> {
    if (this.closed) return Promise.reject(new BackboneUnavailableError('the NLP worker was closed'));
    if (this.channel === undefined || (this.current !== undefined && !this.current.alive)) {
      this.current = undefined;
      const opening = this.options.address ? this.connect(this.options.address) : this.start();
      this.channel = opening;
      opening.then(
        (c) => {
          if (this.channel === opening) this.current = c;
        },
        // A failed start is reported to the callers waiting on it; the next request tries again.
        () => {
          if (this.channel === opening) this.channel = undefined;
        },
      );
    }
    return this.channel;
  }

  private restart(channel: Channel): void {
    channel.kill();
  }

  private async start(): Promise<Channel> {
    await buildCoreNlpWorker((l) => this.log(l));
    const classpath = workerClasspath();
    const started = Date.now();
    const child = spawn(
      'java',
      [
        `-Xmx${this.options.heapMb}m`,
        '-XX:+UseParallelGC',
        '-XX:+ExitOnOutOfMemoryError',
        '-cp',
        classpath,
        MAIN_CLASS,
        '--threads',
        String(this.options.threads),
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const channel = await this.open(
      child.stdout!,
      (line) => child.stdin!.write(line),
      () => child.kill('SIGKILL'),
      childGone(child),
      `java ${MAIN_CLASS}`,
    );
    this.pid = child.pid;
    this.startMs = Date.now() - started;
    child.once('exit', () => (this.pid = undefined));
    this.log(
      `nlp: CoreNLP worker ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${this.options.threads} threads)`,
    );
    return channel;
  }

  private connect(address: { host: string; port: number }): Promise<Channel> {
    const socket = net.connect(address);
    socket.setNoDelay(true);
    const gone = new Promise<string>((resolve) => {
      socket.once('close', () => resolve(`connection to ${address.host}:${address.port} closed`));
      socket.once('error', (e) => resolve(`connection to ${address.host}:${address.port}: ${e.message}`));
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => {
        const lines = readline.createInterface({ input: socket });
        resolve(
          new Channel(
            (line) => socket.write(line),
            () => socket.destroy(),
            lines,
            gone,
          ),
        );
      });
      void gone.then((reason) => reject(new BackboneUnavailableError(`NLP_WORKER_ADDRESS: ${reason}`)));
    });
  }

  /** Waits for the worker's ready line, then hands its streams to a Channel. */
  private open(
    stdout: NodeJS.ReadableStream,
    write: (line: string) => void,
    kill: () => void,
    gone: Promise<string>,
    what: string,
  ): Promise<Channel> {
    const lines = readline.createInterface({ input: stdout });
    const timeoutMs = this.options.startTimeoutMs ?? 180_000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        kill();
        reject(new BackboneUnavailableError(`${what} did not load its models within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      const onLine = (line: string): void => {
        if (!line.startsWith('{"ready":true')) return;
        clearTimeout(timer);
        lines.off('line', onLine);
        resolve(new Channel(write, kill, lines, gone));
      };
      lines.on('line', onLine);
      void gone.then((reason) => {
        clearTimeout(timer);
        reject(new BackboneUnavailableError(`${what} did not start: ${reason}`));
      });
    });
  }
}

/** Resolves with a one-line reason when the child exits; keeps the end of its stderr for that reason. */
function childGone(child: ChildProcess): Promise<string> {
  const tail: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    tail.push(...chunk.split('\n').filter((l) => l.trim() !== ''));
    tail.splice(0, Math.max(0, tail.length - 5));
  });
  child.stdin?.on('error', () => {}); // a dead worker's stdin: reported through 'exit'
  return new Promise((resolve) => {
    child.once('error', (e) => resolve(`cannot run java: ${e.message}`));
    child.once('exit', (code, signal) => {
      const last = tail.find((l) => /Exception|Error|error/.test(l)) ?? tail[tail.length - 1] ?? '';
      resolve(`exit ${signal ?? code}${last ? `: ${last.trim().slice(0, 200)}` : ''}`);
    });
  });
}
