// Runs one of the project's TypeScript entry points as a child process, the way npm scripts do, for end-to-end tests.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const TSX_CLI = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export interface RunningCommand {
  child: ChildProcessWithoutNullStreams;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the first output line matching `pattern`, rejects on exit or timeout. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<string>;
  exited: Promise<number | null>;
}

/** Starts `tsx <entry> ...args` in its own process group (so a test can send Ctrl-C to the whole group). */
export function startCommand(entry: string, args: string[], env: NodeJS.ProcessEnv): RunningCommand {
  const child = spawn(process.execPath, [TSX_CLI, entry, ...args], {
    cwd: REPO_ROOT,
    env,
    detached: true,
    stdio: 'pipe',
  });
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    text += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => text,
    exited,
    waitFor(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const line = text.split('\n').find((l) => pattern.test(l));
          if (line === undefined) return false;
          cleanup();
          resolve(line);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${pattern}; output:\n${text}`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          listeners.delete(listener);
        };
        const listener = (): void => void check();
        listeners.add(listener);
        void exited.then((code) => {
          if (!check()) {
            cleanup();
            reject(new Error(`exited (code ${code}) before ${pattern}; output:\n${text}`));
          }
        });
        check();
      });
    },
  };
}

/** The environment of a child that must use its own local Neo4j: the test run's NEO4J_* settings removed. */
export function envWithoutNeo4j(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'])
    if (!(name in extra)) delete env[name];
  return env;
}
