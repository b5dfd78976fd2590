// Carries curations out on the graph: applies one, undoes one, and replays all in force after an import rewrote claims.
import type { ManagedTransaction } from 'neo4j-driver';
import { parseClaimKey, curationFromRow, type ClaimKey, type CurationRecord } from './curation';
import { cypher } from './cypherFiles';

type Params = Record<string, unknown>;

async function run(tx: ManagedTransaction, name: string, params: Params): Promise<void> {
  await tx.run(cypher(name), params);
}

function stanceParams(key: Extract<ClaimKey, { kind: 'stance' }>): Params {
  return { type: key.type, from: key.from, to: key.to, article: key.article };
}

function text(payload: Params, field: string): string | null {
  const value = payload[field];
  return typeof value === 'string' ? value : null;
}

/**
 * Applies one curation. Every effect is idempotent and finds nothing to do when its claim or actor is not there
 * (merged away, or not imported again), so replaying all curations in order after an import is always safe.
 */
export async function applyCuration(tx: ManagedTransaction, c: CurationRecord): Promise<void> {
  const curation = c.id;
  const p = c.payload;
  switch (c.action) {
    case 'reject':
    case 'confirm':
    case 'redate': {
      const key = parseClaimKey(c.target);
      const suffix = c.action === 'reject' ? 'reject' : c.action === 'confirm' ? 'confirm' : 'redate';
      if (key.kind === 'stance')
        return run(tx, `curation-stance-${suffix}`, { ...stanceParams(key), curation, date: text(p, 'date') });
      return run(tx, `curation-meeting-${suffix}`, { meeting: key.meeting, curation, date: text(p, 'date') });
    }
    case 'retype': {
      const key = parseClaimKey(c.target);
      if (key.kind !== 'stance') return;
      await run(tx, 'curation-stance-reject', { ...stanceParams(key), curation });
      return run(tx, 'curation-stance-add', {
        type: p['type'],
        from: p['from'],
        to: p['to'],
        article: key.article,
        evidence: p['evidence'],
        date: text(p, 'date'),
        curation,
      });
    }
    case 'add-stance': {
      const key = parseClaimKey(c.target);
      if (key.kind !== 'stance') return;
      return run(tx, 'curation-stance-add', {
        ...stanceParams(key),
        evidence: p['evidence'],
        date: text(p, 'date'),
        curation,
      });
    }
    case 'add-meeting': {
      const key = parseClaimKey(c.target);
      if (key.kind !== 'meeting') return;
      return run(tx, 'curation-meeting-add', {
        meeting: key.meeting,
        article: p['article'],
        participants: p['participants'],
        evidence: p['evidence'],
        date: text(p, 'date'),
        place: text(p, 'place'),
        summary: text(p, 'summary'),
        curation,
      });
    }
    case 'edit-actor': {
      const set = (p['set'] ?? {}) as Params;
      return run(tx, 'curation-actor-edit', editParams(c.target, set));
    }
    case 'merge':
      return run(tx, 'curation-actor-merge', { from: c.target, into: p['into'], curation });
    case 'split':
      return run(tx, 'curation-actor-split-out', splitParams(c));
  }
}

/** A split's parameters: its claims sorted into stances and meetings, and the articles they come from. */
function splitParams(c: CurationRecord): Params {
  const keys = ((c.payload['claims'] ?? []) as string[]).map(parseClaimKey);
  const stances = keys.flatMap((k) => (k.kind === 'stance' ? [stanceParams(k)] : []));
  return {
    from: c.target,
    to: c.payload['actor'],
    name: c.payload['name'],
    kind: c.payload['kind'],
    country: c.payload['country'] ?? null,
    stances,
    meetings: keys.flatMap((k) => (k.kind === 'meeting' ? [k.meeting] : [])),
    articles: [...new Set([...stances.map((s) => s['article']), ...((c.payload['articles'] ?? []) as string[])])],
    hadAlias: c.payload['hadAlias'] === true,
    curation: c.id,
  };
}

function editParams(id: string, set: Params): Params {
  return {
    id,
    name: set['name'] ?? null,
    title: set['title'] ?? null,
    country: set['country'] ?? null,
    kind: set['kind'] ?? null,
    aliases: set['aliases'] ?? null,
  };
}

/** Takes one curation's effect back (the caller marks it undone). */
export async function undoCuration(tx: ManagedTransaction, c: CurationRecord): Promise<void> {
  const curation = c.id;
  const p = c.payload;
  switch (c.action) {
    case 'reject': {
      const key = parseClaimKey(c.target);
      return run(tx, key.kind === 'stance' ? 'curation-stance-unreject' : 'curation-meeting-unreject', { curation });
    }
    case 'confirm': {
      const key = parseClaimKey(c.target);
      return run(tx, key.kind === 'stance' ? 'curation-stance-unconfirm' : 'curation-meeting-unconfirm', {
        curation,
      });
    }
    case 'redate': {
      const key = parseClaimKey(c.target);
      if (key.kind === 'stance') return run(tx, 'curation-stance-redate', { ...stanceParams(key), date: null });
      return run(tx, 'curation-meeting-redate', { meeting: key.meeting, date: null });
    }
    case 'retype':
      await run(tx, 'curation-stance-remove', { curation });
      return run(tx, 'curation-stance-unreject', { curation });
    case 'add-stance':
      return run(tx, 'curation-stance-remove', { curation });
    case 'add-meeting':
      return run(tx, 'curation-meeting-remove', { curation });
    case 'edit-actor':
      return run(tx, 'curation-actor-edit', editParams(c.target, (p['previous'] ?? {}) as Params));
    case 'split':
      return run(tx, 'curation-actor-unsplit', splitParams(c));
    case 'merge':
      return run(tx, 'curation-actor-split', {
        into: p['into'],
        properties: p['properties'],
        labels: p['labels'],
        taken: p['taken'] ?? [],
        curation,
      });
  }
}

/**
 * What a batch wrote: the curations that touch none of it are unaffected by the write and need no replay (a graph
 * with thousands of curations would otherwise replay them all for every batch).
 */
export interface ReplayScope {
  articles: string[];
  actors: string[];
  meetings: string[];
}

/**
 * Replays every curation in force (or those `scope` can have undone), oldest first: what the importer runs after writing claims, in the same
 * transaction, so a re-imported article (or one read by a changed extractor) comes back curated. Returns how many.
 */
export async function replayCurations(tx: ManagedTransaction, scope?: ReplayScope): Promise<number> {
  const result =
    scope === undefined
      ? await tx.run(cypher('curation-active'))
      : await tx.run(cypher('curation-active-for'), {
          articles: scope.articles,
          actors: scope.actors,
          meetings: scope.meetings.map((id) => `meeting|${id}`),
        });
  const curations = result.records.map((r) => curationFromRow(r.get('curation') as Record<string, unknown>));
  for (const c of curations) await applyCuration(tx, c);
  return curations.length;
}

/** Stores curations read from an export (kept as they were: id, author, time) and replays all in force. */
export async function importCurations(tx: ManagedTransaction, records: CurationRecord[]): Promise<number> {
  if (records.length > 0)
    await tx.run(cypher('curation-import'), {
      rows: records.map((c) => ({
        ...c,
        into: typeof c.payload['into'] === 'string' ? c.payload['into'] : null,
        payload: JSON.stringify(c.payload),
      })),
    });
  return replayCurations(tx);
}
