import { readFileSync, readdirSync } from 'node:fs';
import { BadInputError } from '../../../core/errors';
import { CoreNlpWorker } from '../../../import/src/nlp/coreNlpWorker';

// These start workers of their own (not the run's shared one): they kill them.

/** Java processes running an NLP worker on stdin whose parent is this test process (the run's shared one listens). */
function ownWorkers(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return ppid === process.pid && cmdline.includes('dev.entente.nlp.NlpWorker') && !cmdline.includes('--listen');
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setImmediate(r));
}

/** Tests that start a JVM two or three times (each loads the models): bounded well above a loaded machine's worst. */
const RESTARTS_TIMEOUT_MS = 300_000;

const ARTICLE =
  'Moon met Kim in Pyongyang on Tuesday. ' + 'The two leaders talked about the talks and the summit. '.repeat(40);

describe('the CoreNLP worker client', () => {
  let worker: CoreNlpWorker;
  afterEach(async () => worker?.close());

  it('starts one JVM for requests that arrive together, and stops it on close', async () => {
    worker = new CoreNlpWorker({ threads: 2, heapMb: 1536, timeoutMs: 120_000, log: () => {} });
    const answers = await Promise.all(
      ['Kim met Moon.', 'Xi met Putin.', 'Biden met Modi.', 'Abe met Trump.'].map((t) => worker.tag(t, 'a.txt')),
    );
    expect(answers.map((a) => a.sentences.length)).toEqual([1, 1, 1, 1]);
    expect(ownWorkers()).toEqual([worker.pid]);
    await worker.close();
    await until(() => ownWorkers().length === 0);
  });

  it('parses only the sentences asked for', async () => {
    worker = new CoreNlpWorker({ threads: 1, heapMb: 1536, timeoutMs: 120_000, log: () => {} });
    const parsed = await worker.parse('Moon met Kim.\n\nThey talked.', [1], 'a.txt');
    expect(parsed.sentences.map((s) => s.head !== null)).toEqual([false, true]);
  });

  it(
    'retries an article once on a new worker when the worker dies under it',
    async () => {
      const lines: string[] = [];
      worker = new CoreNlpWorker({ threads: 1, heapMb: 1536, timeoutMs: 120_000, log: (l) => lines.push(l) });
      await worker.tag('Warm up.', 'warm.txt');
      const first = worker.pid!;
      const answer = worker.parse(ARTICLE, [0, 1, 2], 'news.txt');
      process.kill(first, 'SIGKILL');
      const parsed = await answer;
      expect(parsed.sentences.length).toBeGreaterThan(2);
      expect(worker.pid).not.toBe(first);
      expect(lines.some((l) => l.includes('news.txt') && l.includes('retrying it on a new worker'))).toBe(true);
    },
    RESTARTS_TIMEOUT_MS,
  );

  it(
    'skips an article, naming why, when the worker dies twice under it',
    async () => {
      worker = new CoreNlpWorker({ threads: 1, heapMb: 1536, timeoutMs: 120_000, log: () => {} });
      await worker.tag('Warm up.', 'warm.txt');
      const first = worker.pid!;
      const answer = worker.parse(ARTICLE, [0, 1, 2], 'news.txt');
      const failed = answer.then(
        () => undefined,
        (e: unknown) => e,
      );
      process.kill(first, 'SIGKILL');
      await until(() => worker.pid !== undefined && worker.pid !== first);
      process.kill(worker.pid!, 'SIGKILL');
      const error = await failed;
      expect(error).toBeInstanceOf(BadInputError);
      expect((error as Error).message).toMatch(/stopped twice/);
      // The next article gets a worker again.
      expect((await worker.tag('Kim met Moon.', 'next.txt')).sentences).toHaveLength(1);
    },
    RESTARTS_TIMEOUT_MS,
  );

  it('gives up on an article past its time limit and carries on with a new worker', async () => {
    worker = new CoreNlpWorker({ threads: 1, heapMb: 1536, timeoutMs: 1, log: () => {} });
    await expect(worker.parse(ARTICLE.repeat(5), [0, 1, 2, 3, 4, 5], 'slow.txt')).rejects.toThrow(/not parsed within/);
  });
});
