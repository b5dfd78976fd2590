// The extractor pool: threads give the in-process extractor's documents, read the cache themselves, and fail one article at a time.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../core/config';
import { BackboneUnavailableError } from '../../../core/errors';
import { Extractor, type ArticleInput } from '../../../import/src/extract';
import { ExtractorPool } from '../../../import/src/extractorPool';
import { CoreNlpWorker } from '../../../import/src/nlp/coreNlpWorker';
import type { NlpBackbone } from '../../../import/src/nlp/nlpBackbone';
import type { ParsedArticle } from '../../../import/src/nlp/parsedArticle';
import { ParseCache } from '../../../import/src/nlp/parseCache';

const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'data', 'articles');
const inputs: ArticleInput[] = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: f, text: readFileSync(path.join(SAMPLES, f), 'utf8'), format: 'text' }));

function realWorker(): CoreNlpWorker {
  const { nlp } = loadConfig();
  return new CoreNlpWorker({ threads: 1, heapMb: 1024, timeoutMs: 60_000, address: nlp.address!, log: () => {} });
}

/** A backbone that answers every text with `answer`, to drive the pool's failure paths. */
function fixedBackbone(answer: () => Promise<ParsedArticle>): NlpBackbone {
  return { version: `test-${process.pid}-${Math.random()}`, tag: answer, parse: answer, close: async () => {} };
}

let dir: string;
let pool: ExtractorPool | undefined;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'entente-pool-test-'));
});
afterEach(async () => {
  await pool?.close();
  pool = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('ExtractorPool', () => {
  it('gives the same documents as the in-process extractor, whichever thread reads an article', async () => {
    const inProcess = new Extractor(new ParseCache(realWorker(), path.join(dir, 'a')));
    const expected = [];
    for (const i of inputs) expected.push(await inProcess.extract(i));
    await inProcess.close();
    pool = new ExtractorPool({ backbone: realWorker(), cacheDir: path.join(dir, 'b'), size: 2 });
    expect(await Promise.all(inputs.map((i) => pool!.extract(i)))).toEqual(expected);
  });

  it('reads the parse cache on its threads: a second pass asks the backbone nothing', async () => {
    pool = new ExtractorPool({ backbone: realWorker(), cacheDir: dir, size: 2 });
    await Promise.all(inputs.map((i) => pool!.extract(i)));
    const calls = pool.stats.backboneCalls;
    expect(calls).toBeGreaterThan(0);
    await Promise.all(inputs.map((i) => pool!.extract(i)));
    expect(pool.stats.backboneCalls).toBe(calls);
  });

  it('fails an article whose parse breaks the rules with the reason, and extracts the next one', async () => {
    let broken = true;
    const backbone = realWorker();
    const flaky: NlpBackbone = {
      version: backbone.version,
      tag: (text, file) =>
        broken ? Promise.resolve({ sentences: [{ begin: [0] } as never] }) : backbone.tag(text, file),
      parse: (text, sentences, file) => backbone.parse(text, sentences, file),
      close: () => backbone.close(),
    };
    pool = new ExtractorPool({ backbone: flaky, cacheDir: dir, size: 1 });
    await expect(pool.extract(inputs[0]!)).rejects.toBeInstanceOf(Error);
    broken = false;
    const doc = await pool.extract(inputs[1]!);
    expect(doc.actors.length).toBeGreaterThan(0);
  });

  it('keeps a backbone that cannot run a BackboneUnavailableError across the threads, so an import stops', async () => {
    pool = new ExtractorPool({
      backbone: fixedBackbone(() => Promise.reject(new BackboneUnavailableError('no Java here'))),
      cacheDir: dir,
      size: 1,
    });
    const failure = pool.extract(inputs[0]!);
    await expect(failure).rejects.toBeInstanceOf(BackboneUnavailableError);
    await expect(failure).rejects.toThrow('no Java here');
  });

  it('refuses articles once closed', async () => {
    pool = new ExtractorPool({
      backbone: fixedBackbone(() => Promise.reject(new Error('unused'))),
      cacheDir: dir,
      size: 1,
    });
    await pool.close();
    await expect(pool.extract(inputs[0]!)).rejects.toThrow('closed');
    pool = undefined;
  });
});
