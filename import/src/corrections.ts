// Curated corrections: a JSON file in the extraction contract's format that adds what extraction missed, validated and written.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { importCurations } from '../../core/applyCurations';
import { curationScope, joinScopes, refreshSummaries, touchedPairs } from '../../core/claimSummaries';
import { curationProblems, type CurationRecord } from '../../core/curation';
import { cypher } from '../../core/cypherFiles';
import { BadInputError, fromNeo4jError } from '../../core/errors';
import type { ExtractionDocument } from '../../core/model';
import { prepareClaims, sendClaims, validDate, type ClaimCounts, type GraphTarget } from './graphWriter';

export const CONTRACT_SCHEMA_FILE = path.resolve(__dirname, '..', 'contract', 'extraction.schema.json');
export const STUB_ARTICLE_TITLE = 'Curated corrections';

let validator: ValidateFunction | undefined;

/** The contract schema, except that a corrections file may leave out any of the four arrays. */
function correctionsValidator(): ValidateFunction {
  if (validator === undefined) {
    const schema = JSON.parse(readFileSync(CONTRACT_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    validator = ajv.compile({ ...schema, required: [] });
  }
  return validator;
}

/** The value at a JSON Pointer ("/stances/0/type"), to quote it in the error. */
function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function quote(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return 'nothing';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function describe(error: ErrorObject, root: unknown): string {
  const where = error.instancePath === '' ? '(top level)' : error.instancePath;
  if (error.keyword === 'required')
    return `${where}: missing property "${(error.params as { missingProperty: string }).missingProperty}"`;
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'enum')
    message += ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`;
  return `${where}: ${message}, got ${quote(valueAt(root, error.instancePath))}`;
}

/** Line and column of a JSON.parse error position, so the analyst can jump to it. */
function parsePosition(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position)).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * A corrections file: claims in the extraction contract's format, and (as the explorer exports them) analysts'
 * curations, which the contract does not know: an optional top-level `curations` array of curation records.
 */
export interface CorrectionsDocument extends ExtractionDocument {
  curations: CurationRecord[];
}

/** Checks a parsed corrections value; returns the document with the arrays it left out filled in as empty. */
export function validateCorrections(value: unknown, file: string): CorrectionsDocument {
  const validate = correctionsValidator();
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((e) => describe(e, value));
    throw new BadInputError(`${file}: not a valid corrections file:\n  ${[...new Set(errors)].join('\n  ')}`);
  }
  const doc = value as Partial<CorrectionsDocument>;
  const problems: string[] = [];
  const curations = (doc as { curations?: unknown }).curations;
  if (curations !== undefined && !Array.isArray(curations)) problems.push('/curations: must be an array');
  else (curations ?? []).forEach((c, i) => problems.push(...curationProblems(c, `/curations/${i}`)));
  const result: CorrectionsDocument = {
    articles: doc.articles ?? [],
    actors: doc.actors ?? [],
    meetings: doc.meetings ?? [],
    stances: doc.stances ?? [],
    curations: Array.isArray(curations)
      ? (curations as CurationRecord[]).map((c) => ({ ...c, note: c.note ?? null, undoneAt: c.undoneAt ?? null }))
      : [],
  };
  // The contract leaves stance dates unpatterned; the graph stores dates, so insist on real ones here.
  result.stances.forEach((s, i) => {
    if (s.date != null && validDate(s.date) === null)
      problems.push(`/stances/${i}/date: must be a YYYY-MM-DD date, got ${quote(s.date)}`);
  });
  result.meetings.forEach((m, i) => {
    if (m.date != null && validDate(m.date) === null)
      problems.push(`/meetings/${i}/date: must be a real calendar date, got ${quote(m.date)}`);
  });
  result.articles.forEach((a, i) => {
    if (a.date != null && validDate(a.date) === null)
      problems.push(`/articles/${i}/date: must be a real calendar date, got ${quote(a.date)}`);
  });
  if (problems.length > 0)
    throw new BadInputError(`${file}: not a valid corrections file:\n  ${problems.join('\n  ')}`);
  return result;
}

export async function readCorrections(file: string): Promise<CorrectionsDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BadInputError(
      `${file}: cannot read corrections file (${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    throw new BadInputError(`${file}: not valid JSON${parsePosition(text, message)} (${message})`);
  }
  return validateCorrections(value, file);
}

export interface CorrectionsWriteResult extends ClaimCounts {
  file: string;
  /** Curations in force after the file's were stored (all of them are replayed). */
  curations: number;
  /** Article ids the claims named that were not in the graph: created as stubs. */
  stubArticles: string[];
  warnings: string[];
}

/**
 * Writes a corrections document in one transaction. Its claims may point at actors already in the graph; a claim
 * naming an article that is not in the graph gets a stub Article {id, file: <corrections file>, title: 'Curated corrections'}.
 */
export async function writeCorrections(
  db: GraphTarget,
  doc: ExtractionDocument,
  file: string,
): Promise<CorrectionsWriteResult> {
  const warnings: string[] = [];
  const dates = new Map(doc.articles.map((a) => [a.id, validDate(a.date)]));
  const claims = prepareClaims(doc, file, dates, warnings);
  const listed = new Set(doc.articles.map((a) => a.id));
  const claimed = [...new Set([...doc.meetings.map((m) => m.article), ...doc.stances.map((s) => s.article)])].filter(
    (id) => !listed.has(id),
  );
  const session = db.driver.session({ database: db.database });
  try {
    return await session.executeWrite(
      async (tx) => {
        // The summaries of the pairs these claims and curations touch are recomputed at the end (before: what a
        // curation moves or sets aside; after: what the claims add).
        const records = 'curations' in doc ? (doc as CorrectionsDocument).curations : [];
        const scope = joinScopes([
          { articles: [...listed, ...claimed], meetings: doc.meetings.map((m) => m.id) },
          ...records.map(curationScope),
        ]);
        const pairsBefore = await touchedPairs(tx, scope);
        const missing =
          claimed.length === 0
            ? []
            : (((await tx.run(cypher('import-missing-articles'), { ids: claimed })).records[0]?.get('missing') as
                string[] | undefined) ?? []);
        const rows = [
          ...doc.articles.map((a) => ({
            id: a.id,
            file: a.file,
            title: a.title ?? null,
            date: validDate(a.date),
            publisher: a.publisher ?? null,
          })),
          ...missing.map((id) => ({ id, file, title: STUB_ARTICLE_TITLE, date: null, publisher: null })),
        ];
        // Queued before the claims, so the server writes the articles first.
        const articles = rows.length > 0 ? tx.run(cypher('import-correction-articles'), { rows }) : undefined;
        const [, counts] = await Promise.all([articles, sendClaims(tx, claims)]);
        const curations = await importCurations(tx, records);
        await refreshSummaries(tx, [...pairsBefore, ...(await touchedPairs(tx, scope))]);
        return { file, stubArticles: [...missing].sort(), warnings, curations, ...counts };
      },
      { metadata: { app: 'entente-import', file } },
    );
  } catch (error) {
    throw fromNeo4jError(error, `writing corrections ${file} to Neo4j`);
  } finally {
    await session.close();
  }
}
