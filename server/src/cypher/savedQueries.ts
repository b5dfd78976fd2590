// The saved analyst queries in cypher/queries/: their header (title, description, typed params) and argument checking.
import { cypher, cypherFileNames } from '../../../core/cypherFiles';
import { BadInputError, NotFoundError } from '../../../core/errors';
import { isIsoDate } from '../../../core/model';

export const PARAM_TYPES = ['string', 'int', 'float', 'boolean', 'date', 'string[]'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface SavedQueryParam {
  name: string;
  type: ParamType;
  /** undefined: required; null: optional with no value. */
  default: string | number | boolean | string[] | null | undefined;
}

export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  params: SavedQueryParam[];
  query: string;
}

function parseDefault(
  name: string,
  type: ParamType,
  raw: string | undefined,
  file: string,
): SavedQueryParam['default'] {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'null') return null;
  const value =
    type === 'string' || type === 'date'
      ? raw.replace(/^"(.*)"$/, '$1')
      : raw === 'true' || raw === 'false'
        ? raw === 'true'
        : JSON.parse(raw);
  return checkValue(name, type, value, `cypher/queries/${file}.cypher default`);
}

/** Parse the `// key: value` header lines of a saved query. */
export function parseSavedQuery(name: string, text: string): SavedQuery {
  const header: Record<string, string> = {};
  let key: string | undefined;
  // The header is the leading comment block; a comment line without a key continues the previous one.
  for (const line of text.split('\n')) {
    const comment = /^\s*\/\/\s?(.*)$/.exec(line);
    if (comment === null) break;
    const match = /^(title|description|params)\s*:\s*(.*)$/.exec(comment[1]!.trim());
    if (match) header[(key = match[1]!)] = match[2]!.trim();
    else if (key !== undefined && comment[1]!.trim() !== '') header[key] = `${header[key]} ${comment[1]!.trim()}`;
  }
  const params = (header['params'] ?? '')
    .split(/,\s*(?=[A-Za-z_]\w*\s*:)/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== 'none')
    .map((p): SavedQueryParam => {
      const match = /^([A-Za-z_]\w*)\s*:\s*([a-z]+(?:\[\])?)\s*(?:=\s*(.*))?$/.exec(p);
      if (!match || !(PARAM_TYPES as readonly string[]).includes(match[2]!)) {
        throw new Error(
          `cypher/queries/${name}.cypher: cannot read parameter "${p}"; expected name:type=default with type one of ${PARAM_TYPES.join(', ')}`,
        );
      }
      const type = match[2] as ParamType;
      return { name: match[1]!, type, default: parseDefault(match[1]!, type, match[3]?.trim(), name) };
    });
  return { name, title: header['title'] ?? name, description: header['description'] ?? '', params, query: text };
}

export function listSavedQueries(): SavedQuery[] {
  return cypherFileNames('queries').map((name) => parseSavedQuery(name, cypher(`queries/${name}`)));
}

export function findSavedQuery(name: string): SavedQuery {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !cypherFileNames('queries').includes(name)) {
    throw new NotFoundError(`saved query "${name}" does not exist; GET /api/queries lists them`);
  }
  return parseSavedQuery(name, cypher(`queries/${name}`));
}

function checkValue(name: string, type: ParamType, value: unknown, where: string): SavedQueryParam['default'] {
  if (value === null) return null;
  const bad = (): never => {
    throw new BadInputError(
      `${where}: parameter "${name}" must be ${type === 'int' ? 'a whole number' : type === 'date' ? 'a date YYYY-MM-DD' : type === 'string[]' ? 'a list of strings' : `a ${type}`}, got ${JSON.stringify(value)}`,
    );
  };
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : bad();
    case 'date':
      return isIsoDate(value) ? value : bad();
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : bad();
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? value : bad();
    case 'boolean':
      return typeof value === 'boolean' ? value : bad();
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : bad();
  }
}

/** The arguments of a call, defaults filled in, each checked against its declared type. */
export function savedQueryParams(saved: SavedQuery, given: unknown): Record<string, unknown> {
  const where = `saved query "${saved.name}"`;
  if (given !== undefined && given !== null && (typeof given !== 'object' || Array.isArray(given))) {
    throw new BadInputError(
      `${where}: "params" must be an object, got ${Array.isArray(given) ? 'an array' : typeof given}`,
    );
  }
  const input = (given ?? {}) as Record<string, unknown>;
  const known = new Set(saved.params.map((p) => p.name));
  const unknown = Object.keys(input).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new BadInputError(
      `${where}: unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; it takes ${[...known].join(', ') || 'none'}`,
    );
  }
  const out: Record<string, unknown> = {};
  for (const param of saved.params) {
    // null asks for the default, as leaving the parameter out does: "limit": null would reach Neo4j as LIMIT null.
    const given = input[param.name];
    const value = given !== undefined && given !== null ? given : param.default;
    if (value === undefined) throw new BadInputError(`${where}: parameter "${param.name}" (${param.type}) is required`);
    out[param.name] = checkValue(param.name, param.type, value, where);
  }
  return out;
}
