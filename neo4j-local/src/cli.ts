// `npm run db`: run the local Neo4j in the foreground until Ctrl-C.
import { EXIT, errorLine, exitCodeOf, parseCommandLine } from '../../core/commandLine';
import { loadConfig } from '../../core/config';
import { LocalNeo4jProcess } from './localNeo4j';

const HELP = `Usage: npm run db [-- -h | --help]

Runs the local Neo4j Community (embedded, Bolt only) in the foreground; Ctrl-C stops it cleanly.
Other commands (npm start, npm run import, npm test) use it while it runs instead of starting their own.

Environment:
  NEO4J_BOLT_PORT   Bolt port on 127.0.0.1            (default 7687)
  NEO4J_DATA_DIR    where the database files live      (default .data/neo4j)
  NEO4J_USER        user to create/update              (default neo4j)
  NEO4J_PASSWORD    its password, 8+ characters        (default entente-local)
  NEO4J_HEAP_MB     Java heap                          (default 768)
  NEO4J_PAGECACHE_MB page cache                        (default 128)

Exit codes:
  0    stopped by Ctrl-C, cleanly
  1    Neo4j could not start, or exited on its own (the message says why)
  2    usage error, or NEO4J_URI is set (nothing local to run)`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommandLine(argv, { help: { type: 'boolean', short: 'h' } }, false);
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.OK;
  }
  const config = loadConfig();
  if (config.neo4j.uri !== undefined) {
    process.stderr.write(
      `NEO4J_URI is set (${config.neo4j.uri}): nothing local to run. Unset it to use the local Neo4j.\n`,
    );
    return EXIT.USAGE;
  }
  const neo4j = await LocalNeo4jProcess.start(config.neo4j);
  process.stderr.write(`neo4j: running (pid ${neo4j.pid}); press Ctrl-C to stop\n`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write('neo4j: stopping...\n');
    void neo4j.stop();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await neo4j.whenExited;
  if (stopping) {
    process.stderr.write('neo4j: stopped\n');
    return EXIT.OK;
  }
  process.stderr.write(`neo4j: exited unexpectedly (code ${code}); see ${config.neo4j.dataDir}/logs/debug.log\n`);
  return code ?? EXIT.FAILED;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${errorLine(error, 'neo4j')}\n`);
    process.exit(exitCodeOf(error));
  },
);
