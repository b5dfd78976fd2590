import path from 'node:path';
import { BadInputError } from '../../core/errors';
import { writeArticle } from '../../import/src/graphWriter';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { graphFingerprint } from '../support/graphFingerprint';
import { articleA, articleB } from './importFixtures';

jest.setTimeout(60_000);

describe('writing an article to the graph', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  beforeEach(async () => db.clean());
  afterAll(async () => db.close());

  const one = async <T>(query: string, params: Record<string, unknown> = {}): Promise<T> => {
    const { records } = await db.driver.executeQuery(query, params, { database: db.database });
    return records[0]?.get(0) as T;
  };

  it('writes actors with their labels, code, title, country and searchText, and reports them added', async () => {
    const result = await writeArticle(db, articleA());
    expect(result).toMatchObject({
      status: 'added',
      article: 'article:aaaa000000000001',
      actors: { added: 5, unchanged: 0 },
      meetings: { added: 1, unchanged: 0 },
      stances: { added: 2, unchanged: 0 },
      replaced: [],
      warnings: [],
    });
    const actors = await one<Record<string, unknown>[]>(
      'MATCH (a:Actor) WITH a ORDER BY a.id RETURN collect({id: a.id, labels: labels(a), name: a.name, aliases: a.aliases, code: a.code, country: a.country, title: a.title, searchText: a.searchText})',
    );
    expect(actors).toEqual([
      {
        id: 'country:GB',
        labels: ['Actor', 'Country'],
        name: 'United Kingdom',
        aliases: ['Britain'],
        code: 'GB',
        country: null,
        title: null,
        searchText: 'United Kingdom | Britain',
      },
      {
        id: 'country:KP',
        labels: ['Actor', 'Country'],
        name: 'North Korea',
        aliases: ['Pyongyang'],
        code: 'KP',
        country: null,
        title: null,
        searchText: 'North Korea | Pyongyang',
      },
      {
        id: 'country:US',
        labels: ['Actor', 'Country'],
        name: 'United States',
        aliases: ['U.S.'],
        code: 'US',
        country: null,
        title: null,
        searchText: 'United States | U.S.',
      },
      {
        id: 'official:us:stephen-biegun',
        labels: ['Actor', 'Official'],
        name: 'Stephen Biegun',
        aliases: ['Biegun'],
        code: null,
        country: 'US',
        title: 'Special Representative for North Korea',
        searchText: 'Stephen Biegun | Biegun | Special Representative for North Korea',
      },
      {
        id: 'organization:un-security-council',
        labels: ['Actor', 'Organization'],
        name: 'United Nations Security Council',
        aliases: ['UN Security Council'],
        code: null,
        country: null,
        title: null,
        searchText: 'United Nations Security Council | UN Security Council',
      },
    ]);
    // The full-text index finds an actor by an alias.
    expect(await one('CALL db.index.fulltext.queryNodes("actor_search", "Pyongyang") YIELD node RETURN node.id')).toBe(
      'country:KP',
    );
  });

  it('reports an article written twice at once as added by one writer and unchanged by the other', async () => {
    const results = await Promise.all([writeArticle(db, articleA()), writeArticle(db, articleA())]);
    expect(results.map((r) => r.status).sort()).toEqual(['added', 'unchanged']);
  });

  it('writes the article, the meeting with its participants and REPORTED_IN evidence, stances with evidence, and MENTIONED_IN', async () => {
    await writeArticle(db, articleA());
    const article = await one<Record<string, unknown>>(
      'MATCH (a:Article) RETURN {id: a.id, file: a.file, title: a.title, date: toString(a.date), dateType: valueType(a.date), publisher: a.publisher, sha256: a.sha256, hasImportedAt: a.importedAt IS NOT NULL}',
    );
    expect(article).toEqual({
      id: 'article:aaaa000000000001',
      file: 'news/a.txt',
      title: 'North Korea, U.S. seek their allies',
      date: '2019-03-21',
      dateType: 'DATE NOT NULL',
      publisher: 'Arirang News',
      sha256: 'a'.repeat(64),
      hasImportedAt: true,
    });
    const meeting = await one<Record<string, unknown>>(
      `MATCH (m:Meeting)-[r:REPORTED_IN]->(a:Article)
       RETURN {id: m.id, date: toString(m.date), place: m.place, summary: m.summary, planned: m.planned, evidence: r.evidence, confidence: r.confidence, article: a.id,
               participants: COLLECT { MATCH (p:Actor)-[:ATTENDED]->(m) RETURN p.id ORDER BY p.id }}`,
    );
    expect(meeting).toEqual({
      id: 'meeting:a-biegun-britain',
      date: '2019-03-19',
      place: 'London',
      summary: 'Biegun meets British counterpart',
      planned: false,
      evidence: 'Stephen Biegun met his British counterpart this week.',
      confidence: 0.8,
      article: 'article:aaaa000000000001',
      participants: ['country:GB', 'official:us:stephen-biegun'],
    });
    const stances = await one<Record<string, unknown>[]>(
      'MATCH (f)-[r:BACKS|OPPOSES]->(t) WITH f, r, t ORDER BY type(r) RETURN collect({type: type(r), from: f.id, to: t.id, article: r.article, evidence: r.evidence, date: toString(r.date), confidence: r.confidence})',
    );
    expect(stances).toEqual([
      {
        type: 'BACKS',
        from: 'country:GB',
        to: 'country:US',
        article: 'article:aaaa000000000001',
        evidence: 'Britain reiterated its support for U.S. efforts.',
        date: '2019-03-19',
        confidence: 0.9,
      },
      // No date of its own: the article's date.
      {
        type: 'OPPOSES',
        from: 'country:KP',
        to: 'country:US',
        article: 'article:aaaa000000000001',
        evidence: 'North Korea blamed the U.S.',
        date: '2019-03-21',
        confidence: 0.7,
      },
    ]);
    expect(
      await one('MATCH (a:Actor)-[:MENTIONED_IN]->(:Article {id: "article:aaaa000000000001"}) RETURN count(a)'),
    ).toEqual(expect.objectContaining({ low: 5 }));
    expect(
      await one('MATCH (:Official {id: "official:us:stephen-biegun"})-[:REPRESENTS]->(c:Country) RETURN c.id'),
    ).toBe('country:US');
  });

  it('links officials to the organisation they serve and national organisations to their state', async () => {
    await writeArticle(db, articleA());
    const doc = articleB();
    doc.actors.push({
      id: 'official:xx:un-envoy',
      kind: 'Official',
      name: 'UN Envoy',
      country: null,
      title: 'Envoy',
      organization: 'organization:un-security-council',
    });
    doc.articles[0]!.actors.push('official:xx:un-envoy');
    await writeArticle(db, doc);
    expect(await one('MATCH (:Official {id: "official:xx:un-envoy"})-[:REPRESENTS]->(o) RETURN o.id')).toBe(
      'organization:un-security-council',
    );
    expect(
      await one('MATCH (:Organization {id: "organization:kr:foreign-ministry"})-[:PART_OF]->(c:Country) RETURN c.id'),
    ).toBe('country:KR');
    expect(
      await one('MATCH (:Official {id: "official:kr:kang-kyung-wha"})-[:REPRESENTS]->(c:Country) RETURN c.id'),
    ).toBe('country:KR');
    expect(
      await one('MATCH (:Organization {id: "organization:un-security-council"})-[r:PART_OF]->() RETURN count(r)'),
    ).toEqual(expect.objectContaining({ low: 0 }));
  });

  it('merges an actor across articles: unites aliases and keeps a known title and country when the next article has none', async () => {
    await writeArticle(db, articleA());
    const result = await writeArticle(db, articleB());
    expect(result.actors).toEqual({ added: 3, unchanged: 2 });
    const us = await one<Record<string, unknown>>(
      'MATCH (a:Country {id: "country:US"}) RETURN {aliases: a.aliases, searchText: a.searchText}',
    );
    expect(us).toEqual({ aliases: ['U.S.', 'Washington'], searchText: 'United States | U.S. | Washington' });
    const biegun = await one<Record<string, unknown>>(
      'MATCH (a:Official {id: "official:us:stephen-biegun"}) RETURN {title: a.title, country: a.country, aliases: a.aliases}',
    );
    expect(biegun).toEqual({
      title: 'Special Representative for North Korea',
      country: 'US',
      aliases: ['Biegun', 'Steve Biegun'],
    });
  });

  it('changes nothing when the same article is written again, and says "unchanged"', async () => {
    await writeArticle(db, articleA());
    await writeArticle(db, articleB());
    const before = await graphFingerprint(db.driver, db.database);
    const again = await writeArticle(db, articleA());
    expect(again).toMatchObject({
      status: 'unchanged',
      actors: { added: 0, unchanged: 5 },
      meetings: { added: 0, unchanged: 1 },
      stances: { added: 0, unchanged: 2 },
    });
    expect(await graphFingerprint(db.driver, db.database)).toEqual(before);
  });

  it('replaces the claims of an edited article (same file, new content): old stance and meeting gone, new ones in, shared actors and other articles kept', async () => {
    await writeArticle(db, articleA());
    await writeArticle(db, articleB());
    const edited = articleA({
      id: 'article:aaaa0000000000ed',
      sha256: 'e'.repeat(64),
      stanceEvidence: 'Britain backed the U.S. plan on Tuesday.',
    });
    edited.stances = edited.stances.filter((s) => s.type === 'BACKS');
    edited.meetings[0]!.id = 'meeting:a-biegun-britain-edited';
    const result = await writeArticle(db, edited);
    expect(result).toMatchObject({
      status: 'updated',
      replaced: ['article:aaaa000000000001'],
      stances: { added: 1, unchanged: 0 },
      meetings: { added: 1, unchanged: 0 },
    });

    expect(await one('MATCH (a:Article {file: "news/a.txt"}) RETURN collect(a.id)')).toEqual([
      'article:aaaa0000000000ed',
    ]);
    expect(await one('MATCH ()-[r:OPPOSES]->() RETURN count(r)')).toEqual(expect.objectContaining({ low: 0 }));
    expect(await one('MATCH ()-[r:BACKS]->() RETURN collect(r.article + " " + r.evidence)')).toEqual(
      expect.arrayContaining([
        'article:aaaa0000000000ed Britain backed the U.S. plan on Tuesday.',
        'article:bbbb000000000002 Seoul backs Washington.',
      ]),
    );
    expect(await one('MATCH (m:Meeting) RETURN collect(m.id)')).toEqual(
      expect.arrayContaining(['meeting:a-biegun-britain-edited', 'meeting:b-biegun-kang']),
    );
    expect(await one('MATCH (m:Meeting {id: "meeting:a-biegun-britain"}) RETURN count(m)')).toEqual(
      expect.objectContaining({ low: 0 }),
    );
    // North Korea is no longer claimed by any article, but actors are shared and stay.
    expect(await one('MATCH (a:Actor {id: "country:KP"}) RETURN count(a)')).toEqual(
      expect.objectContaining({ low: 1 }),
    );
    expect(
      await one('MATCH (a:Actor)-[:MENTIONED_IN]->(:Article {id: "article:bbbb000000000002"}) RETURN count(a)'),
    ).toEqual(expect.objectContaining({ low: 5 }));
  });

  it('recognises an edited file whether it was imported by relative or absolute path', async () => {
    await writeArticle(db, articleA());
    const edited = articleA({ id: 'article:aaaa0000000000ed', sha256: 'e'.repeat(64) });
    edited.articles[0]!.file = path.resolve('news/a.txt');
    const result = await writeArticle(db, edited);
    expect(result).toMatchObject({ status: 'updated', replaced: ['article:aaaa000000000001'] });
    expect(await one('MATCH (a:Article) RETURN collect(a.file)')).toEqual([path.resolve('news/a.txt')]);
  });

  it('keeps a meeting that another article also reports when the first article is edited', async () => {
    await writeArticle(db, articleA());
    const b = articleB();
    b.meetings.push({
      ...articleA().meetings[0]!,
      article: b.articles[0]!.id,
      evidence: 'Biegun was in London on Tuesday.',
    });
    b.actors.push(articleA().actors[2]!);
    await writeArticle(db, b);
    const edited = articleA({ id: 'article:aaaa0000000000ed', sha256: 'e'.repeat(64) });
    edited.meetings = [];
    await writeArticle(db, edited);
    expect(
      await one(
        'MATCH (m:Meeting {id: "meeting:a-biegun-britain"})-[r:REPORTED_IN]->(a) RETURN collect(a.id + ": " + r.evidence)',
      ),
    ).toEqual(['article:bbbb000000000002: Biegun was in London on Tuesday.']);
  });

  it('dates a meeting by its earliest report, and moves that date on when the earlier article is edited away', async () => {
    const a = articleA();
    a.articles[0]!.date = '2019-03-21';
    a.meetings[0]!.date = null;
    await writeArticle(db, a);
    const b = articleB();
    b.articles[0]!.date = '2019-03-10';
    b.meetings.push({ ...a.meetings[0]!, article: b.articles[0]!.id, evidence: 'Biegun was in London this week.' });
    b.actors.push(a.actors[2]!);
    await writeArticle(db, b);
    const reportedOn = (): Promise<string | null> =>
      one('MATCH (m:Meeting {id: "meeting:a-biegun-britain"}) RETURN toString(m.reportedOn)');
    expect(await reportedOn()).toBe('2019-03-10');
    // The same file edited: a new id, and the meeting no longer in it.
    const edited = articleB();
    const editedId = 'article:bbbb0000000000ed';
    edited.articles[0] = { ...edited.articles[0]!, id: editedId, sha256: 'f'.repeat(64) };
    for (const claim of [...edited.meetings, ...edited.stances]) claim.article = editedId;
    await writeArticle(db, edited);
    expect(await reportedOn()).toBe('2019-03-21');
  });

  it('refuses, writing nothing, a claim that points at an actor neither in the document nor in the graph', async () => {
    const doc = articleA();
    doc.stances.push({
      type: 'BACKS',
      from: 'country:FR',
      to: 'country:US',
      article: doc.articles[0]!.id,
      evidence: 'France backs the U.S.',
    });
    const error = await writeArticle(db, doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as Error).message).toBe(
      'news/a.txt: claims refer to actors that are neither defined in it nor in the graph: country:FR',
    );
    expect(await graphFingerprint(db.driver, db.database)).toMatchObject({ nodes: 0, relationships: 0 });
  });

  it('refuses an actor kind or stance type outside the model before anything reaches Cypher', async () => {
    const badKind = articleA();
    (badKind.actors[0] as { kind: string }).kind = 'Country) DETACH DELETE (x';
    await expect(writeArticle(db, badKind)).rejects.toThrow(
      /actors\[0\] \(country:US\): kind must be one of Country, Official, Organization, got "Country\) DETACH DELETE \(x"/,
    );
    const badType = articleA();
    (badType.stances[0] as { type: string }).type = 'LOVES';
    await expect(writeArticle(db, badType)).rejects.toThrow(
      /stances\[0\]: stance type must be one of BACKS, OPPOSES, got "LOVES"/,
    );
    expect(await graphFingerprint(db.driver, db.database)).toMatchObject({ nodes: 0, relationships: 0 });
  });

  it('keeps exactly one kind label when a later record gives an actor another kind', async () => {
    await writeArticle(db, articleA());
    const b = articleB();
    b.actors.push({
      id: 'organization:un-security-council',
      kind: 'Official',
      name: 'United Nations Security Council',
      country: null,
      title: null,
    });
    b.articles[0]!.actors.push('organization:un-security-council');
    await writeArticle(db, b);
    expect(await one('MATCH (a:Actor {id: "organization:un-security-council"}) RETURN labels(a)')).toEqual([
      'Actor',
      'Official',
    ]);
  });

  it('stores a date that is not a calendar date as no date, with a warning, instead of failing the article', async () => {
    const doc = articleA();
    doc.meetings[0]!.date = '2019-02-30';
    const result = await writeArticle(db, doc);
    expect(result.warnings).toEqual([
      'meetings[0] (meeting:a-biegun-britain): date "2019-02-30" is not a YYYY-MM-DD date; stored without a date',
    ]);
    expect(await one('MATCH (m:Meeting) RETURN m.date')).toBeNull();
  });
});

describe('re-importing an article read by another version of the extractor', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  it('is unchanged under the same extractor and re-written, replacing its claims, under a new one', async () => {
    expect((await writeArticle(db, articleA(), { extractor: 'v1' })).status).toBe('added');
    const first = await graphFingerprint(db.driver, db.database);
    expect((await writeArticle(db, articleA(), { extractor: 'v1' })).status).toBe('unchanged');

    // The new extractor no longer finds the second stance: it must disappear from the graph.
    const improved = articleA();
    improved.stances = improved.stances.slice(0, 1);
    const rewritten = await writeArticle(db, improved, { extractor: 'v2' });
    expect(rewritten.status).toBe('updated');
    expect(rewritten.replaced).toEqual([improved.articles[0]!.id]);
    const { records } = await db.driver.executeQuery(
      'MATCH (a:Article) OPTIONAL MATCH ()-[s:BACKS|OPPOSES]->() RETURN toFloat(count(DISTINCT a)) AS articles, toFloat(count(DISTINCT s)) AS stances, collect(DISTINCT a.extractor) AS extractors',
      {},
      { database: db.database },
    );
    expect(records[0]?.toObject()).toEqual({ articles: 1, stances: 1, extractors: ['v2'] });
    expect(await graphFingerprint(db.driver, db.database)).not.toEqual(first);
    expect((await writeArticle(db, improved, { extractor: 'v2' })).status).toBe('unchanged');
  });
});
