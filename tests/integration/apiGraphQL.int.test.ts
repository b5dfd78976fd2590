/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies; the assertions check their shape */
import type { TestDatabase } from '../support/testDatabase';
import { closeAppOnGraph, openAppOnGraph, type TestApp } from './apiHarness';
import { CURATION_MUTATIONS } from '../../server/src/graphql/resolvers';

const EDGE =
  'id source target type count articleCount confidence firstDate lastDate evidence { articleId articleTitle sentence date confidence meetingId place }';
const SLICE = `truncated nodes { id kind label country title parent degree } edges { ${EDGE} }`;

jest.setTimeout(60_000);

describe('the GraphQL graph questions on the fixture graph', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    ({ db, api } = await openAppOnGraph());
  });
  afterAll(() => closeAppOnGraph({ db, api }));

  it('whoMet lists everyone who shared a meeting with Stephen Biegun, with the sentence and the article', async () => {
    const { status, body } = await api.gql<any>(
      `{ whoMet(actor: "official:us:stephen-biegun") { actor { id kind name } meetings { id date place planned participants { id } evidence { sentence articleTitle publisher file } } } }`,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const ids = body.data.whoMet.map((r: any) => r.actor.id);
    expect(ids).toEqual(expect.arrayContaining(['country:GB', 'country:DE', 'country:FR', 'country:KR']));
    const gb = body.data.whoMet.find((r: any) => r.actor.id === 'country:GB');
    expect(gb.meetings[0]).toMatchObject({ id: 'meeting:m1', date: '2019-03-19', place: 'Brussels', planned: false });
    expect(gb.meetings[0].evidence[0].sentence).toContain('met his British, German and French counterparts');
    expect(gb.meetings[0].evidence[0]).toMatchObject({ publisher: 'Arirang News', file: 'data/articles/a1.txt' });
  });

  it('whoMet counts the shared meetings and caps the counterparts at limit, most shared first', async () => {
    const all = await api.gql<any>(
      `{ whoMet(actor: "official:us:stephen-biegun") { actor { id } meetingCount meetings { id } } }`,
    );
    expect(all.body.errors).toBeUndefined();
    const records = all.body.data.whoMet;
    expect(records.length).toBeGreaterThan(1);
    for (const r of records) expect(r.meetingCount).toBe(r.meetings.length);
    const counts = records.map((r: any) => r.meetingCount);
    expect(counts).toEqual([...counts].sort((x: number, y: number) => y - x));
    const one = await api.gql<any>(
      `{ whoMet(actor: "official:us:stephen-biegun", limit: 1) { actor { id } meetingCount } }`,
    );
    expect(one.body.data.whoMet).toEqual([
      records[0] && { actor: records[0].actor, meetingCount: records[0].meetingCount },
    ]);
    const tooMany = await api.gql<any>(`{ whoMet(actor: "official:us:stephen-biegun", limit: 5000) { actor { id } } }`);
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('whoMet cuts meetings at meetingLimit and reports at evidenceLimit, newest first, keeping the uncut counts', async () => {
    // A second Biegun–UK meeting, reported twice, read from the claims (a date filter) since no writer summarised it.
    await db.driver.executeQuery(
      `MATCH (b:Actor {id: 'official:us:stephen-biegun'}), (gb:Actor {id: 'country:GB'}),
             (a1:Article {id: 'article:a1'}), (a2:Article {id: 'article:a2'})
       CREATE (m:Meeting {id: 'meeting:m5', date: date('2019-03-20'), place: 'London'})
       CREATE (b)-[:ATTENDED]->(m), (gb)-[:ATTENDED]->(m)
       CREATE (m)-[:REPORTED_IN {evidence: 'Biegun met British officials in London.', confidence: 0.8}]->(a1)
       CREATE (m)-[:REPORTED_IN {evidence: 'Biegun had met the British in London.', confidence: 0.8}]->(a2)`,
      {},
      { database: db.database },
    );
    const q = async (args: string) =>
      (
        await api.gql<any>(
          `{ whoMet(actor: "official:us:stephen-biegun", from: "2019-01-01"${args}) {
               actor { id } meetingCount meetings { id evidence { sentence } evidenceCount } } }`,
        )
      ).body;
    try {
      const full = (await q('')).data.whoMet.find((r: any) => r.actor.id === 'country:GB');
      expect(full.meetingCount).toBe(2);
      expect(full.meetings.map((m: any) => m.id)).toEqual(['meeting:m5', 'meeting:m1']);
      expect(full.meetings[0].evidence.map((e: any) => e.sentence)).toEqual([
        'Biegun had met the British in London.',
        'Biegun met British officials in London.',
      ]);
      expect(full.meetings[0].evidenceCount).toBe(2);

      const cut = (await q(', meetingLimit: 1, evidenceLimit: 1')).data.whoMet.find(
        (r: any) => r.actor.id === 'country:GB',
      );
      expect(cut).toEqual({
        actor: { id: 'country:GB' },
        meetingCount: 2,
        meetings: [
          { id: 'meeting:m5', evidence: [{ sentence: 'Biegun had met the British in London.' }], evidenceCount: 2 },
        ],
      });
      for (const bad of [', meetingLimit: 0', ', meetingLimit: 51', ', evidenceLimit: -1', ', evidenceLimit: 51'])
        expect((await q(bad)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await db.driver.executeQuery(
        'MATCH (m:Meeting {id: "meeting:m5"}) DETACH DELETE m',
        {},
        { database: db.database },
      );
    }
    // Without a filter (the summaries' path) the same cut applies: no evidence asked, the count still given.
    const { data } = await api
      .gql<any>(
        `{ whoMet(actor: "official:us:stephen-biegun", evidenceLimit: 0) { meetings { evidence { sentence } evidenceCount } } }`,
      )
      .then((r) => r.body);
    expect(data.whoMet.length).toBeGreaterThan(0);
    for (const m of data.whoMet.flatMap((r: any) => r.meetings)) expect(m).toEqual({ evidence: [], evidenceCount: 1 });
  });

  it('whoMet honours the date range: undated and out-of-range meetings drop out once a filter is given', async () => {
    const { body } = await api.gql<any>(
      `{ whoMet(actor: "official:us:stephen-biegun", from: "2019-03-10") { actor { id } } }`,
    );
    expect(body.data.whoMet.map((r: any) => r.actor.id).sort()).toEqual(['country:DE', 'country:FR', 'country:GB']);
    const kim = await api.gql<any>(
      `{ all: whoMet(actor: "official:kp:kim-jong-un") { actor { id } } dated: whoMet(actor: "official:kp:kim-jong-un", to: "2030-01-01") { actor { id } } }`,
    );
    expect(kim.body.data.all.map((r: any) => r.actor.id)).toContain('official:kr:moon-jae-in');
    expect(kim.body.data.dated.map((r: any) => r.actor.id)).not.toContain('official:kr:moon-jae-in');
  });

  it('backers are the actors that back the actor; backs are those the actor backs (the deprecated backedBy too)', async () => {
    const { body } = await api.gql<any>(`{
      backers(actor: "country:US") { actor { id } type articleCount evidence { sentence articleId date } }
      backs(actor: "country:US") { actor { id } type }
      opposers(actor: "country:US") { actor { id } type }
      opposes(actor: "country:US") { actor { id } type }
      backedBy(actor: "country:US") { actor { id } }
      opposedBy(actor: "country:US") { actor { id } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.backers.map((r: any) => r.actor.id).sort()).toEqual(['country:DE', 'country:GB']);
    expect(body.data.backers[0]).toMatchObject({ type: 'BACKS', articleCount: 1 });
    expect(body.data.backers[0].evidence[0]).toMatchObject({ articleId: 'article:a1', date: '2019-03-19' });
    expect(body.data.backs.map((r: any) => r.actor.id)).toEqual(['country:KP']);
    expect(body.data.opposers).toEqual([{ actor: { id: 'country:KP' }, type: 'OPPOSES' }]);
    expect(body.data.opposes).toEqual([{ actor: { id: 'country:KP' }, type: 'OPPOSES' }]);
    expect(body.data.backedBy).toEqual(body.data.backs.map((r: any) => ({ actor: r.actor })));
    expect(body.data.opposedBy).toEqual(body.data.opposes.map((r: any) => ({ actor: r.actor })));
  });

  it('names stances as the generated types do: backers = Country.backedBy, backs = Country.backs, and so for opposing', async () => {
    const ids = (list: { id?: string; actor?: { id: string } }[]) => list.map((x) => x.actor?.id ?? x.id).sort();
    for (const id of ['country:US', 'country:KP', 'country:GB']) {
      const { body } = await api.gql<any>(`{
        backers(actor: "${id}") { actor { id } }
        backs(actor: "${id}") { actor { id } }
        opposers(actor: "${id}") { actor { id } }
        opposes(actor: "${id}") { actor { id } }
        countries(where: { id: { eq: "${id}" } }) { backedBy { id } backs { id } opposedBy { id } opposes { id } }
      }`);
      expect(body.errors).toBeUndefined();
      const [generated] = body.data.countries;
      expect(ids(body.data.backers)).toEqual(ids(generated.backedBy));
      expect(ids(body.data.backs)).toEqual(ids(generated.backs));
      expect(ids(body.data.opposers)).toEqual(ids(generated.opposedBy));
      expect(ids(body.data.opposes)).toEqual(ids(generated.opposes));
    }
  });

  it('marks the old, inverted names deprecated with the name to use', async () => {
    const { body } = await api.gql<any>(
      `{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`,
    );
    const fields = Object.fromEntries(body.data.__type.fields.map((f: any) => [f.name, f]));
    expect(fields.backedBy).toMatchObject({
      isDeprecated: true,
      deprecationReason: expect.stringContaining('use backs(actor:)'),
    });
    expect(fields.opposedBy).toMatchObject({
      isDeprecated: true,
      deprecationReason: expect.stringContaining('use opposes(actor:)'),
    });
    expect(fields.backs.isDeprecated).toBe(false);
  });

  it('neighbourhood aggregates MET edges per pair with evidence, and gives officials their country as parent', async () => {
    const { body } = await api.gql<any>(`{ neighbourhood(actors: ["official:us:stephen-biegun"]) { ${SLICE} } }`);
    expect(body.errors).toBeUndefined();
    const slice = body.data.neighbourhood;
    const ids = slice.nodes.map((n: any) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'official:us:stephen-biegun',
        'country:GB',
        'country:DE',
        'country:FR',
        'country:KR',
        'country:US',
      ]),
    );
    expect(slice.nodes.find((n: any) => n.id === 'official:us:stephen-biegun')).toMatchObject({
      kind: 'Official',
      parent: 'country:US',
      label: 'Stephen Biegun',
      degree: 4,
    });
    const met = slice.edges.find((e: any) => e.id === 'MET:country:GB|official:us:stephen-biegun');
    expect(met).toMatchObject({
      type: 'MET',
      source: 'country:GB',
      target: 'official:us:stephen-biegun',
      count: 1,
      articleCount: 1,
      confidence: 0.9,
      firstDate: '2019-03-19',
    });
    expect(met.evidence[0]).toMatchObject({ meetingId: 'meeting:m1', place: 'Brussels', articleId: 'article:a1' });
    // Every edge joins two nodes of the slice, so Cytoscape can draw it.
    for (const e of slice.edges) expect(ids).toEqual(expect.arrayContaining([e.source, e.target]));
    expect(slice.truncated).toBe(false);
  });

  it('neighbourhood filters by relation type, date and confidence, expands with depth, and says when the limit cut it', async () => {
    const backs = await api.gql<any>(`{ neighbourhood(actors: ["country:US"], relationTypes: [BACKS]) { ${SLICE} } }`);
    expect(backs.body.data.neighbourhood.edges.every((e: any) => e.type === 'BACKS')).toBe(true);
    expect(backs.body.data.neighbourhood.nodes.map((n: any) => n.id)).toEqual(
      expect.arrayContaining(['country:GB', 'country:DE', 'country:KP']),
    );

    const late = await api.gql<any>(
      `{ neighbourhood(actors: ["country:US"], relationTypes: [BACKS, OPPOSES], from: "2019-04-01") { ${SLICE} } }`,
    );
    expect(late.body.data.neighbourhood.edges.map((e: any) => e.id)).toEqual(['OPPOSES:country:US->country:KP']);

    const strong = await api.gql<any>(
      `{ neighbourhood(actors: ["country:US"], relationTypes: [BACKS], minConfidence: 0.75) { ${SLICE} } }`,
    );
    expect(strong.body.data.neighbourhood.nodes.map((n: any) => n.id)).not.toContain('country:KP');

    const one = await api.gql<any>(
      `{ neighbourhood(actors: ["country:GB"], relationTypes: [BACKS]) { nodes { id } } }`,
    );
    const two = await api.gql<any>(
      `{ neighbourhood(actors: ["country:GB"], relationTypes: [BACKS], depth: 2) { nodes { id } } }`,
    );
    expect(one.body.data.neighbourhood.nodes.map((n: any) => n.id)).not.toContain('country:DE');
    expect(two.body.data.neighbourhood.nodes.map((n: any) => n.id)).toContain('country:DE');

    const cut = await api.gql<any>(
      `{ neighbourhood(actors: ["official:us:stephen-biegun"], limit: 2) { truncated nodes { id } } }`,
    );
    expect(cut.body.data.neighbourhood.truncated).toBe(true);
  });

  it("a node's degree is its relations as the map draws them: two ways of opposing and a backing are three", async () => {
    // North Korea opposes the U.S. and is opposed and backed by it: three edges with one counterpart.
    const { body } = await api.gql<any>(`{ neighbourhood(actors: ["country:KP"], limit: 200) { ${SLICE} } }`);
    expect(body.errors).toBeUndefined();
    const slice = body.data.neighbourhood;
    const drawn = slice.edges.filter((e: any) => e.source === 'country:KP' || e.target === 'country:KP');
    expect(drawn.filter((e: any) => e.source === 'country:US' || e.target === 'country:US')).toHaveLength(3);
    expect(slice.truncated).toBe(false);
    expect(slice.nodes.find((n: any) => n.id === 'country:KP').degree).toBe(drawn.length);
  });

  it('a neighbourhood cut by its limit keeps the strongest neighbours, in the order the uncut one gives', async () => {
    const query = (limit: number) =>
      `{ neighbourhood(actors: ["country:US"], limit: ${limit}) { truncated nodes { id } } }`;
    const all = (await api.gql<any>(query(200))).body.data.neighbourhood;
    const cut = (await api.gql<any>(query(3))).body.data.neighbourhood;
    expect(all.truncated).toBe(false);
    expect(all.nodes.length).toBeGreaterThan(3);
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.slice(0, 3)).toEqual(all.nodes.slice(0, 3));
  });

  it('lists the actors with no relation, which the overview leaves out, and counts them', async () => {
    await db.driver.executeQuery(
      'CREATE (:Actor:Country {id: "country:IS", name: "Iceland", code: "IS"})',
      {},
      { database: db.database },
    );
    try {
      const { body } = await api.gql<any>(`{
        unrelated { count actors { id kind name } }
        capped: unrelated(limit: 1) { count actors { id } }
        overview { nodes { id } }
      }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.unrelated.actors).toContainEqual({ id: 'country:IS', kind: 'Country', name: 'Iceland' });
      expect(body.data.unrelated.count).toBe(body.data.unrelated.actors.length);
      expect(body.data.capped).toEqual({
        count: body.data.unrelated.count,
        actors: [{ id: body.data.unrelated.actors[0].id }],
      });
      // The actors the overview does not draw: none of them is on it.
      const drawn = new Set(body.data.overview.nodes.map((n: any) => n.id));
      expect(body.data.unrelated.actors.filter((a: any) => drawn.has(a.id))).toEqual([]);
    } finally {
      await db.driver.executeQuery('MATCH (a:Actor {id: "country:IS"}) DETACH DELETE a', {}, { database: db.database });
    }
  });

  it('refuses a depth or a limit above the maximum, and an unknown actor, with stable codes', async () => {
    const deep = await api.gql(`{ neighbourhood(actors: ["country:US"], depth: 4) { truncated } }`);
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(deep.body.errors?.[0]?.message).toMatch(/depth.*1 to 3.*4/);
    const big = await api.gql(`{ overview(limit: 2001) { truncated } }`);
    expect(big.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const date = await api.gql(`{ timeline(from: "2019-13-01") { start } }`);
    expect(date.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.gql(`{ backers(actor: "country:XX") { type } }`);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.body.errors?.[0]?.message).toContain('country:XX');
    const detail = await api.gql<any>(`{ actorDetail(id: "country:XX") { aliases } }`);
    expect(detail.body.data.actorDetail).toBeNull();
  });

  it('refuses a query with more aliases than allowed before running it, as BAD_USER_INPUT', async () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `s${i}: stats { actors }`).join(' ')} }`;
    const refused = await api.gql(aliases);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.body.errors?.[0]?.message).toMatch(/more than 30 aliases/);
    const fine = await api.gql(`{ ${Array.from({ length: 3 }, (_, i) => `s${i}: stats { actors }`).join(' ')} }`);
    expect(fine.body.errors).toBeUndefined();
  });

  it('shortestPath joins two officials through meetings and stances, in order, with only the edges on the path', async () => {
    const { body } = await api.gql<any>(
      `{ shortestPath(from: "official:us:stephen-biegun", to: "official:ru:sergey-lavrov") { ${SLICE} } }`,
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data.shortestPath.nodes.map((n: any) => n.id);
    expect(nodes[0]).toBe('official:us:stephen-biegun');
    expect(nodes[nodes.length - 1]).toBe('official:ru:sergey-lavrov');
    expect(body.data.shortestPath.edges).toHaveLength(nodes.length - 1);
    const none = await api.gql<any>(
      `{ shortestPath(from: "country:US", to: "country:JP") { nodes { id } edges { id } } }`,
    );
    expect(none.body.data.shortestPath).toEqual({ nodes: [], edges: [] });
    const onlyMet = await api.gql<any>(
      `{ shortestPath(from: "official:us:stephen-biegun", to: "country:FR", relationTypes: [MET]) { nodes { id } edges { type } } }`,
    );
    expect(onlyMet.body.data.shortestPath.nodes.map((n: any) => n.id)).toEqual([
      'official:us:stephen-biegun',
      'country:FR',
    ]);
    expect(onlyMet.body.data.shortestPath.edges).toEqual([{ type: 'MET' }]);
  });

  it('timeline counts meetings and stances per month, week and year, leaving undated ones out', async () => {
    const { body } = await api.gql<any>(
      `{ month: timeline { start meetings stances } year: timeline(bucket: YEAR) { start meetings stances } week: timeline(bucket: WEEK, from: "2019-03-18", to: "2019-03-24") { start meetings stances } }`,
    );
    expect(body.data.month).toEqual([
      { start: '2019-03-01', meetings: 2, stances: 4 },
      { start: '2019-04-01', meetings: 1, stances: 3 },
    ]);
    expect(body.data.year).toEqual([{ start: '2019-01-01', meetings: 3, stances: 7 }]);
    expect(body.data.week).toEqual([{ start: '2019-03-18', meetings: 1, stances: 3 }]);
  });

  it('alliances rolls officials up to their countries and returns connected blocs of BACKS', async () => {
    const { body } = await api.gql<any>(`{ alliances { id internalBacks members { id kind } } }`);
    expect(body.errors).toBeUndefined();
    const [bloc] = body.data.alliances;
    const members = bloc.members.map((m: any) => m.id);
    // Lavrov backs North Korea: counted for Russia. Pompeo backs South Korea: counted for the United States.
    expect(members).toEqual(
      expect.arrayContaining([
        'country:GB',
        'country:DE',
        'country:US',
        'country:FR',
        'country:RU',
        'country:KP',
        'country:KR',
      ]),
    );
    expect(members).not.toContain('country:JP');
    expect(bloc.members.every((m: any) => m.kind === 'Country')).toBe(true);
    expect((await api.gql<any>(`{ alliances(minSize: 8) { id } }`)).body.data.alliances).toEqual([]);
  });

  it('search finds actors by name, alias and unfinished word, and is safe against Lucene syntax', async () => {
    const typing = await api.gql<any>(`{ search(text: "bieg") { id kind name score } }`);
    expect(typing.body.data.search[0]).toMatchObject({ id: 'official:us:stephen-biegun', kind: 'Official' });
    const alias = await api.gql<any>(`{ search(text: "DPRK") { id } }`);
    expect(alias.body.data.search.map((h: any) => h.id)).toContain('country:KP');
    const full = await api.gql<any>(`{ search(text: "United Kingdom", limit: 1) { id } }`);
    expect(full.body.data.search).toEqual([{ id: 'country:GB' }]);
    for (const text of ['"unbalanced', 'a AND (b', '*', 'name:x OR', '\\', '']) {
      const r = await api.gql<any>(`query($t: String!) { search(text: $t) { id } }`, { t: text });
      expect(r.body.errors).toBeUndefined();
    }
  });

  it('overview returns the most connected actors first, filtered by kind, and marks a cut', async () => {
    const { body } = await api.gql<any>(`{ overview { ${SLICE} } }`);
    const ids = body.data.overview.nodes.map((n: any) => n.id);
    expect(ids).not.toContain('country:JP');
    expect(ids).toContain('official:us:stephen-biegun');
    const degrees = body.data.overview.nodes.filter((n: any) => n.id !== 'country:US').map((n: any) => n.degree);
    expect(degrees[0]).toBeGreaterThanOrEqual(degrees[degrees.length - 1]);
    const countries = await api.gql<any>(
      `{ overview(kinds: [Country], relationTypes: [BACKS]) { nodes { kind } edges { type } } }`,
    );
    expect(countries.body.data.overview.nodes.every((n: any) => n.kind === 'Country')).toBe(true);
    expect(countries.body.data.overview.edges.every((e: any) => e.type === 'BACKS')).toBe(true);
    const cut = await api.gql<any>(`{ overview(limit: 2) { truncated } }`);
    expect(cut.body.data.overview.truncated).toBe(true);
  });

  it('actorDetail and stats describe the graph for the page', async () => {
    const { body } = await api.gql<any>(
      `{ actorDetail(id: "country:US") { actor { id name kind country } aliases officials { id } meetings { id } articles } stats { actors meetings stances articles firstDate lastDate } }`,
    );
    expect(body.data.actorDetail).toMatchObject({
      actor: { id: 'country:US', name: 'United States', kind: 'Country', country: 'US' },
      articles: 2,
    });
    expect(body.data.actorDetail.aliases).toContain('USA');
    expect(body.data.actorDetail.officials.map((o: any) => o.id)).toEqual([
      'official:us:mike-pompeo',
      'official:us:stephen-biegun',
    ]);
    expect(body.data.stats).toEqual({
      actors: 14,
      meetings: 4,
      stances: 8,
      articles: 3,
      firstDate: '2019-03-01',
      lastDate: '2019-04-25',
    });
  });

  it('answers malformed GraphQL with a 400 and no stack trace', async () => {
    const { status, body } = await api.gql('{ stats { ');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe('the generated read-only queries of @neo4j/graphql next to the contract', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    ({ db, api } = await openAppOnGraph());
  });
  afterAll(() => closeAppOnGraph({ db, api }));

  it('answers filtered queries over countries, officials, meetings and stances with their evidence, without APOC', async () => {
    const { body } = await api.gql<any>(`{
      countries(where: { code: { eq: "US" } }) {
        name
        officials(sort: [{ name: ASC }]) { name title }
        backedByConnection { edges { node { id } properties { ... on Stance { evidence date confidence } } } }
      }
      meetings(where: { place: { eq: "Brussels" } }) { date participants { id __typename } reportedInConnection { edges { properties { evidence } node { publisher } } } }
      stats { actors }
    }`);
    expect(body.errors).toBeUndefined();
    const [us] = body.data.countries;
    expect(us.officials.map((o: any) => o.name)).toEqual(['Mike Pompeo', 'Stephen Biegun']);
    expect(us.backedByConnection.edges.map((e: any) => e.node.id).sort()).toEqual(['country:DE', 'country:GB']);
    expect(us.backedByConnection.edges[0].properties).toMatchObject({ date: '2019-03-19', confidence: 0.8 });
    const [brussels] = body.data.meetings;
    expect(brussels.date).toBe('2019-03-19');
    expect(brussels.participants.map((p: any) => p.id)).toContain('official:us:stephen-biegun');
    expect(brussels.reportedInConnection.edges[0].properties.evidence).toContain(
      'met his British, German and French counterparts',
    );
    expect(body.data.stats.actors).toBe(14);
  });

  it('has only the curation mutations, and refuses any other mutation operation as BAD_USER_INPUT', async () => {
    const introspection = await api.gql<any>(
      '{ __schema { mutationType { fields { name } } subscriptionType { name } } }',
    );
    const schema = introspection.body.data.__schema;
    expect(schema.subscriptionType).toBeNull();
    expect(schema.mutationType.fields.map((f: any) => f.name).sort()).toEqual([...CURATION_MUTATIONS].sort());
    const refused = await api.gql(
      'mutation { createCountries(input: [{ id: "country:XX" }]) { info { nodesCreated } } }',
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.body.errors?.[0]?.message).toMatch(/read-only/);
  });

  it('refuses a query nested deeper than 8 levels with BAD_USER_INPUT, before touching the database', async () => {
    const six = '{ countries { officials { meetings { participants { meetings { id } } } } } }';
    expect((await api.gql(six)).body.errors).toBeUndefined();
    const nine =
      '{ countries { officials { meetings { participants { meetings { participants { meetings { participants { id } } } } } } } } }';
    const started = Date.now();
    const refused = await api.gql(nine);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.body.errors?.[0]?.message).toMatch(/9 levels deep; at most 8/);
  });

  it('caps generated lists at 2,000 nodes', async () => {
    const { body } = await api.gql<any>('{ countries(limit: 5000) { id } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.countries.length).toBeLessThanOrEqual(2000);
  });
});
