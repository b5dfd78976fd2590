// Checks what GraphQL's types cannot say about the graph questions' arguments (ranges, dates, sizes); every message
// names the argument and the bad value. Types, enums and defaults are the schema's (graphQuestions.graphql).
import { RELATION_TYPES, type RelationType } from '../../../core/model';
import { BadInputError } from '../../../core/errors';

export const MAX_DEPTH = 3;
export const MAX_SLICE_LIMIT = 2_000;
/** A slice's edges: by default this many per node asked for, at most MAX_EDGE_LIMIT when given. */
export const EDGES_PER_NODE = 4;
export const MAX_EDGE_LIMIT = 50_000;
export const MAX_SEED_ACTORS = 100;
export const MAX_SEARCH_LIMIT = 50;
/** Edges and sentences one edgeEvidence question may ask for (a rolled-up edge has a member per official pair). */
export const MAX_EVIDENCE_EDGES = 200;
export const MAX_EVIDENCE_LIMIT = 500;
/** whoMet lists at most this many meetings per counterpart (the latest); meetingCount gives the total. */
export const MAX_MEETINGS_PER_COUNTERPART = 50;
/** whoMet gives at most this many reports per meeting (the newest); evidenceCount gives the total. */
export const MAX_EVIDENCE_PER_MEETING = 50;

export interface DateRange {
  from: string | null;
  to: string | null;
}

export interface EdgeFilter extends DateRange {
  types: RelationType[];
  minConfidence: number | null;
}

/** The CalendarDate scalar has checked each date; what it cannot see is their order. */
export function dateRange(where: string, from: string | null | undefined, to: string | null | undefined): DateRange {
  const range = { from: from ?? null, to: to ?? null };
  if (range.from !== null && range.to !== null && range.from > range.to) {
    throw new BadInputError(`${where}: "from" (${range.from}) is after "to" (${range.to})`);
  }
  return range;
}

/** `value` (GraphQL has made it an Int and applied the schema's default) within [min, max]. */
export function intInRange(where: string, name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(
      `${where}: "${name}" must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** A list argument given as null or absent (undefined: every value), or its distinct values; an empty list is a mistake. */
export function nonEmpty<T>(where: string, name: string, value: T[] | null | undefined): T[] | undefined {
  if (value == null) return undefined;
  if (value.length === 0)
    throw new BadInputError(`${where}: "${name}" must not be an empty list (leave it out for all)`);
  return [...new Set(value)];
}

export function minConfidence(where: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!(value >= 0 && value <= 1)) {
    throw new BadInputError(`${where}: "minConfidence" must be between 0 and 1, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function actorId(where: string, name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) {
    throw new BadInputError(
      `${where}: "${name}" must be an actor id such as "country:US", got ${JSON.stringify(value)}`,
    );
  }
  return value.trim();
}

export function actorIds(where: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_SEED_ACTORS) {
    throw new BadInputError(
      `${where}: "actors" must list 1 to ${MAX_SEED_ACTORS} actor ids, got ${Array.isArray(value) ? `${value.length}` : JSON.stringify(value)}`,
    );
  }
  return [...new Set(value.map((v, i) => actorId(where, `actors[${i}]`, v)))];
}

/** One edge as a GraphEdge id names it: "MET:<a>|<b>" (undirected) or "BACKS:<from>-><to>" / "OPPOSES:...". */
export interface EdgeKey {
  type: RelationType;
  source: string;
  target: string;
}

export function edgeKeys(where: string, value: unknown): EdgeKey[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_EVIDENCE_EDGES) {
    throw new BadInputError(
      `${where}: "edges" must list 1 to ${MAX_EVIDENCE_EDGES} edge ids, got ${Array.isArray(value) ? `${value.length}` : JSON.stringify(value)}`,
    );
  }
  return value.map((id, i) => {
    const text = typeof id === 'string' ? id : '';
    const colon = text.indexOf(':');
    const type = text.slice(0, colon);
    const [source, target, ...rest] = text.slice(colon + 1).split(type === 'MET' ? '|' : '->');
    if (!(RELATION_TYPES as readonly string[]).includes(type) || !source || !target || rest.length > 0) {
      throw new BadInputError(
        `${where}: "edges[${i}]" must be an edge id such as "MET:country:US|country:CN" or "BACKS:country:US->country:KR", got ${JSON.stringify(id)}`,
      );
    }
    return { type: type as RelationType, source, target };
  });
}
