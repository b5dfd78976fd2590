/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies; the assertions check their shape */
import { importFiles } from '../../import/src/importFiles';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { startTestApp, type TestApp } from './apiHarness';

jest.setTimeout(120_000);

// Undated meetings and title search, on the sample articles.
// "Biegun met his British, German and French counterparts this week" has no day of its own: the article's date
// (2019-03-21) places it, so an analyst asking about March 2019 finds it and one asking about April does not.
describe('time filters on meetings whose text gives no day', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    db = await openTestDatabase();
    await importFiles({ driver: db.driver, database: db.database }, ['data/articles'], { maxFileBytes: 5_000_000 });
    api = await startTestApp(db.driver, db.database);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  const metIds = async (range: string): Promise<string[]> => {
    const { body } = await api.gql<any>(`{ whoMet(actor: "official:us:stephen-biegun", ${range}) { actor { id } meetings { date } } }`);
    expect(body.errors).toBeUndefined();
    return body.data.whoMet.map((r: any) => r.actor.id);
  };

  it('places an undated meeting at the date of the article that reports it: who the U.S. envoy met in March 2019', async () => {
    expect(await metIds('from: "2019-03-01", to: "2019-03-31"')).toEqual(expect.arrayContaining(['country:GB', 'country:DE', 'country:FR']));
  });

  it('leaves that meeting out of a window after its article', async () => {
    expect(await metIds('from: "2019-04-01", to: "2019-04-30"')).toEqual([]);
  });

  it('keeps the meeting date itself null rather than guessing a day', async () => {
    const { body } = await api.gql<any>(`{ whoMet(actor: "official:us:stephen-biegun") { actor { id } meetings { date evidence { date } } } }`);
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
    const gbEdge = body.data.neighbourhood.edges.find((e: any) => [e.source, e.target].includes('country:GB'));
    expect(gbEdge.firstDate).toBe('2019-03-21');
    expect(body.data.timeline).toEqual([expect.objectContaining({ start: '2019-03-01' })]);
    expect(body.data.timeline[0].meetings).toBeGreaterThanOrEqual(1);
  });
});

describe('searching by what an official is, not only by name', () => {
  let db: TestDatabase;
  let api: TestApp;
  beforeAll(async () => {
    db = await openTestDatabase();
    await importFiles({ driver: db.driver, database: db.database }, ['data/articles'], { maxFileBytes: 5_000_000 });
    api = await startTestApp(db.driver, db.database);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('finds the U.S. special representative by his title', async () => {
    const { body } = await api.gql<any>(`{ search(text: "special representative") { id } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.search.map((h: any) => h.id)).toContain('official:us:stephen-biegun');
  });
});
