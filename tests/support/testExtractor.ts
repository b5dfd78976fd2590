// The extractor the suites use: the test run's CoreNLP worker (tests/support/nlpWorker.ts) behind the run's parse cache.
import { loadConfig } from '../../core/config';
import type { ArticleExtractor } from '../../import/src/extract';
import { openExtractor } from '../../import/src/openExtractor';

let extractor: ArticleExtractor | undefined;

/** One per suite; its connection to the worker closes when the suite ends. */
export function testExtractor(): ArticleExtractor {
  if (extractor === undefined) {
    const { nlp } = loadConfig();
    if (nlp.address === undefined)
      throw new Error(
        'tests/support: NLP_WORKER_ADDRESS is not set; run through jest (its global setup starts the worker)',
      );
    // In process: suites extract a few sentences each, and a thread pool would only add its start-up.
    extractor = openExtractor({ ...nlp, extractThreads: 1 }, () => {});
  }
  return extractor;
}

// Registered when a suite imports this module.
afterAll(async () => {
  await extractor?.close();
  extractor = undefined;
});
