// npm run cypher -- "MATCH ...": analysts' read-only Cypher from the terminal, with the same guard and limits as /api/cypher.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../core/config';
import { EntenteError } from '../../core/errors';
import { connectNeo4j, type Neo4jConnection } from '../../core/neo4jConnection';
import { runReadOnlyCypher } from './cypher/readOnlyCypher';
import { renderTable } from './cypherTable';

const HELP = `Usage: npm run cypher -- [options] "<cypher>"
       npm run cypher -- [options] -f query.cypher

Runs one read-only Cypher query against the Entente graph and prints a table.
Writes, schema and admin commands, LOAD CSV and procedures outside a small allowlist are refused.

Options:
  -f, --file <path>     read the query from a file
  -p, --param k=v       a parameter, repeatable; v is parsed as JSON when it can be (numbers, booleans, lists), else a string
      --json            print the full result (rows, graph, summary) as JSON
      --limit <n>       row cap for this run (default CYPHER_ROW_LIMIT, 5000)
      --timeout <ms>    time limit for this run (default CYPHER_TIMEOUT_MS, 15000)
  -h, --help            this help

Neo4j: NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or the local Neo4j (started for the run and stopped after when not running).
Examples:
  npm run cypher -- "MATCH (c:Country) RETURN c.name ORDER BY c.name"
  npm run cypher -- -p id=country:US "MATCH (a)-[:BACKS]->(:Actor {id: \\$id}) RETURN a.name"
`;

export class UsageError extends Error {}

export interface CliArgs {
  query: string | undefined;
  file: string | undefined;
  params: Record<string, unknown>;
  json: boolean;
  help: boolean;
  limit: number | undefined;
  timeout: number | undefined;
}

function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** One `name=value` pair of -p/--param; the value is JSON when it parses as JSON. */
function addParam(params: Record<string, unknown>, flag: string, pair: string): void {
  const eq = pair.indexOf('=');
  if (eq < 1) throw new UsageError(`${flag}: expected name=value, got ${JSON.stringify(pair)}`);
  params[pair.slice(0, eq)] = parseValue(pair.slice(eq + 1));
}

function positiveInt(flag: string, raw: string | undefined): number {
  if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`${flag}: expected a positive whole number, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { query: undefined, file: undefined, params: {}, json: false, help: false, limit: undefined, timeout: undefined };
  const queryParts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg}: a value is required`);
      return value;
    };
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '-f' || arg === '--file') args.file = next();
    else if (arg === '--limit') args.limit = positiveInt(arg, next());
    else if (arg === '--timeout') args.timeout = positiveInt(arg, next());
    else if (arg === '-p' || arg === '--param') addParam(args.params, arg, next());
    else if (arg.startsWith('--param=')) addParam(args.params, '--param', arg.slice('--param='.length));
    else if (arg.startsWith('-') && arg.length > 1 && queryParts.length === 0) throw new UsageError(`unknown option ${arg}; see --help`);
    else queryParts.push(arg);
  }
  if (queryParts.length > 0) args.query = queryParts.join(' ');
  return args;
}

export async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`cypher: ${(error as Error).message}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if ((args.query === undefined) === (args.file === undefined)) {
    process.stderr.write('cypher: give one query, either as an argument or with -f <file>; see --help\n');
    return 2;
  }
  let query: string;
  try {
    query = args.file !== undefined ? readFileSync(args.file, 'utf8') : args.query!;
  } catch (error) {
    process.stderr.write(`cypher: cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  let connection: Neo4jConnection | undefined;
  try {
    const config = loadConfig();
    connection = await connectNeo4j(config.neo4j, { log: (line) => process.stderr.write(`${line}\n`) });
    const limits = { timeoutMs: args.timeout ?? config.cypherTimeoutMs, rowLimit: args.limit ?? config.cypherRowLimit };
    const result = await runReadOnlyCypher(connection.driver, connection.database, query, args.params, limits, 'cypher');
    process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${renderTable(result)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof EntenteError ? `${error.code}: ${error.message}` : (error as Error).message;
    process.stderr.write(`cypher: ${message}\n`);
    return 1;
  } finally {
    await connection?.close();
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
