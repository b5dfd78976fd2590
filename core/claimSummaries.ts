// Keeps the derived summaries (MET_WITH, BACKS_SUMMARY, OPPOSES_SUMMARY) equal to the claims they summarise: the pairs
// a change can touch are collected before and after it, in its transaction, and recomputed from the claims; and each
// actor's strongest ties, the bounded list of counterparts the hub questions read instead of its every summary.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { parseClaimKey, type CurationRecord } from './curation';
import { cypher } from './cypherFiles';

/**
 * Newest meetings (ids) or stance articles a summary lists: at least what one edge shows as evidence (25) and what
 * whoMet lists per counterpart (50), so no question has to expand a pair's claims to find its newest.
 */
export const SUMMARY_RECENT = 50;

/**
 * Counterparts an actor's ties list (the strongest, by the pair's meetings and stances either way): the default
 * neighbourhood limit, so a slice around one actor is exact up to it. An actor with fewer has all of them listed.
 */
export const TIES_PER_ACTOR = 200;

/** Pairs are summarised as a whole; a full rebuild refreshes this many per transaction. */
const REBUILD_CHUNK = 500;

/** What a change may touch: claims of these articles, these meetings, these pairs, the pairs of actors it moves. */
export interface SummaryScope {
  articles?: string[];
  meetings?: string[];
  pairs?: [string, string][];
  /** An actor a merge or split moves claims off or onto, and the actor on the other side of the move. */
  moves?: { actor: string; partner: string | null }[];
}

type Pair = [string, string];

/**
 * The pairs the scope reaches in the graph as it is now. The statement is sent when this is called, before anything
 * the caller queues after it, so a "before" call sees the graph before the change even when not awaited at once.
 */
export function touchedPairs(tx: ManagedTransaction, scope: SummaryScope): Promise<Pair[]> {
  const result = tx.run(cypher('summary-pairs'), {
    articles: scope.articles ?? [],
    meetings: scope.meetings ?? [],
    pairs: scope.pairs ?? [],
    moves: scope.moves ?? [],
  });
  return Promise.resolve(result).then((r) => r.records.map((record) => record.get('pair') as Pair));
}

/**
 * Recomputes the summaries of these pairs from their claims (idempotent: the order and repeats do not matter), and
 * the ties of their actors from their summaries, unless `ties` is false (a full rebuild counts every actor's once, at
 * the end: a hub is in thousands of its chunks).
 */
export async function refreshSummaries(
  tx: ManagedTransaction,
  pairs: Pair[],
  options: { ties?: boolean } = {},
): Promise<void> {
  const unique = [...new Map(pairs.map(([a, b]) => [a <= b ? `${a}\u0000${b}` : `${b}\u0000${a}`, [a, b]])).values()];
  if (unique.length === 0) return;
  await tx.run(cypher('summary-refresh'), { pairs: unique, recent: SUMMARY_RECENT });
  if (options.ties === false) return;
  await tx.run(cypher('ties-refresh'), { actors: [...new Set(unique.flat())], ties: neo4j.int(TIES_PER_ACTOR) });
}

/**
 * Adds a batch's claims to the summaries, at the cost of the batch alone: only for a batch whose articles, meetings
 * and stances are all new (none replaced, no curation replayed), where it gives what refreshSummaries would.
 */
export async function addToSummaries(
  tx: ManagedTransaction,
  added: { articles: string[]; meetings: string[] },
): Promise<void> {
  if (added.articles.length === 0) return;
  const result = await tx.run(cypher('summary-add'), { ...added, recent: SUMMARY_RECENT });
  const pairs = (result.records[0]?.get('pairs') ?? []) as Pair[];
  if (pairs.length > 0) await tx.run(cypher('ties-add'), { pairs, ties: neo4j.int(TIES_PER_ACTOR) });
}

/** Runs a change in `tx` and refreshes the summaries of every pair the scope reaches before or after it. */
export async function keepingSummaries<T>(
  tx: ManagedTransaction,
  scope: SummaryScope,
  change: () => Promise<T>,
): Promise<T> {
  const before = await touchedPairs(tx, scope);
  const result = await change();
  const after = await touchedPairs(tx, scope);
  await refreshSummaries(tx, [...before, ...after]);
  return result;
}

/** What one curation (or its undo) can touch. */
export function curationScope(c: CurationRecord): SummaryScope {
  const p = c.payload;
  switch (c.action) {
    case 'edit-actor':
      return {};
    case 'merge':
      return { moves: [{ actor: c.target, partner: typeof p['into'] === 'string' ? p['into'] : null }] };
    case 'split':
      return { moves: [{ actor: String(p['actor']), partner: c.target }] };
    default: {
      const key = parseClaimKey(c.target);
      if (key.kind === 'meeting') return { meetings: [key.meeting] };
      const pairs: Pair[] = [[key.from, key.to]];
      if (c.action === 'retype' && typeof p['from'] === 'string' && typeof p['to'] === 'string')
        pairs.push([p['from'], p['to']]);
      return { pairs };
    }
  }
}

/** Several scopes as one. */
export function joinScopes(scopes: SummaryScope[]): SummaryScope {
  return {
    articles: scopes.flatMap((s) => s.articles ?? []),
    meetings: scopes.flatMap((s) => s.meetings ?? []),
    pairs: scopes.flatMap((s) => s.pairs ?? []),
    moves: scopes.flatMap((s) => s.moves ?? []),
  };
}

/** Deletes every summary, in transactions of 10,000 (a rebuild's first step). */
export async function deleteAllSummaries(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL { } IN TRANSACTIONS runs only in an auto-commit transaction.
    await session.run(cypher('summary-delete-all'));
  } finally {
    await session.close();
  }
}

/**
 * Deletes every summary and writes them again from the claims: the migration for a database written before the
 * summaries existed, or a repair. Returns the number of pairs summarised.
 */
export async function rebuildSummaries(driver: Driver, database: string): Promise<number> {
  await deleteAllSummaries(driver, database);
  const session = driver.session({ database });
  try {
    const pairs = (await session.executeRead((tx) => tx.run(cypher('summary-all-pairs')))).records.map(
      (r) => r.get('pair') as Pair,
    );
    for (let i = 0; i < pairs.length; i += REBUILD_CHUNK) {
      const chunk = pairs.slice(i, i + REBUILD_CHUNK);
      await session.executeWrite((tx) => refreshSummaries(tx, chunk, { ties: false }));
    }
    await session.run(cypher('ties-all'), { ties: neo4j.int(TIES_PER_ACTOR) });
    return pairs.length;
  } finally {
    await session.close();
  }
}

/**
 * Rebuilds the summaries when the graph has claims and none (a database from before them), or gives them their pair
 * keys and the actors their ties when they were written before those existed; true when it did either.
 */
export async function ensureSummaries(driver: Driver, database: string): Promise<boolean> {
  const result = await driver.executeQuery(cypher('summary-missing'), {}, { database });
  const row = result.records[0];
  if (row?.get('missing') === true) {
    await rebuildSummaries(driver, database);
    return true;
  }
  if (row?.get('keyless') !== true) return false;
  const session = driver.session({ database });
  try {
    // Both run in transactions of their own (CALL { } IN TRANSACTIONS), so only in auto-commit transactions.
    await session.run(cypher('summary-pair-keys'));
    await session.run(cypher('ties-all'), { ties: neo4j.int(TIES_PER_ACTOR) });
  } finally {
    await session.close();
  }
  return true;
}
