// Stops the test run's Neo4j and removes its temporary data directory.
import { rmSync } from 'node:fs';
import { stopTestNlpWorker } from './nlpWorker';

export default async function globalTeardown(): Promise<void> {
  stopTestNlpWorker();
  const running = globalThis.__ENTENTE_TEST_NEO4J__;
  if (running === undefined) return;
  await running.process.stop();
  rmSync(running.dataDir, { recursive: true, force: true });
}
