// npm run cypher -- "MATCH ...": analysts' read-only Cypher from the terminal, with the same guard and limits as /api/cypher.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../core/config';
import { EXIT, errorLine, exitCodeOf, parseCommandLine, wholeNumber } from '../../core/commandLine';
import { UsageError } from '../../core/errors';
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

Exit codes: 0 the result was printed; 1 the query failed (refused, too large, timed out, Neo4j unreachable);
2 usage error (unknown option, no query, unreadable file).

Neo4j: NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or the local Neo4j (started for the run and stopped after when not running).
Examples:
  npm run cypher -- "MATCH (c:Country) RETURN c.name ORDER BY c.name"
  npm run cypher -- -p id=country:US "MATCH (a)-[:BACKS]->(:Actor {id: \\$id}) RETURN a.name"
`;

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

/** `name=value` pairs of -p/--param; a value is JSON when it parses as JSON. */
function paramsOf(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new UsageError(`--param expects name=value, got ${JSON.stringify(pair)}`);
    params[pair.slice(0, eq)] = parseValue(pair.slice(eq + 1));
  }
  return params;
}

/** The cypher command's arguments; the query may be split over several arguments (they are joined by spaces). */
export function parseCypherCommandLine(argv: string[]): CliArgs {
  const { values, positionals } = parseCommandLine(argv, {
    file: { type: 'string', short: 'f' },
    param: { type: 'string', short: 'p', multiple: true },
    json: { type: 'boolean' },
    limit: { type: 'string' },
    timeout: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  return {
    query: positionals.length > 0 ? positionals.join(' ') : undefined,
    file: values.file,
    params: paramsOf(values.param ?? []),
    json: values.json === true,
    help: values.help === true,
    limit: values.limit === undefined ? undefined : wholeNumber('--limit', values.limit),
    timeout: values.timeout === undefined ? undefined : wholeNumber('--timeout', values.timeout),
  };
}

export async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  let query: string;
  try {
    args = parseCypherCommandLine(argv);
    if (args.help) {
      process.stdout.write(HELP);
      return EXIT.OK;
    }
    if ((args.query === undefined) === (args.file === undefined))
      throw new UsageError('give one query, either as an argument or with -f <file>');
    try {
      query = args.file !== undefined ? readFileSync(args.file, 'utf8') : args.query!;
    } catch (error) {
      throw new UsageError(
        `cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
  } catch (error) {
    process.stderr.write(`${errorLine(error, 'cypher')}\n`);
    return exitCodeOf(error);
  }
  let connection: Neo4jConnection | undefined;
  try {
    const config = loadConfig();
    connection = await connectNeo4j(config.neo4j, { log: (line) => process.stderr.write(`${line}\n`) });
    const limits = { timeoutMs: args.timeout ?? config.cypherTimeoutMs, rowLimit: args.limit ?? config.cypherRowLimit };
    const result = await runReadOnlyCypher(
      connection.driver,
      connection.database,
      query,
      args.params,
      limits,
      'cypher',
    );
    process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${renderTable(result)}\n`);
    return EXIT.OK;
  } catch (error) {
    process.stderr.write(`${errorLine(error, 'cypher')}\n`);
    return exitCodeOf(error);
  } finally {
    await connection?.close();
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
