// One thread of the extractor pool: the parse cache and the rule layer, with the backbone reached through the parent.
import { parentPort, workerData } from 'node:worker_threads';
import { Extractor } from './extract';
import {
  fromThreadError,
  toThreadError,
  type BackboneCall,
  type FromThread,
  type ThreadData,
  type ToThread,
} from './extractorPool';
import type { NlpBackbone } from './nlp/nlpBackbone';
import type { ParsedArticle } from './nlp/parsedArticle';
import { ParseCache } from './nlp/parseCache';

const port = parentPort!;
const data = workerData as ThreadData;
const waiting = new Map<number, { resolve: (a: ParsedArticle) => void; reject: (e: Error) => void }>();
let nextId = 0;

function ask(call: BackboneCall): Promise<ParsedArticle> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    port.postMessage({ type: 'backbone', id, ...call } satisfies FromThread);
  });
}

/** The parent's backbone, as this thread sees it; the parent owns the worker process and its connection. */
const remote: NlpBackbone = {
  version: data.version,
  tag: (text, file) => ask({ method: 'tag', text, file }),
  parse: (text, sentences, file) => ask({ method: 'parse', text, sentences, file }),
  close: async () => {},
};
const extractor = new Extractor(new ParseCache(remote, data.cacheDir));

port.on('message', (message: ToThread) => {
  if (message.type === 'extract') {
    extractor.extract(message.input).then(
      (doc) => port.postMessage({ type: 'done', id: message.id, doc } satisfies FromThread),
      (error: unknown) =>
        port.postMessage({ type: 'failed', id: message.id, error: toThreadError(error) } satisfies FromThread),
    );
    return;
  }
  const pending = waiting.get(message.id);
  if (pending === undefined) return;
  waiting.delete(message.id);
  if (message.type === 'backbone-result') pending.resolve(message.article);
  else pending.reject(fromThreadError(message.error));
});
