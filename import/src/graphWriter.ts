// Writes extraction documents to Neo4j: a batch of articles per write transaction, UNWIND statements from cypher/import-*.cypher.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { replayCurations } from '../../core/applyCurations';
import { addToSummaries, refreshSummaries, touchedPairs } from '../../core/claimSummaries';
import { cypher, statements } from '../../core/cypherFiles';
import { BadInputError, fromNeo4jError } from '../../core/errors';
import {
  ACTOR_KINDS,
  STANCE_TYPES,
  isActorKind,
  isIsoDate,
  type ActorRecord,
  type ArticleRecord,
  type ExtractionDocument,
  type StanceType,
} from '../../core/model';

export interface GraphTarget {
  driver: Driver;
  database: string;
}

export interface WriteCounts {
  added: number;
  unchanged: number;
}

export interface ClaimCounts {
  actors: WriteCounts;
  meetings: WriteCounts;
  stances: WriteCounts;
  /** Nodes and relationships this write created (for throughput numbers). */
  nodesCreated: number;
  relationshipsCreated: number;
}

/** One article's write: its outcome (below) and its claims' counts. */
export type ArticleWriteResult = ClaimCounts & ArticleOutcome;

interface Created {
  nodesCreated: number;
  relationshipsCreated: number;
}

/**
 * Sends every statement of cypher/<name>.cypher, in order, with the same parameters, and resolves to the summed
 * counters. The statements are queued at once, not awaited one by one: the driver pipelines them in the transaction
 * and the server still runs them in order, so an article costs a couple of round trips instead of one per statement.
 */
function send(tx: ManagedTransaction, name: string, params: Record<string, unknown>): Promise<Created> {
  const results = statements(cypher(name)).map((statement) => tx.run(statement, params));
  return Promise.all(results).then((done) =>
    done.reduce(
      (sum, result) => {
        const updates = result.summary.counters.updates();
        return {
          nodesCreated: sum.nodesCreated + updates.nodesCreated,
          relationshipsCreated: sum.relationshipsCreated + updates.relationshipsCreated,
        };
      },
      { nodesCreated: 0, relationshipsCreated: 0 },
    ),
  );
}

function sendList(tx: ManagedTransaction, name: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return Promise.resolve(tx.run(cypher(name), { ids })).then(
    (result) => (result.records[0]?.get('missing') as string[] | undefined) ?? [],
  );
}

/** A real calendar date as YYYY-MM-DD, or null; Neo4j's date() would fail the whole transaction on "2019-02-30". */
export function validDate(value: string | null | undefined): string | null {
  return isIsoDate(value) ? value : null;
}

function confidence(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function checkStanceType(type: unknown, where: string): StanceType {
  if (typeof type === 'string' && (STANCE_TYPES as readonly string[]).includes(type)) return type as StanceType;
  throw new BadInputError(
    `${where}: stance type must be one of ${STANCE_TYPES.join(', ')}, got ${JSON.stringify(type)}`,
  );
}

/** One row per actor id; a document that lists an actor twice is merged here, not by two MERGEs racing in one UNWIND. */
function actorRows(actors: ActorRecord[], where: string): Record<string, unknown>[] {
  const byId = new Map<string, Record<string, unknown> & { aliases: string[] }>();
  actors.forEach((actor, i) => {
    // Labels cannot be parameters in a plain MERGE; only a checked kind may reach the dynamic label.
    if (!isActorKind(actor.kind)) {
      throw new BadInputError(
        `${where}: actors[${i}] (${actor.id}): kind must be one of ${ACTOR_KINDS.join(', ')}, got ${JSON.stringify(actor.kind)}`,
      );
    }
    const existing = byId.get(actor.id);
    const aliases = [...new Set([...(existing?.aliases ?? []), ...(actor.aliases ?? [])])].filter(
      (a) => a !== actor.name,
    );
    byId.set(actor.id, {
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      aliases,
      country: actor.country ?? existing?.country ?? null,
      title: actor.title ?? existing?.title ?? null,
      organization: actor.organization ?? existing?.organization ?? null,
    });
  });
  return [...byId.values()];
}

/** The claims of a document as statement parameters, checked; shared by articles and curated corrections. */
function claimRows(
  doc: ExtractionDocument,
  where: string,
  articleDates: Map<string, string | null>,
  warnings: string[],
) {
  const actors = actorRows(doc.actors, where);
  const meetings = doc.meetings.map((m, i) => {
    const date = validDate(m.date);
    if (m.date != null && date === null)
      warnings.push(
        `meetings[${i}] (${m.id}): date ${JSON.stringify(m.date)} is not a YYYY-MM-DD date; stored without a date`,
      );
    return {
      id: m.id,
      article: m.article,
      participants: [...new Set(m.participants)],
      date,
      place: m.place ?? null,
      summary: m.summary ?? null,
      planned: m.planned === true,
      evidence: m.evidence,
      confidence: confidence(m.confidence),
      frame: m.frame ?? null,
    };
  });
  // One relationship per (type, from, to, article): a later duplicate in the same document replaces the earlier.
  const stances = new Map<string, Record<string, unknown>>();
  doc.stances.forEach((s, i) => {
    const type = checkStanceType(s.type, `${where}: stances[${i}]`);
    const date = validDate(s.date);
    if (s.date != null && date === null)
      warnings.push(
        `stances[${i}] (${s.from} ${type} ${s.to}): date ${JSON.stringify(s.date)} is not a YYYY-MM-DD date; using the article's date`,
      );
    stances.set(JSON.stringify([type, s.from, s.to, s.article]), {
      type,
      from: s.from,
      to: s.to,
      article: s.article,
      date: date ?? articleDates.get(s.article) ?? null,
      evidence: s.evidence,
      confidence: confidence(s.confidence),
      frame: s.frame ?? null,
    });
  });
  // MENTIONED_IN: the article's own list plus everyone who meets or takes a stance in it.
  const mentions = new Map<string, { article: string; actor: string }>();
  const mention = (article: string, actor: string): void => {
    mentions.set(`${article}\u0000${actor}`, { article, actor });
  };
  for (const a of doc.articles) for (const actor of a.actors ?? []) mention(a.id, actor);
  for (const m of meetings) for (const p of m.participants) mention(m.article, p);
  for (const s of stances.values()) {
    mention(s.article as string, s.from as string);
    mention(s.article as string, s.to as string);
  }
  const affiliations = actors.filter((a) => a.kind === 'Official' || (a.kind === 'Organization' && a.country !== null));
  return { actors, meetings, stances: [...stances.values()], mentions: [...mentions.values()], affiliations };
}

/** Every actor id a claim points at, that the document itself does not define. */
function undefinedActorIds(doc: ExtractionDocument, rows: ReturnType<typeof claimRows>): string[] {
  const defined = new Set(doc.actors.map((a) => a.id));
  const referenced = new Set<string>();
  for (const m of rows.meetings) for (const p of m.participants) referenced.add(p);
  for (const s of rows.stances) {
    referenced.add(s.from as string);
    referenced.add(s.to as string);
  }
  for (const m of rows.mentions) referenced.add(m.actor);
  for (const a of rows.actors) if (typeof a.organization === 'string') referenced.add(a.organization);
  return [...referenced].filter((id) => !defined.has(id)).sort();
}

export type ClaimRows = ReturnType<typeof claimRows> & { undefinedActors: string[]; where: string };

/** Checks a document's claims and turns them into statement parameters; throws BadInputError before anything is sent. */
export function prepareClaims(
  doc: ExtractionDocument,
  where: string,
  articleDates: Map<string, string | null>,
  warnings: string[],
): ClaimRows {
  const rows = claimRows(doc, where, articleDates, warnings);
  return { ...rows, undefinedActors: undefinedActorIds(doc, rows), where };
}

/**
 * Writes prepared claims (actors, affiliations, meetings, stances, mentions) inside the caller's transaction; their
 * articles must be written first. Rejects with BadInputError, so the transaction rolls back, when a claim points at
 * an actor that is neither in the document nor in the graph.
 */
export function sendClaims(tx: ManagedTransaction, rows: ClaimRows): Promise<ClaimCounts> {
  const none = Promise.resolve<Created>({ nodesCreated: 0, relationshipsCreated: 0 });
  // Each statement creates only one kind of node or stance relationship, so its counters are that kind's "added".
  const actors = rows.actors.length > 0 ? send(tx, 'import-actors', { rows: rows.actors }) : none;
  const affiliations =
    rows.affiliations.length > 0 ? send(tx, 'import-affiliations', { rows: rows.affiliations }) : none;
  const meetings = rows.meetings.length > 0 ? send(tx, 'import-meetings', { rows: rows.meetings }) : none;
  const stances = rows.stances.length > 0 ? send(tx, 'import-stances', { rows: rows.stances }) : none;
  const mentions = rows.mentions.length > 0 ? send(tx, 'import-mentions', { rows: rows.mentions }) : none;
  const missing = sendList(tx, 'import-missing-actors', rows.undefinedActors);
  return Promise.all([actors, affiliations, meetings, stances, mentions, missing]).then(([a, f, m, s, n, absent]) => {
    if (absent.length > 0) {
      throw new BadInputError(
        `${rows.where}: claims refer to actors that are neither defined in it nor in the graph: ${absent.join(', ')}`,
      );
    }
    const meetingCount = new Set(rows.meetings.map((row) => row.id)).size;
    return {
      actors: { added: a.nodesCreated, unchanged: rows.actors.length - a.nodesCreated },
      meetings: { added: m.nodesCreated, unchanged: meetingCount - m.nodesCreated },
      stances: { added: s.relationshipsCreated, unchanged: rows.stances.length - s.relationshipsCreated },
      nodesCreated: a.nodesCreated + f.nodesCreated + m.nodesCreated + s.nodesCreated + n.nodesCreated,
      relationshipsCreated:
        a.relationshipsCreated +
        f.relationshipsCreated +
        m.relationshipsCreated +
        s.relationshipsCreated +
        n.relationshipsCreated,
    };
  });
}

/**
 * The names one file may have been imported under: the server's seed passes absolute paths, the CLI what the user
 * typed. Matching all of them lets an edited file replace its earlier version whichever way it was imported.
 */
export function spellings(file: string): string[] {
  const absolute = path.resolve(file);
  return [...new Set([file, path.normalize(file), absolute, path.relative(process.cwd(), absolute)])];
}

function singleArticle(doc: ExtractionDocument): ArticleRecord {
  const [article, ...rest] = doc.articles;
  if (article === undefined || rest.length > 0) {
    throw new BadInputError(`writeArticle: expected a document with exactly one article, got ${doc.articles.length}`);
  }
  const foreign = [...doc.meetings.map((m) => m.article), ...doc.stances.map((s) => s.article)].find(
    (id) => id !== article.id,
  );
  if (foreign !== undefined) {
    throw new BadInputError(
      `${article.file}: a claim refers to article ${foreign}, not to this article (${article.id})`,
    );
  }
  return article;
}

export interface WriteArticleOptions {
  /** Fingerprint of the extractor that produced the documents: the same content read by another extractor is re-written. */
  extractor?: string;
}

/** What a batch write did to one of its articles. */
export interface ArticleOutcome {
  article: string;
  file: string;
  /** added: new file; updated: the file was imported before with other content; unchanged: this content is already in the graph. */
  status: 'added' | 'updated' | 'unchanged';
  /** Ids of the earlier versions whose claims were replaced. */
  replaced: string[];
  /** Values that could not be stored as given (a date that is not a date). */
  warnings: string[];
}

/** A batch: each article's outcome, and the claims of all of them counted as if written one by one. */
export interface BatchWriteResult extends ClaimCounts {
  articles: ArticleOutcome[];
}

/** One document checked and turned into rows, before any transaction: a bad document fails here, naming its file. */
interface CheckedArticle {
  doc: ExtractionDocument;
  article: ArticleRecord;
  row: Record<string, unknown>;
  claims: ClaimRows;
  warnings: string[];
}

function checkArticle(doc: ExtractionDocument, options: WriteArticleOptions): CheckedArticle {
  const article = singleArticle(doc);
  // The extractor hashes the text; a hand-built document without a hash gets one of its own content.
  const sha256 = article.sha256 ?? createHash('sha256').update(JSON.stringify(doc)).digest('hex');
  const warnings: string[] = [];
  const date = validDate(article.date);
  if (article.date != null && date === null)
    warnings.push(`article date ${JSON.stringify(article.date)} is not a YYYY-MM-DD date; stored without a date`);
  const claims = prepareClaims(doc, article.file, new Map([[article.id, date]]), warnings);
  const row = {
    id: article.id,
    file: article.file,
    title: article.title ?? null,
    date,
    publisher: article.publisher ?? null,
    sha256,
    extractor: options.extractor ?? null,
  };
  return { doc, article, row, claims, warnings };
}

/** How messages name a batch: its file when it is one article, else its size and first file. */
function batchName(checked: CheckedArticle[]): string {
  const first = checked[0]!.article.file;
  return checked.length === 1 ? first : `${checked.length} articles from ${first}`;
}

/** The rows of several checked articles as one set of statement parameters (actors merged by id). */
function joinClaims(checked: CheckedArticle[]): ClaimRows {
  const doc: ExtractionDocument = {
    articles: checked.map((c) => c.article),
    actors: checked.flatMap((c) => c.doc.actors),
    meetings: checked.flatMap((c) => c.doc.meetings),
    stances: checked.flatMap((c) => c.doc.stances),
  };
  const dates = new Map(checked.map((c) => [c.article.id, c.row.date as string | null]));
  const where = batchName(checked);
  // Each article's warnings were collected when it was checked.
  return prepareClaims(doc, where, dates, []);
}

interface Existing {
  id: string;
  sha256: string | null;
  extractor: string | null;
}

/**
 * Writes many one-article documents in ONE write transaction: a few statements per batch instead of per article
 * (one UNWIND per kind of row), so an interrupted import never leaves half an article, nor half a batch. Per article,
 * as if written one by one: the same content already imported is left alone ("unchanged"); the same file with other
 * content, or read by another extractor, has its earlier version's meetings, stances and mentions deleted and the new
 * ones written ("updated"). Throws BadInputError, before anything is sent, when a document is malformed, and rolls
 * back when a claim points at an actor no document and not the graph defines; the caller may then write the batch's
 * documents one by one to find the bad one.
 */
export async function writeArticles(
  db: GraphTarget,
  docs: ExtractionDocument[],
  options: WriteArticleOptions = {},
): Promise<BatchWriteResult> {
  const checked = docs.map((doc) => checkArticle(doc, options));
  const empty: BatchWriteResult = {
    articles: [],
    actors: { added: 0, unchanged: 0 },
    meetings: { added: 0, unchanged: 0 },
    stances: { added: 0, unchanged: 0 },
    nodesCreated: 0,
    relationshipsCreated: 0,
  };
  if (checked.length === 0) return empty;
  const where = batchName(checked);
  const session = db.driver.session({ database: db.database });
  try {
    return await session.executeWrite(
      async (tx) => {
        // Everything below is recomputed on a retry, so the driver may re-run this function safely.
        const found = await tx.run(cypher('import-find-articles'), {
          articles: checked.map((c) => ({ id: c.article.id, files: spellings(c.article.file) })),
        });
        const existingFor = new Map<string, Existing[]>();
        for (const r of found.records) {
          const list = existingFor.get(r.get('for') as string) ?? [];
          list.push({
            id: r.get('id') as string,
            sha256: r.get('sha256') as string | null,
            extractor: r.get('extractor') as string | null,
          });
          existingFor.set(r.get('for') as string, list);
        }

        const result: BatchWriteResult = structuredClone(empty);
        const outcomes = new Map<CheckedArticle, ArticleOutcome>();
        const toWrite: CheckedArticle[] = [];
        const inBatch = new Set<string>();
        for (const c of checked) {
          const existing = existingFor.get(c.article.id) ?? [];
          const same = existing.find((e) => e.id === c.article.id);
          const sameExtractor = options.extractor === undefined || same?.extractor === options.extractor;
          const base = { article: c.article.id, file: c.article.file, warnings: c.warnings };
          // A stub made by a corrections file has no hash yet: the real article still has to be written.
          if (inBatch.has(c.article.id) || (same !== undefined && same.sha256 !== null && sameExtractor)) {
            outcomes.set(c, { ...base, status: 'unchanged', replaced: [] });
            result.actors.unchanged += c.claims.actors.length;
            result.meetings.unchanged += new Set(c.claims.meetings.map((m) => m.id)).size;
            result.stances.unchanged += c.claims.stances.length;
            continue;
          }
          inBatch.add(c.article.id);
          // Earlier versions of the file, and this very article when an older extractor read it.
          const replaced = existing
            .filter((e) => e.id !== c.article.id || (e.sha256 !== null && !sameExtractor))
            .map((e) => e.id);
          outcomes.set(c, { ...base, status: replaced.length > 0 ? 'updated' : 'added', replaced });
          toWrite.push(c);
        }
        if (toWrite.length > 0) {
          // Queued at once and run by the server in this order: old versions go before the new ones are written.
          const replacedIds = [...new Set(toWrite.flatMap((c) => outcomes.get(c)!.replaced))];
          // The summaries of every actor pair these articles' claims touch are recomputed at the end, in this
          // transaction: the pairs the old versions had (asked first, before they are deleted) and the new ones.
          const scope = {
            articles: [...toWrite.map((c) => c.article.id), ...replacedIds],
            meetings: [...new Set(toWrite.flatMap((c) => c.doc.meetings.map((m) => m.id)))],
          };
          // Only a deletion can take a pair away: without one, every pair the scope reaches now it still reaches
          // after the write (claims are only added, or moved by a replayed curation onto pairs asked after).
          const before = replacedIds.length > 0 ? touchedPairs(tx, scope) : Promise.resolve([]);
          const deleted = Promise.all(
            replacedIds.map((oldId) => send(tx, 'import-delete-article', { article: oldId })),
          );
          const written = Promise.resolve(tx.run(cypher('import-articles'), { articles: toWrite.map((c) => c.row) }));
          const counts = sendClaims(tx, joinClaims(toWrite));
          const [pairsBefore, , articles, claims] = await Promise.all([before, deleted, written, counts]);
          const created = new Set(
            articles.records.filter((r) => r.get('created') === true).map((r) => r.get('id') as string),
          );
          for (const c of toWrite) {
            const outcome = outcomes.get(c)!;
            // Another importer may have written the same article between our read and our MERGE: then this run
            // created nothing, and says so ("unchanged"), so that two runs do not both count it.
            if (outcome.status === 'added' && !created.has(c.article.id)) outcome.status = 'unchanged';
          }
          // Counted as one-by-one writes would: each article's rows, less what the batch created.
          const rows = (f: (c: CheckedArticle) => number): number => toWrite.reduce((n, c) => n + f(c), 0);
          result.actors.added += claims.actors.added;
          result.actors.unchanged += rows((c) => c.claims.actors.length) - claims.actors.added;
          result.meetings.added += claims.meetings.added;
          result.meetings.unchanged +=
            rows((c) => new Set(c.claims.meetings.map((m) => m.id)).size) - claims.meetings.added;
          result.stances.added += claims.stances.added;
          result.stances.unchanged += rows((c) => c.claims.stances.length) - claims.stances.added;
          result.nodesCreated = claims.nodesCreated + articles.summary.counters.updates().nodesCreated;
          result.relationshipsCreated = claims.relationshipsCreated;
          // Analysts' curations outlive re-imports: a rejected claim the extractor found again is set aside again,
          // a merged actor it wrote again is merged again, in this transaction.
          const replayed = await replayCurations(tx, {
            articles: scope.articles,
            actors: [...new Set(toWrite.flatMap((c) => c.doc.actors.map((a) => a.id)))],
            meetings: scope.meetings,
          });
          // A batch that only added (the usual import of new files) adds to the summaries at its own cost; any
          // other recomputes the pairs it touched, whose cost is their history (a pair of hubs: thousands).
          const onlyAdded =
            replacedIds.length === 0 &&
            replayed === 0 &&
            toWrite.every((c) => created.has(c.article.id)) &&
            claims.meetings.added === scope.meetings.length &&
            claims.stances.added === rows((c) => c.claims.stances.length);
          if (onlyAdded) await addToSummaries(tx, { articles: scope.articles, meetings: scope.meetings });
          else await refreshSummaries(tx, [...pairsBefore, ...(await touchedPairs(tx, scope))]);
        }
        result.articles = checked.map((c) => outcomes.get(c)!);
        return result;
      },
      { metadata: { app: 'entente-import', file: where, articles: checked.length } },
    );
  } catch (error) {
    throw fromNeo4jError(error, `writing ${where} to Neo4j`);
  } finally {
    await session.close();
  }
}

/** Writes one article's document in one write transaction: `writeArticles` with a batch of one. */
export async function writeArticle(
  db: GraphTarget,
  doc: ExtractionDocument,
  options: WriteArticleOptions = {},
): Promise<ArticleWriteResult> {
  const { articles, ...counts } = await writeArticles(db, [doc], options);
  return { ...articles[0]!, ...counts };
}
