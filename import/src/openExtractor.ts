// The importer's extractor from the configuration: the rule layer on a thread per core, the CoreNLP worker behind it.
import type { NlpSettings } from '../../core/config';
import { Extractor, type ArticleExtractor } from './extract';
import { ExtractorPool } from './extractorPool';
import { CoreNlpWorker } from './nlp/coreNlpWorker';
import { ParseCache } from './nlp/parseCache';

export function openExtractor(settings: NlpSettings, log: (line: string) => void): ArticleExtractor {
  // The worker process starts on the first article the parse cache does not hold.
  const worker = new CoreNlpWorker({
    threads: settings.threads,
    heapMb: settings.heapMb,
    timeoutMs: settings.timeoutMs,
    ...(settings.address ? { address: settings.address } : {}),
    log,
  });
  if (settings.extractThreads <= 1) return new Extractor(new ParseCache(worker, settings.cacheDir));
  return new ExtractorPool({ backbone: worker, cacheDir: settings.cacheDir, size: settings.extractThreads });
}
