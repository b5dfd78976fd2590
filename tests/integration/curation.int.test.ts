/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies; the assertions check their shape */
// Curation against the real Neo4j: each action, kept across re-imports and extractor changes, undone, exported.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readCorrections, writeCorrections } from '../../import/src/corrections';
import { writeArticle } from '../../import/src/graphWriter';
import { graphFingerprint } from '../support/graphFingerprint';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { startTestApp, type TestApp } from './apiHarness';
import { articleA, articleB } from './importFixtures';

const ANA = { name: 'ana', token: 'ana-curator-token-0001' };
const READER_TOKEN = 'reader-token-000000001';
const asAna = { authorization: `Bearer ${ANA.token}` };
const asReader = { authorization: `Bearer ${READER_TOKEN}` };

const A = 'article:aaaa000000000001';
const GB_BACKS_US = `stance|BACKS|country:GB|country:US|${A}`;
const KP_OPPOSES_US = `stance|OPPOSES|country:KP|country:US|${A}`;
const BIEGUN = 'official:us:stephen-biegun';
const KANG = 'official:kr:kang-kyung-wha';

let db: TestDatabase;
let app: TestApp;
let extractor = 0;
let sequence = 0;

/** Both articles again, read by a "new extractor": the writer replaces every claim they hold. */
async function reimport(): Promise<void> {
  extractor += 1;
  for (const doc of [articleA(), articleB()]) await writeArticle(db, doc, { extractor: `rules:test-${extractor}` });
}

const fingerprint = () => graphFingerprint(db.driver, db.database, ['importedAt', 'extractor']);
const nextId = () => `test-curation-${++sequence}`;

async function curate(mutation: string, args: Record<string, unknown>, headers = asAna): Promise<any> {
  const params = Object.keys(args)
    .map((k) => `${k}: $${k}`)
    .join(', ');
  const types: Record<string, string> = {
    id: 'ID!',
    claim: 'String!',
    after: 'ID',
    note: 'String',
    date: 'CalendarDate',
    type: 'RelationType!',
    from: 'ID!',
    to: 'ID!',
    into: 'ID!',
    article: 'ID!',
    evidence: 'String!',
    participants: '[ID!]!',
    place: 'String',
    actor: 'ID!',
    edit: 'ActorEdit!',
    name: 'String!',
    claims: '[String!]!',
    curation: 'ID!',
  };
  if (mutation === 'redateClaim') types['date'] = 'CalendarDate!';
  const declared = Object.keys(args)
    .map((k) => `$${k}: ${types[k]}`)
    .join(', ');
  const { status, body } = await app.gql(
    `mutation Curate(${declared}) { ${mutation}(${params}) { id action target by at undoneAt summary } }`,
    args,
    headers,
  );
  return { status, body, curation: body.data?.[mutation] };
}

/** A curation that must succeed: its errors fail the test with their message. */
async function ok(mutation: string, args: Record<string, unknown>): Promise<any> {
  const result = await curate(mutation, args);
  expect(result.body.errors).toBeUndefined();
  return result;
}

/** A question's data as a reader asks it. */
async function ask(query: string): Promise<any> {
  return (await app.gql(query, {}, asReader)).body.data as any;
}

async function stanceRows(type: string): Promise<string[]> {
  const result = await db.driver.executeQuery(
    `MATCH (a)-[r:${type}]->(b) RETURN a.id + ' ' + b.id + ' ' + coalesce(toString(r.confidence), '-') AS row ORDER BY row`,
    {},
    { database: db.database },
  );
  return result.records.map((r) => r.get('row') as string);
}

beforeAll(async () => {
  db = await openTestDatabase();
  app = await startTestApp(db.driver, db.database, { curators: [ANA], authToken: READER_TOKEN });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

beforeEach(async () => {
  await db.clean();
  await reimport();
});

describe('rejecting and confirming claims', () => {
  it('hides a rejected stance from BACKS and the questions, lists it as rejected, and keeps it so across re-imports', async () => {
    const { curation } = await curate('rejectClaim', { id: nextId(), claim: GB_BACKS_US, note: 'misread' });
    expect(curation).toMatchObject({ action: 'reject', target: GB_BACKS_US, by: 'ana', undoneAt: null });
    expect(await stanceRows('BACKS')).toEqual(['country:KR country:US -']);
    const backers = await ask('{ backers(actor: "country:US") { actor { id } } }');
    expect(backers.backers.map((b: any) => b.actor.id)).toEqual(['country:KR']);
    const slice = await ask('{ neighbourhood(actors: ["country:GB"]) { edges { source target type } } }');
    expect(slice.neighbourhood.edges).not.toContainEqual({ source: 'country:GB', target: 'country:US', type: 'BACKS' });
    expect(slice.neighbourhood.edges.length).toBeGreaterThan(0);
    const rejected = await ask('{ rejectedClaims { claim evidence } }');
    expect(rejected.rejectedClaims).toEqual([
      { claim: GB_BACKS_US, evidence: 'Britain reiterated its support for U.S. efforts.' },
    ]);

    const saved = await app.post('/api/queries/who-backs', { params: { actor: 'country:US' } }, asReader);
    expect(saved.body.rows.map((r: any) => r.backerId)).toEqual(['country:KR']);
    // Asked for by name, the rejected claim is still there to read.
    const asked = await app.post(
      '/api/cypher',
      { query: 'MATCH ()-[r:REJECTED_BACKS]->() RETURN r.evidence AS e' },
      asReader,
    );
    expect(asked.body.rows).toEqual([{ e: 'Britain reiterated its support for U.S. efforts.' }]);

    const before = await fingerprint();
    await reimport();
    expect(await fingerprint()).toEqual(before);
    await reimport();
    expect(await fingerprint()).toEqual(before);
  });

  it('confirms a stance at confidence 1.0 across re-imports, and undoing restores the extractor’s', async () => {
    const { curation } = await ok('confirmClaim', { id: nextId(), claim: KP_OPPOSES_US });
    expect(await stanceRows('OPPOSES')).toEqual(['country:KP country:US 1.0']);
    await reimport();
    expect(await stanceRows('OPPOSES')).toEqual(['country:KP country:US 1.0']);
    await ok('undoCuration', { id: nextId(), curation: curation.id });
    expect(await stanceRows('OPPOSES')).toEqual(['country:KP country:US 0.7']);
    await reimport();
    expect(await stanceRows('OPPOSES')).toEqual(['country:KP country:US 0.7']);
  });

  it('rejects a meeting out of whoMet, and undoing brings it back', async () => {
    const original = await fingerprint();
    const whoMet = async () => (await ask(`{ whoMet(actor: "${KANG}") { actor { id } } }`)).whoMet;
    expect(await whoMet()).toEqual([{ actor: { id: BIEGUN } }]);
    const { curation } = await curate('rejectClaim', { id: nextId(), claim: 'meeting|meeting:b-biegun-kang' });
    expect(await whoMet()).toEqual([]);
    await reimport();
    expect(await whoMet()).toEqual([]);
    await ok('undoCuration', { id: nextId(), curation: curation.id });
    expect(await whoMet()).toEqual([{ actor: { id: BIEGUN } }]);
    expect((await fingerprint()).checksum).not.toEqual(original.checksum); // the Curation node stays, as history
    const curations = await ask('{ curations { action undoneAt } }');
    expect(curations.curations).toEqual([{ action: 'reject', undoneAt: expect.any(String) }]);
  });

  it('changes a stance’s direction: the misread claim is set aside, the right one added, both kept on re-import', async () => {
    await ok('reviseStance', {
      id: nextId(),
      claim: KP_OPPOSES_US,
      type: 'OPPOSES',
      from: 'country:US',
      to: 'country:KP',
    });
    expect(await stanceRows('OPPOSES')).toEqual(['country:US country:KP 1.0']);
    await reimport();
    expect(await stanceRows('OPPOSES')).toEqual(['country:US country:KP 1.0']);
  });

  it('dates a claim as the curator read it, across re-imports', async () => {
    await ok('redateClaim', { id: nextId(), claim: 'meeting|meeting:b-biegun-kang', date: '2019-03-20' });
    await reimport();
    const result = await db.driver.executeQuery(
      "MATCH (m:Meeting {id: 'meeting:b-biegun-kang'}) RETURN toString(m.date) AS date",
      {},
      { database: db.database },
    );
    expect(result.records[0]!.get('date')).toBe('2019-03-20');
  });
});

describe('adding claims the extractor missed', () => {
  it('adds a stance and a meeting from a sentence of an article, keeps them on re-import, and undo removes them', async () => {
    const original = await fingerprint();
    const stance = await ok('addStance', {
      id: nextId(),
      type: 'OPPOSES',
      from: 'country:US',
      to: 'country:KP',
      article: A,
      evidence: 'North Korea blamed the U.S.',
    });
    const meeting = await ok('addMeeting', {
      id: nextId(),
      participants: ['country:GB', 'country:KP'],
      article: A,
      evidence: 'Britain and North Korea met.',
      date: '2019-03-18',
    });
    expect(await stanceRows('OPPOSES')).toEqual(['country:KP country:US 0.7', 'country:US country:KP 1.0']);
    const whoMet = await ask('{ whoMet(actor: "country:GB") { actor { id } } }');
    expect(whoMet.whoMet.map((m: any) => m.actor.id)).toEqual(expect.arrayContaining(['country:KP', BIEGUN]));
    const curated = await fingerprint();
    await reimport();
    expect(await fingerprint()).toEqual(curated);
    await ok('undoCuration', { id: nextId(), curation: meeting.curation.id });
    await ok('undoCuration', { id: nextId(), curation: stance.curation.id });
    expect((await fingerprint()).relationships).toBe(original.relationships);
    expect(await stanceRows('OPPOSES')).toEqual(['country:KP country:US 0.7']);
  });
});

describe('editing and merging actors', () => {
  it('renames an actor and adds an alias, kept over a re-import; undo restores the extractor’s', async () => {
    const { curation } = await ok('editActor', {
      id: nextId(),
      actor: BIEGUN,
      edit: { name: 'Stephen E. Biegun', addAlias: 'Steve' },
    });
    const name = async () => (await ask(`{ actorDetail(id: "${BIEGUN}") { actor { name } aliases } }`)).actorDetail;
    expect(await name()).toMatchObject({ actor: { name: 'Stephen E. Biegun' } });
    expect((await name()).aliases).toContain('Steve');
    await reimport();
    expect(await name()).toMatchObject({ actor: { name: 'Stephen E. Biegun' } });
    await ok('undoCuration', { id: nextId(), curation: curation.id });
    expect(await name()).toMatchObject({ actor: { name: 'Stephen Biegun' } });
    expect((await name()).aliases).not.toContain('Steve');
  });

  it('merges one actor into another (claims move, the id resolves), keeps it merged, and the split restores both', async () => {
    const before = await fingerprint();
    const { curation } = await ok('mergeActors', { id: nextId(), from: KANG, into: BIEGUN });
    const detail = (await ask(`{ actorDetail(id: "${KANG}") { actor { id } aliases } }`)).actorDetail;
    expect(detail.actor.id).toBe(BIEGUN);
    expect(detail.aliases).toContain('Kang Kyung-wha');
    const kang = await db.driver.executeQuery(
      'MATCH (a:Actor {id: $id}) RETURN a',
      { id: KANG },
      { database: db.database },
    );
    expect(kang.records).toHaveLength(0);
    const merged = await fingerprint();
    await reimport();
    expect(await fingerprint()).toEqual(merged);
    await ok('undoCuration', { id: nextId(), curation: curation.id });
    const split = await graphFingerprint(db.driver, db.database, ['importedAt', 'extractor']);
    // The graph of the articles is as before the merge; only the (undone) Curation node was added.
    await db.driver.executeQuery('MATCH (c:Curation) DETACH DELETE c', {}, { database: db.database });
    expect(await fingerprint()).toEqual(before);
    expect(split.nodes).toBe(before.nodes + 1);
  });
});

describe('splitting a person the extractor made one of two', () => {
  it('moves the claims named to the other person, keeps it so on re-import, and undo restores the original', async () => {
    const before = await fingerprint();
    const { curation } = await ok('splitActor', {
      id: nextId(),
      actor: BIEGUN,
      name: 'Steve Biegun',
      claims: ['meeting|meeting:b-biegun-kang'],
    });
    const whoMet = async () => (await ask(`{ whoMet(actor: "${KANG}") { actor { id name } } }`)).whoMet;
    expect(await whoMet()).toEqual([{ actor: { id: 'official:us:steve-biegun', name: 'Steve Biegun' } }]);
    const aliases = (await ask(`{ actorDetail(id: "${BIEGUN}") { aliases } }`)).actorDetail.aliases;
    expect(aliases).not.toContain('Steve Biegun');
    const split = await fingerprint();
    await reimport();
    expect(await fingerprint()).toEqual(split);
    await ok('undoCuration', { id: nextId(), curation: curation.id });
    await db.driver.executeQuery('MATCH (c:Curation) DETACH DELETE c', {}, { database: db.database });
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a claim that is not the actor’s, and a country', async () => {
    const other = await curate('splitActor', { id: nextId(), actor: BIEGUN, name: 'X Y', claims: [KP_OPPOSES_US] });
    expect(other.body.errors[0].message).toContain('is not a claim of official:us:stephen-biegun');
    const country = await curate('splitActor', {
      id: nextId(),
      actor: 'country:US',
      name: 'X',
      claims: [KP_OPPOSES_US],
    });
    expect(country.body.errors[0].message).toContain('a country is not split');
  });
});

describe('what curation refuses', () => {
  it('refuses unknown ids, self merges, empty evidence and bad dates with a 4xx and a message, changing nothing', async () => {
    const before = await fingerprint();
    const missing = await curate('rejectClaim', { id: nextId(), claim: 'stance|BACKS|country:GB|country:FR|' + A });
    expect(missing.body.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(missing.body.errors[0].message).toContain('no claim stance|BACKS|country:GB|country:FR');
    const self = await curate('mergeActors', { id: nextId(), from: BIEGUN, into: BIEGUN });
    expect(self.body.errors[0].message).toContain('cannot be merged into itself');
    const kinds = await curate('mergeActors', { id: nextId(), from: BIEGUN, into: 'country:US' });
    expect(kinds.body.errors[0].message).toContain('cannot merge Official');
    const empty = await curate('addStance', {
      id: nextId(),
      type: 'BACKS',
      from: 'country:GB',
      to: 'country:KP',
      article: A,
      evidence: '  ',
    });
    expect(empty.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const date = await curate('redateClaim', { id: nextId(), claim: KP_OPPOSES_US, date: '2019-02-30' });
    expect(date.status).toBe(400);
    const key = await curate('rejectClaim', { id: nextId(), claim: 'stance|LIKES|a|b|c' });
    expect(key.body.errors[0].message).toContain('BACKS or OPPOSES');
    expect(await fingerprint()).toEqual(before);
  });

  it('applies a request sent twice once, and refuses a reused id for another change', async () => {
    const id = nextId();
    const first = await curate('rejectClaim', { id, claim: GB_BACKS_US });
    const after = await fingerprint();
    const again = await curate('rejectClaim', { id, claim: GB_BACKS_US });
    expect(again.curation).toEqual(first.curation);
    expect(await fingerprint()).toEqual(after);
    const reused = await curate('confirmClaim', { id, claim: KP_OPPOSES_US });
    expect(reused.body.errors[0].message).toContain(`the id "${id}" was used already`);
  });

  it('refuses with 409 an edit made against a claim another curator changed meanwhile', async () => {
    const first = await ok('confirmClaim', { id: nextId(), claim: KP_OPPOSES_US, after: null });
    expect(first.curation.action).toBe('confirm');
    const stale = await curate('rejectClaim', { id: nextId(), claim: KP_OPPOSES_US, after: null });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(stale.body.errors[0].message).toContain('was changed meanwhile (confirmed');
    const fresh = await ok('undoCuration', { id: nextId(), curation: first.curation.id });
    expect(fresh.curation.undoneAt).not.toBeNull();
  });

  it('answers 401 without a token and 403 with a reader’s, and the reader still reads', async () => {
    const none = await curate('rejectClaim', { id: nextId(), claim: GB_BACKS_US }, {} as typeof asAna);
    expect(none.status).toBe(401);
    const reader = await curate('rejectClaim', { id: nextId(), claim: GB_BACKS_US }, asReader);
    expect(reader.status).toBe(403);
    expect(reader.body.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await ask('{ curator { canCurate name } }')).curator).toEqual({ canCurate: false, name: null });
    const curator = await app.gql('{ curator { canCurate name } }', {}, asAna);
    expect((curator.body.data as any).curator).toEqual({ canCurate: true, name: 'ana' });
    expect(await stanceRows('BACKS')).toHaveLength(2);
  });

  it('refuses the generated API’s mutations: only curation writes', async () => {
    const { body } = await app.gql('mutation { createCountries(input: []) { info { nodesCreated } } }', {}, asAna);
    expect(body.errors![0]!.message).toContain('is not supported');
  });
});

describe('sharing curations', () => {
  it('exports every curation, and a wiped graph re-imported with the export is the same graph', async () => {
    await curate('rejectClaim', { id: nextId(), claim: GB_BACKS_US });
    await ok('mergeActors', { id: nextId(), from: KANG, into: BIEGUN });
    await ok('addStance', {
      id: nextId(),
      type: 'BACKS',
      from: 'country:KR',
      to: 'country:GB',
      article: 'article:bbbb000000000002',
      evidence: 'Seoul backs Washington.',
    });
    const exported = await app.get('/api/curations/export', asReader);
    expect(exported.status).toBe(200);
    expect(exported.body.curations.map((c: any) => c.action)).toEqual(['reject', 'merge', 'add-stance']);
    const before = await graphFingerprint(db.driver, db.database, ['importedAt', 'extractor']);

    await db.clean();
    await reimport();
    const file = path.join(os.tmpdir(), `entente-curations-${process.pid}.json`);
    await writeFile(file, JSON.stringify(exported.body));
    const result = await writeCorrections(db, await readCorrections(file), file);
    expect(result.curations).toBe(3);
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a corrections file whose curations are malformed, by pointer', async () => {
    const file = path.join(os.tmpdir(), `entente-bad-curations-${process.pid}.json`);
    await writeFile(
      file,
      JSON.stringify({ curations: [{ id: 'x', action: 'smash', target: 't', by: 'b', at: 'no' }] }),
    );
    await expect(readCorrections(file)).rejects.toThrow(/\/curations\/0\/action: must be one of/);
  });
});
