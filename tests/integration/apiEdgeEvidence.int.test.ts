/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies; the assertions check their shape */
// A slice's edges carry only their newest few sentences; edgeEvidence gives an edge's (or a rolled-up edge's members')
// evidence newest first, bounded, through the real writer, API and Neo4j.
import type { ExtractionDocument } from '../../core/model';
import { writeArticles } from '../../import/src/graphWriter';
import { EVIDENCE_PER_EDGE } from '../../server/src/graphql/graphQuestions';
import type { TestDatabase } from '../support/testDatabase';
import { closeAppOnGraph, openAppOnGraph, type TestApp } from './apiHarness';

jest.setTimeout(60_000);

const ARTICLES = 6;
const GB = { id: 'country:GB', kind: 'Country' as const, name: 'United Kingdom', country: 'GB' };
const US = { id: 'country:US', kind: 'Country' as const, name: 'United States', country: 'US' };

/** Article n (1-based, dated June n, 2019): Britain meets and backs the United States. */
function article(n: number): ExtractionDocument {
  const id = `article:edge${String(n).padStart(12, '0')}`;
  const date = `2019-06-${String(n).padStart(2, '0')}`;
  return {
    articles: [
      {
        id,
        file: `news/${n}.txt`,
        title: `Talks ${n}`,
        date,
        actors: [GB.id, US.id],
        sha256: `${n}`.repeat(64).slice(0, 64),
      },
    ],
    actors: [GB, US],
    meetings: [
      {
        id: `meeting:edge-${n}`,
        article: id,
        participants: [GB.id, US.id],
        date,
        place: 'London',
        evidence: `British and American officials met for round ${n}.`,
        confidence: 0.8,
      },
    ],
    stances: [
      {
        type: 'BACKS',
        from: GB.id,
        to: US.id,
        article: id,
        date,
        evidence: `Britain backed Washington, part ${n}.`,
        confidence: 0.7,
      },
    ],
  };
}

describe('evidence of an edge, beyond what a slice carries', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    ({ db, api } = await openAppOnGraph(async (target) => {
      await writeArticles(
        target,
        Array.from({ length: ARTICLES }, (_, i) => article(i + 1)),
      );
    }));
  });
  afterAll(() => closeAppOnGraph({ db, api }));

  it('a slice edge carries only its newest sentence, and says how many claims it has', async () => {
    const { body } = await api.gql<any>(
      `{ neighbourhood(actors: ["country:GB"]) { edges { id count articleCount evidence { sentence date } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const met = body.data.neighbourhood.edges.find((e: any) => e.id === 'MET:country:GB|country:US');
    expect(met).toMatchObject({ count: ARTICLES, articleCount: ARTICLES });
    expect(met.evidence).toHaveLength(EVIDENCE_PER_EDGE);
    expect(met.evidence[0]).toMatchObject({
      date: '2019-06-06',
      sentence: 'British and American officials met for round 6.',
    });
  });

  it('a slice keeps at most edgeLimit edges and says truncated when it cut, not otherwise', async () => {
    const ask = (edgeLimit: number) =>
      api.gql<any>(`{ neighbourhood(actors: ["country:GB"], edgeLimit: ${edgeLimit}) { truncated edges { id } } }`);
    const cut = (await ask(1)).body.data.neighbourhood;
    expect(cut.edges).toHaveLength(1);
    expect(cut.truncated).toBe(true);
    const whole = (await ask(2)).body.data.neighbourhood;
    expect(whole.edges.map((e: any) => e.id).sort()).toEqual([
      'BACKS:country:GB->country:US',
      'MET:country:GB|country:US',
    ]);
    expect(whole.truncated).toBe(false);
    const bad = await ask(0);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('edgeEvidence gives every meeting and stance of the edges named, newest first', async () => {
    const { body } = await api.gql<any>(
      `{ edgeEvidence(edges: ["MET:country:GB|country:US", "BACKS:country:GB->country:US"]) { sentence date claim meetingId } }`,
    );
    expect(body.errors).toBeUndefined();
    const evidence = body.data.edgeEvidence;
    expect(evidence).toHaveLength(2 * ARTICLES);
    const dates = evidence.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(evidence.filter((e: any) => e.meetingId !== null)).toHaveLength(ARTICLES);
    expect(evidence.map((e: any) => e.claim)).toContain('stance|BACKS|country:GB|country:US|article:edge000000000001');
  });

  it('edgeEvidence keeps to the limit and the dates asked, and a stance edge only its own direction', async () => {
    const limited = await api.gql<any>(`{ edgeEvidence(edges: ["MET:country:GB|country:US"], limit: 2) { date } }`);
    expect(limited.body.data.edgeEvidence.map((e: any) => e.date)).toEqual(['2019-06-06', '2019-06-05']);
    const dated = await api.gql<any>(
      `{ edgeEvidence(edges: ["BACKS:country:GB->country:US"], from: "2019-06-02", to: "2019-06-03") { date } }`,
    );
    expect(dated.body.data.edgeEvidence.map((e: any) => e.date)).toEqual(['2019-06-03', '2019-06-02']);
    const reverse = await api.gql<any>(`{ edgeEvidence(edges: ["BACKS:country:US->country:GB"]) { date } }`);
    expect(reverse.body.data.edgeEvidence).toEqual([]);
  });

  it('a malformed edge id or too large a limit is a BAD_USER_INPUT error naming the argument, not an empty answer', async () => {
    const bad = await api.gql<any>(`{ edgeEvidence(edges: ["LIKES:country:GB->country:US"]) { date } }`);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0]?.message).toContain('edges[0]');
    const big = await api.gql<any>(`{ edgeEvidence(edges: ["MET:country:GB|country:US"], limit: 100000) { date } }`);
    expect(big.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
