/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies; the assertions check their shape */
// The derived summaries (MET_WITH, BACKS_SUMMARY, OPPOSES_SUMMARY) against a from-scratch aggregation of the claims,
// after imports, edited articles and every curation and its undo, through the real writer, API and Neo4j.
import neo4j from 'neo4j-driver';
import {
  deleteAllSummaries,
  ensureSummaries,
  rebuildSummaries,
  SUMMARY_RECENT,
  TIES_PER_ACTOR,
} from '../../core/claimSummaries';
import { cypher } from '../../core/cypherFiles';
import type { ExtractionDocument } from '../../core/model';
import { writeArticle, writeArticles } from '../../import/src/graphWriter';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { startTestApp, type TestApp } from './apiHarness';
import { articleA, articleB } from './importFixtures';

const ANA = { name: 'ana', token: 'ana-curator-token-0001' };
const asAna = { authorization: `Bearer ${ANA.token}` };
const A = 'article:aaaa000000000001';
const C = 'article:cccc000000000003';
const BIEGUN = 'official:us:stephen-biegun';
const KANG = 'official:kr:kang-kyung-wha';
const GB_BACKS_US = `stance|BACKS|country:GB|country:US|${A}`;
const GB_BACKS_US_C = `stance|BACKS|country:GB|country:US|${C}`;

let db: TestDatabase;
let app: TestApp;
let sequence = 0;
const nextId = () => `summary-curation-${++sequence}`;

/** Article C: Biegun meets Britain again, with the U.S.; Britain backs the U.S. again; North Korea opposes Britain. */
function articleC(): ExtractionDocument {
  return {
    articles: [
      {
        id: C,
        file: 'news/c.txt',
        title: 'Allies meet in London',
        date: '2019-04-02',
        publisher: 'Wire',
        actors: ['country:US', 'country:GB', 'country:KP', BIEGUN],
        sha256: 'c'.repeat(64),
      },
    ],
    actors: [
      { id: 'country:US', kind: 'Country', name: 'United States', country: 'US' },
      { id: 'country:GB', kind: 'Country', name: 'United Kingdom', country: 'GB' },
      { id: 'country:KP', kind: 'Country', name: 'North Korea', country: 'KP' },
      { id: BIEGUN, kind: 'Official', name: 'Stephen Biegun', country: 'US', title: null },
    ],
    meetings: [
      {
        id: 'meeting:c-london',
        article: C,
        participants: [BIEGUN, 'country:GB', 'country:US'],
        date: '2019-04-01',
        place: 'London',
        evidence: 'Biegun and British and American officials met in London on Monday.',
        confidence: 0.6,
      },
    ],
    stances: [
      {
        type: 'BACKS',
        from: 'country:GB',
        to: 'country:US',
        article: C,
        date: '2019-04-01',
        evidence: 'Britain again backed Washington.',
        confidence: 0.5,
      },
      { type: 'OPPOSES', from: 'country:KP', to: 'country:GB', article: C, evidence: 'Pyongyang blamed London.' },
    ],
  };
}

const plain = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(plain) : v !== null && typeof v === 'object' && 'low' in v ? Number(v) : v;

async function rows(name: string): Promise<Record<string, unknown>[]> {
  const params = { recent: SUMMARY_RECENT, ties: neo4j.int(TIES_PER_ACTOR) };
  const result = await db.driver.executeQuery(cypher(name), params, { database: db.database });
  return result.records.map((r) => {
    const row = r.toObject();
    for (const [k, v] of Object.entries(row)) row[k] = plain(v);
    return row;
  });
}

/**
 * The stored summaries, after checking that they are what the claims say (the from-scratch aggregation), and that
 * every actor's ties are what its summaries say.
 */
async function summariesMatchingClaims(): Promise<Record<string, unknown>[]> {
  const stored = await rows('summary-stored');
  expect(stored).toEqual(await rows('summary-from-claims'));
  expect(await rows('ties-stored')).toEqual(await rows('ties-from-summaries'));
  return stored;
}

function find(summaries: Record<string, unknown>[], type: string, source: string, target: string) {
  return summaries.find((s) => s.type === type && s.source === source && s.target === target);
}

async function curate(mutation: string, args: Record<string, string | string[]>, types: string): Promise<any> {
  const params = Object.keys(args)
    .map((k) => `${k}: $${k}`)
    .join(', ');
  const { body } = await app.gql(`mutation M(${types}) { ${mutation}(${params}) { id } }`, args, asAna);
  expect(body.errors).toBeUndefined();
  return body.data?.[mutation];
}

const undo = (curation: string) =>
  curate('undoCuration', { id: nextId(), curation }, '$id: ID!, $curation: ID!') as Promise<unknown>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = await startTestApp(db.driver, db.database, { curators: [ANA] });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

beforeEach(async () => {
  await db.clean();
  // Two batches: the second only adds, so the writer adds its claims to the summaries the first made.
  await writeArticles(db, [articleA(), articleB()]);
  await writeArticles(db, [articleC()]);
});

describe('the summaries the writer keeps', () => {
  it('equal a from-scratch aggregation of the claims after imports, pair by pair', async () => {
    const summaries = await summariesMatchingClaims();
    expect(find(summaries, 'MET', 'country:GB', BIEGUN)).toMatchObject({
      count: 2,
      articles: 2,
      confidence: 0.8,
      firstDate: '2019-03-19',
      lastDate: '2019-04-01',
      recent: ['meeting:c-london', 'meeting:a-biegun-britain'],
    });
    expect(find(summaries, 'BACKS', 'country:GB', 'country:US')).toMatchObject({ count: 2, recent: [C, A] });
    expect(find(summaries, 'OPPOSES', 'country:KP', 'country:GB')).toMatchObject({ count: 1 });
  });

  it('are the same whether a batch added to them or every pair was recomputed', async () => {
    const added = await summariesMatchingClaims();
    await db.clean();
    // One batch of all three: the same claims, summarised in one go.
    await writeArticles(db, [articleC(), articleB(), articleA()]);
    expect(await summariesMatchingClaims()).toEqual(added);
    await rebuildSummaries(db.driver, db.database);
    expect(await summariesMatchingClaims()).toEqual(added);
  });

  it('follow an edited article: claims its new version drops leave the summaries, new ones enter', async () => {
    const edited = articleA({ id: 'article:aaaa0000000000e1', sha256: 'e'.repeat(64) });
    edited.stances = edited.stances.filter((s) => s.type !== 'OPPOSES');
    edited.meetings = [];
    const [outcome] = (await writeArticles(db, [edited])).articles;
    expect(outcome).toMatchObject({ status: 'updated', replaced: [A] });
    const summaries = await summariesMatchingClaims();
    expect(find(summaries, 'OPPOSES', 'country:KP', 'country:US')).toBeUndefined();
    expect(find(summaries, 'MET', 'country:GB', BIEGUN)).toMatchObject({ count: 1, recent: ['meeting:c-london'] });
    expect(find(summaries, 'BACKS', 'country:GB', 'country:US')).toMatchObject({
      recent: [C, 'article:aaaa0000000000e1'],
    });
  });

  it('follow a rejected stance and a rejected meeting, their re-import, and their undo', async () => {
    const stance = await curate('rejectClaim', { id: nextId(), claim: GB_BACKS_US_C }, '$id: ID!, $claim: String!');
    const meeting = await curate(
      'rejectClaim',
      { id: nextId(), claim: 'meeting|meeting:c-london' },
      '$id: ID!, $claim: String!',
    );
    let summaries = await summariesMatchingClaims();
    expect(find(summaries, 'BACKS', 'country:GB', 'country:US')).toMatchObject({ count: 1, recent: [A] });
    expect(find(summaries, 'MET', 'country:GB', 'country:US')).toBeUndefined();
    // The importer replays the rejections on the article it writes again (here: read by another extractor).
    await writeArticle(db, articleC(), { extractor: 'rules:test-2' });
    summaries = await summariesMatchingClaims();
    expect(find(summaries, 'MET', 'country:GB', BIEGUN)).toMatchObject({ count: 1 });
    await undo(meeting.id);
    await undo(stance.id);
    summaries = await summariesMatchingClaims();
    expect(find(summaries, 'BACKS', 'country:GB', 'country:US')).toMatchObject({ count: 2 });
    expect(find(summaries, 'MET', 'country:GB', 'country:US')).toMatchObject({ count: 1 });
  });

  it('follow a confirmed, a redated and a revised stance, and their undo', async () => {
    const confirmed = await curate('confirmClaim', { id: nextId(), claim: GB_BACKS_US }, '$id: ID!, $claim: String!');
    expect(find(await summariesMatchingClaims(), 'BACKS', 'country:GB', 'country:US')).toMatchObject({
      confidence: 1,
    });
    const redated = await curate(
      'redateClaim',
      { id: nextId(), claim: GB_BACKS_US, date: '2019-05-01' },
      '$id: ID!, $claim: String!, $date: CalendarDate!',
    );
    expect(find(await summariesMatchingClaims(), 'BACKS', 'country:GB', 'country:US')).toMatchObject({
      lastDate: '2019-05-01',
      recent: [A, C],
    });
    await undo(redated.id);
    await undo(confirmed.id);
    const revised = await curate(
      'reviseStance',
      { id: nextId(), claim: GB_BACKS_US_C, type: 'OPPOSES', from: 'country:US', to: 'country:GB' },
      '$id: ID!, $claim: String!, $type: RelationType!, $from: ID!, $to: ID!',
    );
    let summaries = await summariesMatchingClaims();
    expect(find(summaries, 'OPPOSES', 'country:US', 'country:GB')).toMatchObject({ count: 1, recent: [C] });
    await undo(revised.id);
    summaries = await summariesMatchingClaims();
    expect(find(summaries, 'OPPOSES', 'country:US', 'country:GB')).toBeUndefined();
    expect(find(summaries, 'BACKS', 'country:GB', 'country:US')).toMatchObject({ count: 2, confidence: 0.9 });
  });

  it('follow a merge (the merged actor’s pairs become the other’s), its re-import and its undo', async () => {
    const before = await summariesMatchingClaims();
    const merge = await curate(
      'mergeActors',
      { id: nextId(), from: KANG, into: BIEGUN },
      '$id: ID!, $from: ID!, $into: ID!',
    );
    let summaries = await summariesMatchingClaims();
    expect(summaries.some((s) => s.source === KANG || s.target === KANG)).toBe(false);
    await writeArticle(db, articleB(), { extractor: 'rules:test-3' });
    summaries = await summariesMatchingClaims();
    expect(summaries.some((s) => s.source === KANG || s.target === KANG)).toBe(false);
    await undo(merge.id);
    expect(await summariesMatchingClaims()).toEqual(before);
  });

  it('follow a split (claims moved to the new person) and its undo', async () => {
    const before = await summariesMatchingClaims();
    const split = await curate(
      'splitActor',
      { id: nextId(), actor: BIEGUN, name: 'Steve Biegun', claims: ['meeting|meeting:b-biegun-kang'] },
      '$id: ID!, $actor: ID!, $name: String!, $claims: [String!]!',
    );
    const summaries = await summariesMatchingClaims();
    expect(find(summaries, 'MET', KANG, 'official:us:steve-biegun')).toMatchObject({ count: 1 });
    expect(find(summaries, 'MET', KANG, BIEGUN)).toBeUndefined();
    await undo(split.id);
    expect(await summariesMatchingClaims()).toEqual(before);
  });

  it('are rebuilt for a graph that has claims and none (a database from before them), and only then', async () => {
    const kept = await summariesMatchingClaims();
    expect(await ensureSummaries(db.driver, db.database)).toBe(false);
    await deleteAllSummaries(db.driver, db.database);
    expect(await rows('summary-stored')).toEqual([]);
    expect(await rows('summary-from-claims')).not.toEqual([]);
    expect(await ensureSummaries(db.driver, db.database)).toBe(true);
    expect(await summariesMatchingClaims()).toEqual(kept);
  });

  it('are rebuilt when they were written before they kept the dates of their newest claims, and only then', async () => {
    const kept = await summariesMatchingClaims();
    await db.driver.executeQuery(
      'MATCH ()-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->() WITH s LIMIT 1 REMOVE s.recentWhen',
      {},
      { database: db.database },
    );
    expect(await ensureSummaries(db.driver, db.database)).toBe(true);
    expect(await summariesMatchingClaims()).toEqual(kept);
    expect(await ensureSummaries(db.driver, db.database)).toBe(false);
  });

  it('get their pair keys and the actors their ties, without a rebuild, when written before those, and only then', async () => {
    const kept = await summariesMatchingClaims();
    await db.driver.executeQuery(
      'MATCH ()-[s:MET_WITH|BACKS_SUMMARY|OPPOSES_SUMMARY]->() REMOVE s.pair WITH DISTINCT 1 AS done ' +
        'MATCH (a:Actor) REMOVE a.ties, a.tieWeights',
      {},
      { database: db.database },
    );
    expect(await ensureSummaries(db.driver, db.database)).toBe(true);
    expect(await summariesMatchingClaims()).toEqual(kept);
    expect(await ensureSummaries(db.driver, db.database)).toBe(false);
  });
});

/** An article in which `hub` meets each of `counterparts` once per listed meeting. */
function hubArticle(id: string, hub: string, meetings: string[]): ExtractionDocument {
  const people = [...new Set(meetings)];
  const official = (person: string) => ({
    id: person,
    kind: 'Official' as const,
    name: person,
    country: 'US',
    title: null,
  });
  return {
    articles: [
      {
        id,
        file: `news/${id}.txt`,
        title: id,
        date: '2020-01-02',
        publisher: 'Wire',
        actors: [hub, ...people],
        sha256: id.slice(-64),
      },
    ],
    actors: [official(hub), ...people.map(official)],
    meetings: meetings.map((person, i) => ({
      id: `meeting:${id}-${i}`,
      article: id,
      participants: [hub, person],
      date: '2020-01-01',
      place: null,
      evidence: `${hub} met ${person}.`,
      confidence: 0.5,
    })),
    stances: [],
  };
}

describe('the ties the writer keeps', () => {
  it('list a hub’s 200 strongest counterparts, and stay exact as a batch that only adds raises a weak one', async () => {
    await db.clean();
    const hub = 'official:us:hub';
    const person = (i: number) => `official:us:p${String(i).padStart(3, '0')}`;
    const people = Array.from({ length: 205 }, (_, i) => person(i + 1));
    // p001-p010 met the hub twice, the others once: the list is those ten, then p011-p200 by id.
    const first = hubArticle(`article:${'1'.repeat(64)}`, hub, [...people, ...people.slice(0, 10)]);
    await writeArticles(db, [first]);
    await summariesMatchingClaims();
    const ties = async () => (await rows('ties-stored')).find((r) => r.id === hub)!;
    expect(TIES_PER_ACTOR).toBe(200);
    expect(await ties()).toMatchObject({ ties: [...people.slice(0, 200)] });
    // p205 meets the hub twice more: three meetings, the strongest; p200 falls off the end.
    await writeArticles(db, [hubArticle(`article:${'2'.repeat(64)}`, hub, [person(205), person(205)])]);
    await summariesMatchingClaims();
    const after = await ties();
    expect(after.ties).toEqual([person(205), ...people.slice(0, 199)]);
    expect((after.weights as number[]).slice(0, 12)).toEqual([3, ...Array(10).fill(2), 1]);
    expect((await rows('ties-stored')).find((r) => r.id === person(205))!.ties).toEqual([hub]);
  });
});
