// Starts one CoreNLP worker for the whole test run (listening on a free port) and shares it with every suite.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { BackboneUnavailableError } from '../../core/errors';
import { buildCoreNlpWorker, workerClasspath } from '../../import/src/nlp/coreNlpWorker';

declare global {
  var __ENTENTE_TEST_NLP__: { child: ChildProcess; address: string; cacheDir: string } | undefined;
}

/**
 * Idempotent: the unit and Neo4j projects both ask for it and get the same worker. The suites reach it through
 * NLP_WORKER_ADDRESS, which the workers Jest starts afterwards inherit.
 */
export async function startTestNlpWorker(): Promise<void> {
  if (process.env.NLP_WORKER_ADDRESS) return;
  await buildCoreNlpWorker((line) => process.stderr.write(`\n${line}`));
  const classpath = workerClasspath();
  const child = spawn(
    'java',
    ['-Xmx2g', '-XX:+UseParallelGC', '-cp', classpath, 'dev.entente.nlp.NlpWorker', '--threads', '2', '--listen', '0'],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const ready = /^\{"ready":true.*"port":(\d+)/.exec(line);
      if (ready) resolve(Number(ready[1]));
    });
    child.once('exit', (code) =>
      reject(new BackboneUnavailableError(`the test NLP worker exited during start-up (code ${code})`)),
    );
  });
  // A parse cache of the run's own: every run parses from scratch, and none leaves files behind.
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'entente-test-parse-cache-'));
  globalThis.__ENTENTE_TEST_NLP__ = { child, address: `127.0.0.1:${port}`, cacheDir };
  process.env.NLP_WORKER_ADDRESS = `127.0.0.1:${port}`;
  process.env.PARSE_CACHE_DIR = cacheDir;
}

export function stopTestNlpWorker(): void {
  const running = globalThis.__ENTENTE_TEST_NLP__;
  if (running === undefined) return;
  // Closing its stdin is how the worker learns that its parent is done.
  running.child.stdin?.end();
  rmSync(running.cacheDir, { recursive: true, force: true });
  globalThis.__ENTENTE_TEST_NLP__ = undefined;
}
