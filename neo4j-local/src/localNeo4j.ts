// Builds (once) and supervises the local Neo4j Java process: start, wait until Bolt is ready, stop cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  accessSync,
  constants,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { LocalNeo4jError } from '../../core/errors';
import { buildMavenProject, type MavenProject } from '../../core/mavenBuild';

export const RUNNER_DIR = path.resolve(__dirname, '..');
const LIB_DIR = path.join(RUNNER_DIR, 'target', 'lib');
const CLASSES_DIR = path.join(RUNNER_DIR, 'target', 'classes');
const MAIN_CLASS = 'dev.entente.neo4j.LocalNeo4j';

export interface LocalNeo4jOptions {
  boltPort: number;
  dataDir: string;
  user: string;
  password: string;
  heapMb: number;
  pageCacheMb: number;
  /** Progress lines for the user (stderr by default). */
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

const PROJECT: MavenProject = {
  dir: RUNNER_DIR,
  goals: ['dependency:copy-dependencies'],
  name: 'neo4j',
  fetches: 'Neo4j Community',
  size: '120 MB',
  outputsPresent: () => existsSync(LIB_DIR) && readdirSync(LIB_DIR).some((f) => f.startsWith('neo4j-kernel')),
  fail: (message) => new LocalNeo4jError(message),
};

/** Resolve Neo4j's jars from Maven Central and compile the launcher; a no-op once done. */
export async function buildLocalNeo4j(
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<void> {
  await buildMavenProject(PROJECT, log, 'or set NEO4J_URI to use an existing Neo4j');
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A port the OS says is free right now (for tests and benchmarks). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The launcher's exit code after its database panicked (LocalNeo4j.EXIT_PANIC). */
export const EXIT_PANIC = 6;

/**
 * Why the database last panicked, from the end of its debug.log: the line after "Database panic", which names the
 * cause (java.io.IOException: No space left on device). Undefined when the log holds no panic.
 */
export function lastPanicReason(dataDir: string): string | undefined {
  const file = path.join(dataDir, 'logs', 'debug.log');
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    // The panic is among the last lines written; the tail is enough and keeps a large log cheap to read.
    const size = fstatSync(fd).size;
    const length = Math.min(size, 256 * 1024);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
      if (lines[i]!.includes('Database panic'))
        return lines[i + 1]?.trim() || lines[i]!.replace(/^.*Database panic:\s*/, '');
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The reason on a launcher's panic line ("ENTENTE_NEO4J_PANIC <database> <cause>"), which comes from the database's
 * health monitor; failing that, the debug.log's, which a full disk may have kept from being written.
 */
export function panicReasonOf(line: string, dataDir: string): string {
  const cause = line.split(' ').slice(2).join(' ').trim();
  return cause || (lastPanicReason(dataDir) ?? 'see logs/debug.log');
}

/** A running local Neo4j that this process started. */
export class LocalNeo4jProcess {
  private exited: Promise<number | null>;
  /** Set when the database panicked: the reason from its log. The process then shuts down by itself. */
  panicReason: string | undefined;

  private constructor(
    private readonly child: ChildProcess,
    readonly uri: string,
    readonly pid: number,
    readonly dataDir: string,
    lines: readline.Interface,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    lines.on('line', (line) => {
      if (line.startsWith('ENTENTE_NEO4J_PANIC ')) this.panicReason = panicReasonOf(line, dataDir);
    });
  }

  static async start(options: LocalNeo4jOptions): Promise<LocalNeo4jProcess> {
    const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
    await buildLocalNeo4j(log);
    const dataDir = path.resolve(options.dataDir);
    try {
      mkdirSync(dataDir, { recursive: true });
      accessSync(dataDir, constants.W_OK);
    } catch (e) {
      throw new LocalNeo4jError(
        `data directory ${dataDir} is not writable (${(e as NodeJS.ErrnoException).code ?? 'error'}); set NEO4J_DATA_DIR`,
      );
    }
    if (await isPortOpen(options.boltPort)) {
      throw new LocalNeo4jError(
        `port 127.0.0.1:${options.boltPort} is already in use by a process that is not our Neo4j; stop it or set NEO4J_BOLT_PORT`,
      );
    }
    const started = Date.now();
    const child = spawn(
      'java',
      [
        `-Xms${Math.min(256, options.heapMb)}m`,
        `-Xmx${options.heapMb}m`,
        '-XX:+UseG1GC',
        '-cp',
        `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
        MAIN_CLASS,
        '--exit-on-stdin-close',
      ],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: {
          ...process.env,
          ENTENTE_NEO4J_HOME: dataDir,
          ENTENTE_NEO4J_PORT: String(options.boltPort),
          ENTENTE_NEO4J_USER: options.user,
          ENTENTE_NEO4J_PASSWORD: options.password,
          ENTENTE_NEO4J_PAGECACHE: String(options.pageCacheMb * 1024 * 1024),
          // A quarter of the heap per transaction, half for all of them: what Neo4j refuses instead of running out.
          ENTENTE_NEO4J_TX_MEMORY: String(Math.floor(options.heapMb / 4) * 1024 * 1024),
          ENTENTE_NEO4J_TX_MEMORY_TOTAL: String(Math.floor(options.heapMb / 2) * 1024 * 1024),
        },
      },
    );
    if (child.pid === undefined) throw new LocalNeo4jError('cannot start java: is a JDK 17+ installed?');
    const stderrTail: string[] = [];
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderrTail.push(chunk);
      if (stderrTail.length > 20) stderrTail.shift();
    });
    const lines = readline.createInterface({ input: child.stdout! });
    const uri = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new LocalNeo4jError(
            `local Neo4j did not become ready within ${(options.startTimeoutMs ?? 120_000) / 1000} s; see ${dataDir}/logs/debug.log`,
          ),
        );
      }, options.startTimeoutMs ?? 120_000);
      lines.on('line', (line) => {
        if (line.startsWith('ENTENTE_NEO4J_WARN ')) {
          log(`neo4j: ${line.slice('ENTENTE_NEO4J_WARN '.length).trim()}`);
        } else if (line.startsWith('ENTENTE_NEO4J_READY ')) {
          clearTimeout(timer);
          resolve(line.slice('ENTENTE_NEO4J_READY '.length).trim());
        } else if (line.startsWith('ENTENTE_NEO4J_ERROR ')) {
          clearTimeout(timer);
          reject(new LocalNeo4jError(line.slice('ENTENTE_NEO4J_ERROR '.length).trim()));
        }
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(new LocalNeo4jError(`cannot start java: ${e.message}`));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(
          new LocalNeo4jError(
            `local Neo4j exited during start-up (code ${code}): ${stderrTail.join('').trim().split('\n').pop() ?? ''}`,
          ),
        );
      });
    });
    log(`neo4j: local Neo4j ready on ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data in ${dataDir})`);
    return new LocalNeo4jProcess(child, uri, child.pid, dataDir, lines);
  }

  /** Resolves when the process ends by itself (a crash) or after stop(). */
  get whenExited(): Promise<number | null> {
    return this.exited;
  }

  /** SIGTERM runs Neo4j's shutdown hook (checkpoint, release locks); SIGKILL only if that hangs. */
  async stop(timeoutMs = 30_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}
