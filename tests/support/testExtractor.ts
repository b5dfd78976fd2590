// The extractor the suites use: the test run's CoreNLP worker (tests/support/nlpWorker.ts) behind the run's parse cache.
import { loadConfig } from '../../core/config';
import { Extractor } from '../../import/src/extract';
import { openBackbone } from '../../import/src/nlp/openBackbone';

let extractor: Extractor | undefined;

/** One per suite; its connection to the worker closes when the suite ends. */
export function testExtractor(): Extractor {
  if (extractor === undefined) {
    const { nlp } = loadConfig();
    if (nlp.address === undefined) throw new Error('tests/support: NLP_WORKER_ADDRESS is not set; run through jest (its global setup starts the worker)');
    extractor = new Extractor(openBackbone(nlp, () => {}));
  }
  return extractor;
}

// Registered when a suite imports this module.
afterAll(async () => {
  await extractor?.close();
  extractor = undefined;
});
