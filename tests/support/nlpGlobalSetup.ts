// Global setup of the suites that parse text: one CoreNLP worker for the run.
import { startTestNlpWorker } from './nlpWorker';

export default async function nlpGlobalSetup(): Promise<void> {
  await startTestNlpWorker();
}
