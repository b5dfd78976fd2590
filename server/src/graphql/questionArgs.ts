// Checks and normalises the arguments of the graph questions; every message names the argument and the bad value.
import { ACTOR_KINDS, RELATION_TYPES, isActorKind, isIsoDate, isRelationType, type ActorKind, type RelationType } from '../../../core/model';
import { BadInputError } from '../../../core/errors';

export const MAX_DEPTH = 3;
export const MAX_SLICE_LIMIT = 2_000;
export const MAX_SEED_ACTORS = 100;
export const MAX_SEARCH_LIMIT = 50;
/** whoMet lists at most this many meetings per counterpart (the latest); meetingCount gives the total. */
export const MAX_MEETINGS_PER_COUNTERPART = 50;

export interface DateRange {
  from: string | null;
  to: string | null;
}

export interface EdgeFilter extends DateRange {
  types: RelationType[];
  minConfidence: number | null;
}

export function dateRange(where: string, from: unknown, to: unknown): DateRange {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value != null && !isIsoDate(value)) throw new BadInputError(`${where}: "${name}" must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const range = { from: (from ?? null) as string | null, to: (to ?? null) as string | null };
  if (range.from !== null && range.to !== null && range.from > range.to) {
    throw new BadInputError(`${where}: "from" (${range.from}) is after "to" (${range.to})`);
  }
  return range;
}

export function intInRange(where: string, name: string, value: unknown, fallback: number, min: number, max: number): number {
  const n = value ?? fallback;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw new BadInputError(`${where}: "${name}" must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** The relation types to follow; labels and types reach Cypher only after this check against core/model.ts. */
export function relationTypes(where: string, value: unknown): RelationType[] {
  if (value == null) return [...RELATION_TYPES];
  if (!Array.isArray(value) || value.length === 0 || !value.every(isRelationType)) {
    throw new BadInputError(`${where}: "relationTypes" must be a non-empty list of ${RELATION_TYPES.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return [...new Set(value)];
}

export function actorKinds(where: string, value: unknown): ActorKind[] {
  if (value == null) return [...ACTOR_KINDS];
  if (!Array.isArray(value) || value.length === 0 || !value.every(isActorKind)) {
    throw new BadInputError(`${where}: "kinds" must be a non-empty list of ${ACTOR_KINDS.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return [...new Set(value)];
}

export function minConfidence(where: string, value: unknown): number | null {
  if (value == null) return null;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new BadInputError(`${where}: "minConfidence" must be between 0 and 1, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function actorId(where: string, name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) {
    throw new BadInputError(`${where}: "${name}" must be an actor id such as "country:US", got ${JSON.stringify(value)}`);
  }
  return value.trim();
}

export function actorIds(where: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_SEED_ACTORS) {
    throw new BadInputError(`${where}: "actors" must list 1 to ${MAX_SEED_ACTORS} actor ids, got ${Array.isArray(value) ? `${value.length}` : JSON.stringify(value)}`);
  }
  return [...new Set(value.map((v, i) => actorId(where, `actors[${i}]`, v)))];
}
