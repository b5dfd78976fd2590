import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { loadConfig } from '../../core/config';
import { BadInputError, DatabaseUnavailableError } from '../../core/errors';
import { ImportStoppedError, importFiles, type ImportSummary } from '../../import/src/importFiles';
import { testExtractor } from '../support/testExtractor';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { graphFingerprint } from '../support/graphFingerprint';

jest.setTimeout(90_000);

const ARTICLES = path.resolve(__dirname, '..', '..', 'data', 'articles');
const OPTIONS = { maxFileBytes: 1024 * 1024, extractor: testExtractor() };
/** One article per transaction: the behaviours an article at a time shows. */
const ONE_BY_ONE = { batch: { articles: 1, claims: 10_000 } };

/**
 * A driver whose write transactions, after the first `okWrites`, run all their statements and then fail as if the
 * connection dropped before COMMIT: the way to prove that a failed article leaves nothing behind.
 */
function failingAfter(driver: Driver, okWrites: number, seenInside: number[]): Driver {
  let writes = 0;
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop !== 'session') return Reflect.get(target, prop, receiver) as unknown;
      return (config: Parameters<Driver['session']>[0]) => {
        const session = target.session(config);
        const executeWrite = async <T>(work: (tx: ManagedTransaction) => Promise<T>, txConfig?: object): Promise<T> => {
          writes += 1;
          if (writes <= okWrites) return session.executeWrite(work, txConfig);
          return session.executeWrite(async (tx) => {
            await work(tx);
            // The statements did run: the article is visible inside this transaction, and must vanish with it.
            const { records } = await tx.run('MATCH (a:Article) RETURN count(a) AS n');
            seenInside.push(records[0]?.get('n').toNumber() as number);
            throw new Neo4jError(
              'simulated: connection to Neo4j lost before commit',
              'ServiceUnavailable',
              '08000',
              'connection exception',
            );
          }, txConfig);
        };
        return new Proxy(session, {
          get(s, p, r) {
            return p === 'executeWrite' ? executeWrite : (Reflect.get(s, p, r) as unknown);
          },
        });
      };
    },
  });
}

describe('importing article files', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  beforeEach(async () => {
    await db.clean();
    dir = mkdtempSync(path.join(os.tmpdir(), 'entente-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  afterAll(async () => db.close());

  const count = async (query: string, params: Record<string, unknown> = {}): Promise<number> => {
    const { records } = await db.driver.executeQuery(query, params, { database: db.database });
    return (records[0]?.get(0) as { toNumber(): number }).toNumber();
  };

  it('writes the sample articles as Countries, Officials, Meetings reported in their Article with evidence, and stances with evidence', async () => {
    const summary = await importFiles(db, [ARTICLES], OPTIONS);
    expect(summary).toMatchObject({ files: 5, articles: { added: 5, updated: 0, unchanged: 0 }, skipped: [] });
    expect(summary.document).toBeUndefined();
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(5);
    expect(await count('MATCH (c:Actor:Country) WHERE c.code =~ "[A-Z]{2}" RETURN count(c)')).toBeGreaterThanOrEqual(3);
    expect(await count('MATCH (o:Actor:Official)-[:REPRESENTS]->() RETURN count(DISTINCT o)')).toBeGreaterThanOrEqual(
      1,
    );
    expect(await count('MATCH (a:Actor) RETURN count(a)')).toBe(summary.actors.added);
    // Every meeting and every stance traces back to an article and a sentence.
    const meetings = await count('MATCH (m:Meeting) RETURN count(m)');
    expect(meetings).toBe(summary.meetings.added);
    expect(meetings).toBeGreaterThan(0);
    expect(
      await count(
        'MATCH (m:Meeting) WHERE NOT EXISTS { (m)-[r:REPORTED_IN]->(:Article) WHERE size(r.evidence) > 0 } RETURN count(m)',
      ),
    ).toBe(0);
    expect(await count('MATCH (m:Meeting) WHERE COUNT { (:Actor)-[:ATTENDED]->(m) } < 2 RETURN count(m)')).toBe(0);
    const stances = await count('MATCH ()-[r:BACKS|OPPOSES]->() RETURN count(r)');
    expect(stances).toBe(summary.stances.added);
    expect(stances).toBeGreaterThan(0);
    expect(
      await count(
        'MATCH ()-[r:BACKS|OPPOSES]->() WHERE size(r.evidence) = 0 OR NOT EXISTS { MATCH (a:Article {id: r.article}) } RETURN count(r)',
      ),
    ).toBe(0);
    expect(await count('MATCH (a:Article) WHERE NOT EXISTS { (:Actor)-[:MENTIONED_IN]->(a) } RETURN count(a)')).toBe(0);
  });

  it('reports everything unchanged on a second import, and the graph stays identical (counts and a checksum of every property)', async () => {
    const first = await importFiles(db, [ARTICLES], OPTIONS);
    const before = await graphFingerprint(db.driver, db.database);
    const second = await importFiles(db, [ARTICLES], OPTIONS);
    expect(second.articles).toEqual({ added: 0, updated: 0, unchanged: 5 });
    expect(second.actors.added).toBe(0);
    expect(second.meetings).toEqual({ added: 0, unchanged: first.meetings.added });
    expect(second.stances).toEqual({ added: 0, unchanged: first.stances.added });
    expect(second.relationshipsCreated).toBe(0);
    expect(await graphFingerprint(db.driver, db.database)).toEqual(before);
  });

  it('replaces the claims of an edited file: the old version and its stances are gone, the new ones present, shared actors kept', async () => {
    cpSync(ARTICLES, dir, { recursive: true });
    await importFiles(db, [dir], OPTIONS);
    const file = path.join(dir, readdirSync(dir).sort()[0]!);
    const { records } = await db.driver.executeQuery(
      'MATCH (a:Article {file: $file}) RETURN a.id AS id',
      { file },
      { database: db.database },
    );
    const oldId = records[0]?.get('id') as string;
    const oldStances = await count('MATCH ()-[r:BACKS|OPPOSES]->() WHERE r.article = $id RETURN count(r)', {
      id: oldId,
    });
    expect(oldStances).toBeGreaterThan(0);
    const actorsBefore = await count('MATCH (a:Actor) RETURN count(a)');

    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nThis article was updated with a correction.\n`);
    const logged: string[] = [];
    const summary = await importFiles(db, [dir], { ...OPTIONS, log: (line) => logged.push(line) });

    expect(summary.articles).toEqual({ added: 0, updated: 1, unchanged: 4 });
    expect(logged.join('\n')).toContain(`replaced the claims of ${oldId}`);
    expect(await count('MATCH (a:Article {id: $id}) RETURN count(a)', { id: oldId })).toBe(0);
    expect(await count('MATCH ()-[r:BACKS|OPPOSES]->() WHERE r.article = $id RETURN count(r)', { id: oldId })).toBe(0);
    const newId = (
      await db.driver.executeQuery(
        'MATCH (a:Article {file: $file}) RETURN a.id AS id',
        { file },
        { database: db.database },
      )
    ).records[0]?.get('id') as string;
    expect(newId).not.toBe(oldId);
    expect(await count('MATCH ()-[r:BACKS|OPPOSES]->() WHERE r.article = $id RETURN count(r)', { id: newId })).toBe(
      oldStances,
    );
    expect(await count('MATCH (a:Actor) RETURN count(a)')).toBe(actorsBefore);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(5);
  });

  it('adds the stances of a corrections file, against actors already in the graph, with a stub for an unknown article', async () => {
    await importFiles(db, [ARTICLES], OPTIONS);
    const { records } = await db.driver.executeQuery(
      'MATCH (a:Article) WITH a ORDER BY a.id LIMIT 1 MATCH (c:Country) WITH a, c ORDER BY c.id RETURN a.id AS article, collect(c.id)[0..2] AS countries',
      {},
      { database: db.database },
    );
    const article = records[0]?.get('article') as string;
    const [from, to] = records[0]?.get('countries') as string[];
    const corrections = path.join(dir, 'corrections.json');
    writeFileSync(
      corrections,
      JSON.stringify({
        stances: [
          {
            type: 'OPPOSES',
            from,
            to,
            article,
            evidence: 'Analyst: the article implies this in its last paragraph.',
            confidence: 1,
          },
          {
            type: 'BACKS',
            from: to,
            to: from,
            article: 'article:from-a-briefing',
            date: '2019-03-25',
            evidence: 'Briefing notes, 25 March.',
          },
        ],
      }),
    );
    const summary = await importFiles(db, [corrections], OPTIONS);
    expect(summary).toMatchObject({ files: 1, skipped: [], stances: { added: 2, unchanged: 0 } });
    expect(summary.warnings).toEqual([
      { file: corrections, message: 'created stub articles for ids not in the graph: article:from-a-briefing' },
    ]);
    expect(
      await count(
        'MATCH (:Actor {id: $from})-[r:OPPOSES {article: $article}]->(:Actor {id: $to}) WHERE r.evidence STARTS WITH "Analyst" RETURN count(r)',
        { from, to, article },
      ),
    ).toBe(1);
    const stub = await db.driver.executeQuery(
      'MATCH (a:Article {id: "article:from-a-briefing"}) RETURN a.file AS file, a.title AS title',
      {},
      { database: db.database },
    );
    expect(stub.records[0]?.toObject()).toEqual({ file: corrections, title: 'Curated corrections' });
    // Applying the same corrections again adds nothing.
    const again = await importFiles(db, [corrections], OPTIONS);
    expect(again.stances).toEqual({ added: 0, unchanged: 2 });
  });

  it('skips a corrections file whose claims name an actor that does not exist, writing none of it', async () => {
    const corrections = path.join(dir, 'fix.json');
    writeFileSync(
      corrections,
      JSON.stringify({
        stances: [{ type: 'BACKS', from: 'country:ZZ', to: 'country:YY', article: 'article:x', evidence: 'e' }],
      }),
    );
    const summary = await importFiles(db, [corrections], OPTIONS);
    expect(summary.skipped).toEqual([
      {
        file: corrections,
        reason: 'claims refer to actors that are neither defined in it nor in the graph: country:YY, country:ZZ',
      },
    ]);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(0);
  });

  it('leaves no partial article when a write fails before commit, and stops saying how many articles were written and to re-run', async () => {
    const { neo4j: settings } = loadConfig();
    // Few retries: the simulated failure repeats on every attempt.
    const real = neo4j.driver(settings.uri!, neo4j.auth.basic(settings.user, settings.password), {
      maxTransactionRetryTime: 300,
    });
    const seenInside: number[] = [];
    try {
      const broken = failingAfter(real, 2, seenInside);
      const progress: string[] = [];
      const run = importFiles({ driver: broken, database: db.database }, [ARTICLES], {
        ...OPTIONS,
        ...ONE_BY_ONE,
        onProgress: (_d, _t, file) => progress.push(file),
      });
      await expect(run).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(run).rejects.toThrow(
        /Neo4j stopped taking writes at .*002_e97a4d681b69595d\.txt: 2 article\(s\) were written before it, each completely, .* Re-run the same import to complete it/,
      );
      expect(progress).toHaveLength(2);
      // Inside the failed transaction the third article existed; after the rollback nothing of it is left.
      expect(seenInside[0]).toBe(3);
      expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(2);
      const written = await db.driver.executeQuery(
        'MATCH (a:Article) RETURN collect(a.id) AS ids',
        {},
        { database: db.database },
      );
      const ids = written.records[0]?.get('ids') as string[];
      expect(await count('MATCH ()-[r:BACKS|OPPOSES]->() WHERE NOT r.article IN $ids RETURN count(r)', { ids })).toBe(
        0,
      );
      expect(
        await count('MATCH (m:Meeting)-[:REPORTED_IN]->(a:Article) WHERE NOT a.id IN $ids RETURN count(m)', { ids }),
      ).toBe(0);

      // Re-running completes the import: the two written articles are unchanged, the rest added.
      const rerun: ImportSummary = await importFiles(db, [ARTICLES], OPTIONS);
      expect(rerun.articles).toEqual({ added: 3, updated: 0, unchanged: 2 });
    } finally {
      await real.close();
    }
  });

  it('stops before the article that would write to a disk short of space, with the summary of what it wrote', async () => {
    let checks = 0;
    const checkSpace = (): void => {
      if (++checks > 3) throw new BadInputError('only 12 MB free for /data (NEO4J_DATA_DIR)');
    };
    const run = importFiles(db, [ARTICLES], { ...OPTIONS, ...ONE_BY_ONE, checkSpace });
    await expect(run).rejects.toBeInstanceOf(ImportStoppedError);
    const error = (await run.catch((e: unknown) => e)) as ImportStoppedError;
    expect(error.message).toMatch(
      /the import stopped before the disk filled at .*003_b12b6eb208387055\.txt: 3 article\(s\) were written .*only 12 MB free/,
    );
    expect(error.summary.articles.added).toBe(3);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(3);
  });

  it('writes every article when the space check passes each time', async () => {
    const summary = await importFiles(db, [ARTICLES], { ...OPTIONS, checkSpace: () => undefined });
    expect(summary.articles.added).toBe(5);
  });

  it('stops reading files once its signal is aborted, writing what it had read and reporting exactly that', async () => {
    const controller = new AbortController();
    const summary = await importFiles(db, [ARTICLES], {
      ...OPTIONS,
      ...ONE_BY_ONE,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    expect(summary.interrupted).toBe(true);
    // The article read while the second was being written is written too; the rest are not read.
    expect(summary.articles.added).toBe(3);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(3);
  });

  describe('in batches of several articles per transaction', () => {
    const PAIRS = { batch: { articles: 2, claims: 10_000 } };

    it('writes the same graph as article by article, and counts the same', async () => {
      const batched = await importFiles(db, [ARTICLES], { ...OPTIONS, ...PAIRS });
      const batchedGraph = await graphFingerprint(db.driver, db.database, ['importedAt']);
      await db.clean();
      const single = await importFiles(db, [ARTICLES], { ...OPTIONS, ...ONE_BY_ONE });
      expect(await graphFingerprint(db.driver, db.database, ['importedAt'])).toEqual(batchedGraph);
      expect(batched).toEqual(single);
    });

    it('counts a re-run as unchanged, batch by batch', async () => {
      await importFiles(db, [ARTICLES], { ...OPTIONS, ...PAIRS });
      const again = await importFiles(db, [ARTICLES], { ...OPTIONS, ...PAIRS });
      expect(again.articles).toEqual({ added: 0, updated: 0, unchanged: 5 });
      expect(again.meetings.added + again.stances.added + again.actors.added).toBe(0);
    });

    it('leaves whole batches when a write fails before commit, and names the batch that was not written', async () => {
      const { neo4j: settings } = loadConfig();
      const real = neo4j.driver(settings.uri!, neo4j.auth.basic(settings.user, settings.password), {
        maxTransactionRetryTime: 300,
      });
      try {
        const run = importFiles({ driver: failingAfter(real, 1, []), database: db.database }, [ARTICLES], {
          ...OPTIONS,
          ...PAIRS,
        });
        await expect(run).rejects.toBeInstanceOf(ImportStoppedError);
        await expect(run).rejects.toThrow(
          /at .*002_\w+\.txt: 2 article\(s\) were written before it, each completely, and .*002_\w+\.txt and the 1 article\(s\) after it, written together with it, were not written at all/,
        );
        expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(2);
      } finally {
        await real.close();
      }
    });

    it('skips a document that points at an unknown actor with its reason, and writes the rest of its batch', async () => {
      const inner = testExtractor();
      const extractor = {
        extract: async (input: Parameters<typeof inner.extract>[0]) => {
          const doc = await inner.extract(input);
          if (!input.file.includes('002_')) return doc;
          const article = doc.articles[0]!.id;
          return {
            ...doc,
            stances: [
              ...doc.stances,
              { type: 'BACKS' as const, from: 'country:ZZ', to: doc.actors[0]!.id, article, evidence: 'made up' },
            ],
          };
        },
        close: async () => {},
      };
      const summary = await importFiles(db, [ARTICLES], { ...OPTIONS, ...PAIRS, extractor });
      expect(summary.skipped).toEqual([
        {
          file: expect.stringContaining('002_'),
          reason: 'not written: claims refer to actors that are neither defined in it nor in the graph: country:ZZ',
        },
      ]);
      expect(summary.articles.added).toBe(4);
      expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(4);
    });
  });

  it('extracts without a database on a dry run and returns the merged document', async () => {
    const summary = await importFiles(undefined, [ARTICLES], { ...OPTIONS, dryRun: true });
    expect(summary.document?.articles).toHaveLength(5);
    expect(summary.actors.added).toBe(summary.document?.actors.length);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(0);
  });
});
