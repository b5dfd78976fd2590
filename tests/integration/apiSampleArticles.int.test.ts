/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies; the assertions check their shape */
import { importFiles } from '../../import/src/importFiles';
import { testExtractor } from '../support/testExtractor';
import type { TestDatabase } from '../support/testDatabase';
import { closeAppOnGraph, openAppOnGraph, type TestApp } from './apiHarness';

jest.setTimeout(120_000);

describe('the API on the real sample articles (data/articles) imported by the importer', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    ({ db, api } = await openAppOnGraph((graph) =>
      importFiles(graph, ['data/articles'], { maxFileBytes: 5_000_000, extractor: testExtractor() }).then(
        () => undefined,
      ),
    ));
  });
  afterAll(() => closeAppOnGraph({ db, api }));

  it('answers who met Stephen Biegun: the United Kingdom, Germany and France, with the sentence that says so', async () => {
    const { body } = await api.gql<any>(
      `{ whoMet(actor: "official:us:stephen-biegun") { actor { id } meetings { evidence { sentence articleTitle file } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const byId = new Map(body.data.whoMet.map((r: any) => [r.actor.id, r]));
    for (const id of ['country:GB', 'country:DE', 'country:FR']) {
      const record: any = byId.get(id);
      expect(record).toBeDefined();
      const sentences = record.meetings.flatMap((m: any) => m.evidence.map((e: any) => e.sentence));
      expect(sentences.some((s: string) => s.includes('met his British, German and French counterparts'))).toBe(true);
      expect(record.meetings[0].evidence[0].file).toMatch(/data\/articles\/000_b57fc97b26af9e2c\.txt$/);
    }
  });

  it('answers who backs the United States: at least the United Kingdom and Germany', async () => {
    const { body } = await api.gql<any>(
      `{ backers(actor: "country:US") { actor { id } type articleCount evidence { sentence } } }`,
    );
    expect(body.errors).toBeUndefined();
    const ids = body.data.backers.map((r: any) => r.actor.id);
    expect(ids).toEqual(expect.arrayContaining(['country:GB', 'country:DE']));
    expect(
      body.data.backers.every(
        (r: any) => r.type === 'BACKS' && r.articleCount >= 1 && r.evidence[0].sentence.length > 0,
      ),
    ).toBe(true);
  });

  it('finds a shortest path between two officials, Stephen Biegun and Kim Jong Un, as a drawable chain', async () => {
    const { body } = await api.gql<any>(
      `{ shortestPath(from: "official:us:stephen-biegun", to: "official:kp:kim-jong-un") { nodes { id kind } edges { source target type } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { nodes, edges } = body.data.shortestPath;
    expect(nodes[0].id).toBe('official:us:stephen-biegun');
    expect(nodes[nodes.length - 1].id).toBe('official:kp:kim-jong-un');
    expect(nodes.length).toBeLessThanOrEqual(7);
    expect(edges).toHaveLength(nodes.length - 1);
    // Consecutive edges share an actor: it is one chain, in order.
    edges.forEach((e: any, i: number) =>
      expect([e.source, e.target].sort()).toEqual([nodes[i].id, nodes[i + 1].id].sort()),
    );
  });

  it('buckets meetings and stances of early 2019 by month', async () => {
    const { body } = await api.gql<any>(
      `{ timeline(bucket: MONTH) { start meetings stances } stats { meetings stances articles } }`,
    );
    expect(body.errors).toBeUndefined();
    const buckets = body.data.timeline;
    expect(buckets.length).toBeGreaterThan(0);
    expect(buckets.every((b: any) => /^\d{4}-\d{2}-01$/.test(b.start))).toBe(true);
    expect(buckets.map((b: any) => b.start)).toEqual([...buckets.map((b: any) => b.start)].sort());
    expect(buckets.some((b: any) => b.start === '2019-03-01' && b.meetings + b.stances > 0)).toBe(true);
    expect(body.data.stats.articles).toBe(5);
  });

  it('draws the neighbourhood of Stephen Biegun with the US as his parent, and finds him by a prefix', async () => {
    const { body } = await api.gql<any>(
      `{ neighbourhood(actors: ["official:us:stephen-biegun"]) { nodes { id parent } edges { source target } } search(text: "bieg") { id } }`,
    );
    const biegun = body.data.neighbourhood.nodes.find((n: any) => n.id === 'official:us:stephen-biegun');
    expect(biegun.parent).toBe('country:US');
    const ids = new Set(body.data.neighbourhood.nodes.map((n: any) => n.id));
    expect(ids.has('country:US')).toBe(true);
    for (const e of body.data.neighbourhood.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(body.data.search[0].id).toBe('official:us:stephen-biegun');
  });

  it('runs the saved queries on the imported graph', async () => {
    const backs = await api.post('/api/queries/who-backs', { params: { actor: 'country:US' } });
    expect(backs.body.rows.map((r: any) => r.backerId)).toEqual(expect.arrayContaining(['country:GB', 'country:DE']));
    const connected = await api.post('/api/queries/most-connected-officials', {});
    expect(connected.body.rows.map((r: any) => r.id)).toContain('official:us:stephen-biegun');
  });

  // "Biegun met his British, German and French counterparts this week" has no day of its own: the article's date
  // (2019-03-21) places it, so an analyst asking about March 2019 finds it and one asking about April does not.

  const metIds = async (range: string): Promise<string[]> => {
    const { body } = await api.gql<any>(
      `{ whoMet(actor: "official:us:stephen-biegun", ${range}) { actor { id } meetings { date } } }`,
    );
    expect(body.errors).toBeUndefined();
    return body.data.whoMet.map((r: any) => r.actor.id);
  };

  it('places an undated meeting at the date of the article that reports it: who the U.S. envoy met in March 2019', async () => {
    expect(await metIds('from: "2019-03-01", to: "2019-03-31"')).toEqual(
      expect.arrayContaining(['country:GB', 'country:DE', 'country:FR']),
    );
  });

  it('leaves that meeting out of a window after its article', async () => {
    expect(await metIds('from: "2019-04-01", to: "2019-04-30"')).toEqual([]);
  });

  it('keeps the meeting date itself null rather than guessing a day', async () => {
    const { body } = await api.gql<any>(
      `{ whoMet(actor: "official:us:stephen-biegun") { actor { id } meetings { date evidence { date } } } }`,
    );
    const gb = body.data.whoMet.find((r: any) => r.actor.id === 'country:GB');
    expect(gb.meetings[0].date).toBeNull();
    expect(gb.meetings[0].evidence[0].date).toBe('2019-03-21');
  });

  it('draws those MET edges in a March 2019 neighbourhood and counts them in the March timeline bucket', async () => {
    const { body } = await api.gql<any>(`{
      neighbourhood(actors: ["official:us:stephen-biegun"], relationTypes: [MET], from: "2019-03-01", to: "2019-03-31") { edges { source target firstDate } }
      timeline(from: "2019-03-01", to: "2019-03-31", bucket: MONTH) { start meetings }
    }`);
    expect(body.errors).toBeUndefined();
    const between = (a: string, b: string) =>
      body.data.neighbourhood.edges.find((e: any) => [e.source, e.target].sort().join() === [a, b].sort().join());
    // "After their meeting Tuesday, Britain and Germany ..." in an article of Thursday 21 March 2019.
    expect(between('country:GB', 'country:DE').firstDate).toBe('2019-03-19');
    // "Biegun met his British ... counterparts this week": no day, so the edge starts on the article's date.
    expect(between('official:us:stephen-biegun', 'country:GB').firstDate).toBe('2019-03-21');
    expect(body.data.timeline).toEqual([expect.objectContaining({ start: '2019-03-01' })]);
    expect(body.data.timeline[0].meetings).toBeGreaterThanOrEqual(1);
  });

  it('finds the U.S. special representative by his title', async () => {
    const { body } = await api.gql<any>(`{ search(text: "special representative") { id } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.search.map((h: any) => h.id)).toContain('official:us:stephen-biegun');
  });
});
