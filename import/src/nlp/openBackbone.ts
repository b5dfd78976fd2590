// The importer's backbone from the configuration: the CoreNLP worker (started on first use) behind the parse cache.
import type { NlpSettings } from '../../../core/config';
import { CoreNlpWorker } from './coreNlpWorker';
import type { NlpBackbone } from './nlpBackbone';
import { ParseCache } from './parseCache';

export function openBackbone(settings: NlpSettings, log: (line: string) => void): ParseCache {
  const worker: NlpBackbone = new CoreNlpWorker({
    threads: settings.threads,
    heapMb: settings.heapMb,
    timeoutMs: settings.timeoutMs,
    ...(settings.address ? { address: settings.address } : {}),
    log,
  });
  return new ParseCache(worker, settings.cacheDir);
}
