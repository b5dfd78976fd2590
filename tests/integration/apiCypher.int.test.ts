/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies; the assertions check their shape */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from '../../core/cypherFiles';
import type { TestDatabase } from '../support/testDatabase';
import { graphFingerprint, type GraphFingerprint } from '../support/graphFingerprint';
import { closeAppOnGraph, openAppOnGraph, type TestApp } from './apiHarness';

jest.setTimeout(60_000);

describe('the read-only Cypher console POST /api/cypher', () => {
  let db: TestDatabase;
  let api: TestApp;
  let before: GraphFingerprint;

  beforeAll(async () => {
    ({ db, api } = await openAppOnGraph(undefined, { cypherRowLimit: 5, cypherTimeoutMs: 1_000 }));
    before = await graphFingerprint(db.driver, db.database);
  });
  afterAll(() => closeAppOnGraph({ db, api }));

  it('returns columns, JSON rows, the nodes and relationships found as a drawable graph, and a summary', async () => {
    const { status, body } = await api.post('/api/cypher', {
      query:
        'MATCH p = (o:Official {id: $id})-[r:REPRESENTS]->(c:Country) RETURN o, r, c.name AS name, p, count { (o)-[:ATTENDED]->() } AS meetings, date("2019-03-19") AS day',
      params: { id: 'official:us:stephen-biegun' },
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['o', 'r', 'name', 'p', 'meetings', 'day']);
    const [row] = body.rows;
    expect(row.o).toMatchObject({
      id: 'official:us:stephen-biegun',
      labels: ['Actor', 'Official'],
      properties: { name: 'Stephen Biegun', country: 'US' },
    });
    expect(row.r).toMatchObject({ type: 'REPRESENTS', start: 'official:us:stephen-biegun', end: 'country:US' });
    expect(row).toMatchObject({ name: 'United States', meetings: 2, day: '2019-03-19' });
    expect(row.p.segments).toHaveLength(1);
    expect(row.p.segments[0].relationship.type).toBe('REPRESENTS');
    expect(body.graph.nodes.map((n: any) => n.data.id).sort()).toEqual(['country:US', 'official:us:stephen-biegun']);
    expect(body.graph.nodes[0].data).toEqual(
      expect.objectContaining({ label: expect.any(String), kind: expect.stringMatching(/Official|Country/) }),
    );
    expect(body.graph.edges).toEqual([
      {
        data: expect.objectContaining({
          source: 'official:us:stephen-biegun',
          target: 'country:US',
          type: 'REPRESENTS',
        }),
      },
    ]);
    expect(body.summary).toMatchObject({ truncated: false, rowCount: 1, queryType: 'r' });
    expect(typeof body.summary.resultAvailableAfter).toBe('number');
  });

  it('converts integers, big integers, datetimes and whole-number parameters faithfully', async () => {
    const { body } = await api.post('/api/cypher', {
      query:
        'RETURN $n + 1 AS n, 9007199254740993 AS big, datetime("2019-03-19T10:00:00Z") AS at, range(1, $n) AS list, {a: 1.5} AS map',
      params: { n: 3 },
    });
    expect(body.rows[0]).toEqual({
      n: 4,
      big: '9007199254740993',
      at: '2019-03-19T10:00:00Z',
      list: [1, 2, 3],
      map: { a: 1.5 },
    });
  });

  it('stops reading at the row cap and says the result was truncated', async () => {
    const { status, body } = await api.post('/api/cypher', { query: 'UNWIND range(1, 100000000) AS i RETURN i' });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(5);
    expect(body.summary).toMatchObject({ truncated: true, rowCount: 5 });
    const exact = await api.post('/api/cypher', { query: 'UNWIND range(1, 5) AS i RETURN i' });
    expect(exact.body.summary.truncated).toBe(false);
  });

  it('stops a runaway cartesian query at the time limit with QUERY_TIMEOUT', async () => {
    const started = Date.now();
    const { status, body } = await api.post('/api/cypher', {
      query: 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*)',
    });
    expect(status).toBe(504);
    expect(body.error.code).toBe('QUERY_TIMEOUT');
    expect(body.error.message).toMatch(/time limit/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it.each([
    ['CREATE', 'CREATE (:Actor:Country {id: "country:XX"})', /writes/],
    ['MERGE', 'MERGE (a:Actor {id: "country:US"}) RETURN a', /writes/],
    ['SET', 'MATCH (a:Actor {id: "country:US"}) SET a.name = "x"', /writes/],
    ['DELETE', 'MATCH (n) DETACH DELETE n', /writes/],
    ['REMOVE', 'MATCH (a:Actor) REMOVE a:Actor', /writes/],
    ['LOAD CSV', 'LOAD CSV FROM "file:///etc/passwd" AS line RETURN line', /LOAD CSV/],
    ['CREATE INDEX', 'CREATE INDEX x IF NOT EXISTS FOR (a:Actor) ON (a.code)', /schema/],
    ['DROP CONSTRAINT', 'DROP CONSTRAINT actor_id', /schema/],
    ['SHOW USERS', 'SHOW USERS', /administers/],
    ['CREATE DATABASE', 'CREATE DATABASE other', /administration|Unsupported/i],
    ['TERMINATE TRANSACTIONS', 'TERMINATE TRANSACTIONS "neo4j-transaction-1"', /administration/],
    ['CALL IN TRANSACTIONS (read)', 'CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n', /IN TRANSACTIONS/],
    ['CALL IN TRANSACTIONS (write)', 'MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS', /writes|IN TRANSACTIONS/],
    ['an admin procedure', 'CALL dbms.security.createUser("eve", "secret123", false)', /dbms\.security\.createUser/],
    ['a write procedure', 'CALL db.createLabel("Spy")', /writes|db\.createLabel/],
    ['a dbms procedure', 'CALL dbms.listConfig()', /administers|dbms\.listConfig/],
    ['an unknown plugin procedure', 'CALL apoc.export.csv.all("x.csv", {})', /apoc\.export\.csv\.all/],
    ['a read procedure outside the allow-list', 'CALL db.awaitIndexes(1)', /db\.awaitIndexes/],
  ])('refuses %s with a 4xx and the reason', async (_name, query, reason) => {
    const { status, body } = await api.post('/api/cypher', { query });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(['QUERY_REFUSED', 'BAD_USER_INPUT']).toContain(body.error.code);
    expect(body.error.message).toMatch(reason);
  });

  it('allows the schema and full-text procedures analysts need', async () => {
    for (const query of [
      'CALL db.labels()',
      'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
      'CALL db.schema.visualization()',
      'SHOW INDEXES',
      'SHOW TRANSACTIONS',
      'CALL db.ping()',
      'CALL db.index.fulltext.queryNodes("actor_search", "biegun") YIELD node RETURN node.id AS id',
    ]) {
      const { status, body } = await api.post('/api/cypher', { query });
      expect({ query, status, error: body.error }).toEqual({ query, status: 200, error: undefined });
    }
  });

  it.each([
    ['a malformed JSON body', '{"query": "MATCH (n) RETURN n"', /not valid JSON/],
    ['a missing query', {}, /"query" must be a non-empty string/],
    ['an empty query', { query: '   ' }, /"query" must be a non-empty string/],
    ['a query that is not a string', { query: 42 }, /"query" must be a non-empty string/],
    ['params that are a list', { query: 'RETURN 1', params: [1] }, /"params" must be an object/],
    ['params that are a string', { query: 'RETURN 1', params: 'x' }, /"params" must be an object/],
    ['a missing parameter', { query: 'RETURN $x' }, /Expected parameter|\$x|x/],
    ['a Cypher syntax error', { query: 'MATCH (n RETURN n' }, /Invalid input/],
    ['a body that is a JSON array', '[1, 2]', /"query" must be a non-empty string/],
  ])('answers %s with 400 and a message', async (_name, body, message) => {
    const res = await api.post('/api/cypher', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BAD_USER_INPUT');
    expect(res.body.error.message).toMatch(message);
  });

  it('refuses a body over the size limit with a 4xx, not a 500', async () => {
    const res = await api.post('/api/cypher', { query: `RETURN "${'x'.repeat(300_000)}"` });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/larger than/);
  });

  it('with "connect": true adds the relationships among the returned nodes to the graph, not to the rows', async () => {
    const query = 'MATCH (o:Official {id: $id}), (c:Country {id: "country:US"}) RETURN o, c';
    const params = { id: 'official:us:stephen-biegun' };
    const plain = await api.post('/api/cypher', { query, params });
    expect(plain.body.graph.edges).toEqual([]);
    expect(plain.body.summary.connected).toBeUndefined();
    const { status, body } = await api.post('/api/cypher', { query, params, connect: true });
    expect(status).toBe(200);
    expect(body.rows).toEqual(plain.body.rows);
    expect(body.graph.edges).toEqual([
      {
        data: expect.objectContaining({
          source: 'official:us:stephen-biegun',
          target: 'country:US',
          type: 'REPRESENTS',
          connected: true,
        }),
      },
    ]);
    expect(body.summary.connected).toBe(1);
  });

  it('connects nothing it was not asked to, and refuses a "connect" that is not a boolean', async () => {
    const alone = await api.post('/api/cypher', {
      query: 'MATCH (c:Country {id: "country:US"}) RETURN c',
      connect: true,
    });
    expect(alone.body.graph.edges).toEqual([]);
    const bad = await api.post('/api/cypher', { query: 'RETURN 1', connect: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/"connect" must be true or false/);
  });

  it('left the graph exactly as it was after every refused and timed-out query', async () => {
    expect(await graphFingerprint(db.driver, db.database)).toEqual(before);
  });
});

describe("one analyst's runaway query", () => {
  let db: TestDatabase;
  let api: TestApp;
  // Long enough that every other request below has all the time it needs; the runaway ends only at this limit.
  const timeLimitMs = 8_000;
  const runaway = 'UNWIND range(1, 4000000000) AS i WITH i WHERE i % 7 = 3 RETURN count(*) AS n';

  beforeAll(async () => {
    ({ db, api } = await openAppOnGraph(undefined, { cypherTimeoutMs: timeLimitMs }));
  });
  afterAll(() => closeAppOnGraph({ db, api }));

  /** Resolves once Neo4j itself is running the query: the others are sent while it burns, not before it starts. */
  async function runningInNeo4j(fragment: string): Promise<void> {
    for (;;) {
      const { records } = await db.driver.executeQuery(
        'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $fragment RETURN count(*) AS n',
        { fragment },
        { database: db.database },
      );
      if (Number(records[0]!.get('n')) > 0) return;
      await new Promise((r) => setImmediate(r));
    }
  }

  it('leaves GraphQL, the saved queries and health answering others while it runs, then stops at the limit', async () => {
    const finished: string[] = [];
    const done = <T>(name: string, p: Promise<T>) => p.then((v) => (finished.push(name), v));
    const stopped = done('runaway', api.post('/api/cypher', { query: runaway }));
    await runningInNeo4j('range(1, 4000000000)');
    const [neighbourhood, saved, health] = await Promise.all([
      done('graphql', api.gql<any>('{ neighbourhood(actors: ["country:GB"]) { nodes { id } } }')),
      done('saved', api.post('/api/queries/who-backs', { params: { actor: 'country:US' } })),
      done('health', api.get('/healthz')),
    ]);
    expect(neighbourhood.body.data.neighbourhood.nodes.map((n: any) => n.id)).toContain('country:US');
    expect(saved.status).toBe(200);
    expect(health.status).toBe(200);
    const answer = await stopped;
    expect(answer.status).toBe(504);
    expect(answer.body.error.code).toBe('QUERY_TIMEOUT');
    expect(finished.at(-1)).toBe('runaway');
  });
});

describe('the saved queries GET /api/queries and POST /api/queries/:name', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    ({ db, api } = await openAppOnGraph());
  });
  afterAll(() => closeAppOnGraph({ db, api }));

  it('lists every saved query with its title, description and typed parameters', async () => {
    const { status, body } = await api.get('/api/queries');
    expect(status).toBe(200);
    const names = body.queries.map((q: any) => q.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'who-met-whom',
        'who-backs',
        'shortest-path',
        'most-connected-officials',
        'meetings-by-place',
        'changed-stances',
      ]),
    );
    for (const q of body.queries) {
      expect(q.title).not.toBe('');
      expect(q.description).not.toBe('');
      // The console shows what a saved query runs: its file, header included.
      expect(q.query).toBe(readFileSync(path.join(CYPHER_DIR, 'queries', `${q.name}.cypher`), 'utf8'));
    }
  });

  it('gives the console the labels, relationship types, property keys, functions and callable procedures', async () => {
    const { status, body } = await api.get('/api/cypher/schema');
    expect(status).toBe(200);
    expect(body.labels).toEqual(expect.arrayContaining(['Actor', 'Country', 'Official', 'Meeting', 'Article']));
    expect(body.relationshipTypes).toEqual(expect.arrayContaining(['ATTENDED', 'BACKS', 'OPPOSES', 'REPRESENTS']));
    expect(body.propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'evidence', 'confidence']));
    expect(body.functions).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'toLower' })]));
    const labels = body.procedures.find((p: any) => p.name === 'db.labels');
    expect(labels.returnItems).toEqual([{ name: 'label', signature: 'STRING' }]);
    // Only what the read-only console lets an analyst call is offered.
    expect(body.procedures.map((p: any) => p.name)).not.toContain('db.createLabel');
    expect(body.procedures.map((p: any) => p.name)).not.toContain('dbms.security.createUser');
  });

  it('runs every saved query with its defaults, read-only', async () => {
    const { body } = await api.get('/api/queries');
    for (const q of body.queries) {
      const params = Object.fromEntries(
        q.params
          .filter((p: any) => p.default === undefined)
          .map((p: any) => [p.name, p.type === 'int' ? 1 : p.type === 'date' ? '2019-01-01' : 'country:US']),
      );
      const res = await api.post(`/api/queries/${q.name}`, { params });
      expect({ name: q.name, status: res.status, error: res.body.error }).toEqual({
        name: q.name,
        status: 200,
        error: undefined,
      });
    }
  });

  it('answers who backs the United States and who met whom in March 2019 from the fixture', async () => {
    const backs = await api.post('/api/queries/who-backs', { params: { actor: 'country:US' } });
    expect(backs.body.rows.map((r: any) => r.backerId).sort()).toEqual(['country:DE', 'country:GB']);
    const met = await api.post('/api/queries/who-met-whom', { params: { from: '2019-03-01', to: '2019-03-31' } });
    const pairs = met.body.rows.map((r: any) => [r.aId, r.bId].sort().join(' '));
    expect(pairs).toContain('country:GB official:us:stephen-biegun');
    expect(met.body.graph.nodes.length).toBeGreaterThan(0);
    const changed = await api.post('/api/queries/changed-stances', {});
    expect(changed.body.rows).toEqual([expect.objectContaining({ fromId: 'country:US', toId: 'country:KP' })]);
  });

  it('refuses unknown queries, unknown parameters and parameters of the wrong type', async () => {
    expect((await api.post('/api/queries/nope', {})).status).toBe(404);
    expect((await api.post('/api/queries/..%2Fschema', {})).status).toBe(404);
    const unknown = await api.post('/api/queries/who-backs', { params: { actor: 'country:US', colour: 'red' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/unknown parameter colour/);
    const wrong = await api.post('/api/queries/who-met-whom', { params: { from: 'last week' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/"from" must be a date YYYY-MM-DD, got "last week"/);
    const listed = await api.post('/api/queries/who-backs', { params: [] });
    expect(listed.status).toBe(400);
  });
});
