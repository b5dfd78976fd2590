// Analysts' curations through the API: validated, idempotent by client id, refused on conflict, one transaction each.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { applyCuration, undoCuration } from '../../../core/applyCurations';
import { curationScope, keepingSummaries } from '../../../core/claimSummaries';
import {
  claimKeyText,
  curationFromRow,
  parseClaimKey,
  type ClaimKey,
  type CurationAction,
  type CurationRecord,
} from '../../../core/curation';
import { cypher } from '../../../core/cypherFiles';
import { BadInputError, ConflictError, NotFoundError } from '../../../core/errors';
import { ACTOR_KINDS, STANCE_TYPES, type ActorKind, type StanceType } from '../../../core/model';
import { articleFormatOf } from '../../../import/src/findArticleFiles';
import { readArticle } from '../../../import/src/readArticle';
import { prepareArticle } from '../../../import/src/extract';
import { officialId, organizationId, sha256Hex } from '../../../import/src/extract/ids';
import { ResultConverter } from '../cypher/neo4jValues';
import { toEntenteError } from '../errorMapping';

/** Longest evidence sentence a curator may attach: a paragraph, not an article. */
export const MAX_EVIDENCE_CHARS = 2_000;
export const MAX_NOTE_CHARS = 1_000;
export const MAX_HISTORY = 500;
/** Merges followed when resolving an id (A into B into C ...): more means a loop or a mistake. */
const MAX_MERGE_HOPS = 10;
/** A claim in force that an article states, as its reader lists it. */
export interface ArticleClaim {
  kind: 'MEETING' | 'BACKS' | 'OPPOSES';
  summary: string;
  evidence: string;
}

/** An article as its reader shows it: the cleaned text, where it came from, and the claims read from it. */
export interface ArticleReading {
  articleId: string;
  title: string | null;
  url: string | null;
  text: string;
  claims: ArticleClaim[];
}

/** Most claims the source reader lists for one article. */
const MAX_READER_CLAIMS = 200;

/** Largest article file the source reader opens (as the importer's default limit). */
const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

type Row = Record<string, unknown>;

/** What every mutation shares: the client's id for it, what it saw last on the target, and why. */
export interface CurationRequest {
  id: string;
  after?: string | null;
  /** Whether the client sent `after` at all: without it no conflict check is made. */
  checksAfter: boolean;
  note?: string | null;
}

export interface ActorEditInput {
  name?: string | null;
  title?: string | null;
  country?: string | null;
  kind?: ActorKind | null;
  addAlias?: string | null;
  removeAlias?: string | null;
}

interface ActorState {
  actor: { id: string; name: string; title: string | null; country: string | null; aliases: string[] };
  kind: ActorKind;
  properties: Row;
  labels: string[];
}

interface ClaimState {
  kind: 'stance' | 'meeting';
  rejected: boolean;
  confidence: number | null;
  date: string | null;
}

/** One line for a history panel. */
export function summaryOf(c: CurationRecord): string {
  const p = c.payload;
  switch (c.action) {
    case 'reject':
      return `rejected ${describeKey(c.target)}`;
    case 'confirm':
      return `confirmed ${describeKey(c.target)}`;
    case 'redate':
      return `dated ${describeKey(c.target)} ${String(p['date'])}`;
    case 'retype':
      return `changed ${describeKey(c.target)} to ${String(p['from'])} ${String(p['type'])} ${String(p['to'])}`;
    case 'add-stance':
    case 'add-meeting':
      return `added ${describeKey(c.target)}`;
    case 'edit-actor': {
      const set = (p['set'] ?? {}) as Row;
      const fields = Object.entries(set).map(([k, v]) => (k === 'aliases' ? 'aliases' : `${k} "${String(v)}"`));
      return `edited ${c.target}: ${fields.join(', ')}`;
    }
    case 'merge':
      return `merged ${c.target} into ${String(p['into'])}`;
    case 'split':
      return `split ${String(p['actor'])} ("${String(p['name'])}") out of ${c.target}: ${(p['claims'] as string[]).length} claim(s)`;
  }
}

function describeKey(target: string): string {
  try {
    const key = parseClaimKey(target);
    return key.kind === 'stance' ? `${key.from} ${key.type} ${key.to} (${key.article})` : `meeting ${key.meeting}`;
  } catch {
    return target;
  }
}

function cleanText(where: string, name: string, value: string | null | undefined, max: number): string | null {
  if (value === undefined || value === null) return null;
  const text = value.trim();
  if (text.length > max) throw new BadInputError(`${where}: ${name} is longer than ${max} characters`);
  return text === '' ? null : text;
}

function requiredText(where: string, name: string, value: string, max: number): string {
  const text = cleanText(where, name, value, max);
  if (text === null) throw new BadInputError(`${where}: ${name} is empty`);
  return text;
}

function stanceType(where: string, value: string): StanceType {
  if (!(STANCE_TYPES as readonly string[]).includes(value))
    throw new BadInputError(`${where}: a stance is BACKS or OPPOSES, got "${value}"`);
  return value as StanceType;
}

/** The API side of curation; the effects themselves live in core/applyCurations.ts, shared with the importer. */
export class CurationService {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  private async write<T>(where: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(work, { metadata: { app: 'entente-curation', where } });
    } catch (error) {
      throw toEntenteError(error, where);
    } finally {
      await session.close();
    }
  }

  private async read<T>(where: string, name: string, params: Row): Promise<T[]> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeRead(async (tx) => {
        const converter = new ResultConverter();
        const result = await tx.run(cypher(name), params);
        return result.records.map((r) => converter.toJson(r.toObject()) as T);
      });
    } catch (error) {
      throw toEntenteError(error, where);
    } finally {
      await session.close();
    }
  }

  async history(target: string | null, limit: number): Promise<CurationRecord[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HISTORY)
      throw new BadInputError(`curations: limit must be 1..${MAX_HISTORY}, got ${limit}`);
    const rows = await this.read<{ curation: Row }>('curations', 'curation-history', {
      target,
      limit: neo4j.int(limit),
    });
    return rows.map((r) => curationFromRow(r.curation));
  }

  /** Every curation, oldest first, as a corrections file holds them (README, "Curation"). */
  async exportAll(): Promise<CurationRecord[]> {
    const rows = await this.read<{ curation: Row }>('curations export', 'curation-all', {});
    return rows.map((r) => curationFromRow(r.curation));
  }

  async rejected(limit: number): Promise<Row[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 2_000)
      throw new BadInputError(`rejectedClaims: limit must be 1..2000, got ${limit}`);
    const rows = await this.read<{ claim: Row }>('rejectedClaims', 'curation-rejected', { limit: neo4j.int(limit) });
    return rows.map((r) => r.claim);
  }

  /** Ids as they are now: an id merged into another (and that one into a third) gives the last. */
  async resolve(ids: string[]): Promise<Map<string, string>> {
    const out = new Map(ids.map((id) => [id, id]));
    let open = [...new Set(ids)];
    for (let hop = 0; hop < MAX_MERGE_HOPS && open.length > 0; hop++) {
      const rows = await this.read<{ id: string; into: string | null }>('resolve', 'curation-resolve', { ids: open });
      const next = new Map(rows.filter((r) => r.into !== null).map((r) => [r.id, r.into!]));
      if (next.size === 0) break;
      for (const [original, current] of out) if (next.has(current)) out.set(original, next.get(current)!);
      open = [...new Set(next.values())];
    }
    return out;
  }

  /**
   * The article's text as the importer cleaned it, for picking an evidence sentence: read again from its file,
   * and only when the file still has the content that was imported (its hash), so the server never serves a file
   * the importer did not read, or a changed one.
   */
  async articleText(id: string): Promise<ArticleReading | null> {
    const [row] = await this.read<{
      file: string | null;
      url: string | null;
      sha256: string | null;
      title: string | null;
    }>('articleText', 'curation-article-file', { id });
    if (row === undefined) throw new NotFoundError(`articleText: no article with id "${id}"`);
    if (row.file === null || row.sha256 === null) return null;
    const format = articleFormatOf(row.file);
    if (format === undefined) return null;
    const read = await readArticle(row.file, format, MAX_ARTICLE_BYTES);
    if (!read.ok) return null;
    const raw = read.text;
    if (sha256Hex(raw) !== row.sha256) return null;
    const prepared = prepareArticle({ file: row.file, text: raw, format });
    const claims = await this.read<ArticleClaim>('articleText', 'article-claims', {
      id,
      limit: neo4j.int(MAX_READER_CLAIMS),
    });
    return { articleId: id, title: row.title, url: row.url, text: prepared.text, claims };
  }

  /**
   * Records and applies one curation, or returns the one already recorded under the same client id (a request sent
   * twice). `prepare` validates against the graph as it is and builds what the curation stores.
   */
  private async curate(
    where: string,
    request: CurationRequest,
    by: string,
    action: CurationAction,
    target: string,
    prepare: (tx: ManagedTransaction) => Promise<{ into?: string; payload: Row }>,
  ): Promise<CurationRecord> {
    const id = requiredText(where, 'id', request.id, 200);
    const note = cleanText(where, 'note', request.note, MAX_NOTE_CHARS);
    return this.write(where, async (tx) => {
      const existing = await findCuration(tx, id);
      if (existing !== undefined) {
        if (existing.action === action && existing.target === target) return existing;
        throw new BadInputError(
          `${where}: the id "${id}" was used already, for ${existing.action} on ${existing.target}`,
        );
      }
      if (request.checksAfter) {
        const latest = await latestOn(tx, target);
        if ((latest?.id ?? null) !== (request.after ?? null))
          throw new ConflictError(
            latest === undefined
              ? `${where}: ${target} has no curation in force any more; reload it`
              : `${where}: ${target} was changed meanwhile (${summaryOf(latest)}, by ${latest.by} at ${latest.at}); reload it`,
          );
      }
      const prepared = await prepare(tx);
      const created = await tx.run(cypher('curation-create'), {
        id,
        action,
        target,
        into: prepared.into ?? null,
        payload: JSON.stringify(prepared.payload),
        by,
        note,
      });
      const curation = curationFromRow(created.records[0]!.get('curation') as Row);
      // The summaries the questions read follow the claims, in this transaction.
      await keepingSummaries(tx, curationScope(curation), () => applyCuration(tx, curation));
      return curation;
    });
  }

  reject(request: CurationRequest, by: string, claim: string): Promise<CurationRecord> {
    const key = parseClaimKey(claim);
    return this.curate('rejectClaim', request, by, 'reject', claimKeyText(key), async (tx) => {
      const state = await requireClaim(tx, 'rejectClaim', key);
      if (state.rejected) throw new ConflictError(`rejectClaim: ${claim} is rejected already`);
      return { payload: {} };
    });
  }

  confirm(request: CurationRequest, by: string, claim: string): Promise<CurationRecord> {
    const key = parseClaimKey(claim);
    return this.curate('confirmClaim', request, by, 'confirm', claimKeyText(key), async (tx) => {
      const state = await requireClaim(tx, 'confirmClaim', key);
      if (state.rejected) throw new ConflictError(`confirmClaim: ${claim} is rejected; undo that first`);
      return { payload: {} };
    });
  }

  redate(request: CurationRequest, by: string, claim: string, date: string): Promise<CurationRecord> {
    const key = parseClaimKey(claim);
    return this.curate('redateClaim', request, by, 'redate', claimKeyText(key), async (tx) => {
      await requireClaim(tx, 'redateClaim', key);
      return { payload: { date } };
    });
  }

  revise(
    request: CurationRequest,
    by: string,
    claim: string,
    change: { type: string; from: string; to: string },
  ): Promise<CurationRecord> {
    const where = 'reviseStance';
    const key = parseClaimKey(claim);
    return this.curate(where, request, by, 'retype', claimKeyText(key), async (tx) => {
      if (key.kind !== 'stance') throw new BadInputError(`${where}: ${claim} is not a stance`);
      const type = stanceType(where, change.type);
      if (change.from === change.to) throw new BadInputError(`${where}: a stance needs two different actors`);
      if (type === key.type && change.from === key.from && change.to === key.to)
        throw new BadInputError(`${where}: the revised stance is the same as ${claim}`);
      const state = await requireClaim(tx, where, key);
      if (state.rejected) throw new ConflictError(`${where}: ${claim} is rejected; undo that first`);
      await requireActors(tx, where, [change.from, change.to]);
      const [row] = (await tx.run(cypher('curation-stance-evidence'), { ...key })).records.map((r) => r.toObject());
      return {
        payload: { type, from: change.from, to: change.to, evidence: row?.['evidence'] ?? '', date: state.date },
      };
    });
  }

  addStance(
    request: CurationRequest,
    by: string,
    stance: { type: string; from: string; to: string; article: string; evidence: string; date?: string | null },
  ): Promise<CurationRecord> {
    const where = 'addStance';
    const type = stanceType(where, stance.type);
    const key: ClaimKey = { kind: 'stance', type, from: stance.from, to: stance.to, article: stance.article };
    return this.curate(where, request, by, 'add-stance', claimKeyText(key), async (tx) => {
      if (stance.from === stance.to) throw new BadInputError(`${where}: a stance needs two different actors`);
      const evidence = requiredText(where, 'evidence', stance.evidence, MAX_EVIDENCE_CHARS);
      await requireActors(tx, where, [stance.from, stance.to]);
      await requireArticle(tx, where, stance.article);
      if ((await claimState(tx, key)) !== undefined)
        throw new ConflictError(`${where}: ${claimKeyText(key)} exists already; confirm it instead`);
      return { payload: { evidence, date: stance.date ?? null } };
    });
  }

  addMeeting(
    request: CurationRequest,
    by: string,
    meeting: {
      participants: string[];
      article: string;
      evidence: string;
      date?: string | null;
      place?: string | null;
    },
  ): Promise<CurationRecord> {
    const where = 'addMeeting';
    const key: ClaimKey = { kind: 'meeting', meeting: `meeting:curated:${sha256Hex(request.id).slice(0, 16)}` };
    return this.curate(where, request, by, 'add-meeting', claimKeyText(key), async (tx) => {
      const participants = [...new Set(meeting.participants)];
      if (participants.length < 2) throw new BadInputError(`${where}: a meeting needs two different participants`);
      if (participants.length > 50) throw new BadInputError(`${where}: at most 50 participants`);
      const evidence = requiredText(where, 'evidence', meeting.evidence, MAX_EVIDENCE_CHARS);
      const place = cleanText(where, 'place', meeting.place, 200);
      const names = await requireActors(tx, where, participants);
      await requireArticle(tx, where, meeting.article);
      return {
        payload: {
          participants,
          article: meeting.article,
          evidence,
          date: meeting.date ?? null,
          place,
          summary: `Meeting: ${participants.map((p) => names.get(p) ?? p).join(', ')}${place ? ` (${place})` : ''}`,
        },
      };
    });
  }

  editActor(request: CurationRequest, by: string, actor: string, edit: ActorEditInput): Promise<CurationRecord> {
    const where = 'editActor';
    return this.curate(where, request, by, 'edit-actor', actor, async (tx) => {
      const state = await readActor(tx, actor);
      if (state === undefined) throw new NotFoundError(`${where}: no actor with id "${actor}"`);
      const set: Row = {};
      const previous: Row = {};
      const name = cleanText(where, 'name', edit.name, 200);
      if (edit.name !== undefined && edit.name !== null && name === null)
        throw new BadInputError(`${where}: an actor's name cannot be empty`);
      if (name !== null && name !== state.actor.name) [set['name'], previous['name']] = [name, state.actor.name];
      if (edit.title !== undefined && edit.title !== null) {
        const title = cleanText(where, 'title', edit.title, 200) ?? '';
        if (title !== (state.actor.title ?? '')) [set['title'], previous['title']] = [title, state.actor.title ?? ''];
      }
      if (edit.country !== undefined && edit.country !== null) {
        const country = edit.country.trim().toUpperCase();
        if (country !== '' && !/^[A-Z]{2}$/.test(country))
          throw new BadInputError(`${where}: country must be an ISO 3166-1 alpha-2 code, got "${edit.country}"`);
        if (state.kind === 'Country') throw new BadInputError(`${where}: a country's code is its identity`);
        if (country !== (state.actor.country ?? ''))
          [set['country'], previous['country']] = [country, state.actor.country ?? ''];
      }
      if (edit.kind !== undefined && edit.kind !== null && edit.kind !== state.kind) {
        if (!(ACTOR_KINDS as readonly string[]).includes(edit.kind))
          throw new BadInputError(`${where}: unknown kind "${edit.kind}"`);
        if (edit.kind === 'Country' || state.kind === 'Country')
          throw new BadInputError(`${where}: countries are made by their ISO code, not by an edit`);
        [set['kind'], previous['kind']] = [edit.kind, state.kind];
      }
      const add = cleanText(where, 'addAlias', edit.addAlias, 200);
      const remove = cleanText(where, 'removeAlias', edit.removeAlias, 200);
      if (remove !== null && !state.actor.aliases.includes(remove))
        throw new BadInputError(`${where}: "${remove}" is not an alias of ${actor}`);
      if (add !== null || remove !== null) {
        const aliases = state.actor.aliases.filter((a) => a !== remove);
        if (add !== null && !aliases.includes(add)) aliases.push(add);
        [set['aliases'], previous['aliases']] = [aliases, state.actor.aliases];
      }
      if (Object.keys(set).length === 0) throw new BadInputError(`${where}: the edit changes nothing`);
      return { payload: { set, previous } };
    });
  }

  merge(request: CurationRequest, by: string, from: string, into: string): Promise<CurationRecord> {
    const where = 'mergeActors';
    if (from === into) throw new BadInputError(`${where}: an actor cannot be merged into itself`);
    return this.curate(where, request, by, 'merge', from, async (tx) => {
      const source = await readActor(tx, from);
      if (source === undefined) throw new NotFoundError(`${where}: no actor with id "${from}"`);
      const target = await readActor(tx, into);
      if (target === undefined) throw new NotFoundError(`${where}: no actor with id "${into}"`);
      if (source.kind !== target.kind)
        throw new BadInputError(`${where}: cannot merge ${source.kind} ${from} into ${target.kind} ${into}`);
      const known = new Set([target.actor.name, ...target.actor.aliases]);
      const taken = [source.actor.name, ...source.actor.aliases].filter((n) => !known.has(n));
      return {
        into,
        payload: { into, properties: source.properties, labels: source.labels, taken: [...new Set(taken)] },
      };
    });
  }

  /**
   * Splits a wrongly merged person or body back out: the claims listed move from `actor` to the actor of `name`
   * (the id the importer would give that name; made when missing), and `actor` loses `name` as an alias.
   */
  splitOut(
    request: CurationRequest,
    by: string,
    actor: string,
    name: string,
    claims: string[],
  ): Promise<CurationRecord> {
    const where = 'splitActor';
    return this.curate(where, request, by, 'split', actor, async (tx) => {
      const state = await readActor(tx, actor);
      if (state === undefined) throw new NotFoundError(`${where}: no actor with id "${actor}"`);
      if (state.kind === 'Country') throw new BadInputError(`${where}: a country is not split; reject its claims`);
      const cleanName = requiredText(where, 'name', name, 200);
      if (cleanName === state.actor.name) throw new BadInputError(`${where}: the new actor needs another name`);
      if (claims.length === 0) throw new BadInputError(`${where}: name the claims that belong to "${cleanName}"`);
      if (claims.length > 500) throw new BadInputError(`${where}: at most 500 claims at once`);
      const keys = [...new Set(claims)].map(parseClaimKey);
      const articles: string[] = [];
      for (const key of keys) {
        if (key.kind === 'stance') {
          if (key.from !== actor && key.to !== actor)
            throw new BadInputError(`${where}: ${claimKeyText(key)} is not a claim of ${actor}`);
          await requireClaim(tx, where, key);
        } else {
          const result = await tx.run(cypher('curation-meeting-of-actor'), { actor, meeting: key.meeting });
          const found = (result.records[0]?.get('articles') as string[] | undefined) ?? [];
          if (found.length === 0) throw new BadInputError(`${where}: ${actor} did not attend ${key.meeting}`);
          articles.push(...found);
        }
      }
      const id =
        state.kind === 'Official'
          ? officialId(cleanName, state.actor.country)
          : organizationId(cleanName, state.actor.country);
      if (id === actor) throw new BadInputError(`${where}: "${cleanName}" gives the same id as ${actor}`);
      return {
        payload: {
          actor: id,
          name: cleanName,
          kind: state.kind,
          country: state.actor.country,
          claims: keys.map(claimKeyText),
          articles: [...new Set(articles)],
          hadAlias: state.actor.aliases.includes(cleanName),
        },
      };
    });
  }

  /** Undoes a curation in force; only the newest on its target, so that nothing built on it is undone from under. */
  async undo(requestId: string, by: string, curationId: string): Promise<CurationRecord> {
    const where = 'undoCuration';
    requiredText(where, 'id', requestId, 200);
    return this.write(where, async (tx) => {
      const c = await findCuration(tx, curationId);
      if (c === undefined) throw new NotFoundError(`${where}: no curation with id "${curationId}"`);
      if (c.undoneAt !== null) return c;
      const latest = await latestOn(tx, c.target);
      if (latest !== undefined && latest.id !== c.id)
        throw new ConflictError(`${where}: undo the newer curation on ${c.target} first (${summaryOf(latest)})`);
      if (c.action === 'merge') {
        const later = await latestOn(tx, String(c.payload['into']));
        if (later !== undefined && later.at > c.at)
          throw new ConflictError(`${where}: undo the newer curation on ${String(c.payload['into'])} first`);
      }
      await keepingSummaries(tx, curationScope(c), () => undoCuration(tx, c));
      const marked = await tx.run(cypher('curation-mark-undone'), { id: c.id, by });
      return curationFromRow(marked.records[0]!.get('curation') as Row);
    });
  }
}

async function findCuration(tx: ManagedTransaction, id: string): Promise<CurationRecord | undefined> {
  const result = await tx.run(cypher('curation-find'), { id });
  const row = result.records[0]?.get('curation') as Row | undefined;
  return row === undefined ? undefined : curationFromRow(row);
}

async function latestOn(tx: ManagedTransaction, target: string): Promise<CurationRecord | undefined> {
  const result = await tx.run(cypher('curation-latest'), { target });
  const row = result.records[0]?.get('curation') as Row | undefined;
  return row === undefined ? undefined : curationFromRow(row);
}

async function claimState(tx: ManagedTransaction, key: ClaimKey): Promise<ClaimState | undefined> {
  const result = await tx.run(cypher('curation-claim'), {
    stance: key.kind === 'stance' ? { type: key.type, from: key.from, to: key.to, article: key.article } : null,
    meeting: key.kind === 'meeting' ? key.meeting : null,
  });
  return result.records[0]?.get('claim') as ClaimState | undefined;
}

async function requireClaim(tx: ManagedTransaction, where: string, key: ClaimKey): Promise<ClaimState> {
  const state = await claimState(tx, key);
  if (state === undefined) throw new NotFoundError(`${where}: no claim ${claimKeyText(key)}`);
  return state;
}

/** NOT_FOUND naming the ids that are not actors; the names of those that are. */
async function requireActors(tx: ManagedTransaction, where: string, ids: string[]): Promise<Map<string, string>> {
  const result = await tx.run(cypher('curation-actor-names'), { ids });
  const names = new Map(result.records.map((r) => [r.get('id') as string, r.get('name') as string]));
  const missing = ids.filter((id) => !names.has(id));
  if (missing.length > 0)
    throw new NotFoundError(`${where}: no actor with id ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
  return names;
}

async function requireArticle(tx: ManagedTransaction, where: string, id: string): Promise<void> {
  const result = await tx.run(cypher('curation-article-file'), { id });
  if (result.records.length === 0) throw new NotFoundError(`${where}: no article with id "${id}"`);
}

async function readActor(tx: ManagedTransaction, id: string): Promise<ActorState | undefined> {
  const result = await tx.run(cypher('curation-actor-read'), { id });
  const record = result.records[0];
  if (record === undefined) return undefined;
  const converter = new ResultConverter();
  return converter.toJson(record.toObject()) as unknown as ActorState;
}
