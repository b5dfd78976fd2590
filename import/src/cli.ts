// `npm run import -- [options] PATH...`: imports article files into Neo4j, or prints what would be imported (--dry-run).
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../core/config';
import { DatabaseUnavailableError, EntenteError, fromNeo4jError } from '../../core/errors';
import { requireFreeSpace } from '../../core/freeSpace';
import { connectNeo4j, type Neo4jConnection } from '../../core/neo4jConnection';
import { applySchema } from '../../core/schema';
import { onStopSignals } from '../../core/stopSignals';
import { LocalNeo4jError } from '../../neo4j-local/src/localNeo4j';
import { ARTICLE_EXTENSIONS } from './findArticleFiles';
import { ImportStoppedError, importFiles, type ImportSummary } from './importFiles';
import { openExtractor } from './openExtractor';
import { createProgress } from './progress';

/** Free space an import wants on the disks it writes to (the parse cache, the local Neo4j's store). */
const MIN_FREE_BYTES = 256 * 1024 * 1024;

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_INTERRUPTED = 130;

const HELP = `Usage: npm run import -- [options] PATH...

Reads news articles and writes their actors, meetings and stances to the Neo4j graph.
PATH is a file or a folder; folders are searched recursively for ${Object.keys(ARTICLE_EXTENSIONS).join(' ')} files
(hidden files and folders are skipped). A .json PATH is read as a corrections file.
Re-importing a file that did not change changes nothing. A file whose content changed replaces the claims of its
earlier version; it is recognised by its path as given, so name files the same way on every run (data/a.txt and
./data/a.txt are the same, /abs/data/a.txt is not). Articles are written in batches, each batch in one
transaction: an interrupted import never leaves half an article, and re-running it completes it.

Options:
  --dry-run             extract only: do not connect to Neo4j, write nothing
  --json                with --dry-run: print the extracted document (import/contract/extraction.schema.json)
                        to stdout, and nothing else
  --corrections FILE    a curated corrections file (JSON in the extraction contract's format; every array
                        optional) whose actors, meetings and stances are added after the articles; claims on an
                        article id not in the graph get a stub article "Curated corrections"; repeatable
  --max-file-bytes N    skip article files larger than N bytes (default IMPORT_MAX_FILE_BYTES, 5 MiB)
  --batch N             articles per write transaction (default 100; 1 writes article by article)
  --quiet               no progress and no summary; only errors, skipped files and warnings
  -h, --help            show this help

Environment:
  NEO4J_URI             Neo4j to write to (neo4j://, bolt://, ...); unset: the local Neo4j, started if it is
                        not running and stopped again at the end
  NEO4J_USER            user (default neo4j)
  NEO4J_PASSWORD        password (default entente-local for the local Neo4j; required with NEO4J_URI)
  NEO4J_DATABASE        database (default neo4j)
  NEO4J_BOLT_PORT, NEO4J_DATA_DIR, NEO4J_HEAP_MB, NEO4J_PAGECACHE_MB
                        port, data folder and memory of the local Neo4j (see npm run db -- --help)
  IMPORT_MAX_FILE_BYTES default for --max-file-bytes

Output: progress and the summary go to stderr; stdout carries only the --json document
(run npm with --silent, as in the example below, or npm adds its own banner to stdout).

Exit codes:
  0    every file imported
  1    some files were skipped (each listed with its reason; the others were imported),
       or Neo4j could not be reached or was lost (re-running the same import completes it),
       or the configuration is invalid
  2    usage error: unknown option, bad value, no PATH
  130  interrupted (Ctrl-C): the article being written was finished, the rest not started

Examples:
  npm run import -- data/articles
  npm run --silent import -- --dry-run --json data/articles > extraction.json
  npm run import -- --corrections corrections.json news/2019/
  NEO4J_URI=neo4j://db.example:7687 NEO4J_PASSWORD=... npm run import -- --quiet news/`;

class UsageError extends Error {}

interface CliOptions {
  paths: string[];
  dryRun: boolean;
  json: boolean;
  quiet: boolean;
  maxFileBytes: number | undefined;
  batch: number | undefined;
}

function parse(argv: string[]): CliOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        corrections: { type: 'string', multiple: true },
        'max-file-bytes': { type: 'string' },
        batch: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's own wording is long and suggests "--"; name the bad option plainly instead.
    const { code, message } = error as NodeJS.ErrnoException;
    const option = /'([^']+)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) throw new UsageError(`unknown option "${option}"`);
    throw new UsageError(message);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return 'help';
  const corrections = values.corrections ?? [];
  for (const file of corrections) {
    if (!file.toLowerCase().endsWith('.json')) throw new UsageError(`--corrections expects a .json file, got "${file}"`);
  }
  let maxFileBytes: number | undefined;
  const rawMax = values['max-file-bytes'];
  if (rawMax !== undefined) {
    if (!/^\d+$/.test(rawMax) || Number(rawMax) < 1) throw new UsageError(`--max-file-bytes expects a whole number of bytes (1 or more), got "${rawMax}"`);
    maxFileBytes = Number(rawMax);
  }
  let batch: number | undefined;
  if (values.batch !== undefined) {
    if (!/^\d+$/.test(values.batch) || Number(values.batch) < 1 || Number(values.batch) > 10_000) {
      throw new UsageError(`--batch expects a whole number of articles from 1 to 10000, got "${values.batch}"`);
    }
    batch = Number(values.batch);
  }
  const dryRun = values['dry-run'] === true;
  const json = values.json === true;
  if (json && !dryRun) throw new UsageError('--json only works with --dry-run (a real import prints a summary, not the document)');
  const paths = [...positionals, ...corrections];
  if (paths.length === 0) throw new UsageError('no PATH given: name the article files or folders to import');
  return { paths, dryRun, json, quiet: values.quiet === true, maxFileBytes, batch };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryLines(summary: ImportSummary, dryRun: boolean, seconds: number, processed: number): string[] {
  const { articles, actors, meetings, stances } = summary;
  const files = summary.interrupted === true ? `${processed} of ${plural(summary.files, 'file')} (interrupted)` : plural(summary.files, 'file');
  const lines = dryRun
    ? [
        `dry run: ${plural(articles.added, 'article')} extracted from ${files} in ${seconds.toFixed(1)} s; nothing written`,
        `  ${plural(actors.added, 'actor')}, ${plural(meetings.added, 'meeting')}, ${plural(stances.added, 'stance')}`,
      ]
    : [
        `imported ${files} in ${seconds.toFixed(1)} s`,
        `  articles: ${articles.added} added, ${articles.updated} updated, ${articles.unchanged} unchanged`,
        `  actors:   ${actors.added} added, ${actors.unchanged} unchanged`,
        `  meetings: ${meetings.added} added, ${meetings.unchanged} unchanged`,
        `  stances:  ${stances.added} added, ${stances.unchanged} unchanged`,
      ];
  return lines;
}

function problemLines(summary: ImportSummary): string[] {
  const lines: string[] = [];
  if (summary.skipped.length > 0) {
    lines.push(`skipped ${plural(summary.skipped.length, 'file')}:`);
    for (const s of summary.skipped) lines.push(`  ${s.file}: ${s.reason.replace(/\n/g, '\n    ')}`);
  }
  if (summary.warnings.length > 0) {
    lines.push(`${plural(summary.warnings.length, 'warning')}:`);
    for (const w of summary.warnings) lines.push(`  ${w.file}: ${w.message}`);
  }
  return lines;
}

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\nRun with --help for usage.\n`);
    return EXIT_USAGE;
  }
  if (options === 'help') {
    process.stdout.write(`${HELP}\n`);
    return EXIT_OK;
  }

  const config = loadConfig();
  const maxFileBytes = options.maxFileBytes ?? config.importMaxFileBytes;
  const progress = createProgress(process.stderr, options.quiet);
  const log = (line: string): void => progress.log(line);

  // First Ctrl-C: finish the article in its transaction, then stop and clean up. Second: leave at once.
  const controller = new AbortController();
  onStopSignals(
    () => {
      controller.abort();
      progress.log('interrupted: writing the articles already read, then stopping (Ctrl-C again to quit at once)');
    },
    () => {
      process.stderr.write('\ninterrupted again: exiting now\n');
      process.exit(EXIT_INTERRUPTED);
    },
  );

  // The NLP worker starts on the first article that the parse cache does not hold.
  const extractor = openExtractor(config.nlp, log);
  let started = Date.now();
  let processed = 0;
  let connection: Neo4jConnection | undefined;
  let summary: ImportSummary;
  // Set when Neo4j stopped taking writes mid-run (its disk filled, it went away): what was written is still reported.
  let stoppedBy: ImportStoppedError | undefined;
  try {
    // A full disk found mid-commit panics a local Neo4j; found here, nothing is written.
    const targets = [{ path: config.nlp.cacheDir, variable: 'PARSE_CACHE_DIR' }];
    if (!options.dryRun && config.neo4j.uri === undefined) targets.push({ path: config.neo4j.dataDir, variable: 'NEO4J_DATA_DIR' });
    requireFreeSpace(targets, MIN_FREE_BYTES);
    if (!options.dryRun) {
      connection = await connectNeo4j(config.neo4j, { log });
      await applySchema(connection.driver, connection.database);
      // The summary's time is the import's, not the local Neo4j's start-up.
      started = Date.now();
    }
    summary = await importFiles(connection, options.paths, {
      maxFileBytes,
      extractor,
      readAhead: config.nlp.threads * 2,
      ...(options.batch !== undefined ? { batch: { articles: options.batch, claims: 10_000 } } : {}),
      dryRun: options.dryRun,
      log,
      signal: controller.signal,
      // Before each batch, as before the run: a full disk is found here, not by Neo4j in the middle of a commit.
      ...(targets.length > 1 ? { checkSpace: () => requireFreeSpace(targets, MIN_FREE_BYTES) } : {}),
      onProgress: (done, total, file) => {
        processed = done;
        progress.update(done, total, file);
      },
    });
  } catch (error) {
    // On a terminal, Ctrl-C also reaches a local Neo4j we started, which may shut down under the last article
    // (DatabaseUnavailableError) or while it is still starting (LocalNeo4jError): still an interruption.
    if (controller.signal.aborted && (error instanceof DatabaseUnavailableError || error instanceof LocalNeo4jError)) {
      progress.done();
      process.stderr.write(`interrupted: ${error.message}\n`);
      return EXIT_INTERRUPTED;
    }
    if (!(error instanceof ImportStoppedError)) throw error;
    stoppedBy = error;
    summary = error.summary;
  } finally {
    progress.done();
    await extractor.close();
    if (connection !== undefined) {
      if (connection.local !== undefined) log('neo4j: stopping the local Neo4j this import started');
      await connection.close();
    }
  }

  if (options.json) {
    const text = `${JSON.stringify(summary.document, null, 2)}\n`;
    // Wait for the write to drain: process.exit below must not cut a large document short.
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
  }
  const lines = [...(options.quiet ? [] : summaryLines(summary, options.dryRun, (Date.now() - started) / 1000, processed)), ...problemLines(summary)];
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  if (stoppedBy !== undefined) {
    process.stderr.write(`error: ${stoppedBy.message}\n`);
    return EXIT_FAILED;
  }
  if (summary.interrupted === true) {
    process.stderr.write(`interrupted: ${summary.articles.added + summary.articles.updated} articles written; re-run the same import to complete it\n`);
    return EXIT_INTERRUPTED;
  }
  return summary.skipped.length > 0 ? EXIT_FAILED : EXIT_OK;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (raw: unknown) => {
    // A driver error that escaped (applySchema on a read-only or unauthorised server) gets our wording too.
    const error = fromNeo4jError(raw, 'import');
    if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof EntenteError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(EXIT_FAILED);
    }
    process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(EXIT_FAILED);
  },
);
