// Runs an analyst's Cypher read-only: Neo4j's own EXPLAIN decides what the query does, then a timed, row-capped read.
import neo4j, { type Driver, type ManagedTransaction, type ResultSummary } from 'neo4j-driver';
import { BadInputError, QueryRefusedError } from '../../../core/errors';
import { toEntenteError } from '../errorMapping';
import { ResultConverter, toDriverParams, type CytoscapeGraph, type Json } from './neo4jValues';

export interface CypherLimits {
  /** Transaction timeout, enforced by Neo4j. */
  timeoutMs: number;
  /** Rows returned at most; the stream is cancelled after that. */
  rowLimit: number;
}

export interface CypherResult {
  columns: string[];
  rows: { [column: string]: Json }[];
  graph: CytoscapeGraph;
  summary: { resultAvailableAfter: number | null; resultConsumedAfter: number | null; truncated: boolean; rowCount: number; queryType: string };
}

/** Procedures that only read the graph or its schema; everything else (dbms.*, db.create*, plugins) is refused. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
];

/**
 * Plan operators refused even in a read-only plan: LOAD CSV reads the server's files or the network,
 * CALL {} IN TRANSACTIONS commits on its own, TERMINATE and SHOW TRANSACTIONS reach other users' work.
 */
const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: 'LOAD CSV is not allowed (it reads files or URLs from the database server)',
  TransactionApply: 'CALL { ... } IN TRANSACTIONS is not allowed (it commits batches on its own)',
  TransactionForeach: 'CALL { ... } IN TRANSACTIONS is not allowed (it commits batches on its own)',
  TerminateTransactions: 'TERMINATE TRANSACTIONS is an administration command',
  AdministrationCommand: 'administration commands are not allowed',
};

/** SHOW commands that only describe the schema and the callable API. */
const ALLOWED_SHOW_OPERATORS = new Set(['ShowIndexes', 'ShowConstraints', 'ShowProcedures', 'ShowFunctions']);

const QUERY_TYPE_NAMES: Record<string, string> = { rw: 'reads and writes', w: 'writes', s: 'changes the schema or administers the database' };

export const MAX_QUERY_CHARS = 100_000;

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

function operators(plan: PlanNode | false | undefined, out: PlanNode[] = []): PlanNode[] {
  if (!plan) return out;
  out.push(plan);
  for (const child of plan.children ?? []) operators(child, out);
  return out;
}

/** Why this plan may not run, or undefined when it is a plain read. */
export function refusalReason(summary: Pick<ResultSummary, 'queryType' | 'plan'>): string | undefined {
  if (summary.queryType !== 'r') {
    return `the query ${QUERY_TYPE_NAMES[summary.queryType] ?? `is of type "${summary.queryType}"`}; only read-only queries run here`;
  }
  for (const op of operators(summary.plan as PlanNode | false)) {
    // Operator names carry the database they run on ("LoadCSV@neo4j").
    const name = op.operatorType.split('@')[0] ?? op.operatorType;
    const refused = REFUSED_OPERATORS[name];
    if (refused !== undefined) return refused;
    if (name.startsWith('Show') && !ALLOWED_SHOW_OPERATORS.has(name)) return `${name.replace(/^Show/, 'SHOW ').toUpperCase()} is not allowed here`;
    if (name === 'ProcedureCall') {
      const details = String(op.arguments?.['Details'] ?? '');
      const procedure = /^\s*([\w.]+)\s*\(/.exec(details)?.[1];
      if (procedure === undefined || !ALLOWED_PROCEDURES.includes(procedure)) {
        return `procedure ${procedure ?? details} is not allowed; allowed: ${ALLOWED_PROCEDURES.join(', ')}`;
      }
    }
  }
  return undefined;
}

function checkInput(query: unknown, params: unknown, where: string): { query: string; params: Record<string, unknown> } {
  if (typeof query !== 'string' || query.trim() === '') throw new BadInputError(`${where}: "query" must be a non-empty string of Cypher`);
  if (query.length > MAX_QUERY_CHARS) throw new BadInputError(`${where}: the query has ${query.length} characters; at most ${MAX_QUERY_CHARS}`);
  if (params !== undefined && params !== null && (typeof params !== 'object' || Array.isArray(params))) {
    throw new BadInputError(`${where}: "params" must be an object of named parameters, got ${Array.isArray(params) ? 'an array' : typeof params}`);
  }
  return { query, params: (params ?? {}) as Record<string, unknown> };
}

async function explain(tx: ManagedTransaction, query: string, params: Record<string, unknown>): Promise<ResultSummary> {
  const result = await tx.run(`EXPLAIN ${query}`, params);
  return result.summary;
}

function ms(value: unknown): number | null {
  return neo4j.isInt(value) ? value.toNumber() : typeof value === 'number' ? value : null;
}

/**
 * The one way analysts' Cypher reaches Neo4j (REST console, saved queries, CLI): refused unless EXPLAIN says
 * it only reads, run in a read transaction with Neo4j's timeout, and streamed until `rowLimit` rows.
 */
export async function runReadOnlyCypher(
  driver: Driver,
  database: string,
  rawQuery: unknown,
  rawParams: unknown,
  limits: CypherLimits,
  where = 'cypher',
): Promise<CypherResult> {
  const { query, params: jsonParams } = checkInput(rawQuery, rawParams, where);
  const params = toDriverParams(jsonParams) as Record<string, unknown>;
  const txConfig = { timeout: limits.timeoutMs, metadata: { app: 'entente', via: where } };
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const plan = await session.executeRead((tx) => explain(tx, query, params), txConfig);
    const reason = refusalReason(plan);
    if (reason !== undefined) throw new QueryRefusedError(`${where}: refused: ${reason}`);

    return await session.executeRead(async (tx) => {
      const converter = new ResultConverter();
      const result = tx.run(query, params);
      const columns = (await result.keys()) as string[];
      const raw: unknown[][] = [];
      let truncated = false;
      const iterator = result[Symbol.asyncIterator]();
      let summary: ResultSummary | undefined;
      for (;;) {
        const next = await iterator.next();
        if (next.done === true) {
          summary = next.value;
          break;
        }
        if (raw.length === limits.rowLimit) {
          // One row past the cap proves there is more; cancel the stream instead of reading the rest.
          truncated = true;
          summary = (await iterator.return?.())?.value as ResultSummary | undefined;
          break;
        }
        const values = columns.map((c) => next.value.get(c));
        values.forEach((v) => converter.collect(v));
        raw.push(values);
      }
      const rows = raw.map((values) => Object.fromEntries(columns.map((c, i) => [c, converter.toJson(values[i])])));
      return {
        columns,
        rows,
        graph: converter.graph(),
        summary: {
          resultAvailableAfter: ms(summary?.resultAvailableAfter),
          resultConsumedAfter: ms(summary?.resultConsumedAfter),
          truncated,
          rowCount: rows.length,
          queryType: plan.queryType,
        },
      };
    }, txConfig);
  } catch (error) {
    throw toEntenteError(error, where);
  } finally {
    await session.close();
  }
}
