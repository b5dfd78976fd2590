// Runs an analyst's Cypher read-only: Neo4j's own EXPLAIN decides what the query does, then a timed, row-capped read.
import neo4j, {
  type Driver,
  type Relationship,
  type ResultSummary,
  type Session,
  type Transaction,
} from 'neo4j-driver';

type TransactionConfig = Parameters<Session['beginTransaction']>[0];
import { BadInputError, DatabaseUnavailableError, QueryRefusedError, QueryTooLargeError } from '../../../core/errors';
import { cypher } from '../../../core/cypherFiles';
import { toEntenteError } from '../errorMapping';
import { ResultConverter, toDriverParams, type CytoscapeGraph, type Json } from './neo4jValues';

export interface CypherLimits {
  /** Transaction timeout, enforced by Neo4j. */
  timeoutMs: number;
  /** Rows returned at most; the stream is cancelled after that. */
  rowLimit: number;
  /** Bytes of JSON returned at most (rows and graph); the stream is cancelled after that. */
  byteLimit?: number;
}

/** What a result holds at most unless the caller says otherwise: large enough for any table a person reads. */
export const DEFAULT_BYTE_LIMIT = 16 * 1024 * 1024;

export interface CypherResult {
  columns: string[];
  rows: { [column: string]: Json }[];
  graph: CytoscapeGraph;
  summary: {
    resultAvailableAfter: number | null;
    resultConsumedAfter: number | null;
    truncated: boolean;
    /** Why the rows stop short: the row limit or the byte limit. */
    truncatedBy?: 'rows' | 'bytes';
    rowCount: number;
    queryType: string;
    /** For PROFILE: the executed plan with rows and database hits per operator. */
    profile?: ProfiledOperator;
    /** With `connect`: how many relationships among the returned nodes were added to the graph. */
    connected?: number;
  };
}

/**
 * Connecting a result's nodes, as Neo4j Browser does: at most this many nodes are connected (a larger result is
 * drawn as returned) and at most CONNECT_RELATIONSHIP_LIMIT relationships are added.
 */
export const CONNECT_NODE_LIMIT = 1000;
export const CONNECT_RELATIONSHIP_LIMIT = 2000;

export interface CypherRunOptions {
  /** Add the relationships among the returned nodes to the graph (not to the rows). */
  connect?: boolean;
}

export interface ProfiledOperator {
  operator: string;
  rows: number;
  dbHits: number;
  details: string | null;
  children: ProfiledOperator[];
}

/** Procedures that only read the graph or its schema; everything else (dbms.*, db.create*, plugins) is refused. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.info',
  'db.ping',
  'db.stats.retrieve',
  'dbms.components',
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
 * CALL {} IN TRANSACTIONS commits on its own, TERMINATE TRANSACTIONS stops other users' work (SHOW TRANSACTIONS
 * only lists it, as Neo4j Browser's :queries does).
 */
const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: 'LOAD CSV is not allowed (it reads files or URLs from the database server)',
  TransactionApply: 'CALL { ... } IN TRANSACTIONS is not allowed (it commits batches on its own)',
  TransactionForeach: 'CALL { ... } IN TRANSACTIONS is not allowed (it commits batches on its own)',
  TerminateTransactions: 'TERMINATE TRANSACTIONS is an administration command',
  AdministrationCommand: 'administration commands are not allowed',
};

/** SHOW commands that describe the schema, the callable API and what is running. */
const ALLOWED_SHOW_OPERATORS = new Set([
  'ShowIndexes',
  'ShowConstraints',
  'ShowProcedures',
  'ShowFunctions',
  'ShowTransactions',
]);

/**
 * Procedures of the DBMS that only describe it (Neo4j plans them as administration, query type "s"). Neo4j Browser
 * calls them on connect; they reveal the version and the database id, which the analyst's token already grants.
 */
export const ALLOWED_DBMS_PROCEDURES: readonly string[] = ['dbms.components', 'dbms.info'];

/**
 * Administration commands that only read who is asking and which databases exist. Neo4j plans every administration
 * command as one opaque operator, so these few are recognised by their statement, and nothing else of the kind runs.
 */
const ALLOWED_ADMINISTRATION = /^\s*SHOW\s+(?:CURRENT\s+USER|DATABASES?|DEFAULT\s+DATABASE|HOME\s+DATABASE)\b[^;]*$/i;

const QUERY_TYPE_NAMES: Record<string, string> = {
  rw: 'reads and writes',
  w: 'writes',
  s: 'changes the schema or administers the database',
};

export const MAX_QUERY_CHARS = 100_000;

/** Brackets nested deeper than this overflow Neo4j's parser stack, which then drops the connection. */
export const MAX_NESTING = 200;

/** How deeply (, [ and { nest outside strings and comments: a guard against parser stack overflow. */
export function nestingDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | null = null;
  for (let i = 0; i < query.length; i++) {
    const c = query[i]!;
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && query[i + 1] === '/') while (i < query.length && query[i] !== '\n') i++;
    else if (c === '(' || c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** How deeply lists and maps nest in a JSON value, counted up to `limit + 1` (enough to refuse it). */
export function valueDepth(value: unknown, limit: number = MAX_NESTING): number {
  let deepest = 0;
  const stack: { v: unknown; d: number }[] = [{ v: value, d: 0 }];
  while (stack.length > 0) {
    const { v, d } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, d + 1);
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push({ v: child, d: d + 1 });
  }
  return deepest;
}

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

function procedureOf(op: PlanNode): string | undefined {
  return /^\s*([\w.]+)\s*\(/.exec(String(op.arguments?.['Details'] ?? ''))?.[1];
}

/** A DBMS read the analyst may run although Neo4j types it as administration ("s"). */
function isAllowedDbmsRead(summary: Pick<ResultSummary, 'queryType' | 'plan'>, query: string): boolean {
  const ops = operators(summary.plan as PlanNode | false).map((op) => ({
    op,
    name: op.operatorType.split('@')[0] ?? op.operatorType,
  }));
  if (ops.length > 0 && ops.every(({ name }) => name === 'AdministrationCommand'))
    return ALLOWED_ADMINISTRATION.test(query);
  const calls = ops.filter(({ name }) => name === 'ProcedureCall');
  return (
    calls.length > 0 &&
    calls.every(({ op }) => ALLOWED_DBMS_PROCEDURES.includes(procedureOf(op) ?? '')) &&
    ops.every(({ name }) =>
      ['ProcedureCall', 'ProduceResults', 'Projection', 'Filter', 'Limit', 'Sort', 'Top'].includes(name),
    )
  );
}

/** Why this plan may not run, or undefined when it is a plain read (`query` is its text, for SHOW DATABASES and the like). */
export function refusalReason(summary: Pick<ResultSummary, 'queryType' | 'plan'>, query = ''): string | undefined {
  if (summary.queryType === 's' && isAllowedDbmsRead(summary, query)) return undefined;
  if (summary.queryType !== 'r') {
    return `the query ${QUERY_TYPE_NAMES[summary.queryType] ?? `is of type "${summary.queryType}"`}; only read-only queries run here`;
  }
  for (const op of operators(summary.plan as PlanNode | false)) {
    // Operator names carry the database they run on ("LoadCSV@neo4j").
    const name = op.operatorType.split('@')[0] ?? op.operatorType;
    const refused = REFUSED_OPERATORS[name];
    if (refused !== undefined) return refused;
    if (name.startsWith('Show') && !ALLOWED_SHOW_OPERATORS.has(name))
      return `${name.replace(/^Show/, 'SHOW ').toUpperCase()} is not allowed here`;
    if (name === 'ProcedureCall') {
      const procedure = procedureOf(op);
      if (procedure === undefined || !ALLOWED_PROCEDURES.includes(procedure)) {
        return `procedure ${procedure ?? String(op.arguments?.['Details'] ?? '')} is not allowed; allowed: ${[...ALLOWED_PROCEDURES, ...ALLOWED_DBMS_PROCEDURES].join(', ')}`;
      }
    }
  }
  return undefined;
}

function checkInput(
  query: unknown,
  params: unknown,
  where: string,
): { query: string; params: Record<string, unknown> } {
  if (typeof query !== 'string' || query.trim() === '')
    throw new BadInputError(`${where}: "query" must be a non-empty string of Cypher`);
  if (query.length > MAX_QUERY_CHARS)
    throw new BadInputError(`${where}: the query has ${query.length} characters; at most ${MAX_QUERY_CHARS}`);
  const depth = nestingDepth(query);
  if (depth > MAX_NESTING)
    throw new QueryTooLargeError(`${where}: brackets nest ${depth} deep; at most ${MAX_NESTING}`);
  if (params !== undefined && params !== null && (typeof params !== 'object' || Array.isArray(params))) {
    throw new BadInputError(
      `${where}: "params" must be an object of named parameters, got ${Array.isArray(params) ? 'an array' : typeof params}`,
    );
  }
  // The parameters map itself is one level; deeper values overflow the driver's and Neo4j's recursive encoders.
  const paramDepth = valueDepth(params ?? {}, MAX_NESTING + 1) - 1;
  if (paramDepth > MAX_NESTING) throw new QueryTooLargeError(`${where}: parameters nest more than ${MAX_NESTING} deep`);
  return { query, params: (params ?? {}) as Record<string, unknown> };
}

async function explain(tx: Transaction, query: string, params: Record<string, unknown>): Promise<ResultSummary> {
  const result = await tx.run(`EXPLAIN ${query}`, params);
  return result.summary;
}

function ms(value: unknown): number | null {
  return neo4j.isInt(value) ? value.toNumber() : typeof value === 'number' ? value : null;
}

function num(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : typeof value === 'number' ? value : 0;
}

interface ProfileNode {
  operatorType: string;
  rows?: unknown;
  dbHits?: unknown;
  arguments?: Record<string, unknown>;
  children?: ProfileNode[];
}

function profileTree(node: ProfileNode): ProfiledOperator {
  const details = node.arguments?.['Details'];
  return {
    operator: node.operatorType.split('@')[0] ?? node.operatorType,
    rows: num(node.rows),
    dbHits: num(node.dbHits),
    details: typeof details === 'string' ? details : null,
    children: (node.children ?? []).map(profileTree),
  };
}

/** "PROFILE MATCH ...": profiled like a read once the plan of the query behind it is a read. */
const PROFILE = /^\s*PROFILE\b/i;

/**
 * Runs `work` in one explicit read transaction: unlike executeRead, the driver never retries it, so a query that is
 * refused or runs out of memory fails once, fast, and Neo4j is not asked three times for the same thing.
 */
async function inReadTransaction<T>(
  session: Session,
  config: TransactionConfig,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const tx = session.beginTransaction(config);
  try {
    const value = await work(tx);
    await tx.commit();
    return value;
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
  }
}

/**
 * The one way analysts' Cypher reaches Neo4j (REST console, saved queries, CLI): refused unless EXPLAIN says
 * it only reads, run in a read transaction with Neo4j's timeout and memory limit, and streamed until `rowLimit`
 * rows or `byteLimit` bytes. PROFILE of a read runs and returns its profiled plan.
 */
export async function runReadOnlyCypher(
  driver: Driver,
  database: string,
  rawQuery: unknown,
  rawParams: unknown,
  limits: CypherLimits,
  where = 'cypher',
  options: CypherRunOptions = {},
): Promise<CypherResult> {
  const { query, params: jsonParams } = checkInput(rawQuery, rawParams, where);
  const params = toDriverParams(jsonParams) as Record<string, unknown>;
  const profiled = PROFILE.test(query);
  const planned = profiled ? query.replace(PROFILE, '') : query;
  const byteLimit = limits.byteLimit ?? DEFAULT_BYTE_LIMIT;
  const txConfig = { timeout: limits.timeoutMs, metadata: { app: 'entente', via: where } };
  // Small batches: the byte limit can cancel a stream of large rows before Neo4j has produced many of them.
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: 50 });
  try {
    const plan = await inReadTransaction(session, txConfig, (tx) => explain(tx, planned, params));
    const reason = refusalReason(plan, planned);
    if (reason !== undefined) throw new QueryRefusedError(`${where}: refused: ${reason}`);

    return await inReadTransaction(session, txConfig, async (tx) => {
      const converter = new ResultConverter();
      const result = tx.run(query, params);
      const columns = (await result.keys()) as string[];
      const rows: { [column: string]: Json }[] = [];
      let bytes = 0;
      let truncatedBy: 'rows' | 'bytes' | undefined;
      const iterator = result[Symbol.asyncIterator]();
      let summary: ResultSummary | undefined;
      for (;;) {
        const next = await iterator.next();
        if (next.done === true) {
          summary = next.value;
          break;
        }
        if (rows.length === limits.rowLimit) {
          // One row past the cap proves there is more; cancel the stream instead of reading the rest.
          truncatedBy = 'rows';
          summary = (await iterator.return?.())?.value as ResultSummary | undefined;
          break;
        }
        const values = columns.map((c) => next.value.get(c));
        values.forEach((v) => converter.collect(v));
        const row = Object.fromEntries(columns.map((c, i) => [c, converter.toJson(values[i])]));
        // What the row costs to send, roughly: its JSON. The graph is built from the same values.
        bytes += JSON.stringify(row).length;
        if (bytes > byteLimit) {
          truncatedBy = 'bytes';
          summary = (await iterator.return?.())?.value as ResultSummary | undefined;
          break;
        }
        rows.push(row);
      }
      const profile = summary?.profile ? profileTree(summary.profile as unknown as ProfileNode) : undefined;
      const ids = converter.nodeElementIds();
      let connected: number | undefined;
      if (options.connect === true && ids.length > 1 && ids.length <= CONNECT_NODE_LIMIT) {
        // Our own bounded, parameterised read, in the same read transaction (so under the same timeout).
        const found = await tx.run(cypher('api-cypher-connect'), {
          ids,
          limit: neo4j.int(CONNECT_RELATIONSHIP_LIMIT),
        });
        connected = converter.connect(found.records.map((record) => record.get('r') as Relationship));
      }
      return {
        columns,
        rows,
        graph: converter.graph(),
        summary: {
          resultAvailableAfter: ms(summary?.resultAvailableAfter),
          resultConsumedAfter: ms(summary?.resultConsumedAfter),
          truncated: truncatedBy !== undefined,
          ...(truncatedBy ? { truncatedBy } : {}),
          rowCount: rows.length,
          queryType: plan.queryType,
          ...(profile ? { profile } : {}),
          ...(connected !== undefined ? { connected } : {}),
        },
      };
    });
  } catch (error) {
    const mapped = toEntenteError(error, where);
    // Neo4j drops the connection of a query that exhausts its memory while streaming; if it still answers others,
    // the fault was this query's, not an outage.
    if (mapped instanceof DatabaseUnavailableError && (await stillServing(driver, database))) {
      throw new QueryTooLargeError(
        `${where}: Neo4j closed the connection while running this query (its results or memory were too large)`,
        { cause: error },
      );
    }
    throw mapped;
  } finally {
    await session.close().catch(() => undefined);
  }
}

async function stillServing(driver: Driver, database: string): Promise<boolean> {
  try {
    await driver.executeQuery('RETURN 1', {}, { database, routing: neo4j.routing.READ });
    return true;
  } catch {
    return false;
  }
}
