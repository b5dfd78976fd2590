// Stops the test run's CoreNLP worker.
import { stopTestNlpWorker } from './nlpWorker';

export default function nlpGlobalTeardown(): void {
  stopTestNlpWorker();
}
