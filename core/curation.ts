// What an analyst's curation is: the actions, the claim keys they name, and the record stored as a (:Curation) node.
import { BadInputError } from './errors';
import { STANCE_TYPES, type StanceType } from './model';

export const CURATION_ACTIONS = [
  'reject',
  'confirm',
  'redate',
  'retype',
  'add-stance',
  'add-meeting',
  'edit-actor',
  'merge',
  'split',
] as const;
export type CurationAction = (typeof CURATION_ACTIONS)[number];

/** A stance is one relationship per (type, from, to, article); a meeting is its node. */
export type ClaimKey =
  | { kind: 'stance'; type: StanceType; from: string; to: string; article: string }
  | { kind: 'meeting'; meeting: string };

/**
 * One curation as stored. `target` is a claim key ("stance|BACKS|<from>|<to>|<article>", "meeting|<id>") or an
 * actor id; `payload` holds what the action needs to be applied again after a re-import, and undone.
 */
export interface CurationRecord {
  id: string;
  action: CurationAction;
  target: string;
  payload: Record<string, unknown>;
  by: string;
  note: string | null;
  at: string;
  undoneAt: string | null;
}

const SEPARATOR = '|';

export function claimKeyText(key: ClaimKey): string {
  return key.kind === 'stance'
    ? ['stance', key.type, key.from, key.to, key.article].join(SEPARATOR)
    : ['meeting', key.meeting].join(SEPARATOR);
}

/** Reads a claim key as the API receives it; throws naming the key and what is wrong with it. */
export function parseClaimKey(text: string): ClaimKey {
  const parts = text.split(SEPARATOR);
  if (parts[0] === 'meeting' && parts.length === 2 && parts[1] !== '') return { kind: 'meeting', meeting: parts[1]! };
  if (parts[0] === 'stance' && parts.length === 5 && parts.slice(2).every((p) => p !== '')) {
    const type = parts[1] as StanceType;
    if (!STANCE_TYPES.includes(type))
      throw new BadInputError(`claim "${text}": the stance type must be BACKS or OPPOSES, got "${parts[1]}"`);
    return { kind: 'stance', type, from: parts[2]!, to: parts[3]!, article: parts[4]! };
  }
  throw new BadInputError(
    `claim "${text}": expected "stance|BACKS|<from id>|<to id>|<article id>" or "meeting|<meeting id>"`,
  );
}

/** The record as the Neo4j row holds it (payload as JSON text). */
export function curationFromRow(row: Record<string, unknown>): CurationRecord {
  return {
    id: String(row['id']),
    action: row['action'] as CurationAction,
    target: String(row['target']),
    payload: JSON.parse(String(row['payload'] ?? '{}')) as Record<string, unknown>,
    by: String(row['by']),
    note: (row['note'] as string | null | undefined) ?? null,
    at: String(row['at']),
    undoneAt: (row['undoneAt'] as string | null | undefined) ?? null,
  };
}

/** Checks one exported curation (a corrections file's `curations` entry); the problems, by JSON pointer. */
export function curationProblems(value: unknown, pointer: string): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${pointer}: must be an object`];
  const c = value as Record<string, unknown>;
  const problems: string[] = [];
  const isText = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
  for (const field of ['id', 'target', 'by', 'at'])
    if (!isText(c[field])) problems.push(`${pointer}/${field}: must be a non-empty string`);
  if (!(CURATION_ACTIONS as readonly unknown[]).includes(c['action']))
    problems.push(`${pointer}/action: must be one of ${CURATION_ACTIONS.join(', ')}`);
  if (c['payload'] === null || typeof c['payload'] !== 'object' || Array.isArray(c['payload']))
    problems.push(`${pointer}/payload: must be an object`);
  for (const field of ['at', 'undoneAt'])
    if (isText(c[field]) && Number.isNaN(Date.parse(String(c[field]))))
      problems.push(`${pointer}/${field}: must be an ISO date-time`);
  if (c['note'] != null && typeof c['note'] !== 'string') problems.push(`${pointer}/note: must be a string or null`);
  if (
    problems.length === 0 &&
    ['reject', 'confirm', 'redate', 'retype', 'add-stance', 'add-meeting'].includes(String(c['action']))
  ) {
    try {
      parseClaimKey(String(c['target']));
    } catch (error) {
      problems.push(`${pointer}/target: ${(error as Error).message}`);
    }
  }
  return problems;
}
